"""A Cargo workspace read from its files: the member packages as the lockfile names them,
their manifests and files, the feature resolver it uses, its path dependencies, and where
each package's sources are on this machine."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import tomli

from cratewatch.errors import InputError
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import Package, PackageId
from cratewatch.project.files import crate_files
from cratewatch.project.packages import Manifest, read_manifest

__all__ = ["Workspace", "on_disk", "read_workspace"]


class Workspace(NamedTuple):
    members: dict[PackageId, Manifest]
    member_files: dict[PackageId, Mapping[str, bytes]]
    resolver2: bool  # features resolved with Cargo's resolver 2
    path_dirs: dict[str, Path]  # path dependencies' directories, by package name
    document: Mapping[str, Any]  # the root manifest, as read


def read_workspace(
    project: Path,
    lockfile: Lockfile,
    problems: list[str],
    read: Callable[[Path], tuple[dict[str, bytes], list[str]]] = crate_files,
) -> Workspace:
    """The workspace whose root manifest is in ``project``, each member's files as
    ``read`` gives them (its Rust files and manifest by default); what could not be read
    is added to ``problems`` (one line each). Raises ``InputError`` when the root
    manifest is unreadable or no member is in the lockfile."""
    root = project / "Cargo.toml"
    try:
        document = tomli.loads(root.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomli.TOMLDecodeError) as exc:
        raise InputError(f"{root}: cannot read the workspace manifest ({exc})") from None
    workspace = document.get("workspace") if isinstance(document.get("workspace"), dict) else None
    directories = ["."] if "package" in document else []
    for pattern in (workspace or {}).get("members", []):
        if isinstance(pattern, str):
            directories += sorted(
                str(p.relative_to(project))
                for p in project.glob(pattern)
                if (p / "Cargo.toml").is_file()
            )
    excluded = set((workspace or {}).get("exclude", []))
    local = {
        (str(p.name), str(p.version)): p.id
        for p in lockfile.packages
        if p.source is None or p.id.is_local
    }
    members: dict[PackageId, Manifest] = {}
    files: dict[PackageId, Mapping[str, bytes]] = {}
    for directory in dict.fromkeys(directories):
        if directory in excluded:
            continue
        found, skipped = read(project / directory)
        problems += skipped
        try:
            manifest = read_manifest(found, directory, workspace)
        except InputError as exc:
            problems.append(str(exc))
            continue
        pid = local.get((manifest.name, manifest.version)) or next(
            (p for (name, _), p in local.items() if name == manifest.name), None
        )
        if pid is None:
            problems.append(f"{directory}/Cargo.toml: {manifest.name} is not in the lockfile")
            continue
        members[pid] = manifest
        files[pid] = found
    if not members:
        raise InputError(f"{root}: no workspace member of the lockfile found")
    return Workspace(
        members,
        files,
        _resolver2(document, workspace),
        _path_dependencies(project, members),
        document,
    )


def on_disk(
    package: Package, find: Callable[[Package], Path | None], path_dirs: Mapping[str, Path]
) -> Path | None:
    """Where a package's sources are on this machine: a path dependency's directory, or
    what the source directories hold (a crate directory or a checked archive)."""
    if package.source is None or package.id.is_local:
        directory = path_dirs.get(str(package.name))
        return directory if directory is not None and directory.is_dir() else None
    return find(package)


def _resolver2(document: Mapping[str, Any], workspace: Mapping[str, Any] | None) -> bool:
    """Whether Cargo resolves features with resolver 2: the workspace's or root package's
    ``resolver`` says so, else the root package's edition is 2021 or later."""
    package: Mapping[str, Any] = (
        document["package"] if isinstance(document.get("package"), dict) else {}
    )
    resolver = (workspace or {}).get("resolver") or package.get("resolver")
    if resolver is not None:
        return str(resolver) != "1"
    edition = package.get("edition")
    return isinstance(edition, str) and edition >= "2021"


def _path_dependencies(project: Path, members: Mapping[PackageId, Manifest]) -> dict[str, Path]:
    """Directories of path dependencies by package name (members' own, one level)."""
    found: dict[str, Path] = {}
    for manifest in members.values():
        for dep in manifest.dependencies:
            if dep.path:
                found[dep.package] = project / posixpath.normpath(
                    posixpath.join(manifest.directory, dep.path)
                )
    return found
