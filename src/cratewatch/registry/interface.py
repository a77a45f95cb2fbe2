"""What an audit asks of a registry index, and the index file format.

A registry index holds one file per crate, at a path derived from the lowercased
name (``1/a``, ``2/ab``, ``3/a/abc``, ``ab/cd/abcd…``), with one JSON object per
published version and line (``{"name": …, "vers": …, "yanked": …, …}``). Only the
version and the yanked flag matter here. Lines whose ``vers`` is not a valid
semantic version are skipped (real indexes have a few); a line that is not a JSON
object is an error.

Index files come from whoever runs the registry, so nothing in them is trusted: a
crate file is read only up to ``MAX_INDEX_FILE_BYTES`` (the largest real ones are a
few megabytes), and a line nested too deeply for the JSON decoder is a malformed line
like any other.
"""

from __future__ import annotations

import abc
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, NamedTuple

from cratewatch.closeable import Closeable
from cratewatch.errors import RegistryIndexError, VersionError
from cratewatch.model.version import Version

__all__ = [
    "MAX_INDEX_FILE_BYTES",
    "IndexEntry",
    "IndexVersion",
    "Progress",
    "RegistryIndex",
    "index_path",
    "iter_index_lines",
    "iter_index_objects",
    "parse_index_file",
    "parse_pubtime",
    "to_index_versions",
]

IndexEntry = tuple[str, bool]
"""One index line reduced to what an audit needs: (``vers`` text, yanked)."""

Progress = Callable[[str, int | None, int | None], None]
"""Observer of a long step (reading an archive, an ingest, a search): ``(stage, done,
total)``, where ``done`` counts items or bytes and ``total`` is known only for some
stages (both ``None`` for a stage without a count). The library never prints; the
command line shows these on a terminal."""

#: Larger than any real crate file (crates.io's largest are a few MB), small enough
#: that a hostile index cannot make a read take all memory.
MAX_INDEX_FILE_BYTES: Final = 64 * 1024 * 1024

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

    ``where`` names the file or URL in error messages; a malformed line is an error.
    """
    for _lineno, obj in iter_index_lines(data, where):
        yield obj


def iter_index_lines(
    data: bytes, where: str, on_problem: Callable[[int, str], None] | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, JSON object) of every non-blank line of an index file.

    A line that is not valid UTF-8, not JSON or not a JSON object raises
    ``RegistryIndexError`` naming ``where`` and the line; with ``on_problem``, it is
    told ``(line number, problem)`` instead and the line skipped, so one bad line costs
    one version, not the crate.
    """
    try:
        lines: Iterable[tuple[int, str | None]] = enumerate(data.decode("utf-8").split("\n"), 1)
    except UnicodeDecodeError as exc:
        if on_problem is None:
            lineno = data.count(b"\n", 0, exc.start) + 1
            raise RegistryIndexError(f"{where}: line {lineno}: not valid UTF-8") from None
        lines = _decoded_lines(data)
    # Split on "\n" only: str.splitlines() would also split on U+2028 and friends,
    # which JSON allows unescaped inside strings.
    for lineno, raw in lines:
        problem = "not valid UTF-8" if raw is None else None
        obj: Any = None
        if raw is not None:
            line = raw.strip(_JSON_SPACE)
            if not line:
                continue
            obj, problem = _decode_line(line)
        if problem is not None:
            if on_problem is None:
                raise RegistryIndexError(f"{where}: line {lineno}: {problem}")
            on_problem(lineno, problem)
            continue
        yield lineno, obj


def _decoded_lines(data: bytes) -> Iterator[tuple[int, str | None]]:
    # "\n" never occurs inside a multi-byte UTF-8 sequence, so splitting the bytes first
    # keeps every good line of a file with one bad one.
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        try:
            yield lineno, raw.decode("utf-8")
        except UnicodeDecodeError:
            yield lineno, None


def _decode_line(line: str) -> tuple[Any, str | None]:
    """The line's JSON object, or why it is not one."""
    try:
        obj, end = _DECODER.raw_decode(line)
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:
        return None, "malformed JSON (nested too deeply)"
    if end != len(line):
        return None, f"malformed JSON (extra data at column {end + 1})"
    if not isinstance(obj, dict):
        return None, "expected a JSON object"
    return obj, None


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


def parse_pubtime(value: object) -> dt.datetime | None:
    """An index line's ``pubtime`` (RFC 3339, when the registry publishes it) as an aware
    UTC datetime; ``None`` for a missing or malformed value."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(dt.UTC) if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
