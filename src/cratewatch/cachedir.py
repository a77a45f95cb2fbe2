"""Where cratewatch keeps caches: compiled advisory databases, clones, index files."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["user_cache_dir"]


def user_cache_dir() -> Path:
    """``$CRATEWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/cratewatch``, else ``~/.cache/cratewatch``."""
    explicit = os.environ.get("CRATEWATCH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "cratewatch" if xdg else Path.home() / ".cache" / "cratewatch"
