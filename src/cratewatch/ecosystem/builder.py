"""Turn a registry graph read from any source into store tables.

Sources (an index, a database dump) only collect what they read into a ``RawGraph``:
crates, versions in any order, dependency rows pointing at versions and crates by
position, and the distinct requirement / feature / name / target texts. This module
does the work common to all of them: it sorts crates by name and each crate's versions
by precedence, marks the latest version, and resolves every requirement to the
positions of the versions it selects (see ``requirements.py``), all with array
operations so that 20 million rows take seconds.

A version that is not valid SemVer (``0.3.0-alpha.01``: Cargo rejects the leading
zero, though crates.io once accepted it) was still published and can still depend on
an exposed crate, so it is kept, flagged ``VERSION_INVALID``, and sorted after the
crate's valid versions (by text among themselves). It has no precedence, so no
requirement selects it: its triple rank is past every real one, outside every run.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from cratewatch.ecosystem.arrays import unique
from cratewatch.ecosystem.requirements import Triple, pre_release_triples, release_interval
from cratewatch.ecosystem.store import (
    DEP_BUILD,
    DEP_DEFAULT_FEATURES,
    DEP_DEV,
    DEP_EXTRA,
    DEP_OPTIONAL,
    DEP_TARGETED,
    VERSION_INVALID,
    VERSION_LATEST,
    VERSION_PRERELEASE,
    VERSION_YANKED,
    StoreTables,
)
from cratewatch.errors import VersionError
from cratewatch.model.version import Version, VersionReq

__all__ = ["RawGraph", "build_tables"]

Progress = Callable[[str], None]


class RawGraph(NamedTuple):
    """A registry graph as a source read it; positions refer to these lists.

    ``dep_kind`` is 0 normal, 1 build, 2 dev. ``owner_of`` pairs crate positions with
    owner positions. Download arrays are ``None`` when the source has no counts.
    """

    crate_names: list[str]
    crate_downloads: NDArray[np.int64] | None
    crate_created: NDArray[np.int64] | None  # Unix seconds; None when the source has no dates
    owner_names: list[str]
    owner_crate: NDArray[np.int64]
    owner_id: NDArray[np.int64]
    ver_crate: NDArray[np.int64]
    ver_nums: list[str]
    ver_yanked: NDArray[np.bool_]
    ver_features: list[str]
    ver_downloads: NDArray[np.int64] | None
    dep_from: NDArray[np.int64]
    dep_crate: NDArray[np.int64]
    dep_kind: NDArray[np.int8]
    dep_optional: NDArray[np.bool_]
    dep_default_features: NDArray[np.bool_]
    dep_req: NDArray[np.int64]
    dep_name: NDArray[np.int64]
    dep_features: NDArray[np.int64]
    dep_target: NDArray[np.int64]
    req_texts: list[str]
    name_texts: list[str]
    feature_texts: list[str]
    target_texts: list[str]
    # the version's `license` as published ("" unknown: an index has none); None: no source
    ver_licenses: list[str] | None = None


def build_tables(
    raw: RawGraph, meta: dict[str, Any], progress: Progress | None = None
) -> StoreTables:
    """Sort, validate and resolve ``raw`` into the tables of a store; ``meta`` gains counts."""
    say = progress or (lambda _stage: None)

    # Crates sorted by name, so stores from the same data are identical.
    crate_order = np.array(
        sorted(range(len(raw.crate_names)), key=raw.crate_names.__getitem__), dtype=np.int64
    )
    crate_new = np.empty_like(crate_order)
    crate_new[crate_order] = np.arange(len(crate_order))
    crate_names = [raw.crate_names[i] for i in crate_order]
    n_crates = len(crate_names)

    say("parsing versions")
    parsed = _parse_versions(raw.ver_nums)
    triples, version_rank, triple_rank = _ranks(parsed, raw.ver_nums)

    say("sorting versions")
    ver_crate_all = crate_new[raw.ver_crate]
    order = np.lexsort((version_rank, ver_crate_all))
    position = np.empty(len(parsed), dtype=np.int64)
    position[order] = np.arange(len(order))
    ver_crate = ver_crate_all[order].astype(np.int32)
    ver_triple = triple_rank[order]
    crate_start = np.searchsorted(ver_crate, np.arange(n_crates + 1), side="left").astype(np.int64)

    yanked = raw.ver_yanked[order]
    invalid = np.fromiter((parsed[i] is None for i in order), dtype=bool, count=len(order))
    prerelease = np.fromiter(
        (bool(v.pre) if (v := parsed[i]) is not None else False for i in order),
        dtype=bool,
        count=len(order),
    )
    flags = (
        yanked * VERSION_YANKED + prerelease * VERSION_PRERELEASE + invalid * VERSION_INVALID
    ).astype(np.uint8)
    flags |= _latest_flags(crate_start, yanked | prerelease | invalid)

    say("resolving requirements")
    keep_row = raw.dep_crate >= 0
    dep_from = position[raw.dep_from[keep_row]]
    dep_crate = crate_new[raw.dep_crate[keep_row]]
    dep_req = raw.dep_req[keep_row]
    req_low, req_high, req_pre, bad_reqs = _requirement_ranks(raw.req_texts, triples)
    stride = np.int64(len(triples) + 1)
    comp = ver_crate.astype(np.int64) * stride + ver_triple
    base = dep_crate * stride
    dep_lo = np.searchsorted(comp, base + req_low[dep_req], side="left")
    dep_hi = np.searchsorted(comp, base + req_high[dep_req], side="left")
    dep_hi = np.maximum(dep_hi, dep_lo)
    dep_pre_lo, dep_pre_hi, extra = _pre_release_ranges(
        dep_crate, dep_req, req_pre, raw.req_texts, crate_start, parsed, order
    )

    kind = raw.dep_kind[keep_row]
    dep_flags = (
        (kind == 1) * DEP_BUILD
        + (kind == 2) * DEP_DEV
        + raw.dep_optional[keep_row] * DEP_OPTIONAL
        + raw.dep_default_features[keep_row] * DEP_DEFAULT_FEATURES
        + (raw.dep_target[keep_row] != _empty_id(raw.target_texts)) * DEP_TARGETED
    ).astype(np.uint8)
    dep_name = raw.dep_name[keep_row]
    dep_feature_ids = raw.dep_features[keep_row]
    dep_target = raw.dep_target[keep_row]
    if extra:
        # A requirement naming pre-releases of several versions selects several runs of
        # pre-releases; each run after the first gets a continuation row (DEP_EXTRA) that
        # selects no release, so every row still selects contiguous runs.
        source = np.array([row for row, _, _ in extra], dtype=np.int64)
        take = np.concatenate([np.arange(len(dep_from)), source])
        dep_from, dep_crate, dep_req = dep_from[take], dep_crate[take], dep_req[take]
        dep_name, dep_feature_ids, dep_target = (
            dep_name[take],
            dep_feature_ids[take],
            dep_target[take],
        )
        kind = kind[take]
        dep_flags = dep_flags[take]
        dep_flags[-len(extra) :] |= DEP_EXTRA
        dep_lo = np.concatenate([dep_lo, np.zeros(len(extra), dtype=np.int64)])
        dep_hi = np.concatenate([dep_hi, np.zeros(len(extra), dtype=np.int64)])
        dep_pre_lo = np.concatenate([dep_pre_lo, [lo for _, lo, _ in extra]])
        dep_pre_hi = np.concatenate([dep_pre_hi, [hi for _, _, hi in extra]])

    say("sorting dependencies")
    row_order = np.lexsort((dep_from, dep_crate))
    dependents = _dependent_counts(n_crates, dep_crate, ver_crate[dep_from], kind != 2)

    owner_crate = crate_new[raw.owner_crate]
    owner_order = np.lexsort((raw.owner_id, owner_crate))
    owner_start = np.searchsorted(
        owner_crate[owner_order], np.arange(n_crates + 1), side="left"
    ).astype(np.int64)

    def downloads(values: NDArray[np.int64] | None, count: int) -> NDArray[np.int64]:
        return np.zeros(count, dtype=np.int64) if values is None else values.astype(np.int64)

    crate_downloads = downloads(raw.crate_downloads, len(raw.crate_names))[crate_order]
    crate_created = downloads(raw.crate_created, len(raw.crate_names))[crate_order]
    ver_downloads = downloads(raw.ver_downloads, len(parsed))[order]
    if raw.crate_downloads is None and raw.ver_downloads is not None:
        crate_downloads = np.bincount(ver_crate, weights=ver_downloads, minlength=n_crates)
        crate_downloads = crate_downloads.astype(np.int64)

    meta.update(
        crates=n_crates,
        versions=len(order),
        dependencies=len(row_order),
        invalid_versions=int(invalid.sum()),
        invalid_requirements=bad_reqs,
        has_downloads=raw.crate_downloads is not None or raw.ver_downloads is not None,
        has_owners=len(raw.owner_names) > 0,
        has_dates=raw.crate_created is not None,
    )
    texts = {
        "crate_names": crate_names,
        "owner_names": raw.owner_names,
        "version_nums": [raw.ver_nums[i] for i in order],
        "version_features": [raw.ver_features[i] for i in order],
        "version_licenses": [raw.ver_licenses[i] for i in order]
        if raw.ver_licenses is not None
        else [""] * len(order),
        "dep_reqs": raw.req_texts,
        "dep_names": raw.name_texts,
        "dep_features": raw.feature_texts,
        "dep_targets": raw.target_texts,
    }
    arrays: dict[str, NDArray[Any]] = {
        "crate_downloads": crate_downloads,
        "crate_created": crate_created,
        "crate_dependents": dependents,
        "crate_owner_start": owner_start,
        "crate_owner_ids": raw.owner_id[owner_order].astype(np.int32),
        "ver_crate": ver_crate,
        "ver_flags": flags,
        "ver_downloads": ver_downloads,
        "crate_start": crate_start,
        "dep_from": dep_from[row_order].astype(np.int32),
        "dep_crate": dep_crate[row_order].astype(np.int32),
        "dep_flags": dep_flags[row_order],
        "dep_req": dep_req[row_order].astype(np.int32),
        "dep_name": dep_name[row_order].astype(np.int32),
        "dep_features": dep_feature_ids[row_order].astype(np.int32),
        "dep_target": dep_target[row_order].astype(np.int32),
        "dep_lo": dep_lo[row_order].astype(np.int32),
        "dep_hi": dep_hi[row_order].astype(np.int32),
        "dep_pre_lo": dep_pre_lo[row_order].astype(np.int32),
        "dep_pre_hi": dep_pre_hi[row_order].astype(np.int32),
    }
    return StoreTables(texts, arrays, meta)


def _parse_versions(nums: list[str]) -> list[Version | None]:
    cache: dict[str, Version | None] = {}
    result: list[Version | None] = []
    for num in nums:
        found = cache.get(num, False)
        if found is False:
            try:
                found = Version.parse(num).without_build()
            except VersionError:
                found = None
            cache[num] = found
        result.append(found)  # type: ignore[arg-type]
    return result


def _ranks(
    parsed: list[Version | None], nums: list[str]
) -> tuple[list[Triple], NDArray[np.int64], NDArray[np.int64]]:
    """Sorted distinct triples, and per version its precedence rank and triple rank.

    Invalid versions rank after every valid one (by text among themselves), and their
    triple rank is ``len(triples)``, past every real triple."""
    distinct = sorted({v for v in parsed if v is not None}, key=lambda v: v.precedence)
    rank_of: dict[Version | str, int] = {v: i for i, v in enumerate(distinct)}
    invalid = sorted({num for num, v in zip(nums, parsed, strict=True) if v is None})
    rank_of.update((num, len(distinct) + i) for i, num in enumerate(invalid))
    triples = sorted({(v.major, v.minor, v.patch) for v in distinct})
    triple_of = {t: i for i, t in enumerate(triples)}
    version_rank = np.fromiter(
        (rank_of[num if v is None else v] for v, num in zip(parsed, nums, strict=True)),
        dtype=np.int64,
        count=len(parsed),
    )
    past = len(triples)
    triple_rank = np.fromiter(
        (past if v is None else triple_of[(v.major, v.minor, v.patch)] for v in parsed),
        dtype=np.int64,
        count=len(parsed),
    )
    return triples, version_rank, triple_rank


def _latest_flags(crate_start: NDArray[np.int64], unstable: NDArray[np.bool_]) -> NDArray[Any]:
    """``VERSION_LATEST`` on each crate's highest stable version, else its highest version."""
    n = len(unstable)
    flags = np.zeros(n, dtype=np.uint8)
    if n == 0:
        return flags
    index = np.arange(n, dtype=np.int64)
    stable_index = np.where(unstable, -1, index)
    ends = crate_start[1:]
    starts = crate_start[:-1]
    nonempty = ends > starts
    # Highest stable position per crate: a running maximum read at each crate's end.
    running = np.maximum.accumulate(stable_index)
    best = running[ends[nonempty] - 1]
    best = np.where(best >= starts[nonempty], best, ends[nonempty] - 1)
    flags[best] = VERSION_LATEST
    return flags


def _requirement_ranks(
    reqs: list[str], triples: list[Triple]
) -> tuple[NDArray[np.int64], NDArray[np.int64], list[frozenset[Triple]], int]:
    """Per distinct requirement: triple-rank bounds, pre-release triples, and #invalid."""
    low = np.zeros(len(reqs), dtype=np.int64)
    high = np.zeros(len(reqs), dtype=np.int64)
    pre: list[frozenset[Triple]] = []
    unbounded = len(triples)
    invalid = 0
    for i, text in enumerate(reqs):
        try:
            req = VersionReq.parse(text)
        except VersionError:
            invalid += 1
            pre.append(frozenset())
            continue  # selects nothing: low == high == 0
        lo, hi = release_interval(req)
        low[i] = bisect_left(triples, lo)
        high[i] = unbounded if hi is None else bisect_left(triples, hi)
        pre.append(pre_release_triples(req))
    return low, high, pre, invalid


def _pre_release_ranges(
    dep_crate: NDArray[np.int64],
    dep_req: NDArray[np.int64],
    req_pre: list[frozenset[Triple]],
    req_texts: list[str],
    crate_start: NDArray[np.int64],
    parsed: list[Version | None],
    order: NDArray[np.int64],
) -> tuple[NDArray[np.int64], NDArray[np.int64], list[tuple[int, int, int]]]:
    """Positions of the pre-releases each row selects; empty for almost every row.

    The pre-releases a requirement selects are matched one by one with Cargo's rules
    and grouped into runs of consecutive positions. The first run is the row's own;
    further runs (a requirement naming pre-releases of two versions) are returned as
    ``(row, start, end)`` for continuation rows.
    """
    lo = np.zeros(len(dep_crate), dtype=np.int64)
    hi = np.zeros(len(dep_crate), dtype=np.int64)
    extra: list[tuple[int, int, int]] = []
    has_pre = np.fromiter((bool(p) for p in req_pre), dtype=bool, count=len(req_pre))
    rows = np.flatnonzero(has_pre[dep_req]) if len(req_pre) else np.array([], dtype=np.int64)
    memo: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for row in rows.tolist():
        key = (int(dep_crate[row]), int(dep_req[row]))
        if key not in memo:
            crate, req_id = key
            req = VersionReq.parse(req_texts[req_id])
            chosen = [
                p
                for p in range(int(crate_start[crate]), int(crate_start[crate + 1]))
                if (v := parsed[order[p]]) is not None and v.pre and req.matches(v)
            ]
            runs: list[tuple[int, int]] = []
            for p in chosen:
                if runs and runs[-1][1] == p:
                    runs[-1] = (runs[-1][0], p + 1)
                else:
                    runs.append((p, p + 1))
            memo[key] = runs
        runs = memo[key]
        if runs:
            lo[row], hi[row] = runs[0]
            extra += [(row, start, end) for start, end in runs[1:]]
    return lo, hi, extra


def _dependent_counts(
    n_crates: int, on: NDArray[np.int64], by: NDArray[Any], keep: NDArray[np.bool_]
) -> NDArray[np.int64]:
    """Per crate, how many other crates have a normal or build dependency on it."""
    pairs = unique(on[keep] * np.int64(n_crates) + by[keep])
    targets, sources = pairs // n_crates, pairs % n_crates
    counts: NDArray[np.int64] = np.bincount(targets[targets != sources], minlength=n_crates).astype(
        np.int64
    )
    return counts


def _empty_id(texts: list[str]) -> int:
    try:
        return texts.index("")
    except ValueError:
        return -1
