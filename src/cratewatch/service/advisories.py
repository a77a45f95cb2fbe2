"""Advisories in the service: each new or changed advisory saved, with the versions of the
store it exposes, so that "who is exposed to RUSTSEC-X" is one query.

A stored version is exposed when the advisory affects it (its crate and version in the
advisory's ranges), or when its index line asks for a dependency whose requirement an
exposed version of that crate satisfies: the fixed point of that step over the store's
versions (conservatively: optional dependencies count, as ``ecosystem exposure`` counts
them in its default mode). Versions without an index line (an inbox file, a submitted
archive) are exposed directly only. For the whole registry's graph at scale, the
``ecosystem`` store is the tool; this is what the service itself has seen.

A withdrawn advisory exposes nothing and is kept, marked withdrawn.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from cratewatch.errors import VersionError
from cratewatch.model.package import normalize_crate_name
from cratewatch.model.version import Version, VersionReq

if TYPE_CHECKING:
    from cratewatch.model.advisory import Advisory
    from cratewatch.service.store import Store, VersionRow

__all__ = ["SyncResult", "advisory_data", "exposed_versions", "sync_advisories"]


class SyncResult(NamedTuple):
    saved: tuple[str, ...]  # advisories new or changed in the store, by id
    exposures: Mapping[str, int]  # of those, how many versions each exposes


def advisory_data(advisory: Advisory) -> dict[str, Any]:
    """What the store keeps of an advisory (its JSON document)."""
    return {
        "id": advisory.id,
        "package": advisory.package,
        "title": advisory.title,
        "kind": advisory.kind.value,
        "date": advisory.date.isoformat() if advisory.date else None,
        "aliases": list(advisory.aliases),
        "url": advisory.url,
        "withdrawn": advisory.withdrawn.isoformat() if advisory.withdrawn else None,
        "patched": list(advisory.patched),
        "unaffected": list(advisory.unaffected),
        "expect_deleted": advisory.expect_deleted,
    }


def exposed_versions(advisory: Advisory, rows: Iterable[VersionRow]) -> set[tuple[str, str]]:
    """(crate, version) of ``rows`` the advisory exposes, directly or by dependency."""
    if advisory.is_withdrawn:
        return set()
    target = normalize_crate_name(advisory.package)
    requirements: dict[tuple[str, str], list[tuple[str, VersionReq]]] = {}
    parsed: dict[tuple[str, str], Version] = {}
    exposed: set[tuple[str, str]] = set()
    for row in rows:
        key = (normalize_crate_name(row.key.name), row.key.version)
        try:
            parsed[key] = Version.parse(row.key.version)
        except VersionError:
            continue  # not SemVer: no requirement selects it, no range holds it
        if key[0] == target and advisory.affects(parsed[key]):
            exposed.add(key)
        requirements[key] = _requirements(row.index_line)
    frontier = set(exposed)
    while frontier:
        by_crate: dict[str, list[Version]] = {}
        for crate, version in frontier:
            by_crate.setdefault(crate, []).append(parsed[(crate, version)])
        frontier = set()
        for key, deps in requirements.items():
            if key in exposed:
                continue
            for crate, req in deps:
                if any(req.matches(v) for v in by_crate.get(crate, ())):
                    frontier.add(key)
                    break
        exposed |= frontier
    return exposed


def _requirements(index_line: str | None) -> list[tuple[str, VersionReq]]:
    """The dependencies an index line asks for, by canonical crate name (the ``package``
    of a renamed one), with their requirements; a line that does not parse asks none."""
    if not index_line:
        return []
    try:
        record = json.loads(index_line)
    except (ValueError, RecursionError):
        return []
    found = []
    for dep in record.get("deps", []) if isinstance(record, dict) else []:
        if not isinstance(dep, dict) or dep.get("kind") == "dev":
            continue
        name = dep.get("package") or dep.get("name")
        req = dep.get("req")
        if isinstance(name, str) and isinstance(req, str):
            try:
                found.append((normalize_crate_name(name), VersionReq.parse(req)))
            except VersionError:
                continue
    return found


def sync_advisories(
    store: Store, advisories: Iterable[Advisory], *, notify_channels: tuple[str, ...] = ()
) -> SyncResult:
    """Save every advisory whose document changed, with its exposure among the store's
    versions; a new advisory that exposes versions queues a notification per channel."""
    saved: list[str] = []
    counts: dict[str, int] = {}
    everything: list[VersionRow] | None = None  # read once, and only when needed
    for advisory in advisories:
        data = advisory_data(advisory)
        before = store.advisory(advisory.id)
        if before == data:
            continue
        store.save_advisory(advisory.id, data)
        # Dependents are exposed only through an exposed version of the crate itself:
        # most advisories expose none of the store's versions, and cost one query.
        exposed = exposed_versions(advisory, store.crate_history(advisory.package))
        if exposed:
            everything = everything if everything is not None else _every_version(store)
            exposed = exposed_versions(advisory, everything)
        counts[advisory.id] = store.set_exposures(advisory.id, exposed)
        saved.append(advisory.id)
        if before is None and exposed:
            for channel in notify_channels:
                store.notify(
                    f"advisory {advisory.id} {channel}",
                    channel,
                    {
                        "kind": "advisory-exposure",
                        "advisory": advisory.id,
                        "crate": advisory.package,
                        "title": advisory.title,
                        "exposed": len(exposed),
                    },
                )
    return SyncResult(tuple(saved), counts)


def _every_version(store: Store) -> list[VersionRow]:
    rows: list[VersionRow] = []
    cursor: str | None = None
    while True:
        page = store.versions(limit=1000, cursor=cursor)
        rows += page.items
        if page.cursor is None:
            return rows
        cursor = page.cursor
