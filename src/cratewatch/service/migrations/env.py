"""Alembic's entry point: migrate the connection that ``upgrade`` hands over, inside the
transaction it has begun (alembic then begins none of its own)."""

from __future__ import annotations

from alembic import context

from cratewatch.service.schema import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by rebuilding them
)
with context.begin_transaction():
    context.run_migrations()
