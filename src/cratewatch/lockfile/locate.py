"""Find the Cargo.lock that an audit PATH refers to."""

from __future__ import annotations

from pathlib import Path

from cratewatch.errors import LockfileError

__all__ = ["find_lockfile"]


def find_lockfile(path: Path) -> Path:
    """Resolve PATH to a lockfile.

    PATH may be a lockfile itself, a ``Cargo.toml``, or a directory. For a
    directory (or manifest) the nearest ``Cargo.lock`` in it or above it is
    used, because a workspace member shares its workspace root's lockfile.
    """
    if not path.exists():
        raise LockfileError(f"{path}: no such file or directory")
    if path.is_file():
        if path.name != "Cargo.toml":
            return path
        path = path.parent
    start = path.resolve()
    for directory in (start, *start.parents):
        candidate = directory / "Cargo.lock"
        if candidate.is_file():
            return candidate
    raise LockfileError(f"{path}: no Cargo.lock found here or in any parent directory")
