"""An index of crate owners by login: the crates one owner owns, for the signal of an
owner who also owns known or confirmed malware.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index("ix_crate_owners_login", "crate_owners", ["login"])


def downgrade() -> None:
    op.drop_index("ix_crate_owners_login", "crate_owners")
