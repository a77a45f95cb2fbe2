"""``cratewatch scan``: what crate sources can do and whether they look like malware."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cratewatch.cli.options import add_db_options
from cratewatch.model.package import CRATES_IO_SPARSE

if TYPE_CHECKING:
    from cratewatch.scan.analyze import Evidence
    from cratewatch.scan.crate import CrateScan
    from cratewatch.scan.dependencies import DependencyCheck

__all__ = ["add_scan_parser"]

_ORDER = {"malicious": 2, "suspicious": 1, "clean": 0}


def evidence_to_dict(e: Evidence) -> dict[str, Any]:
    """One finding in JSON, with its rule's kind and severity."""
    from cratewatch.scan.rules import rules_by_id

    rule = rules_by_id()[e.rule]
    return {
        "rule": e.rule,
        "kind": rule.kind.value,
        "severity": rule.severity,
        "file": e.file,
        "line": e.line,
        "context": e.context.value,
        "cfg": e.cfg,
        "snippet": e.snippet,
    }


def scan_to_dict(result: CrateScan) -> dict[str, Any]:
    return {
        "crate": result.crate,
        "version": result.version,
        "path": result.path,
        "verdict": result.verdict,
        "reasons": list(result.reasons),
        "risk_score": result.risk_score,
        "capabilities": list(result.capabilities),
        "unsafe": {**result.unsafe._asdict(), "total": result.unsafe.total},
        "findings": [evidence_to_dict(e) for e in result.findings],
        "problems": list(result.problems),
    }


def _human(results: list[CrateScan]) -> str:
    lines = []
    for r in results:
        name = f"{r.crate} {r.version}".strip()
        caps = ", ".join(r.capabilities) or "none"
        lines.append(
            f"{name}: {r.verdict.upper()} (risk {r.risk_score:g}; capabilities: {caps};"
            f" unsafe: {r.unsafe.total})"
        )
        for reason in r.reasons:
            lines.append(f"    why: {reason}")
        for problem in r.problems:
            lines.append(f"    archive: {problem}")
        for e in r.findings:
            if e.rule.startswith("threat-"):
                where = f"{e.context.value}, cfg({e.cfg})" if e.cfg else e.context.value
                lines.append(f"    {e.rule} at {e.file}:{e.line} ({where}): {e.snippet}")
    return "\n".join(lines) + "\n"


def dependency_check(db: list[str], offline: bool, typosquat: str | None) -> DependencyCheck:
    """Known-malicious crates from the advisory database (``--db``, else the local clone
    or the bundled snapshot; never fetched here), and a typosquat screener if asked."""
    from cratewatch.advisories.database import open_database
    from cratewatch.audit.typosquat import open_screener
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.scan.dependencies import DependencyCheck, malicious_crates

    cache_dir = user_cache_dir()
    database = open_database(db, cache_dir, offline=offline)
    screener = open_screener(typosquat, cache_dir) if typosquat else None
    return DependencyCheck(malicious_crates(database), screener)


def _locked_crates(args: argparse.Namespace) -> tuple[list[Path], bool]:
    """The crates of ``--lockfile`` found in the source directories, and whether any
    archive there failed the lockfile's checksum (reported, and the scan fails)."""
    import sys

    from cratewatch.scan.sources import crates_from_lockfile, default_source_dirs

    if args.lockfile is None:
        return [], False
    dirs = args.sources or default_source_dirs(args.lockfile)
    locked = crates_from_lockfile(args.lockfile, dirs)
    print(
        f"{args.lockfile}: {len(locked.found)} crates found, {len(locked.missing)} missing, "
        f"{len(locked.skipped)} skipped, {len(locked.rejected)} rejected "
        f"(sources: {', '.join(str(d) for d in dirs) or 'none'})",
        file=sys.stderr,
    )
    for label, items in (("missing", locked.missing), ("skipped", locked.skipped)):
        if args.verbose:
            for item in items:
                print(f"  {label}: {item}", file=sys.stderr)
    for item in locked.rejected:
        print(f"  rejected: {item}", file=sys.stderr)
    return locked.found, bool(locked.rejected)


def cmd_scan(args: argparse.Namespace) -> int:
    import sys
    import tempfile

    from cratewatch.cli.terminal import ProgressLine, print_text
    from cratewatch.errors import UsageError
    from cratewatch.scan.crate import scan_all
    from cratewatch.scan.sources import CrateDownloader, parse_crate_spec

    if not (args.paths or args.lockfile or args.download):
        raise UsageError("scan: give crate paths, --lockfile or --download")
    check = dependency_check(args.db, args.offline, args.typosquat)
    locked, rejected = _locked_crates(args)
    with tempfile.TemporaryDirectory(prefix="cratewatch-scan-") as downloads:
        fetched = []
        if args.download:
            if args.offline:
                raise UsageError("--download needs the network, and --offline is set")
            with CrateDownloader(args.registry) as downloader:
                for spec in args.download:
                    name, version = parse_crate_spec(spec)
                    fetched.append(downloader.download(name, version, dest=Path(downloads)))
        progress = ProgressLine(sys.stderr.isatty())
        try:
            results = scan_all(
                [*args.paths, *locked, *fetched],
                progress=lambda done, total: progress("scanning crates", done, total),
                check=check,
            )
        finally:
            progress.close()
    if args.format == "sarif":
        from cratewatch.reporters.scan_sarif import render_scan_sarif

        print_text(render_scan_sarif(results))
    elif args.format == "json":
        print_text(json.dumps([scan_to_dict(r) for r in results], indent=2))
    else:
        print_text(_human(results))
    worst = max((_ORDER[r.verdict] for r in results), default=0)
    return 1 if worst >= _ORDER[args.fail_on] or rejected else 0


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
        metavar="URL",
        help="sparse registry for --download (default: crates.io)",
    )
    p.add_argument("--format", choices=("human", "json", "sarif"), default="human")
    p.add_argument(
        "--fail-on",
        choices=("malicious", "suspicious"),
        default="malicious",
        help="exit 1 when a crate gets this verdict or worse (default: malicious)",
    )
    add_db_options(
        p, "advisory source naming malicious crates (default: local clone or bundled snapshot)"
    )
    p.add_argument(
        "--typosquat",
        metavar="PATH",
        help="also flag dependencies that look like squats of this index's or store's top crates",
    )
    p.set_defaults(handler=cmd_scan)
