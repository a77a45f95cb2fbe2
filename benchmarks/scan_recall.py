"""Recall of ``cratewatch scan`` on the labelled inert incident samples.

    python benchmarks/scan_recall.py [--guarddog]

Scans every sample of ``tests/scan/incidents`` (see its README: crates modelled on the
RustSec advisories of malicious crates, and clean look-alikes) and prints each sample's
verdict beside the expected one, the recall (the share of malicious samples judged
``malicious``, and of bad samples judged at least ``suspicious``), the recall per technique
and the false alarms on the clean look-alikes. With ``--guarddog`` GuardDog runs on the
same samples, side by side (installed into a separate virtual environment on first use).
Results are recorded in docs/scan.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import tomli

from cratewatch.advisories.database import open_snapshot
from cratewatch.scan.crate import scan_path
from cratewatch.scan.dependencies import DependencyCheck, malicious_crates

INCIDENTS = Path(__file__).resolve().parent.parent / "tests" / "scan" / "incidents"
_RANK = {"clean": 0, "suspicious": 1, "malicious": 2}


def load_labels() -> list[dict[str, Any]]:
    samples: list[dict[str, Any]] = tomli.loads(
        (INCIDENTS / "labels.toml").read_text(encoding="utf-8")
    )["sample"]
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guarddog", action="store_true", help="run GuardDog side by side")
    parser.add_argument(
        "--guarddog-venv", type=Path, default=Path(tempfile.gettempdir()) / "guarddog-venv"
    )
    args = parser.parse_args()
    samples = load_labels()
    dirs = [INCIDENTS / s["dir"] for s in samples]

    check = DependencyCheck(malicious_crates(open_snapshot()))
    started = time.perf_counter()
    ours = {d.name: scan_path(d, check) for d in dirs}
    our_seconds = time.perf_counter() - started
    theirs: dict[str, Any] = {}
    their_seconds = 0.0
    if args.guarddog:
        from _guarddog import ensure_guarddog, run_guarddog_all

        exe = ensure_guarddog(args.guarddog_venv)
        started = time.perf_counter()
        theirs = {Path(r.path).name: r for r in run_guarddog_all(exe, dirs)}
        their_seconds = time.perf_counter() - started

    print(f"{'sample':40} {'expected':10} {'cratewatch':11} {'guarddog' if theirs else ''}")
    caught = defaultdict(lambda: [0, 0, 0])  # technique -> [samples, ours, theirs]
    totals = {"bad": 0, "malicious": 0, "ours_exact": 0, "ours_any": 0, "theirs_any": 0}
    false_alarms = {"clean": 0, "ours": 0, "theirs": 0}
    for sample in samples:
        name, expected = sample["dir"], sample["expected"]
        verdict = ours[name].verdict
        flagged = theirs[name].flagged if name in theirs else None
        shown = "" if flagged is None else ("flagged" if flagged else "-")
        print(f"{name:40} {expected:10} {verdict:11} {shown}")
        if expected == "clean":
            false_alarms["clean"] += 1
            false_alarms["ours"] += verdict != "clean"
            false_alarms["theirs"] += bool(flagged)
            continue
        totals["bad"] += 1
        totals["malicious"] += expected == "malicious"
        totals["ours_exact"] += _RANK[verdict] >= _RANK[expected] and expected == "malicious"
        totals["ours_any"] += verdict != "clean"
        totals["theirs_any"] += bool(flagged)
        for technique in sample["techniques"]:
            caught[technique][0] += 1
            caught[technique][1] += verdict != "clean"
            caught[technique][2] += bool(flagged)

    print()
    print(
        f"cratewatch: {totals['ours_exact']}/{totals['malicious']} malicious samples judged "
        f"malicious; {totals['ours_any']}/{totals['bad']} bad samples flagged "
        f"(malicious or suspicious); false alarms {false_alarms['ours']}/{false_alarms['clean']}"
        f"; {our_seconds:.2f} s"
    )
    if theirs:
        print(
            f"GuardDog:   {totals['theirs_any']}/{totals['bad']} bad samples flagged; false alarms "
            f"{false_alarms['theirs']}/{false_alarms['clean']}; {their_seconds:.1f} s"
        )
    print("\nper technique (samples: flagged by cratewatch" + (", by GuardDog)" if theirs else ")"))
    for technique, (count, by_us, by_them) in sorted(caught.items()):
        extra = f", {by_them}" if theirs else ""
        print(f"  {technique:30} {count}: {by_us}{extra}")


if __name__ == "__main__":
    main()
