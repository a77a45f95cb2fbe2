"""Where ``cratewatch scan`` finds the packages of a Cargo.lock in local sources
(downloads from a registry are ``registry/download.py``).

Local sources, as Cargo and distributions lay them out:

* ``cargo vendor``: ``vendor/<name>/`` (its ``Cargo.toml`` says which version) or, for a
  second version of a crate and with ``--versioned-dirs``, ``vendor/<name>-<version>/``;
* Cargo's caches: archives in ``$CARGO_HOME/registry/cache/<index>/<name>-<version>.crate``
  and their extracted sources in ``$CARGO_HOME/registry/src/<index>/<name>-<version>/``;
* Debian's ``librust-*-dev`` packages: ``/usr/share/cargo/registry/<name>-<version>/``.

A ``.crate`` archive is checked against the lockfile's checksum (Cargo pins the SHA-256
of the archive); one that differs is not used, and is reported, since a cached archive
that is not what the lockfile pins is itself worth a look. Directories cannot be checked
that way (Debian writes checksums of its own, and Cargo never re-verifies
``registry/src``), so a directory of the right name and version counts as found.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

import tomli

from cratewatch.errors import InputError
from cratewatch.lockfile.cargo_lock import read_lockfile
from cratewatch.model.package import Package, SourceKind
from cratewatch.model.scan import NotScanned
from cratewatch.scan.extract import ScanInputError
from cratewatch.untrusted.files import read_regular_file

__all__ = [
    "DEBIAN_REGISTRY",
    "LockedCrates",
    "crates_from_lockfile",
    "default_source_dirs",
    "package_finder",
]

DEBIAN_REGISTRY: Final = Path("/usr/share/cargo/registry")

_MAX_MANIFEST_BYTES: Final = 10 * 1024 * 1024


# -- a Cargo.lock resolved against local sources ----------------------------------------


class LockedCrates(NamedTuple):
    """The packages of a Cargo.lock, sorted by what was found for them.

    ``found``: a ``.crate`` or crate directory per package, in lockfile order, each once.
    ``missing``: registry packages in no source directory.
    ``skipped``: packages not looked for (workspace members, path dependencies) or that
    local sources rarely hold (git sources not found).
    ``rejected``: packages whose local copies were found but not used (a ``.crate`` whose
    SHA-256 differs from the lockfile's), when no other copy was.
    Each entry of the last three is ``"name version"`` and the reason.
    """

    found: list[Path]
    missing: list[NotScanned]
    skipped: list[NotScanned]
    rejected: list[NotScanned]


def crates_from_lockfile(lockfile: Path, source_dirs: Sequence[Path]) -> LockedCrates:
    """Find the packages of ``lockfile`` in ``source_dirs``; the first directory that has
    a package wins. Raises ``LockfileError`` for an unreadable lockfile and
    ``ScanInputError`` for a source directory that does not exist."""
    locked = read_lockfile(lockfile)
    sources = [_SourceDir(path) for path in source_dirs]
    found: dict[Path, None] = {}  # ordered and without duplicates
    missing: list[NotScanned] = []
    skipped: list[NotScanned] = []
    rejected: list[NotScanned] = []
    for package in locked.packages:
        label = f"{package.name} {package.version}"
        source = package.source
        if source is None or source.kind is SourceKind.PATH:
            skipped.append(NotScanned(label, "workspace member or path dependency"))
            continue
        path, rejection = _locate(package, sources)
        if path is not None:
            found[path] = None
        elif source.kind is SourceKind.GIT:
            reason = f"git source {source.url}: not in the source directories"
            skipped.append(NotScanned(label, reason))
        elif rejection is not None:
            rejected.append(NotScanned(label, rejection))
        else:
            missing.append(NotScanned(label, "in no source directory"))
    return LockedCrates(list(found), missing, skipped, rejected)


def package_finder(source_dirs: Sequence[Path]) -> Callable[[Package], Path | None]:
    """Where a lockfile's registry package is in ``source_dirs`` (a crate directory or a
    ``.crate`` archive matching its checksum; the first directory that has it wins), or
    None. Raises ``ScanInputError`` for a source directory that does not exist."""
    sources = [_SourceDir(path) for path in source_dirs]
    return lambda package: _locate(package, sources)[0]


def default_source_dirs(
    lockfile: Path,
    *,
    cargo_home: Path | None = None,
    system_registry: Path = DEBIAN_REGISTRY,
) -> list[Path]:
    """The usual places of a project's crate sources that exist, best first.

    The project's vendor directories (``vendor/`` beside the lockfile and any
    ``directory`` source of its ``.cargo/config.toml``), then Cargo's cached archives
    (checked against the lockfile's checksums), then Cargo's extracted sources, then
    Debian's registry. ``cargo_home`` defaults to ``$CARGO_HOME``, else ``~/.cargo``.
    """
    project = lockfile.parent
    registry = (cargo_home if cargo_home is not None else _cargo_home()) / "registry"
    candidates = [
        *_configured_directories(project),
        project / "vendor",
        *_subdirectories(registry / "cache"),
        *_subdirectories(registry / "src"),
        system_registry,
    ]
    result: dict[Path, None] = {}
    for path in candidates:
        if path.is_dir():
            result.setdefault(path, None)
    return list(result)


class _SourceDir:
    """A source directory listed once: its crate directories and ``.crate`` files by name."""

    __slots__ = ("archives", "directories", "path")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.directories: dict[str, Path] = {}
        self.archives: dict[str, Path] = {}
        try:
            with os.scandir(path) as entries:
                for entry in entries:
                    if entry.name.endswith(".crate"):
                        if entry.is_file():
                            self.archives[entry.name.removesuffix(".crate")] = Path(entry.path)
                    elif entry.is_dir():
                        self.directories[entry.name] = Path(entry.path)
        except FileNotFoundError:
            raise ScanInputError(f"{path}: no such source directory") from None
        except NotADirectoryError:
            raise ScanInputError(f"{path}: not a directory of crate sources") from None
        except OSError as exc:
            raise ScanInputError(f"{path}: cannot list ({exc.strerror or exc})") from None

    def candidates(self, name: str, version: str) -> Iterator[Path]:
        key = f"{name}-{version}"
        if key in self.archives:
            yield self.archives[key]
        directory = self.directories.get(key)
        if directory is not None and (directory / "Cargo.toml").is_file():
            yield directory
        directory = self.directories.get(name)  # cargo vendor's unversioned layout
        if directory is not None and _manifest_version(directory) == version:
            yield directory
        if "+" in version:  # Debian names `bzip2-sys 0.1.11+1.0.8` without its build metadata
            directory = self.directories.get(f"{name}-{version.split('+', 1)[0]}")
            if directory is not None and _manifest_version(directory) == version:
                yield directory


def _locate(package: Package, sources: list[_SourceDir]) -> tuple[Path | None, str | None]:
    """The first usable copy of ``package``, or the reason the first unusable one was not."""
    name, version = str(package.name), str(package.version)
    rejection = None
    for source in sources:
        for path in source.candidates(name, version):
            if path.is_dir() or package.checksum is None:
                return path, None
            problem = _archive_problem(path, package.checksum)
            if problem is None:
                return path, None
            rejection = rejection or f"{path}: {problem}"
    return None, rejection


def _archive_problem(path: Path, checksum: str) -> str | None:
    try:
        digest = _sha256_file(path)
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if digest != checksum.lower():
        return f"SHA-256 {digest} differs from the lockfile's {checksum}"
    return None


def _sha256_file(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _manifest_version(directory: Path) -> str | None:
    try:
        data = read_regular_file(directory / "Cargo.toml", max_bytes=_MAX_MANIFEST_BYTES)
        document: Any = tomli.loads(data.decode("utf-8"))
    except (InputError, UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
        return None
    package = document.get("package")
    version = package.get("version") if isinstance(package, dict) else None
    return version if isinstance(version, str) else None


def _cargo_home() -> Path:
    explicit = os.environ.get("CARGO_HOME")
    return Path(explicit).expanduser() if explicit else Path.home() / ".cargo"


def _subdirectories(path: Path) -> list[Path]:
    try:
        return sorted(Path(e.path) for e in os.scandir(path) if e.is_dir())
    except OSError:
        return []


def _configured_directories(project: Path) -> list[Path]:
    """``directory`` sources of the project's Cargo configuration (``cargo vendor DIR``).

    Relative paths are relative to the folder holding ``.cargo``, as Cargo reads them.
    """
    found = []
    for name in ("config.toml", "config"):
        try:
            data = read_regular_file(project / ".cargo" / name, max_bytes=_MAX_MANIFEST_BYTES)
            document: Any = tomli.loads(data.decode("utf-8"))
        except (InputError, UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
            continue  # no configuration, or one Cargo itself will complain about
        sources = document.get("source")
        for table in sources.values() if isinstance(sources, dict) else ():
            directory = table.get("directory") if isinstance(table, dict) else None
            if isinstance(directory, str) and directory:
                found.append(project / Path(directory).expanduser())
    return found
