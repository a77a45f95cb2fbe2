"""What an SBOM says of each package of a lockfile: its package URL and checksum from the
lockfile; its declared license and how it is used (runtime, build-only, dev-only) from the
manifests of the workspace and of the dependencies whose sources are on this machine
(vendor directories, Cargo's registry cache, Debian's registry: ``project/``). A package
whose manifest is not found keeps its identity and its lockfile edges; its license and
kind are unknown and said so, never guessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from cratewatch.errors import InputError
from cratewatch.licenses.expressions import spdx_expression
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import Package, PackageId, SourceKind
from cratewatch.model.sbom import Component, Inventory
from cratewatch.project.files import manifest_files
from cratewatch.project.kinds import dependency_kinds, edge_kinds
from cratewatch.project.packages import BuildOptions, Manifest, plan_build, read_manifest
from cratewatch.project.workspace import Workspace, on_disk, read_workspace
from cratewatch.scan.sources import default_source_dirs, package_finder
from cratewatch.untrusted.text import printable_line

__all__ = ["inventory", "package_url"]


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
    workspace = _workspace(project, lockfile, problems)
    manifests: dict[PackageId, Manifest] = dict(workspace.members) if workspace else {}
    kinds: dict[PackageId, str] = {}
    edges: dict[PackageId, dict[PackageId, set[str]]] = {}
    if workspace is not None:
        find = cache(package_finder([*sources, *default_source_dirs(Path(lockfile.path))]))
        missing: list[str] = []

        def read_sources(package: Package) -> Mapping[str, bytes] | None:
            where = on_disk(package, find, workspace.path_dirs)
            if where is None:
                missing.append(str(package.id))
                return None
            files, skipped = manifest_files(where)
            problems.extend(skipped)
            if "Cargo.toml" in files:
                try:
                    manifests[package.id] = read_manifest(files, str(package.id))
                except InputError as exc:
                    problems.append(str(exc))
            return files

        build = plan_build(
            lockfile,
            workspace.members,
            workspace.member_files,
            read_sources,
            BuildOptions(
                all_features=True, resolver2=workspace.resolver2, proc_macro_dependencies=True
            ),
            with_dev=True,
        )
        kinds = dependency_kinds(build, workspace.members)
        edges = edge_kinds(build)
        if missing:
            problems.append(
                f"sources of {len(missing)} packages not found (license and kind unknown for "
                f"them and what only they depend on): {', '.join(missing[:5])}"
                + (" ..." if len(missing) > 5 else "")
            )
    members = set(workspace.members) if workspace else set(lockfile.roots)
    unbuilt = [p for p in lockfile.packages if workspace and kinds and p.id not in kinds]
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
    if workspace is not None and len(workspace.members) > 1:
        name = project.resolve().name
    return Inventory(
        name=name,
        lockfile=lockfile.path,
        components=tuple(components),
        generated=now or dt.datetime.now(dt.UTC),
        problems=tuple(printable_line(p) for p in problems),
    )


def _workspace(project: Path, lockfile: Lockfile, problems: list[str]) -> Workspace | None:
    """The workspace, or None (with a problem line) when only the lockfile is at hand."""
    if not (project / "Cargo.toml").is_file():
        problems.append(
            f"{project}: no Cargo.toml beside the lockfile: licenses and dependency kinds unknown"
        )
        return None
    try:
        return read_workspace(project, lockfile, problems, read=manifest_files)
    except InputError as exc:
        problems.append(f"{exc}: licenses and dependency kinds unknown")
        return None


def _is_sha256(checksum: str | None) -> bool:
    return (
        checksum is not None
        and len(checksum) == 64
        and all(c in "0123456789abcdef" for c in checksum)
    )
