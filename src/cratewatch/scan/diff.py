"""Compare two versions of one crate: what changed that a supply-chain reviewer must see.

Two attacks hide in an update rather than in a first release: a crate that is benign for
a while and gets its payload in a later version, and a hijacked (or cloned) crate whose
new version only adds a dependency that carries the payload. So the diff reports what
the new version can do that the old one could not (capabilities, threat evidence, code
that runs while building), what it pulls in (dependencies added, removed or pointed
elsewhere, optionally screened for typosquatting) and what cannot be read as source
(binary files, ``include_bytes!``).

Threat evidence is compared by rule, file and source line, never by line number, so code
that only moved within a file is not new. The verdict of the change:

- ``risky``: a threat outside tests, a build script or procedural macro that newly reaches
  the network, starts programs or loads libraries, an added dependency that looks like a
  squat, or an added or changed binary that is not an image, a font or a PDF;
- ``review``: new capabilities, dependencies or ``include_bytes!``; a dependency moved to
  another source (git, path, registry); a build script added or changed; the proc-macro
  flag turned on; an added or changed image or font; a threat in tests; new problems of
  the archive itself;
- ``unchanged-risk``: nothing of the above (requirement bumps alone are routine).

``diff_crates`` is pure (archives and scans in, a ``CrateDiff`` out); ``diff_paths`` is
the edge that reads and scans both sides.
"""

from __future__ import annotations

import enum
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Final

from cratewatch.errors import VersionError
from cratewatch.model.package import normalize_crate_name
from cratewatch.model.scan import ArchiveIssue, ArchiveProblem
from cratewatch.model.version import Version
from cratewatch.scan.analyze import Context, Evidence
from cratewatch.scan.crate import CrateScan, scan_crate
from cratewatch.scan.extract import CrateArchive, ScanInputError, read_crate, read_directory
from cratewatch.scan.manifest import Dependency, Manifest, read_manifest
from cratewatch.scan.rules import RuleKind, load_rules

if TYPE_CHECKING:
    from cratewatch.typosquat.screen import Screener, Suspect

__all__ = [
    "AddedDependency",
    "BinaryFile",
    "BuildScriptChange",
    "ChangeVerdict",
    "CrateDiff",
    "DependencyChange",
    "FileChanges",
    "ProcMacroChange",
    "diff_crates",
    "diff_paths",
    "read_side",
]

# Capabilities that make code running at build time (build script, procedural macro) risky.
# Library loading is there too: the scan's own verdict counts it as acting while building.
_BUILD_TIME_ALARMS: Final = frozenset({"network", "process-spawn", "dynamic-loading"})
_EMBEDDED_RULE: Final = "capability-embedded-binary"
_SNIFF: Final = 4096
_BINARY_EXTENSIONS: Final = frozenset(
    {
        # executables, libraries, objects, bytecode
        "exe", "dll", "so", "dylib", "a", "lib", "o", "obj", "rlib", "rmeta", "bin",
        "elf", "wasm", "node", "pyd", "pyc", "class", "jar", "dex", "com", "scr", "sys",
        # archives and compressed data
        "zip", "gz", "tgz", "xz", "bz2", "zst", "lz4", "7z", "rar", "tar", "cab", "msi",
        "deb", "rpm", "crate",
        # images, fonts, documents
        "png", "jpg", "jpeg", "gif", "ico", "bmp", "webp", "tif", "tiff",
        "ttf", "otf", "woff", "woff2", "pdf",
        # keys and certificates in binary encodings
        "der", "p12", "pfx",
    }
)  # fmt: skip
# File signatures, checked in order: what a binary file is, whatever its name says.
_SIGNATURES: Final = (
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\xcf\xfa\xed\xfe", "executable"),  # Mach-O 64-bit
    (b"\xce\xfa\xed\xfe", "executable"),  # Mach-O 32-bit
    (b"\xca\xfe\xba\xbe", "executable"),  # Mach-O universal (or a Java class)
    (b"\x00asm", "executable"),  # WebAssembly
    (b"!<arch>\n", "executable"),  # static library
    (b"PK\x03\x04", "archive"),
    (b"\x1f\x8b", "archive"),
    (b"\xfd7zXZ\x00", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"BZh", "archive"),
    (b"\x28\xb5\x2f\xfd", "archive"),  # zstd
    (b"Rar!", "archive"),
    (b"\x89PNG\r\n\x1a\n", "media"),
    (b"\xff\xd8\xff", "media"),  # JPEG
    (b"GIF87a", "media"),
    (b"GIF89a", "media"),
    (b"\x00\x00\x01\x00", "media"),  # ICO
    (b"BM", "media"),
    (b"%PDF-", "media"),
    (b"\x00\x01\x00\x00", "media"),  # TrueType
    (b"OTTO", "media"),
    (b"wOFF", "media"),
    (b"wOF2", "media"),
)


class ChangeVerdict(enum.Enum):
    LOWER_RISK = "lower-risk"  # nothing added; capabilities, threats or risk went away
    UNCHANGED_RISK = "unchanged-risk"
    REVIEW = "review"
    RISKY = "risky"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK: Final = {
    ChangeVerdict.LOWER_RISK: 0,
    ChangeVerdict.UNCHANGED_RISK: 0,
    ChangeVerdict.REVIEW: 1,
    ChangeVerdict.RISKY: 2,
}


@dataclass(frozen=True, slots=True)
class DependencyChange:
    old: Dependency
    new: Dependency

    @property
    def source_changed(self) -> bool:
        return self.old.source != self.new.source


@dataclass(frozen=True, slots=True)
class AddedDependency:
    dependency: Dependency
    squat: Suspect | None  # the popular crate it imitates, when the screen flags its name


@dataclass(frozen=True, slots=True)
class BuildScriptChange:
    old: tuple[str, ...]  # the build script paths of each side
    new: tuple[str, ...]
    status: str  # "added", "removed", "changed", "unchanged" or "none"
    files_changed: tuple[str, ...]  # build-time files added, removed or changed
    capabilities_old: tuple[str, ...]  # what the build-time code can do
    capabilities_new: tuple[str, ...]

    @property
    def capabilities_added(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.capabilities_new) - set(self.capabilities_old)))


@dataclass(frozen=True, slots=True)
class ProcMacroChange:
    old: bool
    new: bool
    capabilities_old: tuple[str, ...]  # what the code running inside the compiler can do
    capabilities_new: tuple[str, ...]

    @property
    def turned_on(self) -> bool:
        return self.new and not self.old

    @property
    def capabilities_added(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.capabilities_new) - set(self.capabilities_old)))


@dataclass(frozen=True, slots=True)
class BinaryFile:
    file: str
    status: str  # "added" or "changed"
    size: int
    kind: str  # "executable", "archive", "media" (image, font, PDF) or "data"
    sha256: str


@dataclass(frozen=True, slots=True)
class FileChanges:
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CrateDiff:
    old: CrateScan
    new: CrateScan
    verdict: ChangeVerdict
    reasons: tuple[str, ...]  # why the verdict, most serious first
    capabilities_added: tuple[str, ...]
    capabilities_removed: tuple[str, ...]
    threats_added: tuple[Evidence, ...]
    dependencies_added: tuple[AddedDependency, ...]
    dependencies_removed: tuple[Dependency, ...]
    dependencies_changed: tuple[DependencyChange, ...]
    build_script: BuildScriptChange
    proc_macro: ProcMacroChange
    binaries: tuple[BinaryFile, ...]  # added or changed non-text files
    include_bytes_added: tuple[Evidence, ...]
    files: FileChanges
    warnings: tuple[str, ...]  # crate names differ, unreadable manifest, archive problems
    screened: bool  # whether added dependencies went through the typosquat screen


# -- the diff --------------------------------------------------------------------------


def read_side(path: Path) -> CrateArchive:
    """One side of the diff: a ``.crate`` archive or a crate directory."""
    if path.is_file():
        archive = read_crate(path)
        unreadable = [p for p in archive.problems if p.issue is ArchiveIssue.UNREADABLE]
        if unreadable and not archive.files:
            detail = unreadable[0].detail
            raise ScanInputError(f"{path}: not a readable .crate archive ({detail})")
        return archive
    if path.is_dir():
        if not (path / "Cargo.toml").is_file():
            raise ScanInputError(f"{path}: no Cargo.toml: not a crate directory")
        return read_directory(path)
    raise ScanInputError(f"{path}: no such file or directory")


def diff_paths(old: Path, new: Path, screener: Screener | None = None) -> CrateDiff:
    """Read, scan and compare the crates at ``old`` and ``new``."""
    old_archive, new_archive = read_side(old), read_side(new)
    return diff_crates(
        old_archive,
        scan_crate(old_archive, str(old)),
        new_archive,
        scan_crate(new_archive, str(new)),
        screener,
    )


def diff_crates(
    old_archive: CrateArchive,
    old_scan: CrateScan,
    new_archive: CrateArchive,
    new_scan: CrateScan,
    screener: Screener | None = None,
) -> CrateDiff:
    """What changed from ``old`` to ``new`` (each a crate's files and its scan); with a
    ``screener``, added dependencies are screened for typosquatting."""
    old_manifest = read_manifest(old_archive.files)
    new_manifest = read_manifest(new_archive.files)
    threat_rules = {r.id for r in load_rules() if r.kind is RuleKind.THREAT}

    threats = _new_evidence(old_scan.findings, new_scan.findings, lambda e: e in threat_rules)
    embedded = _new_evidence(old_scan.findings, new_scan.findings, lambda e: e == _EMBEDDED_RULE)
    added, removed, changed = _compare_dependencies(
        old_manifest.dependencies, new_manifest.dependencies
    )
    screened = tuple(_screen(added, new_manifest.dependencies, screener))
    build = _build_change(old_archive, old_scan, old_manifest, new_archive, new_scan, new_manifest)
    proc_macro = ProcMacroChange(
        old_manifest.proc_macro,
        new_manifest.proc_macro,
        _proc_macro_capabilities(old_scan, old_manifest),
        _proc_macro_capabilities(new_scan, new_manifest),
    )
    files = _file_changes(old_archive.files, new_archive.files)
    binaries = tuple(_binaries(old_archive.files, new_archive.files, files))
    warnings = _warnings(old_scan, old_manifest, new_scan, new_manifest)
    capabilities_added = tuple(sorted(set(new_scan.capabilities) - set(old_scan.capabilities)))
    new_problems = [p for p in new_scan.problems if p not in old_scan.problems]
    capabilities_removed = tuple(sorted(set(old_scan.capabilities) - set(new_scan.capabilities)))
    verdict, reasons = _verdict(
        threats=threats,
        build=build,
        proc_macro=proc_macro,
        added=screened,
        changed=changed,
        binaries=binaries,
        capabilities_added=capabilities_added,
        embedded=embedded,
        new_problems=new_problems,
    )
    if _different_crates(old_manifest, new_manifest):
        # not an update at all: whatever it adds, a reviewer must look at the whole crate
        different = f"the two sides are different crates: {old_scan.crate} and {new_scan.crate}"
        if verdict.rank < ChangeVerdict.REVIEW.rank:
            verdict, reasons = ChangeVerdict.REVIEW, (different,)
        else:
            reasons = (*reasons, different)
    elif verdict is ChangeVerdict.UNCHANGED_RISK and (
        capabilities_removed or new_scan.risk_score < old_scan.risk_score
    ):
        verdict = ChangeVerdict.LOWER_RISK
        reasons = (
            f"risk score {old_scan.risk_score:g} -> {new_scan.risk_score:g}",
            *(f"capability removed: {c}" for c in capabilities_removed),
        )
    return CrateDiff(
        old=old_scan,
        new=new_scan,
        verdict=verdict,
        reasons=reasons,
        capabilities_added=capabilities_added,
        capabilities_removed=capabilities_removed,
        threats_added=threats,
        dependencies_added=screened,
        dependencies_removed=removed,
        dependencies_changed=changed,
        build_script=build,
        proc_macro=proc_macro,
        binaries=binaries,
        include_bytes_added=embedded,
        files=files,
        warnings=warnings,
        screened=screener is not None,
    )


def _new_evidence(
    old: Iterable[Evidence], new: Iterable[Evidence], keep: Callable[[str], bool]
) -> tuple[Evidence, ...]:
    """Evidence of ``new`` (rules ``keep`` accepts) that ``old`` does not have, matched by
    rule, file and source line: as many of each as ``old`` had are not new."""
    before = Counter((e.rule, e.file, e.snippet) for e in old if keep(e.rule))
    found = []
    for e in new:
        if not keep(e.rule):
            continue
        key = (e.rule, e.file, e.snippet)
        if before[key] > 0:
            before[key] -= 1
        else:
            found.append(e)
    return tuple(sorted(found, key=lambda e: (e.file, e.line, e.rule)))


def _compare_dependencies(
    old: Iterable[Dependency], new: Iterable[Dependency]
) -> tuple[list[Dependency], tuple[Dependency, ...], tuple[DependencyChange, ...]]:
    before = {d.key: d for d in old}
    after = {d.key: d for d in new}
    added = [after[k] for k in sorted(after.keys() - before.keys())]
    removed = tuple(before[k] for k in sorted(before.keys() - after.keys()))
    changed = tuple(
        DependencyChange(before[k], after[k])
        for k in sorted(before.keys() & after.keys())
        if (before[k].requirement, before[k].source) != (after[k].requirement, after[k].source)
    )
    return added, removed, changed


def _screen(
    added: list[Dependency], everything: Iterable[Dependency], screener: Screener | None
) -> Iterable[AddedDependency]:
    """Like ``cratewatch audit --typosquat``: only crates.io names are screened (the corpus
    is crates.io's), and not when the crate depends on the imitated crate too."""
    used = {normalize_crate_name(d.name) for d in everything}
    for dependency in added:
        squat = None
        if screener is not None and dependency.source in (None, "workspace"):
            verdict = screener.screen(dependency.name)
            if verdict.flagged and normalize_crate_name(verdict.suspects[0].target) not in used:
                squat = verdict.suspects[0]
        yield AddedDependency(dependency, squat)


def _runs_at_build(path: str, manifest: Manifest) -> bool:
    """A build script, or a file under ``build/`` (where build scripts keep their modules)."""
    return bool(manifest.build_scripts) and (
        path in manifest.build_scripts or path.startswith("build/")
    )


def _build_files(files: Mapping[str, bytes], manifest: Manifest) -> dict[str, bytes]:
    return {path: data for path, data in files.items() if _runs_at_build(path, manifest)}


def _capabilities(
    evidence: Iterable[Evidence], keep: Callable[[Evidence], bool]
) -> tuple[str, ...]:
    capability_rules = {r.id for r in load_rules() if r.kind is RuleKind.CAPABILITY}
    return tuple(
        sorted(
            {
                e.rule.removeprefix("capability-")
                for e in evidence
                if e.rule in capability_rules and keep(e)
            }
        )
    )


def _build_change(
    old_archive: CrateArchive,
    old_scan: CrateScan,
    old_manifest: Manifest,
    new_archive: CrateArchive,
    new_scan: CrateScan,
    new_manifest: Manifest,
) -> BuildScriptChange:
    old_files = _build_files(old_archive.files, old_manifest)
    new_files = _build_files(new_archive.files, new_manifest)
    touched = tuple(
        sorted(
            p for p in old_files.keys() | new_files.keys() if old_files.get(p) != new_files.get(p)
        )
    )
    if not old_manifest.build_scripts and not new_manifest.build_scripts:
        status = "none"
    elif not old_manifest.build_scripts:
        status = "added"
    elif not new_manifest.build_scripts:
        status = "removed"
    elif touched or old_manifest.build_scripts != new_manifest.build_scripts:
        status = "changed"
    else:
        status = "unchanged"
    return BuildScriptChange(
        old=old_manifest.build_scripts,
        new=new_manifest.build_scripts,
        status=status,
        files_changed=touched,
        capabilities_old=_capabilities(old_scan.findings, lambda e: e.file in old_files),
        capabilities_new=_capabilities(new_scan.findings, lambda e: e.file in new_files),
    )


def _proc_macro_capabilities(scan: CrateScan, manifest: Manifest) -> tuple[str, ...]:
    if not manifest.proc_macro:
        return ()
    return _capabilities(
        scan.findings,
        lambda e: e.context is not Context.TEST and not _runs_at_build(e.file, manifest),
    )


def _file_changes(old: Mapping[str, bytes], new: Mapping[str, bytes]) -> FileChanges:
    return FileChanges(
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
        changed=tuple(sorted(p for p in old.keys() & new.keys() if old[p] != new[p])),
    )


def _is_binary(path: str, data: bytes) -> bool:
    suffix = PurePosixPath(path).suffix.lower().removeprefix(".")
    return b"\0" in data[:_SNIFF] or suffix in _BINARY_EXTENSIONS


def _binary_kind(data: bytes) -> str:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return "data"


def _binaries(
    old: Mapping[str, bytes], new: Mapping[str, bytes], files: FileChanges
) -> Iterable[BinaryFile]:
    for status, paths in (("added", files.added), ("changed", files.changed)):
        for path in paths:
            data = new[path]
            if _is_binary(path, data):
                yield BinaryFile(
                    path, status, len(data), _binary_kind(data), hashlib.sha256(data).hexdigest()
                )


def _warnings(
    old_scan: CrateScan, old_manifest: Manifest, new_scan: CrateScan, new_manifest: Manifest
) -> tuple[str, ...]:
    warnings = []
    if _different_crates(old_manifest, new_manifest):
        warnings.append(
            f"the two sides are different crates: {old_scan.crate} and {new_scan.crate}"
        )
    older = _parsed(new_scan.version)
    newer = _parsed(old_scan.version)
    if older is not None and newer is not None and older < newer:
        warnings.append(
            f"the new side ({new_scan.version}) is older than the old side ({old_scan.version}):"
            " the sides may be swapped"
        )
    for side, scan, manifest in (("old", old_scan, old_manifest), ("new", new_scan, new_manifest)):
        warnings += [f"{side}: {problem}" for problem in manifest.problems]
        warnings += [f"{side} archive: {problem}" for problem in scan.problems]
    return tuple(warnings)


def _different_crates(old: Manifest, new: Manifest) -> bool:
    """Whether both manifests name a crate, and not the same one."""
    if old.name is None or new.name is None:
        return False  # an unreadable manifest is a warning of its own
    return normalize_crate_name(old.name) != normalize_crate_name(new.name)


def _parsed(version: str) -> Version | None:
    try:
        return Version.parse(version)
    except VersionError:
        return None


def _verdict(
    *,
    threats: tuple[Evidence, ...],
    build: BuildScriptChange,
    proc_macro: ProcMacroChange,
    added: tuple[AddedDependency, ...],
    changed: tuple[DependencyChange, ...],
    binaries: tuple[BinaryFile, ...],
    capabilities_added: tuple[str, ...],
    embedded: tuple[Evidence, ...],
    new_problems: list[ArchiveProblem],
) -> tuple[ChangeVerdict, tuple[str, ...]]:
    risky: list[str] = []
    review: list[str] = []
    for e in threats:
        where = risky if e.context is not Context.TEST else review
        suffix = "" if e.context is not Context.TEST else " (in tests)"
        where.append(f"threat added: {e.rule} in {e.file}{suffix}")
    for what, capabilities in (
        ("build script", build.capabilities_added),
        ("procedural macro", proc_macro.capabilities_added),
    ):
        alarms = sorted(_BUILD_TIME_ALARMS.intersection(capabilities))
        if alarms:
            risky.append(f"{what} newly has build-time capabilities: {', '.join(alarms)}")
    for entry in added:
        if entry.squat is not None:
            d = entry.dependency
            risky.append(f"dependency {d.name} looks like a squat of {entry.squat.target}")
    for binary in binaries:
        where = review if binary.kind == "media" else risky
        where.append(f"{binary.kind} file {binary.status}: {binary.file}")
    if capabilities_added:
        review.append(f"capabilities added: {', '.join(capabilities_added)}")
    if added:
        names = ", ".join(sorted({a.dependency.name for a in added}))
        review.append(f"dependencies added: {names}")
    for change in changed:
        if change.source_changed:
            review.append(
                f"dependency {change.new.name} now from {change.new.source or 'crates.io'}"
                f" (was {change.old.source or 'crates.io'})"
            )
    if build.status in ("added", "changed"):
        review.append(f"build script {build.status}: {', '.join(build.new)}")
    if proc_macro.turned_on:
        review.append("proc-macro turned on: the library now runs inside the compiler")
    if embedded:
        review.append(f"include_bytes! newly in {', '.join(sorted({e.file for e in embedded}))}")
    for problem in new_problems:
        # a new side not read to its end may hide anything; an oddity is a reason to look
        where = risky if problem.issue.blocking else review
        where.append(f"new archive problem: {problem}")
    if risky:
        return ChangeVerdict.RISKY, tuple(risky + review)
    if review:
        return ChangeVerdict.REVIEW, tuple(review)
    return ChangeVerdict.UNCHANGED_RISK, ()
