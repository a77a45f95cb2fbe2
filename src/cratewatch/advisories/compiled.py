"""The compiled advisory database: one file, read lazily per crate.

Parsing 1,200 Markdown files takes about half a second; reading this form
takes a few milliseconds, and advisories are turned into model objects only for
the crates an audit asks about. The same form is the snapshot shipped inside
the package and the per-source cache in the user cache dir.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zlib
from collections.abc import Iterator
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

    #: A crate's advisories: as dicts (built here), as their JSON, or as the span of
    #: their JSON in the loaded file.
    _Entries = bytes | list[dict[str, Any]] | tuple[int, int]

__all__ = [
    "FORMAT",
    "MAX_COMPILED_BYTES",
    "CompiledDatabase",
    "advisory_from_dict",
    "advisory_to_dict",
]

#: 2: crates keyed by ``normalize_crate_name`` with ``-`` (``_`` before).
FORMAT = 2

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


class CompiledDatabase:
    """Advisories indexed by normalised crate name, built into objects on demand."""

    def __init__(
        self,
        info: DatabaseInfo,
        problems: list[str],
        by_crate: dict[str, _Entries],
        fingerprint: str = "",
        path: Path | None = None,
        data: bytes = b"",
    ) -> None:
        self.path = path  # the file it was loaded from, for error messages
        self.info = info
        self.problems = problems
        self.fingerprint = fingerprint
        self._raw = by_crate
        self._data = data  # what the (start, end) spans of ``by_crate`` index
        self._built: dict[str, list[Advisory]] = {}

    @classmethod
    def from_advisories(
        cls, advisories: list[Advisory], info: DatabaseInfo, problems: list[str], fingerprint: str
    ) -> CompiledDatabase:
        by_crate: dict[str, list[dict[str, Any]]] = {}
        for a in sorted(advisories, key=lambda a: a.id):
            by_crate.setdefault(normalize_crate_name(a.package), []).append(advisory_to_dict(a))
        return cls(info, problems, dict(by_crate), fingerprint)

    def for_crate(self, name: str) -> list[Advisory]:
        key = normalize_crate_name(name)
        built = self._built.get(key)
        if built is None:
            try:
                entries = self._entries(key)
                built = [advisory_from_dict(d) for d in entries]
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                where = self.path or "compiled advisory database"
                raise DatabaseError(f"{where}: corrupt entry for crate '{name}': {exc}") from None
            self._built[key] = built
        return built

    def _entries(self, key: str) -> list[dict[str, Any]]:
        raw = self._raw.get(key, [])
        if isinstance(raw, tuple):
            raw = self._data[raw[0] : raw[1]]
        entries: list[dict[str, Any]] = json.loads(raw) if isinstance(raw, bytes) else raw
        return entries

    def __iter__(self) -> Iterator[Advisory]:
        for key in self._raw:
            yield from self.for_crate(key)

    def __len__(self) -> int:
        return self.info.advisory_count

    # -- persistence --------------------------------------------------------------
    #
    # The file is one JSON header line (format, fingerprint, info, problems, and
    # for each crate the byte span of its advisories), then the crates' JSON
    # arrays back to back. Loading parses only the header; a crate's span is
    # parsed when that crate is asked for.

    def save(self, path: Path) -> None:
        """Write atomically, so a crash never leaves a truncated cache behind."""
        import tempfile

        spans: dict[str, list[int]] = {}
        body = bytearray()
        for name, raw in self._raw.items():
            if isinstance(raw, tuple):
                raw = self._data[raw[0] : raw[1]]
            encoded = (
                raw if isinstance(raw, bytes) else json.dumps(raw, separators=(",", ":")).encode()
            )
            spans[name] = [len(body), len(body) + len(encoded)]
            body += encoded
        info = self.info
        header = {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            "info": {
                "sources": list(info.sources),
                "advisory_count": info.advisory_count,
                "commit": info.commit,
                "updated": info.updated.isoformat() if info.updated else None,
                "invalid_count": info.invalid_count,
            },
            "problems": self.problems,
            "crates": spans,
            "crc32": zlib.crc32(body),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(json.dumps(header, separators=(",", ":")).encode() + b"\n")
                out.write(body)
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> CompiledDatabase:
        from cratewatch.untrusted.files import read_regular_file

        # The cache directory is the user's, but a FIFO or device left there must
        # not hang an audit, nor a runaway file fill the memory.
        data = read_regular_file(path, max_bytes=MAX_COMPILED_BYTES, error=DatabaseError)
        newline = data.find(b"\n")
        try:
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
            # The body is checked in place and each crate's span is sliced out only when
            # that crate is asked for: copying every span costs more than the audit.
            body = memoryview(data)[newline + 1 :]
            if zlib.crc32(body) != header["crc32"]:
                raise ValueError("checksum mismatch (truncated or modified file)")
            size = len(body)
            crates: dict[str, _Entries] = {}
            for name, (start, end) in header["crates"].items():
                if not (type(start) is type(end) is int and 0 <= start <= end <= size):
                    raise ValueError(f"span of crate '{name}' is outside the file")
                crates[name] = (newline + 1 + start, newline + 1 + end)
        except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
            raise DatabaseError(f"{path}: corrupt compiled advisory database: {exc}") from None
        return cls(info, list(header["problems"]), crates, str(header["fingerprint"]), path, data)
