"""One audit, end to end: lockfile + database + index -> detection -> policy -> Report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING, NamedTuple
from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.advisories.database import open_database
from cratewatch.audit.engine import detect
from cratewatch.audit.policy import NO_LEVELS, Ignore, Policy, apply_policy
from cratewatch.binaries.formats import is_binary
from cratewatch.cachedir import user_cache_dir
from cratewatch.errors import InputError
from cratewatch.lockfile import find_lockfile, read_lockfile
from cratewatch.model.findings import Code, Finding, Level
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.report import Report

if TYPE_CHECKING:
    from cratewatch.audit.baseline import Baseline
    from cratewatch.ecosystem.ingest import Progress
    from cratewatch.registry.interface import RegistryIndex
    from cratewatch.typosquat.screen import Screener

__all__ = ["AuditOptions", "audit_lockfile", "run_audit"]


class AuditOptions(NamedTuple):
    """Everything that shapes an audit; the CLI merges flags over ``cratewatch.toml``."""

    db: Sequence[str] = ()
    index_spec: str | None = None  # --index / index: what registry index to use
    yanked: bool = True
    targets: Sequence[str] = ()
    offline: bool = False
    fetch: bool = False
    db_as_of: dt.datetime | None = None  # --db-as-of: the git database as it was then
    levels: Mapping[Code, Level] = NO_LEVELS
    ignores: Sequence[Ignore] = ()
    max_db_age_days: int = 90
    cache_dir: Path | None = None
    typosquat: str | None = None  # corpus for the name check: an index or an ecosystem store
    baseline: Baseline | None = None  # findings accepted earlier (--baseline)


def run_audit(
    path: Path,
    options: AuditOptions,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Report:
    """Find and read the lockfile at ``path``, open the database and index, audit.
    ``progress`` hears of the long steps: fetching or compiling the advisory database,
    and on first use building the typosquat corpus or an index archive's cache."""
    cache_dir = options.cache_dir or user_cache_dir()
    if is_binary(path):
        from cratewatch.binaries.read import read_binary

        lockfile = read_binary(path)
    else:
        lockfile = read_lockfile(find_lockfile(path))
    database = open_database(
        list(options.db),
        cache_dir,
        offline=options.offline,
        fetch=options.fetch,
        as_of=options.db_as_of,
        progress=progress,
    )
    screener = None
    if options.typosquat is not None:
        from cratewatch.audit.typosquat import open_screener

        screener = open_screener(options.typosquat, cache_dir, progress)
    if options.index_spec is None:
        return audit_lockfile(lockfile, database, options, now=now, screener=screener)
    from cratewatch.registry.spec import open_registry_index

    with open_registry_index(
        options.index_spec, cache_dir, offline=options.offline, progress=progress
    ) as index:
        return audit_lockfile(lockfile, database, options, index=index, now=now, screener=screener)


def audit_lockfile(
    lockfile: Lockfile,
    database: CompiledDatabase,
    options: AuditOptions,
    *,
    index: RegistryIndex | None = None,
    now: dt.datetime | None = None,
    screener: Screener | None = None,
) -> Report:
    """Audit an already-read lockfile; the reusable core for many lockfiles per process.

    With a ``screener``, crates.io dependencies are also screened for typosquatting."""
    now = now or dt.datetime.now(dt.UTC)
    targets = []
    if options.targets:
        from cratewatch.model.target import Target

        targets = [Target.parse(t) for t in options.targets]
    detection = detect(
        lockfile,
        database,
        targets=targets,
        index=index,
        yanked=options.yanked,
    )
    if detection.audited_count == 0:
        raise InputError(
            f"{lockfile.path}: nothing to audit: none of its {len(lockfile)} packages "
            "comes from crates.io (path, git or other-registry packages only)"
        )
    squats: tuple[Finding, ...] = ()
    if screener is not None:
        from cratewatch.audit.typosquat import typosquat_findings

        squats = typosquat_findings(lockfile, screener)
    policy = Policy(options.levels, tuple(options.ignores), options.baseline)
    everything, ignore_diagnostics = apply_policy(
        policy,
        (
            *_lockfile_diagnostics(lockfile),
            *detection.findings,
            *squats,
            *_database_diagnostics(database, options, now),
        ),
        now.date(),
    )
    return Report(
        lockfile=lockfile.path,
        package_count=len(lockfile),
        audited_count=detection.audited_count,
        database=database.info,
        findings=tuple(f for f in everything if f.package is not None),
        diagnostics=tuple(f for f in everything if f.package is None) + ignore_diagnostics,
        skipped=detection.skipped,
        targets=tuple(t.triple for t in targets),
        generated=now,
    )


def _lockfile_diagnostics(lockfile: Lockfile) -> tuple[Finding, ...]:
    found = [(Code.LOCKFILE_WARNING, warning) for warning in lockfile.warnings]
    if lockfile.partial:
        found.append((Code.BINARY_PARTIAL, lockfile.partial))
    return tuple(
        Finding(code, code.default_severity, text, level=code.default_level, location=lockfile.path)
        for code, text in found
    )


def _database_diagnostics(
    database: CompiledDatabase, options: AuditOptions, now: dt.datetime
) -> tuple[Finding, ...]:
    out = []
    for problem in database.problems:
        code = Code.ADVISORY_INVALID
        out.append(Finding(code, code.default_severity, problem, level=code.default_level))
    age = database.info.age_days(options.db_as_of or now)  # as old as it was then
    if age is not None and age > options.max_db_age_days:
        code = Code.DATABASE_STALE
        out.append(
            Finding(
                code,
                code.default_severity,
                f"advisory database is {int(age)} days old (limit {options.max_db_age_days}); "
                "run `cratewatch db update`",
                level=code.default_level,
            )
        )
    return tuple(out)
