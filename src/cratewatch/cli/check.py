"""``cratewatch check``: cargo-deny's checks, configured by the project's ``deny.toml``."""

from __future__ import annotations

import sys
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.exits import EXIT_FINDINGS, EXIT_OK
from cratewatch.cli.terminal import say, write_output
from cratewatch.errors import UsageError

if TYPE_CHECKING:
    import argparse
    from typing import Any

__all__ = ["add_check_parser", "cmd_check"]

_CHECKS = ("advisories", "bans", "licenses", "sources")


def add_check_parser(commands: Any) -> None:
    from cratewatch.cli.baseline import add_baseline_options
    from cratewatch.cli.options import (
        add_color_option,
        add_db_options,
        add_level_options,
        add_sources_option,
    )

    check = commands.add_parser(
        "check",
        help="cargo-deny's checks (licenses, bans, sources, advisories) from its deny.toml",
        description="Check a project's dependency graph against its policy: licenses, banned and "
        "duplicate crates, allowed sources and advisories, configured by cargo-deny's deny.toml "
        "as it is (or the same tables under [check] in cratewatch.toml). Nothing is built or run.",
    )
    check.add_argument(
        "items",
        nargs="*",
        metavar="CHECK|PATH",
        help="which checks (advisories, bans, licenses, sources; default all) and the project "
        "directory or Cargo.lock (default: the working directory)",
    )
    check.add_argument("--manifest-path", type=Path, help="the project's Cargo.toml")
    check.add_argument(
        "--config", type=Path, help="deny.toml or cratewatch.toml (default: found upward)"
    )
    add_sources_option(check)
    check.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="TRIPLE",
        help="check the graph for this target (repeatable; replaces [graph] targets)",
    )
    check.add_argument("--features", action="append", default=[], metavar="FEATURES")
    check.add_argument("--all-features", action="store_true")
    check.add_argument("--no-default-features", action="store_true")
    check.add_argument(
        "--exclude-dev", action="store_true", help="leave development dependencies out"
    )
    add_db_options(check)
    check.add_argument(
        "--graph-from",
        choices=("files", "cargo"),
        default="files",
        help="read the dependency graph from the manifests as Cargo would (default), or ask "
        "`cargo metadata --offline --locked` (cargo must be installed; it builds and runs nothing)",
    )
    check.add_argument(
        "--store",
        type=Path,
        metavar="DIR",
        help="an ecosystem store (`cratewatch ecosystem ingest` of a crates.io dump): the "
        "manifests crates.io recorded (license, dependencies, features) for crates.io packages "
        "whose sources are not at hand",
    )
    check.add_argument("--format", choices=("human", "json", "sarif", "markdown"), default="human")
    check.add_argument("-o", "--output", type=Path, help="write the report to this file")
    add_level_options(check)
    add_color_option(check)
    check.add_argument("-q", "--quiet", action="store_true", help="only what fails or warns")
    add_baseline_options(check)
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from cratewatch.check.run import CheckOptions, run_check
    from cratewatch.cli.baseline import load_baseline, record_baseline
    from cratewatch.cli.options import checked_sources, chosen_levels
    from cratewatch.cli.terminal import color_choice

    checks = [item for item in args.items if item in _CHECKS]
    paths = [Path(item) for item in args.items if item not in _CHECKS]
    if len(paths) > 1:
        raise UsageError(f"one project at a time, not {len(paths)} ({', '.join(map(str, paths))})")
    if args.manifest_path is not None:
        if paths:
            raise UsageError("give PATH or --manifest-path, not both")
        from cratewatch.cli.options import checked_manifest_path

        paths = [checked_manifest_path(args.manifest_path)]
    report = run_check(
        paths[0] if paths else Path(),
        CheckOptions(
            checks=tuple(dict.fromkeys(checks)) or _CHECKS,
            config=args.config,
            sources=checked_sources(args.sources),
            targets=tuple(args.target),
            features=tuple(f for group in args.features for f in group.replace(",", " ").split()),
            all_features=args.all_features,
            no_default_features=args.no_default_features,
            exclude_dev=args.exclude_dev,
            db=tuple(args.db),
            offline=args.offline,
            levels=chosen_levels(args),
            store=args.store,
            graph_from=args.graph_from,
            baseline=load_baseline(args),
        ),
    )
    report = record_baseline(args, report, args.quiet)
    if args.format == "human":
        from cratewatch.cli.terminal import report_width
        from cratewatch.reporters.human import DEFAULT_WIDTH, render_human

        color = color_choice(args.color, sys.stdout, args.output)
        width = report_width(args.output, DEFAULT_WIDTH)
        text = render_human(report, color=color, width=width, quiet=args.quiet)
    else:
        from cratewatch.reporters import OutputFormat, render

        text = render(report, OutputFormat(args.format))
    write_output(text, args.output)
    if not args.quiet and args.format != "human":
        failing = " (failing)" if report.failed else ""
        say(
            f"cratewatch: {report.package_count} packages checked, "
            f"{len(report.visible_findings())} findings{failing}"
        )
    return EXIT_FINDINGS if report.failed else EXIT_OK
