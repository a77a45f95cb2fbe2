"""``cratewatch reach``: whether each advisory finding's vulnerable function is reachable."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.options import add_db_options, add_sources_option
from cratewatch.errors import UsageError

if TYPE_CHECKING:
    import argparse
    from typing import Any

__all__ = ["add_reach_parser", "cmd_reach"]

EXIT_REACHABLE = 1


def add_reach_parser(commands: Any) -> None:
    reach = commands.add_parser(
        "reach",
        help="is each advisory's vulnerable function reachable from your code?",
        description="Audit a project's Cargo.lock and, for each advisory that names affected "
        "functions, decide from the sources (nothing is built or run) whether your code can "
        "call them: reachable (with a call path), not reachable (with the reason) or unknown.",
    )
    reach.add_argument(
        "path", nargs="?", type=Path, default=Path(), help="project directory or Cargo.lock"
    )
    add_db_options(reach)
    add_sources_option(reach)
    reach.add_argument("--features", action="append", default=[], metavar="FEATURES")
    reach.add_argument("--all-features", action="store_true")
    reach.add_argument("--no-default-features", action="store_true")
    reach.add_argument("--target", metavar="TRIPLE", help="evaluate #[cfg(...)] for this target")
    reach.add_argument(
        "--download",
        action="store_true",
        help="download the registry packages found in no source directory (checked against the "
        "lockfile's checksums); without it the network is never used",
    )
    reach.add_argument(
        "--registry",
        metavar="URL",
        default=None,
        help="sparse registry for --download (default: crates.io)",
    )
    reach.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor keep the crates' parsed items in the user cache directory",
    )
    reach.add_argument(
        "--format",
        choices=("human", "json", "cyclonedx-vex", "openvex"),
        default="human",
        help="human (default), json, or a VEX document: CycloneDX 1.6 or OpenVEX 0.2.0",
    )
    reach.add_argument(
        "--fail-on",
        choices=("reachable", "any"),
        default="any",
        help="exit 1 on reachable findings only, or on any finding (default)",
    )
    reach.set_defaults(handler=cmd_reach)


def cmd_reach(args: argparse.Namespace) -> int:
    from cratewatch.audit.run import AuditOptions, run_audit
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.lockfile import find_lockfile, read_lockfile
    from cratewatch.model.package import CRATES_IO_SPARSE
    from cratewatch.model.reach import ReachState
    from cratewatch.model.target import Target
    from cratewatch.reach.run import ReachOptions, reach_report

    if args.download and args.offline:
        raise UsageError("--download: not with --offline")
    if args.target:
        try:
            Target.parse(args.target)
        except UsageError as exc:
            raise UsageError(f"--target: {exc}") from None
    lockfile_path = find_lockfile(args.path)
    report = run_audit(
        args.path,
        AuditOptions(
            db=tuple(args.db), offline=args.offline, targets=tuple(filter(None, [args.target]))
        ),
    )
    lockfile = read_lockfile(lockfile_path)
    features = tuple(f for group in args.features for f in group.replace(",", " ").split())
    results, problems = reach_report(
        report,
        lockfile,
        lockfile_path.parent,
        ReachOptions(
            sources=tuple(args.sources),
            features=features,
            all_features=args.all_features,
            no_default_features=args.no_default_features,
            target=args.target,
            cache=None if args.no_cache else user_cache_dir() / "reach",
            download=args.download,
            registry=args.registry or CRATES_IO_SPARSE,
        ),
    )
    if args.format == "json":
        from cratewatch.reporters.reach import reach_json

        sys.stdout.write(json.dumps(reach_json(report, results, problems), indent=2) + "\n")
    elif args.format in ("cyclonedx-vex", "openvex"):
        from cratewatch.reporters.vex import cyclonedx_vex, openvex, purl

        roots = [p for p in lockfile.packages if p.id in lockfile.roots and p.id.is_local]
        product = (
            purl(str(roots[0].name), str(roots[0].version)) if roots else lockfile_path.parent.name
        )
        if args.format == "openvex":
            sys.stdout.write(json.dumps(openvex(results, product), indent=2) + "\n")
        else:
            sys.stdout.write(cyclonedx_vex(results, product) + "\n")
    else:
        from cratewatch.reporters.reach import reach_human

        sys.stdout.write(reach_human(results, problems))
    reachable = any(r.reachability.state is ReachState.REACHABLE for r in results)
    if args.fail_on == "reachable":
        return EXIT_REACHABLE if reachable else 0
    return EXIT_REACHABLE if report.failed else 0
