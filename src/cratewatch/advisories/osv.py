"""The OSV JSON format (https://ossf.github.io/osv-schema/), ``crates.io`` entries.

One OSV record may name several packages; each ``crates.io`` entry becomes one
``Advisory``. RustSec's own export puts ``affects`` (os, arch, functions) under
``ecosystem_specific`` and ``categories`` / ``cvss`` / ``informational`` under
``database_specific``; records from other databases may have none of these.
Every field is type-checked: a record of the wrong shape is an ``AdvisoryError``
naming the file, never a crash.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from cratewatch.advisories.cvss_score import parse_cvss
from cratewatch.errors import AdvisoryError, VersionError
from cratewatch.model.advisory import Advisory, AdvisoryId, Cvss, FunctionRanges
from cratewatch.model.package import CrateName
from cratewatch.model.ranges import AffectedRanges
from cratewatch.model.version import Version

__all__ = ["parse_osv_record"]

_ECOSYSTEM = "crates.io"
_EVENTS = ("introduced", "fixed", "last_affected", "limit")


def parse_osv_record(data: bytes | str, path: str = "<osv>") -> list[Advisory]:
    """Parse one OSV JSON document; returns one advisory per crates.io package."""
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise AdvisoryError(f"{path}: invalid JSON: {exc}") from None
    try:
        return _build(_object(doc, "the record"))
    except (AdvisoryError, VersionError, ValueError) as exc:
        raise AdvisoryError(f"{path}: {exc}") from None


def _object(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{what} must be a JSON object")
    return value


def _objects(table: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = table.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"'{key}' must be a list of objects")
    return value


def _strings(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' must be a list of strings")
    return tuple(value)


def _string(table: Mapping[str, Any], key: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string")
    return value or None


def _timestamp(table: Mapping[str, Any], key: str) -> dt.datetime | None:
    value = _string(table, key)
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'{key}' must be an RFC 3339 timestamp, got {value!r}") from None


def _version(text: Any) -> Version:
    """An OSV event version; ``0`` means "from the very first" (``0.0.0-0``)."""
    if not isinstance(text, str):
        raise ValueError(f"event version must be a string, got {text!r}")
    if text == "0":
        return Version(0, 0, 0, "0")
    try:
        return Version.parse(text)
    except VersionError as exc:
        raise ValueError(f"invalid version '{text}': {exc}") from None


def _ranges(entry: Mapping[str, Any]) -> AffectedRanges:
    ranges: list[list[tuple[str, Version]]] = []
    for raw in _objects(entry, "ranges"):
        if raw.get("type") not in ("SEMVER", "ECOSYSTEM"):
            continue  # GIT ranges name commits, not crate versions
        ranges.append(
            [
                (kind, _version(event[kind]))
                for event in _objects(raw, "events")
                for kind in _EVENTS
                if kind in event and kind != "limit"
            ]
        )
    versions = [_version(v) for v in _strings(entry, "versions")]
    if not ranges and not versions:
        raise ValueError("affected entry has neither ranges nor versions")
    return AffectedRanges.from_osv_events(ranges, versions)


def _cvss(severities: list[Mapping[str, Any]], entry_db: Mapping[str, Any]) -> Cvss | None:
    vector = _string(entry_db, "cvss")
    if vector is None:
        for severity in severities:
            if severity.get("type") in ("CVSS_V3", "CVSS_V4"):
                vector = _string(severity, "score")
    return parse_cvss(vector) if vector else None


def _build(doc: Mapping[str, Any]) -> list[Advisory]:
    advisory_id = _string(doc, "id")
    if advisory_id is None:
        raise ValueError("missing 'id'")
    withdrawn = _timestamp(doc, "withdrawn")
    published = _timestamp(doc, "published")
    references = _objects(doc, "references")
    urls = tuple(url for r in references if (url := _string(r, "url")))
    advisory_url = next(
        (_string(r, "url") for r in references if r.get("type") == "ADVISORY"), None
    )
    summary = _string(doc, "summary") or ""
    details = _string(doc, "details") or ""
    aliases, related = _strings(doc, "aliases"), _strings(doc, "related")
    severities = _objects(doc, "severity")
    advisories = []
    for entry in _objects(doc, "affected"):
        package = _object(entry.get("package"), "'affected[].package'")
        name = _string(package, "name")
        if package.get("ecosystem") != _ECOSYSTEM or name is None:
            continue
        eco = _object(entry.get("ecosystem_specific") or {}, "'ecosystem_specific'")
        affects = _object(eco.get("affects") or {}, "'ecosystem_specific.affects'")
        db = _object(entry.get("database_specific") or {}, "'database_specific'")
        ranges = _ranges(entry)
        advisories.append(
            Advisory(
                id=AdvisoryId(advisory_id),
                package=CrateName(name),
                title=summary or details.split("\n", 1)[0][:120] or advisory_id,
                ranges=ranges,
                date=published.date() if published else None,
                description=details,
                aliases=aliases,
                related=related,
                url=advisory_url,
                references=urls,
                categories=_strings(db, "categories"),
                cvss=_cvss(severities, db),
                informational=_string(db, "informational"),
                withdrawn=withdrawn.date() if withdrawn else None,
                affected_os=_strings(affects, "os"),
                affected_arch=_strings(affects, "arch"),
                affected_functions=tuple(
                    FunctionRanges(f, ()) for f in _strings(affects, "functions")
                ),
                patched=ranges.patched_requirements(),
                source="osv",
            )
        )
    return advisories
