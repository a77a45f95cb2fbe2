"""Whole-registry scans: the local pool beside a 2-worker dask cluster, a worker killed
mid-run, the scale-out estimate for crates.io, and the ecosystem statistics.

    python benchmarks/registry_scan.py [--corpus DIR] [--mirror DIR] [--runs N] [--price USD]

The corpus is Debian's crates (``scan_debian.py``'s folder, fetched the same way when
missing), packed into a local registry (``testdata/mirror.py``) once and kept as
``--mirror`` (default: beside the corpus). On the same mirror, in one run, each a whole
``cratewatch scan --registry MIRROR --all-versions --no-cache`` process into a new
SQLite store:

1. the local process pool (one process per core);
2. a dask cluster started here: ``dask scheduler`` and two ``dask worker --nthreads 1``
   on 127.0.0.1 (a new cluster each time);

runs 1 and 2 taking turns, ``--runs`` times each (default 3; the medians are the
figures, the runs' spread is printed);

3. the same cluster setup, one worker (with its nanny) killed with SIGKILL once a fifth
   of the versions are recorded; its final results compared with run 1's, version by
   version (risk and signals);

then the ecosystem statistics of run 1's store, joined with an ecosystem store ingested
from the mirror's index, beside Painter's published figures.

Printed for runs 1 and 2: wall time, versions/s, archive MB/s and MB/s per core, tasks
and the per-task overhead (wall time x slots minus the tasks' own time, per task), the
largest scanning process (peak RSS) and the largest dask worker process (sampled every
0.2 s). The estimate: workers (cores) that scan crates.io's versions in one hour at the
measured per-core rate (with the corpus's mean archive size; the estimate scales with
crates.io's), and what that costs at ``--price`` dollars per core-hour
(default 0.045, an on-demand compute-optimised cloud core in 2026). Recorded in
docs/registry-scan.md and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

from _common import PROJECT_ROOT, add_corpus_option, cratewatch_command
from scan_debian import fetch_corpus

sys.path.insert(0, str(PROJECT_ROOT))

from testdata.cluster import dask_cluster
from testdata.mirror import build

CORES = os.cpu_count() or 1
#: crates.io in late 2026, rounded: what the estimate scales to
CRATES_IO_VERSIONS = 2_000_000


class PeakRss:
    """The largest resident set of any process started by the given ones (a dask
    worker's nanny, its worker, the worker's scanning children), sampled each second:
    cheap enough not to slow what it measures."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil  # type: ignore[import-untyped]

        while not self._stop.wait(1.0):
            for pid in self.pids:
                with suppress(psutil.Error):
                    for process in psutil.Process(pid).children(recursive=True):
                        with suppress(psutil.Error):
                            self.peak = max(self.peak, process.memory_info().rss)


def scan(mirror: Path, store: Path, *extra: str) -> tuple[dict[str, Any], float]:
    command = cratewatch_command(
        "scan", "--registry", str(mirror), "--all-versions", "--no-cache",
        "--store", f"sqlite:///{store}", "--format", "json", *extra,
    )  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout), time.perf_counter() - started


def results(store: Path) -> dict[tuple[str, str], tuple[str, str]]:
    with sqlite3.connect(store) as db:
        rows = db.execute(
            "SELECT v.name, v.version, s.risk, s.signals FROM screenings s "
            "JOIN versions v ON v.id = s.version_id"
        ).fetchall()
    found = {(n, v): (r, json.dumps(json.loads(s), sort_keys=True)) for n, v, r, s in rows}
    assert len(found) == len(rows), "a version screened twice"
    return found


def overhead(doc: dict[str, Any], wall: float, slots: int) -> float:
    """Seconds per task the slots were not running a task: the run's start (reading the
    index, starting processes or connecting), handing out tasks and results, recording
    them, and the end of the run when some slots have no task left."""
    return float((wall * slots - doc["task_seconds"]) / max(doc["tasks"], 1))


def report(
    label: str, doc: dict[str, Any], wall: float, slots: int, overheads: list[float], rss: int
) -> float:
    mb = doc["archive_bytes"] / 1e6
    versions = doc["recorded"]
    print(
        f"{label}: {versions} versions, {mb:.1f} MB of archives in {wall:.1f} s "
        f"({versions / wall:.1f} versions/s, {mb / wall:.2f} MB/s, "
        f"{mb / wall / slots:.2f} MB/s per core); {doc['tasks']} tasks, "
        f"overhead {statistics.median(overheads) * 1000:.0f} ms per task (median); "
        f"largest scanning process {doc['peak_rss'] / 2**20:.0f} MiB"
        + (f", largest worker process {rss / 2**20:.0f} MiB" if rss else "")
    )
    return float(versions / wall / slots)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_option(parser)
    parser.add_argument("--mirror", type=Path, help="the local registry (default: corpus/mirror)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each engine (median)")
    parser.add_argument("--price", type=float, default=0.045, help="USD per core-hour")
    args = parser.parse_args()
    mirror = args.mirror or args.corpus / "mirror"
    if not (mirror / "index").is_dir():
        count = build(mirror, [fetch_corpus(args.corpus)])
        print(f"{mirror}: a local registry of {count} crates", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="cratewatch-registry-bench-"))

    local_walls: list[float] = []
    cluster_walls: list[float] = []
    local_overheads: list[float] = []
    cluster_overheads: list[float] = []
    peak = 0
    for turn in range(args.runs):
        for store in ("local.sqlite3", "cluster.sqlite3"):
            (work / store).unlink(missing_ok=True)
        local, wall = scan(mirror, work / "local.sqlite3")
        local_walls.append(wall)
        local_overheads.append(overhead(local, wall, CORES))
        with dask_cluster() as (address, workers), PeakRss([w.pid for w in workers]) as rss:
            cluster, wall = scan(mirror, work / "cluster.sqlite3", "--cluster", address)
        cluster_walls.append(wall)
        cluster_overheads.append(overhead(cluster, wall, 2))
        peak = max(peak, rss.peak)
        print(f"run {turn + 1}: local pool {local_walls[-1]:.1f} s, dask cluster {wall:.1f} s")
    wall, cluster_wall = statistics.median(local_walls), statistics.median(cluster_walls)
    per_core = report(
        f"local pool ({CORES} processes), median", local, wall, CORES, local_overheads, 0
    )
    report("dask cluster (2 workers), median", cluster, cluster_wall, 2, cluster_overheads, peak)
    print(f"cluster / local wall time (medians): {cluster_wall / wall:.3f}")
    same = results(work / "cluster.sqlite3") == results(work / "local.sqlite3")
    print(f"cluster results identical to the local pool's: {same}")

    killed_store = work / "killed.sqlite3"
    with dask_cluster() as (address, workers):
        command = cratewatch_command(
            "scan", "--registry", str(mirror), "--all-versions", "--no-cache",
            "--store", f"sqlite:///{killed_store}", "--cluster", address,
        )  # fmt: skip
        run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        while run.poll() is None:
            time.sleep(0.2)
            with suppress(sqlite3.Error), sqlite3.connect(killed_store, timeout=5) as db:
                if (
                    db.execute("SELECT count(*) FROM screenings").fetchone()[0]
                    > local["recorded"] / 5
                ):
                    break
        os.killpg(workers[0].pid, signal.SIGKILL)
        print(f"killed a worker at {time.strftime('%H:%M:%S')}; the run goes on", file=sys.stderr)
        run.communicate()
    killed, undisturbed = results(killed_store), results(work / "local.sqlite3")
    differing = sum(1 for k in undisturbed if killed.get(k) != undisturbed[k])
    print(
        f"worker killed mid-run: exit {run.returncode}, {len(killed)} of {len(undisturbed)} "
        f"versions recorded once each, {differing} differing from the undisturbed run"
    )

    cores = CRATES_IO_VERSIONS / per_core / 3600
    mean_kb = local["archive_bytes"] / local["recorded"] / 1000
    print(
        f"estimate: {CRATES_IO_VERSIONS:,} versions at {per_core:.2f} versions/s per core "
        f"(archives of {mean_kb:.0f} kB on average, as in this corpus) need {cores:,.0f} cores "
        f"for one hour (~{cores / 16:,.1f} 16-core workers), about ${cores * args.price:,.2f} "
        f"at ${args.price}/core-hour"
    )

    graph = work / "graph"
    subprocess.run(
        cratewatch_command("ecosystem", "ingest", "--index", str(mirror), "--store", str(graph)),
        check=True,
        capture_output=True,
    )
    stats = subprocess.run(
        cratewatch_command(
            "ecosystem", "stats", "--results", f"sqlite:///{work / 'local.sqlite3'}",
            "--store", str(graph),
        ),
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    print(stats)
    print("Painter (crates.io, May 2024): 19.11 % use unsafe; 34.35 % call into a crate that does")


if __name__ == "__main__":
    main()
