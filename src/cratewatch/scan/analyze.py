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
import posixpath
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property
from itertools import product
from typing import Final, NamedTuple

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.decode import Decoded, decoded_strings, entropy, script_strings
from cratewatch.scan.hooks import HOOK_CONFIGURATION
from cratewatch.scan.imports import resolve_imports
from cratewatch.scan.lexed_items import foreign
from cratewatch.scan.lexer import Lexed, itemised, lexed_rust
from cratewatch.scan.prefilter import Prefilter
from cratewatch.scan.rules import Rule, RuleKind, Scope, load_rules
from cratewatch.scan.syntax import (
    BUILD_TIME_VALUE,
    Literal,
    ModuleDecl,
    Region,
    RustSource,
    parse_rust,
)

__all__ = [
    "Context",
    "Evidence",
    "FileScan",
    "Lines",
    "analyze_file",
    "distinct_steps",
    "evaluated_evidence",
    "file_context",
    "file_kind",
    "prepare",
]

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
# what only the syntax tree tells of a file: linked libraries, files compiled in, and
# extern blocks (those looked for in the lexer's code view, `_lexed`; what its items tell,
# unsafe code and modules, the lexer reads where it can). Each pattern begins with a word
# that a plain substring test finds first; no leading `\b`, which would slow the search
# five times. (A literal continued over lines reads the same either way: `literal_text`.)
_TREE_NEEDED: Final = (
    (b"#[link", re.compile(rb"#\[link")),  # (`#[link(..)]`, `link_section`: `syntax.py`'s)
    (b"include", re.compile(rb"include(?:_str|_bytes)?\s*!")),
)
_UNPARSED_SCOPES = (Scope.TEXT, Scope.SOURCE, Scope.CODE, Scope.STRINGS)  # on test files
#: Files that run (scripts, editor tasks, CI workflows) are read by the text rules made
#: for their kind and, line by line, by the rules for string literals. (Cargo configuration
#: has its own rule: a `rustc-wrapper` key there is not a crate installing one.)
_RUNNING_SCOPES = (Scope.TEXT, Scope.STRINGS)
# what a script's or web page's literals may hide text with: escapes, characters beyond
# ASCII, a long run of one encoding's alphabet
_MAY_HIDE: Final = re.compile(rb"\\[ux]|[\x80-\xff]|[A-Za-z0-9+/=_-]{24}")
_SCRIPT_SUFFIXES: tuple[str, ...] = (".sh", ".bash", ".zsh", ".ps1", ".psm1", ".bat", ".cmd")
_SCRIPT_SUFFIXES += (".vbs", ".py", ".js", ".mjs", ".cjs", ".rhai", ".cmake")
# C, C++, Objective-C and assembly sources, which a build script compiles into the library
_NATIVE_SUFFIXES: Final = (
    ".c",
    ".cc",
    ".cpp",
    ".cxx",
    ".h",
    ".hpp",
    ".m",
    ".mm",
    ".s",
    ".S",
    ".asm",
)
#: ``include_str!`` and ``include_bytes!`` data read as a literal of the including file:
#: at most this much of each file, and this much in all per including file.
MAX_INCLUDED_BYTES = 256 * 1024
MAX_INCLUDED_PER_FILE = 1024 * 1024
#: Code a build script writes to OUT_DIR, read as Rust: at most this much.
MAX_GENERATED_BYTES = 256 * 1024
#: String literals of a build script kept as file names it may run: at most this many.
MAX_NAMED_FILES = 200
_FILE_NAME = re.compile(r"[\w.${}-]+(/[\w.${}-]+)*")
_GENERATED_NAME = re.compile(r"(^|/)[\w-]+\.rs$")
# configuration files, by name, that make tools run commands of the project's
_RUN_CONFIGURATION: Final = frozenset(
    {".devcontainer.json", "rust-toolchain", "rust-toolchain.toml", "rust-analyzer.toml"}
)
_ESCAPES = re.compile(r'\\[nrt"\\\']|\{\{|\}\}')
_UNESCAPED = {"\\n": "\n", "\\r": "", "\\t": "\t", '\\"': '"', "\\\\": "\\", "\\'": "'"}
_UNESCAPED |= {"{{": "{", "}}": "}"}
_CODE_PUNCTUATION = re.compile(r"[;{}\[\]#]")
# a format placeholder, but not an escaped brace: `{}`, `{:?}`, `{0}`, `{name:>8}`
_PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z0-9_]*(:[^{}\s]{0,12})?\}(?!\})")


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
    # `mod name;` declared outside test items (its file is compiled as this file is)
    modules: tuple[ModuleDecl, ...] = ()
    # include!("path") outside test items, as written: Rust, whatever the file's suffix
    included: tuple[str, ...] = ()
    # a build script's string literals that may name files it runs (scripts), as written
    named: tuple[str, ...] = ()
    # code a build script writes to a `.rs` file (under OUT_DIR): its name and text
    generated: tuple[str, str] | None = None
    # include_str!("path") / include_bytes! outside test items, as written: data compiled
    # into the code (a script an embedded interpreter runs is the code's own)
    embedded: tuple[str, ...] = ()


def file_context(
    path: str,
    build_scripts: tuple[str, ...],
    proc_macro: bool,
    targets: tuple[str, ...] = (),
    head: bytes = b"",
) -> Context:
    """The context of ``path`` (relative to the crate root) in a crate whose build scripts
    are ``build_scripts``, whose library and binaries are rooted at ``targets`` and which
    is, or is not, a procedural macro crate (``head``: the file's first bytes, for a
    ``#!`` line). Cargo and editor configuration runs when the
    project is built or opened: build time. Scripts and CI workflows are tooling, like
    tests, until something that runs names them (crate.py)."""
    if path in build_scripts or path.startswith("build/"):
        return Context.BUILD
    if path in targets:
        return Context.PROC_MACRO if proc_macro else Context.LIBRARY
    kind = file_kind(path, head)
    if kind in ("cargo-config", "editor-task", "tool-hook"):
        return Context.BUILD
    top = path.split("/", 1)[0]
    if top in ("tests", "benches", "examples") or kind in ("script", "ci-workflow"):
        return Context.TEST
    return Context.PROC_MACRO if proc_macro else Context.LIBRARY


def file_kind(path: str, data: bytes = b"") -> str:
    """What a file is, for the rules that read only some kinds: "rust", "script" (by
    suffix, or a ``#!`` line), "cargo-config" (``.cargo/config``, ``.cargo/config.toml``),
    "editor-task" (``.vscode/tasks.json`` and ``settings.json``, a dev container's
    ``devcontainer.json``, ``rust-toolchain.toml``, a project's ``rust-analyzer.toml``,
    cargo-nextest's ``.config/nextest.toml``,
    ``cargo-generate.toml``: configuration that runs commands), "tool-hook" (the hooks of
    Trunk, mdBook, cargo-release, pre-commit, lefthook: ``hooks.HOOK_CONFIGURATION``),
    "ci-workflow" (GitHub, GitLab and other CI definitions), "native" (C, C++ and assembly
    sources), or "" for anything else."""
    if path.endswith(".rs"):
        return "rust"
    name = posixpath.basename(path)
    folder = posixpath.dirname(path)
    if folder.endswith(".cargo") and name in ("config", "config.toml"):
        return "cargo-config"
    if folder.endswith(".vscode") and name in ("tasks.json", "settings.json"):
        return "editor-task"
    if (folder.endswith(".config") and name == "nextest.toml") or name == "cargo-generate.toml":
        return "editor-task"  # a test runner's setup scripts, a project template's hooks
    if name in HOOK_CONFIGURATION:
        return "tool-hook"
    if name in _RUN_CONFIGURATION or (
        name == "devcontainer.json" and folder.endswith(".devcontainer")
    ):
        return "editor-task"
    if (folder.endswith((".github/workflows", ".gitea/workflows", ".forgejo/workflows"))) or (
        name in (".gitlab-ci.yml", ".travis.yml", "azure-pipelines.yml", "appveyor.yml")
    ):
        return "ci-workflow"
    if name.endswith(_SCRIPT_SUFFIXES) or name == "CMakeLists.txt" or data.startswith(b"#!"):
        return "script"
    if name.endswith((".html", ".htm")):
        return "web-page"
    if name.endswith(_NATIVE_SUFFIXES):
        return "native"
    return ""


def analyze_file(
    path: str,
    data: bytes,
    context: Context,
    rules: tuple[Rule, ...] | None = None,
    *,
    rust: bool | None = None,
    read: Callable[[str], bytes | None] | None = None,
) -> FileScan:
    """Every rule hit in one file, and its unsafe counts (Rust files only). ``rust``
    says whether the file is Rust whatever its suffix (a file ``include!``d or a crate
    root); ``read`` gives the crate's files by path, for ``include_str!`` data."""
    plan = _plan(load_rules() if rules is None else rules)
    kind = "rust" if rust else file_kind(path, data[:2])
    rust = kind == "rust"
    # Tests, benches and examples are never built by the crates that depend on this one
    # and never count for its verdict. They are a tenth of the Rust a crate ships, so
    # they are not parsed: the rules for code and string literals read them as written.
    # (One that library or build code compiles in is scanned again in that code's
    # context: crate.py.)
    parsed = rust and context is not Context.TEST and len(data) <= MAX_PARSED_BYTES
    scopes = _RAW_SCOPES if parsed else _UNPARSED_SCOPES if rust else (Scope.TEXT,)
    if kind in ("script", "editor-task", "tool-hook", "ci-workflow", "web-page"):
        scopes = _RUNNING_SCOPES
    # What can match the file as written: a superset of what can match its code view.
    raw_hits = plan.prefilter.candidates(data)
    raw_rules = [
        rule
        for scope in scopes
        for rule in plan.by_scope[scope]
        if rule.id in raw_hits
        and (not rule.files or kind in rule.files)
        and (not rule.contexts or scope is Scope.FLOW or context.value in rule.contexts)
    ]
    scripted = kind in ("script", "web-page") and _MAY_HIDE.search(data) is not None
    if not rust and not raw_rules and not scripted:
        return FileScan([], UnsafeCounts())
    lines = Lines(data)
    found: list[Evidence] = []
    for rule in raw_rules:
        found += _matches(rule, path, lines.text, context, lines, plan.first_only)
    if scripted:  # what a script's or page's literals decode to
        found += _decoded_matches(plan, script_strings(lines.text), path, context, lines)
    if not parsed:
        return FileScan(_capped(found), UnsafeCounts())
    lexed = None if found else _lexed(data, context)
    in_code = None  # (the lexer's code view is the parse's: the rules for code read either)
    if lexed is not None:
        in_code = _code_matches(plan, raw_hits, lexed.source, path, context, lines)
        unparsed = [e for e in in_code if e.rule in plan.unparsed]
        if len(unparsed) == len(in_code) and not _literal_matches(
            plan, lexed.source, path, context, lines
        ):
            # all it gives is what its items tell (unsafe code, modules declared) and hits
            # of steps that make no file worth parsing (``Rule.parse``)
            items = itemised(lexed)
            if items is not None:
                evidence = unparsed + _syntax_evidence(plan, items, path, context, lines)
                return _file_scan(evidence, items, plan, context)
    source = parse_rust(data)
    if read is not None and source.data_includes:
        _read_included(
            source, path, read, [i for i in source.data_includes if not _in_tests(source, i[1])]
        )
    if in_code is None:
        in_code = _code_matches(plan, raw_hits, source, path, context, lines)
    found += in_code
    found += _syntax_evidence(plan, source, path, context, lines)
    found += _literal_matches(plan, source, path, context, lines)
    found = _unexcused(found, plan)
    for rule in plan.by_scope[Scope.FLOW]:
        if rule.contexts and context.value not in rule.contexts:
            continue
        whole_file = rule.whole_file or context is Context.BUILD
        found += _flows(rule, found, source, whole_file, lines)
    return _file_scan(found, source, plan, context)


def _file_scan(
    found: list[Evidence], source: RustSource, plan: _Plan, context: Context
) -> FileScan:
    """What a Rust file gives the crate's scan: ``found`` (its hits) placed in its
    regions, and what its items tell."""
    steps = tuple(
        (e.rule, e.line) for e in found if e.rule in plan.steps and not _in_tests(source, e.line)
    )
    evidence = _placed(_capped(_first_capability_hits(found, plan.capabilities)), source)
    building = context is Context.BUILD
    return FileScan(
        evidence,
        source.unsafe,
        _gated_modules(source),
        _compiled_in(source),
        steps,
        tuple(m for m in source.modules if not _in_tests(source, m.line)),
        tuple(p for p, line in source.includes if not _in_tests(source, line)),
        _named_files(source) if building else (),
        _generated(source) if building else None,
        tuple(p for p, line in source.data_includes if not _in_tests(source, line)),
    )


def _unexcused(found: list[Evidence], plan: _Plan) -> list[Evidence]:
    """``found`` less the hits of rules that another hit of the file excuses (a service
    installed only once the user said yes is the user's doing)."""
    if not plan.excused:
        return found
    hits = {e.rule for e in found}
    excused = {rule for rule, unless in plan.excused.items() if rule in hits and unless & hits}
    return [e for e in found if e.rule not in excused] if excused else found


def _lexed(data: bytes, context: Context) -> Lexed | None:
    """The lexer's reading of a Rust file, when it may give all that a parse would find
    unless a rule matches its code or its literals (which the caller asks): it holds
    nothing only the syntax tree tells (extern blocks, linked libraries, files compiled in
    with ``include!``; what its items tell is read from its tokens, ``lexed_items.py``,
    where that is exact), and it is no build script (whose literals name what it runs and
    writes). Most library files are such, and the parse is most of a file's cost."""
    if context is Context.BUILD:
        return None
    if any(word in data and pattern.search(data) for word, pattern in _TREE_NEEDED):
        return None
    lexed = lexed_rust(data)
    if lexed is None or foreign(lexed.view):
        return None  # an extern block (in the code view: its ABI and comments blanked)
    return lexed


def _code_matches(
    plan: _Plan,
    raw_hits: set[str],
    source: RustSource,
    path: str,
    context: Context,
    lines: Lines,
) -> list[Evidence]:
    """Hits of the rules for code on a file's code view (comments and literals blanked,
    imported names written out as paths), where its bytes may match one."""
    found: list[Evidence] = []
    if not any(rule.id in raw_hits for rule in plan.by_scope[Scope.CODE]):
        return found
    code = _resolved_code(source.code, plan)
    code_hits = plan.prefilter.candidates(source.code_bytes if code is None else code)
    for rule in plan.by_scope[Scope.CODE]:
        if rule.id in code_hits:
            code_view = source.code if code is None else code
            found += _matches(
                rule, path, code_view, context, lines, plan.first_only, _declared_only
            )
    return found


#: a name where it is declared, not used: a function declared without a body (`fn
#: VirtualAlloc(..) -> P;` in an `extern` block, a trait's required method), a constant
#: or static defined (`const PAGE_EXECUTE: DWORD = 0x10;`): a bindings crate declares
#: thousands of what the rules look for where code calls or passes it
_DECLARED_FUNCTION: Final = re.compile(r"\bfn\s+\Z")
_DEFINED_VALUE: Final = re.compile(r"\b(const|static)\s+(mut\s+)?\Z")
_DECLARING: Final = 24  # characters before a name looked at for the keyword
_SIGNATURE: Final = 2_000  # characters after a declared function's name: its signature


def _declared_only(view: str, match: re.Match[str]) -> bool:
    """Whether a hit on the code view is a name's own declaration: a function's without
    a body, or a constant's (a definition with a body may be an entry point a rule
    names, such as `DllMain`)."""
    start = match.start()
    if _DEFINED_VALUE.search(view, max(0, start - _DECLARING), start):
        return True
    if not _DECLARED_FUNCTION.search(view, max(0, start - _DECLARING), start):
        return False
    # its parameters and return type, up to `;` or a body's `{`, within bounds (a file of
    # hostile repeated names costs no more than its length times this)
    end = match.end()
    ends = [
        i
        for i in (view.find(";", end, end + _SIGNATURE), view.find("{", end, end + _SIGNATURE))
        if i >= 0
    ]
    return bool(ends) and view[min(ends)] == ";"


def _syntax_evidence(
    plan: _Plan, source: RustSource, path: str, context: Context, lines: Lines
) -> list[Evidence]:
    """Evidence of the rules for what the syntax tree tells (unsafe code, foreign code)."""
    found = []
    for rule in plan.by_scope[Scope.SYNTAX]:
        line = source.facts.get(rule.syntax)
        if line is not None:
            found.append(Evidence(rule.id, path, line, lines(line), context))
    return found


def _literal_matches(
    plan: _Plan, source: RustSource, path: str, context: Context, lines: Lines
) -> list[Evidence]:
    """Hits of the rules for literals on a file's literals, and on what they and its
    arrays decode to."""
    strings = _StringsView([(s.line, s.text) for s in source.strings], written=True)
    found = _view_matches(plan, strings, None, Scope.STRINGS, path, context, lines)
    return found + _decoded_matches(plan, decoded_strings(source), path, context, lines)


def _decoded_matches(
    plan: _Plan, decoded: list[Decoded], path: str, context: Context, lines: Lines
) -> list[Evidence]:
    """Hits of the ``strings`` rules on decoded strings, and of the ``decoded`` rules on
    those that were hidden (not merely assembled in plain sight)."""
    obfuscated = [d for d in decoded if d.obfuscated]
    views = (
        (_StringsView([(d.line, d.text) for d in decoded]), decoded, Scope.STRINGS),
        (_StringsView([(d.line, d.text) for d in obfuscated]), obfuscated, Scope.DECODED),
    )
    return [
        hit
        for view, items, scope in views
        for hit in _view_matches(plan, view, items, scope, path, context, lines)
    ]


def _view_matches(
    plan: _Plan,
    view: _StringsView,
    items: list[Decoded] | None,
    scope: Scope,
    path: str,
    context: Context,
    lines: Lines,
) -> list[Evidence]:
    found: list[Evidence] = []
    view_hits = plan.prefilter.candidates(view.text) if view.text else set()
    for rule in plan.by_scope[scope]:
        if rule.id in view_hits and (not rule.contexts or context.value in rule.contexts):
            found += view.matches(rule, path, context, lines, items)
    return found


def evaluated_evidence(
    path: str,
    data: bytes,
    context: Context,
    found: list[Decoded],
    hidden: list[Decoded],
    rules: tuple[Rule, ...] | None = None,
) -> list[Evidence]:
    """The hits of the ``strings`` rules on strings rebuilt across a crate's files
    (``constants.py``): ``found`` put together in plain sight, ``hidden`` rebuilt from an
    encoding, also read by the ``decoded`` rules, as the decoded strings of a file are."""
    plan = _plan(load_rules() if rules is None else rules)
    lines = Lines(data)
    evidence: list[Evidence] = []
    for items, scope in ((found + hidden, Scope.STRINGS), (hidden, Scope.DECODED)):
        view = _StringsView([(d.line, d.text) for d in items])
        evidence += _view_matches(plan, view, items, scope, path, context, lines)
    return evidence


def _read_included(
    source: RustSource,
    path: str,
    read: Callable[[str], bytes | None],
    includes: list[tuple[str, int]],
) -> None:
    """``include_str!`` and ``include_bytes!`` data of the crate's own text files, added to
    ``source``'s literals at the line of the macro: the rules for literals and the
    decoders read it as the literal it is at run time (bounded)."""
    budget = MAX_INCLUDED_PER_FILE
    added = []
    for written, line in includes:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(path), written))
        data = read(target) if budget > 0 else None
        if data is None or b"\0" in data[:4096]:
            continue  # not the crate's, or binary: include_bytes! is a rule of its own
        data = data[: min(MAX_INCLUDED_BYTES, budget)]
        budget -= len(data)
        added.append(Literal(line, data.decode("utf-8", errors="replace")))
    if added:
        source.strings = sorted(source.strings + added, key=lambda s: s.line)


def _named_files(source: RustSource) -> tuple[str, ...]:
    """A build script's literals that look like relative file names (``scripts/x.sh``)."""
    named = []
    for literal in source.strings:
        text = literal.text
        if (
            2 < len(text) < 260
            and _FILE_NAME.fullmatch(text)
            and not _in_tests(source, literal.line)
        ):
            named.append(text)
            if len(named) >= MAX_NAMED_FILES:
                break
    return tuple(named)


def _generated(source: RustSource) -> tuple[str, str] | None:
    """The code a build script writes to a file ending in ``.rs`` under ``OUT_DIR``: its
    string literals (``fs::write(out.join("gen.rs"), "...")``, ``writeln!``), unescaped
    and joined, bounded; None when it writes no such file."""
    texts = [s.text for s in source.strings]
    names = [t for t in texts if len(t) < 200 and _GENERATED_NAME.search(t)]
    if not names or "OUT_DIR" not in texts:
        return None
    parts: list[str] = []
    size = 0
    for text in texts:
        # short literals are names and options (`"linux"`, `"x"`), except code's own
        # punctuation (`"];"`, `"#[used]"`) that keeps the generated items apart
        if text in names or (len(text) < 8 and not _CODE_PUNCTUATION.search(text)):
            continue
        part = _ESCAPES.sub(
            lambda m: _UNESCAPED[m.group()], _PLACEHOLDER.sub(BUILD_TIME_VALUE, text)
        )
        parts.append(part)
        size += len(part) + 1
        if size >= MAX_GENERATED_BYTES:
            break
    name = posixpath.basename(names[0])
    return (f"OUT_DIR/{name}", "\n".join(parts)[:MAX_GENERATED_BYTES]) if parts else None


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
    unparsed: frozenset[str]  # rules whose hits make no file worth parsing (``Rule.parse``)
    prefilter: Prefilter
    # rules (not flows) that a hit of another in the same file excuses: their ``unless``
    excused: dict[str, frozenset[str]]


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
            frozenset(rule.id for rule in rules if not rule.parse),
            Prefilter(rules),
            {r.id: r.unless for r in rules if r.unless and r.scope is not Scope.FLOW},
        )
        _PLANS[id(rules)] = plan
    return plan


class Lines:
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
    lines: Lines,
    first_only: frozenset[str],
    skip: Callable[[str, re.Match[str]], bool] | None = None,
) -> list[Evidence]:
    """Hits of a rule on a whole-file view whose lines are the file's lines, less those
    ``skip`` says are no hit."""
    assert rule.pattern is not None
    found = []
    line, counted = 1, 0
    for match in rule.pattern.finditer(view):
        if rule.min_entropy and entropy(match.group()) < rule.min_entropy:
            continue
        if skip is not None and skip(view, match):
            continue
        line += view.count("\n", counted, match.start())
        counted = match.start()
        found.append(Evidence(rule.id, path, line, lines(line), context))
        if rule.id in first_only or len(found) >= MAX_HITS_PER_RULE:
            break
    return found


_EXCERPT: Final = 60  # characters of a decoded text shown with a hit in it
_LINE_END: Final = " ; "  # what a line break of a string is in ``_StringsView``


def _offset_in(text: str, at: int) -> int:
    """Where offset ``at`` of ``text`` as ``_StringsView`` writes it is in ``text``."""
    offset = 0
    for line in text.split("\n"):
        if at <= len(line):
            return offset + at
        at -= len(line) + len(_LINE_END)
        offset += len(line) + 1
    return offset


class _StringsView:
    """Many strings as one text, one per line, so that each rule runs once per file."""

    def __init__(self, items: list[tuple[int, str]], written: bool = False) -> None:
        """``written``: the strings are literals as written, where a line break may
        be the escape ``\\n``."""
        self.lines = [line for line, _ in items]
        # a line break ends a command, as in a script
        self.text = "\n".join(
            (content.replace("\\n", _LINE_END) if written else content).replace("\n", _LINE_END)
            for _, content in items
        )

    def matches(
        self,
        rule: Rule,
        path: str,
        context: Context,
        source_lines: Lines,
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
                # the part that matched, in a long text (a script, a snippet of code)
                at = _offset_in(
                    item.text, match.start() - (self.text.rfind("\n", 0, match.start()) + 1)
                )
                start = 0 if at < _EXCERPT else at - _EXCERPT // 3
                excerpt = ("…" if start else "") + item.text[start : start + _EXCERPT]
                snippet = f"{snippet} => {item.how}: {excerpt!r}"
            if found and found[-1].line == line and found[-1].snippet == snippet:
                continue  # another literal of the same line: the line is reported once
            found.append(Evidence(rule.id, path, line, snippet, context))
            if len(found) >= MAX_HITS_PER_RULE:
                break
        return found


def _flows(
    rule: Rule,
    found: list[Evidence],
    source: RustSource,
    whole_file: bool,
    lines: Lines,
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
        lines_per_group = [sorted({ln for ln, r in inside if r in g}) for g in rule.requires]
        steps = distinct_steps(lines_per_group, one_line=rule.one_line)
        if steps and not any(_overlap(region, done) for done, _ in flows):
            flows.append((region, max(steps)))
    return [
        Evidence(rule.id, found[0].file, line, lines(line), found[0].context) for _, line in flows
    ]


def distinct_steps(
    candidates: list[list[int]], per_group: int = 8, one_line: bool = False
) -> tuple[int, ...] | None:
    """One line per group of a flow, the last as early as can be, where the last step
    (what runs or sends) is not on the first step's line unless ``one_line``; None when
    there is no such choice. A ``curl`` call may fetch and write at once, but it does not
    also run what it fetched."""
    best: tuple[int, ...] | None = None
    for choice in product(*(lines[:per_group] for lines in candidates)):
        apart = one_line or choice[-1] != choice[0]
        if apart and (best is None or max(choice) < max(best)):
            best = choice
    return best


def _resolved_code(code: str, plan: _Plan) -> str | None:
    """The code view with the names it imports written out as their paths where a
    ``code`` rule matches the path (``imports.py``), or ``None`` if there are none."""
    rules = plan.by_scope[Scope.CODE]
    known = _WANTED_PATHS.setdefault(id(plan), {})

    def wanted(path: str) -> bool:
        answer = known.get(path)
        if answer is None:
            probe = f"{path}(\n{path}::x("
            candidates = plan.prefilter.candidates(probe)
            answer = any(
                rule.id in candidates and rule.pattern is not None and rule.pattern.search(probe)
                for rule in rules
            )
            if len(known) < 1 << 16:
                known[path] = answer
        return answer

    return resolve_imports(code, wanted)


# per rule plan: whether a code rule matches an imported path (the same paths recur)
_WANTED_PATHS: dict[int, dict[str, bool]] = {}


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
