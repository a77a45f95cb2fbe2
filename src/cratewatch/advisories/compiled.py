"""The compiled advisory database: one file, read lazily per crate.

Parsing 1,200 Markdown files takes about half a second; reading this form
takes a few milliseconds, and advisories are turned into model objects only for
the crates an audit asks about. The same form is the snapshot shipped inside
the package and the per-source cache in the user cache dir.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.errors import DatabaseError
from cratewatch.model.advisory import Advisory, AdvisoryId, Collection, Cvss, FunctionRanges
from cratewatch.model.package import CrateName, normalize_crate_name
from cratewatch.model.ranges import AffectedRanges, Bound, Interval
from cratewatch.model.report import DatabaseInfo
from cratewatch.model.version import Version

if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "FORMAT",
    "MAX_COMPILED_BYTES",
    "CompiledDatabase",
    "advisory_from_dict",
    "advisory_to_dict",
]

#: 2: crates keyed by ``normalize_crate_name`` with ``-`` (``_`` before). 3: the crate
#: index as text, each crate's advisories compressed, the fingerprint a list.
FORMAT = 3

#: The full RustSec database compiles to under 2 MB; all of OSV's crates.io
#: records with it would be a few times that.
MAX_COMPILED_BYTES = 256 * 1024 * 1024


def _bound_to_list(bound: Bound | None) -> list[Any] | None:
    return None if bound is None else [str(bound.version), bound.inclusive]


def _bound_from_list(raw: list[Any] | None) -> Bound | None:
    return None if raw is None else Bound(Version.parse(raw[0]), bool(raw[1]))


def advisory_to_dict(a: Advisory) -> dict[str, Any]:
    return {
        "id": a.id,
        "package": a.package,
        "title": a.title,
        "intervals": [[_bound_to_list(i.start), _bound_to_list(i.end)] for i in a.ranges.intervals],
        "versions": sorted(str(v) for v in a.ranges.versions),
        "date": a.date.isoformat() if a.date else None,
        "description": a.description,
        "aliases": list(a.aliases),
        "related": list(a.related),
        "url": a.url,
        "references": list(a.references),
        "categories": list(a.categories),
        "keywords": list(a.keywords),
        "cvss": [a.cvss.vector, a.cvss.version, a.cvss.base_score, a.cvss.rating]
        if a.cvss
        else None,
        "informational": a.informational,
        "withdrawn": a.withdrawn.isoformat() if a.withdrawn else None,
        "expect_deleted": a.expect_deleted,
        "license": a.license,
        "collection": a.collection.value,
        "os": list(a.affected_os),
        "arch": list(a.affected_arch),
        "functions": [[f.path, list(f.versions)] for f in a.affected_functions],
        "patched": list(a.patched),
        "unaffected": list(a.unaffected),
        "source": a.source,
        "extra_ids": list(a.extra_ids),
    }


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def advisory_from_dict(d: dict[str, Any]) -> Advisory:
    cvss = d["cvss"]
    return Advisory(
        id=AdvisoryId(d["id"]),
        package=CrateName(d["package"]),
        title=d["title"],
        ranges=AffectedRanges(
            tuple(Interval(_bound_from_list(s), _bound_from_list(e)) for s, e in d["intervals"]),
            frozenset(Version.parse(v) for v in d["versions"]),
        ),
        date=_date(d["date"]),
        description=d["description"],
        aliases=tuple(d["aliases"]),
        related=tuple(d["related"]),
        url=d["url"],
        references=tuple(d["references"]),
        categories=tuple(d["categories"]),
        keywords=tuple(d["keywords"]),
        cvss=Cvss(cvss[0], cvss[1], float(cvss[2]), cvss[3]) if cvss else None,
        informational=d["informational"],
        withdrawn=_date(d["withdrawn"]),
        expect_deleted=d["expect_deleted"],
        license=d["license"],
        collection=Collection(d["collection"]),
        affected_os=tuple(d["os"]),
        affected_arch=tuple(d["arch"]),
        affected_functions=tuple(FunctionRanges(p, tuple(v)) for p, v in d["functions"]),
        patched=tuple(d["patched"]),
        unaffected=tuple(d["unaffected"]),
        source=d["source"],
        extra_ids=tuple(d["extra_ids"]),
    )


def _bucket(encoded_name: str, buckets: int) -> int:
    return zlib.crc32(encoded_name.encode()) % buckets


class CompiledDatabase:
    """Advisories indexed by normalised crate name, built into objects on demand."""

    def __init__(
        self,
        info: DatabaseInfo,
        problems: list[str],
        by_crate: Mapping[str, list[dict[str, Any]]],
        fingerprint: Sequence[str] = (),
        path: Path | None = None,
    ) -> None:
        self.path = path  # the file it was loaded from, for error messages
        self.info = info
        self.problems = problems
        self.fingerprint = tuple(fingerprint)
        self._dicts = dict(by_crate)
        # Of a loaded file: its crate index (after a line break, see ``save``) and
        # where each of its buckets starts, its bytes and where their body starts.
        self._index = ""
        self._buckets: list[int] = []
        self._data = b""
        self._body = 0
        self._built: dict[str, list[Advisory]] = {}

    @classmethod
    def from_advisories(
        cls,
        advisories: list[Advisory],
        info: DatabaseInfo,
        problems: list[str],
        fingerprint: Sequence[str],
    ) -> CompiledDatabase:
        by_crate: dict[str, list[dict[str, Any]]] = {}
        for a in sorted(advisories, key=lambda a: a.id):
            by_crate.setdefault(normalize_crate_name(a.package), []).append(advisory_to_dict(a))
        return cls(info, problems, by_crate, fingerprint)

    def for_crate(self, name: str) -> list[Advisory]:
        key = normalize_crate_name(name)
        built = self._built.get(key)
        if built is None:
            try:
                built = [advisory_from_dict(d) for d in self._entries(key)]
            except (ValueError, KeyError, TypeError, IndexError, zlib.error) as exc:
                where = self.path or "compiled advisory database"
                raise DatabaseError(f"{where}: corrupt entry for crate '{name}': {exc}") from None
            self._built[key] = built
        return built

    def _entries(self, key: str) -> list[dict[str, Any]]:
        if key in self._dicts:
            return self._dicts[key]
        span = self._span(key)
        if span is None:
            return []
        entries: list[dict[str, Any]] = json.loads(self._decompressed(span))
        return entries

    def _span(self, key: str) -> tuple[int, int] | None:
        """Where ``key``'s compressed advisories are in the loaded file, if anywhere.

        Found by searching its bucket of the index text: parsing a thousand index
        entries, or searching all of them, would cost more than an audit's lookups.
        """
        if len(self._buckets) < 2:
            return None
        encoded = json.dumps(key)
        bucket = _bucket(encoded, len(self._buckets) - 1)
        needle = f"\n{encoded} "
        # ``_index`` has a line break before the index text, so the one ending the line
        # before the bucket's first is at the bucket's offset.
        at = self._index.find(needle, self._buckets[bucket], self._buckets[bucket + 1] + 1)
        if at < 0:
            return None
        at += len(needle)
        start, end = self._index[at : self._index.index("\n", at)].split(" ")
        first, last = self._body + int(start), self._body + int(end)
        if not self._body <= first <= last <= len(self._data):
            raise ValueError("its span is outside the file")
        return first, last

    def _decompressed(self, span: tuple[int, int]) -> bytes:
        # Bounded as the file is: a damaged or planted cache must not fill the memory.
        inflater = zlib.decompressobj()
        data = inflater.decompress(memoryview(self._data)[span[0] : span[1]], MAX_COMPILED_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError(f"not a compressed entry of at most {MAX_COMPILED_BYTES:,} bytes")
        return data

    def _keys(self) -> list[str]:
        """Every crate, in the order they were saved in (which the body keeps)."""
        saved = []
        for line in self._index.split("\n")[1:-1]:
            name, start, _ = line.rsplit(" ", 2)
            saved.append((int(start), json.loads(name)))
        saved.sort()
        return [*self._dicts, *(name for _, name in saved)]

    def __iter__(self) -> Iterator[Advisory]:
        for key in self._keys():
            yield from self.for_crate(key)

    def __len__(self) -> int:
        return self.info.advisory_count

    # -- persistence --------------------------------------------------------------
    #
    # The file is one JSON header line (format, fingerprint, info, problems, the size
    # of the index, where each of its buckets starts, and the checksum of all that
    # follows), then the index, then the body. The index has one line per crate: its
    # name as a JSON string, then the start and end of its advisories in the body,
    # separated by spaces; the lines are grouped in buckets by a checksum of the name
    # (``_bucket``). The body holds each crate's advisories as a zlib-compressed JSON
    # array, back to back. Loading checks the checksum and parses only the header; a
    # crate's advisories are found in its bucket of the index, decompressed and parsed
    # when that crate is asked for.

    def save(self, path: Path) -> None:
        """Write atomically, so a crash never leaves a truncated cache behind."""
        from cratewatch.cachedir import write_whole

        names = self._keys()
        buckets: list[list[str]] = [[] for _ in range(max(1, len(names) // 8))]
        body = bytearray()
        for name in names:
            if name in self._dicts:
                entries = json.dumps(self._dicts[name], separators=(",", ":")).encode()
                compressed = zlib.compress(entries, 9)
            else:
                span = self._span(name)
                assert span is not None  # every name of the index has a span
                compressed = self._data[span[0] : span[1]]
            encoded = json.dumps(name)
            line = f"{encoded} {len(body)} {len(body) + len(compressed)}\n"
            buckets[_bucket(encoded, len(buckets))].append(line)
            body += compressed
        index = ""
        offsets = [0]
        for lines in buckets:
            index += "".join(lines)
            offsets.append(len(index))
        payload = index.encode("ascii") + body
        info = self.info
        header = {
            "format": FORMAT,
            "fingerprint": list(self.fingerprint),
            "info": {
                "sources": list(info.sources),
                "advisory_count": info.advisory_count,
                "commit": info.commit,
                "updated": info.updated.isoformat() if info.updated else None,
                "invalid_count": info.invalid_count,
            },
            "problems": self.problems,
            "index_bytes": len(payload) - len(body),
            "buckets": offsets,
            "crc32": zlib.crc32(payload),
        }
        write_whole(path, json.dumps(header, separators=(",", ":")).encode() + b"\n" + payload)

    @classmethod
    def load(cls, path: Path) -> CompiledDatabase:
        from cratewatch.untrusted.files import read_regular_file

        # The cache directory is the user's, but a FIFO or device left there must
        # not hang an audit, nor a runaway file fill the memory.
        data = read_regular_file(path, max_bytes=MAX_COMPILED_BYTES, error=DatabaseError)
        newline = data.find(b"\n")
        try:
            if newline < 0:
                raise ValueError("no header line")
            header = json.loads(data[:newline])
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise ValueError(f"not a compiled advisory database of format {FORMAT}")
            raw = header["info"]
            info = DatabaseInfo(
                sources=tuple(raw["sources"]),
                advisory_count=int(raw["advisory_count"]),
                commit=raw["commit"],
                updated=dt.datetime.fromisoformat(raw["updated"]) if raw["updated"] else None,
                invalid_count=int(raw["invalid_count"]),
            )
            fingerprint = header["fingerprint"]
            if not isinstance(fingerprint, list) or not all(
                isinstance(part, str) for part in fingerprint
            ):
                raise ValueError("the fingerprint is not a list of strings")
            problems = list(header["problems"])
            # Checked in place: a copy of the whole file would cost more than the audit.
            payload = memoryview(data)[newline + 1 :]
            if zlib.crc32(payload) != header["crc32"]:
                raise ValueError("checksum mismatch (truncated or modified file)")
            index_bytes = header["index_bytes"]
            if not (type(index_bytes) is int and 0 <= index_bytes <= len(payload)):
                raise ValueError("the index is outside the file")
            index = str(payload[:index_bytes], "ascii")
            buckets = header["buckets"]
            if not (
                isinstance(buckets, list)
                and buckets[:1] == [0]
                and buckets[-1] == len(index)
                and all(type(b) is int for b in buckets)
                and buckets == sorted(buckets)
            ):
                raise ValueError("the index buckets are not offsets of the index")
        except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
            raise DatabaseError(f"{path}: corrupt compiled advisory database: {exc}") from None
        database = cls(info, problems, {}, fingerprint, path)
        database._index = "\n" + index
        database._buckets = buckets
        database._data = data
        database._body = newline + 1 + index_bytes
        return database
