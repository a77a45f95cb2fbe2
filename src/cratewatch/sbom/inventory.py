"""What an SBOM says of each package of a lockfile: its package URL and checksum from the
lockfile; its declared license and how it is used (runtime, build-only, dev-only) from the
manifests of the workspace and of the dependencies whose sources are on this machine
(vendor directories, Cargo's registry cache, Debian's registry: ``project/``). A package
whose manifest is not found keeps its identity and its lockfile edges; its license and
kind are unknown and said so, never guessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from cratewatch.errors import InputError
from cratewatch.licenses.expressions import spdx_expression
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import PackageId, SourceKind
from cratewatch.model.sbom import Component, Inventory
from cratewatch.project.graph import DependencyGraph, GraphOptions, build_graph
from cratewatch.untrusted.text import printable_line

__all__ = ["BUILD_ONLY", "DEV_ONLY", "RUNTIME", "inventory", "package_url"]

#: how a package is used: shipped in what the members build, only run while building it
#: (build scripts and what they use), or only for the members' tests, examples, benchmarks
RUNTIME: Final = "runtime"
BUILD_ONLY: Final = "build"
DEV_ONLY: Final = "dev"


def package_url(package: PackageId) -> str:
    """The package URL of a Cargo package (the purl spec's ``cargo`` type): the registry
    or the git repository and commit as qualifiers when it is not from crates.io."""
    from packageurl import PackageURL

    qualifiers: dict[str, str] = {}
    source = package.source
    if source is not None and not source.is_crates_io:
        if source.kind in (SourceKind.REGISTRY, SourceKind.SPARSE):
            qualifiers["repository_url"] = source.url
        elif source.kind is SourceKind.GIT:
            qualifiers["vcs_url"] = f"git+{source.url}" + (
                f"@{source.commit}" if source.commit else ""
            )
    purl = PackageURL(
        type="cargo", name=str(package.name), version=str(package.version), qualifiers=qualifiers
    )
    return str(purl.to_string())


def inventory(
    lockfile: Lockfile,
    project: Path,
    sources: Sequence[Path] = (),
    *,
    now: dt.datetime | None = None,
) -> Inventory:
    """The SBOM's contents for the project whose lockfile is ``lockfile`` and whose root
    manifest is in ``project``; ``sources``: more directories of crate sources, searched
    before the usual places."""
    problems: list[str] = []
    graph = _graph(lockfile, project, sources, problems)
    kinds: dict[PackageId, str] = {}
    edges: dict[PackageId, dict[PackageId, set[str]]] = {}
    if graph is not None:
        runtime = graph.reachable(frozenset({"normal"}))
        built = graph.reachable(frozenset({"normal", "build"}))
        kinds = {
            pid: RUNTIME if pid in runtime else BUILD_ONLY if pid in built else DEV_ONLY
            for pid in graph.packages
        }
        for pid, out in graph.edges.items():
            for edge in out:
                edges.setdefault(pid, {}).setdefault(edge.used, set()).add(edge.kind)
        if graph.missing:
            shown = ", ".join(str(p) for p in graph.missing[:5])
            problems.append(
                f"sources of {len(graph.missing)} packages not found (license and kind unknown "
                f"for them and what only they depend on): {shown}"
                + (" ..." if len(graph.missing) > 5 else "")
            )
    members = set(graph.members) if graph is not None else set(lockfile.roots)
    manifests = graph.manifests if graph is not None else {}
    unbuilt = [p for p in lockfile.packages if graph is not None and p.id not in kinds]
    if unbuilt:
        problems.append(
            f"{len(unbuilt)} packages of the lockfile are in no build of the members, even with "
            "all their features (kind unknown): "
            + ", ".join(str(p.id) for p in unbuilt[:5])
            + (" ..." if len(unbuilt) > 5 else "")
        )
    components = []
    for package in lockfile.packages:
        pid = package.id
        manifest = manifests.get(pid)
        declared = manifest.license if manifest is not None else ""
        expression = spdx_expression(declared) if declared else None
        known = edges.get(pid, {})
        dependencies = tuple((dep, frozenset(known.get(dep, ()))) for dep in package.dependencies)
        components.append(
            Component(
                package=pid,
                purl=package_url(pid),
                sha256=package.checksum if _is_sha256(package.checksum) else None,
                license=expression,
                license_text=printable_line(declared) if declared and not expression else None,
                kind=kinds.get(pid),
                member=pid in members,
                dependencies=dependencies,
            )
        )
    name = next((str(p.name) for p in lockfile.packages if p.id in members), project.name)
    if graph is not None and len(graph.members) > 1:
        name = project.resolve().name
    return Inventory(
        name=name,
        lockfile=lockfile.path,
        components=tuple(components),
        generated=now or dt.datetime.now(dt.UTC),
        problems=tuple(printable_line(p) for p in problems),
    )


def _graph(
    lockfile: Lockfile, project: Path, sources: Sequence[Path], problems: list[str]
) -> DependencyGraph | None:
    """The project's graph with every feature of its members, or None (with a problem
    line) when only the lockfile is at hand."""
    if not (project / "Cargo.toml").is_file():
        problems.append(
            f"{project}: no Cargo.toml beside the lockfile: licenses and dependency kinds unknown"
        )
        return None
    try:
        graph = build_graph(lockfile, project, GraphOptions(all_features=True), sources)
    except InputError as exc:
        problems.append(f"{exc}: licenses and dependency kinds unknown")
        return None
    problems.extend(graph.problems)
    return graph


def _is_sha256(checksum: str | None) -> bool:
    return (
        checksum is not None
        and len(checksum) == 64
        and all(c in "0123456789abcdef" for c in checksum)
    )
