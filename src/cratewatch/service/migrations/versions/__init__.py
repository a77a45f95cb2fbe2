"""Revisions of the store's schema, oldest first (alembic reads this directory)."""
