"""The outbox table goes: notifications are ``notify`` jobs of the queue (leases,
retries and failed-with-reason shared with screening), so several senders can share a
store. Notifications still pending in the outbox become ``notify`` jobs first.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

from cratewatch.service.schema import Id, JSONDoc, UTCDateTime

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

_ATTEMPTS = 12  # what Store.notify gives a notification


def upgrade() -> None:
    connection = op.get_bind()
    outbox = sa.table(
        "outbox",
        sa.column("key", sa.Text),
        sa.column("payload", JSONDoc),
        sa.column("channel", sa.Text),
        sa.column("state", sa.Text),
    )
    jobs = sa.table(
        "jobs",
        sa.column("kind", sa.Text),
        sa.column("key", sa.Text),
        sa.column("payload", JSONDoc),
        sa.column("state", sa.Text),
        sa.column("attempts", sa.Integer),
        sa.column("max_attempts", sa.Integer),
        sa.column("run_after", UTCDateTime),
        sa.column("created", UTCDateTime),
        sa.column("updated", UTCDateTime),
    )
    now = dt.datetime.now(dt.UTC)
    pending = connection.execute(
        sa.select(outbox.c.key, outbox.c.channel, outbox.c.payload).where(
            outbox.c.state == "pending"
        )
    ).all()
    for key, channel, payload in pending:
        connection.execute(
            sa.insert(jobs).values(
                kind="notify",
                key=key,
                payload={"channel": channel, "payload": payload},
                state="queued",
                attempts=0,
                max_attempts=_ATTEMPTS,
                run_after=now,
                created=now,
                updated=now,
            )
        )
    op.drop_table("outbox")


def downgrade() -> None:
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
