"""What a crate's Cargo.toml says: name, version, build scripts, proc-macro, dependencies.

Read leniently: a scanner meets every kind of manifest, so problems (unreadable TOML, a
dependency table that is not a table) are collected and reported, never raised.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

import tomli

from cratewatch.model.package import normalize_crate_name

__all__ = ["BinaryDownload", "Dependency", "Manifest", "config_redirects", "read_manifest"]

_MAX_REDIRECTS = 256

_KIND_TABLES: Final = {
    "dependencies": "normal",
    "build-dependencies": "build",
    "build_dependencies": "build",
    "dev-dependencies": "dev",
    "dev_dependencies": "dev",
}


@dataclass(frozen=True, slots=True)
class Dependency:
    """One entry of a dependency table of Cargo.toml."""

    name: str  # the crate depended on: its ``package`` when the entry renames it
    kind: str  # "normal", "build" or "dev" ("patch" or "replace" for a redirect)
    requirement: str | None  # the version requirement as written; None when none is given
    target: str | None = None  # the ``[target.X]`` table it is in (a patch: the source it patches)
    rename: str | None = None  # the name the code uses, when ``package = ...`` renames it
    source: str | None = None  # "git URL ...", "path P", "registry R", "workspace"; None: crates.io
    optional: bool = False

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What identifies an entry across versions (its requirement may change)."""
        return (self.kind, self.target or "", normalize_crate_name(self.name), self.rename or "")

    def describe(self) -> str:
        """The requirement and, unless crates.io, where the crate comes from."""
        parts = [self.requirement or "*"]
        if self.source:
            parts.append(f"({self.source})")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class BinaryDownload:
    """A prebuilt binary cargo-binstall downloads for the crate from an absolute URL."""

    table: str  # `[package.metadata.binstall]` or one of its `overrides.<target>`
    url: str
    compile_disabled: bool  # building from source is not a fallback there
    signed: bool  # releases are signed (`[package.metadata.binstall.signing]`)


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the diff needs from one Cargo.toml, and what was wrong with it."""

    name: str | None
    version: str | None
    build_scripts: tuple[str, ...]  # usually () or ("build.rs",)
    proc_macro: bool
    dependencies: tuple[Dependency, ...]
    problems: tuple[str, ...]
    # the crate roots of the library and binaries (``[lib] path``, ``[[bin]] path``, and
    # cargo's defaults when they exist): what the crate compiles, wherever it lies
    targets: tuple[str, ...] = ()
    # whether it has a library (``src/lib.rs`` or ``[lib] path``): code other crates call,
    # where a binary-only crate is a program of its own
    library: bool = False
    # ``[patch.<registry>]`` and ``[replace]`` entries: crates swapped for another source
    # in every build of this workspace (kind "patch" or "replace")
    redirects: tuple[Dependency, ...] = ()
    # scripts a package built from the crate runs as root when it is installed or removed:
    # cargo-deb's maintainer scripts, cargo-generate-rpm's install scripts given as files
    installer_scripts: tuple[str, ...] = ()
    # cargo-binstall's downloads of prebuilt binaries from absolute URLs (not the
    # repository's releases, which `{ repo }` names)
    binary_downloads: tuple[BinaryDownload, ...] = ()
    repository: str | None = None
    # HTML files docs.rs puts into every page of the crate's documentation
    # (`[package.metadata.docs.rs] rustdoc-args = ["--html-in-header", FILE]`): served to
    # everyone who reads them, scripts included
    docs_pages: tuple[str, ...] = ()


def read_manifest(files: Mapping[str, bytes], *, members: bool = True) -> Manifest:
    """The facts of a crate's Cargo.toml; problems are reported, never raised. With
    ``members``, the build scripts and library roots of the crates it depends on by a
    path inside it count as its own (``_path_members``)."""
    data = files.get("Cargo.toml")
    if data is None:
        return Manifest(None, None, _build_scripts(None, files), False, (), ("no Cargo.toml",))
    try:
        document: Any = tomli.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError) as exc:
        problem = f"Cargo.toml cannot be read ({exc})"
        return Manifest(None, None, _build_scripts(None, files), False, (), (problem,))
    except RecursionError:  # tomli recurses once per nesting level
        problem = "Cargo.toml cannot be read (nested too deeply)"
        return Manifest(None, None, _build_scripts(None, files), False, (), (problem,))
    package = _table(document, "package")
    lib = _table(document, "lib")
    problems: list[str] = []
    dependencies = _dependencies(document, None, problems)
    for target, tables in sorted(_table(document, "target").items()):
        if isinstance(tables, dict):
            dependencies += _dependencies(tables, str(target), problems)
    inherited = _table(_table(document, "workspace"), "dependencies")
    if inherited:
        dependencies = [_inherit(d, inherited) for d in dependencies]
    name, version = package.get("name"), package.get("version")
    scripts, roots = _path_members(dependencies, files) if members else ((), ())
    return Manifest(
        name=name if isinstance(name, str) else None,
        version=version if isinstance(version, str) else None,
        build_scripts=_build_scripts(package.get("build"), files) + scripts,
        proc_macro=bool(lib.get("proc-macro") or lib.get("proc_macro")),
        dependencies=tuple(dependencies),
        problems=tuple(problems),
        targets=_targets(lib, document.get("bin"), files) + roots,
        library="src/lib.rs" in files or isinstance(lib.get("path"), str),
        redirects=_redirects(document),
        installer_scripts=_installer_scripts(_table(package, "metadata"), files),
        binary_downloads=_binary_downloads(_table(_table(package, "metadata"), "binstall")),
        repository=repository if isinstance(repository := package.get("repository"), str) else None,
        docs_pages=_docs_pages(_table(package, "metadata"), files),
    )


#: crates depended on by a path inside the package that are read as its own
MAX_PATH_MEMBERS: Final = 16
_PACKAGE_NAME: Final = re.compile(rb'(?m)^\[package\][^\[]*?^name\s*=\s*"([A-Za-z0-9_-]{1,64})"')


def _path_members(
    dependencies: list[Dependency], files: Mapping[str, bytes]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The build scripts and library roots of the crates this one depends on (normal
    and build dependencies) by a path inside it (`{ path = "eaw-tables" }`, a workspace
    member), or whose sources it carries in a folder of its own (`week-tables/` holding the
    package `isoweek-tables` it depends on from the registry: vendored, or a new dependency
    shipped beside the crate): building the crate builds and runs them, so their build
    script is build code and their library is library code. One level deep, at most
    ``MAX_PATH_MEMBERS``; a path outside the package is not read."""
    scripts: list[str] = []
    roots: list[str] = []
    building = [d for d in dependencies if d.kind in ("normal", "build")]
    # (from a registry: a path dependency's folder is its path, read above or not at all)
    names = {
        normalize_crate_name(d.name)
        for d in building
        if d.source is None or d.source.startswith("registry")
    }
    carried = {
        folder
        for path in files
        if path.count("/") == 1
        and path.endswith("/Cargo.toml")
        and _package_name(files[path]) in names
        and (folder := path.removesuffix("/Cargo.toml"))
    }
    folders = sorted(
        {
            posixpath.normpath(d.source.removeprefix("path "))
            for d in building
            if d.source and d.source.startswith("path ")
        }
        | carried
    )
    for folder in folders[:MAX_PATH_MEMBERS]:
        if (
            folder in (".", "")
            or folder.startswith(("../", "/"))
            or f"{folder}/Cargo.toml" not in files
        ):
            continue
        prefix = f"{folder}/"
        member = read_manifest(
            {p.removeprefix(prefix): d for p, d in files.items() if p.startswith(prefix)},
            members=False,
        )
        scripts += [posixpath.normpath(prefix + path) for path in member.build_scripts]
        roots += [
            posixpath.normpath(prefix + path)
            for path in member.targets
            if path != "src/main.rs" and not path.startswith("src/bin/")  # not built for it
        ]
    return tuple(scripts), tuple(roots)


def _package_name(manifest: bytes) -> str | None:
    """The package name a manifest gives, normalised, or None where it gives none (read
    from its `[package]` table's `name` line: the folder's manifest need not parse)."""
    found = _PACKAGE_NAME.search(manifest[:4096])
    return normalize_crate_name(found.group(1).decode()) if found else None


def _inherit(dependency: Dependency, inherited: Mapping[str, Any]) -> Dependency:
    """A `{ workspace = true }` dependency as the same manifest's
    ``[workspace.dependencies]`` defines it: the crate it really is (a rename there is
    one here), its requirement and source; the kind, target and optionality stay this
    table's."""
    spec = inherited.get(dependency.rename or dependency.name)
    if dependency.source != "workspace" or spec is None:
        return dependency
    defined = _dependency(dependency.name, spec, dependency.kind, dependency.target)
    if defined is None:
        return dependency
    return replace(defined, optional=dependency.optional)


#: crates.io's index, as a registry's ``index`` names it (git or sparse)
_CRATES_IO_INDEX: Final = re.compile(
    r"^(sparse\+)?https?://(index\.crates\.io|github\.com/rust-lang/crates\.io-index)(\.git)?/?$",
    re.IGNORECASE,
)


def is_crates_io_index(url: str) -> bool:
    return bool(_CRATES_IO_INDEX.match(url.strip()))


def crates_io_registries(text: str) -> frozenset[str]:
    """The registries a cargo configuration file names (``[registries.<name>]``) whose
    index is crates.io's: a dependency from one of them is the crates.io crate of its
    name, whatever it is called here."""
    try:
        document: Any = tomli.loads(text)
    except (tomli.TOMLDecodeError, RecursionError):
        return frozenset()
    registries = _table(document, "registries")
    return frozenset(
        str(name)
        for name, spec in sorted(registries.items())[:_MAX_REDIRECTS]
        if isinstance(spec, dict)
        and isinstance(spec.get("index"), str)
        and is_crates_io_index(spec["index"])
    )


def config_redirects(text: str) -> tuple[Dependency, ...]:
    """What a cargo configuration file (``.cargo/config.toml``) swaps in for every build
    of the project: its ``[patch.<source>]`` entries, and ``[source.<name>]``
    replacements (kind "source", the replaced source as name, the replacement as
    source). A file that is not TOML swaps nothing: cargo refuses it."""
    try:
        document: Any = tomli.loads(text)
    except (tomli.TOMLDecodeError, RecursionError):
        return ()
    found = list(_redirects(document))
    sources = _table(document, "source")
    for name, spec in sorted(sources.items())[:_MAX_REDIRECTS]:
        replacement = spec.get("replace-with") if isinstance(spec, dict) else None
        target = sources.get(replacement) if isinstance(replacement, str) else None
        if isinstance(target, dict):
            where = next(
                (
                    f"{key} {target[key]}"
                    for key in _SOURCE_KEYS
                    if isinstance(target.get(key), str)
                ),
                f"source {replacement}",
            )
            found.append(Dependency(str(name), "source", None, None, None, where))
    return tuple(found)


def _redirects(document: Mapping[str, Any]) -> tuple[Dependency, ...]:
    """The crates ``[patch.<source>]`` and ``[replace]`` swap for another source (at
    most a few hundred: a manifest is hostile input too)."""
    found: list[Dependency] = []
    for registry, table in sorted(_table(document, "patch").items())[:_MAX_REDIRECTS]:
        if isinstance(table, dict):
            for alias, spec in sorted(table.items())[:_MAX_REDIRECTS]:
                dependency = _dependency(str(alias), spec, "patch", str(registry))
                if dependency is not None:
                    found.append(dependency)
    for key, spec in sorted(_table(document, "replace").items())[:_MAX_REDIRECTS]:
        dependency = _dependency(str(key).split(":", 1)[0], spec, "replace", None)
        if dependency is not None:
            found.append(dependency)
    return tuple(found)


_SOURCE_KEYS: Final = ("registry", "git", "directory", "local-registry")


def _table(document: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = document.get(key)
    return value if isinstance(value, dict) else {}


def _build_scripts(build: object, files: Mapping[str, bytes]) -> tuple[str, ...]:
    """Cargo's rule: ``build = "path"`` names it, ``build = false`` turns it off, and
    otherwise ``build.rs`` at the root is the build script if it exists."""
    if isinstance(build, str):
        return (build.removeprefix("./"),)
    if isinstance(build, list):  # several build scripts (an unstable Cargo feature)
        return tuple(b.removeprefix("./") for b in build if isinstance(b, str))
    if build is False:
        return ()
    return ("build.rs",) if "build.rs" in files else ()


_MAINTAINER_SCRIPTS: Final = ("preinst", "postinst", "prerm", "postrm", "config", "triggers")
_RPM_SCRIPTS: Final = tuple(
    f"{when}_{what}_script"
    for when in ("pre", "post")
    for what in ("install", "uninstall", "trans")
)


def _installer_scripts(metadata: Mapping[str, Any], files: Mapping[str, bytes]) -> tuple[str, ...]:
    """The crate's files that a ``.deb`` or ``.rpm`` built from it runs at install time:
    ``[package.metadata.deb] maintainer-scripts`` (a folder, also in its ``variants``) and
    ``[package.metadata.generate-rpm]``'s ``*_script`` keys that name a file."""
    deb = _table(metadata, "deb")
    tables = [deb, *(v for v in _table(deb, "variants").values() if isinstance(v, dict))]
    folders = {t.get("maintainer-scripts") for t in tables}
    found = {
        posixpath.normpath(posixpath.join(folder, name))
        for folder in folders
        if isinstance(folder, str)
        for name in _MAINTAINER_SCRIPTS
    }
    rpm = _table(metadata, "generate-rpm")
    found |= {
        posixpath.normpath(value)
        for key in _RPM_SCRIPTS
        if isinstance(value := rpm.get(key), str) and "\n" not in value
    }
    return tuple(sorted(path for path in found if path in files))


def _docs_pages(metadata: Mapping[str, Any], files: Mapping[str, bytes]) -> tuple[str, ...]:
    """The crate's files that rustdoc puts into every page docs.rs builds: the values of
    ``--html-in-header``, ``--html-before-content`` and ``--html-after-content`` in
    ``[package.metadata.docs.rs] rustdoc-args`` (``--opt=FILE`` or ``--opt FILE``)."""
    arguments = _table(metadata, "docs.rs").get("rustdoc-args")
    if not isinstance(arguments, list):
        return ()
    words = [a for a in arguments[:256] if isinstance(a, str)]
    found = set()
    for index, word in enumerate(words):
        option, equals, value = word.partition("=")
        if option in _DOCS_PAGE_OPTIONS:
            if not equals and index + 1 < len(words):
                value = words[index + 1]
            found.add(posixpath.normpath(value))
    return tuple(sorted(path for path in found if path in files))


_DOCS_PAGE_OPTIONS: Final = frozenset(
    {"--html-in-header", "--html-before-content", "--html-after-content"}
)


def _binary_downloads(binstall: Mapping[str, Any]) -> tuple[BinaryDownload, ...]:
    """The absolute ``pkg-url``s of ``[package.metadata.binstall]`` and its overrides
    (a URL made from ``{ repo }`` is the repository's own releases)."""
    signed = bool(_table(binstall, "signing"))
    tables = [("package.metadata.binstall", binstall)]
    tables += [
        (f"package.metadata.binstall.overrides.{target}", table)
        for target, table in sorted(_table(binstall, "overrides").items())
        if isinstance(table, dict)
    ]
    found = []
    for name, table in tables[:64]:
        url = table.get("pkg-url")
        if not isinstance(url, str) or not url.strip().lower().startswith(("http://", "https://")):
            continue
        strategies = table.get("disabled-strategies", binstall.get("disabled-strategies", ()))
        disabled = isinstance(strategies, list) and "compile" in strategies
        found.append(BinaryDownload(name, url.strip(), disabled, signed))
    return tuple(found)


def _targets(lib: Mapping[str, Any], bins: object, files: Mapping[str, bytes]) -> tuple[str, ...]:
    """The library's and binaries' root files: the paths the manifest gives, else cargo's
    defaults (``src/lib.rs``, ``src/main.rs``, ``src/bin/*.rs``) that exist."""
    roots = [p for p in ("src/lib.rs", "src/main.rs") if p in files]
    roots += [
        p for p in files if p.startswith("src/bin/") and p.count("/") == 2 and p.endswith(".rs")
    ]
    roots += [p for p in files if p.startswith("src/bin/") and p.endswith("/main.rs")]
    declared = [lib.get("path")]
    if isinstance(bins, list):
        declared += [b.get("path") for b in bins[:256] if isinstance(b, dict)]
    roots += [posixpath.normpath(p) for p in declared if isinstance(p, str) and p]
    return tuple(sorted({r for r in roots if not r.startswith(("../", "/"))}))


def _dependencies(
    tables: Mapping[str, Any], target: str | None, problems: list[str]
) -> list[Dependency]:
    found: list[Dependency] = []
    for table_name, kind in _KIND_TABLES.items():
        table = tables.get(table_name)
        if table is None:
            continue
        where = f"[target.'{target}'.{table_name}]" if target else f"[{table_name}]"
        if not isinstance(table, dict):
            problems.append(f"Cargo.toml: {where} is not a table")
            continue
        for alias, spec in sorted(table.items()):
            dependency = _dependency(str(alias), spec, kind, target)
            if dependency is None:
                problems.append(f"Cargo.toml: {alias!r} in {where} is not a valid dependency")
            else:
                found.append(dependency)
    return found


def _dependency(alias: str, spec: object, kind: str, target: str | None) -> Dependency | None:
    if isinstance(spec, str):
        return Dependency(alias, kind, spec, target)
    if not isinstance(spec, dict):
        return None
    package = spec.get("package")
    renamed = isinstance(package, str) and package != alias
    version = spec.get("version")
    return Dependency(
        name=package if isinstance(package, str) else alias,
        kind=kind,
        requirement=version if isinstance(version, str) else None,
        target=target,
        rename=alias if renamed else None,
        source=_source(spec),
        optional=spec.get("optional") is True,
    )


def _source(spec: Mapping[str, Any]) -> str | None:
    if spec.get("workspace") is True:
        return "workspace"  # the requirement is in the workspace's manifest, not here
    git = spec.get("git")
    if isinstance(git, str):
        refs = [f"{k} {spec[k]}" for k in ("branch", "tag", "rev") if isinstance(spec.get(k), str)]
        return " ".join(["git", git, *refs])
    path = spec.get("path")
    if isinstance(path, str):
        return f"path {path}"
    for key in ("registry", "registry-index"):
        value = spec.get(key)
        if isinstance(value, str):
            return f"registry {value}"
    return None
