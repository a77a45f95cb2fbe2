"""The crate's own programs that developer tools run unasked: a hook of cargo-release
(``pre-release-hook``), a Trunk build hook, an mdBook preprocessor or renderer, a
pre-commit or lefthook hook whose command is ``cargo run -p xtask``, ``cargo xtask`` or
``cargo run --bin gen``, and the git hooks cargo-husky installs from the crate's
``.cargo-husky/hooks/``. Such a program runs on the machine of whoever releases, builds
the site, tests or commits, like a build script: its code is build code. (Scripts those files
name are followed like every script a configuration names: crate.py.)"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from typing import Any, Final

import tomli

#: configuration files whose commands a tool runs while building, releasing or committing
HOOK_CONFIGURATION: Final = frozenset(
    {
        "Trunk.toml",
        "book.toml",
        "release.toml",
        ".pre-commit-config.yaml",
        "lefthook.yml",
        "lefthook.yaml",
    }
)
# a cargo command that runs one of the workspace's programs, and the options that say which
_CARGO_RUN: Final = re.compile(r"\bcargo\s+(?:\+[\w.-]+\s+)?(run|[a-z][\w-]*)\b([^\n]{0,300})")
_PACKAGE: Final = re.compile(r"(?:-p|--package|--bin)(?:\s+|=)([A-Za-z0-9_-]+)")
_QUOTES: Final = re.compile(r"[\"'\[\],]")
# a command's arguments given on a line of their own (Trunk: `command_arguments = [...]`)
_ARGUMENTS_LINE: Final = re.compile(r"\s*\n\s*(?:command_)?arg(?:ument)?s\s*[=:]\s*")
_ALIAS: Final = re.compile(r"^\s*([\w-]+)\s*=\s*(.+)$", re.MULTILINE)
_RELEASE_HOOKS: Final = ("pre-release-hook",)
_HUSKY_HOOKS: Final = ".cargo-husky/hooks/"  # cargo-husky's folder of the crate's own hooks
_MAX_MANIFESTS: Final = 64  # of the workspace's members, read for their names
_MAX_TEXT: Final = 64 * 1024  # of a configuration file


def hook_programs(files: Mapping[str, bytes]) -> tuple[str, ...]:
    """The Rust roots of the crate's programs that a tool's hook runs."""
    commands = [
        _ARGUMENTS_LINE.sub(" ", _text(files[path]))
        for path in sorted(files)
        if posixpath.basename(path) in HOOK_CONFIGURATION
    ]
    commands += _release_hooks(files.get("Cargo.toml", b""))
    if not commands:
        return ()
    aliases = _aliases(files)
    members = _members(files)
    found: set[str] = set()
    for command in commands:
        for package in _packages(_QUOTES.sub(" ", command), aliases):
            found |= members.get(package, set())
    return tuple(sorted(path for path in found if path in files))


def husky_hooks(files: Mapping[str, bytes]) -> tuple[str, ...]:
    """The git hooks cargo-husky copies from ``.cargo-husky/hooks/`` into the repository
    when the crate's tests are first built (its ``user-hooks`` feature): scripts git then
    runs on every commit or push of whoever works on the crate, unasked."""
    manifest = files.get("Cargo.toml", b"")
    if b"cargo-husky" not in manifest:
        return ()
    try:
        parsed = tomli.loads(_text(manifest))
    except (tomli.TOMLDecodeError, RecursionError):  # tomli recurses once per nesting level
        return ()
    tables = [parsed] + [t for t in _table(parsed, "target").values() if isinstance(t, dict)]
    specs = [
        _table(table, section).get("cargo-husky")
        for table in tables[:64]
        for section in ("dependencies", "dev-dependencies", "build-dependencies")
    ]
    features = [f for spec in specs if isinstance(spec, dict) for f in _list(spec, "features")]
    if "user-hooks" not in features:
        return ()
    return tuple(
        sorted(
            path
            for path in files
            if path.startswith(_HUSKY_HOOKS) and "/" not in path[len(_HUSKY_HOOKS) :]
        )
    )


def _list(value: Mapping[str, Any], key: str) -> list[Any]:
    found = value.get(key)
    return found[:64] if isinstance(found, list) else []


def _text(data: bytes) -> str:
    return data[:_MAX_TEXT].decode("utf-8", errors="replace")


def _release_hooks(manifest: bytes) -> list[str]:
    """The commands of ``[package.metadata.release]`` and ``[workspace.metadata.release]``
    hooks in the root manifest."""
    if not any(key.encode() in manifest for key in _RELEASE_HOOKS):
        return []
    try:
        parsed = tomli.loads(_text(manifest))
    except (tomli.TOMLDecodeError, RecursionError):  # tomli recurses once per nesting level
        return []
    commands = []
    for section in ("package", "workspace"):
        release = _table(_table(_table(parsed, section), "metadata"), "release")
        for key in _RELEASE_HOOKS:
            value = release.get(key)
            if isinstance(value, str):
                commands.append(value)
            elif isinstance(value, list):
                commands.append(" ".join(str(v) for v in value[:64]))
    return commands


def _aliases(files: Mapping[str, bytes]) -> dict[str, str]:
    """Cargo's command aliases in the crate's ``.cargo/config.toml`` (``xtask = "run
    --package xtask --"``)."""
    found = {}
    for path in (".cargo/config.toml", ".cargo/config"):
        for name, value in _ALIAS.findall(_text(files.get(path, b""))):
            found[name] = _QUOTES.sub(" ", value)
    return found


def _packages(command: str, aliases: Mapping[str, str]) -> set[str]:
    """The workspace packages a command runs with cargo: ``cargo run -p NAME``, an alias
    that does (``cargo xtask``, which is a package named ``xtask`` when no alias says
    otherwise)."""
    found: set[str] = set()
    for subcommand, rest in _CARGO_RUN.findall(command):
        if subcommand == "run":
            found |= set(_PACKAGE.findall(rest))
        elif subcommand in aliases:
            found |= set(_PACKAGE.findall(aliases[subcommand]))
        elif subcommand == "xtask":
            found.add("xtask")
    return found


def _members(files: Mapping[str, bytes]) -> dict[str, set[str]]:
    """The programs of each package in the crate's folder, by package name (and by a
    binary's own name): their Rust roots."""
    manifests = sorted(p for p in files if posixpath.basename(p) == "Cargo.toml")
    found: dict[str, set[str]] = {}
    for path in manifests[:_MAX_MANIFESTS]:
        try:
            parsed = tomli.loads(_text(files[path]))
        except (tomli.TOMLDecodeError, RecursionError):  # tomli recurses once per nesting level
            continue
        folder = posixpath.dirname(path)
        name = _table(parsed, "package").get("name")
        if isinstance(name, str):
            found.setdefault(name, set()).add(posixpath.join(folder, "src/main.rs"))
        binaries = posixpath.join(folder, "src/bin")
        for program in files:  # `src/bin/gen.rs` is the binary `gen`
            if posixpath.dirname(program) == binaries and program.endswith(".rs"):
                found.setdefault(posixpath.basename(program)[:-3], set()).add(program)
        bins = parsed.get("bin")
        for binary in bins[:64] if isinstance(bins, list) else ():
            if isinstance(binary, dict) and isinstance(binary.get("name"), str):
                root = binary.get("path", f"src/bin/{binary['name']}.rs")
                if isinstance(root, str):
                    programs = found.setdefault(binary["name"], set())
                    programs.add(posixpath.normpath(posixpath.join(folder, root)))
    return found


def _table(value: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    found = value.get(key)
    return found if isinstance(found, dict) else {}
