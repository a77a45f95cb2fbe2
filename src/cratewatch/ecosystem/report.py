"""Answers of the ecosystem commands as plain values, with names instead of positions.

Reporters render these; nothing here prints. Builders read a ``Store`` and the array
results of ``exposure.py`` and keep only what an answer shows.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from cratewatch.ecosystem.exposure import (
    Exposure,
    ExposureOptions,
    chain,
    direct_dependent_crates,
    exposed_crates,
    latest_exposed_crates,
)
from cratewatch.ecosystem.store import DEP_OPTIONAL, Store

__all__ = [
    "ChainStep",
    "ExposureReport",
    "ImportantCrate",
    "RankReport",
    "RankRow",
    "SignalInfo",
    "chain_steps",
    "exposure_report",
    "rank_report",
]


class ChainStep(NamedTuple):
    """``crate version``, which requires the next step's crate with ``requirement``
    (``None`` on the last step, an affected version); ``optional`` when that
    dependency is declared ``optional = true``, so only some builds take this step."""

    crate: str
    version: str
    requirement: str | None
    optional: bool = False


class ImportantCrate(NamedTuple):
    crate: str
    downloads: int | None
    dependents: int
    version: str  # the exposed version shown with its chain
    latest_exposed: bool
    chain: tuple[ChainStep, ...]


class ExposureReport(NamedTuple):
    advisory: str | None
    withdrawn: str | None  # the date the advisory was withdrawn (ISO), None if it stands
    crate: str
    affected: str  # what "affected" means here, e.g. a requirement or the advisory's ranges
    options: ExposureOptions
    store_source: str
    affected_versions: tuple[str, ...]
    exposed_version_count: int  # the advisory's own crate left out
    exposed_versions: dict[str, list[str]]  # crate -> its exposed versions, ascending
    exposed_crates: tuple[str, ...]
    latest_exposed_crates: tuple[str, ...]
    direct_dependent_crates: tuple[str, ...]
    important: tuple[ImportantCrate, ...]
    ranked_by: str  # "downloads" or "dependents"
    requested_chain: tuple[ChainStep, ...] | None


def chain_steps(store: Store, exposure: Exposure, version: int) -> tuple[ChainStep, ...]:
    names, reqs = store.crate_names, store.texts("dep_reqs")
    steps = []
    for link in chain(store, exposure, version):
        crate = names[int(store.ver_crate[link.version])]
        text = store.version_text(link.version)
        if link.row < 0:
            steps.append(ChainStep(crate, text, None))
            continue
        optional = bool(store.dep_flags[link.row] & DEP_OPTIONAL)
        steps.append(ChainStep(crate, text, reqs[int(store.dep_req[link.row])], optional))
    return tuple(steps)


def shown_version(store: Store, exposure: Exposure, crate: int) -> int:
    """The exposed version to show for a crate: its latest if exposed, else its newest exposed."""
    versions = store.crate_versions(crate)
    latest = store.latest_version(crate)
    if exposure.exposed[latest]:
        return latest
    exposed = np.flatnonzero(exposure.exposed[versions.start : versions.stop])
    return versions.start + int(exposed[-1])


def exposure_report(
    store: Store,
    exposure: Exposure,
    options: ExposureOptions,
    *,
    advisory: str | None,
    affected: str,
    top: int = 10,
    chain_for: int | None = None,
    withdrawn: str | None = None,
) -> ExposureReport:
    """Everything ``ecosystem exposure`` shows; ``chain_for`` is a version to explain,
    ``withdrawn`` the date the advisory was withdrawn, if it was."""
    names = store.crate_names
    crates = exposed_crates(store, exposure)
    latest = latest_exposed_crates(store, exposure)
    direct = direct_dependent_crates(store, exposure, options)

    ver_crate = np.asarray(store.ver_crate)
    own = ver_crate == exposure.crate
    exposed_versions = np.flatnonzero(exposure.exposed & ~own)
    nums = store.texts("version_nums")

    weight, measure = store.popularity()
    by_downloads = measure == "downloads"
    order = crates[np.lexsort((crates, -weight[crates]))][:top]
    latest_set = set(latest.tolist())
    important = []
    for c in order:
        c = int(c)
        v = shown_version(store, exposure, c)
        important.append(
            ImportantCrate(
                crate=names[c],
                downloads=int(store.crate_downloads[c]) if by_downloads else None,
                dependents=int(store.crate_dependents[c]),
                version=nums[v],
                latest_exposed=c in latest_set,
                chain=chain_steps(store, exposure, v),
            )
        )
    affected_idx = np.flatnonzero(exposure.affected)
    return ExposureReport(
        advisory=advisory,
        withdrawn=withdrawn,
        crate=names[exposure.crate],
        affected=affected,
        options=options,
        store_source=str(store.meta.get("source", store.path)),
        affected_versions=tuple(nums[v] for v in affected_idx),
        exposed_version_count=len(exposed_versions),
        exposed_versions=_by_crate(names, nums, ver_crate, exposed_versions),
        exposed_crates=tuple(names[int(c)] for c in crates),
        latest_exposed_crates=tuple(names[int(c)] for c in latest),
        direct_dependent_crates=tuple(names[int(c)] for c in direct),
        important=tuple(important),
        ranked_by=measure,
        requested_chain=None if chain_for is None else chain_steps(store, exposure, chain_for),
    )


def _by_crate(
    names: list[str],
    nums: list[str],
    ver_crate: np.ndarray[Any, Any],
    versions: np.ndarray[Any, Any],
) -> dict[str, list[str]]:
    """Versions (sorted positions) grouped under their crate's name, without a Python
    loop per version: a million exposed versions is a common answer at today's scale."""
    texts = np.array(nums, dtype=object)[versions].tolist()
    crates = ver_crate[versions]
    if not len(crates):
        return {}
    starts = np.flatnonzero(np.concatenate([[True], crates[1:] != crates[:-1]]))
    ends = [*starts[1:].tolist(), len(crates)]
    return {names[int(crates[a])]: texts[a:b] for a, b in zip(starts.tolist(), ends, strict=True)}


class RankRow(NamedTuple):
    rank: int
    crate: str
    score: float
    transitive_dependents: int
    direct_dependents: int
    pagerank: float
    downloads: int | None


class SignalInfo(NamedTuple):
    name: str
    weight: float
    threshold: float
    description: str


class RankReport(NamedTuple):
    store_source: str
    signals: tuple[SignalInfo, ...]
    rows: tuple[RankRow, ...]


def rank_report(store: Store, top_n: int) -> RankReport:
    """The ``top_n`` crates by criticality over the graph of latest versions."""
    from cratewatch.ecosystem.criticality import SIGNALS, criticality, top
    from cratewatch.ecosystem.queries import crate_graph

    dependents, dependencies = crate_graph(store, latest_only=True)
    downloads = np.asarray(store.crate_downloads) if store.has_downloads else None
    result = criticality(store.crate_count, dependents, dependencies, downloads)
    names = store.crate_names
    rows = tuple(
        RankRow(
            rank=i,
            crate=names[int(c)],
            score=round(float(result.score[c]), 6),
            transitive_dependents=int(result.transitive_dependents[c]),
            direct_dependents=int(result.direct_dependents[c]),
            pagerank=float(result.pagerank[c]),
            downloads=None if downloads is None else int(downloads[c]),
        )
        for i, c in enumerate(top(result, top_n), 1)
    )
    signals = tuple(
        SignalInfo(s.name, s.weight, s.threshold, s.description)
        for s in SIGNALS
        if downloads is not None or s.name != "downloads"
    )
    return RankReport(str(store.meta.get("source", store.path)), signals, rows)
