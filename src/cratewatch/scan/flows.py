"""Flows across a crate's functions and files: the steps each file found, joined along
the crate's call graph (``callgraph.py``) into evidence of the flow rules.

A crate has two compilation units whose code can call each other's functions: its
build script (with the modules it declares) and everything else (library, binaries,
procedural macros). Test code is left out: dependents never build it. The call graph is
built only when a unit holds every step of some flow rule between its files and
functions, or a flow was found in it, which few crates do, so most crates never pay for
a second parse.

The graph also says when a flow runs: one reached from code that runs without anyone
calling it for that purpose (a load-time initialiser, ``Drop``, ``Default``, ``Deref`` or
``Display``, a lazily initialised static) is what a payload hides behind, and the verdict
weighs it like code that runs while building.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Final, NamedTuple

from cratewatch.scan.analyze import (
    MAX_PARSED_BYTES,
    Context,
    Evidence,
    FileScan,
    evaluated_evidence,
)
from cratewatch.scan.callgraph import (
    FOREIGN_TRAIT,
    HIDDEN_TRAITS,
    MAX_DEPTH,
    Branches,
    CallGraph,
    Function,
    JoinedFlow,
    arms_holding,
    exclusive_arms,
    file_functions,
    join_flow,
)
from cratewatch.scan.dataflow import (
    BROADCAST,
    CONTACT,
    DOWNLOAD_RUN,
    EMIT,
    GATHERED,
    HOST_FACTS,
    KEY_TYPES,
    QUERY,
    REMOTE_RUN,
    RUN,
    SEND,
    TRUST,
    WRITE,
    DataFlow,
    UnitFlows,
    unit_flows,
)
from cratewatch.scan.dataflow.hints import decoders_called
from cratewatch.scan.decode import Decoded
from cratewatch.scan.interpret import ACCOUNTS
from cratewatch.scan.rules import Rule, Scope
from cratewatch.scan.words import word_matches

__all__ = [
    "DATAFLOW_RULES",
    "CrateFlows",
    "Flows",
    "compilation_units",
    "dataflow_evidence",
    "joined_flows",
]

_SNIPPET: Final = 240
#: Entry points that run code nobody called for: a flow reached from one is hidden there.
HIDDEN_ENTRIES: Final = (
    "load-time initialiser",
    "exit-time finaliser",
    "lazily initialised static",
    "panic hook",
    "fork handler",
    "signal handler",
    "registered callback",
    "thread start hook",
    *(name + " (" for name in HIDDEN_TRAITS),
)


_DATAFLOW_RULES: Final = {
    SEND: "threat-dataflow-exfiltration",
    WRITE: "threat-dataflow-hidden-write",
    RUN: "threat-dataflow-hidden-command",
    CONTACT: "threat-dataflow-hidden-destination",
    DOWNLOAD_RUN: "threat-dataflow-download-execute",
    EMIT: "threat-dataflow-hidden-code",
    QUERY: "threat-dataflow-hidden-query",
    TRUST: "threat-dataflow-hidden-key",
    REMOTE_RUN: "threat-dataflow-remote-command",
}
_HIDDEN_RULE: Final = "threat-dataflow-hidden-name"
_GATHERED_RULE: Final = "threat-dataflow-gathered-secrets"
_FIXED_RULE: Final = "threat-dataflow-fixed-destination"
#: every rule the data flow's evidence is of
DATAFLOW_RULES: Final = frozenset(
    {*_DATAFLOW_RULES.values(), _HIDDEN_RULE, _GATHERED_RULE, _FIXED_RULE}
)
_TRAIT_DEFINITION: Final = re.compile(rb"trait\s+([A-Za-z_]\w*)")  # (a word: ``word_matches``)
_FLOWING: Final = (Scope.FLOW, Scope.DATAFLOW)  # rules whose evidence says where code runs
_VERIFIED: Final = "capability-integrity-check"
#: Data flows reported per rule and file: a reviewer needs the first few, not a thousand.
MAX_FLOWS_PER_FILE: Final = 10
# what a unit's rules must show before its data flows are followed: a way out
_SENDING: Final = frozenset(
    {"capability-network", "capability-network-tool", "capability-network-query"}
    | {"capability-radio"}
)
# ... or a way to others that is no data flow sink: a web server's responses, a plugin's
# output to its host, where the names the crate hides are looked for (a script it
# injects into pages, a URL its host fetches)
_SERVING: Final = frozenset({"capability-web-server", "capability-host-plugin"})
# ... or writes HTML, which its readers' browsers render and fetch what it names (a CSS
# `url(..)` or an image carrying data to the address the crate hides); its tags in lower
# case, as markup is written (`Vec<Span>` is a type)
_WRITES_HTML: Final = re.compile(rb"<(?:html|span|div|style|pre|img)[\s>/]|<!(?:DOCTYPE|doctype)\b")
# ... or parses text into the tokens a procedural macro emits
_PARSES_TOKENS: Final = re.compile(rb"\.parse\s*(::\s*<[^>]{0,80}>\s*)?\(\s*\)|from_str|parse_str")
# ... or makes a key that checks signatures or tokens: followed for a key hidden in it
_MAKES_KEYS: Final = re.compile("|".join(KEY_TYPES).encode())
# ... or makes an account address of bytes (`Address::from_slice`): followed for a payee or
# spender hidden in it, which the wallet that calls the crate sends for it
_MAKES_ACCOUNTS: Final = re.compile(
    rb"\b(?:%s)::(?:from_slice|from|new)\s*\(" % "|".join(sorted(ACCOUNTS)).encode()
)
_WRITING_OR_RUNNING: Final = frozenset(
    {"capability-filesystem-write", "capability-process-spawn", "capability-process-spawn-path"}
    | {"capability-dynamic-loading", "capability-script-eval"}
)
# ... or puts text on the clipboard: a clipper's hidden address is looked for
_CLIPBOARD: Final = "capability-clipboard"
_SOURCE_NAMES: Final = {
    "user-file": "a file in the user's home",
    "environment": "environment variables",
    "clipboard": "the clipboard",
    "hidden-file": "a file whose name is decoded at run time",
    "credential": "a secret from another program's settings",
    "browser-storage": "a web page's stored data",
    "system-secret": "the system's stores of secrets",
    "private-key": "a file named as private keys are",
    "device-secret": "a key the device stores (NVS, a flash key-value map)",
    "host-facts": "the computer's or the user's name",
    "project-secrets": "a project's .env file",
    "process-environment": "other programs' environment variables",
}


class Flows(NamedTuple):
    evidence: list[Evidence]  # flows found only along calls
    # (rule, file, line) of every flow, in one function or along calls, reached from an
    # entry point of HIDDEN_ENTRIES, with that entry
    hidden: list[tuple[str, str, int, str]]


class CrateFlows(NamedTuple):
    """What a crate's scan finds by following its code across files: the date gates
    (``dates.py``), the data flows (``dataflow_evidence``) and the flows along calls
    (``joined_flows``), computed in that order, each from the files and the evidence
    before it; kept whole for a crate scanned again unchanged (``cache.py``)."""

    dated: list[Evidence]
    dataflow: list[Evidence]
    joined: Flows


def joined_flows(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
    rules: Mapping[str, Rule],
    found: list[Evidence],
    functions: Callable[[str, bytes, bool], list[Function]] = file_functions,
    late: Sequence[Evidence] = (),
) -> Flows:
    """Evidence of flow rules whose steps meet along calls, not in one function or
    file already reported (``found``), and which flows run hidden. ``functions`` gives
    a file's functions (``file_functions``, or a cache of its results); ``late``: steps
    found after the files' own analysis (``dates.py``), which complete a flow in one
    function too."""
    flow_rules = [rule for rule in rules.values() if rule.scope is Scope.FLOW and rule.along_calls]
    units = compilation_units(files, scanned, test_gated)
    reported = {(e.rule, e.file) for e in found}
    evidence: list[Evidence] = []
    hidden: dict[tuple[str, str, int], str] = {}
    for unit in units:
        own = [e for e in found if e.file in unit and rules[e.rule].scope in _FLOWING]
        found_late = [(e.rule, e.file, e.line) for e in late if e.file in unit]
        unit_steps = [
            (rule_id, path, line) for path in unit for rule_id, line in scanned[path][1].steps
        ] + found_late
        hits = {rule_id for rule_id, _, _ in unit_steps}
        threats = {
            e.rule
            for path in unit
            for e in scanned[path][1].evidence
            if e.context is not Context.TEST
        }
        wanted = [
            rule
            for rule in flow_rules
            if all(hits & group for group in rule.requires)
            and (not rule.contexts or any(c.value in rule.contexts for c in unit.values()))
        ]
        # A flow that needs a destination of the crate's own (`joined_with`) and has none
        # counts only where code runs that nobody called for: a Drop or Display impl, a
        # lazy static, a load-time initialiser have no business reading secrets and
        # reaching the network wherever they send them.
        only_hidden = {
            rule.id for rule in wanted if rule.joined_with and not threats & rule.joined_with
        }
        if not wanted and not own:
            continue
        graph = CallGraph(
            function
            for path, context in unit.items()
            for function in functions(path, files[path], context is not Context.BUILD)
        )
        steps: dict[int, list[tuple[str, str, int]]] = {}
        for rule_id, path, line in unit_steps:
            index = graph.function_at(path, line)
            if index is not None:
                steps.setdefault(index, []).append((rule_id, path, line))
        fresh = frozenset((path, line) for _, path, line in found_late)
        callers = graph.callers
        defined = _traits_defined(files, unit)
        branches = _branches(files)
        for rule in wanted:
            order = _call_line(branches.naming) if rule.ordered else None
            for flow in join_flow(graph, rule.requires, steps, fresh, order, branches):
                if rule.id in only_hidden and not _runs_hidden(graph, callers, flow.root, defined):
                    continue
                files_involved = {flow.root.file} | {file for _, file, _, _ in flow.steps}
                if all((rule.id, file) in reported for file in files_involved):
                    continue  # already found within one function, impl block or file
                if any(_hit_in(scanned[file][1], rule.unless) for file in files_involved):
                    continue  # what code doing this for its stated purpose shows
                context = unit[flow.root.file]
                if rule.contexts and context.value not in rule.contexts:
                    continue
                evidence.append(
                    Evidence(rule.id, flow.root.file, flow.root.first, _describe(flow), context)
                )
                reported.add((rule.id, flow.root.file))
        for e in own + [e for e in evidence if e.file in unit]:
            index = graph.function_at(e.file, e.line)
            entry = None if index is None else _hidden_entry(graph, callers, index, defined)
            if entry is not None:
                hidden[(e.rule, e.file, e.line)] = entry
    return Flows(evidence, [(*where, entry) for where, entry in hidden.items()])


#: ``unit_flows`` without its store: a unit's files, the crate's name, whether it can
#: reach the network, the crate's files, whether names rebuilt from constants are looked
#: for, whether it is a procedural macro's, and its files only called into (a library)
FollowUnit = Callable[
    [Mapping[str, bytes], str, bool, Mapping[str, bytes], bool, bool, frozenset[str]], UnitFlows
]


def dataflow_evidence(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
    crate: str,
    follow: FollowUnit = unit_flows,
) -> list[Evidence]:
    """Evidence of the data flow rules (``dataflow``), and the names the crate hides, in
    each compilation unit that can reach the network, write files, run programs, serve
    web pages, emit a procedural macro's code or make keys that check signatures: the
    others are not parsed again.
    ``follow``: what finds a unit's flows (the scan cache keeps them per unit)."""
    evidence = []
    kept: dict[tuple[str, str], int] = {}  # evidence per rule and file
    for unit, reported in _dataflow_units(files, scanned, test_gated):
        rules_in = {path: {e.rule for e in scanned[path][1].evidence} for path in unit}
        sends = not set().union(*rules_in.values()).isdisjoint(_SENDING)
        # (what the unit's reported files do decides whether it is followed)
        rules_hit = set().union(*(rules_in[path] for path in reported))
        # a procedural macro's tokens are code that every user compiles: followed too
        # where it parses text into them
        emits = any(unit[path] is Context.PROC_MACRO for path in reported) and any(
            _PARSES_TOKENS.search(files[path]) for path in reported
        )
        if (
            rules_hit.isdisjoint(_SENDING)
            and not emits
            and rules_hit.isdisjoint(_WRITING_OR_RUNNING | _SERVING)
            and _CLIPBOARD not in rules_hit
            and not any(_MAKES_KEYS.search(files[path]) for path in reported)
            and not any(_WRITES_HTML.search(files[path]) for path in reported)
            and not any(_MAKES_ACCOUNTS.search(files[path]) for path in reported)
        ):
            continue
        tests = all(context is Context.TEST for context in unit.values())
        library = frozenset(unit) - reported
        found = follow(
            {path: files[path] for path in unit}, crate, sends, files, not tests, emits, library
        )
        revealed: dict[str, list[Decoded]] = {}
        for name in found.revealed:
            if name.file in reported:
                revealed.setdefault(name.file, []).append(Decoded(name.line, name.text, name.how))
        for path, names in revealed.items():  # read by the rules like any decoded string
            evidence += evaluated_evidence(path, files[path], unit[path], [], names)
        for flow in found.flows:
            if flow.file not in reported:
                continue  # the library's own, found in its unit
            context = unit[flow.file]
            text = _describe_dataflow(flow)
            rule = _DATAFLOW_RULES[flow.action]
            if flow.action == DOWNLOAD_RUN and _VERIFIED in rules_in[flow.file]:
                continue  # an installer that checks what it fetched against a digest
            if flow.action == EMIT and context is not Context.PROC_MACRO:
                continue  # text parsed elsewhere is data; a macro's tokens are code
            rules = [rule, _HIDDEN_RULE] if flow.hidden else [rule]
            if flow.sources & GATHERED:
                rules.append(_GATHERED_RULE)
            # host facts alone to the crate's own address: a beacon, not yet collection
            if flow.fixed and flow.action == SEND and flow.sources - {HOST_FACTS}:
                rules.append(_FIXED_RULE)
            for rule in rules:
                if kept.get((rule, flow.file), 0) < MAX_FLOWS_PER_FILE:
                    kept[(rule, flow.file)] = kept.get((rule, flow.file), 0) + 1
                    evidence.append(Evidence(rule, flow.file, flow.line, text, context))
    return evidence


def _naming_lines(files: Mapping[str, bytes]) -> Callable[[Function, str], list[int]]:
    """The lines where a function names another, read from its file's lines (the call
    graph keeps the names a function calls, not where; each asked once: the steps of
    every choice of a flow ask again)."""
    split: dict[str, list[bytes]] = {}
    known: dict[tuple[str, int, str], list[int]] = {}

    def lines_of(caller: Function, name: str) -> list[int]:
        key = (caller.file, caller.first, name)
        found = known.get(key)
        if found is None:
            lines = split.get(caller.file)
            if lines is None:
                lines = split[caller.file] = files.get(caller.file, b"").split(b"\n")
            whole = re.compile(re.escape(name.removesuffix("!").encode()) + rb"(?!\w)")
            found = known[key] = [
                number
                for number in range(caller.first, min(caller.last, len(lines)) + 1)
                if next(word_matches(whole, lines[number - 1]), None) is not None
            ]
        return found

    return lines_of


def _call_line(naming: Callable[[Function, str], list[int]]) -> Callable[[Function, str], int]:
    """Where a function first names another: 0 where it does not."""
    return lambda caller, name: next(iter(naming(caller, name)), 0)


def _branches(files: Mapping[str, bytes]) -> Branches:
    """Where functions name others, and the arms of the matches they run once that
    hold given lines (read from a function's file when asked: only a program's ``main``
    is; each answer once, since every choice of a flow's steps asks again)."""
    matches: dict[tuple[str, int], list[list[tuple[int, int]]]] = {}
    held: dict[tuple[str, int, tuple[int, ...]], tuple[frozenset[int], ...]] = {}

    def holding(function: Function, lines: tuple[int, ...]) -> tuple[frozenset[int], ...]:
        key = (function.file, function.first)
        if key not in matches:
            matches[key] = exclusive_arms(files.get(function.file, b""), function)
        found = held.get((*key, lines))
        if found is None:
            found = held[(*key, lines)] = arms_holding(matches[key], lines)
        return found

    return Branches(_naming_lines(files), holding)


def compilation_units(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
) -> list[dict[str, Context]]:
    """The crate's compilation units whose code can call each other's: the build script
    with its modules, the test code (tests, benchmarks, examples, test modules: what the
    crate's own developers and CI run), and everything else; each as its parsed Rust
    files' contexts."""
    return list(_units_by_kind(files, scanned, test_gated).values())


def _units_by_kind(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
) -> dict[Context, dict[str, Context]]:
    """``compilation_units`` by kind: BUILD, TEST, LIBRARY (everything else)."""
    units: dict[Context, dict[str, Context]] = {}
    for path, (context, _) in scanned.items():
        if not path.endswith(".rs") or len(files[path]) > MAX_PARSED_BYTES:
            continue
        if path in test_gated:
            context = Context.TEST
        kind = context if context in (Context.BUILD, Context.TEST) else Context.LIBRARY
        units.setdefault(kind, {})[path] = context
    return units


def _dataflow_units(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
) -> list[tuple[dict[str, Context], frozenset[str]]]:
    """The units whose data flows are followed, each with the files whose flows it
    reports: the compilation units, but the examples apart from the other test code and
    with the library's files that define what they call given constants. An example is
    a program its users run (``cargo run --example quickstart``), not a test's fixture:
    a payload there may call the library's decoders on the library's constants."""
    units = _units_by_kind(files, scanned, test_gated)
    tests = units.pop(Context.TEST, {})
    examples = {path: c for path, c in tests.items() if path.startswith("examples/")}
    tests = {path: c for path, c in tests.items() if path not in examples}
    followed = [(unit, frozenset(unit)) for unit in (*units.values(), tests) if unit]
    if examples:
        library = units.get(Context.LIBRARY, {})
        called = decoders_called(
            (files[path] for path in examples), {path: files[path] for path in library}
        )
        unit = {path: library[path] for path in sorted(called)} | examples
        followed.append((unit, frozenset(examples)))
    return followed


def _describe_dataflow(flow: DataFlow) -> str:
    if flow.action == WRITE and flow.planted:
        return (
            f"fn {flow.function} writes text decoded at run time into a file in the user's"
            f" home ({flow.sink.removeprefix('socket ')})"
        )
    if flow.action == WRITE:
        return f"fn {flow.function} writes a file ({flow.sink}) whose path is decoded at run time"
    if flow.action == RUN:
        return f"fn {flow.function} runs {flow.sink} with a name decoded at run time"
    if flow.action == REMOTE_RUN:
        return (
            f"fn {flow.function} runs {flow.sink} with what a network peer sent (a request's data)"
        )
    if flow.action == DOWNLOAD_RUN:
        return f"fn {flow.function} runs downloaded bytes, or a file holding them ({flow.sink})"
    if flow.action == CONTACT:
        return f"fn {flow.function} reaches ({flow.sink}) an address decoded at run time"
    if flow.action == EMIT:
        return f"fn {flow.function} emits code ({flow.sink}) from text decoded at run time"
    if flow.action == QUERY:
        return f"fn {flow.function} runs a query ({flow.sink}) whose SQL is decoded at run time"
    if flow.action == TRUST:
        return f"fn {flow.function} makes a key ({flow.sink}) from bytes decoded at run time"
    sources = " and ".join(_SOURCE_NAMES[s] for s in sorted(flow.sources))
    hidden = "; a name on its way is decoded at run time" if flow.hidden else ""
    fixed = " to an address fixed in the crate" if flow.fixed else ""
    if flow.fixed and flow.sink == BROADCAST:
        fixed = " to whoever is near"
    return f"fn {flow.function} sends {sources} through {flow.sink}{fixed}{hidden}"


def _traits_defined(files: Mapping[str, bytes], unit: Mapping[str, Context]) -> frozenset[str]:
    """The traits a unit defines: its own code calls their methods, nobody else's."""
    return frozenset(
        match.group(1).decode()
        for path in unit
        for match in word_matches(_TRAIT_DEFINITION, files[path])
    )


def _runs_hidden(
    graph: CallGraph, callers: Sequence[Sequence[int]], root: Function, defined: frozenset[str]
) -> bool:
    index = graph.function_at(root.file, root.first)
    return index is not None and _hidden_entry(graph, callers, index, defined) is not None


# A trait a client library calls for credentials (`ProvideCredentials`, `TokenProvider`,
# `Authenticator`): reading them and exchanging them with their service is what its impl is
# there for, not code nobody called for. (A flow of them to an address the crate fixes or
# hides still counts: the data flow's rules.)
_CREDENTIAL_TRAIT: Final = re.compile(
    r"(?i)(credential|token|auth)s?\w*provider|provides?\w*(credential|token)|authenticator"
)


def _hidden_entry(
    graph: CallGraph, callers: Sequence[Sequence[int]], index: int, defined: frozenset[str]
) -> str | None:
    """The hidden entry point that reaches function ``index`` (itself included) within
    ``MAX_DEPTH`` calls, if any; a method of a trait the unit defines (``defined``) is
    none."""
    seen = {index}
    frontier = [index]
    for _ in range(MAX_DEPTH + 1):
        for current in frontier:
            entry = graph.functions[current].entry
            if entry.startswith(HIDDEN_ENTRIES):
                return entry
            if entry.startswith(FOREIGN_TRAIT):
                trait = entry.removeprefix(FOREIGN_TRAIT).split(" ", 1)[0]
                if trait not in defined and not _CREDENTIAL_TRAIT.search(trait):
                    return entry
        # each caller once per level: a dense graph would otherwise repeat them
        frontier = list(dict.fromkeys(c for f in frontier for c in callers[f] if c not in seen))
        seen.update(frontier)
        if not frontier:
            break
    return None


def _hit_in(result: FileScan, rules: frozenset[str]) -> bool:
    return bool(rules) and any(e.rule in rules for e in result.evidence)


def _describe(flow: JoinedFlow) -> str:
    """``fn refresh → fetch: capability-network (src/a.rs:12); ...``, bounded."""
    root: Function = flow.root
    parts = []
    for rule, file, line, path in flow.steps:
        route = " → ".join(path)
        parts.append(f"{route}: {rule.removeprefix('capability-')} ({file}:{line})")
    runs = f" [runs as {root.entry}]" if root.entry else ""
    text = f"fn {root.name}{runs} joins along calls: " + "; ".join(parts)
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"
