"""Rescanning new versions of crates whose other files are cached (``scan/cache.py``).

    python benchmarks/scan_rescan.py [--corpus DIR] [--crates N] [--changed N] [--runs N]

The crates are the N largest (default 50) of the Debian corpus that ``scan_debian.py``
downloads and keeps (``--corpus``: the same default folder, fetched the same way when
missing), or of any folder of crate directories given as ``--corpus`` (such as
``/usr/share/cargo/registry``). Each crate is copied to a scratch folder as its "new
version", changed as a patch release changes it: the patch number of its
``Cargo.toml``'s version raised, and ``--changed`` of its library and build Rust files
(default 2, drawn with a seed of the crate's name) given a new function at their end.

Each run, with a cache file of its own, scans on all cores:

1. the crates, without a cache (cold);
2. the crates again, filling an empty cache: what the cache costs a first scan;
3. the new versions without a cache (cold): the figure the rescan is compared with;
4. the new versions with the cache of step 2: the rescan, which analyses again only
   what changed;
5. the crates once more with the cache: nothing changed.

Every cached scan is checked to give the same ``CrateScan`` objects as the uncached
scan of the same crates. Printed: each step's wall time and CPU-seconds, the rescan's
speed-up over the cold scan of the new versions, and the size of the cache file; the
median of ``--runs`` runs (3 by default) is the figure. Results are recorded in
docs/scan.md and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from _common import add_corpus_option, byte_compile_package
from scan_debian import _scanned_size, fetch_corpus

from cratewatch.scan.analyze import Context, file_context
from cratewatch.scan.cache import CACHE_FILE, ScanCache
from cratewatch.scan.crate import CrateScan, scan_all

CORES = os.cpu_count() or 1
_VERSION = re.compile(rb'(?m)^(version\s*=\s*"\d+\.\d+\.)(\d+)')
_ADDED = b"\n\npub fn added_in_the_new_version(x: u64) -> u64 {\n    x.wrapping_mul(31) ^ 7\n}\n"


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the scan's workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def new_version(crate: Path, dest: Path, changed: int) -> list[str]:
    """A copy of ``crate`` at ``dest`` with its version raised and ``changed`` of its
    non-test Rust files extended; the files changed."""
    shutil.copytree(crate, dest, symlinks=True)
    manifest = dest / "Cargo.toml"
    text = manifest.read_bytes()
    manifest.write_bytes(
        _VERSION.sub(lambda m: m.group(1) + str(int(m.group(2)) + 1).encode(), text, count=1)
    )
    candidates = sorted(
        f.relative_to(dest).as_posix()
        for f in dest.rglob("*.rs")
        if f.is_file() and not f.is_symlink()
    )
    candidates = [path for path in candidates if file_context(path, (), False) is not Context.TEST]
    chosen = random.Random(crate.name).sample(candidates, min(changed, len(candidates)))
    for path in chosen:
        with (dest / path).open("ab") as handle:
            handle.write(_ADDED)
    return ["Cargo.toml", *chosen]


def timed(scan: Callable[[], list[CrateScan]]) -> tuple[list[CrateScan], float, float]:
    started, cpu_before = time.perf_counter(), _cpu_seconds()
    results = scan()
    return results, time.perf_counter() - started, _cpu_seconds() - cpu_before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_option(parser)
    parser.add_argument("--crates", type=int, default=50, help="how many of the largest crates")
    parser.add_argument("--changed", type=int, default=2, help="Rust files changed per crate")
    parser.add_argument("--runs", type=int, default=3, help="the median run is the figure")
    args = parser.parse_args()
    # a folder of crates as given, else the Debian corpus (downloaded when missing)
    registry = args.corpus
    if not any(registry.glob("*/Cargo.toml")):
        registry = fetch_corpus(args.corpus)
    crates = [p for p in sorted(registry.iterdir()) if (p / "Cargo.toml").is_file()]
    sized = sorted(((_scanned_size(c), c) for c in crates), key=lambda s: (-s[0], s[1].name))
    chosen = [crate for _, crate in sized[: args.crates]]
    size = sum(s for s, _ in sized[: args.crates])
    byte_compile_package()
    steps = ("cold", "cold, filling the cache", "new versions, cold", "rescan", "unchanged")
    figures: dict[str, list[tuple[float, float]]] = {step: [] for step in steps}
    with tempfile.TemporaryDirectory(prefix="cratewatch-rescan-") as scratch:
        root = Path(scratch)
        changed = {
            crate.name: new_version(crate, root / "new" / crate.name, args.changed)
            for crate in chosen
        }
        renewed = [root / "new" / crate.name for crate in chosen]
        files = sum(len(c) for c in changed.values())
        print(
            f"{len(chosen)} largest crates: {size / 1e6:,.1f} MB of files "
            f"(from {chosen[0].name}, {sized[0][0] / 1e6:.1f} MB, to {chosen[-1].name}, "
            f"{sized[len(chosen) - 1][0] / 1e6:.2f} MB); new versions: {files} files changed "
            f"(Cargo.toml and up to {args.changed} Rust files each); {CORES} cores",
            flush=True,
        )
        cache_size = 0
        for run in range(1, args.runs + 1):
            cache_path = root / f"cache-{run}" / CACHE_FILE
            cache = ScanCache(cache_path)
            results = {}
            for step, targets, used in (
                (steps[0], chosen, None),
                (steps[1], chosen, cache),
                (steps[2], renewed, None),
                (steps[3], renewed, cache),
                (steps[4], chosen, cache),
            ):
                scans, wall, cpu = timed(partial(scan_all, targets, cache=used))
                results[step] = scans
                figures[step].append((wall, cpu))
            assert results[steps[1]] == results[steps[0]], "the cache changed a cold scan"
            assert results[steps[3]] == results[steps[2]], "the rescan differs from a cold scan"
            assert results[steps[4]] == results[steps[0]], "the unchanged rescan differs"
            cache_size = sum(f.stat().st_size for f in cache_path.parent.iterdir())
            print(f"run {run}: " + _line(figures, steps, -1), flush=True)
    print(f"median of {args.runs} runs: " + _line(figures, steps, None))
    print(f"cache file: {cache_size / 1e6:.1f} MB (with its WAL) for the crates and new versions")


def _line(
    figures: dict[str, list[tuple[float, float]]], steps: tuple[str, ...], run: int | None
) -> str:
    def pick(step: str) -> tuple[float, float]:
        values = figures[step]
        if run is not None:
            return values[run]
        return statistics.median(w for w, _ in values), statistics.median(c for _, c in values)

    parts = [f"{step} {pick(step)[0]:.2f} s ({pick(step)[1]:.1f} CPU-s)" for step in steps]
    cold, rescan = pick(steps[2]), pick(steps[3])
    return (
        "; ".join(parts)
        + f"; rescan speed-up {cold[0] / rescan[0]:.1f}x in wall time, "
        + f"{cold[1] / rescan[1]:.1f}x in CPU time"
    )


if __name__ == "__main__":
    main()
