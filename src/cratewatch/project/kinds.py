"""How each package of a build is used: shipped in what the members build (``runtime``),
only run while building it (``build``: build scripts and what they use), or only for the
members' tests, examples and benchmarks (``dev``), as Cargo's dependency kinds decide."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from cratewatch.model.package import PackageId
from cratewatch.project.packages import Build

__all__ = ["BUILD_ONLY", "DEV_ONLY", "RUNTIME", "dependency_kinds", "edge_kinds"]

RUNTIME: Final = "runtime"
BUILD_ONLY: Final = "build"
DEV_ONLY: Final = "dev"


def edge_kinds(build: Build) -> dict[PackageId, dict[PackageId, set[str]]]:
    """Each package's dependencies in the build and the kinds (normal, build, dev) by
    which it depends on each (a package built in two contexts counts once)."""
    edges: dict[PackageId, dict[PackageId, set[str]]] = {}
    for crate in build.crates.values():
        out = edges.setdefault(crate.package, {})
        for kind, deps in (
            ("normal", crate.deps),
            ("build", crate.build_deps),
            ("dev", {k: v for k, v in crate.dev_deps.items() if k not in crate.deps}),
        ):
            for target in deps.values():
                out.setdefault(target, set()).add(kind)
    return edges


def dependency_kinds(build: Build, members: Iterable[PackageId]) -> dict[PackageId, str]:
    """Each package the build reaches with ``RUNTIME``, ``BUILD_ONLY`` or ``DEV_ONLY``:
    the least of the three along any path from a member (the members are ``RUNTIME``)."""
    edges = edge_kinds(build)
    roots = list(members)
    runtime = _closure(roots, edges, {"normal"})
    built = _closure([*roots, *runtime], edges, {"normal", "build"})
    every = _closure(roots, edges, {"normal", "build", "dev"})
    return {
        pid: RUNTIME if pid in runtime else BUILD_ONLY if pid in built else DEV_ONLY
        for pid in every
    }


def _closure(
    start: list[PackageId], edges: Mapping[PackageId, Mapping[PackageId, set[str]]], kinds: set[str]
) -> set[PackageId]:
    seen = set(start)
    stack = list(start)
    while stack:
        for target, through in edges.get(stack.pop(), {}).items():
            if through & kinds and target not in seen:
                seen.add(target)
                stack.append(target)
    return seen
