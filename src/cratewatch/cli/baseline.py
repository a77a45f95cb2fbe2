"""``--baseline FILE`` and ``--update-baseline``, shared by ``audit`` and ``check``: the first
run (or an update) records the findings in FILE and passes; later runs report everything
and fail only on findings FILE does not hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.terminal import say

if TYPE_CHECKING:
    from typing import Any

    from cratewatch.audit.baseline import Baseline
    from cratewatch.model.report import Report

__all__ = ["add_baseline_options", "load_baseline", "record_baseline"]


def add_baseline_options(parser: Any) -> None:
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="accept the findings recorded in FILE: fail only on new ones (the first run, "
        "when FILE does not exist, records today's findings there)",
    )
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help="with --baseline: record today's findings in FILE again",
    )


def load_baseline(args: Any) -> Baseline | None:
    """The baseline to apply: FILE when it exists and is not being rewritten."""
    from cratewatch.errors import UsageError

    if args.update_baseline and args.baseline is None:
        raise UsageError("--update-baseline: give the file with --baseline FILE")
    if args.baseline is None or args.update_baseline or not args.baseline.exists():
        return None
    from cratewatch.audit.baseline import read_baseline

    return read_baseline(args.baseline)


def record_baseline(args: Any, report: Report, quiet: bool) -> Report:
    """When FILE is to be written: record the report's findings there and return the
    report with them accepted; else the report as it is."""
    if args.baseline is None or (args.baseline.exists() and not args.update_baseline):
        return report
    from cratewatch.audit.baseline import Baseline, apply_baseline, finding_key, write_baseline

    today = (report.generated or dt.datetime.now(dt.UTC)).date()
    recorded = [f for f in report.findings if f.ignored_reason is None]
    count = write_baseline(args.baseline, recorded, today)
    if not quiet:
        say(f"cratewatch: {count} findings recorded in the baseline {args.baseline}")
    baseline = Baseline(
        str(args.baseline), today.isoformat(), frozenset(finding_key(f) for f in recorded)
    )
    return report._replace(findings=apply_baseline(report.findings, baseline))
