"""Apply the rules to one file of a crate: evidence with file, line, snippet and context.

Rust files are parsed once (``syntax.parse_rust``), so a rule sees what it asks for:
``code`` rules run on the source with comments and string literals blanked out (a URL in
a comment is not a network call), ``strings`` rules on each string literal's contents
(macro arguments included: tree-sitter keeps string tokens inside macro bodies) and on
the strings decoded from them (``decode``), ``decoded`` rules on decoded strings only,
``source`` rules on Rust source as written, ``text`` rules on every text file, and
``flow`` rules on other rules' hits that meet in one function, else in the methods of one
``impl`` block (in a build script, anywhere in it: it is one small program).

Where a file sits gives its context, which the verdict weighs: ``build`` (the build
script runs on every developer's and CI machine at build time), ``proc-macro`` (runs
inside the compiler), ``test`` (tests, benches, examples, and ``#[cfg(test)]`` or
``#[test]`` items: not built by dependents) or ``library``. Files under ``tests/``,
``benches/`` and ``examples/`` are not parsed: ``code`` and ``strings`` rules read them as
written. Evidence under another ``#[cfg(...)]`` carries its predicate (``windows``,
``target_os = "linux"``): malware often acts on one platform only.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cached_property
from typing import NamedTuple

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.decode import Decoded, decoded_strings, entropy
from cratewatch.scan.prefilter import Prefilter
from cratewatch.scan.rules import Rule, RuleKind, Scope, load_rules
from cratewatch.scan.syntax import ModuleDecl, Region, RustSource, parse_rust

__all__ = ["Context", "Evidence", "FileScan", "analyze_file", "file_context", "prepare"]

_SNIPPET = 120
#: Hits kept per rule and per file: a minified line with 200,000 literals is one finding
#: many times over, and a reviewer needs the first few, not all of them.
MAX_HITS_PER_RULE = 50
MAX_HITS_PER_FILE = 500
#: Rust files larger than this are read as written, not parsed: a syntax tree costs up
#: to 280 bytes of memory per byte of dense source (15 MB of nested braces took 4 GB).
#: Real files this large are generated tables and bindings.
MAX_PARSED_BYTES = 1024 * 1024
_NON_BLANK = re.compile(r"\S")
_RAW_SCOPES = (Scope.TEXT, Scope.SOURCE)  # what runs on a parsed Rust file as written
_UNPARSED_SCOPES = (Scope.TEXT, Scope.SOURCE, Scope.CODE, Scope.STRINGS)  # on test files


class Context(enum.Enum):
    BUILD = "build"
    PROC_MACRO = "proc-macro"
    TEST = "test"
    LIBRARY = "library"


class Evidence(NamedTuple):
    rule: str
    file: str
    line: int
    snippet: str
    context: Context
    cfg: str = ""  # the #[cfg(...)] predicate the code sits under, if any
    ignored: str = ""  # why it does not count (an ignore's reason, an allowed rule); "" if it does


class FileScan(NamedTuple):
    evidence: list[Evidence]
    unsafe: UnsafeCounts
    # `mod name;` declared here under #[cfg(test)] or another #[cfg(...)], with the
    # predicate ("test" for test modules) that the module's own files inherit
    gated_modules: tuple[tuple[ModuleDecl, str], ...] = ()
    # files that code outside tests here compiles in as its own (#[path] modules and
    # include!), as written: relative to this file's folder
    compiled_in: tuple[str, ...] = ()
    # every hit of a rule that flows are made of, outside test items, as (rule, line):
    # the crate's call graph joins them across functions and files (callgraph.py)
    steps: tuple[tuple[str, int], ...] = ()


def file_context(path: str, build_scripts: tuple[str, ...], proc_macro: bool) -> Context:
    """The context of ``path`` (relative to the crate root) in a crate whose build scripts
    are ``build_scripts`` and which is, or is not, a procedural macro crate."""
    if path in build_scripts or path.startswith("build/"):
        return Context.BUILD
    top = path.split("/", 1)[0]
    if top in ("tests", "benches", "examples"):
        return Context.TEST
    return Context.PROC_MACRO if proc_macro else Context.LIBRARY


def analyze_file(
    path: str, data: bytes, context: Context, rules: tuple[Rule, ...] | None = None
) -> FileScan:
    """Every rule hit in one file, and its unsafe counts (Rust files only)."""
    plan = _plan(load_rules() if rules is None else rules)
    rust = path.endswith(".rs")
    # Tests, benches and examples are never built by the crates that depend on this one
    # and never count for its verdict. They are a tenth of the Rust a crate ships, so
    # they are not parsed: the rules for code and string literals read them as written.
    # (One that library or build code compiles in is scanned again in that code's
    # context: crate.py.)
    parsed = rust and context is not Context.TEST and len(data) <= MAX_PARSED_BYTES
    scopes = _RAW_SCOPES if parsed else _UNPARSED_SCOPES if rust else (Scope.TEXT,)
    # What can match the file as written: a superset of what can match its code view.
    raw_hits = plan.prefilter.candidates(data)
    raw_rules = [rule for scope in scopes for rule in plan.by_scope[scope] if rule.id in raw_hits]
    if not rust and not raw_rules:
        return FileScan([], UnsafeCounts())
    lines = _Lines(data)
    found: list[Evidence] = []
    for rule in raw_rules:
        found += _matches(rule, path, lines.text, context, lines, plan.first_only)
    if not parsed:
        return FileScan(_capped(found), UnsafeCounts())
    source = parse_rust(data)
    if any(rule.id in raw_hits for rule in plan.by_scope[Scope.CODE]):
        code_hits = plan.prefilter.candidates(source.code_bytes)
        for rule in plan.by_scope[Scope.CODE]:
            if rule.id in code_hits:
                found += _matches(rule, path, source.code, context, lines, plan.first_only)
    for rule in plan.by_scope[Scope.SYNTAX]:
        line = source.facts.get(rule.syntax)
        if line is not None:
            found.append(Evidence(rule.id, path, line, lines(line), context))
    strings = _StringsView([(s.line, s.text) for s in source.strings])
    decoded = decoded_strings(source)
    obfuscated = [d for d in decoded if d.obfuscated]
    for view, items, scope in (
        (strings, None, Scope.STRINGS),
        (_StringsView([(d.line, d.text) for d in decoded]), decoded, Scope.STRINGS),
        (_StringsView([(d.line, d.text) for d in obfuscated]), obfuscated, Scope.DECODED),
    ):
        view_hits = plan.prefilter.candidates(view.text) if view.text else set()
        for rule in plan.by_scope[scope]:
            if rule.id in view_hits:
                found += view.matches(rule, path, context, lines, items)
    for rule in plan.by_scope[Scope.FLOW]:
        if rule.contexts and context.value not in rule.contexts:
            continue
        whole_file = rule.whole_file or context is Context.BUILD
        found += _flows(rule, found, source, whole_file, lines)
    steps = tuple(
        (e.rule, e.line) for e in found if e.rule in plan.steps and not _in_tests(source, e.line)
    )
    evidence = _placed(_capped(_first_capability_hits(found, plan.capabilities)), source)
    return FileScan(evidence, source.unsafe, _gated_modules(source), _compiled_in(source), steps)


def prepare(rules: tuple[Rule, ...] | None = None) -> None:
    """Compile the rules and build the Rust parser now, so that workers forked later
    inherit them instead of each compiling its own."""
    _plan(load_rules() if rules is None else rules)
    parse_rust(b"")


def _gated_modules(source: RustSource) -> tuple[tuple[ModuleDecl, str], ...]:
    gated = []
    for module in source.modules:
        cfg = "test" if _in_tests(source, module.line) else _cfg_at(source, module.line)
        if cfg:
            gated.append((module, cfg))
    return tuple(gated)


def _compiled_in(source: RustSource) -> tuple[str, ...]:
    named = [(m.path, m.line) for m in source.modules if m.path] + source.includes
    return tuple(path for path, line in named if not _in_tests(source, line))


def _in_tests(source: RustSource, line: int) -> bool:
    return any(r.first <= line <= r.last for r in source.tests)


def _cfg_at(source: RustSource, line: int) -> str:
    return next((r.label for r in reversed(source.cfgs) if r.first <= line <= r.last), "")


class _Plan(NamedTuple):
    rules: tuple[Rule, ...]
    by_scope: dict[Scope, list[Rule]]
    capabilities: frozenset[str]
    first_only: frozenset[str]  # capabilities no flow needs: their first hit is enough
    steps: frozenset[str]  # rules that flows are made of
    prefilter: Prefilter


_PLANS: dict[int, _Plan] = {}


def _plan(rules: tuple[Rule, ...]) -> _Plan:
    """How to apply ``rules``, prepared once per rule set (keyed by identity: hashing
    the rules on every file would cost more than the lookup saves)."""
    plan = _PLANS.get(id(rules))
    if plan is None or plan.rules is not rules:
        in_flows = {r for rule in rules for group in rule.requires for r in group}
        capabilities = frozenset(rule.id for rule in rules if rule.kind is RuleKind.CAPABILITY)
        plan = _Plan(
            rules,
            {scope: [rule for rule in rules if rule.scope is scope] for scope in Scope},
            capabilities,
            capabilities - in_flows,
            frozenset(in_flows),
            Prefilter(rules),
        )
        _PLANS[id(rules)] = plan
    return plan


class _Lines:
    """A file's lines, decoded and split only when a rule reads the file as written or
    a snippet is wanted (most parsed files need neither)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    @cached_property
    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")

    @cached_property
    def _lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def _snippets(self) -> dict[int, str]:
        return {}

    def __call__(self, number: int) -> str:
        """The line, from its first non-blank character, at most ``_SNIPPET`` long: in
        time bounded by the snippet, not the line (a minified line is megabytes)."""
        snippet = self._snippets.get(number)
        if snippet is None:
            lines = self._lines
            line = lines[number - 1] if 0 < number <= len(lines) else ""
            start = _NON_BLANK.search(line)
            snippet = line[start.start() : start.start() + _SNIPPET].rstrip() if start else ""
            self._snippets[number] = snippet
        return snippet

    def count(self) -> int:
        return self.data.count(b"\n") + 1


def _matches(
    rule: Rule,
    path: str,
    view: str,
    context: Context,
    lines: _Lines,
    first_only: frozenset[str],
) -> list[Evidence]:
    """Hits of a rule on a whole-file view whose lines are the file's lines."""
    assert rule.pattern is not None
    found = []
    line, counted = 1, 0
    for match in rule.pattern.finditer(view):
        if rule.min_entropy and entropy(match.group()) < rule.min_entropy:
            continue
        line += view.count("\n", counted, match.start())
        counted = match.start()
        found.append(Evidence(rule.id, path, line, lines(line), context))
        if rule.id in first_only or len(found) >= MAX_HITS_PER_RULE:
            break
    return found


class _StringsView:
    """Many strings as one text, one per line, so that each rule runs once per file."""

    def __init__(self, items: list[tuple[int, str]]) -> None:
        self.lines = [line for line, _ in items]
        self.text = "\n".join(content.replace("\n", " ") for _, content in items)

    def matches(
        self,
        rule: Rule,
        path: str,
        context: Context,
        source_lines: _Lines,
        decoded: list[Decoded] | None = None,
    ) -> list[Evidence]:
        assert rule.pattern is not None
        found: list[Evidence] = []
        index, counted = 0, 0
        seen: set[int] = set()
        for match in rule.pattern.finditer(self.text):
            index += self.text.count("\n", counted, match.start())
            counted = match.start()
            if index in seen:
                continue  # one hit per string
            seen.add(index)
            if rule.min_entropy and entropy(match.group()) < rule.min_entropy:
                continue
            if decoded is not None and any(rule.pattern.search(p) for p in decoded[index].pieces):
                continue  # one fragment says it alone: reported with that literal
            line = self.lines[index]
            snippet = source_lines(line)
            if decoded is not None:
                item = decoded[index]
                snippet = f"{snippet} => {item.how}: {item.text[:60]!r}"
            found.append(Evidence(rule.id, path, line, snippet, context))
            if len(found) >= MAX_HITS_PER_RULE:
                break
        return found


def _flows(
    rule: Rule,
    found: list[Evidence],
    source: RustSource,
    whole_file: bool,
    lines: _Lines,
) -> list[Evidence]:
    """A flow rule hits in the smallest functions (or, with ``whole_file``, the file)
    where one rule of each of its groups hits; the evidence is at the line where the
    last of its groups is first met."""
    hits = {e.rule for e in found}
    if not all(hits.intersection(group) for group in rule.requires):
        return []  # the file lacks a step: no function has them all
    if hits & rule.unless:
        return []  # the file shows what code doing this for its stated purpose does
    relevant = sorted((e.line, e.rule) for e in found if any(e.rule in g for g in rule.requires))
    if whole_file:
        regions = [Region(1, lines.count())]
    else:  # a function, else the impl block whose methods share the steps
        regions = sorted(source.functions, key=_size) + sorted(source.impls, key=_size)
    starts = [line for line, _ in relevant]
    flows: list[tuple[Region, int]] = []
    for region in regions:
        inside = relevant[bisect_left(starts, region.first) : bisect_right(starts, region.last)]
        firsts = [min((ln for ln, r in inside if r in group), default=0) for group in rule.requires]
        if all(firsts) and not any(_overlap(region, done) for done, _ in flows):
            flows.append((region, max(firsts)))
    return [
        Evidence(rule.id, found[0].file, line, lines(line), found[0].context) for _, line in flows
    ]


def _first_capability_hits(found: list[Evidence], capabilities: frozenset[str]) -> list[Evidence]:
    """A capability is shown once per file (where it first appears); threats every time.
    Flows have used every hit by then."""
    seen: set[str] = set()
    kept = []
    for e in sorted(found, key=lambda e: e.line):
        if e.rule in capabilities:
            if e.rule in seen:
                continue
            seen.add(e.rule)
        kept.append(e)
    return kept


def _capped(found: list[Evidence]) -> list[Evidence]:
    """At most ``MAX_HITS_PER_FILE`` hits, threats before capabilities, in line order."""
    if len(found) <= MAX_HITS_PER_FILE:
        return found
    kept = sorted(found, key=lambda e: (not e.rule.startswith("threat-"), e.line))
    return sorted(kept[:MAX_HITS_PER_FILE], key=lambda e: e.line)


def _size(region: Region) -> int:
    return region.last - region.first


def _overlap(a: Region, b: Region) -> bool:
    return a.first <= b.last and b.first <= a.last


def _placed(found: Iterable[Evidence], source: RustSource) -> list[Evidence]:
    """Evidence in test items moved to the test context, and with its cfg predicate."""
    placed = []
    for e in found:
        context = Context.TEST if _in_tests(source, e.line) else e.context
        placed.append(e._replace(context=context, cfg=_cfg_at(source, e.line)))
    return placed
