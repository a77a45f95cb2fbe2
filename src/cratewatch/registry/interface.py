"""What an audit asks of a registry index, and the index file format.

A registry index holds one file per crate, at a path derived from the lowercased
name (``1/a``, ``2/ab``, ``3/a/abc``, ``ab/cd/abcd…``), with one JSON object per
published version and line (``{"name": …, "vers": …, "yanked": …, …}``). Only the
version and the yanked flag matter here. Lines whose ``vers`` is not a valid
semantic version are skipped (real indexes have a few); a line that is not a JSON
object is an error.
"""

from __future__ import annotations

import abc
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final, NamedTuple

from cratewatch.closeable import Closeable
from cratewatch.errors import RegistryIndexError, VersionError
from cratewatch.model.version import Version

__all__ = [
    "IndexEntry",
    "IndexVersion",
    "RegistryIndex",
    "index_path",
    "iter_index_objects",
    "parse_index_file",
    "to_index_versions",
]

IndexEntry = tuple[str, bool]
"""One index line reduced to what an audit needs: (``vers`` text, yanked)."""

_DECODER: Final = json.JSONDecoder()
_JSON_SPACE: Final = " \t\r"
_NAME: Final = re.compile(r"[A-Za-z0-9_-]+")


class IndexVersion(NamedTuple):
    """One published version of a crate and whether it is yanked."""

    version: Version
    yanked: bool


class RegistryIndex(Closeable, abc.ABC):
    """A read-only view of a registry index."""

    @abc.abstractmethod
    def versions(self, name: str) -> list[IndexVersion] | None:
        """The crate's versions in ascending order, or ``None`` if the index does not know it.

        Raises ``RegistryIndexError`` if the index cannot be read or is malformed.
        """

    @abc.abstractmethod
    def describe(self) -> str:
        """A short human description of the index, e.g. ``index archive /path/x.tar.gz``."""

    def prefetch(self, names: Iterable[str]) -> None:
        """Hint that ``versions`` will be asked for these crates (lets an index batch)."""

    def close(self) -> None:
        """Release files, connections and clients held by the index."""


def index_path(name: str) -> str | None:
    """The crate's index file path relative to the index root, ``None`` for an invalid name.

    >>> index_path("Serde")
    'se/rd/serde'
    """
    if not _NAME.fullmatch(name):
        return None
    name = name.lower()
    if len(name) <= 2:
        return f"{len(name)}/{name}"
    if len(name) == 3:
        return f"3/{name[0]}/{name}"
    return f"{name[:2]}/{name[2:4]}/{name}"


def iter_index_objects(data: bytes, where: str) -> Iterator[dict[str, Any]]:
    """The JSON object of every non-blank line of an index file, in file order.

    ``where`` names the file or URL in error messages.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        lineno = data.count(b"\n", 0, exc.start) + 1
        raise RegistryIndexError(f"{where}: line {lineno}: not valid UTF-8") from None
    decode = _DECODER.raw_decode
    # Split on "\n" only: str.splitlines() would also split on U+2028 and friends,
    # which JSON allows unescaped inside strings.
    for lineno, raw in enumerate(text.split("\n"), 1):
        line = raw.strip(_JSON_SPACE)
        if not line:
            continue
        try:
            obj, end = decode(line)
        except json.JSONDecodeError as exc:
            raise RegistryIndexError(
                f"{where}: line {lineno}: malformed JSON ({exc.msg} at column {exc.colno})"
            ) from None
        if end != len(line):
            raise RegistryIndexError(
                f"{where}: line {lineno}: malformed JSON (extra data at column {end + 1})"
            )
        if not isinstance(obj, dict):
            raise RegistryIndexError(f"{where}: line {lineno}: expected a JSON object")
        yield obj


def parse_index_file(data: bytes, where: str) -> list[IndexEntry]:
    """Reduce an index file to (``vers``, yanked) pairs, in file order.

    ``where`` names the file or URL in error messages. Lines whose ``vers`` is missing
    or not a string are skipped; versions are not validated here.
    """
    entries: list[IndexEntry] = []
    for obj in iter_index_objects(data, where):
        vers = obj.get("vers")
        if isinstance(vers, str):
            entries.append((vers, obj.get("yanked") is True))
    return entries


def _parse_version(text: str) -> Version | None:
    try:
        return Version.parse(text)  # cached: the same strings recur across crates
    except VersionError:
        return None


def to_index_versions(entries: Iterable[IndexEntry]) -> list[IndexVersion]:
    """Parse the versions, drop the invalid ones and sort ascending."""
    result: list[IndexVersion] = []
    for vers, yanked in entries:
        version = _parse_version(vers)
        if version is not None:
            result.append(IndexVersion(version, yanked))
    result.sort(key=lambda iv: iv.version)
    return result
