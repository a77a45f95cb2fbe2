"""The ecosystem's statistics: how much of a registry uses ``unsafe``, depends on a crate
that does, has build scripts, procedural macros, FFI, network or process capabilities,
and how that changed by year of publication.

Two inputs, joined by (crate, version): the facts the scans recorded for each version
(``scan/facts.py``, kept with the screenings of the service's store) and, for the
dependency questions, the registry graph of an ecosystem store. A version's
dependencies are its normal and build dependencies that are not optional, each
requirement taken at the newest version it selects that is not yanked (as
``ecosystem dependencies`` resolves them); "depends on unsafe" is any such dependency,
direct or further down, whose own scan found ``unsafe``. A dependency version that was
not scanned counts as not using ``unsafe``: the dependency shares are lower bounds, and
the share of resolved dependencies that were scanned is reported beside them.

Shares are over the versions whose scan was complete; "latest" takes each crate's
latest scanned version (its highest release not yanked, else its highest version).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import numpy as np

from cratewatch.ecosystem.queries import reaching, resolved_edges
from cratewatch.model.package import normalize_crate_name
from cratewatch.model.scan import CRATE_FACTS
from cratewatch.model.version import Version, latest_rank

if TYPE_CHECKING:
    from cratewatch.ecosystem.store import Store

__all__ = ["COLUMNS", "PAINTER", "EcosystemStats", "FactRow", "ecosystem_stats"]

#: what the graph adds to each version's own facts
DEPENDENCY_COLUMNS: Final = ("depends_on_unsafe_directly", "depends_on_unsafe")
COLUMNS: Final = (*CRATE_FACTS, *DEPENDENCY_COLUMNS)
_UNSAFE: Final = 1 << CRATE_FACTS.index("unsafe")

#: the Rust Foundation's Painter, May 2024 ("Unsafe Rust in the Wild"): of crates.io's
#: significant crates, the share that use unsafe, and that make a direct function call
#: into another crate that does
PAINTER: Final = {"unsafe": 19.11, "calls_into_unsafe": 34.35}


class FactRow(NamedTuple):
    """One screened version: ``facts`` as recorded (None: its scan failed)."""

    name: str
    version: str
    published: dt.datetime | None
    yanked: bool
    facts: Mapping[str, Any] | None


class EcosystemStats(NamedTuple):
    screened: int  # versions with a screening
    complete: int  # of those, with a complete scan: the denominators
    crates: int  # crates with a complete scan
    all_versions: dict[str, int]  # column -> versions with it
    latest: dict[str, int]  # column -> crates whose latest version has it
    by_year: dict[int | None, tuple[int, dict[str, int]]]  # year -> (versions, counts)
    graph: dict[str, Any] | None  # the ecosystem store's coverage; None: no graph given


def ecosystem_stats(rows: Iterable[FactRow], graph: Store | None = None) -> EcosystemStats:
    """The statistics of the screened versions ``rows`` (read once, each kept as a few
    bits), with the dependency columns when ``graph`` (an ecosystem store of the same
    registry) is given."""
    screened = 0
    usable: list[_Row] = []
    for row in rows:
        screened += 1
        if row.facts is not None and row.facts.get("complete") is True:
            bits = sum(1 << i for i, column in enumerate(CRATE_FACTS) if row.facts.get(column))
            year = row.published.year if row.published is not None else None
            usable.append(_Row(row.name, row.version, year, row.yanked, bits))
    flags = {c: [bool(r.bits >> i & 1) for r in usable] for i, c in enumerate(CRATE_FACTS)}
    coverage: dict[str, Any] | None = None
    if graph is not None:
        direct, anywhere, coverage = _dependency_columns(usable, graph)
        flags["depends_on_unsafe_directly"], flags["depends_on_unsafe"] = direct, anywhere
    columns = [c for c in COLUMNS if c in flags]
    latest = _latest_rows(usable)
    by_year: dict[int | None, tuple[int, dict[str, int]]] = {}
    for i, kept in enumerate(usable):
        empty: dict[str, int] = dict.fromkeys(columns, 0)
        count, counts = by_year.get(kept.year, (0, empty))
        for c in columns:
            counts[c] += flags[c][i]
        by_year[kept.year] = (count + 1, counts)
    return EcosystemStats(
        screened=screened,
        complete=len(usable),
        crates=len(latest),
        all_versions={c: sum(flags[c]) for c in columns},
        latest={c: sum(flags[c][i] for i in latest) for c in columns},
        by_year=dict(sorted(by_year.items(), key=lambda item: (item[0] is None, item[0] or 0))),
        graph=coverage,
    )


class _Row(NamedTuple):
    """A usable row, compact: a registry has millions."""

    name: str
    version: str
    year: int | None
    yanked: bool
    bits: int  # bit i: CRATE_FACTS[i]


def _latest_rows(rows: list[_Row]) -> list[int]:
    """The index of each crate's latest row: its highest release not yanked, else its
    highest version."""
    best: dict[str, tuple[tuple[bool, bool, Version], int]] = {}
    for i, row in enumerate(rows):
        try:
            version = Version.parse(row.version)
        except ValueError:
            continue
        rank = latest_rank(version, row.yanked)
        crate = normalize_crate_name(row.name)
        if crate not in best or rank > best[crate][0]:
            best[crate] = (rank, i)
    return sorted(i for _, i in best.values())


def _dependency_columns(
    rows: list[_Row], store: Store
) -> tuple[list[bool], list[bool], dict[str, Any]]:
    """Per row: a direct dependency uses unsafe; any dependency does. And the coverage:
    rows found in the graph, resolved dependency edges, those to scanned versions."""
    unsafe_version = np.zeros(store.version_count, dtype=bool)
    scanned = np.zeros(store.version_count, dtype=bool)
    position: list[int] = []
    versions_of: dict[str, dict[str, int]] = {}
    for row in rows:
        crate = normalize_crate_name(row.name)
        if crate not in versions_of:
            c = store.crate_id(row.name)
            known = store.crate_versions(c) if c is not None else range(0)
            versions_of[crate] = {store.version_text(v): v for v in known}
        v = versions_of[crate].get(row.version)
        position.append(-1 if v is None else v)
        if v is not None:
            scanned[v] = True
            unsafe_version[v] = bool(row.bits & _UNSAFE)
    sources, targets = resolved_edges(store)
    direct_hit = np.zeros(store.version_count, dtype=bool)
    direct_hit[sources[unsafe_version[targets]]] = True
    reaches = reaching(direct_hit, sources, targets)
    found = [p for p in position if p >= 0]
    from_found = np.isin(sources, np.asarray(found, dtype=np.int64))
    coverage = {
        "versions": store.version_count,
        "screened_in_graph": len(found),
        "dependencies": int(from_found.sum()),
        "dependencies_scanned": int(scanned[targets[from_found]].sum()),
    }
    direct = [p >= 0 and bool(direct_hit[p]) for p in position]
    anywhere = [p >= 0 and bool(reaches[p]) for p in position]
    return direct, anywhere, coverage
