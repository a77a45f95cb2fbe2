"""Read a ``.crate`` archive safely, into memory, without ever writing its files to disk.

A ``.crate`` is a gzip-compressed tar of ``<name>-<version>/...``. An archive from an
attacker can try to escape the extraction directory (``../``, absolute paths), plant
links (symbolic or hard) that point elsewhere, carry device files or FIFOs, or exhaust
memory with a huge or extremely compressible file (a "zip bomb"), or with millions of
entries. Files are therefore never extracted: regular files are read into memory under
limits, and everything else is reported as a problem of the archive, which is itself
evidence a reviewer wants to see. A crate directory is read the same way
(``read_directory``: links not followed, the same limits). Nothing read here is
executed, built or imported.
"""

from __future__ import annotations

import os
import posixpath
import stat
import tarfile
import zlib
from pathlib import Path
from typing import BinaryIO, Final, NamedTuple

from cratewatch.errors import InputError

__all__ = ["CrateArchive", "Limits", "ScanInputError", "read_crate", "read_directory"]


class ScanInputError(InputError):
    """A crate archive or directory that cannot be read at all."""


class Limits(NamedTuple):
    max_file_bytes: int = 16 * 1024 * 1024  # one file, uncompressed
    max_total_bytes: int = 256 * 1024 * 1024  # the whole crate, uncompressed
    max_files: int = 20_000
    max_ratio: float = 200.0  # uncompressed / compressed size of the archive


DEFAULT_LIMITS: Final = Limits()


class CrateArchive(NamedTuple):
    """The regular files of a crate (paths relative to the crate root) and the problems
    found while reading it (each a one-line description)."""

    root: str  # the top folder, normally "<name>-<version>"
    files: dict[str, bytes]
    problems: tuple[str, ...]


def read_crate(path: Path, limits: Limits = DEFAULT_LIMITS) -> CrateArchive:
    """Read the ``.crate`` archive at ``path`` into memory under ``limits``."""
    try:
        size = path.stat().st_size
        raw = path.open("rb")
    except FileNotFoundError:
        raise ScanInputError(f"{path}: no such file") from None
    except OSError as exc:
        raise ScanInputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with raw:
        try:
            return _read(raw, size, limits, path)
        except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
            raise ScanInputError(f"{path}: not a readable .crate archive ({exc})") from None


def _read(raw: BinaryIO, compressed: int, limits: Limits, where: Path) -> CrateArchive:
    files: dict[str, bytes] = {}
    problems: list[str] = []
    roots: set[str] = set()
    total = 0
    budget = min(limits.max_total_bytes, int(max(compressed, 1) * limits.max_ratio))
    with tarfile.open(fileobj=raw, mode="r|gz") as archive:
        for count, member in enumerate(archive, 1):
            if count > limits.max_files:
                problems.append(f"more than {limits.max_files} entries: the rest was not read")
                break
            name = member.name
            clean = _safe_path(name)
            if clean is None:
                problems.append(f"unsafe path {name!r} (absolute or leaving the crate)")
                continue
            if member.issym() or member.islnk():
                kind = "symbolic" if member.issym() else "hard"
                problems.append(f"{kind} link {name!r} -> {member.linkname!r} not followed")
                continue
            if member.isdir():
                continue
            if not member.isreg():
                problems.append(f"special file {name!r} (device, FIFO or other) skipped")
                continue
            if member.size > limits.max_file_bytes:
                problems.append(f"{name!r} is {member.size:,} bytes: over the per-file limit")
                continue
            if total + member.size > budget:
                problems.append(
                    f"the crate unpacks to more than {budget:,} bytes "
                    "(size or compression-ratio limit): the rest was not read"
                )
                break
            handle = archive.extractfile(member)
            if handle is None:
                continue
            data = handle.read(member.size + 1)
            if len(data) != member.size:
                problems.append(f"{name!r}: size in the header does not match its content")
                continue
            total += len(data)
            top, _, rest = clean.partition("/")
            roots.add(top)
            files[rest or top] = data
    if len(roots) > 1:
        problems.append(f"files under several top folders: {', '.join(sorted(roots))}")
    root = min(roots) if roots else where.name.removesuffix(".crate")
    return CrateArchive(root, files, tuple(problems))


def _safe_path(name: str) -> str | None:
    """The member path normalised, or None if it is absolute or climbs out."""
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return None
    normal = posixpath.normpath(name.replace("\\", "/"))
    if normal in (".", "") or normal == ".." or normal.startswith("../"):
        return None
    return normal


_SKIP_DIRS: Final = frozenset({".git", "target", "node_modules"})  # not the crate's sources


def read_directory(root: Path) -> CrateArchive:
    """A crate directory read like an archive: regular files only, links not followed,
    the same limits. Paths stay strings: a ``Path`` object per file cost more than
    reading a typical source file."""
    files: dict[str, bytes] = {}
    problems: list[str] = []
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
        folder = os.path.relpath(dirpath, root).replace(os.sep, "/")
        for filename in sorted(filenames):
            rel = filename if folder == "." else f"{folder}/{filename}"
            file = os.path.join(dirpath, filename)  # noqa: PTH118 (see above)
            try:
                status = os.lstat(file)
                if stat.S_ISLNK(status.st_mode):
                    problems.append(f"symbolic link {rel!r} not followed")
                    continue
                if not stat.S_ISREG(status.st_mode):
                    problems.append(f"{rel!r} is not a regular file: not read")
                    continue
                size = status.st_size
                if size > DEFAULT_LIMITS.max_file_bytes:
                    problems.append(f"{rel!r} is {size:,} bytes: over the per-file limit")
                    continue
                if len(files) >= DEFAULT_LIMITS.max_files or total + size > (
                    DEFAULT_LIMITS.max_total_bytes
                ):
                    problems.append("size or file-count limit reached: the rest was not read")
                    return CrateArchive(root.name, files, tuple(problems))
                with open(file, "rb") as handle:  # noqa: PTH123 (see above)
                    files[rel] = handle.read(DEFAULT_LIMITS.max_file_bytes + 1)
                total += size
            except OSError as exc:
                problems.append(f"{rel!r}: cannot read ({exc.strerror or exc})")
    return CrateArchive(root.name, files, tuple(problems))
