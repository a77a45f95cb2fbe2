"""One ``check``, end to end: configuration -> dependency graph -> the chosen checks ->
the audit's policy step (levels and ignores from the configuration and the command line,
a baseline) -> one ``Report``, which the audit's reporters render."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final, NamedTuple

from cratewatch.audit.baseline import Baseline
from cratewatch.audit.policy import Ignore, Policy, apply_policy
from cratewatch.check.config import DenyConfig, find_deny_config, load_deny_config
from cratewatch.errors import ConfigError, UsageError
from cratewatch.lockfile import find_lockfile, read_lockfile
from cratewatch.model.findings import Code, Finding, Level
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import Package, PackageId
from cratewatch.model.report import DatabaseInfo, Report
from cratewatch.model.target import Target
from cratewatch.project.graph import DependencyGraph, GraphOptions, build_graph

__all__ = ["CHECKS", "CheckOptions", "run_check"]

CHECKS: Final = ("advisories", "bans", "licenses", "sources")


class CheckOptions(NamedTuple):
    checks: tuple[str, ...] = CHECKS
    config: Path | None = None  # deny.toml or cratewatch.toml; None: found from the project
    sources: tuple[Path, ...] = ()  # more directories of dependency sources
    targets: tuple[str, ...] = ()  # replace the configuration's [graph] targets
    features: tuple[str, ...] = ()
    all_features: bool = False
    no_default_features: bool = False
    exclude_dev: bool = False
    db: tuple[str, ...] = ()
    offline: bool = False
    levels: Mapping[Code, Level] = {}  # --deny / --warn / --allow
    store: Path | None = None  # an ecosystem store: manifests of packages not at hand
    graph_from: str = "files"  # "files": read as Cargo would; "cargo": cargo metadata
    baseline: Baseline | None = None


def run_check(path: Path, options: CheckOptions, *, now: dt.datetime | None = None) -> Report:
    now = now or dt.datetime.now(dt.UTC)
    lockfile_path = find_lockfile(path)
    project = lockfile_path.parent
    config = _config(options.config, project)
    lockfile = read_lockfile(lockfile_path)
    graph_options = _graph_options(config, options)
    if options.graph_from == "cargo":
        from cratewatch.check.metadata import metadata_graph

        graph = metadata_graph(lockfile, project, graph_options)
    else:
        recorded = _recorded_manifests(options.store) if options.store else None
        graph = build_graph(lockfile, project, graph_options, options.sources, recorded)
    where = config.path or "(cargo-deny's defaults)"
    findings: list[Finding] = []
    if "licenses" in options.checks:
        from cratewatch.check.licenses import check_licenses

        findings += check_licenses(graph, config.licenses, config.current, where)
    if "bans" in options.checks:
        from cratewatch.check.bans import check_bans

        findings += check_bans(graph, config.bans, where)
    if "sources" in options.checks:
        from cratewatch.check.sources import check_sources

        findings += check_sources(graph, config.sources, where)
    database = DatabaseInfo(sources=(), advisory_count=0)
    advisories: tuple[Finding, ...] = ()
    if "advisories" in options.checks:
        advisories, database = _advisories(graph, config, options, now)
    notes = [
        Finding(Code.CONFIG_NOTE, Code.CONFIG_NOTE.default_severity, note, location=config.path)
        for note in config.notes
    ]
    if graph.missing:
        shown = ", ".join(str(p) for p in graph.missing[:5]) + (
            " ..." if len(graph.missing) > 5 else ""
        )
        notes.append(
            Finding(
                Code.LOCKFILE_WARNING,
                Code.LOCKFILE_WARNING.default_severity,
                f"{_packages(len(graph.missing))} not found or not readable (their "
                f"licenses are unknown and their dependencies are the lockfile's): {shown}; "
                "give --sources or vendor them",
                location=str(lockfile_path),
            )
        )
    # (deny.toml's ignores are advisories': the audit above applied them and reports those
    # that matched nothing)
    policy = Policy({**_levels(config), **options.levels}, (), options.baseline)
    everything, _ = apply_policy(policy, (*notes, *findings), now.date())
    everything = (*everything, *advisories)
    return Report(
        lockfile=str(lockfile_path),
        package_count=len(graph.packages),
        audited_count=len(graph.packages),
        database=database,
        findings=tuple(f for f in everything if f.package is not None),
        diagnostics=tuple(f for f in everything if f.package is None),
        skipped=(),
        targets=tuple(t for t, _ in graph_options.targets),
        generated=now,
        kind="check",
    )


def _recorded_manifests(path: Path) -> Callable[[Package], bytes | None]:
    """A crates.io release's manifest as an ecosystem store recorded it (from crates.io's
    database dump: with its license; a store built from an index has none)."""
    from cratewatch.ecosystem.manifest import recorded_manifest
    from cratewatch.ecosystem.store import Store

    store = Store(path)

    def recorded(package: Package) -> bytes | None:
        if package.source is None or not package.source.is_crates_io:
            return None
        return recorded_manifest(store, str(package.name), str(package.version))

    return recorded


def _packages(count: int) -> str:
    return f"the sources of {count} package" + ("" if count == 1 else "s")


def _config(path: Path | None, project: Path) -> DenyConfig:
    if path is not None:
        if not path.is_file():
            raise UsageError(f"--config: {path}: no such file")
        return load_deny_config(path)
    found = find_deny_config(project)
    if found is not None:
        return load_deny_config(found)
    from cratewatch.audit.config import find_config, read_document

    own = find_config(project)
    if own is not None and "check" in read_document(own):
        return load_deny_config(own)
    return DenyConfig()


def _graph_options(config: DenyConfig, options: CheckOptions) -> GraphOptions:
    targets = tuple((t, ()) for t in options.targets) or config.graph.targets
    for triple, _ in targets:
        try:
            Target.parse(triple)
        except UsageError as exc:
            where = "--target" if options.targets else f"{config.path}: graph.targets"
            raise ConfigError(f"{where}: {exc}") from None
    return GraphOptions(
        targets=targets,
        features=options.features or config.graph.features,
        all_features=options.all_features or config.graph.all_features,
        no_default_features=options.no_default_features or config.graph.no_default_features,
        exclude_dev=options.exclude_dev or config.graph.exclude_dev,
        exclude=_excluded(config.graph.exclude),
    )


def _excluded(specs: Sequence[str]) -> Callable[[PackageId], bool]:
    """A predicate for ``exclude``: cargo's package id specs (``name``, ``name:1.2.3``,
    ``name@1.2.3``, ``url#name``, ``url#name:1.2.3``, ``url#name@1.2.3``)."""
    parsed = []
    for spec in specs:
        url, _, rest = spec.rpartition("#")
        name, _, version = rest.replace("@", ":").partition(":")
        parsed.append((url, name, version))

    def excluded(pid: PackageId) -> bool:
        for url, name, version in parsed:
            if name and name != pid.name:
                continue
            if version and version != str(pid.version):
                continue
            if url and (pid.source is None or url.split("+")[-1].rstrip("/") not in pid.source.url):
                continue
            return True
        return False

    return excluded


def _levels(config: DenyConfig) -> dict[Code, Level]:
    licenses, bans, sources = config.licenses, config.bans, config.sources
    levels = {
        Code.LICENSE_UNLICENSED: licenses.unlicensed,
        Code.LICENSE_UNUSED: licenses.unused_allowed_license,
        Code.LICENSE_EXCEPTION_UNUSED: licenses.unused_license_exception,
        Code.BAN_DUPLICATE: bans.multiple_versions,
        Code.BAN_WILDCARD: bans.wildcards,
        Code.SOURCE_REGISTRY_NOT_ALLOWED: sources.unknown_registry,
        Code.SOURCE_GIT_NOT_ALLOWED: sources.unknown_git,
        Code.SOURCE_UNUSED: sources.unused_allowed_source,
    }
    if sources.required_git_spec is None:  # (reported anyway, as a warning)
        levels[Code.SOURCE_GIT_UNDERSPECIFIED] = Level.WARN
    defaults = {bans.workspace_default_features, bans.external_default_features}
    if defaults - {None}:
        levels[Code.BAN_DEFAULT_FEATURES] = Level.DENY if Level.DENY in defaults else Level.WARN
    if bans.build is not None:
        levels[Code.BAN_SCRIPT] = bans.build.interpreted
    return levels


def _advisories(
    graph: DependencyGraph, config: DenyConfig, options: CheckOptions, now: dt.datetime
) -> tuple[tuple[Finding, ...], DatabaseInfo]:
    """The audit of the graph's packages, with the configuration's levels and ignores."""
    from cratewatch.advisories.database import open_database
    from cratewatch.audit.run import AuditOptions, audit_lockfile
    from cratewatch.cachedir import user_cache_dir

    levels = {Code(code): level for code, level in config.advisories.levels.items()}
    levels[Code.YANKED] = config.advisories.yanked
    levels[Code.IGNORE_UNUSED] = config.advisories.unused_ignore
    levels.update(options.levels)
    ignores = tuple(
        Ignore(ident, reason, origin=config.path) for ident, reason in config.advisories.ignore
    )
    chosen = set(graph.packages)
    lockfile = graph.lockfile
    subset = Lockfile(
        lockfile.path,
        lockfile.format_version,
        tuple(p for p in lockfile.packages if p.id in chosen),
    )
    sources = list(options.db) or [*_db_path(config), *config.advisories.db_urls]
    database = open_database(sources, user_cache_dir(), offline=options.offline)
    report = audit_lockfile(
        subset,
        database,
        AuditOptions(
            levels=levels,
            ignores=ignores,
            baseline=options.baseline,
            max_db_age_days=config.advisories.max_age_days,
        ),
        now=now,
    )
    scoped = tuple(f for f in report.findings if _in_scope(graph, config, f))
    return (*scoped, *report.diagnostics), report.database


def _db_path(config: DenyConfig) -> list[str]:
    """``db-path``, when it holds a database (cargo-deny keeps its clones there)."""
    path = config.advisories.db_path
    if not path:
        return []
    found = Path(path).expanduser()
    if not found.is_absolute() and config.path is not None:
        found = Path(config.path).parent / found
    return [str(found)] if found.is_dir() and any(found.glob("crates")) else []


def _in_scope(graph: DependencyGraph, config: DenyConfig, finding: Finding) -> bool:
    """Current cargo-deny's scopes for unmaintained and unsound advisories: ``all``,
    ``workspace`` (crates the members depend on directly), ``transitive`` (the others),
    ``none``."""
    scope = {
        Code.UNMAINTAINED: config.advisories.unmaintained_scope,
        Code.UNSOUND: config.advisories.unsound_scope,
    }.get(finding.code, "all")
    if scope == "all" or finding.package is None:
        return True
    if scope == "none":
        return False
    direct = any(edge.user in graph.members for edge in graph.users.get(finding.package, ()))
    return direct if scope == "workspace" else not direct
