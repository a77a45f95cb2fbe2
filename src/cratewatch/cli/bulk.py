"""``cratewatch scan --registry MIRROR --all-versions|--latest|--since DATE`` and
``cratewatch rescan``: whole-registry scans into the service's store, on the local
process pool or a dask.distributed cluster (``--cluster``).

Exit codes: 0 when every selected version has its screening in the store, 1 when some
archive could not be fetched (listed; a rerun tries them again), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from cratewatch.errors import UsageError

if TYPE_CHECKING:
    from cratewatch.bulk.run import BulkOptions, BulkSummary
    from cratewatch.scan.dependencies import DependencyCheck
    from cratewatch.service.settings import ServiceSettings
    from cratewatch.service.store import Store

__all__ = ["add_bulk_options", "add_rescan_parser", "cmd_registry_scan", "wants_registry_scan"]

_SHOWN: Final = 20  # lines of unfetched archives and skipped index lines shown


def wants_registry_scan(args: argparse.Namespace) -> bool:
    return bool(args.all_versions or args.latest or args.since is not None)


def cmd_registry_scan(args: argparse.Namespace) -> int:
    """Every version (or each crate's latest, or those since a date) of the mirror."""
    from cratewatch.bulk.run import mirror_targets, run_bulk
    from cratewatch.cli.terminal import say
    from cratewatch.registry.mirror import open_mirror

    if args.paths or args.lockfile is not None or args.download:
        raise UsageError("a registry scan takes no PATH, --lockfile or --download")
    if args.all_versions and args.latest:
        raise UsageError("give --all-versions or --latest, not both")
    if args.format == "sarif":
        raise UsageError("a registry scan prints a summary: --format human or json")
    mirror = open_mirror(args.registry)
    problems: list[str] = []
    targets = mirror_targets(
        mirror, latest=args.latest, since=args.since, on_problem=problems.append
    )
    with _open_store(args) as store, _progress(args) as progress:
        summary = run_bulk(targets, store, _options(args), _dependency_check(args), progress)
    for line in problems[:_SHOWN]:
        say(_clean(line))
    return _report(args, f"registry scan of {mirror.describe()}", summary, len(problems))


def cmd_rescan(args: argparse.Namespace) -> int:
    """The store's versions that the current rules never judged, screened again."""
    from cratewatch.bulk.run import BulkSummary, run_bulk, stale_targets
    from cratewatch.cli.service import crate_dir
    from cratewatch.service.screening import current_rules_version

    settings = _settings(args)
    summary = BulkSummary()  # counts the versions whose archive is not kept too
    with _open_store(args, settings) as store, _progress(args) as progress:
        kept = crate_dir(args.crate_dir or settings.crate_dir, store)
        targets = stale_targets(store, kept, current_rules_version(), summary.missing)
        run_bulk(targets, store, _options(args), _dependency_check(args), progress, summary)
    return _report(args, f"rescan of {store.url}", summary, 0)


def _settings(args: argparse.Namespace) -> ServiceSettings:
    """``[service]`` of the configuration: the store and where archives are kept."""
    from cratewatch.audit.config import find_config
    from cratewatch.service.settings import load_service_settings

    config = None if args.no_config else (args.config or find_config(Path.cwd()))
    return load_service_settings(config)


def _open_store(args: argparse.Namespace, settings: ServiceSettings | None = None) -> Store:
    """``--store``, else ``store`` of ``[service]`` (``settings``, when already read)."""
    from cratewatch.service.store import Store

    return Store(args.store or (settings or _settings(args)).store)


def _options(args: argparse.Namespace) -> BulkOptions:
    from cratewatch.bulk.run import BulkOptions
    from cratewatch.bulk.task import Limits

    for flag in ("workers", "time_limit", "memory_limit", "batch_size"):
        value = getattr(args, flag)
        if value is not None and value <= 0:
            raise UsageError(f"--{flag.replace('_', '-')} must be positive")
    options = BulkOptions(cluster=args.cluster, workers=args.workers, cache=not args.no_cache)
    if args.batch_size:
        options = options._replace(batch_bytes=int(args.batch_size * 1024**2))
    limits = Limits()
    if args.time_limit:
        limits = limits._replace(seconds=args.time_limit)
    if args.memory_limit:
        limits = limits._replace(memory=int(args.memory_limit * 1024**2))
    return options._replace(limits=limits)


def _dependency_check(args: argparse.Namespace) -> DependencyCheck:
    """The known-malicious crates of the advisory database (``--db``, else the local
    clone or the bundled snapshot): they travel with every task."""
    from cratewatch.scan.run import dependency_check

    return dependency_check(tuple(args.db), args.offline, None)


@contextlib.contextmanager
def _progress(args: argparse.Namespace) -> Iterator[Callable[[int], None]]:
    """How many versions came back, on a terminal's progress line."""
    from cratewatch.cli.terminal import ProgressLine

    line = ProgressLine(sys.stderr.isatty() and not args.quiet)
    try:
        yield lambda done: line("versions scanned", done, None)
    finally:
        line.close()


def _report(args: argparse.Namespace, what: str, summary: BulkSummary, skipped: int) -> int:
    from cratewatch.cli.terminal import print_text, say

    if args.format == "json":
        print_text(json.dumps(_document(what, summary, skipped), indent=2) + "\n")
    else:
        risks = ", ".join(f"{risk} {count}" for risk, count in sorted(summary.by_risk.items()))
        print_text(
            _clean(
                f"{what} on the {summary.engine or 'engine'}: {summary.selected} versions "
                f"selected, {summary.already} screened by these rules before, "
                f"{summary.recorded} recorded ({risks or 'none'}), {summary.failed} stopped "
                f"at a limit, {summary.unfetched} not fetched; "
                f"{summary.seconds:.1f} s\n"
            )
        )
        if skipped:
            say(f"{skipped} index lines skipped (first ones above)")
    for line in summary.not_fetched[:_SHOWN]:
        say(_clean(f"not scanned: {line}"))
    if summary.unfetched > _SHOWN:
        say(f"... and {summary.unfetched - _SHOWN} more not scanned")
    return 1 if summary.unfetched else 0


def _document(what: str, summary: BulkSummary, skipped: int) -> dict[str, Any]:
    from cratewatch.reporters.envelope import envelope

    return {
        **envelope("registry-scan"),
        "what": what,
        "engine": summary.engine,
        "selected": summary.selected,
        "already_screened": summary.already,
        "recorded": summary.recorded,
        "duplicates": summary.duplicates,
        "failed": summary.failed,
        "by_risk": dict(sorted(summary.by_risk.items())),
        "not_fetched": summary.not_fetched,
        "not_fetched_total": summary.unfetched,
        "index_lines_skipped": skipped,
        "tasks": summary.tasks,
        "task_seconds": round(summary.task_seconds, 3),
        "seconds": round(summary.seconds, 3),
        "archive_bytes": summary.archive_bytes,
        "peak_rss": summary.peak_rss,
        "workers": len(summary.workers),
    }


def _clean(text: str) -> str:
    from cratewatch.untrusted.text import printable

    return printable(text)


def _date(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def add_bulk_options(p: argparse.ArgumentParser, *, registry: bool) -> None:
    """The options of a whole-registry scan (``registry``: the selection flags of
    ``scan --registry MIRROR``, which ``rescan`` has not)."""
    if registry:
        select = p.add_argument_group(
            "whole-registry scan (with --registry MIRROR: a local registry, or an index "
            "whose config.json gives the download URL)"
        )
        select.add_argument(
            "--all-versions", action="store_true", help="scan every version of the mirror"
        )
        select.add_argument("--latest", action="store_true", help="each crate's latest version")
        select.add_argument(
            "--since",
            type=_date,
            metavar="DATE",
            help="only versions published since DATE (YYYY-MM-DD)",
        )
    else:
        select = p.add_argument_group("rescan")
    select.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run on this dask.distributed scheduler (tcp://HOST:8786; 'dask': the one "
        "dask's configuration names) instead of the local process pool",
    )
    select.add_argument("--store", metavar="URL", help="sqlite:///PATH or postgresql://...")
    select.add_argument("--workers", type=int, help="local pool processes (default: one per core)")
    select.add_argument(
        "--time-limit", type=float, metavar="SECONDS", help="per crate (default 300)"
    )
    select.add_argument(
        "--memory-limit", type=float, metavar="MB", help="per crate's scan (default 2048)"
    )
    select.add_argument(
        "--batch-size", type=float, metavar="MB", help="archive megabytes per task (default 8)"
    )


def add_rescan_parser(commands: Any) -> None:
    from cratewatch.cli.options import add_db_options

    p: argparse.ArgumentParser = commands.add_parser(
        "rescan",
        help="screen again the store's versions the current rules never judged",
        description="After a rules change: scan again every version of the service's store "
        "whose screenings are all by other rules (kept archives only).",
    )
    add_bulk_options(p, registry=False)
    p.add_argument("--crate-dir", type=Path, metavar="DIR", help="where the archives are kept")
    p.add_argument("--format", choices=("human", "json"), default="human")
    p.add_argument("--config", type=Path, help="configuration file (default: found upward)")
    p.add_argument("--no-config", action="store_true", help="ignore any cratewatch.toml")
    p.add_argument("--no-cache", action="store_true", help="no per-file result cache")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    add_db_options(p, "advisory source naming malicious crates")
    p.set_defaults(handler=cmd_rescan)
