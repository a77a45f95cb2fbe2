"""Record cargo-deny's findings for every shared lockfile, and compare them with cratewatch.

    python benchmarks/record_cargo_deny.py [--write]

Runs the shared cargo-deny reference script on each lockfile of the shared data
against the shared advisory-db, and compares the (advisory, crate, version, kind)
set with `cratewatch.audit.engine.detect` on all platforms. With `--write`, the
cargo-deny results become the expectations in tests/audit/cargo_deny_expected/,
which the test suite checks on every run (without needing cargo-deny).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from _common import ADVISORY_DB, EXPECTED_DIR, lockfiles, run_deny_ref

from cratewatch.advisories.database import load_sources
from cratewatch.advisories.sources import RustSecDirectory
from cratewatch.audit.engine import detect
from cratewatch.lockfile import read_lockfile
from cratewatch.model import Advisory


def deny_kind(advisory: Advisory) -> str:
    """cargo-deny's kind: the informational value, else a vulnerability (malicious too)."""
    return advisory.informational or "vulnerability"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="update the test expectations")
    args = parser.parse_args()
    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        database = load_sources([RustSecDirectory(ADVISORY_DB)], Path(tmp) / "cache")
        for lockfile in lockfiles():
            out = Path(tmp) / "found.json"
            run_deny_ref(lockfile, out)
            expected = json.loads(out.read_text())
            theirs = {(x["id"], x["crate"], x["version"], x["kind"]) for x in expected}
            ours = {
                (
                    f.advisory.id,
                    f.package.name,
                    str(f.package.version),
                    f.advisory.informational or "vulnerability",
                )
                for f in detect(read_lockfile(lockfile), database).findings
                if f.advisory is not None and f.package is not None
            }
            status = "same" if ours == theirs else f"missing {theirs - ours} extra {ours - theirs}"
            differing += ours != theirs
            print(f"{lockfile.name}: cargo-deny {len(theirs)}, cratewatch {len(ours)}: {status}")
            if args.write:
                target = EXPECTED_DIR / (lockfile.name.removesuffix(".Cargo.lock") + ".json")
                target.write_text(json.dumps(expected, indent=1) + "\n")
    print(f"{len(lockfiles()) - differing} of {len(lockfiles())} lockfiles give the same findings")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
