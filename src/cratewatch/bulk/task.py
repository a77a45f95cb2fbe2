"""What one task does on a worker: fetch and scan a batch of versions.

A task carries each version's name, checksum and where its archive is (a path on a
shared mirror, or a download URL), never the archive: the worker fetches what it
scans. Each archive is fetched and scanned in a forked child (``isolate.py``) within a
time and memory limit, so a hostile archive that hangs the scanner or exhausts memory
fails alone, recorded with the reason (``scan-failed``), and the batch goes on.

Everything here is picklable and imported by name on the worker (a dask worker runs
``scan_batch`` from this module).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from cratewatch.isolate import Failed, run_isolated
from cratewatch.scan.dependencies import DependencyCheck
from cratewatch.service.model import Published, Risk, Screening, Signal

if TYPE_CHECKING:
    from cratewatch.registry.download import CrateDownloader

__all__ = ["Batch", "BatchResult", "Limits", "Outcome", "Target", "failed_screening", "scan_batch"]

DEFAULT_SECONDS: Final = 300.0
DEFAULT_MEMORY: Final = 2 * 1024**3


class Limits(NamedTuple):
    """What one crate's scan may take: wall-clock seconds, and bytes of memory beyond
    what the scanning process starts with."""

    seconds: float = DEFAULT_SECONDS
    memory: int = DEFAULT_MEMORY


class Target(NamedTuple):
    """One version to scan: as a feed would report it (its archive at ``crate_path`` or
    ``download_url``), and the signals of an earlier screening a rescan keeps."""

    event: Published
    carried: tuple[Signal, ...] = ()


class Batch(NamedTuple):
    targets: tuple[Target, ...]
    limits: Limits
    check: DependencyCheck  # the known-malicious crates dependencies are checked against
    cache: bool  # keep per-file results in the worker's user cache (scan/cache.py)


class Outcome(NamedTuple):
    """A version's screening, or why its archive could not be fetched (then nothing is
    recorded, and a rerun tries again)."""

    target: Target
    screening: Screening | None
    problem: str | None = None


class BatchResult(NamedTuple):
    outcomes: tuple[Outcome, ...]
    worker: str  # host and process that ran it
    seconds: float  # the task's wall-clock time on the worker
    peak_rss: int  # bytes: the largest scanning process the task ran


def failed_screening(event: Published, reason: str, now: dt.datetime) -> Screening:
    """The record of a version whose scan was stopped: ``scan-failed`` with the reason."""
    from cratewatch.service.screening import current_rules_version

    signal = Signal("scan-failed", Risk.HIGH, f"the scan was stopped: {reason}")
    return Screening(
        name=event.name,
        version=event.version,
        checksum=event.checksum or "",
        risk=Risk.HIGH,
        signals=(signal,),
        scan=None,
        diff=None,
        screened=now,
        rules_version=current_rules_version(),
    )


def scan_batch(batch: Batch) -> BatchResult:
    """Fetch and scan every version of ``batch``, each in an isolated child."""
    from cratewatch.model.package import CRATES_IO_SPARSE
    from cratewatch.registry.download import CrateDownloader
    from cratewatch.reporters import scan as _reporter  # noqa: F401 (imported for the child)
    from cratewatch.scan.analyze import prepare
    from cratewatch.scan.cache import ScanCache

    started = time.monotonic()
    # compiled and imported here, once per worker process, and inherited by every
    # child; a dask worker has imported nothing of the scanner before its first task
    prepare()
    if batch.cache:
        ScanCache.default().prepare()
    with (
        tempfile.TemporaryDirectory(prefix="cratewatch-bulk-") as scratch,
        CrateDownloader(CRATES_IO_SPARSE) as downloader,
    ):

        def one(target: Target) -> Outcome:
            return _scan_one(target, batch, Path(scratch), downloader)

        results = run_isolated(
            one, batch.targets, seconds=batch.limits.seconds, memory=batch.limits.memory
        )
        outcomes = tuple(
            Outcome(t, failed_screening(t.event, r.reason, _now())) if isinstance(r, Failed) else r
            for t, r in zip(batch.targets, results, strict=True)
        )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # Linux: KiB
    return BatchResult(
        outcomes, f"{socket.gethostname()}:{os.getpid()}", time.monotonic() - started, peak
    )


def _scan_one(target: Target, batch: Batch, scratch: Path, downloader: CrateDownloader) -> Outcome:
    """In the child: the archive fetched (a problem is an outcome, not a failure of the
    scan) and screened."""
    from cratewatch.errors import CratewatchError
    from cratewatch.scan.cache import ScanCache
    from cratewatch.service.queue import one_line
    from cratewatch.service.screening import fetch_crate, scan_screening
    from cratewatch.untrusted.files import regular_file_problem

    event = target.event
    try:
        fetched = fetch_crate(event, scratch, downloader)
        # the archive's size is the scanner's to judge (an oversized one is incomplete)
        problem = regular_file_problem(fetched.path, max_bytes=sys.maxsize)
        if problem is not None:
            return Outcome(target, None, f"{fetched.path}: {problem}")
        screening = scan_screening(
            fetched.path,
            event.name,
            event.version,
            fetched.checksum,
            batch.check,
            carried=target.carried,
            now=_now(),
            cache=ScanCache.default() if batch.cache else None,
        )
    except (CratewatchError, OSError) as exc:
        return Outcome(target, None, one_line(str(exc) or type(exc).__name__))
    finally:
        for leftover in scratch.glob("*.crate"):
            leftover.unlink(missing_ok=True)
    return Outcome(target, screening)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
