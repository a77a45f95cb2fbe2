"""``cratewatch diff``: what changed between two versions of a crate that a reviewer must see."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cratewatch.cli.options import add_color_option

__all__ = ["add_diff_parser"]


def cmd_diff(args: argparse.Namespace) -> int:
    from cratewatch.cli.terminal import print_text
    from cratewatch.reporters.diff import render_diff_human, render_diff_json
    from cratewatch.scan.diff import ChangeVerdict, diff_paths

    screener = None
    if args.typosquat is not None:
        from cratewatch.audit.typosquat import open_screener
        from cratewatch.cachedir import user_cache_dir

        screener = open_screener(args.typosquat, user_cache_dir())
    diff = diff_paths(args.old, args.new, screener)
    worth_saying = diff.verdict.rank >= ChangeVerdict.REVIEW.rank or diff.warnings
    if args.format == "json":
        print_text(render_diff_json(diff))
    elif worth_saying or not args.quiet:
        print_text(render_diff_human(diff))
    return 1 if diff.verdict.rank >= ChangeVerdict(args.fail_on).rank else 0


def add_diff_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "diff",
        help="what changed between two versions of a crate (capabilities, threats, dependencies)",
        description="Compare two versions of one crate, each a .crate archive or a directory, "
        "for what matters in a supply-chain review. Nothing is built or run.",
    )
    p.add_argument("old", type=Path, metavar="OLD", help="the old version: .crate or directory")
    p.add_argument("new", type=Path, metavar="NEW", help="the new version: .crate or directory")
    p.add_argument("--format", choices=("human", "json"), default="human")
    p.add_argument(
        "--fail-on",
        choices=("risky", "review"),
        default="risky",
        help="exit 1 when the change gets this verdict or worse (default: risky)",
    )
    p.add_argument(
        "--typosquat",
        metavar="PATH",
        help="screen added dependencies for typosquatting against the popular crates of this "
        "index (directory or archive) or ecosystem store",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="only what fails or warns: no human report for a change below 'review' "
        "that has no warning",
    )
    add_color_option(p)
    p.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")
    p.set_defaults(handler=cmd_diff)
