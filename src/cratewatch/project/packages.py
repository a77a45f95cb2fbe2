"""The crates a project builds: manifests, targets, dependencies and enabled features.

Read from the files alone, as Cargo would resolve them: the workspace's ``Cargo.toml``
files (members, path dependencies, ``[workspace.dependencies]`` inheritance), the
lockfile (which version each dependency resolved to), and each dependency's own
manifest from its sources. Features are resolved as Cargo's resolver does for one build:
a member's default features (or those asked for), each dependency's default features
unless turned off, features naming others (``"a"``), optional dependencies (``"dep:x"``,
an implicit feature ``"x"``) and dependencies' features (``"x/f"``, ``"x?/f"``).
Development dependencies belong to tests, which never ship; they are followed only
where the question is whether test code calls a function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, NamedTuple

import tomli

from cratewatch.errors import InputError
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import Package, PackageId
from cratewatch.model.version import VersionReq
from cratewatch.project.cfg import CfgEnv, evaluate

__all__ = [
    "Build",
    "BuildOptions",
    "Crate",
    "Dependency",
    "Manifest",
    "plan_build",
    "read_manifest",
    "target_off",
]

TARGET: Final = ""  # built for the target
HOST: Final = "host"  # built for the host, to run at build time (resolver 2)
_Node = tuple[PackageId, str]  # a package in a context
NORMAL: Final = "normal"
BUILD: Final = "build"
DEV: Final = "dev"
_KINDS: Final = {"dependencies": NORMAL, "build-dependencies": BUILD, "dev-dependencies": DEV}
_KIND_ALIASES: Final = {
    "dev_dependencies": "dev-dependencies",
    "build_dependencies": "build-dependencies",
}


class Dependency(NamedTuple):
    key: str  # its name in code: the manifest's key, with `-` as `_`
    package: str  # the package's name (`package = "..."` when renamed)
    requirement: str
    kind: str  # normal, build or dev
    optional: bool = False
    default_features: bool = True
    features: tuple[str, ...] = ()
    target: str = ""  # `cfg(windows)` or a triple, from [target.'...'.dependencies]
    path: str = ""  # a path dependency's directory, relative to its manifest
    name: str = ""  # the manifest's key as written: an optional dependency's feature name


class Manifest(NamedTuple):
    name: str
    version: str
    directory: str  # the package's root, as a path
    lib: str  # the library's root file, relative to ``directory`` ("" for none)
    lib_name: str  # the library's crate name (`-` as `_`)
    bins: tuple[tuple[str, str], ...]  # (binary name, root file)
    build: str  # the build script ("" for none)
    dependencies: tuple[Dependency, ...]
    features: Mapping[str, tuple[str, ...]]
    proc_macro: bool = False  # its code runs in the compiler, never in what is built
    license: str = ""  # the SPDX expression of `license`, as written
    license_file: str = ""  # `license-file`: a file holding a license that has no SPDX name
    publish: tuple[str, ...] | None = None  # `publish`: None unset, () false, else registries


class Crate(NamedTuple):
    """A package of the build with its sources, its features and its dependencies."""

    package: PackageId
    manifest: Manifest
    files: Mapping[str, bytes]  # relative paths to contents (Rust sources and manifests)
    features: frozenset[str]
    # name in code -> package, for its library and binaries; for its build script;
    # for its tests (normal and development dependencies)
    deps: Mapping[str, PackageId]
    build_deps: Mapping[str, PackageId]
    dev_deps: Mapping[str, PackageId]
    member: bool  # a member of the workspace (its code is the project's own)
    context: str = ""  # TARGET, or HOST for what build scripts use (resolver 2)


class BuildOptions(NamedTuple):
    features: tuple[str, ...] = ()
    all_features: bool = False
    no_default_features: bool = False
    target: dict[str, frozenset[str]] | None = None  # cfg of the chosen target, if any
    resolver2: bool = True  # Cargo's feature resolver 2 (edition 2021 and later)
    # follow what procedural macros depend on (it is in the lockfile and the graph cargo-deny
    # checks; reach leaves it out: that code runs in the compiler, not in what is built)
    proc_macro_dependencies: bool = False


class Build(NamedTuple):
    crates: Mapping[tuple[PackageId, str], Crate]  # by package and context
    missing: tuple[PackageId, ...]  # packages whose sources were not found
    resolver2: bool = True


def read_manifest(files: Mapping[str, bytes], directory: str, workspace: Any = None) -> Manifest:
    """The package manifest (``Cargo.toml``) among ``files``; ``workspace``: the root
    manifest's ``[workspace]`` table, for inherited keys. Raises ``InputError``."""
    document = _toml(files.get("Cargo.toml"), f"{directory}/Cargo.toml")
    package = document.get("package") or document.get("project") or {}
    if not isinstance(package, dict) or not isinstance(package.get("name"), str):
        raise InputError(f"{directory}/Cargo.toml: no [package] name")
    name = package["name"]
    version = package.get("version", "0.0.0")
    if isinstance(version, dict):
        version = _inherited(workspace, "package", "version", "0.0.0")
    lib_table: dict[str, Any] = document["lib"] if isinstance(document.get("lib"), dict) else {}
    lib = lib_table.get("path") or ("src/lib.rs" if "src/lib.rs" in files else "")
    lib_name = str(lib_table.get("name") or name).replace("-", "_")
    bins: dict[str, str] = {}
    if package.get("autobins", True) is not False:
        if "src/main.rs" in files:
            bins[name] = "src/main.rs"
        for path in files:
            parts = path.split("/")
            if parts[:2] == ["src", "bin"] and path.endswith(".rs"):
                if len(parts) == 3:
                    bins[parts[2].removesuffix(".rs")] = path
                elif len(parts) == 4 and parts[3] == "main.rs":
                    bins[parts[2]] = path
    for table in document.get("bin") or ():
        if isinstance(table, dict) and isinstance(table.get("name"), str):
            default = f"src/bin/{table['name']}.rs"
            bins[table["name"]] = str(table.get("path") or bins.get(table["name"]) or default)
    build = package.get("build")
    if build is None:
        build = "build.rs" if "build.rs" in files else ""
    elif build is False:
        build = ""
    return Manifest(
        name=name,
        version=str(version),
        directory=directory,
        lib=str(lib),
        lib_name=lib_name,
        bins=tuple(sorted(bins.items())),
        build=str(build) if isinstance(build, str) else "",
        dependencies=tuple(_dependencies(document, workspace)),
        features={
            str(k): tuple(str(v) for v in values)
            for k, values in (document.get("features") or {}).items()
            if isinstance(values, list)
        },
        proc_macro=lib_table.get("proc-macro", lib_table.get("proc_macro")) is True,
        license=_text(package, "license", workspace),
        license_file=_text(package, "license-file", workspace),
        publish=_publish(package.get("publish"), workspace),
    )


def plan_build(
    lockfile: Lockfile,
    members: Mapping[PackageId, Manifest],
    member_files: Mapping[PackageId, Mapping[str, bytes]],
    read_sources: Callable[[Package], Mapping[str, bytes] | None],
    options: BuildOptions,
    *,
    with_dev: bool = False,
) -> Build:
    """The crates built for ``members`` with ``options``: the packages reached along
    active dependencies, each with its features. ``read_sources`` gives a registry
    package's files (None when they are not found). ``with_dev``: the members'
    development dependencies are built too (their tests are). With Cargo's resolver 2
    (``options.resolver2``), what build scripts use is built apart, for the host, with
    features of its own (``HOST``); with resolver 1 every package is built once."""
    manifests: dict[PackageId, Manifest] = dict(members)
    files: dict[PackageId, Mapping[str, bytes]] = dict(member_files)
    missing: list[PackageId] = []
    features: dict[_Node, set[str]] = {}
    # each package's dependencies in use: (name in code, kind) -> the package it resolved to
    active: dict[_Node, dict[tuple[str, str], PackageId]] = {}
    waiting: dict[_Node, list[tuple[str, str]]] = {}  # "x?/f" until x is active
    env = CfgEnv(options.target, frozenset())

    def manifest_of(pid: PackageId) -> Manifest | None:
        if pid in manifests:
            return manifests[pid]
        package = lockfile.get(pid)
        sources = read_sources(package) if package is not None else None
        if sources is None or "Cargo.toml" not in sources:
            missing.append(pid)
            return None
        try:
            manifests[pid] = read_manifest(sources, f"{pid.name}-{pid.version}")
        except InputError:
            missing.append(pid)
            return None
        files[pid] = sources
        return manifests[pid]

    def resolved(pid: PackageId, dep: Dependency) -> PackageId | None:
        package = lockfile.get(pid)
        candidates = [d for d in (package.dependencies if package else ()) if d.name == dep.package]
        if len(candidates) > 1:
            requirement = _requirement(dep.requirement)
            matching = [
                d for d in candidates if requirement is None or requirement.matches(d.version)
            ]
            candidates = matching or candidates
        return candidates[0] if candidates else None

    def link(node: _Node, dep: Dependency) -> None:
        if (dep.key, dep.kind) in active.setdefault(node, {}):
            return
        if dep.target and target_off(dep.target, env):
            return
        target = resolved(node[0], dep)
        if target is None:
            return
        active[node][(dep.key, dep.kind)] = target
        child = (target, dependency_context(node[1], dep.kind, options.resolver2))
        if dep.optional:
            request(node, dep.name or dep.key)  # the implicit feature of an optional dependency
        reach(child)
        if dep.default_features:
            request(child, "default")
        for feature in dep.features:
            request(child, feature)
        for wanted_dep, feature in waiting.pop(node, []):
            if wanted_dep == dep.key:
                request(child, feature)
            else:
                waiting.setdefault(node, []).append((wanted_dep, feature))

    def reach(node: _Node) -> None:
        if node in features:
            return
        features[node] = set()
        pid = node[0]
        manifest = manifest_of(pid)
        if manifest is None:
            return
        if manifest.proc_macro and pid not in members and not options.proc_macro_dependencies:
            return  # a procedural macro's dependencies run in the compiler only
        kinds = {NORMAL, BUILD} | ({DEV} if with_dev and pid in members else set())
        for dep in manifest.dependencies:
            if dep.kind in kinds and not dep.optional:
                link(node, dep)

    def request(node: _Node, feature: str) -> None:
        reach(node)
        if feature in features[node]:
            return
        manifest = manifests.get(node[0])
        if manifest is None:
            return
        by_key: dict[str, list[Dependency]] = {}  # a name may be a normal and a build dependency
        for d in manifest.dependencies:
            if d.kind != DEV or with_dev:
                by_key.setdefault(d.key, []).append(d)
        if feature != "default" or feature in manifest.features:
            features[node].add(feature)
        for entry in manifest.features.get(feature, ()):
            if entry.startswith("dep:"):
                for dep in by_key.get(entry[4:].replace("-", "_"), ()):
                    link(node, dep)
            elif "/" in entry:
                name, _, sub = entry.partition("/")
                weak = name.endswith("?")
                for dep in by_key.get(name.rstrip("?").replace("-", "_"), ()):
                    if not weak:
                        link(node, dep)
                    linked = active.get(node, {}).get((dep.key, dep.kind))
                    if linked is not None:
                        context = dependency_context(node[1], dep.kind, options.resolver2)
                        request((linked, context), sub)
                    else:
                        waiting.setdefault(node, []).append((dep.key, sub))
            elif entry in manifest.features:
                request(node, entry)
            else:
                for dep in by_key.get(entry.replace("-", "_"), ()):
                    if dep.optional:
                        link(node, dep)

    for pid, manifest in members.items():
        node = (pid, TARGET)
        reach(node)
        if options.all_features:
            for feature in manifest.features:
                request(node, feature)
            for dep in manifest.dependencies:
                if dep.optional:
                    link(node, dep)
        elif not options.no_default_features:
            request(node, "default")
        for feature in options.features:
            if feature in manifest.features or any(
                d.optional and d.key == feature.replace("-", "_") for d in manifest.dependencies
            ):
                request(node, feature)
    crates = {}
    for node in features:
        pid, context = node
        built = manifests.get(pid)
        if built is None:
            continue
        links = active.get(node, {})
        crates[node] = Crate(
            package=pid,
            manifest=built,
            files=files[pid],
            features=frozenset(features[node]),
            deps={k: t for (k, kind), t in links.items() if kind == NORMAL},
            build_deps={k: t for (k, kind), t in links.items() if kind == BUILD},
            dev_deps={k: t for (k, kind), t in links.items() if kind in (NORMAL, DEV)},
            member=pid in members and context == TARGET,
            context=context,
        )
    return Build(crates, tuple(dict.fromkeys(missing)), options.resolver2)


def dependency_context(context: str, kind: str, resolver2: bool) -> str:
    """Where a dependency of a crate built for ``context`` is built: for the host when a
    build script uses it or a host crate does (resolver 2), else where its user is."""
    return HOST if resolver2 and (kind == BUILD or context == HOST) else context


def _dependencies(document: Mapping[str, Any], workspace: Any) -> Iterable[Dependency]:
    tables: list[tuple[str, str, Any]] = [
        (_KINDS[_KIND_ALIASES.get(key, key)], "", document.get(key))
        for key in (*_KINDS, *_KIND_ALIASES)
    ]
    for target, table in (document.get("target") or {}).items():
        if isinstance(table, dict):
            tables += [
                (_KINDS[_KIND_ALIASES.get(key, key)], str(target), table.get(key))
                for key in (*_KINDS, *_KIND_ALIASES)
            ]
    inherited = (workspace or {}).get("dependencies") if isinstance(workspace, dict) else None
    for kind, target, table in tables:
        if not isinstance(table, dict):
            continue
        for key, spec in table.items():
            if isinstance(spec, dict) and spec.get("workspace") is True:
                base = (inherited or {}).get(key)
                base = {"version": base} if isinstance(base, str) else dict(base or {})
                spec = {**base, **{k: v for k, v in spec.items() if k != "workspace"}}
                spec["features"] = [*base.get("features", []), *spec.get("features", [])]
            if isinstance(spec, str):
                spec = {"version": spec}
            if not isinstance(spec, dict):
                continue
            yield Dependency(
                key=str(key).replace("-", "_"),
                package=str(spec.get("package") or key),
                requirement=str(spec.get("version") or "*"),
                kind=kind,
                optional=spec.get("optional") is True,
                default_features=spec.get("default-features", spec.get("default_features", True))
                is not False,
                features=tuple(str(f) for f in spec.get("features") or () if isinstance(f, str)),
                target=target,
                path=str(spec.get("path") or ""),
                name=str(key),
            )


def target_off(target: str, env: CfgEnv) -> bool:
    """Whether a ``[target.'...']`` table is for other targets than the chosen one."""
    if target.startswith("cfg(") and target.endswith(")"):
        return evaluate(target[4:-1], env) is False
    if env.target is None:
        return False
    return target not in env.target.get("target_triple", frozenset({target}))


def _requirement(text: str) -> VersionReq | None:
    try:
        return VersionReq.parse(text)
    except ValueError:
        return None


def _publish(value: Any, workspace: Any) -> tuple[str, ...] | None:
    """``publish``: unset (None), false (no registry), or the registries' names."""
    if isinstance(value, dict) and value.get("workspace") is True:
        values = workspace.get("package") if isinstance(workspace, dict) else None
        value = values.get("publish") if isinstance(values, dict) else None
    if value is False:
        return ()
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return None


def _text(package: Mapping[str, Any], key: str, workspace: Any) -> str:
    """A text field of ``[package]``, or the workspace's when it is inherited."""
    value = package.get(key)
    if isinstance(value, dict) and value.get("workspace") is True:
        return _inherited(workspace, "package", key, "")
    return value if isinstance(value, str) else ""


def _inherited(workspace: Any, table: str, key: str, default: str) -> str:
    values = workspace.get(table) if isinstance(workspace, dict) else None
    value = values.get(key) if isinstance(values, dict) else None
    return str(value) if value is not None else default


def _toml(data: bytes | None, where: str) -> dict[str, Any]:
    if data is None:
        raise InputError(f"{where}: not found")
    try:
        document = tomli.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError) as exc:
        raise InputError(f"{where}: not a valid manifest ({exc})") from None
    return document
