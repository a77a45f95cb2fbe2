"""False alarms and throughput of ``cratewatch scan`` on Debian's packaged Rust crates.

    python benchmarks/scan_debian.py [--corpus DIR] [--runs N] [--cache] [--syntax-only]
                                      [--guarddog]

Debian's ``librust-*-dev`` packages hold real crate sources under
``/usr/share/cargo/registry``. Installing all of them at once is not possible (some
conflict), so the script downloads the packages (``apt-get download``) and unpacks them
with ``dpkg-deb -x`` into ``DIR`` (default: a folder in the system temp directory, kept
for later runs); nothing is installed or built. It then scans every crate on all cores
and prints the verdict counts, the crates judged malicious or suspicious with their
reasons, and the throughput of each of ``--runs`` scans (3 by default; the median is
the figure: this machine's speed varies between runs). With ``--cache``, each run fills
an empty cache of per-file results (``scan/cache.py``), as a first ``cratewatch scan``
does: what the cache costs a cold scan. With ``--syntax-only``, it also
times the syntax pass alone (tree-sitter's parse and query of every Rust file the scan
parses, on all cores): the part of the scan's time that no rule or decoder adds. With
``--guarddog``, GuardDog then scans the same crates in the same run (installed into its
own virtual environment on first use; about a quarter of an hour), and its matches, risk
labels and speed are printed beside ours.
Results are recorded in docs/scan.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import add_corpus_option, byte_compile_package

from cratewatch.advisories.database import open_snapshot
from cratewatch.parallel import map_on_cores
from cratewatch.scan.analyze import Context, file_context
from cratewatch.scan.cache import CACHE_FILE, ScanCache
from cratewatch.scan.crate import find_crates, scan_all
from cratewatch.scan.dependencies import known_malware
from cratewatch.scan.extract import DEFAULT_LIMITS
from cratewatch.scan.syntax import parse_rust

CORES = os.cpu_count() or 1


def fetch_corpus(corpus: Path) -> Path:
    registry = corpus / "usr" / "share" / "cargo" / "registry"
    if registry.is_dir() and any(registry.iterdir()):
        return registry
    debs = corpus / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    names = subprocess.run(
        ["apt-cache", "pkgnames", "librust-"], capture_output=True, text=True, check=True
    ).stdout.split()
    packages = sorted(n for n in names if n.endswith("-dev") and "+" not in n)
    print(f"downloading {len(packages)} packages ...", file=sys.stderr)
    subprocess.run(["apt-get", "download", *packages], cwd=debs, capture_output=True, check=False)
    for deb in sorted(debs.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(corpus)], check=False)
    return registry


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the scan's workers): how
    much work the scan was, whatever the machine's speed at the time."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _scanned_size(crate: Path) -> int:
    """Bytes of the files the scan reads: regular files within the per-file limit (links
    are not followed, larger files are reported and skipped)."""
    sizes = (f.lstat().st_size for f in crate.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(size for size in sizes if size <= DEFAULT_LIMITS.max_file_bytes)


def _throughput(crates: int, size: int, elapsed: float, cpu: float | None = None) -> str:
    mb = size / 1e6
    return (
        f"{crates:,} crates, {mb:,.1f} MB of files, scanned in {elapsed:.1f} s "
        f"({mb / elapsed:.1f} MB/s, {mb / elapsed / CORES:.1f} MB/s per core, "
        f"{crates / elapsed:.1f} crates/s, {CORES} cores"
        + (f"; {cpu:.0f} CPU-seconds)" if cpu is not None else ")")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_option(parser)
    parser.add_argument("--guarddog", action="store_true", help="run GuardDog side by side")
    parser.add_argument(
        "--runs", type=int, default=3, help="scan this many times; the median run is the figure"
    )
    parser.add_argument(
        "--syntax-only", action="store_true", help="also time the syntax pass on its own"
    )
    parser.add_argument(
        "--cache", action="store_true", help="each run fills an empty per-file result cache"
    )
    args = parser.parse_args()
    registry = fetch_corpus(args.corpus)
    crates = [p for p in sorted(registry.iterdir()) if (p / "Cargo.toml").is_file()]
    size = sum(_scanned_size(crate) for crate in crates)
    byte_compile_package()
    # the dependencies checked against the advisories, as `cratewatch scan` checks them
    check = known_malware(open_snapshot())
    # This machine's speed varies from minute to minute: several runs, each printed,
    # with the CPU-seconds that show how fast the machine was during it.
    timings = []
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory(prefix="cratewatch-cache-") as cache_dir:
            cache = ScanCache(Path(cache_dir) / CACHE_FILE) if args.cache else None
            started, cpu_before = time.perf_counter(), _cpu_seconds()
            results = scan_all(find_crates(registry)[0], cache=cache, check=check)
            elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_before
        timings.append(elapsed)
        print(f"run {run}: " + _throughput(len(results), size, elapsed, cpu), flush=True)
    median = sorted(timings)[len(timings) // 2]
    print(f"cratewatch (median run): {_throughput(len(results), size, median)}")
    verdicts = Counter(r.verdict.value for r in results)
    share = 100 * verdicts["malicious"] / max(len(results), 1)
    print(f"verdicts: {dict(verdicts)}; malicious: {share:.2f} %\n")
    for result in results:
        if result.verdict != "clean":
            print(
                f"- {result.crate} {result.version}: {result.verdict}: " + "; ".join(result.reasons)
            )
    if args.syntax_only:
        _syntax_pass(crates, size)
    if args.guarddog:
        _guarddog(crates, size)


def _syntax_pass(crates: list[Path], size: int) -> None:
    files = [
        f
        for c in crates
        for f in c.rglob("*.rs")
        if f.is_file() and not f.is_symlink() and _parsed(f.relative_to(c).as_posix())
    ]
    files.sort(key=lambda f: -f.stat().st_size)  # largest first, as the scan does
    started, cpu_before = time.perf_counter(), _cpu_seconds()
    parsed = sum(map_on_cores(_parse_file, files, chunksize=32))
    elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_before
    print(
        f"\nsyntax pass alone: {len(files):,} parsed Rust files ({parsed / 1e6:,.1f} MB) in "
        f"{elapsed:.1f} s, {cpu:.0f} CPU-seconds; {size / 1e6 / elapsed / CORES:.1f} MB/s per "
        "core of all files"
    )


def _parsed(path: str) -> bool:
    """Whether the scan parses this file of a crate (tests, benches and examples it reads
    as written)."""
    return file_context(path, (), False) is not Context.TEST


def _parse_file(path: Path) -> int:
    data = path.read_bytes()
    parse_rust(data)
    return len(data)


def _guarddog(crates: list[Path], size: int) -> None:
    from _guarddog import DEFAULT_VENV, ensure_guarddog, guarddog_version, run_guarddog_all

    exe = ensure_guarddog(DEFAULT_VENV)
    started = time.perf_counter()
    results = run_guarddog_all(exe, crates, workers=CORES)
    elapsed = time.perf_counter() - started
    errors = [r for r in results if r.error]
    flagged = [r for r in results if r.flagged]
    labels = Counter(r.risk_label or "error" for r in results)
    rules = Counter(rule for r in results for rule in r.rules)
    print(
        f"\nGuardDog {guarddog_version(exe)}: {len(results):,} crates in {elapsed:.0f} s "
        f"({size / 1e6 / elapsed:.2f} MB/s, {len(results) / elapsed:.2f} crates/s, {CORES} "
        f"processes); {len(errors)} errors"
    )
    print(f"any rule matched: {len(flagged)} crates ({100 * len(flagged) / len(results):.1f} %)")
    print(f"risk labels: {dict(labels)}")
    print("rules matched (crates): " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    for r in results:
        if r.risk_label not in (None, "no_risks_detected"):
            print(f"- {r.path.name}: {r.risk_label}: {', '.join(r.threats) or ', '.join(r.rules)}")


if __name__ == "__main__":
    main()
