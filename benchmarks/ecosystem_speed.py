"""Ecosystem speed and memory: the 2020 index, and a synthetic dump at today's scale.

    python benchmarks/ecosystem_speed.py            # the 2020 index (about 3 minutes)
    python benchmarks/ecosystem_speed.py --synthetic  # also today's scale (about 15 minutes)

Every figure is the wall time and peak memory of one ``cratewatch`` process, as a
user would run it (store opened, answer computed and printed); each command runs
twice and the faster run is shown. The narrowing table gives exposed crates per mode.
Results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PROJECT_ROOT, SHARED, byte_compile_package, cratewatch_command

INDEX_2020 = SHARED / "data" / "crates.io-index-2020.tar.gz"
ADVISORY_DB = SHARED / "data" / "advisory-db"

# Runs a command and reports its own peak RSS: RUSAGE_CHILDREN of a fresh process
# covers exactly the one child it waited for.
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "wall = time.perf_counter() - t\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "sys.stderr.write(p.stderr)\n"
    "print(f'{wall} {rss} {p.returncode}')\n"
    "sys.stdout.write(p.stdout)\n"
)


def measure(*args: str, runs: int = 2) -> tuple[float, float, str]:
    """(best wall seconds, peak RSS in MB, output of the last run)."""
    best, peak, output = float("inf"), 0.0, ""
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, *cratewatch_command(*args)],
            capture_output=True,
            text=True,
            check=True,
        )
        head, _, output = done.stdout.partition("\n")
        wall, rss, code = head.split()
        if code != "0":
            raise SystemExit(f"failed: {' '.join(args)}\n{done.stderr}")
        best, peak = min(best, float(wall)), max(peak, int(rss) / 1024)
    return best, peak, output


def row(label: str, wall: float, rss: float, target: str = "") -> None:
    print(f"| {label} | {wall:.2f} s | {rss:,.0f} MB | {target} |")


def bench_2020(work: Path) -> None:
    store = str(work / "store-2020")
    print("## The 2020 crates.io index (259,132 index lines, 1.5M dependency rows)\n")
    print("| step | wall | peak memory | target |")
    print("|---|---|---|---|")
    wall, rss, _ = measure("ecosystem", "ingest", "--index", str(INDEX_2020), "--store", store)
    row("ingest from the tarball", wall, rss, "< 30 s")
    for crate in ("smallvec", "time"):
        for mode in ("conservative", "no-optional", "features"):
            args: tuple[str, ...] = ("ecosystem", "exposure", "--crate", crate, "--affected", "*")
            wall, rss, _ = measure(*args, "--mode", mode, "--store", store, "--format", "json")
            row(f"exposure of {crate}, {mode}", wall, rss, "< 1 s" if mode != "features" else "")
    wall, rss, _ = measure(
        "ecosystem", "exposure", "RUSTSEC-2021-0003", "--db", str(ADVISORY_DB), "--store", store
    )
    row("exposure of RUSTSEC-2021-0003 (human report)", wall, rss, "< 1 s")
    wall, rss, _ = measure("ecosystem", "rank", "--top", "25", "--store", store)
    row("rank --top 25", wall, rss, "< 10 s")

    print("\n### How much each mode narrows the answer (exposed crates, all versions affected)\n")
    print("| crate | conservative | no-optional | feature-aware |")
    print("|---|---|---|---|")
    for crate in ("smallvec", "time", "chrono", "regex"):
        counts = []
        for mode in ("conservative", "no-optional", "features"):
            args = ("ecosystem", "exposure", "--crate", crate, "--affected", "*", "--mode", mode)
            _, _, out = measure(*args, "--store", store, "--format", "json", runs=1)
            counts.append(json.loads(out)["exposed_crates"])
        print(f"| {crate} | {counts[0]:,} | {counts[1]:,} | {counts[2]:,} |")


def bench_synthetic(work: Path) -> None:
    dump = work / "db-dump.tar.gz"
    store = str(work / "store-synthetic")
    print("\n## Synthetic dump at today's scale (200,000 crates, 2M versions, 20M dependencies)\n")
    started = time.perf_counter()
    generate = [sys.executable, "-m", "testdata.generate_dump", str(dump)]
    subprocess.run(generate, check=True, cwd=PROJECT_ROOT)
    print(
        f"generated in {time.perf_counter() - started:.0f} s, "
        f"{dump.stat().st_size / 1e6:,.0f} MB compressed\n"
    )
    print("| step | wall | peak memory | target |")
    print("|---|---|---|---|")
    wall, rss, out = measure(
        "ecosystem", "ingest", "--dump", str(dump), "--store", store, "--format", "json", runs=1
    )
    row("ingest of the dump", wall, rss, "< 3 min, < 8 GB")
    counts = json.loads(out)
    print(
        f"\n(store: {counts['crates']:,} crates, {counts['versions']:,} versions, "
        f"{counts['dependencies']:,} dependency rows)\n"
    )
    print("| step | wall | peak memory | target |")
    print("|---|---|---|---|")
    _, _, top = measure(
        "ecosystem", "rank", "--top", "3", "--store", store, "--format", "json", runs=1
    )
    busiest = json.loads(top)["crates"][0]["crate"]
    for mode in ("conservative", "no-optional"):
        args = ("ecosystem", "exposure", "--crate", busiest, "--affected", "*", "--mode", mode)
        wall, rss, _ = measure(*args, "--store", store, "--format", "json")
        row(f"exposure of the most critical crate, {mode}", wall, rss, "< 5 s, < 8 GB")
    wall, rss, _ = measure("ecosystem", "rank", "--top", "25", "--store", store)
    row("rank --top 25", wall, rss, "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", action="store_true", help="also run today's scale")
    args = parser.parse_args()
    byte_compile_package()
    with tempfile.TemporaryDirectory(prefix="cratewatch-bench-") as tmp:
        bench_2020(Path(tmp))
        if args.synthetic:
            bench_synthetic(Path(tmp))


if __name__ == "__main__":
    main()
