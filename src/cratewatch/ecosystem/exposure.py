"""Which published versions an advisory reaches, at version precision.

A version is exposed if it is an affected version of the advisory's crate, or if one of
its normal or build dependencies (optional and target-specific ones included, dev ones
never) has a requirement that selects at least one exposed version of the crate it
names. The exposed set is the least fixed point of that rule, computed as a
breadth-first search from the affected versions: round ``k`` looks only at the
dependency rows naming a crate that gained exposed versions in round ``k - 1``, and
tests all of them at once with prefix sums over the store's version order (a row
selects a run of positions, so "does it select an exposed version" is one subtraction).
The round in which a version is reached is the length of its shortest chain, and the
row that reached it is kept, so one shortest chain can be printed for any version.

Modes narrow which rows count: ``conservative`` follows every optional dependency,
``no-optional`` none; the feature-aware mode lives in ``features.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from cratewatch.ecosystem.arrays import concat_ranges, unique, unique_first
from cratewatch.ecosystem.exposure_rules import (
    BoolArray,
    Exposure,
    ExposureOptions,
    IntArray,
    Mode,
    Progress,
    eligible_versions,
    usable_rows,
)
from cratewatch.ecosystem.features import propagate_features
from cratewatch.ecosystem.store import VERSION_INVALID, VERSION_LATEST, VERSION_PRERELEASE, Store

__all__ = [
    "ChainLink",
    "Exposure",
    "ExposureOptions",
    "Mode",
    "affected_mask",
    "chain",
    "direct_dependent_crates",
    "exposed_crates",
    "latest_exposed_crates",
    "propagate",
    "selects_exposed",
]


class ChainLink(NamedTuple):
    """One step of a chain: ``version`` depends through dependency row ``row`` (-1 on the
    last link: an affected version) on the next link's version."""

    version: int
    row: int


def affected_mask(store: Store, crate: int, affects: Callable[[str], bool]) -> BoolArray:
    """The versions of ``crate`` for which ``affects(version text)`` holds.

    A version that is not valid SemVer is never affected: an advisory's ranges are
    SemVer intervals, and such a version has no place in them."""
    mask = np.zeros(store.version_count, dtype=bool)
    nums = store.texts("version_nums")
    flags = store.ver_flags
    for v in store.crate_versions(crate):
        mask[v] = not flags[v] & VERSION_INVALID and affects(nums[v])
    return mask


def selects_exposed(store: Store, rows: IntArray, exposed: BoolArray) -> BoolArray:
    """For each row: does its requirement select at least one ``exposed`` version?"""
    release = (np.asarray(store.ver_flags) & VERSION_PRERELEASE) == 0
    zero = np.zeros(1, dtype=np.int64)
    count_release = np.concatenate([zero, np.cumsum(exposed & release, dtype=np.int64)])
    count_all = np.concatenate([zero, np.cumsum(exposed, dtype=np.int64)])
    lo, hi = np.asarray(store.dep_lo)[rows], np.asarray(store.dep_hi)[rows]
    pre_lo, pre_hi = np.asarray(store.dep_pre_lo)[rows], np.asarray(store.dep_pre_hi)[rows]
    hit: BoolArray = (count_release[hi] > count_release[lo]) | (
        count_all[pre_hi] > count_all[pre_lo]
    )
    return hit


def propagate(
    store: Store,
    crate: int,
    affected: BoolArray,
    options: ExposureOptions,
    progress: Progress | None = None,
) -> Exposure:
    """The fixed point from ``affected``; ``progress`` follows the feature-aware search,
    the one that takes seconds (the others answer in a fraction of one)."""
    if options.mode is Mode.FEATURES:
        return propagate_features(store, crate, affected, options, progress)
    eligible = eligible_versions(store, options, affected)
    usable = usable_rows(store, options, eligible)
    seeds = affected & eligible
    exposed = seeds.copy()
    level = np.where(seeds, 0, -1).astype(np.int32)
    via = np.full(store.version_count, -1, dtype=np.int32)
    dep_from = np.asarray(store.dep_from)
    ver_crate = np.asarray(store.ver_crate)
    row_start = np.asarray(store.row_starts())

    frontier = unique(ver_crate[seeds])
    k = 0
    while frontier.size:
        k += 1
        rows = concat_ranges(row_start[frontier], row_start[frontier + 1])
        rows = rows[usable[rows]]
        rows = rows[~exposed[dep_from[rows]]]
        rows = rows[selects_exposed(store, rows, exposed)]
        if not rows.size:
            break
        reached, first = unique_first(dep_from[rows])
        exposed[reached] = True
        level[reached] = k
        via[reached] = rows[first]
        frontier = unique(ver_crate[reached])
    return Exposure(crate, seeds, exposed, level, via)


def chain(store: Store, exposure: Exposure, version: int) -> list[ChainLink]:
    """One shortest chain from ``version`` down to an affected version ([] if unexposed).

    In the feature-aware mode, later steps may be versions exposed only with a feature
    that the step before asks for."""
    if not exposure.exposed[version]:
        return []
    links: list[ChainLink] = []
    current = version
    while exposure.level[current] > 0:
        row = int(exposure.via[current])
        links.append(ChainLink(current, row))
        current = _lowest_level_selected(store, exposure, row)
    links.append(ChainLink(current, -1))
    return links


def _lowest_level_selected(store: Store, exposure: Exposure, row: int) -> int:
    """The exposed version selected by ``row`` that is closest to the affected ones."""
    lo, hi = int(store.dep_lo[row]), int(store.dep_hi[row])
    candidates = np.arange(lo, hi)
    candidates = candidates[(np.asarray(store.ver_flags[lo:hi]) & VERSION_PRERELEASE) == 0]
    pre = np.arange(int(store.dep_pre_lo[row]), int(store.dep_pre_hi[row]))
    candidates = np.concatenate([candidates, pre])
    levels = exposure.level[candidates]
    candidates, levels = candidates[levels >= 0], levels[levels >= 0]
    # Ties: the newest such version, the one a fresh resolution would pick.
    best = candidates[levels == levels.min()]
    return int(best.max())


def exposed_crates(store: Store, exposure: Exposure) -> IntArray:
    """Crates with an exposed version, the advisory's own crate left out."""
    crates = unique(np.asarray(store.ver_crate)[exposure.exposed])
    result: IntArray = crates[crates != exposure.crate].astype(np.int64)
    return result


def latest_exposed_crates(store: Store, exposure: Exposure) -> IntArray:
    """Crates whose latest version is exposed (own crate left out)."""
    latest = (np.asarray(store.ver_flags) & VERSION_LATEST) != 0
    crates = unique(np.asarray(store.ver_crate)[exposure.exposed & latest])
    result: IntArray = crates[crates != exposure.crate].astype(np.int64)
    return result


def direct_dependent_crates(store: Store, exposure: Exposure, options: ExposureOptions) -> IntArray:
    """Crates with a version whose normal or build requirement on the advisory's crate
    selects an affected version."""
    rows = np.arange(
        store.rows_on_crate(exposure.crate).start, store.rows_on_crate(exposure.crate).stop
    )
    eligible = eligible_versions(store, options, exposure.affected)
    rows = rows[usable_rows(store, options, eligible)[rows]]
    rows = rows[selects_exposed(store, rows, exposure.affected)]
    sources = np.asarray(store.dep_from)[rows]
    if options.mode is Mode.FEATURES:
        sources = sources[exposure.exposed[sources]]  # only where the dependency is built
    crates = unique(np.asarray(store.ver_crate)[sources])
    result: IntArray = crates[crates != exposure.crate].astype(np.int64)
    return result
