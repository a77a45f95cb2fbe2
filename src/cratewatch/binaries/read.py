"""A compiled binary's dependency list, as the audit reads a lockfile."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from cratewatch.binaries.embedded import lockfile_from_section
from cratewatch.binaries.formats import binary_format
from cratewatch.binaries.recovered import crates_in_paths
from cratewatch.binaries.sections import read_section
from cratewatch.errors import InputError
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import Package

__all__ = ["SECTION", "read_binary"]

SECTION: Final = ".dep-v0"  # cargo-auditable's section, by that name in every format
MAX_SECTION_BYTES: Final = 16 * 1024 * 1024  # compressed; real lists are a few kilobytes


def read_binary(path: Path) -> Lockfile:
    """The packages a binary was built from: the list cargo-auditable embedded, or else the
    crates its source paths name (a lockfile marked ``partial``)."""
    try:
        with path.open("rb") as stream:
            kind = binary_format(stream.read(4))
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    if kind is None:
        raise InputError(f"{path}: not an ELF, PE, Mach-O or WebAssembly file")
    section = read_section(path, kind, SECTION, MAX_SECTION_BYTES)
    if section is not None:
        return lockfile_from_section(section, str(path))
    found = crates_in_paths(path)
    if not found:
        raise InputError(
            f"{path}: no dependency list embedded by cargo-auditable ({kind} file without a "
            f"{SECTION} section) and no crate versions in its source paths: nothing to audit"
        )
    return Lockfile(
        str(path),
        0,
        tuple(Package(pid) for pid in found),
        partial=(
            f"{kind} file without an embedded dependency list (build it with cargo-auditable): "
            f"{len(found)} crates recovered from source paths in panic messages; crates "
            "without such paths are not audited"
        ),
    )
