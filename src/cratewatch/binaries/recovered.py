"""What a binary without an embedded dependency list still tells: the source paths the
compiler wrote into its panic messages and debug information name each crate's directory,
``~/.cargo/registry/src/<index>/serde_json-1.0.108/src/de.rs``, and so its name and version.

Only crates with code that can panic (or with debug information kept) leave a path, so what
is recovered is a part of the graph, never all of it: the caller marks the result partial.
A vendored or distribution copy (``vendor/name-1.2.3/``, ``/usr/share/cargo/registry/``)
counts too, as the crates.io release it was copied from.
"""

from __future__ import annotations

import mmap
import re
from pathlib import Path
from typing import Final

from cratewatch.errors import VersionError
from cratewatch.model.package import CRATES_IO_INDEX, CrateName, PackageId, Source, SourceKind
from cratewatch.model.version import Version

__all__ = ["crates_in_paths"]

# a crate's directory in Cargo's source cache, a vendor directory or Debian's registry:
# `name-x.y.z[-pre][+build]` between path separators
_CRATE_DIRECTORY: Final = re.compile(
    rb"(?:registry[/\\]src[/\\][\w.-]{1,100}|cargo[/\\]registry|[/\\]vendor)[/\\]"
    rb"([A-Za-z0-9_-]{1,64}?)-"
    rb"(\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?)[/\\]"
)
_CRATES_IO: Final = Source(SourceKind.REGISTRY, CRATES_IO_INDEX)


def crates_in_paths(path: Path) -> list[PackageId]:
    """The crates (name and version) named by source paths in the file, in first-seen
    order. The file is mapped, not read: a binary can be large, the search is linear."""
    found: dict[tuple[bytes, bytes], None] = {}
    with path.open("rb") as stream:
        if not path.stat().st_size:
            return []
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for match in _CRATE_DIRECTORY.finditer(data):
                found.setdefault((match[1], match[2]), None)
    out = []
    for name, version in found:
        try:
            parsed = Version.parse(version.decode("ascii"))
        except VersionError:
            continue
        out.append(PackageId(CrateName(name.decode("ascii")), parsed, _CRATES_IO))
    return out
