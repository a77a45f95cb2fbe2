"""Time and peak memory of a whole ``cratewatch`` process on each hostile input.

Every case of ``tests/hostile/cases.py`` (hostile archives for ``scan`` and ``diff``,
pathological sources, special files and deep nesting for ``audit``) is built in a
scratch folder and run in a child process; the table gives its wall time, its peak
resident memory (``wait4``) and its exit code, against the limits of 5 s and 500 MB per
input. Run from the project root:

    python benchmarks/hostile_inputs.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile.cases import CASES, MAX_RSS_MB, MAX_SECONDS, run_case


def main() -> int:
    print(f"{'case':<52} {'seconds':>8} {'MB':>6} exit")
    worst_time = worst_memory = 0.0
    failures = 0
    for case in CASES:
        with tempfile.TemporaryDirectory() as scratch:
            outcome = run_case(case, Path(scratch))
        ok = (
            outcome.seconds < case.seconds
            and outcome.rss_mb < MAX_RSS_MB
            and outcome.exit_code in case.exit_codes
        )
        failures += not ok
        worst_time = max(worst_time, outcome.seconds)
        worst_memory = max(worst_memory, outcome.rss_mb)
        flag = "" if ok else "  <- over a limit or unexpected exit"
        print(
            f"{case.name:<52} {outcome.seconds:>8.2f} {outcome.rss_mb:>6.0f} "
            f"{outcome.exit_code:>4}{flag}"
        )
    limits = f"limits {MAX_SECONDS:g} s or a case's own, {MAX_RSS_MB:g} MB"
    print(f"worst: {worst_time:.2f} s, {worst_memory:.0f} MB ({limits})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
