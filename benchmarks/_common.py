"""Shared paths and helpers of the benchmark scripts (not part of the package)."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
ADVISORY_DB = SHARED / "data" / "advisory-db"
CARGO_LOCKS = SHARED / "data" / "cargo-locks"
NEWEST_RIPGREP = CARGO_LOCKS / "BurntSushi__ripgrep__2026-08-04__3fce3b5bb023.Cargo.lock"
DENY_REF = SHARED / "tools" / "cargo-deny-reference" / "deny_ref.py"
EXPECTED_DIR = PROJECT_ROOT / "tests" / "audit" / "cargo_deny_expected"
#: where scan_debian.py downloads and unpacks Debian's librust-*-dev packages
DEBIAN_CORPUS = Path(tempfile.gettempdir()) / "cratewatch-debian-corpus"


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    """``--corpus DIR``: Debian's crates, unpacked as ``scan_debian.py`` leaves them."""
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEBIAN_CORPUS,
        help="Debian's packages unpacked (as benchmarks/scan_debian.py leaves them)",
    )


def lockfiles() -> list[Path]:
    return sorted(CARGO_LOCKS.glob("*.lock"))


def median_wall(command: list[str], runs: int, env: Mapping[str, str] | None = None) -> float:
    """Median wall time of ``command`` over ``runs`` runs (after one warm-up run)."""
    subprocess.run(command, capture_output=True, check=False, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_deny_ref(lockfile: Path, out: Path, *extra: str) -> None:
    """cargo-deny's findings for ``lockfile`` against the shared database, written to ``out``."""
    command = [sys.executable, str(DENY_REF), str(lockfile), "--db", str(ADVISORY_DB)]
    subprocess.run([*command, "--out", str(out), *extra], check=True, capture_output=True)


def cratewatch_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "cratewatch", *args]


def byte_compile_package() -> None:
    """Compile the package's modules as `pip install` does, so runs measure an installed tool.

    (An editable install under PYTHONDONTWRITEBYTECODE=1 would otherwise recompile
    every module on every run.)
    """
    import compileall

    import cratewatch

    compileall.compile_dir(Path(cratewatch.__file__).parent, quiet=1)
