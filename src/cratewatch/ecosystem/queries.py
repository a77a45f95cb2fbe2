"""Who depends on a crate, what a crate depends on, and the crate graph for ranking."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from cratewatch.ecosystem.arrays import concat_ranges, unique
from cratewatch.ecosystem.store import (
    DEP_BUILD,
    DEP_DEV,
    DEP_EXTRA,
    DEP_OPTIONAL,
    VERSION_LATEST,
    VERSION_PRERELEASE,
    VERSION_YANKED,
    Store,
)

__all__ = [
    "Dependency",
    "Dependent",
    "crate_graph",
    "dependencies_of",
    "dependents_of",
    "kind_name",
    "reaching",
    "resolved_edges",
    "transitive_dependents",
]

IntArray = NDArray[np.int64]


class Dependent(NamedTuple):
    crate: str
    versions: int  # how many of its versions declare the dependency
    latest: bool  # does its latest version declare it?
    requirement: str  # as declared by its newest declaring version
    kind: str


class Dependency(NamedTuple):
    name: str  # as the dependent writes it (differs from crate when renamed)
    crate: str
    requirement: str
    kind: str
    optional: bool
    target: str
    resolves_to: str | None  # newest non-yanked version the requirement selects
    depth: int  # 1 for direct dependencies


def kind_name(flags: int) -> str:
    return "dev" if flags & DEP_DEV else "build" if flags & DEP_BUILD else "normal"


def _rows_selecting(store: Store, rows: IntArray, version: int) -> IntArray:
    """The rows whose requirement selects ``version``."""
    prerelease = bool(store.ver_flags[version] & VERSION_PRERELEASE)
    if prerelease:
        keep = (store.dep_pre_lo[rows] <= version) & (version < store.dep_pre_hi[rows])
    else:
        keep = (store.dep_lo[rows] <= version) & (version < store.dep_hi[rows])
    selected: IntArray = rows[keep]
    return selected


def dependents_of(
    store: Store, crate: int, *, version: int | None = None, include_dev: bool = False
) -> list[Dependent]:
    """Crates that declare a dependency on ``crate`` (on ``version`` of it, if given)."""
    span = store.rows_on_crate(crate)
    rows = np.arange(span.start, span.stop, dtype=np.int64)
    if not include_dev:
        rows = rows[(np.asarray(store.dep_flags)[rows] & DEP_DEV) == 0]
    if version is not None:
        rows = _rows_selecting(store, rows, version)
    sources = np.asarray(store.dep_from)[rows]
    crates = np.asarray(store.ver_crate)[sources]
    keep = crates != crate
    rows, sources, crates = rows[keep], sources[keep], crates[keep]
    # Group by dependent crate, each group in version order: one pass, no loop per row.
    order = np.lexsort((sources, crates))
    rows, sources, crates = rows[order], sources[order], crates[order]
    if not rows.size:
        return []
    starts = np.flatnonzero(np.concatenate([[True], crates[1:] != crates[:-1]]))
    new_version = np.concatenate([[True], sources[1:] != sources[:-1]])
    versions = np.add.reduceat(new_version.astype(np.int64), starts)
    latest = np.maximum.reduceat(np.asarray(store.ver_flags)[sources] & VERSION_LATEST, starts)
    newest = np.concatenate([starts[1:], [len(rows)]]) - 1  # the newest declaring version
    names, reqs = store.crate_names, store.texts("dep_reqs")
    return [
        Dependent(
            crate=names[c],
            versions=n,
            latest=bool(is_latest),
            requirement=reqs[int(store.dep_req[row])],
            kind=kind_name(int(store.dep_flags[row])),
        )
        for c, n, is_latest, row in zip(
            crates[starts].tolist(),
            versions.tolist(),
            latest.tolist(),
            rows[newest].tolist(),
            strict=True,
        )
    ]


def transitive_dependents(store: Store, crate: int, *, latest_only: bool = False) -> IntArray:
    """Crates that reach ``crate`` through normal or build dependencies of any version
    (of their latest versions only, if asked); requirements are not matched here."""
    edges_from, edges_to = crate_graph(store, latest_only=latest_only)
    start = np.zeros(store.crate_count, dtype=bool)
    start[crate] = True
    seen = reaching(start, edges_from, edges_to)
    seen[crate] = False
    result: IntArray = np.flatnonzero(seen).astype(np.int64)
    return result


def reaching(
    start: NDArray[np.bool_], dependents: IntArray, dependencies: IntArray
) -> NDArray[np.bool_]:
    """``start`` and every node that reaches one of it along the edges (``dependents[i]``
    depends on ``dependencies[i]``), directly or further down: a fixed point over whole
    frontiers at a time."""
    order = np.argsort(dependencies, kind="stable")
    by_target, sources = dependencies[order], dependents[order]
    bounds = np.searchsorted(by_target, np.arange(len(start) + 1))
    seen = start.copy()
    frontier = np.flatnonzero(seen)
    while frontier.size:
        reached = unique(sources[concat_ranges(bounds[frontier], bounds[frontier + 1])])
        frontier = reached[~seen[reached]]
        seen[frontier] = True
    return seen


def resolved_edges(store: Store) -> tuple[IntArray, IntArray]:
    """(dependent version, dependency version) of every normal or build dependency that
    is not optional, each requirement at the newest version it selects that is not
    yanked (else its newest pre-release): ``_newest_selected`` for every row at once."""
    flags = np.asarray(store.ver_flags)
    good = (flags & (VERSION_PRERELEASE | VERSION_YANKED)) == 0
    index = np.arange(len(flags), dtype=np.int64)
    last_good = np.maximum.accumulate(np.where(good, index, -1)) if len(flags) else index
    dep_flags = np.asarray(store.dep_flags)
    rows = np.flatnonzero((dep_flags & (DEP_DEV | DEP_OPTIONAL | DEP_EXTRA)) == 0)
    lo, hi = np.asarray(store.dep_lo)[rows], np.asarray(store.dep_hi)[rows]
    pre_lo, pre_hi = np.asarray(store.dep_pre_lo)[rows], np.asarray(store.dep_pre_hi)[rows]
    chosen = np.full(len(rows), -1, dtype=np.int64)
    has = hi > lo
    chosen[has] = last_good[hi[has] - 1]
    chosen[chosen < lo] = -1
    fallback = (chosen < 0) & (pre_hi > pre_lo)
    chosen[fallback] = pre_hi[fallback] - 1
    keep = chosen >= 0
    return np.asarray(store.dep_from)[rows][keep].astype(np.int64), chosen[keep]


def crate_graph(store: Store, *, latest_only: bool = True) -> tuple[IntArray, IntArray]:
    """Distinct crate-level edges (dependent, dependency) from normal and build rows,
    of each crate's latest version (or of any version)."""
    rows = np.flatnonzero((np.asarray(store.dep_flags) & DEP_DEV) == 0)
    sources = np.asarray(store.dep_from)[rows]
    if latest_only:
        keep = (np.asarray(store.ver_flags)[sources] & VERSION_LATEST) != 0
        rows, sources = rows[keep], sources[keep]
    n = np.int64(store.crate_count)
    pairs = unique(
        np.asarray(store.ver_crate)[sources].astype(np.int64) * n + store.dep_crate[rows]
    )
    dependents, dependencies = pairs // n, pairs % n
    keep = dependents != dependencies
    return dependents[keep], dependencies[keep]


def dependencies_of(
    store: Store, version: int, *, transitive: bool = False, include_dev: bool = False
) -> list[Dependency]:
    """What ``version`` declares; with ``transitive``, also what those resolve to need,
    following normal and build dependencies that are not optional and taking for each
    requirement the newest non-yanked version it selects (a fresh resolution with
    default features, without Cargo's unification)."""
    names, reqs = store.crate_names, store.texts("dep_reqs")
    dep_names, targets = store.texts("dep_names"), store.texts("dep_targets")
    result: list[Dependency] = []
    seen = {version}
    frontier = [version]
    depth = 0
    while frontier:
        depth += 1
        following: list[int] = []
        rows = np.concatenate([store.rows_declared_by(v) for v in frontier])
        for row in rows:
            flags = int(store.dep_flags[row])
            if flags & DEP_EXTRA or (flags & DEP_DEV and not (include_dev and depth == 1)):
                continue
            chosen = _newest_selected(store, int(row))
            result.append(
                Dependency(
                    name=dep_names[int(store.dep_name[row])],
                    crate=names[int(store.dep_crate[row])],
                    requirement=reqs[int(store.dep_req[row])],
                    kind=kind_name(flags),
                    optional=bool(flags & DEP_OPTIONAL),
                    target=targets[int(store.dep_target[row])],
                    resolves_to=None if chosen is None else store.version_text(chosen),
                    depth=depth,
                )
            )
            follow = transitive and not flags & (DEP_OPTIONAL | DEP_DEV)
            if follow and chosen is not None and chosen not in seen:
                seen.add(chosen)
                following.append(chosen)
        frontier = following
    return result


def _newest_selected(store: Store, row: int) -> int | None:
    lo, hi = int(store.dep_lo[row]), int(store.dep_hi[row])
    flags = np.asarray(store.ver_flags[lo:hi])
    ok = np.flatnonzero((flags & (VERSION_PRERELEASE | VERSION_YANKED)) == 0)
    if ok.size:
        return lo + int(ok[-1])
    pre_lo, pre_hi = int(store.dep_pre_lo[row]), int(store.dep_pre_hi[row])
    return pre_hi - 1 if pre_hi > pre_lo else None
