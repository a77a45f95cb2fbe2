"""A registry mirror: every published version with where its ``.crate`` is.

Two layouts, both what registry operators already keep:

- **a local registry** (Cargo's ``local-registry`` source, as ``cargo local-registry``
  and mirroring tools write it): an ``index/`` directory in the registry index layout
  and the archives beside it as ``<name>-<version>.crate``;
- **an index with a download URL**: an index checkout whose ``config.json`` has the
  ``dl`` template (crates.io's own index, a company registry's); each archive is then
  downloaded from the URL the template gives, as Cargo downloads it.

The index says each version's SHA-256 (``cksum``), whether it is yanked, and, in
current indexes, when it was published (``pubtime``). Where the index has no
``pubtime``, a local archive's modification time stands for it: a mirror writes each
archive when it syncs it, and ``cargo package`` keeps the files' times.

The index is hostile like any other: lines are checked field by field (a bad line
costs one version and is reported), names must be the file's crate, versions valid
SemVer, checksums 64 hex digits. Nothing here reads an archive's content.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final, NamedTuple

from cratewatch.errors import DownloadError, RegistryIndexError, VersionError
from cratewatch.model.version import Version
from cratewatch.registry.download import expand_dl_template, parse_dl_template
from cratewatch.registry.interface import iter_index_lines, parse_pubtime
from cratewatch.registry.local import iter_directory_crate_files
from cratewatch.untrusted.files import read_regular_file

__all__ = ["Mirror", "MirrorVersion", "open_mirror"]

_SHA256: Final = re.compile(r"[0-9a-fA-F]{64}")
_CONFIG: Final = "config.json"
_MAX_CONFIG_BYTES: Final = 64 * 1024
# a modification time before crates.io opened, or in the future, says nothing
_FIRST_PUBLICATION: Final = dt.datetime(2014, 11, 1, tzinfo=dt.UTC)

OnProblem = Callable[[str], None]


class MirrorVersion(NamedTuple):
    """One published version: ``location`` is the archive's path in a local registry or
    its download URL; ``size`` is known for a local archive (``None`` when it is
    missing, or for a download)."""

    name: str  # as the index spells it
    version: str
    checksum: str  # SHA-256 in lower-case hex
    yanked: bool
    published: dt.datetime | None
    location: str
    size: int | None


class Mirror:
    """The versions of a registry mirror (``open_mirror`` says which layouts)."""

    def __init__(self, root: Path, index: Path, dl_template: str | None) -> None:
        self.root = root
        self.index = index
        self.dl_template = dl_template  # None: archives beside the index (local registry)

    def describe(self) -> str:
        kind = "local registry" if self.dl_template is None else "registry index"
        return f"{kind} {self.root}"

    def versions(self, on_problem: OnProblem | None = None) -> Iterator[MirrorVersion]:
        """Every version the index lists, crate by crate in the index's order, versions
        in file order; a line that cannot be used is told to ``on_problem``."""
        tell = on_problem or (lambda _message: None)
        for crate, data, where in iter_directory_crate_files(
            self.index,
            lambda name, message: tell(f"{name}: {message}"),
            require_config=self.dl_template is not None,
        ):

            def bad_line(lineno: int, problem: str, where: str = where) -> None:
                tell(f"{where}: line {lineno}: {problem}")

            for lineno, obj in iter_index_lines(data, where, bad_line):
                found = self._version(crate, obj, f"{where}: line {lineno}", tell)
                if found is not None:
                    yield found

    def _version(
        self, crate: str, obj: dict[str, object], where: str, tell: OnProblem
    ) -> MirrorVersion | None:
        name, vers, cksum = obj.get("name"), obj.get("vers"), obj.get("cksum")
        if not isinstance(name, str) or name.lower() != crate:
            tell(f"{where}: names another crate than its file, skipped")
            return None
        if not isinstance(vers, str):
            tell(f"{where}: no version, skipped")
            return None
        try:
            Version.parse(vers)
        except VersionError:
            tell(f"{where}: {vers[:60]!r} is not a version, skipped")
            return None
        if not isinstance(cksum, str) or not _SHA256.fullmatch(cksum):
            tell(f"{where}: no SHA-256 checksum, skipped")
            return None
        published = parse_pubtime(obj.get("pubtime"))
        size: int | None = None
        if self.dl_template is None:
            archive = self.root / f"{name}-{vers}.crate"
            location = str(archive)
            try:
                stat = archive.stat()
            except OSError:
                pass  # the scan reports it missing
            else:
                size = stat.st_size
                if published is None:
                    published = _file_time(stat.st_mtime)
        else:
            location = expand_dl_template(self.dl_template, name, vers, cksum.lower())
        return MirrorVersion(
            name, vers, cksum.lower(), obj.get("yanked") is True, published, location, size
        )


def _file_time(mtime: float) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromtimestamp(mtime, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment if _FIRST_PUBLICATION <= moment <= dt.datetime.now(dt.UTC) else None


def open_mirror(path: str | os.PathLike[str]) -> Mirror:
    """The mirror at ``path``: a local registry (``index/`` with the ``.crate`` files
    beside it) or an index checkout whose ``config.json`` gives an http(s) ``dl``.
    A one-line ``RegistryIndexError`` names the path and what is wrong."""
    root = Path(path)
    if not root.is_dir():
        raise RegistryIndexError(f"{root}: not a directory (expected a registry mirror)")
    if (root / "index").is_dir():
        return Mirror(root, root / "index", None)
    config = root / _CONFIG
    if not config.exists():
        raise RegistryIndexError(
            f"{root}: not a registry mirror (expected an index/ directory beside the .crate "
            f"files, or an index with {_CONFIG})"
        )
    data = read_regular_file(config, max_bytes=_MAX_CONFIG_BYTES, error=RegistryIndexError)
    try:
        template = parse_dl_template(data, str(config))
    except DownloadError as exc:
        raise RegistryIndexError(str(exc)) from None
    return Mirror(root, root, template)
