"""Scan one crate: its files, what it can do, what looks like malware, and a verdict.

Only threats outside test code count towards the verdict (and a known-malicious
dev-dependency, which runs on the crate's own developers' machines). ``malicious``: threats of two
tactics or more (turning TLS checks off does not count as one), at least one of them
moving data or code in or out, hiding or doing harm (exfiltration, execution, concealment,
persistence, impact); or such a high-severity threat in a build script or procedural macro,
code that runs on every machine that builds the crate. Corroborating threats
(``Rule.alone`` false) combine into ``malicious`` only with a threat that stands alone or
one in build code. ``suspicious``: any other threat (corroborating ones only combined),
or network access or library loading while building. The risk score ranks crates: each
distinct rule hit in a file counts its severity's weight, three times in a build script
or procedural macro, a fifth in tests; a threat and a network, process or file-writing
capability in the same file add a bonus.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final, NamedTuple

from cratewatch.model.findings import Severity
from cratewatch.model.scan import (
    ArchiveIssue,
    ArchiveProblem,
    NotScanned,
    Tactic,
    UnsafeCounts,
    Verdict,
)
from cratewatch.parallel import map_on_cores
from cratewatch.scan.analyze import (
    Context,
    Evidence,
    FileScan,
    file_context,
    file_kind,
    prepare,
)
from cratewatch.scan.cache import FRESH, Analyses, ScanCache
from cratewatch.scan.dependencies import (
    DependencyCheck,
    binary_download_evidence,
    config_evidence,
    crates_io_aliases,
    dependency_evidence,
    install_evidence,
    lockfile_evidence,
    member_evidence,
    script_evidence,
)
from cratewatch.scan.extract import CrateArchive, ScanInputError, read_crate, read_directory
from cratewatch.scan.flows import (
    DATAFLOW_RULES,
    CrateFlows,
    compilation_units,
    joined_flows,
)
from cratewatch.scan.hooks import hook_programs, husky_hooks
from cratewatch.scan.manifest import read_manifest
from cratewatch.scan.policy import ScanPolicy
from cratewatch.scan.prebuilt import prebuilt_code_evidence
from cratewatch.scan.rules import Rule, RuleKind, rules_by_id
from cratewatch.scan.syntax import keeping_trees

__all__ = ["CrateScan", "find_crates", "scan_all", "scan_crate", "scan_path"]

_WEIGHT: Final = {
    Severity.INFO: 0.0,
    Severity.LOW: 1.0,
    Severity.MEDIUM: 3.0,
    Severity.HIGH: 8.0,
    Severity.CRITICAL: 15.0,
}
_CONTEXT: Final = {
    Context.BUILD: 3.0,
    Context.PROC_MACRO: 3.0,
    Context.TEST: 0.2,
    Context.LIBRARY: 1.0,
}
_ACTING: Final = frozenset(
    {"capability-network", "capability-process-spawn", "capability-filesystem-write"}
)
# Tactics that move data or code in or out, hide, or do harm: any of them with another
# tactic is what malware does and libraries do not (a TLS library may read key stores and offer to
# turn verification off; it does not also post to a webhook).
_CARRIERS: Final = frozenset(
    {Tactic.EXFILTRATION, Tactic.EXECUTION, Tactic.CONCEALMENT, Tactic.PERSISTENCE, Tactic.IMPACT}
)
_BUILD_ALARMS: Final = frozenset({"capability-network", "capability-dynamic-loading"})
#: what carries data or code out of the process: the network, programs started, code loaded
_WAYS_OUT: Final = frozenset(
    {"capability-network", "capability-network-tool", "capability-network-query"}
    | {"capability-network-command", "capability-radio", "capability-process-spawn"}
    | {"capability-process-spawn-path", "capability-script-eval", "capability-dynamic-loading"}
)
#: collection by a store's name, or by the system's API that unlocks one, alone
_NAMED_STORES: Final = frozenset(
    {"threat-credential-store", "threat-cloud-credential-file", "threat-credential-location"}
    | {"threat-credential-api"}
)
#: a known-malicious crate runs wherever it is built: as a dev-dependency, on the machines and
#: CI of the crate's own developers (a reviewer must know, though dependents never build it);
#: so does a data flow in test code, which is behaviour, not a name a fixture may spell
RUNS_IN_TESTS_TOO: Final = frozenset({"threat-malicious-dependency", *DATAFLOW_RULES})
_PLATFORM_GATED: Final = "threat-platform-gated"
_PLATFORM: Final = re.compile(r"\b(windows|unix|target_os|target_family|target_vendor)\b")
_RUNS_FETCHED: Final = frozenset(
    {"capability-process-spawn-path", "capability-dynamic-loading", "capability-script-eval"}
)
# What runs a file decides its context: build code over library code over tooling and tests.
_RANK: Final = {Context.TEST: 0, Context.LIBRARY: 1, Context.PROC_MACRO: 1, Context.BUILD: 2}
_MAX_ROUNDS: Final = 16  # module trees deeper than this are not followed further
# files that name what they run
_RUNNING: Final = ("script", "cargo-config", "editor-task", "tool-hook")
# a path a script or configuration names; after a shell variable (`$here/scripts/x.sh`)
# the path starts at the next folder, relative to the project as the variable usually is
_NAMED_IN_TEXT: Final = re.compile(
    r"(?<![\w$.-])(?:[\w.-]+(?:/[\w.-]+)+|[\w.-]+\.(?:sh|bash|ps1|py|js|mjs|cjs|bat|cmd|vbs)\b)"
)
_MAX_CMAKE_FILES: Final = 256  # of a CMake project the build configures, run with it
_MAX_TEXT_READ: Final = 64 * 1024  # of a script or configuration file, for the names in it
# Rust kept under another suffix until a hook makes it a source (`build.rs.in` to `build.rs`)
_RUST_TEMPLATES: Final = (".rs.in", ".rs.tpl", ".rs.template")
NO_POLICY: Final = ScanPolicy()


class CrateScan(NamedTuple):
    crate: str
    version: str
    path: str
    verdict: Verdict
    reasons: tuple[str, ...]  # why the verdict, most telling first
    risk_score: float
    capabilities: tuple[str, ...]
    unsafe: UnsafeCounts
    findings: tuple[Evidence, ...]
    problems: tuple[ArchiveProblem, ...]  # what the archive or directory did wrong
    denied: tuple[str, ...] = ()  # rules at the deny level that hit outside tests


@keeping_trees()  # (each file parsed once for all the analyses of it)
def scan_crate(
    archive: CrateArchive,
    where: str,
    check: DependencyCheck | None = None,
    policy: ScanPolicy = NO_POLICY,
    cache: ScanCache | None = None,
) -> CrateScan:
    """Scan the files of one crate (read by ``read_crate`` or from a directory), and its
    dependencies with ``check``; ``policy`` says which rules do not count (allowed, or
    ignored for this crate) and which fail the run; ``cache`` keeps and gives per-file
    results (the scan is the same with it or without)."""
    analyses: Analyses = FRESH if cache is None else cache
    manifest = read_manifest(archive.files)
    name = manifest.name or archive.root
    rules = rules_by_id()
    scanned: dict[str, tuple[Context, FileScan]] = {}
    files = dict(archive.files)
    analyses.begin(files)
    # code run unasked on the machines of those who build, install or release the crate:
    # weighed like a build script
    programs = manifest.build_scripts + hook_programs(files)
    build = programs + manifest.installer_scripts + husky_hooks(files)
    roots = frozenset(programs + manifest.targets)  # of the Rust module trees
    served = manifest.targets + manifest.docs_pages  # compiled in, or shown to readers
    for path in sorted(archive.files):
        data = archive.files[path]
        if b"\0" in data[:4096]:
            continue  # binary: include_bytes! and friends are rules of their own
        context = file_context(path, build, manifest.proc_macro, served, data[:2])
        rust = path in roots or None
        scanned[path] = context, analyses.analyze(path, data, context, rust=rust, read=files.get)
    gates = _module_gates({path: result for path, (_, result) in scanned.items()})
    # What compiles or runs a file gives it its context: the modules and include!s of the
    # build script are build code, those of the library (wherever its root lies) library
    # code, a script the build script or cargo's configuration runs is build code. Moving
    # a payload under tests/ or into a script does not take it out of the verdict.
    _follow(files, scanned, gates, roots, analyses)
    library = Context.PROC_MACRO if manifest.proc_macro else Context.LIBRARY
    for path, generated in _generated_code(scanned, gates).items():
        files[path] = generated
        result = analyses.analyze(path, generated, library, rust=True)
        scanned[path] = library, result._replace(unsafe=UnsafeCounts())
    evidence: list[Evidence] = []
    unsafe = UnsafeCounts()
    for path, (context, result) in scanned.items():
        gate = _gate_of(path, gates)
        for e in result.evidence:
            if gate == "test":
                e = e._replace(context=Context.TEST)
            elif gate and not e.cfg:
                e = e._replace(cfg=gate)
            evidence.append(e)
        if gate != "test" and context is not Context.TEST:
            unsafe = unsafe + result.unsafe
    test_gated = frozenset(path for path in scanned if _gate_of(path, gates) == "test")
    evidence += analyses.constants(files, scanned, test_gated)  # strings built across files
    followed = analyses.crate_flows(
        files,
        scanned,
        test_gated,
        name,
        lambda: _crate_flows(files, scanned, test_gated, name, evidence, analyses),
    )
    analyses.done()
    evidence += followed.dated + followed.dataflow + followed.joined.evidence
    evidence += _compiled_for_one_platform(evidence, rules)
    text = archive.files.get("Cargo.toml", b"").decode("utf-8", errors="replace")
    evidence += binary_download_evidence(manifest, text)
    evidence += prebuilt_code_evidence(archive.files, manifest.build_scripts)
    if check is not None:
        evidence += dependency_evidence(manifest, text, check, crates_io_aliases(archive.files))
        evidence += member_evidence(archive.files, check)
        evidence += script_evidence(archive.files, check)
        evidence += install_evidence(archive.files, check)
        evidence += lockfile_evidence(archive.files, check)
        evidence += config_evidence(archive.files)
    problems = archive.problems
    if where.endswith(".crate") and manifest.name and manifest.version:
        expected = f"{manifest.name}-{manifest.version}"
        if archive.root != expected:
            detail = f"the top folder is {archive.root!r}, the manifest says {expected!r}"
            problems += (ArchiveProblem(ArchiveIssue.TOP_FOLDER_MISMATCH, "", detail),)
    evidence += _archive_evidence(problems)
    evidence = [e._replace(ignored=policy.silenced(e.rule, name)) for e in evidence]
    counted = [e for e in evidence if not e.ignored]
    score, capabilities = _risk(counted, rules)
    # code that runs unasked by what it is (a C constructor), not by a call path to it
    hidden = {(rule, file, line): entry for rule, file, line, entry in followed.joined.hidden}
    hidden.update(
        {(e.rule, e.file, e.line): rules[e.rule].runs_as for e in counted if rules[e.rule].runs_as}
    )
    verdict, reasons = _verdict(counted, rules, hidden, manifest.library or manifest.proc_macro)
    denied = sorted(
        {e.rule for e in counted if e.context is not Context.TEST and policy.denies(e.rule)}
    )
    blocking = [str(p) for p in problems if p.issue.blocking]
    if blocking and verdict is not Verdict.MALICIOUS:
        # whatever was read, the rest may hide anything: never clean, never merely suspicious
        verdict, reasons = (
            Verdict.INCOMPLETE,
            (
                f"not examined fully: {blocking[0]}",
                *blocking[1:],
                *reasons,
            ),
        )
    return CrateScan(
        crate=name,
        version=manifest.version or "",
        path=where,
        verdict=verdict,
        reasons=reasons,
        risk_score=round(score, 1),
        capabilities=capabilities,
        unsafe=unsafe,
        findings=tuple(evidence),
        problems=problems,
        denied=tuple(denied),
    )


def _compiled_for_one_platform(evidence: list[Evidence], rules: dict[str, Rule]) -> list[Evidence]:
    """``threat-platform-gated`` for the payload flows it names that sit in code compiled
    for one operating system only (``#[cfg(windows)]``, ``target_os``): the gate is the
    compiler's, outside any function, where the flow rule's run-time check cannot see it."""
    gated = rules[_PLATFORM_GATED]
    payloads = gated.requires[-1]
    return [
        e._replace(rule=gated.id, snippet=f"compiled for {e.cfg} only: {e.snippet}")
        for e in evidence
        if e.rule in payloads and e.context is not Context.TEST and _PLATFORM.search(e.cfg)
    ]


def _archive_evidence(problems: tuple[ArchiveProblem, ...]) -> list[Evidence]:
    """The archive's oddities as evidence of tampering, one per kind and member."""
    return [
        Evidence("threat-archive-tampering", p.member or "(archive)", 0, str(p), Context.LIBRARY)
        for p in problems
        if p.issue.evidence
    ]


def _crate_flows(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
    name: str,
    evidence: list[Evidence],
    analyses: Analyses,
) -> CrateFlows:
    """What following the crate's code across files finds, after the files' own
    evidence (``evidence``)."""
    # the clock compared with dates the crate computes: steps of the flows joined below
    readers = {e.file for e in evidence if e.rule == "capability-clock-read"}
    dated = [
        e
        for unit in compilation_units(files, scanned, test_gated)
        if readers.intersection(unit)
        and any(context is not Context.TEST for context in unit.values())
        for e in analyses.dates(files, unit, readers)
    ]
    dataflow = analyses.dataflow(files, scanned, test_gated, name)
    found = evidence + dated + dataflow
    # the capabilities the names the data flow rebuilds show (a registry key decoded at
    # run time) are steps found late too; its threats are not (a hidden URL drops nothing)
    rules = rules_by_id()
    revealed = [e for e in dataflow if rules[e.rule].kind is RuleKind.CAPABILITY]
    joined = joined_flows(
        files, scanned, test_gated, rules, found, analyses.functions, dated + revealed
    )
    return CrateFlows(dated, dataflow, joined)


def _module_gates(scanned: dict[str, FileScan]) -> dict[str, str]:
    """Where the files of modules declared under ``#[cfg(...)]`` live (``dir/name.rs``
    and everything under ``dir/name/``), with the module's predicate. A ``#[path]``
    attribute names the file, relative to the declaring file's folder."""
    gates = {}
    for path, result in scanned.items():
        here = posixpath.dirname(path)
        stem = posixpath.basename(path).removesuffix(".rs")
        # lib.rs and mod.rs declare name.rs beside them, foo.rs declares foo/name.rs
        folder = here if stem in ("lib", "main", "mod", "build") else posixpath.join(here, stem)
        for module, predicate in result.gated_modules:
            if module.path:
                where = posixpath.normpath(posixpath.join(here, module.path))
                if where.endswith("/mod.rs"):
                    where = posixpath.dirname(where)  # the module's folder: all its files
                gates[where.removesuffix(".rs")] = predicate
            else:
                gates[posixpath.join(folder, module.name)] = predicate
    return gates


def _follow(
    files: dict[str, bytes],
    scanned: dict[str, tuple[Context, FileScan]],
    gates: dict[str, str],
    roots: frozenset[str],
    analyses: Analyses = FRESH,
) -> None:
    """Give every file the context of the code that compiles or runs it, following the
    module trees rooted at the build scripts and the library's and binaries' roots,
    ``include!``, and the scripts that build code and cargo or editor configuration name;
    a file reached from build code is build code. Each changed file is scanned again
    (a file changes at most twice: tooling, then library, then build)."""
    rust = {path for path in roots if not path.endswith(".rs")}
    pending = list(scanned)
    for _ in range(_MAX_ROUNDS):
        changed: dict[str, Context] = {}
        for path in pending:
            context, result = scanned[path]
            if context is Context.TEST or _gate_of(path, gates) == "test":
                continue
            for target, as_rust in _reached(path, result, files, roots):
                if target not in scanned or target == path:
                    continue
                now = changed.get(target, scanned[target][0])
                new_rust = as_rust and not target.endswith(".rs") and target not in rust
                if _RANK[context] > _RANK[now] or new_rust:
                    changed[target] = context if _RANK[context] > _RANK[now] else now
                    if new_rust:
                        rust.add(target)
        if not changed:
            return
        pending = list(changed)  # only what changed can reach more
        for target, context in changed.items():
            result = analyses.analyze(
                target, files[target], context, rust=target in rust or None, read=files.get
            )
            scanned[target] = context, result


def _reached(
    path: str, result: FileScan, files: dict[str, bytes], roots: frozenset[str]
) -> list[tuple[str, bool]]:
    """The crate's files that ``path`` compiles in or runs, each with whether it is read
    as Rust: its ``mod`` declarations (``name.rs``, ``name/mod.rs``, or the ``#[path]``
    file) and ``include!``s, the scripts and pages it embeds (``include_str!``), the
    scripts it names (a build script's literals, a script's or configuration file's
    text), and the Rust templates a script or configuration names (read as Rust: a hook
    may move one into place as ``build.rs``)."""
    here = posixpath.dirname(path)
    stem = posixpath.basename(path).rsplit(".", 1)[0]
    root = path in roots or stem in ("lib", "main", "mod")
    folder = here if root else posixpath.join(here, stem)
    reached: list[tuple[str, bool]] = []
    for module in result.modules:
        if module.path:
            reached.append((posixpath.normpath(posixpath.join(here, module.path)), True))
        else:
            base = posixpath.join(folder, module.name)
            reached += [(base + ".rs", True), (posixpath.join(base, "mod.rs"), True)]
    reached += [(posixpath.normpath(posixpath.join(here, p)), True) for p in result.included]
    for written in result.embedded:  # a script compiled in as data runs where the code does
        target = posixpath.normpath(posixpath.join(here, written))
        if target in files and file_kind(target, files[target][:2]) in ("script", "web-page"):
            reached.append((target, False))
    names = list(result.named)
    kind = file_kind(path, files[path][:2]) if not path.endswith(".rs") else "rust"
    base = here
    if kind in _RUNNING and not path.endswith(".rs"):
        text = files[path][:_MAX_TEXT_READ].decode("utf-8", errors="replace")
        names += _NAMED_IN_TEXT.findall(text)
        if kind != "script":
            base = posixpath.dirname(here)  # .cargo/ and .vscode/ sit in the project's folder
    for name in names:
        for start in ("", base):
            target = posixpath.normpath(posixpath.join(start, name.removeprefix("./")))
            if target in files and file_kind(target, files[target][:2]) == "script":
                reached.append((target, False))
            elif target in files and target.endswith(_RUST_TEMPLATES) and kind in _RUNNING:
                reached.append((target, True))  # a Rust template a hook moves into place
            elif f"{target}/CMakeLists.txt" in files:  # a CMake project the build configures
                reached.append((f"{target}/CMakeLists.txt", False))
    if posixpath.basename(path) == "CMakeLists.txt":
        # the project's own CMake files run when it is configured (`include`, `add_subdirectory`)
        prefix = f"{here}/" if here else ""
        cmake = [p for p in sorted(files) if p.startswith(prefix) and p != path and _cmake_file(p)]
        reached += [(p, False) for p in cmake[:_MAX_CMAKE_FILES]]
    return reached


def _cmake_file(path: str) -> bool:
    return path.endswith(".cmake") or posixpath.basename(path) == "CMakeLists.txt"


def _generated_code(
    scanned: dict[str, tuple[Context, FileScan]], gates: dict[str, str]
) -> dict[str, bytes]:
    """Code that build scripts write to ``.rs`` files under OUT_DIR, by a name of its
    own (``OUT_DIR/gen.rs``): compiled into the library, so read as its Rust."""
    found: dict[str, bytes] = {}
    for path, (context, result) in sorted(scanned.items()):
        if context is Context.BUILD and result.generated and _gate_of(path, gates) != "test":
            name, text = result.generated
            while name in scanned or name in found:
                name = name.removesuffix(".rs") + "_.rs"
            found[name] = text.encode("utf-8")
    return found


def _gate_of(path: str, gates: dict[str, str]) -> str:
    """The predicate a file inherits: "test" if any enclosing module is a test module,
    else that of the innermost gated module."""
    if not gates:
        return ""
    parts = path.split("/")
    # the folders the file is in, outermost first, then the file as a module
    enclosing = ["/".join(parts[:depth]) for depth in range(1, len(parts))]
    enclosing += [path.removesuffix(".rs"), path]
    found = [gates[module] for module in enclosing if module in gates]
    if "test" in found:
        return "test"
    return found[-1] if found else ""


def _verdict(
    evidence: list[Evidence],
    rules: dict[str, Rule],
    hidden: Mapping[tuple[str, str, int], str] | None = None,
    library: bool = True,
) -> tuple[Verdict, tuple[str, ...]]:
    """The verdict and why, most telling reason first. ``hidden``: flows reached from
    an entry point that runs code nobody called for (``flows.HIDDEN_ENTRIES``), which
    weigh like code that runs while building. ``library``: whether other crates can call
    the crate's code (a library or procedural macro), not only run its programs."""
    hidden = hidden or {}
    outside_tests = [
        e for e in evidence if e.context is not Context.TEST or e.rule in RUNS_IN_TESTS_TOO
    ]
    threats = [(rules[e.rule], e) for e in outside_tests if rules[e.rule].kind is RuleKind.THREAT]
    if (
        not library
        and threats
        and all(rule.id in _NAMED_STORES for rule, _ in threats)
        and not any(e.rule in _WAYS_OUT for e in outside_tests)
    ):
        # credential stores named (or unlocked with the system's API), and nothing else a
        # threat, by a program with no way to send or run anything (a wallet backup tool, a
        # bookmarks or passwords exporter): what tools of their kind do. A library's caller
        # may be the way out: it stays suspicious.
        return Verdict.CLEAN, ()
    tactics = {rule.tactic for rule, _ in threats if rule.tactic is not None} - {Tactic.WEAKENING}
    building = (Context.BUILD, Context.PROC_MACRO)
    reaching_out = sorted(
        {
            f"{rule.id} while building ({e.file})"
            for rule, e in threats
            if rule.tactic in _CARRIERS
            and rule.severity >= Severity.HIGH
            and rule.alone
            and e.context in building
            and e.file != "Cargo.toml"
        }
        | {
            f"{rule.id} runs as {hidden[(e.rule, e.file, e.line)]} ({e.file})"
            for rule, e in threats
            if rule.tactic in _CARRIERS
            and rule.severity >= Severity.HIGH
            and rule.alone
            and (e.rule, e.file, e.line) in hidden
        }
    )
    by_tactic = sorted({f"{rule.tactic}: {rule.id} ({e.file})" for rule, e in threats})
    combined = len(tactics) >= 2 and bool(tactics & _CARRIERS)
    # Tactics combine into malware when one of the threats stands on its own, or sits in
    # code that runs while building; corroborating threats alone (a dotfile manager that
    # names .bashrc and checks for CI) combine into something to review.
    if combined and any(rule.alone or e.context in building for rule, e in threats):
        return Verdict.MALICIOUS, (f"tactics combined: {', '.join(sorted(tactics))}", *by_tactic)
    if reaching_out:
        return Verdict.MALICIOUS, (*reaching_out, *by_tactic)
    # Build scripts routinely run rustc and read the environment; reaching the network
    # or loading libraries while building is what stands out. A download that the same
    # file checks against a pinned digest or signature, and runs nothing it fetched, is
    # how -sys crates get their sources.
    in_file: dict[str, set[str]] = {}
    for e in outside_tests:
        in_file.setdefault(e.file, set()).add(e.rule)
    acting = sorted(
        {
            f"{e.rule} while building ({e.file})"
            for e in outside_tests
            if e.rule in _BUILD_ALARMS
            and e.context in building
            and not (e.rule == "capability-network" and _verified_fetch(in_file[e.file]))
        }
    )
    # Corroborating threats (a TLS library's option, a CI check, a `.env` read) count
    # only combined, one of them moving or hiding something: a CI tool reads CI
    # variables and a CI token by design.
    if any(rule.alone for rule, _ in threats) or combined or acting:
        return Verdict.SUSPICIOUS, (*by_tactic, *acting)
    return Verdict.CLEAN, ()


def _verified_fetch(rules_in_file: set[str]) -> bool:
    """Whether a file's downloads are checked (a digest or signature it does not fetch
    beside them: a checksum from the same server pins nothing) and nothing it fetched
    can run (no program by computed path, library loading or shell)."""
    return (
        "capability-integrity-check" in rules_in_file
        and "capability-fetched-digest" not in rules_in_file
        and not rules_in_file & _RUNS_FETCHED
    )


def _risk(evidence: list[Evidence], rules: dict[str, Rule]) -> tuple[float, tuple[str, ...]]:
    score = 0.0
    capabilities: set[str] = set()
    by_file: dict[str, set[str]] = {}
    contexts: dict[str, Context] = {}
    for e in evidence:
        seen = by_file.setdefault(e.file, set())
        contexts[e.file] = e.context
        if e.rule in seen:
            continue  # a rule counts once per file
        seen.add(e.rule)
        rule = rules[e.rule]
        score += _WEIGHT[rule.severity] * _CONTEXT[e.context]
        if rule.kind is RuleKind.CAPABILITY and e.context is not Context.TEST:
            capabilities.add(e.rule.removeprefix("capability-"))
    for file, hits in by_file.items():
        threat = any(rules[r].kind is RuleKind.THREAT for r in hits)
        if threat and hits & _ACTING:
            score += 10.0 * _CONTEXT[contexts[file]]  # capability and threat together
    return score, tuple(sorted(capabilities))


def find_crates(path: Path) -> tuple[list[Path], list[NotScanned]]:
    """The crates under ``path``: a ``.crate`` file, a crate directory, or a directory of
    crates (such as ``/usr/share/cargo/registry`` or ``~/.cargo/registry/src/*``), and
    the entries of such a directory that are links, reported and not followed (a link
    may lead out of the tree). ``path`` itself is taken as given."""
    if path.is_file():
        return [path], []
    if not path.is_dir():
        kind = "" if not path.exists() else f" ({_kind(path)})"
        raise ScanInputError(f"{path}: no such file or directory{kind}")
    if (path / "Cargo.toml").is_file():
        return [path], []
    found: list[Path] = []
    links: list[NotScanned] = []
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as exc:
        raise ScanInputError(f"{path}: cannot list ({exc.strerror or exc})") from None
    for entry in entries:
        is_crate = entry.name.endswith(".crate")
        if entry.is_symlink():
            if is_crate or (Path(entry.path) / "Cargo.toml").exists():
                target = Path(entry.path).readlink()
                links.append(NotScanned(entry.path, f"symbolic link to {target}: not followed"))
            continue
        crate_dir = (
            entry.is_dir(follow_symlinks=False) and (Path(entry.path) / "Cargo.toml").is_file()
        )
        if crate_dir or (is_crate and entry.is_file(follow_symlinks=False)):
            found.append(Path(entry.path))
    if not found and not links:
        raise ScanInputError(f"{path}: no crate here (no Cargo.toml and no .crate files)")
    # directories first, then archives: the order of earlier versions
    found.sort(key=lambda p: (p.name.endswith(".crate"), p.name))
    return found, links


def _kind(path: Path) -> str:
    from cratewatch.untrusted.files import file_kind

    return file_kind(path.stat().st_mode)


def scan_path(
    path: Path,
    check: DependencyCheck | None = None,
    policy: ScanPolicy = NO_POLICY,
    cache: ScanCache | None = None,
) -> CrateScan:
    """Scan one crate given as a ``.crate`` archive or a directory. A crate the scanner
    fails on is a crate not examined fully, never an error that ends a scan of many."""
    archive = read_crate(path) if path.is_file() else read_directory(path)
    try:
        return scan_crate(archive, str(path), check, policy, cache)
    except (RecursionError, MemoryError, ValueError, UnicodeError) as exc:
        detail = f"the scanner could not analyse it ({type(exc).__name__})"
        failed = CrateArchive(
            archive.root, {}, (ArchiveProblem(ArchiveIssue.UNREADABLE, "", detail),)
        )
        return scan_crate(failed, str(path), None)


# set before forking: workers inherit them
_CHECK: DependencyCheck | None = None
_POLICY: ScanPolicy = NO_POLICY
_CACHE: ScanCache | None = None


def _scan_with_check(path: Path) -> CrateScan:
    return scan_path(path, _CHECK, _POLICY, _CACHE)


def scan_all(
    crates: Sequence[Path],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    check: DependencyCheck | None = None,
    policy: ScanPolicy = NO_POLICY,
    cache: ScanCache | None = None,
) -> list[CrateScan]:
    """Scan every crate of ``crates`` (archives or crate directories), on all cores;
    results in the order given; ``cache`` keeps per-file results for later scans.

    The largest crates go first, so that no core is left with a big one at the end
    while the others wait (a few crates such as generated bindings are 100 times the
    median)."""
    global _CHECK, _POLICY, _CACHE
    order = sorted(range(len(crates)), key=lambda i: -_size_of(crates[i]))
    results: list[CrateScan | None] = [None] * len(crates)
    _CHECK, _POLICY, _CACHE = check, policy, cache
    prepare()
    if cache is not None:
        cache.prepare()  # workers must not share this process's connection
    scans = map_on_cores(_scan_with_check, [crates[i] for i in order], workers=workers, min_items=4)
    try:
        for done, (index, result) in enumerate(zip(order, scans, strict=True), 1):
            results[index] = result
            if progress:
                progress(done, len(crates))
    finally:
        if cache is not None:
            cache.close()
    return [result for result in results if result is not None]


def _size_of(path: Path) -> int:
    """Bytes of a crate's files (an archive's compressed size, times a typical ratio)."""
    if path.is_file():
        return path.stat().st_size * 4
    total = 0
    folders = [str(path)]
    while folders:
        with contextlib.suppress(OSError), os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    total += entry.stat(follow_symlinks=False).st_size
    return total
