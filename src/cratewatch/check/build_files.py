"""``[bans.build]``'s file checks: what a crate that runs code at build time (a build script
or a procedural macro) ships beside its sources - native executables, scripts with an
interpreter line, files with a denied extension - unless a ``bypass`` entry allows it by
path (with an optional SHA-256), by glob, or the build script's own checksum.

Only the crate's own files are read (never run), within the same bounds as every crate
input: a directory walk that follows no links, a ``.crate`` archive through the scanner's
hardened reader, the first bytes of each file only.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Final

from cratewatch.check.config import BuildBypass, BuildConfig
from cratewatch.errors import InputError
from cratewatch.model.findings import Code, Finding, Level
from cratewatch.model.package import PackageId, SourceKind
from cratewatch.project.graph import DependencyGraph
from cratewatch.untrusted.files import read_regular_file

__all__ = ["scan_build_files"]

_MAX_FILES: Final = 50_000
_ALL_KINDS: Final = frozenset({"normal", "build", "dev"})
# the globs of `enable-builtin-globs`: interpreted languages' files
_BUILTIN_GLOBS: Final = (
    "*.bat",
    "*.cmd",
    "*.go",
    "*.java",
    "*.js",
    "*._js",
    "*.es",
    "*.es6",
    "*.pl",
    "*.perl",
    "*.pm",
    "*.6pl",
    "*.6pm",
    "*.p6",
    "*.p6l",
    "*.p6m",
    "*.pl6",
    "*.pm6",
    "*.t",
    "*.ps1",
    "*.psd1",
    "*.psm1",
    "*.py",
    "*.rb",
    "*.sh",
    "*.bash",
    "*.zsh",
)
_NATIVE: Final = (
    (b"\x7fELF", "elf"),
    (b"MZ", "pe"),
    (b"\xfe\xed\xfa\xce", "mach"),
    (b"\xce\xfa\xed\xfe", "mach"),
    (b"\xfe\xed\xfa\xcf", "mach"),
    (b"\xcf\xfa\xed\xfe", "mach"),
    (b"\xca\xfe\xba\xbe", "mach"),
)


def scan_build_files(
    graph: DependencyGraph, ordered: list[PackageId], build: BuildConfig, config_path: str
) -> list[Finding]:
    runs_at_build = {p for p in ordered if _runs_at_build(graph, p)}
    if build.include_dependencies:
        runs_at_build = graph.reachable(_ALL_KINDS, start=runs_at_build)
    used: set[int] = set()
    out: list[Finding] = []
    globs = tuple(f"*.{e}" for e in build.script_extensions) + (
        _BUILTIN_GLOBS if build.enable_builtin_globs else ()
    )
    for pid in ordered:
        if pid not in runs_at_build or (pid in graph.members and not build.include_workspace):
            continue
        if pid.source is not None and pid.source.kind is SourceKind.GIT:
            continue  # (cargo-deny reads no file of a git checkout either)
        where = graph.locations.get(pid)
        if where is None:
            continue
        index, bypass = next(
            ((i, b) for i, b in enumerate(build.bypass) if b.spec.matches(pid)), (-1, None)
        )
        if bypass is not None:
            used.add(index)
            if bypass.build_script and _build_script_matches(graph, pid, where, bypass):
                enabled = graph.features.get(pid, frozenset())
                if not any(f in enabled for f in bypass.required_features):
                    continue
        out += _scan(graph, pid, where, build, bypass, globs)
    for index, bypass in enumerate(build.bypass):
        if index not in used:
            code = Code.BAN_UNMATCHED_BYPASS
            out.append(
                Finding(
                    code,
                    code.default_severity,
                    f"build bypass for {bypass.spec} matched no crate that runs at build time",
                    location=config_path,
                )
            )
    return out


def _runs_at_build(graph: DependencyGraph, pid: PackageId) -> bool:
    manifest = graph.manifests.get(pid)
    return manifest is not None and bool(manifest.build or manifest.proc_macro)


def _build_script_matches(
    graph: DependencyGraph, pid: PackageId, where: Path, bypass: BuildBypass
) -> bool:
    manifest = graph.manifests.get(pid)
    script = manifest.build if manifest is not None else ""
    data = _read_file(where, script) if script else None
    return data is not None and hashlib.sha256(data).hexdigest() == str(bypass.build_script).lower()


def _scan(
    graph: DependencyGraph,
    pid: PackageId,
    where: Path,
    build: BuildConfig,
    bypass: BuildBypass | None,
    globs: tuple[str, ...],
) -> list[Finding]:
    out = []
    allowed = dict(bypass.allow) if bypass is not None else {}
    for relative, head, read in _files(where):
        if relative in allowed:
            checksum = allowed[relative]
            if checksum is None or hashlib.sha256(read()).hexdigest() == checksum.lower():
                continue
            out.append(_found(Code.BAN_EXECUTABLE, pid, f"{relative} does not match its checksum"))
            continue
        if bypass is not None and any(fnmatch.fnmatchcase(relative, g) for g in bypass.allow_globs):
            continue
        if any(fnmatch.fnmatchcase(relative, g) for g in globs):
            out.append(_found(Code.BAN_EXECUTABLE, pid, f"{relative} has a denied extension"))
            continue
        if len(head) < 16:
            continue
        kind = next((k for magic, k in _NATIVE if head.startswith(magic)), None)
        if kind is None and build.include_archives and head.startswith(b"!<arch>\n"):
            kind = "archive"
        if kind is not None:
            out.append(_found(Code.BAN_EXECUTABLE, pid, f"{relative} is a {kind} executable"))
        elif head.startswith(b"#!") and build.interpreted is not Level.ALLOW:
            if relative.endswith(".rs") and head.startswith(b"#!["):
                continue
            out.append(
                _found(Code.BAN_SCRIPT, pid, f"{relative} is a script ({_interpreter(head)})")
            )
    return out


def _found(code: Code, pid: PackageId, what: str) -> Finding:
    return Finding(code, code.default_severity, f"{pid} (runs at build time): {what}", package=pid)


def _interpreter(head: bytes) -> str:
    line = head[2:].split(b"\n")[0].decode("utf-8", errors="replace").split()
    if not line:
        return "no interpreter"
    program = line[0].rsplit("/", 1)[-1]
    return line[1] if program == "env" and len(line) > 1 else program


def _files(where: Path) -> Iterator[tuple[str, bytes, Callable[[], bytes]]]:
    """(crate-relative path, first 256 bytes, reader of the whole file) of each file."""
    if where.is_file():
        from cratewatch.scan.extract import read_crate

        for name, data in sorted(read_crate(where).files.items()):
            yield name, data[:256], partial(bytes, data)
        return
    count = 0
    for directory, folders, names in os.walk(where, followlinks=False):
        folders[:] = sorted(f for f in folders if f not in (".git", "target"))
        for name in sorted(names):
            path = Path(directory) / name
            count += 1
            if count > _MAX_FILES:
                return
            try:
                if not stat.S_ISREG(path.lstat().st_mode):
                    continue
                with path.open("rb") as stream:
                    head = stream.read(256)
            except OSError:
                continue
            yield path.relative_to(where).as_posix(), head, partial(_whole, path)


def _whole(path: Path) -> bytes:
    return _read_file(path, "") or b""


def _read_file(where: Path, relative: str) -> bytes | None:
    """A file of the crate, or None when it is no regular file within the limit (a build
    script named by a hostile manifest may be a FIFO: never opened)."""
    try:
        return read_regular_file(where / relative if relative else where)
    except InputError:
        return None
