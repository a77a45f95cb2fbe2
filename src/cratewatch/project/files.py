"""A crate's Rust files and manifest, read for ``reach``: nothing else is needed there.

A workspace member's directory may hold Cargo's ``target/`` (gigabytes of build
output), ``.git/``, a ``vendor/`` of dependencies or other packages nested inside; none
of that is the member's code. A dependency's directory may ship large fixtures. So only
``*.rs`` files and ``Cargo.toml`` are read, skipping those folders, links that leave the
directory and special files, each file and the whole read bounded. A ``.crate``
archive is read by the scanner's hardened reader and filtered the same way.
"""

from __future__ import annotations

import os
import posixpath
import stat
from pathlib import Path
from typing import Final

from cratewatch.scan.extract import read_crate

__all__ = [
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "MAX_TOTAL_BYTES",
    "crate_files",
    "license_files",
    "manifest_files",
    "signature",
]

MAX_FILE_BYTES: Final = 4 * 1024 * 1024  # larger Rust files are generated tables: not read
MAX_FILES: Final = 20_000
MAX_TOTAL_BYTES: Final = 512 * 1024 * 1024
_MANIFEST_FILES: Final = ("Cargo.toml", "build.rs")
_SKIPPED: Final = frozenset({"target", ".git", "vendor", "node_modules", ".cargo"})


def crate_files(where: Path) -> tuple[dict[str, bytes], list[str]]:
    """The ``*.rs`` files and ``Cargo.toml`` of a crate directory or ``.crate`` archive,
    by relative path, and what was left out (one line each)."""
    if where.is_file():
        archive = read_crate(where)
        kept = {p: d for p, d in archive.files.items() if _wanted(p)}
        return kept, [f"{where}: {problem.detail}" for problem in archive.problems]
    files: dict[str, bytes] = {}
    problems: list[str] = []
    total = 0
    for relative in _paths(where):
        path = where / relative
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode):
                continue  # links and special files: not the crate's code
            if info.st_size > MAX_FILE_BYTES:
                problems.append(f"{path}: larger than {MAX_FILE_BYTES} bytes, not read")
                continue
            if len(files) >= MAX_FILES or total + info.st_size > MAX_TOTAL_BYTES:
                problems.append(f"{where}: more Rust than is read ({MAX_FILES} files)")
                break
            data = path.read_bytes()
        except OSError as exc:
            problems.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        total += len(data)
        files[relative] = data
    return files, problems


def manifest_files(where: Path) -> tuple[dict[str, bytes], list[str]]:
    """The ``Cargo.toml`` of a crate directory or ``.crate`` archive, and its ``build.rs``
    when there is one (Cargo builds it without being told), for what needs the dependency
    graph and licenses, not the code; and what could not be read."""
    if where.is_file():
        archive = read_crate(where)
        kept = {p: d for p, d in archive.files.items() if p in _MANIFEST_FILES}
        return kept, [f"{where}: {problem.detail}" for problem in archive.problems]
    found: dict[str, bytes] = {}
    for name in _MANIFEST_FILES:
        path = where / name
        try:
            info = path.lstat()
        except FileNotFoundError:
            continue
        except OSError as exc:
            return found, [f"{path}: cannot read ({exc.strerror or exc})"]
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return found, [f"{path}: not a regular file of at most {MAX_FILE_BYTES} bytes"]
        try:
            found[name] = path.read_bytes()
        except OSError as exc:
            return found, [f"{path}: cannot read ({exc.strerror or exc})"]
    if "Cargo.toml" not in found:
        return found, [f"{where / 'Cargo.toml'}: no such file"]
    return found, []


def license_files(where: Path, license_file: str = "") -> dict[str, bytes]:
    """The files of a crate's root whose names start with ``LICENSE`` or ``COPYING`` (as
    cargo-deny gathers them), and its manifest's ``license-file`` wherever it is; each
    at most ``MAX_FILE_BYTES``, regular files only."""
    wanted = posixpath.normpath(license_file) if license_file else ""

    def chosen(path: str) -> bool:
        return path == wanted or ("/" not in path and path.startswith(("LICENSE", "COPYING")))

    if where.is_file():
        archive = read_crate(where)
        return {p: d for p, d in archive.files.items() if chosen(p) and len(d) <= MAX_FILE_BYTES}
    found: dict[str, bytes] = {}
    try:
        names = sorted(entry.name for entry in where.iterdir())
    except OSError:
        return found
    if wanted and wanted not in names and not wanted.startswith("../"):
        names.append(wanted)
    for name in names:
        if not chosen(name):
            continue
        path = where / name
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_FILE_BYTES:
                found[name] = path.read_bytes()
        except OSError:
            continue
    return found


def signature(where: Path) -> str:
    """What changes when a crate's Rust files do: their paths, sizes and modification
    times (an archive's own size and time)."""
    try:
        if where.is_file():
            info = where.stat()
            return f"{where}:{info.st_size}:{info.st_mtime_ns}"
        parts = [str(where)]
        for relative in _paths(where):
            info = (where / relative).lstat()
            parts.append(f"{relative}:{info.st_size}:{info.st_mtime_ns}")
        return "\n".join(parts)
    except OSError:
        return f"{where}: unreadable"


def _paths(root: Path) -> list[str]:
    """Relative paths of the wanted files under ``root``, sorted; a folder holding its
    own ``Cargo.toml`` is another package, and is left out."""
    found: list[str] = []
    for directory, folders, names in os.walk(root, followlinks=False):
        here = Path(directory)
        relative = here.relative_to(root).as_posix()
        prefix = "" if relative == "." else relative + "/"
        folders[:] = sorted(
            f for f in folders if f not in _SKIPPED and not (here / f / "Cargo.toml").exists()
        )
        found += [prefix + name for name in names if _wanted(name)]
        if len(found) > MAX_FILES:
            break
    return sorted(found)


def _wanted(path: str) -> bool:
    return path.endswith(".rs") or path == "Cargo.toml"
