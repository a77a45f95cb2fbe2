"""The OSV JSON format (https://ossf.github.io/osv-schema/), ``crates.io`` entries.

One OSV record may name several packages; each ``crates.io`` entry becomes one
``Advisory``. RustSec's own export puts ``affects`` (os, arch, functions) under
``ecosystem_specific`` and ``categories`` / ``cvss`` / ``informational`` under
``database_specific``; records from other databases may have none of these.
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


def parse_osv_record(data: bytes | str, path: str = "<osv>") -> list[Advisory]:
    """Parse one OSV JSON document; returns one advisory per crates.io package."""
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AdvisoryError(f"{path}: invalid JSON: {exc}") from None
    try:
        return _build(doc)
    except (AdvisoryError, VersionError, ValueError, TypeError, KeyError) as exc:
        raise AdvisoryError(f"{path}: {exc}") from None


def _timestamp(value: Any, key: str) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be an RFC 3339 timestamp")
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _version(text: Any) -> Version | None:
    """An OSV event version; ``0`` and ``0.0.0-0`` mean "from the very first"."""
    if not isinstance(text, str):
        raise ValueError(f"event version must be a string, got {text!r}")
    if text in ("0", "0.0.0-0"):
        return None
    try:
        return Version.parse(text)
    except VersionError as exc:
        raise ValueError(f"invalid version '{text}': {exc}") from None


def _ranges(entry: Mapping[str, Any]) -> AffectedRanges:
    ranges: list[list[tuple[str, Version]]] = []
    for raw in entry.get("ranges", []) or []:
        if raw.get("type") not in ("SEMVER", "ECOSYSTEM"):
            continue  # GIT ranges name commits, not crate versions
        events: list[tuple[str, Version]] = []
        for event in raw.get("events", []):
            for kind in ("introduced", "fixed", "last_affected", "limit"):
                if kind in event:
                    version = _version(event[kind])
                    if version is None:
                        version = Version(0, 0, 0, "0")
                    if kind != "limit":
                        events.append((kind, version))
        ranges.append(events)
    versions = [v for v in map(_version, entry.get("versions", []) or []) if v is not None]
    if not ranges and not versions:
        raise ValueError("affected entry has neither ranges nor versions")
    return AffectedRanges.from_osv_events(ranges, versions)


def _cvss(doc: Mapping[str, Any], entry_db: Mapping[str, Any]) -> Cvss | None:
    vector = entry_db.get("cvss")
    if not vector:
        for severity in doc.get("severity", []) or []:
            if severity.get("type") in ("CVSS_V3", "CVSS_V4"):
                vector = severity.get("score")
    return parse_cvss(vector) if isinstance(vector, str) and vector else None


def _build(doc: Any) -> list[Advisory]:
    if not isinstance(doc, dict):
        raise ValueError("an OSV record must be a JSON object")
    advisory_id = doc.get("id")
    if not isinstance(advisory_id, str) or not advisory_id:
        raise ValueError("missing 'id'")
    withdrawn = _timestamp(doc.get("withdrawn"), "withdrawn")
    published = _timestamp(doc.get("published"), "published")
    references = [r.get("url", "") for r in doc.get("references", []) or []]
    advisory_url = next(
        (r.get("url") for r in doc.get("references", []) or [] if r.get("type") == "ADVISORY"),
        None,
    )
    summary = doc.get("summary") or ""
    details = doc.get("details") or ""
    advisories = []
    for entry in doc.get("affected", []) or []:
        package = entry.get("package", {})
        if package.get("ecosystem") != _ECOSYSTEM:
            continue
        eco = entry.get("ecosystem_specific") or {}
        affects = eco.get("affects") or {}
        db = entry.get("database_specific") or {}
        functions = tuple(FunctionRanges(str(f), ()) for f in affects.get("functions", []) or [])
        informational = db.get("informational")
        categories = tuple(db.get("categories") or ())
        advisories.append(
            Advisory(
                id=AdvisoryId(advisory_id),
                package=CrateName(str(package["name"])),
                title=summary or details.split("\n", 1)[0][:120] or advisory_id,
                ranges=_ranges(entry),
                date=published.date() if published else None,
                description=details,
                aliases=tuple(doc.get("aliases", []) or ()),
                related=tuple(doc.get("related", []) or ()),
                url=advisory_url,
                references=tuple(r for r in references if r),
                categories=categories,
                cvss=_cvss(doc, db),
                informational=str(informational) if informational else None,
                withdrawn=withdrawn.date() if withdrawn else None,
                affected_os=tuple(affects.get("os", []) or ()),
                affected_arch=tuple(affects.get("arch", []) or ()),
                affected_functions=functions,
                source="osv",
            )
        )
    return advisories
