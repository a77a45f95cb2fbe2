"""The first schema: versions, screenings, triage log, events, jobs, feed cursors,
tokens, allowlist, advisories and exposures, outbox.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cratewatch.service.schema import Id, JSONDoc, UTCDateTime

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

# The triage log is the audit trail of reviewers' decisions: the database itself refuses
# to change or remove a row, whatever client connects.
_SQLITE_APPEND_ONLY = """
CREATE TRIGGER triage_log_no_{action} BEFORE {action} ON triage_log
BEGIN SELECT RAISE(ABORT, 'triage_log is append-only'); END
"""
_POSTGRES_APPEND_ONLY = [
    """
    CREATE FUNCTION triage_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'triage_log is append-only'; END $$
    """,
    """
    CREATE TRIGGER triage_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON triage_log
    FOR EACH STATEMENT EXECUTE FUNCTION triage_log_append_only()
    """,
]


def upgrade() -> None:
    op.create_table(
        "versions",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("crate", sa.Text, nullable=False),
        sa.Column("version", sa.Text, nullable=False),
        sa.Column("checksum", sa.Text, nullable=False),
        sa.Column("first_seen", UTCDateTime, nullable=False),
        sa.Column("published", UTCDateTime),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("index_line", sa.Text),
        sa.Column("crate_path", sa.Text),
        sa.Column("yanked", sa.Boolean, nullable=False),
        sa.Column("risk_rank", sa.SmallInteger),
        sa.Column("state", sa.Text),
        sa.Column("screened", UTCDateTime),
        sa.UniqueConstraint(
            "crate", "version", "checksum", name="uq_versions_crate_version_checksum"
        ),
    )
    op.create_index("ix_versions_first_seen_id", "versions", ["first_seen", "id"])
    op.create_index("ix_versions_crate_first_seen_id", "versions", ["crate", "first_seen", "id"])
    op.create_index(
        "ix_versions_risk_rank_first_seen_id", "versions", ["risk_rank", "first_seen", "id"]
    )
    op.create_index("ix_versions_state_first_seen_id", "versions", ["state", "first_seen", "id"])

    op.create_table(
        "screenings",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column(
            "version_id",
            Id,
            sa.ForeignKey("versions.id", name="fk_screenings_version_id"),
            nullable=False,
        ),
        sa.Column("rules_version", sa.Text, nullable=False),
        sa.Column("risk", sa.Text, nullable=False),
        sa.Column("signals", JSONDoc, nullable=False),
        sa.Column("scan", JSONDoc),
        sa.Column("diff", JSONDoc),
        sa.Column("screened", UTCDateTime, nullable=False),
        sa.UniqueConstraint(
            "version_id", "rules_version", name="uq_screenings_version_id_rules_version"
        ),
    )

    op.create_table(
        "triage_log",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column(
            "version_id",
            Id,
            sa.ForeignKey("versions.id", name="fk_triage_log_version_id"),
            nullable=False,
        ),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
    )
    op.create_index("ix_triage_log_version_id_id", "triage_log", ["version_id", "id"])

    op.create_table(
        "events",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("dedupe_key", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("crate", sa.Text, nullable=False),
        sa.Column("version", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("seen", UTCDateTime, nullable=False),
        sa.Column("recorded", UTCDateTime, nullable=False),
        sa.Column("event", JSONDoc, nullable=False),
        sa.UniqueConstraint("dedupe_key", name="uq_events_dedupe_key"),
    )
    op.create_index("ix_events_crate_version", "events", ["crate", "version"])

    op.create_table(
        "jobs",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("payload", JSONDoc, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("max_attempts", sa.Integer, nullable=False),
        sa.Column("run_after", UTCDateTime, nullable=False),
        sa.Column("lease_until", UTCDateTime),
        sa.Column("claim", sa.Text),
        sa.Column("worker", sa.Text),
        sa.Column("last_error", sa.Text),
        sa.Column("created", UTCDateTime, nullable=False),
        sa.Column("updated", UTCDateTime, nullable=False),
        sa.UniqueConstraint("kind", "key", name="uq_jobs_kind_key"),
    )
    op.create_index("ix_jobs_state_run_after_id", "jobs", ["state", "run_after", "id"])
    op.create_index("ix_jobs_state_lease_until", "jobs", ["state", "lease_until"])

    op.create_table(
        "feed_cursors",
        sa.Column("feed", sa.Text, primary_key=True),
        sa.Column("cursor", sa.Text, nullable=False),
        sa.Column("updated", UTCDateTime, nullable=False),
    )

    op.create_table(
        "tokens",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
        sa.Column("created", UTCDateTime, nullable=False),
        sa.Column("revoked", UTCDateTime),
        sa.UniqueConstraint("hash", name="uq_tokens_hash"),
    )

    op.create_table(
        "allowlist",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("crate", sa.Text, nullable=False),
        sa.Column("version", sa.Text, nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("crate", "version", name="uq_allowlist_crate_version"),
    )

    op.create_table(
        "advisories",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("data", JSONDoc, nullable=False),
        sa.Column("updated", UTCDateTime, nullable=False),
    )

    op.create_table(
        "exposures",
        sa.Column(
            "advisory_id",
            sa.Text,
            sa.ForeignKey("advisories.id", ondelete="CASCADE", name="fk_exposures_advisory_id"),
            primary_key=True,
        ),
        sa.Column("crate", sa.Text, primary_key=True),
        sa.Column("version", sa.Text, primary_key=True),
    )
    op.create_index("ix_exposures_crate_version", "exposures", ["crate", "version"])

    op.create_table(
        "outbox",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("payload", JSONDoc, nullable=False),
        sa.Column("created", UTCDateTime, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("next_attempt", UTCDateTime, nullable=False),
        sa.Column("sent", UTCDateTime),
        sa.Column("last_error", sa.Text),
        sa.UniqueConstraint("key", name="uq_outbox_key"),
    )
    op.create_index("ix_outbox_state_next_attempt", "outbox", ["state", "next_attempt"])

    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRES_APPEND_ONLY:
            op.execute(statement)
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(_SQLITE_APPEND_ONLY.format(action=action))


def downgrade() -> None:
    raise NotImplementedError("the store's schema only moves forward")
