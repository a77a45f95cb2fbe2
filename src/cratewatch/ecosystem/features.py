"""Feature-aware exposure: follow an optional dependency only where features turn it on.

The conservative answer follows every optional dependency, and optional dependencies
connect almost everything (in the 2020 index, ``log`` optionally depends on ``sval``,
which depends on ``smallvec``). Here a version is looked at together with a feature of
it: the node ``(V, f)`` stands for "V built with feature f", ``(V, base)`` for V built
with no features. Building ``(V, f)`` turns on what ``f`` turns on transitively through
V's features table: other features, optional dependencies (``dep:d``, the implicit
feature ``d``, ``d/x``), and features of dependencies (``d/x``, and ``d?/x`` when ``d``
is on anyway). A dependency row of V then asks its crate for a feature set: the features
it names, ``default`` unless ``default-features = false``, and the ``d/x`` features of
the node being built.

A node is exposed if one of its active rows (non-optional ones always, optional ones
when turned on) selects a version W of the crate it names such that ``(W, base)`` or
``(W, g)`` is exposed for some requested feature ``g``. A version counts as exposed
when it is exposed as a plain dependency would build it: ``(V, base)`` or
``(V, default)``.

Treating a requested feature set as exposed when one of its features is exposed alone
is exact, except for the rare ``d?/x`` that only takes effect together with another
feature that turns ``d`` on; those combinations are not explored.

The search runs in rounds like the vectorised one, so the round in which a version's
first node is reached is the length of a shortest chain.
"""

from __future__ import annotations

import json
from bisect import bisect_left, insort
from collections import defaultdict
from typing import Any, NamedTuple

import numpy as np

from cratewatch.ecosystem.arrays import concat_ranges, unique
from cratewatch.ecosystem.exposure_rules import (
    Exposure,
    ExposureOptions,
    Progress,
    eligible_versions,
    usable_rows,
)
from cratewatch.ecosystem.store import DEP_DEFAULT_FEATURES, DEP_OPTIONAL, VERSION_PRERELEASE, Store

__all__ = ["Closure", "feature_closure", "parse_feature_table", "propagate_features"]

BASE = ""  # the node of a version built with no features (no feature has an empty name)
_REPORT_EVERY = 20_000  # rows between progress reports: a few a second
ANY = "*"  # index key of the versions exposed in any build (no feature is named "*")


class Closure(NamedTuple):
    """What building a version with some features turns on."""

    features: frozenset[str]
    dependencies: frozenset[str]  # names (as the version writes them) of optional deps on
    dependency_features: dict[str, frozenset[str]]  # dep name -> features asked of it


def feature_closure(
    table: dict[str, list[str]],
    optional_deps: frozenset[str],
    start: frozenset[str],
    hidden: frozenset[str] | None = None,
) -> Closure:
    """Everything ``start`` turns on, given a version's features table and the names of
    its optional dependencies (Cargo's rules, including implicit features).

    ``hidden`` is the set of dependencies named with ``dep:`` somewhere in the table
    (they have no implicit feature); pass it when computing many closures of one table.
    """
    if hidden is None:
        hidden = dep_syntax_names(table)
    features: set[str] = set()
    deps: set[str] = set()
    asked: dict[str, set[str]] = defaultdict(set)
    weak: dict[str, set[str]] = defaultdict(set)
    stack = list(start)
    while stack:
        feature = stack.pop()
        if feature in features:
            continue
        features.add(feature)
        if feature not in table:
            # An optional dependency's implicit feature (unless "dep:" hides it).
            if feature in optional_deps and feature not in hidden:
                deps.add(feature)
            continue
        for entry in table[feature]:
            if entry.startswith("dep:"):
                deps.add(entry[4:])
            elif "/" in entry:
                dep, _, dep_feature = entry.partition("/")
                if dep.endswith("?"):
                    weak[dep[:-1]].add(dep_feature)
                else:
                    asked[dep].add(dep_feature)
                    if dep in optional_deps:
                        deps.add(dep)
                        if dep not in hidden:
                            features.add(dep)
            else:
                stack.append(entry)
    for dep, extra in weak.items():
        if dep in deps or dep not in optional_deps:
            asked[dep] |= extra
    return Closure(
        frozenset(features),
        frozenset(deps),
        {dep: frozenset(values) for dep, values in asked.items()},
    )


def dep_syntax_names(table: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(e[4:] for entries in table.values() for e in entries if e.startswith("dep:"))


class _Version:
    """For each row a version declares, the nodes it is active in and what they ask.

    Only nodes that differ from the base node are kept: a feature that turns on no
    optional dependency and asks nothing more of any dependency is exposed exactly
    when the base node is (``web-sys`` has 1,500 features; nearly all are such).
    """

    __slots__ = ("by_row",)

    def __init__(self, v: int, rows: list[int], texts: _Texts) -> None:
        names = [texts.dep_names[i] for i in texts.name_id[rows].tolist()]
        flags = texts.flags[rows].tolist()
        asks = [texts.asked(i, f) for i, f in zip(texts.list_id[rows].tolist(), flags, strict=True)]
        optional = frozenset(n for n, f in zip(names, flags, strict=True) if f & DEP_OPTIONAL)
        self.by_row: dict[int, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        rows_named: dict[str, list[tuple[int, bool, frozenset[str]]]] = defaultdict(list)
        table = texts.has_features(v)
        for row, name, flag, ask in zip(rows, names, flags, asks, strict=True):
            is_optional = bool(flag & DEP_OPTIONAL)
            if not is_optional:
                self.by_row[row].append((BASE, ask))
            rows_named[name].append((row, is_optional, ask))
        if not optional and not table:
            return
        empty: frozenset[str] = frozenset()
        for node, closure in texts.closures(v, optional):
            # Rows this node builds differently from the base node: optional ones it
            # turns on, and any it asks more features of.
            for name in closure.dependencies | closure.dependency_features.keys():
                extra = closure.dependency_features.get(name, empty)
                turned_on = name in closure.dependencies
                for row, is_optional, ask in rows_named.get(name, ()):
                    if turned_on if is_optional else bool(extra):
                        self.by_row[row].append((node, ask | extra))


class _Texts:
    """The store's columns a feature-aware search reads row by row, as plain arrays."""

    def __init__(self, store: Store) -> None:
        self.dep_names = store.texts("dep_names")
        self.name_id = np.asarray(store.dep_name)
        self.list_id = np.asarray(store.dep_features)
        self.flags = np.asarray(store.dep_flags)
        self._version_features = store.texts("version_features")
        self._feature_lists = store.texts("dep_features")
        self._asked: dict[tuple[int, bool], frozenset[str]] = {}
        self._closures: dict[tuple[str, frozenset[str]], list[tuple[str, Closure]]] = {}

    def has_features(self, v: int) -> bool:
        return bool(self._version_features[v])

    def closures(self, v: int, optional: frozenset[str]) -> list[tuple[str, Closure]]:
        """The nodes of ``v`` that build differently from its base node, with their
        closures; versions of a crate mostly share one features table, so these are
        computed once per (table, optional dependencies)."""
        key = (self._version_features[v], optional)
        found = self._closures.get(key)
        if found is None:
            table = parse_feature_table(key[0])
            hidden = dep_syntax_names(table)
            implicit = (d for d in sorted(optional) if d not in table and d not in hidden)
            found = []
            for node in [*table, *implicit]:
                closure = feature_closure(table, optional, frozenset([node]), hidden)
                if closure.dependencies or closure.dependency_features:
                    found.append((node, closure))
            self._closures[key] = found
        return found

    def asked(self, list_id: int, flags: int) -> frozenset[str]:
        """The features a row asks of its crate: those it lists, plus ``default``."""
        key = (list_id, bool(flags & DEP_DEFAULT_FEATURES))
        found = self._asked.get(key)
        if found is None:
            try:
                items: Any = json.loads(self._feature_lists[list_id])
            except (ValueError, RecursionError):
                items = []
            listed = {i for i in items if isinstance(i, str)} if isinstance(items, list) else set()
            if key[1]:
                listed.add("default")
            found = self._asked[key] = frozenset(listed)
        return found


def parse_feature_table(text: str) -> dict[str, list[str]]:
    """A version's features table from its stored JSON ({} when absent or malformed)."""
    if not text:
        return {}
    try:
        table: Any = json.loads(text)
    except (ValueError, RecursionError):  # a dump's features column is not checked at ingest
        return {}
    if not isinstance(table, dict):
        return {}
    return {
        str(k): [e for e in entries if isinstance(e, str)]
        for k, entries in table.items()
        if isinstance(entries, list)
    }


class _Exposed:
    """Sorted positions of exposed nodes per (crate, feature), for range questions."""

    def __init__(self, store: Store) -> None:
        self.release: dict[tuple[int, str], list[int]] = defaultdict(list)
        self.every: dict[tuple[int, str], list[int]] = defaultdict(list)
        self.prerelease = (np.asarray(store.ver_flags) & VERSION_PRERELEASE) != 0
        self.nodes: dict[int, set[str]] = defaultdict(set)

    def add(self, crate: int, v: int, node: str) -> None:
        if not self.nodes[v]:  # first node of v: v is now exposed in some build
            self._add(crate, v, ANY)
        self.nodes[v].add(node)
        self._add(crate, v, node)

    def _add(self, crate: int, v: int, node: str) -> None:
        insort(self.every[(crate, node)], v)
        if not self.prerelease[v]:
            insort(self.release[(crate, node)], v)

    def any_in(self, crate: int, node: str, lo: int, hi: int, pre_lo: int, pre_hi: int) -> bool:
        for positions, a, b in (
            (self.release.get((crate, node)), lo, hi),
            (self.every.get((crate, node)), pre_lo, pre_hi),
        ):
            if positions and a < b:
                i = bisect_left(positions, a)
                if i < len(positions) and positions[i] < b:
                    return True
        return False


def propagate_features(
    store: Store,
    crate: int,
    affected: np.ndarray[Any, Any],
    options: ExposureOptions,
    progress: Progress | None = None,
) -> Exposure:
    """The feature-aware fixed point (see the module docstring); ``progress`` is told
    how many versions the search has reached, every ``_REPORT_EVERY`` rows."""
    eligible = eligible_versions(store, options, affected)
    usable = usable_rows(store, options, eligible)
    ver_crate = np.asarray(store.ver_crate)
    dep_from = np.asarray(store.dep_from)
    dep_crate = np.asarray(store.dep_crate)
    flags = np.asarray(store.dep_flags)
    row_start = np.asarray(store.row_starts())
    texts = _Texts(store)
    state = _Exposed(store)
    versions: dict[int, _Version] = {}

    n = store.version_count
    exposed = np.zeros(n, dtype=bool)
    level = np.full(n, -1, dtype=np.int32)
    via = np.full(n, -1, dtype=np.int32)
    seeds = affected & eligible
    for seed in np.flatnonzero(seeds).tolist():
        state.add(crate, seed, BASE)
        exposed[seed] = True
        level[seed] = 0

    lo_col, hi_col = np.asarray(store.dep_lo), np.asarray(store.dep_hi)
    pre_lo_col, pre_hi_col = np.asarray(store.dep_pre_lo), np.asarray(store.dep_pre_hi)
    frontier = unique(ver_crate[seeds])
    k = 0
    while frontier.size:
        k += 1
        rows = concat_ranges(row_start[frontier], row_start[frontier + 1])
        rows = rows[usable[rows]]
        reached: dict[tuple[int, str], int] = {}
        for i, (row, v) in enumerate(zip(rows.tolist(), dep_from[rows].tolist(), strict=True)):
            if progress is not None and i % _REPORT_EVERY == 0:
                progress("feature-aware search: versions reached", len(state.nodes), None)
            done = state.nodes.get(v, ())
            if BASE in done:
                continue
            target = int(dep_crate[row])
            lo, hi = int(lo_col[row]), int(hi_col[row])
            p_lo, p_hi = int(pre_lo_col[row]), int(pre_hi_col[row])
            if not state.any_in(target, ANY, lo, hi, p_lo, p_hi):
                continue  # selects no version exposed in any build
            if not flags[row] & DEP_OPTIONAL and state.any_in(target, BASE, lo, hi, p_lo, p_hi):
                reached[(v, BASE)] = row  # the common case, without reading v's features
                continue
            info = versions.get(v)
            if info is None:
                declared = [int(r) for r in store.rows_declared_by(v) if usable[r]]
                info = versions[v] = _Version(v, declared, texts)
            for node, asks in info.by_row.get(row, ()):
                if (
                    node not in done
                    and (v, node) not in reached
                    and any(state.any_in(target, g, lo, hi, p_lo, p_hi) for g in (BASE, *asks))
                ):
                    reached[(v, node)] = row
        changed = set()
        for (v, node), row in reached.items():
            state.add(int(ver_crate[v]), v, node)
            changed.add(int(ver_crate[v]))
            if node in (BASE, "default") and not exposed[v]:
                # Exposed as a plain dependency builds it: its chain is this build's.
                exposed[v] = True
                level[v], via[v] = k, row
            elif level[v] < 0:
                # Exposed only with some feature: still a step other chains may take.
                level[v], via[v] = k, row
        frontier = np.array(sorted(changed), dtype=np.int64)
    return Exposure(crate, seeds, exposed, level, via)
