"""Find the Cargo.lock that an audit PATH refers to."""

from __future__ import annotations

from pathlib import Path

from cratewatch.errors import LockfileError

__all__ = ["find_lockfile", "project_directory"]


def find_lockfile(path: Path) -> Path:
    """Resolve PATH to a lockfile.

    PATH may be a lockfile itself, a ``Cargo.toml``, or a directory. For a
    directory (or manifest) the nearest ``Cargo.lock`` in it or above it is
    used, because a workspace member shares its workspace root's lockfile.
    Anything else is returned as the lockfile: reading it refuses what is not
    a regular file (a FIFO, a device), with its name.
    """
    try:
        if not (path.exists() or path.is_symlink()):
            raise LockfileError(f"{path}: no such file or directory")
        if not path.is_dir() and path.name != "Cargo.toml":
            return path
        start = project_directory(path).resolve()
        for directory in (start, *start.parents):
            candidate = directory / "Cargo.lock"
            # Whatever is there is the lockfile: a FIFO or a dangling link named
            # Cargo.lock is refused when read, never passed over for one further up.
            if candidate.exists() or candidate.is_symlink():
                return candidate
    except OSError as exc:  # a directory on the way that cannot be searched
        raise LockfileError(
            f"{path}: cannot search for Cargo.lock: {exc.strerror or exc}"
        ) from None
    raise LockfileError(f"{path}: no Cargo.lock found here or in any parent directory")


def project_directory(path: Path) -> Path:
    """The directory an audit PATH stands for: PATH itself when it is a directory,
    else the directory holding it (the lockfile's or the manifest's)."""
    return path if path.is_dir() else path.parent
