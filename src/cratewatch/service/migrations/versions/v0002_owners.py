"""Owners and publishers: the crates of crates.io's database dump with their first
publication, their current owners, who published each version (from the dump, or named
by the publish hook), and which dump was imported last.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cratewatch.service.schema import UTCDateTime

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "dump_crates",
        sa.Column("crate", sa.Text, primary_key=True),
        sa.Column("first_published", UTCDateTime),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "crate_owners",
        sa.Column("crate", sa.Text, primary_key=True),
        sa.Column("login", sa.Text, primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("since", UTCDateTime),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "version_publishers",
        sa.Column("crate", sa.Text, primary_key=True),
        sa.Column("version", sa.Text, primary_key=True),
        sa.Column("source", sa.Text, primary_key=True),
        sa.Column("login", sa.Text, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "owner_import",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("dump_timestamp", sa.Text),
        sa.Column("imported", UTCDateTime, nullable=False),
        sa.Column("crates", sa.Integer, nullable=False),
        sa.Column("owners", sa.Integer, nullable=False),
        sa.Column("publishers", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the store's schema only moves forward")
