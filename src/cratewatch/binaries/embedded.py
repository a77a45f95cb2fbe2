"""The dependency list cargo-auditable embeds in a binary: zlib-compressed JSON,
``{"packages": [{"name", "version", "source", "kind", "dependencies", "root"}, ...]}``, where
``dependencies`` are indices into the same list (rustsec.org/schemas/cargo-auditable.json).

The section comes from a binary nobody has vetted: it is inflated to at most
``MAX_JSON_BYTES`` and every field is checked before it becomes a package.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Any, Final

from cratewatch.errors import InputError, VersionError
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import (
    CRATES_IO_INDEX,
    CrateName,
    Package,
    PackageId,
    Source,
    SourceKind,
)
from cratewatch.model.version import Version

__all__ = ["MAX_JSON_BYTES", "MAX_PACKAGES", "lockfile_from_section"]

MAX_JSON_BYTES: Final = 64 * 1024 * 1024
MAX_PACKAGES: Final = 200_000
_CRATE_NAME: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
#: what each "source" value means (the schema's own values; anything else is "other")
_SOURCES: Final = {
    "crates.io": Source(SourceKind.REGISTRY, CRATES_IO_INDEX),
    "registry": Source(SourceKind.REGISTRY, "(another registry)"),
    "git": Source(SourceKind.GIT, "(a git repository)"),
}


def lockfile_from_section(section: bytes, where: str) -> Lockfile:
    """The packages of an embedded dependency list as a lockfile's graph."""
    document = _inflate(section, where)
    raw = document.get("packages") if isinstance(document, dict) else None
    if not isinstance(raw, list):
        raise InputError(f"{where}: embedded dependency list has no list of packages")
    if len(raw) > MAX_PACKAGES:
        raise InputError(f"{where}: embedded dependency list has over {MAX_PACKAGES:,} packages")
    ids = [_package_id(entry, index, where) for index, entry in enumerate(raw)]
    packages = []
    for pid, entry in zip(ids, raw, strict=True):
        indices = entry.get("dependencies", [])
        if not isinstance(indices, list) or not all(
            type(i) is int and 0 <= i < len(ids) for i in indices
        ):
            raise InputError(f"{where}: package {pid}: dependencies are not indices of packages")
        packages.append(Package(pid, None, tuple(dict.fromkeys(ids[i] for i in indices))))
    return Lockfile(where, 0, tuple(packages))


def _inflate(section: bytes, where: str) -> Any:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(section, MAX_JSON_BYTES)
    except zlib.error as error:
        raise InputError(f"{where}: embedded dependency list is not zlib data: {error}") from None
    if inflater.unconsumed_tail:
        raise InputError(
            f"{where}: embedded dependency list inflates to over {MAX_JSON_BYTES:,} bytes"
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        reason = str(error)[:120] if isinstance(error, ValueError) else "nested too deeply"
        raise InputError(f"{where}: embedded dependency list is not JSON: {reason}") from None


def _package_id(entry: Any, index: int, where: str) -> PackageId:
    if not isinstance(entry, dict):
        raise InputError(f"{where}: embedded package {index} is not an object")
    name, version, source = entry.get("name"), entry.get("version"), entry.get("source")
    if not isinstance(name, str) or not _CRATE_NAME.fullmatch(name):
        raise InputError(f"{where}: embedded package {index} has no valid name")
    try:
        parsed = Version.parse(version if isinstance(version, str) else "")
    except VersionError:
        raise InputError(
            f"{where}: embedded package {index} ({name!r}) has no valid version"
        ) from None
    if source == "local":
        return PackageId(CrateName(name), parsed, None)
    if isinstance(source, str) and source in _SOURCES:
        return PackageId(CrateName(name), parsed, _SOURCES[source])
    return PackageId(CrateName(name), parsed, Source(SourceKind.OTHER, "(unknown source)"))
