"""The dependency graph from ``cargo metadata --offline --locked``, where cargo is installed.

cargo resolves the workspace itself (nothing is built and no build script or other crate
code runs: ``metadata`` only reads manifests and the lockfile; ``--offline`` keeps it off the
network, ``--locked`` from changing the lockfile). It does run ``rustc -vV`` to learn the
host, and a project's ``.cargo/config.toml`` can name another ``rustc`` or a wrapper: the
environment names the installed rustc and no wrapper, which cargo prefers to any
configuration file, so nothing the project names is run. Its answer gives every package's
manifest as cargo read it, the resolved graph with each edge's kinds and targets, and
each package's enabled features; ``check`` then applies the same target, development and
``exclude`` filters as to the graph it reads from the files (``graph.py``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from cratewatch.errors import InputError
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import PackageId
from cratewatch.project.cfg import CfgEnv
from cratewatch.project.graph import (
    DependencyGraph,
    Edge,
    GraphOptions,
    assemble,
    manifest_entry,
    target_cfgs,
)
from cratewatch.project.packages import Dependency, Manifest, target_off

__all__ = ["cargo_available", "metadata_graph"]

_TIMEOUT_SECONDS: Final = 300
_MAX_OUTPUT: Final = 512 * 1024 * 1024
_KIND_OF_TARGET: Final = {"dev": "dev", "build": "build"}


def cargo_available() -> str | None:
    return shutil.which("cargo")


def metadata_graph(lockfile: Lockfile, project: Path, options: GraphOptions) -> DependencyGraph:
    """The graph of the workspace in ``project`` as cargo resolves it. Raises
    ``InputError`` when cargo is missing or fails (its first line of error)."""
    document = _metadata(project, options)
    by_key = {(str(p.name), str(p.version)): p.id for p in lockfile.packages}
    packages: dict[str, PackageId] = {}
    manifests: dict[PackageId, Manifest] = {}
    locations: dict[PackageId, Path] = {}
    for raw in document.get("packages", []):
        pid = by_key.get((raw["name"], raw["version"]))
        if pid is None:
            continue  # (not in the lockfile: cargo would have refused --locked)
        packages[raw["id"]] = pid
        manifests[pid] = _manifest(raw)
        locations[pid] = Path(raw["manifest_path"]).parent
    members = tuple(packages[m] for m in document.get("workspace_members", []) if m in packages)
    cfgs = target_cfgs(options.targets)
    edges: dict[PackageId, dict[tuple[PackageId, str], Edge]] = {}
    features: dict[PackageId, frozenset[str]] = {}
    for node in (document.get("resolve") or {}).get("nodes", []):
        user = packages.get(node["id"])
        if user is None:
            continue
        features[user] = frozenset(node.get("features", []))
        out = edges.setdefault(user, {})
        for dep in node.get("deps", []):
            used = packages.get(dep["pkg"])
            if used is None:
                continue
            for kind_info in dep.get("dep_kinds", []):
                kind = _KIND_OF_TARGET.get(kind_info.get("kind") or "", "normal")
                if kind == "dev" and (options.exclude_dev or user not in members):
                    continue
                if not _for_targets(kind_info.get("target"), cfgs):
                    continue
                entry = manifest_entry(manifests[user], dep["name"].replace("-", "_"), kind)
                out.setdefault((used, kind), Edge(user, used, kind, entry))
    return assemble(lockfile, project, members, manifests, edges, locations, features, options, ())


def _metadata(project: Path, options: GraphOptions) -> Mapping[str, Any]:
    cargo = cargo_available()
    if cargo is None:
        raise InputError("cargo metadata: cargo is not installed")
    command = [
        cargo, "metadata", "--offline", "--locked", "--format-version", "1",
        "--manifest-path", str(project / "Cargo.toml"),
    ]  # fmt: skip
    if options.all_features:
        command.append("--all-features")
    if options.no_default_features:
        command.append("--no-default-features")
    if options.features:
        command += ["--features", ",".join(options.features)]
    rustc = shutil.which("rustc")
    if rustc is None:
        raise InputError("cargo metadata: rustc is not installed (cargo asks it for the host)")
    # cargo asks rustc for the host's details; a project's .cargo/config.toml may name its
    # own `rustc` or `rustc-wrapper`, which would run: these variables override it
    env = {
        **os.environ,
        "CARGO_TERM_COLOR": "never",
        "RUSTC": rustc,
        "CARGO_BUILD_RUSTC": rustc,
        "RUSTC_WRAPPER": "",
        "CARGO_BUILD_RUSTC_WRAPPER": "",
        "RUSTC_WORKSPACE_WRAPPER": "",
        "CARGO_BUILD_RUSTC_WORKSPACE_WRAPPER": "",
    }
    try:  # (the working directory is the project's: cargo reads its .cargo/config.toml)
        done = subprocess.run(
            command, cwd=project, capture_output=True, env=env, timeout=_TIMEOUT_SECONDS
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"cargo metadata: {exc}") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        reason = next(
            (line for line in lines if line.startswith("error")), lines[-1] if lines else ""
        )
        raise InputError(f"{project / 'Cargo.toml'}: cargo metadata failed: {reason[:300]}")
    if len(done.stdout) > _MAX_OUTPUT:
        raise InputError("cargo metadata: larger answer than any workspace gives")
    try:
        document = json.loads(done.stdout)
    except ValueError as exc:
        raise InputError(f"cargo metadata: not JSON ({exc})") from None
    if not isinstance(document, dict):
        raise InputError("cargo metadata: not a metadata document")
    return document


def _manifest(raw: Mapping[str, Any]) -> Manifest:
    directory = Path(raw["manifest_path"]).parent

    def relative(path: str) -> str:
        try:
            return Path(path).relative_to(directory).as_posix()
        except ValueError:
            return path

    lib = next((t for t in raw.get("targets", []) if set(t["kind"]) & _LIB_KINDS), None)
    build = next((t for t in raw.get("targets", []) if "custom-build" in t["kind"]), None)
    bins = tuple(
        (t["name"], relative(t["src_path"])) for t in raw.get("targets", []) if "bin" in t["kind"]
    )
    publish = raw.get("publish")
    return Manifest(
        name=raw["name"],
        version=raw["version"],
        directory=str(directory),
        lib=relative(lib["src_path"]) if lib else "",
        lib_name=(lib["name"] if lib else raw["name"]).replace("-", "_"),
        bins=bins,
        build=relative(build["src_path"]) if build else "",
        dependencies=tuple(_dependency(d) for d in raw.get("dependencies", [])),
        features={k: tuple(v) for k, v in (raw.get("features") or {}).items()},
        proc_macro=lib is not None and "proc-macro" in lib["kind"],
        license=raw.get("license") or "",
        license_file=raw.get("license_file") or "",
        publish=None if publish is None else tuple(publish),
    )


_LIB_KINDS: Final = frozenset({"lib", "rlib", "dylib", "cdylib", "staticlib", "proc-macro"})


def _dependency(raw: Mapping[str, Any]) -> Dependency:
    name = raw.get("rename") or raw["name"]
    return Dependency(
        key=name.replace("-", "_"),
        package=raw["name"],
        requirement=raw.get("req") or "*",
        kind=_KIND_OF_TARGET.get(raw.get("kind") or "", "normal"),
        optional=bool(raw.get("optional")),
        default_features=bool(raw.get("uses_default_features", True)),
        features=tuple(raw.get("features") or ()),
        target=raw.get("target") or "",
        path=raw.get("path") or "",
        name=name,
    )


def _for_targets(target: str | None, cfgs: list[dict[str, frozenset[str]] | None]) -> bool:
    """Whether an edge for ``target`` (a ``cfg(...)`` or a triple; None: every target) is
    built for one of the chosen targets (any, when none is chosen)."""
    return not target or any(
        cfg is None or not target_off(target, CfgEnv(cfg, frozenset())) for cfg in cfgs
    )
