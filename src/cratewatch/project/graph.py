"""The dependency graph ``check`` walks: the packages a project builds, with every edge's
kind (normal, build, dev) and manifest entry, as cargo-deny's graph holds them.

Built from the files as Cargo resolves them (``project/``): the members with the chosen
features, each dependency with the features its users ask for, development dependencies of
the members unless excluded, target-specific dependencies for the chosen targets (every
target when none is chosen; the union over several). A package whose manifest is not at
hand keeps the lockfile's edges (as normal dependencies with no manifest entry), so the
graph never loses what the lockfile says; what was not found is listed in ``missing``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import Package, PackageId
from cratewatch.model.target import Target
from cratewatch.project.cfg import target_cfg
from cratewatch.project.files import manifest_files
from cratewatch.project.packages import BuildOptions, Dependency, Manifest, plan_build
from cratewatch.project.workspace import on_disk, read_workspace
from cratewatch.scan.sources import default_source_dirs, package_finder

__all__ = [
    "DependencyGraph",
    "Edge",
    "GraphOptions",
    "assemble",
    "build_graph",
    "manifest_entry",
    "target_cfgs",
]

_MAX_PATHS = 3


class GraphOptions(NamedTuple):
    targets: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (triple, target features)
    features: tuple[str, ...] = ()
    all_features: bool = False
    no_default_features: bool = False
    exclude_dev: bool = False
    exclude: Callable[[PackageId], bool] = lambda _: False  # crates left out, with their subtree


class Edge(NamedTuple):
    user: PackageId
    used: PackageId
    kind: str  # normal, build or dev
    dependency: Dependency | None  # the manifest's entry (None: from the lockfile only)


class DependencyGraph(NamedTuple):
    lockfile: Lockfile
    project: Path
    members: tuple[PackageId, ...]
    packages: tuple[PackageId, ...]  # every package of the graph, members first
    manifests: Mapping[PackageId, Manifest]
    edges: Mapping[PackageId, tuple[Edge, ...]]  # each package's dependencies
    users: Mapping[PackageId, tuple[Edge, ...]]  # each package's dependents
    locations: Mapping[PackageId, Path]  # where each package's sources are
    missing: tuple[PackageId, ...]  # packages whose manifest was not found
    problems: tuple[str, ...]
    features: Mapping[PackageId, frozenset[str]]  # each package's enabled features
    # packages whose manifests are a registry's record (their sources were not at hand)
    from_registry: frozenset[PackageId] = frozenset()

    def package(self, pid: PackageId) -> Package | None:
        return self.lockfile.get(pid)

    def reachable(
        self, kinds: frozenset[str], start: Iterable[PackageId] | None = None
    ) -> set[PackageId]:
        """``start`` (the members by default) and what it reaches along edges of ``kinds``
        (normal, build, dev)."""
        seen = set(self.members if start is None else start)
        stack = list(seen)
        while stack:
            for edge in self.edges.get(stack.pop(), ()):
                if edge.kind in kinds and edge.used not in seen:
                    seen.add(edge.used)
                    stack.append(edge.used)
        return seen

    def member_paths(
        self, pid: PackageId, limit: int = _MAX_PATHS
    ) -> tuple[tuple[PackageId, ...], ...]:
        """How ``pid`` is reached, as packages from a member down to it (just ``pid`` when
        it is a member or nothing depends on it)."""
        found = tuple(
            (chain[0].user, *(edge.used for edge in chain))
            for chain in self.paths_from_members(pid, limit)
        )
        return found or ((pid,),)

    def paths_from_members(self, pid: PackageId, limit: int = _MAX_PATHS) -> list[list[Edge]]:
        """Shortest chains of edges from a member to ``pid`` (who pulls it in), at most
        ``limit``, each through a different direct dependent."""
        paths = []
        for first in self.users.get(pid, ()):
            chain = self._up(first.user)
            if chain is not None:
                paths.append([*chain, first])
            if len(paths) >= limit:
                break
        return sorted(paths, key=len)

    def _up(self, pid: PackageId) -> list[Edge] | None:
        """The edges of a shortest chain from a member down to ``pid``."""
        if pid in self.members:
            return []
        parent: dict[PackageId, Edge] = {}
        queue = deque([pid])
        seen = {pid}
        while queue:
            node = queue.popleft()
            for edge in self.users.get(node, ()):
                if edge.user in seen:
                    continue
                seen.add(edge.user)
                parent[edge.user] = edge
                if edge.user in self.members:
                    chain, at = [], edge.user
                    while at != pid:
                        step = parent[at]
                        chain.append(step)
                        at = step.used
                    return chain
                queue.append(edge.user)
        return None


def build_graph(
    lockfile: Lockfile,
    project: Path,
    options: GraphOptions,
    sources: Sequence[Path] = (),
    recorded: Callable[[Package], bytes | None] | None = None,
) -> DependencyGraph:
    """The graph of the project whose root manifest is in ``project``. ``recorded`` gives
    a package's manifest as a registry recorded it, for packages whose sources are not at
    hand (``ecosystem/manifest.py``). Raises ``InputError`` when the workspace cannot be
    read."""
    problems: list[str] = []
    workspace = read_workspace(project, lockfile, problems, read=manifest_files)
    find = cache(package_finder([*sources, *default_source_dirs(Path(lockfile.path))]))
    manifests: dict[PackageId, Manifest] = dict(workspace.members)
    locations: dict[PackageId, Path] = {}
    for pid, manifest in workspace.members.items():
        locations[pid] = project / manifest.directory
    missing: dict[PackageId, None] = {}

    from_registry: set[PackageId] = set()

    def read_sources(package: Package) -> Mapping[str, bytes] | None:
        where = on_disk(package, find, workspace.path_dirs)
        if where is None:
            manifest = recorded(package) if recorded is not None else None
            if manifest is not None:
                from_registry.add(package.id)
                return {"Cargo.toml": manifest}
            missing[package.id] = None
            return None
        files, skipped = manifest_files(where)
        problems.extend(skipped)
        locations[package.id] = where
        return files

    edges: dict[PackageId, dict[tuple[PackageId, str], Edge]] = {}
    reached: dict[PackageId, None] = dict.fromkeys(workspace.members)
    features: dict[PackageId, set[str]] = {}
    for cfg in target_cfgs(options.targets):
        build = plan_build(
            lockfile,
            workspace.members,
            workspace.member_files,
            read_sources,
            BuildOptions(
                features=options.features,
                all_features=options.all_features,
                no_default_features=options.no_default_features,
                target=cfg,
                resolver2=workspace.resolver2,
                proc_macro_dependencies=True,
            ),
            with_dev=not options.exclude_dev,
        )
        for pid in build.missing:
            missing[pid] = None
        for crate in build.crates.values():
            manifests.setdefault(crate.package, crate.manifest)
            features.setdefault(crate.package, set()).update(crate.features)
            out = edges.setdefault(crate.package, {})
            for kind, deps in (
                ("normal", crate.deps),
                ("build", crate.build_deps),
                ("dev", {k: v for k, v in crate.dev_deps.items() if k not in crate.deps}),
            ):
                for key, used in deps.items():
                    entry = manifest_entry(crate.manifest, key, kind)
                    out.setdefault((used, kind), Edge(crate.package, used, kind, entry))
        reached.update(dict.fromkeys(pid for pid, _ in build.crates))
    # what the lockfile says of packages whose manifests are missing (the build reached them)
    reached.update(missing)
    queue = list(missing)
    while queue:
        pid = queue.pop()
        package = lockfile.get(pid)
        for used in package.dependencies if package is not None else ():
            edges.setdefault(pid, {}).setdefault((used, "normal"), Edge(pid, used, "normal", None))
            if used not in reached:
                reached[used] = None
                if used not in manifests:
                    missing[used] = None
                    queue.append(used)
    return assemble(
        lockfile,
        project,
        tuple(workspace.members),
        manifests,
        edges,
        locations,
        {pid: frozenset(found) for pid, found in features.items()},
        options,
        tuple(problems),
        missing=tuple(missing),
        from_registry=frozenset(from_registry),
    )


def assemble(
    lockfile: Lockfile,
    project: Path,
    members: tuple[PackageId, ...],
    manifests: Mapping[PackageId, Manifest],
    edges: Mapping[PackageId, Mapping[tuple[PackageId, str], Edge]],
    locations: Mapping[PackageId, Path],
    features: Mapping[PackageId, frozenset[str]],
    options: GraphOptions,
    problems: tuple[str, ...],
    missing: tuple[PackageId, ...] = (),
    from_registry: frozenset[PackageId] = frozenset(),
) -> DependencyGraph:
    """The graph of what the members reach along ``edges`` without passing through an
    excluded package, with the reverse edges."""
    kept = _without_excluded(list(members), edges, options.exclude)
    out_edges = {
        pid: tuple(e for e in edges.get(pid, {}).values() if e.used in kept) for pid in kept
    }
    users: dict[PackageId, list[Edge]] = {}
    for pid in kept:
        for edge in out_edges[pid]:
            users.setdefault(edge.used, []).append(edge)
    ordered = (*members, *sorted((p for p in kept if p not in members), key=_order))
    return DependencyGraph(
        lockfile=lockfile,
        project=project,
        members=members,
        packages=ordered,
        manifests=manifests,
        edges=out_edges,
        users={k: tuple(v) for k, v in users.items()},
        locations=locations,
        missing=tuple(p for p in missing if p in kept),
        problems=problems,
        features={pid: features.get(pid, frozenset()) for pid in kept},
        from_registry=from_registry & kept,
    )


def _order(pid: PackageId) -> tuple[str, object]:
    return (pid.name, pid.version)


def target_cfgs(
    targets: Iterable[tuple[str, tuple[str, ...]]],
) -> list[dict[str, frozenset[str]] | None]:
    chosen: list[dict[str, frozenset[str]] | None] = []
    for triple, features in targets:
        cfg = target_cfg(Target.parse(triple))
        if features:
            cfg["target_feature"] = frozenset(features)
        chosen.append(cfg)
    return chosen or [None]  # none chosen: every target's dependencies


def manifest_entry(manifest: Manifest, key: str, kind: str) -> Dependency | None:
    """The manifest's entry for the dependency named ``key`` in code, of ``kind`` when it
    has one (a crate can be a normal and a build dependency at once)."""
    named = [d for d in manifest.dependencies if d.key == key]
    return next((d for d in named if d.kind == kind), named[0] if named else None)


def _without_excluded(
    members: list[PackageId],
    edges: Mapping[PackageId, Mapping[tuple[PackageId, str], Edge]],
    excluded: Callable[[PackageId], bool],
) -> set[PackageId]:
    """What the members reach without passing through an excluded package."""
    kept = {m for m in members if not excluded(m)}
    stack = list(kept)
    while stack:
        for used, _ in edges.get(stack.pop(), {}):
            if used not in kept and not excluded(used):
                kept.add(used)
                stack.append(used)
    return kept
