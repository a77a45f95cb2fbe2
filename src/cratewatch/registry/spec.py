"""Open the registry index a user names (``--index``): a sparse URL, directory or archive."""

from __future__ import annotations

import os
import re

from cratewatch.errors import RegistryIndexError
from cratewatch.model.package import CRATES_IO_INDEX, CRATES_IO_SPARSE
from cratewatch.registry.interface import Progress, RegistryIndex

__all__ = ["open_registry_index"]


def open_registry_index(
    spec: str | os.PathLike[str],
    cache_dir: str | os.PathLike[str] | None = None,
    *,
    offline: bool = False,
    progress: Progress | None = None,
) -> RegistryIndex:
    """Open the index ``spec`` names: a sparse index URL, or a local directory or archive.

    ``crates.io`` and crates.io's git index URL (as written in lockfiles) mean its sparse
    index (write ``./crates.io`` for a local path of that name); other git index URLs are
    not supported. ``offline`` only matters for a sparse index; ``progress`` is told how
    far the first read of an index archive (which builds its cache) is.
    """
    text = os.fspath(spec)
    if text == "crates.io" or text.removeprefix("registry+").rstrip("/") == CRATES_IO_INDEX:
        text = CRATES_IO_SPARSE
    if re.match(r"(sparse\+)?https?://", text):
        from cratewatch.registry.sparse import SparseIndex

        return SparseIndex(text, cache_dir, offline=offline)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+://", text):
        raise RegistryIndexError(
            f"{text}: unsupported registry index URL (use a sparse index URL, an index "
            "directory or an index archive)"
        )
    from cratewatch.registry.local import open_index

    return open_index(text, cache_dir=cache_dir, progress=progress)
