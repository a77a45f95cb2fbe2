"""Reading an input file with a size limit, and only when it is a regular file.

A path given to cratewatch (``--config``, ``--lockfile``, a file inside an advisory
database or a registry index) may be a FIFO, a device such as ``/dev/zero``, a
directory, or a link to one of these. Opening a FIFO blocks forever and a device
reads without end, so the kind of file is checked (links followed, as every other
program does) before it is opened, and the read stops one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cratewatch.errors import CratewatchError, InputError

__all__ = ["DEFAULT_MAX_BYTES", "file_kind", "read_regular_file", "regular_file_problem"]

#: Generous for every text input we read (the largest real Cargo.lock files are a few MB).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a file of this mode is, in words ("a FIFO", "a directory", ...)."""
    if stat.S_ISREG(mode):
        return "a regular file"
    for test, words in _KINDS:
        if test(mode):
            return words
    return "a special file"


def regular_file_problem(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """Why ``path`` cannot be read as an input file, or None when it can."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return "no such file"
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if not stat.S_ISREG(status.st_mode):
        return f"{file_kind(status.st_mode)}, not a file"
    if status.st_size > max_bytes:
        return f"{status.st_size:,} bytes, over the limit of {max_bytes:,}"
    return None


def read_regular_file(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    error: type[CratewatchError] = InputError,
) -> bytes:
    """The bytes of the regular file at ``path``; ``error`` naming the path otherwise.

    The file is opened without blocking (a FIFO swapped in after the check does not
    hang the read) and read to at most ``max_bytes`` (a file that grows past the
    limit is refused, not truncated).
    """
    problem = regular_file_problem(path, max_bytes)
    if problem is not None:
        raise error(f"{path}: {problem}")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):  # replaced between the check and the open
            raise error(f"{path}: {file_kind(status.st_mode)}, not a file")
        try:
            # Asked for the limit at once, Python would allocate that much first; the
            # size is known, and one byte more shows a file that grew since.
            data = handle.read(min(status.st_size, max_bytes) + 1)
            if len(data) > status.st_size:
                data += handle.read(max_bytes + 1 - len(data))
        except OSError as exc:
            raise error(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise error(f"{path}: more than {max_bytes:,} bytes, over the limit")
    return data
