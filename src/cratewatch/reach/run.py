"""``cratewatch reach``: each advisory finding of a project, reachable or not, and why.

The project's lockfile is audited as ``cratewatch audit`` does; the workspace's members
and their dependencies' sources are read (nothing is built or run); then, for every
finding whose advisory names affected functions, the functions are looked for from the
project's entry points. A finding that is not reachable with the chosen features and
target is looked for again more widely, to say why: only from test code, only with
other features, only on other targets, never, or not even the crate's code is used.
"""

from __future__ import annotations

import contextlib
import hashlib
import posixpath
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Final, NamedTuple

from cratewatch.errors import DownloadError
from cratewatch.model.advisory import Advisory
from cratewatch.model.findings import Finding
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import CRATES_IO_SPARSE, Package, PackageId
from cratewatch.model.reach import CallStep, Phase, Reachability, ReachReason, ReachState
from cratewatch.model.report import Report
from cratewatch.model.target import Target as TargetTriple
from cratewatch.model.version import Version, VersionReq
from cratewatch.project.cfg import CfgEnv, target_cfg
from cratewatch.project.files import crate_files, signature
from cratewatch.project.packages import (
    BUILD,
    Build,
    BuildOptions,
    dependency_context,
    plan_build,
)
from cratewatch.project.workspace import on_disk, read_workspace
from cratewatch.reach.cache import cached_target, keep_answers, kept_answers
from cratewatch.reach.graph import Search, Unit, display_name
from cratewatch.reach.items import Target
from cratewatch.scan.sources import default_source_dirs, package_finder

__all__ = ["ReachOptions", "ReachedFinding", "reach_report"]


class ReachOptions(NamedTuple):
    sources: tuple[Path, ...] = ()  # more directories of crate sources, searched first
    features: tuple[str, ...] = ()
    all_features: bool = False
    no_default_features: bool = False
    target: str | None = None  # a target triple: cfg(...) evaluated for it
    cache: Path | None = None  # where targets' items are kept between runs (None: nowhere)
    download: bool = False  # fetch the registry packages not found locally (the only network use)
    registry: str = CRATES_IO_SPARSE  # the sparse registry they are fetched from


class ReachedFinding(NamedTuple):
    finding: Finding
    reachability: Reachability


class _Config(NamedTuple):
    tests: bool
    all_features: bool
    any_target: bool


def reach_report(
    report: Report, lockfile: Lockfile, project: Path, options: ReachOptions
) -> tuple[list[ReachedFinding], list[str]]:
    """Reachability of every advisory finding of ``report`` (an audit of ``lockfile``,
    whose workspace is ``project``), and what could not be read (one line each)."""
    with contextlib.ExitStack() as stack:
        return _reach_report(report, lockfile, project, options, stack)


def _reach_report(
    report: Report,
    lockfile: Lockfile,
    project: Path,
    options: ReachOptions,
    stack: contextlib.ExitStack,
) -> tuple[list[ReachedFinding], list[str]]:
    problems: list[str] = []
    workspace = read_workspace(project, lockfile, problems)
    members, member_files, resolver2 = (
        workspace.members,
        workspace.member_files,
        workspace.resolver2,
    )
    source_dirs = [*options.sources, *default_source_dirs(Path(lockfile.path))]
    fetch: Callable[[Package], Path | None] | None = None
    if options.download:
        # downloads are kept with the cache (found there by later runs), else for this run
        if options.cache is not None:
            downloads = options.cache / "crates"
        else:
            downloads = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        downloads.mkdir(parents=True, exist_ok=True)
        source_dirs.append(downloads)
        fetch = _fetcher(options.registry, downloads, stack, problems)
    # (memoised: locating an archive checks its SHA-256, asked by the key and the read)
    find = cache(package_finder(source_dirs))
    sources: dict[PackageId, Mapping[str, bytes] | None] = {}
    locations: dict[PackageId, str] = {}  # where each dependency's sources are, as shown
    path_dirs = workspace.path_dirs

    key = None
    if options.cache is not None:
        key = _answers_key(lockfile, member_files, find, path_dirs, options)
        kept = kept_answers(options.cache, key, [_finding_key(f) for f in _answered(report)])
        if kept is not None:
            answers, problems = kept
            return [
                ReachedFinding(f, answers[_finding_key(f)]) for f in _answered(report)
            ], problems

    def read_sources(package: Package) -> Mapping[str, bytes] | None:
        if package.id not in sources:
            sources[package.id] = _read_sources(
                package, find, fetch, path_dirs, problems, project, locations
            )
        return sources[package.id]

    triple = TargetTriple.parse(options.target) if options.target else None
    targets: dict[tuple[PackageId, str], Target] = {}
    searches: dict[_Config, tuple[Search, Build]] = {}

    def search(config: _Config) -> tuple[Search, Build]:
        if config not in searches:
            cfg = None if config.any_target or triple is None else target_cfg(triple)
            build = plan_build(
                lockfile,
                members,
                member_files,
                read_sources,
                BuildOptions(
                    features=options.features,
                    all_features=options.all_features or config.all_features,
                    no_default_features=options.no_default_features and not config.all_features,
                    target=cfg,
                    resolver2=resolver2,
                ),
                with_dev=config.tests,
            )
            units = list(
                _units(build, cfg, config.tests, targets, problems, locations, options.cache)
            )
            found = Search(units)
            # programs first: a path from a binary's `main` is shown before one from the
            # library's API when both exist
            for kinds in (("bin", "build", "test"), ("lib",)):
                found.run(
                    entry
                    for unit in units
                    if (unit.package in members or unit.kind == "build") and unit.kind in kinds
                    for entry in found.entries(unit)
                )
            searches[config] = found, build
        return searches[config]

    results = [
        ReachedFinding(
            finding,
            _reachability(finding.advisory, finding.package, search, triple is not None),
        )
        for finding in _answered(report)
        if finding.advisory is not None and finding.package is not None
    ]
    problems = list(dict.fromkeys(problems))
    if options.cache is not None and key is not None and not _download_failed(problems):
        answers = {_finding_key(r.finding): r.reachability for r in results}
        keep_answers(options.cache, key, answers, problems)
    return results, problems


def _answered(report: Report) -> list[Finding]:
    """The findings ``reach`` answers: those of an advisory about a package."""
    return [f for f in report.findings if f.advisory is not None and f.package is not None]


def _finding_key(finding: Finding) -> str:
    advisory = finding.advisory
    functions = repr(advisory.affected_functions) if advisory is not None else ""
    return f"{finding.advisory_id} {finding.package} {functions}"


def _answers_key(
    lockfile: Lockfile,
    member_files: Mapping[PackageId, Mapping[str, bytes]],
    find: Callable[[Package], Path | None],
    path_dirs: Mapping[str, Path],
    options: ReachOptions,
) -> str:
    """What a project's answers depend on, as a digest: the lockfile, the options, the
    members' files, and where each dependency's sources are with their files' sizes and
    times."""
    digest = hashlib.sha256(b"cratewatch reach answers 1\0")
    digest.update(Path(lockfile.path).read_bytes() if Path(lockfile.path).is_file() else b"")
    digest.update(repr(options._replace(cache=None, sources=())).encode())
    for pid in sorted(member_files, key=str):
        for path, data in sorted(member_files[pid].items()):
            digest.update(f"{pid}\0{path}\0".encode() + hashlib.sha256(data).digest())
    for package in lockfile.packages:
        if package.id in member_files:
            continue
        where = on_disk(package, find, path_dirs)
        digest.update(f"{package.id}\0{signature(where) if where else '-'}\0".encode())
    return digest.hexdigest()


def _reachability(
    advisory: Advisory,
    package: PackageId,
    search: Callable[[_Config], tuple[Search, Build]],
    targeted: bool,
) -> Reachability:
    default, build = search(_Config(tests=False, all_features=False, any_target=False))
    if package in build.missing:
        return Reachability(
            ReachState.UNKNOWN,
            ReachReason.NO_SOURCES,
            f"the sources of {package.name} {package.version} were not found",
        )
    used = _used(default, package)
    if not advisory.affected_functions:
        detail = "the advisory names no functions; " + (
            "the crate's code is used by yours" if used else "the crate is only in the lockfile"
        )
        return Reachability(ReachState.UNKNOWN, ReachReason.NO_FUNCTIONS, detail, used=used)
    paths = [f.path for f in advisory.affected_functions if _in_range(f.versions, package.version)]
    if not paths:
        return Reachability(
            ReachState.NOT_REACHABLE,
            ReachReason.VERSION_OUTSIDE_RANGE,
            f"version {package.version} is outside the affected ranges of "
            + ", ".join(f.path for f in advisory.affected_functions),
            used=used,
        )
    hit = _reached(default, package, paths)
    if hit is not None:
        return _path(default, hit, used)
    for config, reason in (
        (_Config(tests=True, all_features=False, any_target=False), ReachReason.TEST_ONLY),
        (_Config(tests=False, all_features=True, any_target=False), ReachReason.FEATURE_OFF),
        *(
            [(_Config(tests=False, all_features=False, any_target=True), ReachReason.OTHER_TARGET)]
            if targeted
            else []
        ),
    ):
        wider, _ = search(config)
        hit = _reached(wider, package, paths)
        if hit is not None:
            shown = _path(wider, hit, used)
            return Reachability(
                ReachState.NOT_REACHABLE,
                reason,
                _REASONS[reason] + ": " + " -> ".join(s.function for s in shown.path),
                path=shown.path,
                phase=shown.phase,
                used=used,
            )
    widest, _ = search(_Config(tests=True, all_features=True, any_target=True))
    if default.bounded or widest.bounded:
        return Reachability(
            ReachState.UNKNOWN,
            ReachReason.BOUNDED,
            "the search met its bounds on names to resolve before finding a path",
            used=used,
        )
    if not _named(widest, package):
        return Reachability(
            ReachState.NOT_REACHABLE,
            ReachReason.LOCKFILE_ONLY,
            f"no code of the project or of its dependencies uses {package.name}",
        )
    return Reachability(
        ReachState.NOT_REACHABLE,
        ReachReason.NEVER_CALLED,
        "no call path from an entry point reaches " + ", ".join(paths),
        used=used,
    )


_REASONS = {
    ReachReason.TEST_ONLY: "only test code calls it",
    ReachReason.FEATURE_OFF: "only code behind features that are off calls it",
    ReachReason.OTHER_TARGET: "only code for other targets calls it",
}


def _used(search: Search, package: PackageId) -> bool:
    return any(search.units[key].package == package for key in search.touched) or any(
        search.units[key].package == package for key, _ in search.reached
    )


def _named(search: Search, package: PackageId) -> bool:
    """Whether any code of the build names the crate (reached or not): a path, an
    import or a macro starting with the name its dependents give it."""
    for unit in search.units.values():
        names = {
            name
            for name, key in unit.externs.items()
            if search.units.get(key, unit).package == package and key in search.units
        }
        if not names:
            continue
        for module in unit.target.modules.values():
            if any(used.lstrip(":").split("::")[0] in names for _, used, _ in module.imports):
                return True
        for function in unit.target.functions:
            for reference in function.references:
                if reference.text.lstrip(":").split("::")[0] in names:
                    return True
                if reference.tokens and any(f"{name}::" in reference.tokens for name in names):
                    return True
    return False


def _reached(
    search: Search, package: PackageId, paths: Sequence[str]
) -> tuple[str, tuple[str, int]] | None:
    """A reached function of ``package`` that one of the advisory's paths names."""
    hits: list[tuple[str, tuple[str, int]]] = []
    for unit in search.units.values():
        if unit.package != package or unit.kind != "lib":
            continue
        for path in paths:
            crate, _, rest = path.partition("::")
            if crate.replace("-", "_") != unit.crate or not rest:
                continue
            targets = [item for kind, item, _ in search.resolve(unit, (), rest) if kind == "fn"]
            if not targets:  # not resolved: the functions of that name and owner
                segments = rest.split("::")
                owner = segments[-2] if len(segments) > 1 else ""
                targets = [
                    f
                    for f in unit.target.functions
                    if f.name == segments[-1] and (not owner or owner in (f.owner, *f.module[-1:]))
                ]
            hits += [(unit.key, f.key) for f in targets if (unit.key, f.key) in search.reached]
    # the one nearest an entry point: the shortest path to show
    return min(hits, key=lambda key: len(search.path_to(key)), default=None)


def _path(search: Search, key: tuple[str, tuple[str, int]], used: bool) -> Reachability:
    chain = search.path_to(key)
    steps = []
    for step_key, found in chain:
        unit = search.units[step_key[0]]
        function = search.function(step_key)
        caller = search.units[found.parent[0]] if found.parent is not None else unit
        steps.append(
            CallStep(
                display_name(unit, function),
                posixpath.join(caller.root, found.file),
                found.line,
                function.cfgs,
            )
        )
    entry_unit = search.units[chain[0][0][0]]
    phase = Phase.BUILD if entry_unit.kind == "build" else Phase.RUNTIME
    return Reachability(
        ReachState.REACHABLE,
        detail=" -> ".join(s.function for s in steps),
        phase=phase,
        path=tuple(steps),
        used=used,
    )


def _in_range(ranges: Sequence[str], version: Version) -> bool:
    for text in ranges:
        try:
            if VersionReq.parse(text).matches(version):
                return True
        except ValueError:
            return True  # a range we cannot read: the function may be affected
    return not ranges


def _units(
    build: Build,
    cfg: dict[str, frozenset[str]] | None,
    tests: bool,
    cache: dict[tuple[PackageId, str], Target],
    problems: list[str],
    locations: Mapping[PackageId, str],
    kept: Path | None,
) -> Iterable[Unit]:
    def target(crate_id: PackageId, files: Mapping[str, bytes], root: str) -> Target:
        key = (crate_id, root)
        if key not in cache:
            cache[key] = cached_target(files, root, kept)
            problems.extend(f"{crate_id.name} {crate_id.version}: {p}" for p in cache[key].problems)
        return cache[key]

    for (pid, context), crate in build.crates.items():
        manifest = crate.manifest
        if manifest.proc_macro and not crate.member:
            continue  # runs in the compiler: none of its code is in what is built
        env = CfgEnv(cfg, crate.features, False)
        label = f"{pid.name} {pid.version}"
        root = locations.get(pid, manifest.directory).removeprefix(".").lstrip("/")
        lib_key = _lib_key(pid, context)
        host = dependency_context(context, BUILD, build.resolver2)  # where build deps are

        def externs(deps: Mapping[str, PackageId], where: str) -> dict[str, str]:
            return {name: _lib_key(dep, where) for name, dep in deps.items()}

        if manifest.build:  # every build script runs when the project is built
            yield Unit(
                f"{label} build{' ' + context if context else ''}",
                pid,
                f"{manifest.lib_name}::build",
                "build",
                target(pid, crate.files, manifest.build),
                externs(crate.build_deps, host),
                env,
                root,
            )

        if manifest.lib:
            yield Unit(
                lib_key,
                pid,
                manifest.lib_name,
                "lib",
                target(pid, crate.files, manifest.lib),
                externs(crate.deps, context),
                env,
                root,
            )
        if not crate.member:
            continue
        own = {manifest.lib_name: lib_key} if manifest.lib else {}
        for name, main_file in manifest.bins:
            yield Unit(
                f"{label} bin:{name}",
                pid,
                name.replace("-", "_"),
                "bin",
                target(pid, crate.files, main_file),
                {**externs(crate.deps, context), **own},
                env,
                root,
            )
        if tests:
            test_env = CfgEnv(cfg, crate.features, True)
            deps = {**externs(crate.dev_deps, context), **own}
            if manifest.lib:
                yield Unit(
                    f"{label} test:lib",
                    pid,
                    manifest.lib_name,
                    "test",
                    target(pid, crate.files, manifest.lib),
                    deps,
                    test_env,
                    root,
                )
            for path in sorted(crate.files):
                if (
                    path.endswith(".rs")
                    and path.split("/", 1)[0] in ("tests", "benches", "examples")
                    and path.count("/") == 1
                ):
                    yield Unit(
                        f"{label} test:{path}",
                        pid,
                        path.rsplit("/", 1)[-1].removesuffix(".rs"),
                        "test",
                        target(pid, crate.files, path),
                        deps,
                        test_env,
                        root,
                    )


def _lib_key(package: PackageId, context: str) -> str:
    """The unit key of a package's library built in ``context``."""
    return f"{package.name} {package.version} lib" + (f" {context}" if context else "")


_DOWNLOAD_FAILED: Final = "cannot download "


def _fetcher(
    registry: str, downloads: Path, stack: contextlib.ExitStack, problems: list[str]
) -> Callable[[Package], Path | None]:
    """Downloads a registry package into ``downloads``, verified against the lockfile's
    checksum; a failure is a problem line and None."""
    from cratewatch.registry.download import CrateDownloader

    downloader: list[CrateDownloader] = []

    def fetch(package: Package) -> Path | None:
        source = package.source
        if source is None or not source.is_crates_io or package.checksum is None:
            return None  # other registries and git sources are not fetched
        if not downloader:
            downloader.append(stack.enter_context(CrateDownloader(registry)))
        try:
            return downloader[0].download(
                str(package.name),
                str(package.version),
                dest=downloads,
                expected_sha256=package.checksum,
            )
        except DownloadError as exc:
            problems.append(_DOWNLOAD_FAILED + f"{package.name} {package.version}: {exc}")
            return None

    return fetch


def _download_failed(problems: Sequence[str]) -> bool:
    """A download failed (maybe for now): such answers are not kept."""
    return any(p.startswith(_DOWNLOAD_FAILED) for p in problems)


def _read_sources(
    package: Package,
    find: Callable[[Package], Path | None],
    fetch: Callable[[Package], Path | None] | None,
    path_dirs: Mapping[str, Path],
    problems: list[str],
    project: Path,
    locations: dict[PackageId, str],
) -> Mapping[str, bytes] | None:
    where = on_disk(package, find, path_dirs)
    if where is None and fetch is not None:  # (it fetches only crates.io packages)
        where = fetch(package)
    if where is None:
        problems.append(f"{package.name} {package.version}: sources not found")
        return None
    try:
        locations[package.id] = where.resolve().relative_to(project.resolve()).as_posix()
    except ValueError:
        locations[package.id] = where.as_posix()
    read, skipped = crate_files(where)
    problems += skipped
    return read
