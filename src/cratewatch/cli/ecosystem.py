"""``cratewatch ecosystem ...``: ingest, exposure, rank, dependents, dependencies, stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cratewatch.cli.terminal import ProgressLine, print_text, sigterm_exits, write_output
from cratewatch.errors import UsageError

if TYPE_CHECKING:
    from cratewatch.ecosystem.store import Store

__all__ = ["add_ecosystem_parser"]


def _default_store() -> Path:
    from cratewatch.cachedir import default_store_dir

    return default_store_dir()


def _open_store(args: argparse.Namespace) -> Store:
    from cratewatch.ecosystem.store import Store

    return Store(args.store or _default_store())


def cmd_ingest(args: argparse.Namespace) -> int:
    from cratewatch.ecosystem.ingest import ingest_dump, ingest_index
    from cratewatch.reporters.ecosystem import render_ingest

    if (args.index is None) == (args.dump is None):
        raise UsageError("give exactly one of --index and --dump")
    if (
        args.crate
        and args.index is not None
        and not args.index.startswith(("http://", "https://", "sparse+", "crates.io"))
    ):
        raise UsageError("--crate only applies to a sparse index (a local index is read whole)")
    store = args.store or _default_store()
    progress = ProgressLine(sys.stderr.isatty() and not args.quiet)
    try:
        with sigterm_exits():  # the temporary store and tables go, even when stopped
            if args.dump is not None:
                meta = ingest_dump(args.dump, store, progress=progress)
            else:
                meta = ingest_index(args.index, store, roots=args.crate, progress=progress)
    finally:
        progress.close()
    print_text(render_ingest(meta, str(store), args.format))
    return 0


def _crate(store: Store, name: str) -> int:
    found = store.crate_id(name)
    if found is None:
        raise UsageError(f"{name}: no such crate in the store ({store.path})")
    if not store.crate_versions(found):
        raise UsageError(f"{name}: the store has no valid version of it")
    return found


def _version(store: Store, crate: int, text: str) -> int:
    from cratewatch.ecosystem.store import VERSION_INVALID
    from cratewatch.errors import VersionError
    from cratewatch.model.version import Version

    versions = store.crate_versions(crate)
    for v in versions:  # exact text first: the only way to name a version that is not SemVer
        if store.version_text(v) == text:
            return v
    try:
        wanted = Version.parse(text)
    except VersionError as exc:
        raise UsageError(f"{text}: {exc}") from None
    for v in versions:
        if (
            not store.ver_flags[v] & VERSION_INVALID
            and Version.parse(store.version_text(v)) == wanted
        ):
            return v
    raise UsageError(f"{store.crate_names[crate]} has no version {text} in the store")


def cmd_exposure(args: argparse.Namespace) -> int:
    from cratewatch.ecosystem.exposure import ExposureOptions, Mode, affected_mask, propagate
    from cratewatch.ecosystem.report import exposure_report
    from cratewatch.model.version import Version
    from cratewatch.reporters.ecosystem import render_exposure

    if args.top < 0:
        raise UsageError("--top must not be negative")
    mode = Mode(args.mode)
    if args.no_optional:
        mode = Mode.NO_OPTIONAL
    options = ExposureOptions(mode, include_yanked=not args.no_yanked, latest_only=args.latest)
    store = _open_store(args)
    name, affects, described, advisory, withdrawn = _subject(args)
    crate = _crate(store, name)
    affected = affected_mask(store, crate, lambda text: affects(Version.parse(text)))
    progress = ProgressLine(sys.stderr.isatty() and not args.quiet)
    try:
        exposure = propagate(store, crate, affected, options, progress)
    finally:
        progress.close()
    chain_for = None
    if args.chain:
        chain_name, _, chain_version = args.chain.partition("@")
        chain_crate = _crate(store, chain_name)
        if chain_version:
            chain_for = _version(store, chain_crate, chain_version)
        else:
            from cratewatch.ecosystem.report import shown_version

            if not exposure.exposed[store.crate_versions(chain_crate)].any():
                raise UsageError(f"{chain_name}: no version of it is exposed")
            chain_for = shown_version(store, exposure, chain_crate)
    report = exposure_report(
        store,
        exposure,
        options,
        advisory=advisory,
        affected=described,
        top=args.top,
        chain_for=chain_for,
        withdrawn=withdrawn,
    )
    print_text(render_exposure(report, args.format))
    return 0


def _subject(args: argparse.Namespace) -> tuple[str, Any, str, str | None, str | None]:
    """(crate name, version predicate, description of "affected", advisory id, the date
    the advisory was withdrawn)."""
    if args.advisory is not None:
        if args.crate or args.affected:
            raise UsageError("give an advisory id or --crate/--affected, not both")
        from cratewatch.advisories.database import open_database
        from cratewatch.cachedir import user_cache_dir

        database = open_database(args.db, user_cache_dir(), offline=args.offline)
        wanted = args.advisory.upper()
        for adv in database:
            if adv.id.upper() == wanted or wanted in (a.upper() for a in adv.aliases):
                withdrawn = adv.withdrawn.isoformat() if adv.withdrawn else None
                return adv.package, adv.ranges.affects, str(adv.ranges), adv.id, withdrawn
        raise UsageError(f"{args.advisory}: no such advisory in the database")
    if not args.crate or not args.affected:
        raise UsageError("give an advisory id, or both --crate and --affected")
    from cratewatch.errors import VersionError
    from cratewatch.model.ranges import Interval
    from cratewatch.model.version import VersionReq

    # RustSec reads a range as an interval (pre-releases inside it are affected), so
    # "--affected" does too: the same versions the audit would call affected.
    try:
        req = VersionReq.parse(args.affected)
        if not req.comparators:
            return args.crate, lambda _v: True, args.affected, None, None
        interval = Interval.from_requirement(req)
    except VersionError as exc:
        raise UsageError(f"--affected {args.affected!r}: {exc}") from None
    return args.crate, interval.contains, args.affected, None, None


def cmd_rank(args: argparse.Namespace) -> int:
    from cratewatch.ecosystem.report import rank_report
    from cratewatch.reporters.ecosystem import render_rank

    if args.top < 1:
        raise UsageError("--top must be at least 1")
    print_text(render_rank(rank_report(_open_store(args), args.top), args.format))
    return 0


def cmd_dependents(args: argparse.Namespace) -> int:
    from cratewatch.ecosystem.queries import dependents_of, transitive_dependents
    from cratewatch.reporters.ecosystem import render_dependents

    store = _open_store(args)
    crate = _crate(store, args.name)
    version = None if args.version is None else _version(store, crate, args.version)
    rows = dependents_of(store, crate, version=version, include_dev=args.dev)
    transitive = None
    if args.transitive:
        names = store.crate_names
        transitive = [names[int(c)] for c in transitive_dependents(store, crate)]
    text = render_dependents(store.crate_names[crate], args.version, rows, transitive, args.format)
    print_text(text)
    return 0


def cmd_dependencies(args: argparse.Namespace) -> int:
    from cratewatch.ecosystem.queries import dependencies_of
    from cratewatch.reporters.ecosystem import render_dependencies

    store = _open_store(args)
    crate = _crate(store, args.name)
    version = (
        store.latest_version(crate)
        if args.version is None
        else _version(store, crate, args.version)
    )
    rows = dependencies_of(store, version, transitive=args.transitive, include_dev=args.dev)
    print_text(
        render_dependencies(
            store.crate_names[crate], store.version_text(version), rows, args.format
        )
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """The statistics of the scanned versions (the service's store), with the dependency
    columns when an ecosystem store of the registry is there."""
    from cratewatch.ecosystem.stats import FactRow, ecosystem_stats
    from cratewatch.reporters import stats as reporters
    from cratewatch.service.store import Store as ResultStore

    graph_dir = args.store or _default_store()
    if args.store is not None and not graph_dir.exists():
        raise UsageError(f"{graph_dir}: no such ecosystem store (build one with 'ingest')")
    with ResultStore(args.results) as results:
        rows = (FactRow(*row) for row in results.screened_facts())
        stats = ecosystem_stats(rows, _open_store(args) if graph_dir.exists() else None)
    if not stats.screened:
        raise UsageError(
            f"{results.url}: no screened versions (run 'scan --registry MIRROR --all-versions')"
        )
    if args.plots is not None:
        from cratewatch.reporters.plots import draw

        args.plots.mkdir(parents=True, exist_ok=True)
        for fmt in ("svg", "png"):
            for stem, data in draw(stats, fmt).items():
                (args.plots / f"{stem}.{fmt}").write_bytes(data)
    if args.format == "json":
        text = reporters.render_stats_json(stats)
    elif args.format == "markdown":
        text = reporters.render_stats_markdown(stats)
    else:
        from cratewatch.reporters.plots import PLOTS, draw

        svgs = draw(stats, "svg")
        plots = {title: svgs[stem].decode("utf-8") for stem, title in PLOTS.items()}
        text = reporters.render_stats_html(stats, plots)
    write_output(text, args.output)
    return 0


def add_ecosystem_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    eco = commands.add_parser(
        "ecosystem",
        help="the whole registry: exposure, criticality, dependents",
        description="Questions about a whole registry, answered from a store built by 'ingest'.",
    )
    sub = eco.add_subparsers(dest="eco_command", metavar="COMMAND", parser_class=parser_class)
    sub.required = True

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--store", type=Path, help="store directory (default: in the user cache)")
        p.add_argument("--format", choices=("human", "json"), default="human")
        p.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")
        return p

    ingest = add("ingest", "build a store from a registry index or a crates.io database dump")
    ingest.add_argument(
        "--index",
        metavar="PATH|URL",
        help="index directory, .tar.gz archive of one, or sparse index URL ('crates.io')",
    )
    ingest.add_argument("--dump", type=Path, metavar="FILE", help="crates.io db-dump.tar.gz")
    ingest.add_argument(
        "--crate",
        action="append",
        default=[],
        metavar="NAME",
        help="with a sparse index: crate to start from (repeatable; dependencies follow)",
    )
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    ingest.set_defaults(handler=cmd_ingest)

    exposure = add("exposure", "which crates and versions an advisory reaches")
    exposure.add_argument(
        "advisory", nargs="?", metavar="ADVISORY_ID", help="e.g. RUSTSEC-2021-0003"
    )
    exposure.add_argument("--crate", metavar="NAME", help="affected crate (instead of an advisory)")
    exposure.add_argument("--affected", metavar="REQ", help="affected versions, e.g. '<0.6.14'")
    exposure.add_argument(
        "--mode",
        choices=("conservative", "no-optional", "features"),
        default="conservative",
        help="which optional dependencies to follow (default: all)",
    )
    exposure.add_argument("--no-optional", action="store_true", help="same as --mode no-optional")
    exposure.add_argument("--no-yanked", action="store_true", help="leave yanked versions out")
    exposure.add_argument(
        "--latest", action="store_true", help="only each crate's latest version can be exposed"
    )
    exposure.add_argument("--top", type=int, default=10, help="most important crates to show")
    exposure.add_argument(
        "--chain", metavar="CRATE[@VERSION]", help="show one shortest chain that exposes it"
    )
    exposure.add_argument(
        "--db", action="append", default=[], metavar="PATH|URL", help="advisory source"
    )
    exposure.add_argument("--offline", action="store_true", help="never touch the network")
    exposure.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    exposure.set_defaults(handler=cmd_exposure)

    rank = add("rank", "crates ranked by criticality")
    rank.add_argument("--top", type=int, default=25, help="how many crates (default 25)")
    rank.set_defaults(handler=cmd_rank)

    dependents = add("dependents", "crates that depend on a crate")
    dependents.add_argument("name")
    dependents.add_argument("--version", help="only dependents that can select this version")
    dependents.add_argument(
        "--transitive", action="store_true", help="also count indirect dependents"
    )
    dependents.add_argument("--dev", action="store_true", help="include dev-dependencies")
    dependents.set_defaults(handler=cmd_dependents)

    dependencies = add("dependencies", "what a crate version depends on")
    dependencies.add_argument("name")
    dependencies.add_argument("--version", help="which version (default: the latest)")
    dependencies.add_argument(
        "--transitive", action="store_true", help="follow resolved dependencies down"
    )
    dependencies.add_argument("--dev", action="store_true", help="include dev-dependencies")
    dependencies.set_defaults(handler=cmd_dependencies)

    stats = sub.add_parser(
        "stats",
        help="share of crates using unsafe, depending on unsafe, with build scripts, ...",
        description="Statistics of the scanned versions (from 'scan --registry'), joined with "
        "the registry graph of an ecosystem store when there is one: unsafe, dependencies that "
        "use unsafe, build scripts, procedural macros, FFI, network and process capabilities, "
        "of the latest versions and of all, by year of publication.",
    )
    stats.add_argument(
        "--store", type=Path, help="ecosystem store of the registry (default: in the user cache)"
    )
    stats.add_argument(
        "--results",
        metavar="URL",
        help="the service's store with the scans (default: the service's default store)",
    )
    stats.add_argument("--format", choices=("markdown", "json", "html"), default="markdown")
    stats.add_argument("-o", "--output", type=Path, help="write the report here")
    stats.add_argument("--plots", type=Path, metavar="DIR", help="also write the plots (SVG, PNG)")
    stats.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")
    stats.set_defaults(handler=cmd_stats)
