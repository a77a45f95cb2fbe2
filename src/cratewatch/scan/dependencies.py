"""Threats a crate carries in its dependencies rather than in its code.

``finch-rust`` was a copy of ``finch`` plus one dependency, ``sha-rust``, which stole
credentials; hijacked crates gain a dependency on a squat. The crate's own code looks
clean in both cases, so the scan also looks at its Cargo.toml: a dependency named in a
RustSec advisory of category ``malicious`` is evidence (``threat-malicious-dependency``),
and so is one whose name imitates a popular crate that the crate does not also depend on
(``threat-typosquat-dependency``, when a typosquat screener is given).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Final, NamedTuple
from urllib.parse import urlsplit

from cratewatch.model.package import normalize_crate_name
from cratewatch.scan.analyze import Context, Evidence, file_kind
from cratewatch.scan.manifest import (
    Dependency,
    Manifest,
    config_redirects,
    crates_io_registries,
    is_crates_io_index,
    read_manifest,
)

if TYPE_CHECKING:
    from cratewatch.model.advisory import Advisory
    from cratewatch.model.version import Version
    from cratewatch.typosquat.screen import Screener

__all__ = [
    "Compromised",
    "DependencyCheck",
    "MalwareReport",
    "admits_only_compromised",
    "binary_download_evidence",
    "compromised_releases",
    "config_evidence",
    "dependency_evidence",
    "install_evidence",
    "known_malware",
    "lockfile_evidence",
    "malicious_crates",
    "malware_reports",
    "reports_malware",
    "script_evidence",
    "split_malware",
]

MALICIOUS_RULE = "threat-malicious-dependency"
REDIRECT_RULE = "threat-dependency-redirect"
SQUAT_RULE = "threat-typosquat-dependency"
MALICIOUS_NAME_RULE = "threat-malicious-name-dependency"
FOREIGN_BINARIES_RULE = "threat-foreign-binaries"


class Compromised(NamedTuple):
    """A good crate with a malicious release (``arrayref`` 0.3.10): the advisory, and the
    requirements of the releases it leaves alone (its ``unaffected`` and ``patched``)."""

    advisory: str
    spared: tuple[str, ...]


class DependencyCheck(NamedTuple):
    malicious: Mapping[str, str]  # canonical crate name -> advisory id: malware, every version
    screener: Screener | None = None
    compromised: Mapping[str, Compromised] = {}  # never changed: shared by every check


class MalwareReport(NamedTuple):
    """An advisory (not withdrawn) that reports malware: its crate (canonical name), its
    id, and the requirements of the releases it leaves alone (none: every version)."""

    crate: str
    advisory: str
    spared: tuple[str, ...]


def known_malware(
    advisories: Iterable[Advisory], screener: Screener | None = None
) -> DependencyCheck:
    """The check of dependencies against the advisories: crates that are malware, and
    good crates with malicious releases (and squats, with ``screener``)."""
    malicious, compromised = split_malware(malware_reports(advisories))
    return DependencyCheck(malicious, screener, compromised)


def malicious_crates(advisories: Iterable[Advisory]) -> dict[str, str]:
    """Canonical crate names with a (not withdrawn) advisory of kind malicious, or one
    that says the crate was removed from crates.io for malicious code or for its
    affiliation with it, that leaves no release alone: some such advisories carry no
    ``malicious`` category, and a dependency on one of those crates is a dependency on
    malware all the same. (The audit keeps each advisory's kind as the database gives
    it.) A good crate with a malicious release is ``compromised_releases``'s."""
    return split_malware(malware_reports(advisories))[0]


def compromised_releases(advisories: Iterable[Advisory]) -> dict[str, Compromised]:
    """Crates with a malicious advisory that leaves some releases alone (a compromised
    release of a good crate), unless another advisory reports every version."""
    return split_malware(malware_reports(advisories))[1]


def malware_reports(advisories: Iterable[Advisory]) -> Iterator[MalwareReport]:
    """What each advisory that reports malware says, as ``split_malware`` reads it."""
    for a in advisories:
        if not a.is_withdrawn and reports_malware(a.kind.value, a.expect_deleted, a.title):
            spared = (*a.unaffected, *a.patched)
            yield MalwareReport(normalize_crate_name(str(a.package)), str(a.id), spared)


def split_malware(
    reports: Iterable[MalwareReport],
) -> tuple[dict[str, str], dict[str, Compromised]]:
    """The crates that are malware (an advisory leaves no release alone), each with its
    advisory; and the good crates with malicious releases, each with what its
    advisories leave alone (two advisories of one crate: only what both spare)."""
    reports = list(reports)
    malicious = {r.crate: r.advisory for r in reports if not r.spared}
    compromised: dict[str, Compromised] = {}
    for r in reports:
        if r.spared and r.crate not in malicious:
            earlier = compromised.get(r.crate)
            spared = r.spared if earlier is None else _common(earlier.spared, r.spared)
            compromised[r.crate] = Compromised(r.advisory, spared)
    return malicious, compromised


def _common(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(r for r in first if r in second)


def admits_only_compromised(requirement: str | None, compromised: Compromised) -> bool:
    """Whether a dependency's requirement admits none of the releases the advisory
    leaves alone: then the dependency can only be the malicious release. A requirement
    that also admits a good release resolves to the newest one published, and a
    malicious release is removed from the registry once reported. A requirement or a
    range that cannot be read is taken at its worst."""
    from cratewatch.errors import VersionError
    from cratewatch.model.ranges import Interval
    from cratewatch.model.version import VersionReq

    try:
        wanted = Interval.from_requirement(VersionReq.parse(requirement or "*"))
    except VersionError:
        return True
    for text in compromised.spared:
        try:
            spared = Interval.from_requirement(VersionReq.parse(text))
        except VersionError:
            continue
        if spared.overlaps(wanted):
            return False
    return True


def reports_malware(kind: str, expect_deleted: bool, title: str) -> bool:
    """Whether an advisory (not withdrawn) reports its crate as malware: its kind is
    ``malicious``, or it expects the crate deleted and its title says it was removed for
    malicious code or for affiliation with it."""
    return kind == "malicious" or (expect_deleted and _REMOVED.search(title) is not None)


# "`arone` was removed from crates.io due to malicious code", "... for malicious code",
# "... due to affiliation with malicious code"
_REMOVED: Final = re.compile(
    r"removed from crates\.io (for|due to) (affiliation with )?malicious", re.I
)


#: Member manifests whose dependencies are checked; more are not read (a folder of fixtures)
MAX_MEMBER_MANIFESTS: Final = 64
# a single-file script's own manifest: cargo's frontmatter (after an optional `#!` line),
# rust-script's `//! ```cargo` block and its `// cargo-deps:` line, in the file's first bytes
_MAX_SCRIPT_HEAD: Final = 16 * 1024
_FRONTMATTER: Final = re.compile(
    r"(?:#![^\[\n][^\n]*\n)?[ \t\n]*-{3,}[ \t]*(?:cargo)?[ \t]*\n(.*?)\n-{3,}[ \t]*(?:\n|$)", re.S
)
_DOC_MANIFEST: Final = re.compile(
    r"^//!\s*```cargo[ \t]*\n((?://![^\n]*\n){1,200}?)//!\s*```", re.M
)
_DOC_PREFIX: Final = re.compile(r"^//! ?")
_CARGO_DEPS: Final = re.compile(r"^//\s*cargo-deps:\s*(.+)$", re.M)
# what installs crates: `cargo install` and its kin, and cargo-make's `install_crate`, in
# the files that run commands (task runners by name, the others by kind)
_CARGO_INSTALL: Final = re.compile(
    r"\bcargo\s+(?:\+[\w.-]+\s+)?(?:install|binstall|quickinstall)\b([^\n;&|`)]*)"
)
_CARGO_MAKE_INSTALL: Final = re.compile(
    r'\b(?:install_crate|crate_name)\s*=\s*(?:\{[^}]*?\bcrate_name\s*=\s*)?"([A-Za-z0-9_-]+)"'
)
_CRATE_NAME: Final = re.compile(r"^[A-Za-z0-9_-]+(@[\w.^~=<>*-]+)?$")
_VALUE_OPTIONS: Final = frozenset(
    {"--version", "--vers", "--git", "--branch", "--tag", "--rev", "--path", "--root"}
    | {"--registry", "--index", "--features", "-F", "--bin", "--example", "--target"}
    | {"--target-dir", "--profile", "-j", "--jobs", "--config", "-Z", "--color"}
)
_TASK_FILES: Final = frozenset(
    {"Makefile.toml", "justfile", "Justfile", ".justfile", "Makefile", "makefile", "Dockerfile"}
)
_RUNNING_KINDS: Final = frozenset({"script", "ci-workflow", "tool-hook", "editor-task"})
#: pre-commit's configuration: a hook of `language: rust` builds its
#: `additional_dependencies` (`cli:NAME` is installed with `cargo install`, a bare `NAME`
#: added to the hook's own crate); the `cli:` form is Rust's alone
_PRE_COMMIT: Final = frozenset({".pre-commit-config.yaml", ".pre-commit-hooks.yaml"})
_HOOK_START: Final = re.compile(r"^\s*-\s+id\s*:")
_RUST_HOOK: Final = re.compile(r"^\s*-?\s*language\s*:\s*['\"]?rust\b")
_EXTRA_DEPENDENCIES: Final = re.compile(r"^(\s*)-?\s*additional_dependencies\s*:\s*(.*)$")
_YAML_ITEM: Final = re.compile(r"^(\s*)-\s+(.*)$")
#: cargo-run-bin's tables of the tools `cargo bin` installs, a line-based reading of them
_RUN_BIN_TABLES: Final = frozenset({"package.metadata.bin", "workspace.metadata.bin"})
_TOML_TABLE: Final = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_TOML_KEY: Final = re.compile(r'^\s*"?([A-Za-z0-9_-]+)"?\s*=')
#: Bazel's files, where rules_rust's crate_universe names the crates a Bazel build of the
#: repository compiles: `crate.spec(package = "name", ..)`, or a `packages` dictionary's
#: `"name": crate.spec(..)` (the key is the crate unless `package` names another)
_BAZEL_FILES: Final = frozenset(
    {"MODULE.bazel", "WORKSPACE", "WORKSPACE.bazel", "BUILD", "BUILD.bazel"}
)
_CRATE_SPEC: Final = re.compile(r'(?:"([A-Za-z0-9_-]+)"\s*:\s*)?\bcrate\.spec\s*\(([^()]*)\)')
_SPEC_PACKAGE: Final = re.compile(r'\bpackage\s*=\s*"([A-Za-z0-9_-]+)"')
_MAX_TASK_FILE: Final = 256 * 1024  # bytes of a task file read for what it installs
_MAX_LOCKFILE: Final = 4 * 1024 * 1024  # a shipped Cargo.lock read whole, at most this


def dependency_evidence(
    manifest: Manifest,
    manifest_text: str,
    check: DependencyCheck,
    crates_io: frozenset[str] = frozenset(),
) -> list[Evidence]:
    """Evidence against the dependencies of one crate, at their lines of Cargo.toml;
    ``crates_io``: the registries its cargo configuration names whose index is
    crates.io's (``crates_io_registries``)."""
    lines = manifest_text.split("\n")
    used = {normalize_crate_name(d.name) for d in manifest.dependencies}
    found = []
    for dependency in manifest.dependencies:
        # git or path with a version: what `cargo publish` keeps, and what dependents get, is
        # the crates.io crate of that version
        source = dependency.source or ""
        published = dependency.requirement is not None and source.startswith(("git ", "path "))
        registry = source.removeprefix("registry ") if source.startswith("registry ") else None
        # (`crates-io` is cargo's own name for it)
        if registry is not None and (
            registry == "crates-io" or registry in crates_io or is_crates_io_index(registry)
        ):
            published = True  # crates.io under a name of its own (`registry = "mirror"`)
        name = normalize_crate_name(dependency.name)
        if dependency.source not in (None, "workspace") and not published:
            # git, path or another registry: not the crates.io crate. A git repository or
            # another registry that serves a name removed for malicious code is no proof,
            # but a reviewer looks. A folder of that name is the crate's own sources,
            # unless the entry renames it to pass for another crate (`sha2 = { path =
            # "third_party/sha-rust", package = "sha-rust" }`: a git submodule, absent
            # from the package).
            advisory = check.malicious.get(name)
            renamed = (
                dependency.rename is not None and normalize_crate_name(dependency.rename) != name
            )
            if advisory is not None and (not source.startswith("path ") or renamed):
                why = f"{advisory}, from {source}"
                found.append(_evidence(MALICIOUS_NAME_RULE, dependency, lines, why))
            continue
        advisory = check.malicious.get(name)
        if advisory is not None:
            found.append(_evidence(MALICIOUS_RULE, dependency, lines, f"{advisory}"))
            continue
        compromised = check.compromised.get(name)
        if compromised is not None:
            if admits_only_compromised(dependency.requirement, compromised):
                why = f"{compromised.advisory}: only the malicious releases"
                found.append(_evidence(MALICIOUS_RULE, dependency, lines, why))
            continue
        if check.screener is None:
            continue
        verdict = check.screener.screen(dependency.name)
        if verdict.flagged and normalize_crate_name(verdict.suspects[0].target) not in used:
            found.append(
                _evidence(SQUAT_RULE, dependency, lines, f"imitates {verdict.suspects[0].target}")
            )
    for redirect in manifest.redirects:
        if redirect.source is None or redirect.source == "workspace":
            continue  # a version requirement only: the same registry
        if _patched_to_itself(redirect, manifest):
            continue  # its own tests and examples built against this very source
        section, why = _redirected(redirect)
        found.append(_evidence(REDIRECT_RULE, redirect, lines, why, after=section[:-1]))
    return found


def crates_io_aliases(files: Mapping[str, bytes]) -> frozenset[str]:
    """The registries the crate's own cargo configuration (``.cargo/config.toml``,
    ``.cargo/config``, which cargo reads when building it from its folder) names whose
    index is crates.io's."""
    found: frozenset[str] = frozenset()
    for path in (".cargo/config.toml", ".cargo/config"):
        if path in files:
            found |= crates_io_registries(files[path].decode("utf-8", errors="replace"))
    return found


def lockfile_evidence(files: Mapping[str, bytes], check: DependencyCheck) -> list[Evidence]:
    """``threat-malicious-dependency`` for each package of the crate's own Cargo.lock
    that is a known-malicious crate or a malicious release of a good one: ``cargo install
    --locked`` builds exactly what the shipped lockfile pins (dependents of a library
    never read it). A lockfile that cannot be read says nothing here."""
    from cratewatch.errors import CratewatchError
    from cratewatch.lockfile.cargo_lock import parse_lockfile

    data = files.get("Cargo.lock")
    if data is None or len(data) > _MAX_LOCKFILE:
        return []
    text = data.decode("utf-8", errors="replace")
    try:
        lockfile = parse_lockfile(text, "Cargo.lock")
    except (CratewatchError, RecursionError, ValueError):
        return []
    lines = text.split("\n")
    found: list[Evidence] = []
    for package in lockfile.packages:
        name = normalize_crate_name(str(package.name))
        advisory = check.malicious.get(name)
        compromised = check.compromised.get(name)
        if compromised is not None and _pinned_malicious(package.version, compromised):
            advisory = f"{compromised.advisory}: a malicious release"
        if advisory is None or package.source is None or not package.source.is_crates_io:
            continue
        line = _lock_line(lines, str(package.name), str(package.version))
        snippet = f"{package.name} {package.version}  (pinned by Cargo.lock: {advisory})"
        found.append(Evidence(MALICIOUS_RULE, "Cargo.lock", line, snippet, Context.LIBRARY))
    return found


def _pinned_malicious(version: Version, compromised: Compromised) -> bool:
    """Whether a locked version is a release the advisory does not leave alone."""
    return admits_only_compromised(f"={version}", compromised)


def _lock_line(lines: list[str], name: str, version: str) -> int:
    """The line of ``version = "..."`` of the package's entry, else 1."""
    for number, line in enumerate(lines, 1):
        if line.strip() == f'name = "{name}"':
            following = lines[number : number + 2]
            if any(v.strip() == f'version = "{version}"' for v in following):
                return number + 1
    return 1


def member_evidence(files: Mapping[str, bytes], check: DependencyCheck) -> list[Evidence]:
    """Evidence against the dependencies of the other manifests a crate ships (workspace
    members: an `xtask`, a tool, a fixture): the crate's developers build and run them
    (`cargo xtask`), its dependents never do, so the evidence is the tooling's (test)."""
    found: list[Evidence] = []
    members = [p for p in sorted(files) if p.endswith("/Cargo.toml")][:MAX_MEMBER_MANIFESTS]
    for path in members:
        data = files[path]
        found += _tooling(path, data, data.decode("utf-8", errors="replace"), 1, check)
    return found


def _tooling(
    path: str, data: bytes, text: str, first: int, check: DependencyCheck
) -> list[Evidence]:
    """The evidence against a manifest of the crate's tooling (``data``, read as ``text``)
    that starts at line ``first`` of ``path``: in test context, as its developers run it."""
    return [
        e._replace(file=path, line=first + e.line - 1, context=Context.TEST)
        for e in dependency_evidence(read_manifest({"Cargo.toml": data}), text, check)
    ]


def script_evidence(files: Mapping[str, bytes], check: DependencyCheck) -> list[Evidence]:
    """Evidence against the dependencies a single-file Rust script declares for itself:
    cargo's frontmatter (``---cargo`` ... ``---``, run by ``cargo -Zscript``) and
    rust-script's manifest (a ``//! ```cargo`` block or a ``// cargo-deps:`` line in a
    file with a ``#!`` line). The crate's developers run such scripts (a release helper a
    justfile calls), its dependents never do: the evidence is the tooling's (test)."""
    found: list[Evidence] = []
    scripts = [
        path
        for path in sorted(files)
        if path.endswith(".rs")
        and (files[path].startswith(b"#!") or files[path][:64].lstrip().startswith(b"---"))
    ]
    for path in scripts:
        head = files[path][:_MAX_SCRIPT_HEAD].decode("utf-8", errors="replace")
        embedded = _embedded_manifest(head)
        if embedded is None:
            continue
        text, first = embedded
        found += _tooling(path, text.encode(), text, first, check)
    return found


def _embedded_manifest(head: str) -> tuple[str, int] | None:
    """A script's own manifest as TOML, and the line of the file it starts at."""
    if (front := _FRONTMATTER.match(head)) is not None:
        return front.group(1), head.count("\n", 0, front.start(1)) + 1
    if not head.startswith("#!") or head.startswith("#!["):
        return None  # rust-script's forms count in a script, not in the crate's sources
    if (block := _DOC_MANIFEST.search(head)) is not None:
        text = "\n".join(_DOC_PREFIX.sub("", line) for line in block.group(1).split("\n"))
        return text, head.count("\n", 0, block.start(1)) + 1
    if (deps := _CARGO_DEPS.search(head)) is not None:
        entries = [e.strip() for e in deps.group(1).split(",") if e.strip()]
        pairs = [e.split("=", 1) if "=" in e else [e, '"*"'] for e in entries]
        table = ", ".join(f"{n.strip()} = {v.strip()}" for n, v in pairs)
        return f"dependencies = {{ {table} }}", head.count("\n", 0, deps.start()) + 1
    return None


def install_evidence(files: Mapping[str, bytes], check: DependencyCheck) -> list[Evidence]:
    """``threat-malicious-dependency`` for each known-malicious crate the crate's tooling
    installs: ``cargo install`` (or ``binstall``, ``quickinstall``) in a script, a CI
    workflow, a tool's hooks or a task runner's file (a justfile, a Makefile),
    cargo-make's ``install_crate``, pre-commit's hook dependencies and cargo-run-bin's
    ``[package.metadata.bin]`` (what ``cargo bin`` installs). Its developers and CI run
    these, its dependents never: the evidence is the tooling's (test). So are the crates
    a Bazel build of the repository compiles (rules_rust's crate_universe specs), which
    its Cargo manifest need not show."""
    found: list[Evidence] = []
    for path in sorted(files):
        name = path.rsplit("/", 1)[-1]
        running = file_kind(path, files[path][:2]) in _RUNNING_KINDS
        bazel = name in _BAZEL_FILES or name.endswith(".bzl")
        if name not in _TASK_FILES and name != "Cargo.toml" and not running and not bazel:
            continue
        text = files[path][:_MAX_TASK_FILE].decode("utf-8", errors="replace")
        lines = text.split("\n")
        if bazel:
            installs = _bazel_specs(text)
        elif name == "Cargo.toml":
            installs = _run_bin_installs(lines)
        else:
            cargo_make = name == "Makefile.toml"
            installs = [(n, c) for n, ln in enumerate(lines, 1) for c in _installed(ln, cargo_make)]
            if name in _PRE_COMMIT:
                installs += _pre_commit_installs(lines)
        for number, installed in sorted(installs):
            advisory = check.malicious.get(normalize_crate_name(installed))
            if advisory is not None:
                why = f"{'builds' if bazel else 'installs'} {installed}: {advisory}"
                snippet = f"{lines[number - 1].strip()[:100]}  ({why})"
                found.append(Evidence(MALICIOUS_RULE, path, number, snippet, Context.TEST))
    return found


def _bazel_specs(text: str) -> list[tuple[int, str]]:
    """The crates crate_universe's specs in a Bazel file name, with their lines."""
    found = []
    for spec in _CRATE_SPEC.finditer(text):
        package = _SPEC_PACKAGE.search(text, spec.start(2), spec.end(2))
        named = package.group(1) if package is not None else spec.group(1)
        if named is not None:  # (at the line that names it)
            at = spec.start() if package is None else package.start()
            found.append((text.count("\n", 0, at) + 1, named))
    return found


def _pre_commit_installs(lines: list[str]) -> list[tuple[int, str]]:
    """The crates pre-commit builds for the hooks of a configuration, with their lines:
    ``cli:NAME[:VERSION]`` entries of any hook's ``additional_dependencies``, and bare
    ``NAME[:VERSION]`` entries of a hook whose language is ``rust`` (another language's
    are its own packages). Read line by line: a flow list on the key's line, or a block
    list below it."""
    hooks: list[tuple[list[tuple[int, str]], bool]] = [([], False)]  # entries, rust
    block: int | None = None  # the indentation of the key whose block list is read
    for number, line in enumerate(lines, 1):
        if _HOOK_START.match(line):
            hooks.append(([], False))
            block = None
        entries = hooks[-1][0]
        if _RUST_HOOK.match(line):
            hooks[-1] = entries, True
        item = _YAML_ITEM.match(line)
        if item is not None and block is not None and len(item.group(1)) >= block:
            entries += [(number, entry) for entry in _yaml_entries(item.group(2))]
            continue
        block = None
        if (extra := _EXTRA_DEPENDENCIES.match(line)) is not None:
            listed = extra.group(2).strip()
            if listed.startswith("[") and "]" in listed:
                entries += [(number, e) for e in _yaml_entries(listed[1 : listed.index("]")])]
            elif not listed:
                block = len(extra.group(1))
    named = [
        (number, entry.removeprefix("cli:").split(":", 1)[0])
        for entries, rust in hooks
        for number, entry in entries
        if rust or entry.startswith("cli:")
    ]
    return [(number, name) for number, name in named if _CRATE_NAME.match(name)]


def _run_bin_installs(lines: list[str]) -> list[tuple[int, str]]:
    """The crates cargo-run-bin installs for ``cargo bin``: the keys of a manifest's
    ``[package.metadata.bin]`` or ``[workspace.metadata.bin]`` table, with their lines."""
    found: list[tuple[int, str]] = []
    inside = False
    for number, line in enumerate(lines, 1):
        if (table := _TOML_TABLE.match(line)) is not None:
            inside = table.group(1).replace(" ", "") in _RUN_BIN_TABLES
        elif inside and (key := _TOML_KEY.match(line)) is not None:
            found.append((number, key.group(1)))
    return found


def _yaml_entries(listed: str) -> list[str]:
    """The plain or quoted strings of a YAML flow list's inside (or of one item)."""
    entries = (e.split("#", 1)[0].strip().strip("'\"") for e in listed.split(","))
    return [e for e in entries if e]


def _installed(line: str, cargo_make: bool) -> Iterator[str]:
    """The crates a line of a task installs: the arguments of ``cargo install`` that are
    not options or their values, and cargo-make's ``install_crate`` (a name, or a table's
    ``crate_name``)."""
    if cargo_make and (named := _CARGO_MAKE_INSTALL.search(line)) is not None:
        yield named.group(1)
    for command in _CARGO_INSTALL.finditer(line):
        words = command.group(1).split()
        skip = False
        for word in words:
            if skip:
                skip = False
            elif word.startswith("-"):
                skip = "=" not in word and word in _VALUE_OPTIONS
            elif _CRATE_NAME.match(word):
                yield word.split("@", 1)[0]
            else:
                break  # a variable, a quote, a redirect: the rest is not names


def config_evidence(files: Mapping[str, bytes]) -> list[Evidence]:
    """``threat-dependency-redirect`` for what the crate's own cargo configuration files
    (``.cargo/config.toml``, ``.cargo/config``) swap in: a ``[patch]`` to a git
    repository, a path or another registry, or a source replaced by another. They apply
    to every build in the project's folder, as its Cargo.toml's [patch] does."""
    found: list[Evidence] = []
    for path in sorted(files):
        if file_kind(path) != "cargo-config":
            continue
        text = files[path].decode("utf-8", errors="replace")
        lines = text.splitlines()
        for redirect in config_redirects(text):
            if redirect.source is None:
                continue
            section, why = _redirected(redirect)
            evidence = _evidence(REDIRECT_RULE, redirect, lines, why, after=section[:-1])
            if redirect.kind == "source":  # the table that names the replacement
                line = next((n for n, t in enumerate(lines, 1) if t.strip() == section), 1)
                evidence = evidence._replace(line=line, snippet=f"{section}  ({why})")
            found.append(evidence._replace(file=path, context=Context.BUILD))
    return found


def binary_download_evidence(manifest: Manifest, manifest_text: str) -> list[Evidence]:
    """``threat-foreign-binaries`` for each cargo-binstall download of a prebuilt binary
    from a host other than the crate's repository's, unsigned or with building from
    source disabled: what users install is then not what the published sources build."""
    home = _site(manifest.repository or "")
    lines = manifest_text.split("\n")
    found = []
    for download in manifest.binary_downloads:
        site = _site(download.url)
        if site is None or site == home or (download.signed and not download.compile_disabled):
            continue
        header = f"[{download.table}]"
        line = next((n for n, text in enumerate(lines, 1) if text.strip() == header), 1)
        why = "building from source disabled" if download.compile_disabled else "unsigned"
        repository = manifest.repository or "no repository"
        snippet = f"{header} pkg-url from {site}, not {repository} ({why})"
        found.append(Evidence(FOREIGN_BINARIES_RULE, "Cargo.toml", line, snippet, Context.LIBRARY))
    return found


def _site(url: str) -> str | None:
    """The registrable part of a URL's host (``example.com`` for ``dl.example.com``)."""
    host = urlsplit(url.strip()).hostname if "://" in url else None
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    return ".".join(labels[-2:])


def _patched_to_itself(redirect: Dependency, manifest: Manifest) -> bool:
    """``[patch.crates-io] name = { path = "." }`` in the crate ``name`` itself: the
    crate's own dev-dependencies that depend on it back (async-task's) get this source,
    not another; no dependent ever sees a patch."""
    path = (redirect.source or "").removeprefix("path ")
    own = manifest.name is not None and normalize_crate_name(redirect.name) == normalize_crate_name(
        manifest.name
    )
    return own and redirect.kind == "patch" and path.rstrip("/") in (".", "./.")


def _redirected(redirect: Dependency) -> tuple[str, str]:
    """The table a redirect is written in, and what it does, for its evidence."""
    if redirect.kind == "source":
        return f"[source.{redirect.name}]", f"replaces {redirect.name} by {redirect.source}"
    section = "[replace]" if redirect.kind == "replace" else f"[patch.{redirect.target}]"
    return section, f"{section} swaps {redirect.name} for {redirect.source}"


def _evidence(
    rule: str, dependency: Dependency, lines: list[str], why: str, after: str = ""
) -> Evidence:
    line = _line_of(dependency, lines, after)
    text = lines[line - 1].strip() if line else f"{dependency.name} = {dependency.describe()}"
    context = Context.TEST if dependency.kind == "dev" else Context.LIBRARY
    if dependency.kind == "build":
        context = Context.BUILD
    return Evidence(rule, "Cargo.toml", line or 1, f"{text[:100]}  ({why})", context)


def _line_of(dependency: Dependency, lines: list[str], after: str = "") -> int:
    """The line declaring the dependency (its key, its own table, or its ``package``);
    with ``after``, the first such line after the table header that starts with it."""
    key = re.escape(dependency.rename or dependency.name)
    pattern = re.compile(
        rf'^\s*("?){key}\1\s*=|^\s*\[.*dependencies\.("?){key}\2\]'
        rf'|package\s*=\s*"{re.escape(dependency.name)}"'
        rf'|^\s*"{key}:'  # a [replace] key: "name:version"
    )
    start = 0
    if after:
        start = next((n for n, line in enumerate(lines) if line.strip().startswith(after)), 0)
    for number, line in enumerate(lines[start:], start + 1):
        if pattern.search(line):
            return number
    return 0
