"""``cratewatch scan``: what crate sources can do and whether they look like malware."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cratewatch.cli.bulk import add_bulk_options, cmd_registry_scan, wants_registry_scan
from cratewatch.cli.options import add_color_option, add_db_options, add_manifest_path_option
from cratewatch.errors import UsageError
from cratewatch.model.package import CRATES_IO_SPARSE

if TYPE_CHECKING:
    from cratewatch.scan.config import ScanConfig
    from cratewatch.scan.run import ScanReport

__all__ = ["add_scan_parser"]


def cmd_scan(args: argparse.Namespace) -> int:
    """Flags -> options -> run -> render -> exit code: 0 passed, 1 a crate at the failing
    verdict, one not examined fully, or one asked for and not scanned, 3 nothing scanned."""
    import sys

    from cratewatch.cli.terminal import ProgressLine, print_text
    from cratewatch.errors import InputError
    from cratewatch.model.scan import Verdict
    from cratewatch.reporters.scan import render_scan_human, render_scan_json, tally
    from cratewatch.scan.run import ScanOptions, run_scan

    if wants_registry_scan(args):
        return cmd_registry_scan(args)
    if args.cluster is not None:
        raise UsageError("--cluster runs a whole-registry scan: add --all-versions or --latest")
    if args.manifest_path is not None:
        from cratewatch.cli.options import checked_manifest_path
        from cratewatch.lockfile import find_lockfile

        if args.lockfile is not None:
            raise UsageError("give --lockfile or --manifest-path, not both")
        args.lockfile = find_lockfile(checked_manifest_path(args.manifest_path))
    config = _scan_config(args)
    fail_on = args.fail_on or (config.fail_on.value if config.fail_on else "malicious")
    options = ScanOptions(
        paths=tuple(args.paths),
        lockfile=args.lockfile,
        sources=tuple(args.sources),
        downloads=tuple(args.download),
        registry=args.registry,
        db=tuple(args.db),
        offline=args.offline,
        typosquat=args.typosquat,
        fail_on=Verdict(fail_on),
        policy=config.policy,
        cache=not args.no_cache,
    )
    progress = ProgressLine(sys.stderr.isatty() and not args.quiet)
    try:
        report = run_scan(options, progress)
    finally:
        progress.close()
    if not report.examined:
        unread = [f"{c.path}: {c.problems[0]}" for c in report.crates]
        reasons = unread + [str(n) for n in report.not_scanned]
        more = f" (and {len(reasons) - 3} more)" if len(reasons) > 3 else ""
        raise InputError(f"nothing was scanned: {'; '.join(reasons[:3]) or 'no crate'}{more}")
    if args.format == "sarif":
        from cratewatch.reporters.scan_sarif import render_scan_sarif

        print_text(render_scan_sarif(list(report.crates)))
    elif args.format == "json":
        print_text(render_scan_json(report))
    elif args.quiet:
        print_text(_quiet_human(report))
    else:
        print_text(render_scan_human(report, verbose=args.verbose))
    if args.format != "human" and not args.quiet:
        print(tally(report), file=sys.stderr)
    return 1 if report.failed else 0


def _quiet_human(report: ScanReport) -> str:
    """The human report of the crates that fail or warn (any verdict but clean, or a
    rule at the deny level), what was not scanned and the diagnostics; no clean crate,
    no skipped package, no closing tally. Empty when all is well."""
    from cratewatch.model.scan import Verdict
    from cratewatch.reporters.scan import render_scan_human

    flagged = tuple(c for c in report.crates if c.verdict is not Verdict.CLEAN or c.denied)
    lines = render_scan_human(report._replace(crates=flagged)).splitlines()
    # The reporter always closes with the tally, whose counts would be those of the
    # flagged crates only: it goes with the other extras.
    return "".join(line + "\n" for line in lines[:-1])


def _scan_config(args: argparse.Namespace) -> ScanConfig:
    """``--config``, else the ``cratewatch.toml`` of the first scanned path's project."""
    from cratewatch.audit.config import find_config
    from cratewatch.scan.config import ScanConfig, load_scan_config

    if args.no_config:
        return ScanConfig()
    if args.config is not None:
        return load_scan_config(args.config)
    start = args.lockfile or next(iter(args.paths), None)
    found = find_config(start) if start is not None and start.exists() else None
    return load_scan_config(found) if found is not None else ScanConfig()


def add_scan_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "scan",
        help="scan crate sources for risky capabilities and malware (nothing is run)",
        description="Scan .crate archives or crate directories without building or running them.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=".crate archive, crate directory, or a directory of either",
    )
    p.add_argument(
        "--lockfile",
        type=Path,
        metavar="CARGO_LOCK",
        help="scan the registry crates of this Cargo.lock, found in the source directories",
    )
    add_manifest_path_option(p, "the lockfile scanned (as with --lockfile)")
    p.add_argument(
        "--sources",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="where --lockfile's crates are (repeatable; default: the project's vendor "
        "directory, Cargo's registry cache and sources, /usr/share/cargo/registry)",
    )
    p.add_argument(
        "--download",
        action="append",
        default=[],
        metavar="NAME[@VERSION]",
        help="download a crate from the registry and scan it (repeatable; default: newest)",
    )
    p.add_argument(
        "--registry",
        default=CRATES_IO_SPARSE,
        metavar="URL|MIRROR",
        help="sparse registry for --download (default: crates.io); with --all-versions, "
        "--latest or --since: the registry mirror scanned whole",
    )
    p.add_argument(
        "--format",
        choices=("human", "json", "sarif"),
        default="human",
        help="a registry scan prints a summary (human or json); its results go to the store",
    )
    p.add_argument(
        "--fail-on",
        choices=("malicious", "suspicious"),
        default=None,
        help="exit 1 when a crate gets this verdict or worse (default: the configuration's "
        "scan.fail-on, else malicious); a crate not examined fully (verdict incomplete) "
        "always fails",
    )
    p.add_argument("--config", type=Path, help="configuration file (default: found upward)")
    p.add_argument("--no-config", action="store_true", help="ignore any cratewatch.toml")
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor keep per-file results in the user cache directory (kept by "
        "default, so that a new version of a crate rescans only the files that changed)",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="only what fails or warns: the human report without clean crates and closing "
        "tally; no tally on stderr, no progress line",
    )
    add_color_option(p)
    add_db_options(
        p, "advisory source naming malicious crates (default: local clone or bundled snapshot)"
    )
    p.add_argument(
        "--typosquat",
        metavar="PATH",
        help="also flag dependencies that look like squats of this index's or store's top crates",
    )
    add_bulk_options(p, registry=True)
    p.set_defaults(handler=cmd_scan)
