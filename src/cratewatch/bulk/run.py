"""A whole-registry scan and a rescan: what to scan, in which batches, and the results
recorded in the service's store as they arrive.

- ``mirror_targets``: the versions of a mirror a scan selects (every version, each
  crate's latest, or those published since a date);
- ``stale_targets``: the versions of the store that the current rules never judged;
- ``run_bulk``: skips what the store already has from these rules (a rerun resumes),
  batches the rest by archive size, runs the batches on the engine and saves each
  screening as its batch comes back (a version's screening is one transaction; one
  saved twice, as a rerun task after a worker died can, is kept once).

Only the client writes to the store, so an SQLite store serves a cluster as well as
the local pool; PostgreSQL is for a store the service's other processes share.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from cratewatch.bulk.engine import open_engine, run_all
from cratewatch.bulk.task import Batch, BatchResult, Limits, Target, scan_batch
from cratewatch.model.package import normalize_crate_name
from cratewatch.model.version import Version, latest_rank
from cratewatch.service.model import Published, Screening
from cratewatch.service.signals import REGISTRY_CODES

if TYPE_CHECKING:
    from cratewatch.registry.mirror import Mirror, MirrorVersion
    from cratewatch.scan.dependencies import DependencyCheck
    from cratewatch.service.store import Store

__all__ = [
    "BulkOptions",
    "BulkSummary",
    "batches",
    "mirror_targets",
    "run_bulk",
    "stale_targets",
]

SOURCE: Final = "registry-scan"
MAX_LISTED: Final = 1000  # versions not fetched listed by name (a mirror can miss millions)
#: an archive whose size is unknown (a download) counts as this much for batching
_UNKNOWN_SIZE: Final = 64 * 1024
_LOOKUP: Final = 500  # versions looked up in the store at once (what is done already)


class BulkOptions(NamedTuple):
    cluster: str | None = None  # None: the local process pool
    workers: int | None = None  # the local pool's processes (default: one per core)
    limits: Limits = Limits()
    batch_bytes: int = 8 * 1024 * 1024  # archive bytes per task
    batch_versions: int = 64  # versions per task at most
    cache: bool = True  # per-file scan results kept on each worker


@dataclass
class BulkSummary:
    """What a run did; the timings are what the benchmark reports."""

    engine: str = ""
    selected: int = 0  # versions the selection named
    already: int = 0  # of those, screened by these rules before this run
    recorded: int = 0  # screenings saved by this run
    duplicates: int = 0  # screenings computed again and not saved twice
    failed: int = 0  # recorded as scan-failed (a limit, a lost process)
    unfetched: int = 0  # versions whose archive was not obtained: not recorded
    not_fetched: list[str] = field(default_factory=list)  # the first of them, one line each
    by_risk: Counter[str] = field(default_factory=Counter)
    tasks: int = 0
    task_seconds: float = 0.0  # the tasks' own time on the workers, summed
    seconds: float = 0.0  # wall clock of the run
    archive_bytes: int = 0
    peak_rss: int = 0  # bytes: the largest scanning process of any task
    workers: set[str] = field(default_factory=set)

    def missing(self, line: str) -> None:
        """A version not recorded; the first ``MAX_LISTED`` are kept to be shown."""
        self.unfetched += 1
        if len(self.not_fetched) < MAX_LISTED:
            self.not_fetched.append(line)


def mirror_targets(
    mirror: Mirror,
    *,
    latest: bool,
    since: dt.datetime | None = None,
    on_problem: Callable[[str], None] | None = None,
) -> Iterator[Target]:
    """The versions of ``mirror`` to scan: each crate's latest (its highest release that
    is not yanked; else its highest version) or every version, and of those only the
    ones published at or after ``since`` (a version with no publication time is kept:
    what cannot be dated is scanned rather than missed)."""
    seen = dt.datetime.now(dt.UTC)
    for crate in _by_crate(mirror.versions(on_problem)):
        for version in [_latest(crate)] if latest else crate:
            if since is None or version.published is None or version.published >= since:
                yield Target(_event(version, mirror, seen))


def _by_crate(versions: Iterable[MirrorVersion]) -> Iterator[list[MirrorVersion]]:
    crate: list[MirrorVersion] = []
    for version in versions:
        if crate and normalize_crate_name(crate[0].name) != normalize_crate_name(version.name):
            yield crate
            crate = []
        crate.append(version)
    if crate:
        yield crate


def _latest(crate: list[MirrorVersion]) -> MirrorVersion:
    return max(crate, key=lambda v: latest_rank(Version.parse(v.version), v.yanked))


def _event(version: MirrorVersion, mirror: Mirror, seen: dt.datetime) -> Published:
    local = mirror.dl_template is None
    return Published(
        name=version.name,
        version=version.version,
        checksum=version.checksum,
        source=SOURCE,
        seen=seen,
        published=version.published,
        crate_path=version.location if local else None,
        download_url=None if local else version.location,
        yanked=version.yanked,
        size=version.size,
    )


def stale_targets(
    store: Store, crate_dir: Path | None, rules_version: str, on_missing: Callable[[str], None]
) -> Iterator[Target]:
    """The store's versions that ``rules_version`` never judged and whose archive is
    kept (at the path recorded with the version, or in ``crate_dir`` as the service
    keeps them), each with the registry-side signals of its latest screening; a version
    whose archive is not kept is told to ``on_missing``, one line."""
    from cratewatch.service.worker import crate_file

    seen = dt.datetime.now(dt.UTC)
    for row, last in store.stale_versions(rules_version):
        archive = Path(row.crate_path) if row.crate_path else None
        if (archive is None or not archive.is_file()) and crate_dir is not None:
            try:
                archive = crate_file(crate_dir, row.key)
            except ValueError:
                archive = None
        if archive is None or not archive.is_file():
            on_missing(f"{row.key}: archive not kept")
            continue
        event = Published(
            name=row.key.name,
            version=row.key.version,
            checksum=row.key.checksum,
            source=row.source,
            seen=seen,
            published=row.published,
            crate_path=str(archive),
            yanked=row.yanked,
            size=archive.stat().st_size,
        )
        carried = tuple(s for s in last.signals if s.code in REGISTRY_CODES) if last else ()
        yield Target(event, carried)


def batches(
    targets: Iterable[Target], max_bytes: int, max_versions: int
) -> Iterator[tuple[Target, ...]]:
    """Consecutive targets (a crate's versions stay together, so a worker's per-file
    cache serves the next version) cut into tasks of at most ``max_bytes`` of archives
    or ``max_versions`` versions: few enough tasks that per-task overhead stays small,
    small enough that the cores stay busy to the end."""
    batch: list[Target] = []
    size = 0
    for target in targets:
        weight = target.event.size or _UNKNOWN_SIZE
        if batch and (size + weight > max_bytes or len(batch) >= max_versions):
            yield tuple(batch)
            batch, size = [], 0
        batch.append(target)
        size += weight
    if batch:
        yield tuple(batch)


def run_bulk(
    targets: Iterable[Target],
    store: Store,
    options: BulkOptions,
    check: DependencyCheck,
    progress: Callable[[int], None] | None = None,
    summary: BulkSummary | None = None,
) -> BulkSummary:
    """Scan ``targets`` on the engine ``options`` names and record each screening in
    ``store`` (``check``: the known-malicious crates dependencies are checked against);
    versions the store has from the current rules are skipped. The targets
    are read as the engine takes them (a registry's millions of versions are never all
    in memory); ``progress`` is told how many versions have come back. The counts go
    to ``summary`` when given (one that already counts what was not selected)."""
    from cratewatch.service.screening import current_rules_version

    started = time.monotonic()
    summary = BulkSummary() if summary is None else summary
    rules = current_rules_version()

    def pending() -> Iterator[Target]:
        for chunk in _chunks(targets, _LOOKUP):
            summary.selected += len(chunk)
            done = store.screened_among(rules, [t.event.checksum or "" for t in chunk])
            for target in chunk:
                if target.event.checksum in done:
                    summary.already += 1
                else:
                    summary.archive_bytes += target.event.size or 0
                    yield target

    finished = 0

    def record(result: BatchResult) -> None:
        nonlocal finished
        summary.tasks += 1
        summary.task_seconds += result.seconds
        summary.peak_rss = max(summary.peak_rss, result.peak_rss)
        summary.workers.add(result.worker)
        for outcome in result.outcomes:
            finished += 1
            event = outcome.target.event
            if outcome.screening is None:
                summary.missing(f"{event.name} {event.version}: {outcome.problem}")
                continue
            if store.save_screening(outcome.screening, origin=event):
                _count(summary, outcome.screening)
            else:
                summary.duplicates += 1
        if progress is not None:
            progress(finished)

    with open_engine(options.cluster, options.workers) as engine:
        summary.engine = engine.describe
        work = (
            Batch(batch, options.limits, check, options.cache)
            for batch in batches(pending(), options.batch_bytes, options.batch_versions)
        )
        run_all(engine, scan_batch, work, record)
    summary.seconds = time.monotonic() - started
    return summary


def _chunks(items: Iterable[Target], size: int) -> Iterator[list[Target]]:
    chunk: list[Target] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _count(summary: BulkSummary, screening: Screening) -> None:
    summary.recorded += 1
    summary.by_risk[screening.risk.value] += 1
    if any(s.code == "scan-failed" for s in screening.signals):
        summary.failed += 1
