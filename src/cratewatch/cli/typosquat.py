"""``cratewatch typosquat``: do names imitate popular crates?"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_typosquat_parser"]


def cmd_typosquat(args: argparse.Namespace) -> int:
    """Flags -> options -> run -> render -> exit code (1 when a name is flagged)."""
    from cratewatch.cli.terminal import ProgressLine, print_text
    from cratewatch.reporters.typosquat import (
        render_typosquat_human,
        render_typosquat_json,
        tally,
    )
    from cratewatch.typosquat.run import TyposquatOptions, run_typosquat

    options = TyposquatOptions(
        names=tuple(args.names),
        names_file=args.names_file,
        all=args.all,
        index_spec=args.index,
        store=args.store,
        top=args.top,
        owners=tuple(args.owner),
        allowlist=args.allowlist,
        baseline=args.baseline,
    )
    progress = ProgressLine(sys.stderr.isatty())
    try:
        report = run_typosquat(options, progress)
    finally:
        progress.close()
    if args.all or report.invalid:
        print(tally(report), file=sys.stderr)
    if args.format == "json":
        print_text(render_typosquat_json(report))
    else:
        print_text(render_typosquat_human(report))
    return 1 if report.failed else 0


def add_typosquat_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "typosquat",
        help="do crate names imitate popular crates?",
        description="Screen crate names against the most popular crates of a registry.",
    )
    p.add_argument("names", nargs="*", metavar="NAME", help="names to screen")
    p.add_argument(
        "--names-file",
        type=Path,
        metavar="FILE",
        help="names to screen, one per line ('#' comments); a line that is not a crate name "
        "gets its own result instead of stopping the run",
    )
    p.add_argument("--all", action="store_true", help="screen every crate of the index")
    p.add_argument(
        "--index", metavar="PATH", help="registry index directory or archive for the corpus"
    )
    p.add_argument(
        "--store", type=Path, help="ecosystem store for the corpus (default: the ingested one)"
    )
    p.add_argument(
        "--top", type=int, default=3000, help="popular crates to compare with (default 3000)"
    )
    p.add_argument(
        "--owner",
        action="append",
        default=[],
        metavar="LOGIN",
        help="owner of the screened names: look-alikes of their own crates are not squats",
    )
    p.add_argument("--allowlist", type=Path, help="file of names never to flag, one per line")
    p.add_argument(
        "--baseline",
        action="store_true",
        help="crates.io's own check (Typomania as crates.io configures it), for comparison",
    )
    p.add_argument("--format", choices=("human", "json"), default="human")
    p.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")
    p.set_defaults(handler=cmd_typosquat)
