"""Audit speed, side by side with cargo-deny on the same lockfile and database.

    python benchmarks/audit_speed.py [--runs N] [--lockfiles N] [--skip-cargo-deny]

Prints, for this machine:
1. building the compiled advisory cache from the RustSec Markdown (cold);
2. `cratewatch audit` of the newest ripgrep Cargo.lock, end to end (a new
   process each run, warm cache), with the shipped snapshot and with `--db`, in a
   cache directory of their own;
3. cargo-deny 0.14.2 auditing the same lockfile against the same database, run
   by the shared reference script (`deny_ref.py --repeat N`, median of its own
   wall time), and whether both report the same findings;
4. N lockfiles (the 22 real ones, cycled) audited in one process.
Targets: (2) at most a quarter of (3), every ratio; (4) for 1,000 lockfiles under
10 s; (1) under 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from _common import (
    ADVISORY_DB,
    NEWEST_RIPGREP,
    byte_compile_package,
    cratewatch_command,
    lockfiles,
    median_wall,
    run_deny_ref,
)

from cratewatch.advisories.database import build_database, load_sources
from cratewatch.advisories.sources import RustSecDirectory
from cratewatch.audit import AuditOptions, audit_lockfile
from cratewatch.lockfile import read_lockfile


def cache_build_seconds() -> float:
    start = time.perf_counter()
    build_database([RustSecDirectory(ADVISORY_DB)])
    return time.perf_counter() - start


def cargo_deny(lockfile: Path, runs: int) -> tuple[float, set[tuple[str, str, str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        out, meta = Path(tmp) / "found.json", Path(tmp) / "meta.json"
        run_deny_ref(lockfile, out, "--meta", str(meta), "--repeat", str(runs))
        seconds = json.loads(meta.read_text())["wall_time_median_s"]
        found = {(x["id"], x["crate"], x["version"]) for x in json.loads(out.read_text())}
    return float(seconds), found


def many_lockfiles_seconds(count: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        database = load_sources([RustSecDirectory(ADVISORY_DB)], Path(cache))
        findings = 0
        for path in islice(cycle(lockfiles()), count):
            findings += len(audit_lockfile(read_lockfile(path), database, AuditOptions()).findings)
        return time.perf_counter() - start, findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--lockfiles", type=int, default=1000)
    parser.add_argument("--skip-cargo-deny", action="store_true")
    args = parser.parse_args()
    byte_compile_package()

    print(
        f"1. cache build from {len(list(ADVISORY_DB.glob('*/*/*.md')))} Markdown advisories: "
        f"{cache_build_seconds():.2f} s (target < 3 s)"
    )

    audit = ["audit", str(NEWEST_RIPGREP), "--no-config", "--offline", "-q"]
    # A cache directory of their own: without --db, an audit uses the clone made by
    # `cratewatch db update` when there is one, and the snapshot rows would measure
    # that instead. The --db rows use the compiled cache their warm-up run makes.
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "CRATEWATCH_CACHE_DIR": cache}
        json_db = ("--format", "json", "--db", str(ADVISORY_DB))
        snapshot_json = median_wall(cratewatch_command(*audit, "--format", "json"), args.runs, env)
        snapshot_human = median_wall(cratewatch_command(*audit), args.runs, env)
        with_db = median_wall(cratewatch_command(*audit, *json_db), args.runs, env)
        with_db_human = median_wall(
            cratewatch_command(*audit, "--db", str(ADVISORY_DB)), args.runs, env
        )
    print(f"2. cratewatch audit {NEWEST_RIPGREP.name} (median of {args.runs}, new process each):")
    print(f"     shipped snapshot, json   {snapshot_json * 1000:7.0f} ms")
    print(f"     shipped snapshot, human  {snapshot_human * 1000:7.0f} ms")
    print(f"     --db advisory-db, json   {with_db * 1000:7.0f} ms")
    print(f"     --db advisory-db, human  {with_db_human * 1000:7.0f} ms")

    if not args.skip_cargo_deny:
        deny_seconds, deny_found = cargo_deny(NEWEST_RIPGREP, args.runs)
        ours = json.loads(
            subprocess.run(
                cratewatch_command(*audit, "--format", "json", "--db", str(ADVISORY_DB)),
                capture_output=True,
                text=True,
                check=False,
            ).stdout
        )
        our_found = {(f["advisory_id"], f["crate"], f["version"]) for f in ours["findings"]}
        print(
            f"3. cargo-deny 0.14.2, same lockfile and database: {deny_seconds * 1000:7.0f} ms "
            f"(same findings: {our_found == deny_found})"
        )
        for label, seconds in (
            ("--db, json", with_db),
            ("--db, human", with_db_human),
            ("snapshot, json", snapshot_json),
            ("snapshot, human", snapshot_human),
        ):
            print(
                f"   ratio cratewatch ({label}) / cargo-deny: "
                f"{seconds / deny_seconds:.2f} (target <= 0.25)"
            )

    seconds, findings = many_lockfiles_seconds(args.lockfiles)
    print(
        f"4. {args.lockfiles} lockfiles in one process: {seconds:.2f} s, "
        f"{findings} findings (target < 10 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
