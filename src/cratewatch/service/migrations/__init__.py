"""The store's migrations: an alembic script directory inside the package, run by
``upgrade`` each time a store is opened.

Alembic rather than a list of our own: it records the revision in the database, orders
revisions as a graph (two branches of development can each add one and be merged), and
``batch_alter_table`` rebuilds SQLite tables for the changes SQLite's ``ALTER TABLE``
cannot make. Its cost (some 100 ms of imports, once per process that opens a store) is
paid only by the service, never by the CLI's other commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["head", "upgrade"]

SCRIPTS = Path(__file__).resolve().parent


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


def head() -> str:
    """The newest revision this cratewatch knows."""
    from alembic.script import ScriptDirectory

    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def upgrade(connection: Connection) -> str | None:
    """Bring the database of ``connection`` to the newest revision, inside the caller's
    transaction (which holds the lock that keeps two processes from migrating at once).

    Returns None when done, or a one-line problem: a revision this cratewatch does not
    know (the database was migrated by a newer one)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _config()
    script = ScriptDirectory.from_config(config)
    current = MigrationContext.configure(connection).get_current_heads()
    newest = script.get_current_head()
    if current == (newest,):
        return None
    known = {revision.revision for revision in script.walk_revisions()}
    unknown = sorted(rev for rev in current if rev not in known)
    if unknown:
        return (
            f"schema revision {', '.join(unknown)} is newer than this cratewatch knows "
            f"(newest {newest}): upgrade cratewatch"
        )
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    return None
