"""Where cratewatch keeps its per-user cache: compiled databases, clones, index files."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_store_dir", "user_cache_dir"]


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
