"""The store's schema as SQLAlchemy Core tables: what the queries of ``store.py`` and
``queue.py`` are written against. The migrations (``migrations/versions/``) build it; a
test checks that a migrated database and these tables agree, on SQLite and PostgreSQL.

Times are stored in UTC: ``timestamptz`` on PostgreSQL, and on SQLite fixed-width text
(``YYYY-MM-DD HH:MM:SS.ffffff``), which sorts and compares as time does.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect

__all__ = [
    "JSONDoc",
    "UTCDateTime",
    "advisories",
    "allowlist",
    "crate_owners",
    "dump_crates",
    "events",
    "exposures",
    "feed_cursors",
    "jobs",
    "metadata",
    "owner_import",
    "screenings",
    "tokens",
    "triage_log",
    "version_publishers",
    "versions",
]


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """An aware datetime in, an aware UTC datetime out, on both databases. SQLite has
    no time type: a naive value written there would be read back as local time by
    whoever reads it, so every value is converted to UTC before it is written."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()}: give a timezone (UTC)")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


# JSONB on PostgreSQL: stored parsed, so a document is not re-parsed on every read.
JSONDoc = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
# 64-bit ids on PostgreSQL; SQLite's INTEGER PRIMARY KEY is already 64-bit and is the
# rowid only when spelled INTEGER.
Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

# One row per version key (crate, version, checksum). ``risk_rank``, ``state`` and
# ``screened`` repeat the latest screening and the latest triage row, written in the
# same transaction as those, so that the API's filters are index range scans instead
# of joins over a million rows.
versions = sa.Table(
    "versions",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),  # as the registry spells it
    sa.Column("crate", sa.Text, nullable=False),  # canonical: lower case, '-' for '_'
    sa.Column("version", sa.Text, nullable=False),
    sa.Column("checksum", sa.Text, nullable=False),  # '' while no feed has said
    sa.Column("first_seen", UTCDateTime, nullable=False),
    sa.Column("published", UTCDateTime),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("index_line", sa.Text),
    sa.Column("crate_path", sa.Text),
    sa.Column("yanked", sa.Boolean, nullable=False),
    sa.Column("risk_rank", sa.SmallInteger),
    sa.Column("state", sa.Text),
    sa.Column("screened", UTCDateTime),
    sa.UniqueConstraint("crate", "version", "checksum"),
    sa.Index(None, "first_seen", "id"),
    sa.Index(None, "crate", "first_seen", "id"),
    sa.Index(None, "risk_rank", "first_seen", "id"),
    sa.Index(None, "state", "first_seen", "id"),
)

screenings = sa.Table(
    "screenings",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("version_id", Id, sa.ForeignKey("versions.id"), nullable=False),
    sa.Column("rules_version", sa.Text, nullable=False),
    sa.Column("risk", sa.Text, nullable=False),
    sa.Column("signals", JSONDoc, nullable=False),
    sa.Column("scan", JSONDoc),
    sa.Column("diff", JSONDoc),
    sa.Column("screened", UTCDateTime, nullable=False),
    sa.Column("facts", JSONDoc),
    # What makes a second save of the same screening impossible, whoever tries it.
    sa.UniqueConstraint("version_id", "rules_version"),
)

# Append-only (database triggers refuse UPDATE and DELETE); the latest row of a version
# is its state.
triage_log = sa.Table(
    "triage_log",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("version_id", Id, sa.ForeignKey("versions.id"), nullable=False),
    sa.Column("state", sa.Text, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("why", sa.Text, nullable=False),
    sa.Index(None, "version_id", "id"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("dedupe_key", sa.Text, nullable=False, unique=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("crate", sa.Text, nullable=False),
    sa.Column("version", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("seen", UTCDateTime, nullable=False),
    sa.Column("recorded", UTCDateTime, nullable=False),
    sa.Column("event", JSONDoc, nullable=False),
    sa.Index(None, "crate", "version"),
)

jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("payload", JSONDoc, nullable=False),
    sa.Column("state", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("max_attempts", sa.Integer, nullable=False),
    sa.Column("run_after", UTCDateTime, nullable=False),
    sa.Column("lease_until", UTCDateTime),
    sa.Column("claim", sa.Text),  # the token of the current claim
    sa.Column("worker", sa.Text),
    sa.Column("last_error", sa.Text),
    sa.Column("created", UTCDateTime, nullable=False),
    sa.Column("updated", UTCDateTime, nullable=False),
    sa.UniqueConstraint("kind", "key"),
    sa.Index(None, "state", "run_after", "id"),
    sa.Index(None, "state", "lease_until"),
)

feed_cursors = sa.Table(
    "feed_cursors",
    metadata,
    sa.Column("feed", sa.Text, primary_key=True),
    sa.Column("cursor", sa.Text, nullable=False),
    sa.Column("updated", UTCDateTime, nullable=False),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("hash", sa.Text, nullable=False, unique=True),  # SHA-256 of the secret
    sa.Column("created", UTCDateTime, nullable=False),
    sa.Column("revoked", UTCDateTime),
)

allowlist = sa.Table(
    "allowlist",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("crate", sa.Text, nullable=False),
    sa.Column("version", sa.Text, nullable=False),  # '' for every version
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("why", sa.Text, nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("crate", "version"),
)

advisories = sa.Table(
    "advisories",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("data", JSONDoc, nullable=False),
    sa.Column("updated", UTCDateTime, nullable=False),
)

exposures = sa.Table(
    "exposures",
    metadata,
    sa.Column(
        "advisory_id",
        sa.Text,
        sa.ForeignKey("advisories.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("crate", sa.Text, primary_key=True),
    sa.Column("version", sa.Text, primary_key=True),
    sa.Index(None, "crate", "version"),
)

# -- owners and publishers (crates.io's database dump; the publish hook) -------------------
#
# What ``owners.py`` imports from a database dump, replaced as a whole by each import in
# one transaction: the crates the dump knows with their first publication, their current
# owners, and who published each version. ``version_publishers`` also keeps what the
# publish hook says (``source`` 'hook') about versions newer than the dump; an import
# leaves those rows alone. On SQLite the three are ``WITHOUT ROWID`` tables, one B-tree
# on the primary key each (every lookup is by crate): an import writes a third faster.

dump_crates = sa.Table(
    "dump_crates",
    metadata,
    sa.Column("crate", sa.Text, primary_key=True),  # canonical
    sa.Column("first_published", UTCDateTime),
    sqlite_with_rowid=False,
)

crate_owners = sa.Table(
    "crate_owners",
    metadata,
    sa.Column("crate", sa.Text, primary_key=True),  # canonical
    sa.Column("login", sa.Text, primary_key=True),  # a user's, or a team's github:org:team
    sa.Column("name", sa.Text),  # the display name, when the registry has one
    sa.Column("since", UTCDateTime),
    sa.Index(None, "login"),  # the crates one owner owns
    sqlite_with_rowid=False,
)

version_publishers = sa.Table(
    "version_publishers",
    metadata,
    sa.Column("crate", sa.Text, primary_key=True),  # canonical
    sa.Column("version", sa.Text, primary_key=True),
    sa.Column("source", sa.Text, primary_key=True),  # 'dump' or 'hook'
    sa.Column("login", sa.Text, nullable=False),
    sqlite_with_rowid=False,
)

# The last import (one row): which file, as of when, what it held.
owner_import = sa.Table(
    "owner_import",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),  # always 1
    sa.Column("file", sa.Text, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("mtime_ns", sa.BigInteger, nullable=False),
    sa.Column("dump_timestamp", sa.Text),  # metadata.json's, as the dump says it
    sa.Column("imported", UTCDateTime, nullable=False),
    sa.Column("crates", sa.Integer, nullable=False),
    sa.Column("owners", sa.Integer, nullable=False),
    sa.Column("publishers", sa.Integer, nullable=False),
)
