"""Where cratewatch keeps its per-user cache: compiled databases, clones, index files."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_store_dir", "user_cache_dir", "write_whole"]


def user_cache_dir() -> Path:
    """The user cache directory (not created here).

    ``$CRATEWATCH_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/cratewatch`` (an absolute
    ``XDG_CACHE_HOME`` only, as the XDG spec asks), else ``~/.cache/cratewatch``.
    """
    explicit = os.environ.get("CRATEWATCH_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "cratewatch"
    return Path.home() / ".cache" / "cratewatch"


def default_store_dir() -> Path:
    """Where ``ecosystem ingest`` keeps its store unless told otherwise: the store that
    ``ecosystem`` queries and ``typosquat`` screens against by default."""
    return user_cache_dir() / "ecosystem"


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: into a temporary file beside it,
    renamed into place, so that another process reading it never sees half a file. The
    folder is created; ``OSError`` is raised, with nothing left behind."""
    import tempfile  # (not at import: every command reads this module, few write)

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
