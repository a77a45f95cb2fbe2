"""What each screened crate is (unsafe code, build script, procedural macro, capabilities),
kept with its screening for the ecosystem's statistics.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cratewatch.service.schema import JSONDoc

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column(
        "screenings",
        sa.Column("facts", JSONDoc),
    )


def downgrade() -> None:
    op.drop_column("screenings", "facts")
