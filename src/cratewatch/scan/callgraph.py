"""The crate's own call graph, so that a flow can span functions, threads and files.

Malware splits its steps so that each looks ordinary: one helper fetches, another writes
the bytes, a background thread started elsewhere runs them. ``analyze.py`` finds the steps
of a flow rule (download, write, execute) when they meet in one function, impl block or
build script. Here the steps found anywhere in a compilation unit (the library and its
binaries, or the build script) are joined along the calls between the crate's own
functions: a function whose callees, up to ``MAX_DEPTH`` calls deep, take every step of a
flow is where that flow is reported, with the path to each step.

Calls are resolved by name, which is what a crate's own code allows without type
inference: ``f()`` and ``module::f()`` lead to the functions named ``f`` outside impl
blocks, ``Type::f()`` to those of ``Type``'s impls, ``x.f()`` to the methods named ``f``
(a macro's tokens alike), and a function named as a value (``thread::spawn(worker)``,
``Lazy::new(init)``, a table of ``fn`` pointers) is called where it is named. Closures
are part of the function they are written in, so ``thread::spawn(move || run())`` calls
``run``. A name defined more than ``MAX_CANDIDATES`` times (``new``, ``fmt``) is too
ambiguous to follow.

To keep ordinary programs, whose ``main`` reaches everything, from joining unrelated
steps, a flow is reported only where it is compact: the reporting function reaches at
most ``MAX_REACH`` functions, and it and the functions on the paths to its steps span at
most ``MAX_FLOW_LINES`` lines. A payload spread over helpers is small; a command
dispatcher, or a tool that downloads in one subsystem and runs commands in another, is
not.

Entry points are named in the evidence, because they decide when the code runs: the
build script's ``main``, procedural macros, load-time initialisers (statics in
``.init_array`` / ``.CRT$XCU`` sections, ``#[ctor]``), ``Drop`` and ``Default`` impls,
lazily initialised statics, and the library's public functions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, cached_property
from itertools import combinations, product
from typing import Any, Final, NamedTuple

from cratewatch.scan.imports import imported_aliases
from cratewatch.scan.syntax import BUILD_TIME_VALUE, node_text, parser, syntax_tree

__all__ = [
    "FOREIGN_TRAIT",
    "HIDDEN_TRAITS",
    "MAX_DEPTH",
    "MAX_FLOW_LINES",
    "Branches",
    "CallGraph",
    "Function",
    "JoinedFlow",
    "arms_holding",
    "exclusive_arms",
    "file_functions",
    "join_flow",
]

MAX_DEPTH: Final = 4  # calls followed from the function that reports a flow
MAX_CANDIDATES: Final = 4  # more definitions of one name: too ambiguous to follow
MAX_FLOW_LINES: Final = 400  # lines of the functions a reported flow spans
MAX_REACH: Final = 40  # a function reaching more is a dispatcher: its steps are unrelated
_OPTIONS: Final = 8  # the nearest hits of each group tried as its step

_QUERY: Final = """
(function_item name: (identifier) @name) @function
(static_item name: (identifier) @name) @function
(const_item name: (identifier) @name) @function
(macro_invocation macro: (identifier) @_lazy (#eq? @_lazy "lazy_static")) @function
(macro_definition name: (identifier) @name) @function
(macro_invocation macro: (identifier) @macro)
(call_expression function: (identifier) @call)
(call_expression function: (scoped_identifier) @scoped)
(call_expression function: (field_expression field: (field_identifier) @method))
(call_expression function: (generic_function function: (identifier) @call))
(call_expression function: (generic_function function: (scoped_identifier) @scoped))
(call_expression
  function: (generic_function function: (field_expression field: (field_identifier) @method)))
(arguments (identifier) @value)
(arguments (scoped_identifier) @scoped_value)
(field_initializer value: (scoped_identifier) @scoped_value)
(reference_expression value: (scoped_identifier) @scoped_value)
(let_declaration value: (scoped_identifier) @scoped_value)
(array_expression (scoped_identifier) @scoped_value)
(field_expression value: (scoped_identifier) @scoped_value)
(index_expression (scoped_identifier) @scoped_value)
(static_item value: (identifier) @value)
(array_expression (identifier) @value)
(field_initializer value: (identifier) @value)
(field_expression value: (identifier) @value)
(reference_expression value: (identifier) @value)
(let_declaration value: (identifier) @value)
(for_expression value: (identifier) @value)
(index_expression (identifier) @value)
(token_tree (identifier) @call . (token_tree))
(token_tree (identifier) @value)
(attribute_item) @attribute
"""
# attributes that make a function run without being called by the crate's own code
_ENTRY_ATTRIBUTES: Final = (
    (re.compile(rb"#\[\s*proc_macro(_derive|_attribute)?\b"), "procedural macro"),
    (re.compile(rb"#\[\s*(ctor::)?ctor\s*\]"), "load-time initialiser"),
    (re.compile(rb"#\[\s*(ctor::|dtor::)?dtor\s*\]"), "exit-time finaliser"),
    # a module's initialiser, run by the host that loads it: Python, Node, Lua, the browser
    (
        re.compile(
            rb"#\[\s*([\w:]*::)?(pymodule|lua_module|module_init|napi\s*\(\s*module_init"
            rb"|wasm_bindgen\s*\(\s*start)\b"
        ),
        "load-time initialiser",
    ),
    (re.compile(rb"#\[\s*(unsafe\s*\(\s*)?(no_mangle|export_name\b)"), "exported symbol"),
)
# a static placed in a slice the linker gathers (linkme): a framework iterates it, and
# calls the functions it holds (start-up hooks, plugins, routes) without a call in sight
_SLICE: Final = re.compile(rb"#\[\s*(linkme::)?distributed_slice\b")
# exported symbols a loader calls by convention when it loads the library: the JVM, SQLite,
# PostgreSQL, CPython, Lua, Ruby, Node, the BEAM and Windows
_LOADER_SYMBOL: Final = re.compile(
    r"^(JNI_OnLoad|JNI_OnUnload|sqlite3_\w*_init|sqlite3_extension_init|_PG_init|_PG_fini"
    r"|PyInit_\w+|luaopen_\w+|Init_\w+|napi_register_module_v\d+|nif_init|DllMain)$"
)
# statics the loader calls: a function pointer placed in an initialiser, finaliser or (on
# Windows) thread-callback section (.CRT$XL*), or in
# code a build script generates, a section it names at build time (a function pointer
# in a section nobody can read in the source is placed there to be called)
_INIT_SECTION: Final = re.compile(
    rb"link_section\s*=\s*(\"(\.init_array|\.ctors|\.fini_array|\.dtors|\.CRT\$X[CLIPT][A-Z]"
    rb"|__DATA,__mod_init_func|__DATA,__mod_term_func)|%s)" % BUILD_TIME_VALUE.encode()
)
# assembly that puts a pointer in a loader's initialiser section (`global_asm!`)
_GLOBAL_ASM: Final = re.compile(rb"global_asm!\s*[({\[]([^;]{0,20000}?)[)}\]]\s*;")
_ASM_INIT_SECTION: Final = re.compile(
    rb"\.(init_array|ctors|fini_array|dtors)\b|\.CRT\$X[CLIPT]|__mod_init_func|__mod_term_func"
)
_ASM_SYMBOL: Final = re.compile(
    rb"\bsym\s+(?:[\w:]*::)?(\w+)|\.(?:quad|long|word|dword)\s+([A-Za-z_]\w*)"
)
# functions registered to run later: on a panic, at exit
_HOOK: Final = re.compile(
    rb"\b(set_hook|atexit|pthread_atfork|set_handler|on_thread_start|on_thread_stop|"
    rb"register_signal|register)\s*\(\s*(?:[^,()]*,\s*)?(?:Some\s*\(\s*)?"
    rb"(?:Box::new\s*\(\s*)?([A-Za-z_][\w:]*)\s*\)"
)
_HOOKS: Final = {
    "set_hook": "panic hook",
    "atexit": "exit-time finaliser",
    "pthread_atfork": "fork handler",
    "set_handler": "signal handler",
    "register_signal": "signal handler",
    "register": "registered callback",
    "on_thread_start": "thread start hook",
    "on_thread_stop": "thread start hook",
}
# what makes a static's initialiser run on first use
_LAZY: Final = (b"Lazy", b"OnceLock", b"OnceCell", b"LazyLock", b"LazyCell")
# standard traits whose methods the language or the standard library call on the user's
# behalf: code in them runs where nobody reads a call
_TRAIT_ENTRIES: Final = {
    "Drop": "Drop (runs when a value is dropped)",
    "Default": "Default (runs when a default value is made)",
    "Deref": "Deref (runs on every dereference)",
    "DerefMut": "DerefMut (runs on every dereference)",
    "Display": "Display (runs when formatted)",
    "Debug": "Debug (runs when formatted)",
    "FromStr": "FromStr (runs when a string is parsed)",
    "From": "From (runs on every conversion, and behind ?)",
    "TryFrom": "TryFrom (runs on every conversion)",
    "Iterator": "Iterator (runs on every step of a loop)",
    "PartialEq": "PartialEq (runs on every comparison)",
    "PartialOrd": "PartialOrd (runs on every comparison)",
    "Ord": "Ord (runs on every comparison and sort)",
    "Hash": "Hash (runs when hashed into a map)",
    "Clone": "Clone (runs on every copy)",
    "AsRef": "AsRef (runs on every conversion)",
    "Index": "Index (runs on every indexing)",
    "Deserialize": "Deserialize (runs when data is read)",
    "Serialize": "Serialize (runs when data is written)",
    "Future": "Future (runs when awaited)",
    "Wake": "Wake (runs when a task is woken)",
    "Hasher": "Hasher (runs when hashed into a map)",
    "BuildHasher": "BuildHasher (runs when a map is made or hashed into)",
    "ToSocketAddrs": "ToSocketAddrs (runs when a connection resolves its address)",
    "Sum": "Sum (runs when an iterator is summed)",
    "Product": "Product (runs when an iterator is multiplied)",
    "Extend": "Extend (runs when a collection is extended)",
    "FromIterator": "FromIterator (runs when an iterator is collected)",
    "IntoIterator": "IntoIterator (runs in every for loop)",
    "Borrow": "Borrow (runs on every map lookup)",
    "Write": "Write (runs on every write)",
    "Read": "Read (runs on every read)",
    "Error": "Error (runs when an error is reported)",
    "Add": "Add (runs on every +)",
    "Sub": "Sub (runs on every -)",
    "Mul": "Mul (runs on every *)",
    "Div": "Div (runs on every /)",
    "Neg": "Neg (runs on every unary -)",
    "Not": "Not (runs on every !)",
    "RngCore": "RngCore (runs whenever random bytes are drawn)",
    "Subscriber": "Subscriber (runs on every tracing event)",
    "Layer": "Layer (runs on every tracing event)",
    "Log": "Log (runs on every log record)",
}
HIDDEN_TRAITS: Final = tuple(_TRAIT_ENTRIES)
#: The entry of a method of any other trait's impl: a framework's or a library's trait
#: (``Termination``, ``Stream``, ``Plugin``) is called by its code, unless the crate
#: defines the trait itself
FOREIGN_TRAIT: Final = "impl of "


class Function(NamedTuple):
    """A node of the call graph: a function or method, a static or constant (its
    initialiser), a ``lazy_static!`` block, or a ``macro_rules!`` macro (``name!``)."""

    file: str
    name: str
    first: int  # 1-based lines, inclusive
    last: int
    method: bool  # defined in an impl or trait block
    entry: str  # why it runs without being called ("" for none)
    calls: frozenset[str]  # names called as functions, and macros invoked (``name!``)
    methods: frozenset[str]  # names called as methods
    values: frozenset[str]  # names used as values (a function passed, stored or spawned)
    # ``a::b::f()`` and ``b::f`` as a value: (``b``, ``f``), resolved by the qualifier
    qualified: frozenset[tuple[str, str]] = frozenset()
    owner: str = ""  # the type of the impl block a method is in
    kind: str = "fn"  # "fn", "static" (statics, constants, lazy_static!) or "macro"

    @property
    def lines(self) -> int:
        return self.last - self.first + 1


class JoinedFlow(NamedTuple):
    """A flow whose steps are taken by ``root`` and the functions it calls."""

    root: Function
    steps: tuple[tuple[str, str, int, tuple[str, ...]], ...]  # (rule, file, line, call path)


@cache
def _query() -> Any:
    from tree_sitter import Query

    return Query(parser().language, _QUERY)


def file_functions(path: str, data: bytes, public_entries: bool) -> list[Function]:
    """The functions of one Rust file with the names each calls. ``public_entries``:
    the file is library code, whose ``pub fn`` items are entry points."""
    from tree_sitter import QueryCursor

    tree = syntax_tree(data)
    captures: dict[str, list[Any]] = QueryCursor(_query()).captures(tree.root_node)
    nodes = sorted(captures.get("function", []), key=lambda n: n.start_byte)
    if not nodes:
        return []
    starts = [n.start_byte for n in nodes]
    spans = _Spans(starts, [n.end_byte for n in nodes])
    names: list[str] = ["lazy_static" if n.type == "macro_invocation" else "" for n in nodes]
    for name in captures.get("name", []):
        index = bisect_right(starts, name.start_byte) - 1
        if index >= 0 and nodes[index].id == name.parent.id:
            suffix = "!" if nodes[index].type == "macro_definition" else ""
            names[index] = node_text(name) + suffix
    used: list[dict[str, set[str]]] = [
        {"call": set(), "method": set(), "value": set()} for _ in nodes
    ]
    qualified: list[set[tuple[str, str]]] = [set() for _ in nodes]
    for kind in ("call", "method", "value", "macro", "scoped", "scoped_value"):
        for node in captures.get(kind, []):
            owner = spans.innermost(node.start_byte)
            if owner is None:
                continue
            text = node_text(node)
            before = node.prev_sibling if kind == "call" else None
            if before is not None and before.type in ("::", "."):
                # a call among a macro's tokens, of a path or a method (`vec![Addr::new(..)]`)
                if before.type == ".":
                    used[owner]["method"].add(text)
                else:
                    qualifier = node_text(before.prev_sibling)
                    qualified[owner].add((qualifier, text))
            elif kind == "macro":
                used[owner]["call"].add(text + "!")
            elif kind in ("scoped", "scoped_value"):
                qualifier, _, leaf = text.replace(" ", "").rpartition("::")
                qualified[owner].add((qualifier.rsplit("::", 1)[-1].split("<", 1)[0], leaf))
            else:
                used[owner][kind].add(text)
    sections = _initialiser_values(captures.get("attribute", [])) | _assembly_initialisers(data)
    hooks = _hooked(data)
    # a call of `p` after `use crate::nft::label as p;` is one of `label` too
    aliases = dict(imported_aliases(data))
    if aliases:
        for uses in used:
            for kind in ("call", "value"):
                uses[kind] |= {aliases[n] for n in uses[kind] if n in aliases}
    functions = []
    for index, node in enumerate(nodes):
        method, trait, owner_type = _owner(node)
        entry = _entry(node, names[index], trait, public_entries and not method)
        kind = {"function_item": "fn", "macro_definition": "macro"}.get(node.type, "static")
        functions.append(
            Function(
                file=path,
                name=names[index],
                first=node.start_point[0] + 1,
                last=node.end_point[0] + 1,
                method=method,
                entry=entry
                or ("load-time initialiser" if names[index] in sections else "")
                or hooks.get(names[index], ""),
                calls=frozenset(used[index]["call"]),
                methods=frozenset(used[index]["method"]),
                values=frozenset(used[index]["value"] - used[index]["call"]),
                qualified=frozenset(qualified[index]),
                owner=owner_type,
                kind=kind,
            )
        )
    return functions


class _Spans:
    """Nested spans (functions inside functions, impl blocks, modules), sorted by start:
    which holds a byte, innermost first, in time bounded by the nesting, not the count
    (a call after a thousand functions is not compared with each)."""

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts, self.ends = starts, ends
        self.outer: list[int | None] = []  # the span that holds each, if any
        open_spans: list[int] = []
        for index, start in enumerate(starts):
            while open_spans and ends[open_spans[-1]] <= start:
                open_spans.pop()
            self.outer.append(open_spans[-1] if open_spans else None)
            open_spans.append(index)

    def innermost(self, at: int) -> int | None:
        """The index of the innermost span that holds byte ``at``."""
        index: int | None = bisect_right(self.starts, at) - 1
        while index is not None and index >= 0:
            if self.ends[index] > at:
                return index
            index = self.outer[index]
        return None


def _owner(node: Any) -> tuple[bool, str, str]:
    """Whether the function is a method, the trait its impl block implements and the
    type it is for."""
    parent = node.parent
    if parent is not None and parent.type == "declaration_list":
        block = parent.parent
        if block is not None and block.type == "impl_item":
            trait = block.child_by_field_name("trait")
            kind = block.child_by_field_name("type")
            return True, _last_segment(trait), _last_segment(kind)
        return block is not None and block.type == "trait_item", "", ""
    return False, "", ""


def _last_segment(node: Any) -> str:
    """``Foo`` of ``crate::m::Foo<T>`` (a path or type as written)."""
    return "" if node is None else node_text(node).split("<", 1)[0].rsplit("::", 1)[-1].strip()


def _entry(node: Any, name: str, trait: str, public: bool) -> str:
    if node.type == "macro_definition":
        return ""
    if node.type != "function_item":  # a static, a constant or a lazy_static! block
        if any(_SLICE.match(a.text or b"") for a in _attributes(node)):
            return "registered callback (an element of a link-time slice)"
        text = node.text or b""
        lazy = node.type == "macro_invocation" or any(k in text for k in _LAZY)
        return "lazily initialised static" if lazy else ""
    for attribute in _attributes(node):
        text = attribute.text or b""
        for pattern, why in _ENTRY_ATTRIBUTES:
            if pattern.match(text):
                exported = why == "exported symbol" and _LOADER_SYMBOL.match(name)
                return f"load-time initialiser ({name})" if exported else why
    if trait in _TRAIT_ENTRIES:
        return _TRAIT_ENTRIES[trait]
    if trait:
        return f"{FOREIGN_TRAIT}{trait} (runs when the code the trait belongs to calls it)"
    if name == "main":
        return "main"
    if public and (node.child(0) is not None and node.child(0).type == "visibility_modifier"):
        return "public function"
    return ""


def _attributes(node: Any) -> Iterator[Any]:
    """The outer attributes of an item, nearest first."""
    attribute = node.prev_named_sibling
    while attribute is not None and attribute.type in ("attribute_item", "line_comment"):
        if attribute.type == "attribute_item":
            yield attribute
        attribute = attribute.prev_named_sibling


def _hooked(data: bytes) -> dict[str, str]:
    """Functions handed to the runtime to call later, by name: a panic hook
    (``panic::set_hook(Box::new(report))``), an exit handler (``libc::atexit(cleanup)``)."""
    return {  # the pattern matches ASCII names only
        match.group(2).decode().rsplit("::", 1)[-1]: _HOOKS[match.group(1).decode()]
        for match in _HOOK.finditer(data)
    }


def _assembly_initialisers(data: bytes) -> set[str]:
    """Functions that assembly (``global_asm!``) places in an initialiser section: by a
    ``sym`` operand or a symbol named in a ``.quad`` / ``.long`` / ``.word`` directive."""
    named: set[str] = set()
    for block in _GLOBAL_ASM.finditer(data):
        text = block.group(1)
        if _ASM_INIT_SECTION.search(text):
            for operand, directive in _ASM_SYMBOL.findall(text):
                named.add((operand or directive).decode())
    return named


def _initialiser_values(attributes: list[Any]) -> set[str]:
    """Names of functions that statics in a loader's initialiser section point to."""
    named: set[str] = set()
    for attribute in attributes:
        if not _INIT_SECTION.search(attribute.text or b""):
            continue
        item = attribute.next_named_sibling
        # generated code may hold a stray literal (the placeholder's value) before the item
        skipped = 0
        while item is not None and (
            item.type in ("attribute_item", "line_comment")
            or (item.type in ("ERROR", "expression_statement") and skipped < 3)
        ):
            skipped += item.type not in ("attribute_item", "line_comment")
            item = item.next_named_sibling
        if item is not None and item.type == "static_item":
            value = item.child_by_field_name("value")
            if value is not None:
                named |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", node_text(value)))
    return named


class CallGraph:
    """The functions of one compilation unit and who may call whom."""

    def __init__(self, functions: Iterable[Function]) -> None:
        self.functions = list(functions)
        free: dict[str, list[int]] = {}  # outside impl and trait blocks: a name alone calls them
        methods: dict[str, list[int]] = {}
        for index, function in enumerate(self.functions):
            (methods if function.method else free).setdefault(function.name, []).append(index)
        self._free, self._methods = free, methods
        self._modules: dict[str, str] = {}
        self._within: dict[str, dict[str, list[int]]] = {}
        self._sorted: dict[str, list[tuple[int, int, int]]] = {}
        self.callees: list[tuple[int, ...]] = [
            self._callees(function)
            if function.calls or function.values or function.methods or function.qualified
            else ()  # (most of a bindings crate's constants)
            for function in self.functions
        ]

    def _callees(self, function: Function) -> tuple[int, ...]:
        """The functions a function may call: by name, and by qualifier and name."""
        free = self._free
        found: set[int] = set()
        for names, table in (
            (function.calls, free),
            (function.values, free),
            (function.methods, self._methods),
        ):
            for name in names:
                candidates = table.get(name, ())
                if 0 < len(candidates) <= MAX_CANDIDATES:
                    found.update(candidates)
        for qualifier, name in function.qualified:
            found.update(self._qualified(qualifier, name, free.get(name, [])))
        return tuple(sorted(found))

    @cached_property
    def _by_file(self) -> dict[str, list[int]]:
        by_file: dict[str, list[int]] = {}
        for index, function in enumerate(self.functions):
            by_file.setdefault(function.file, []).append(index)
        return by_file

    def _spans(self, file: str) -> list[tuple[int, int, int]]:
        """A file's functions by their lines: first line, then the longest first (sorted
        once a step in the file is looked for: most files of a bindings crate have none)."""
        spans = self._sorted.get(file)
        if spans is None:
            functions = self.functions
            spans = self._sorted[file] = sorted(
                (functions[i].first, -functions[i].last, i) for i in self._by_file.get(file, ())
            )
        return spans

    def _qualified(self, qualifier: str, name: str, candidates: list[int]) -> list[int]:
        """The items ``qualifier::name`` may be (``candidates``: the functions outside
        impl and trait blocks named ``name``): those of the module (file) or type the
        qualifier names; with a qualifier that names nothing of the crate, an outside
        type's (``Command::new``) is none of the crate's, an outside module's path
        (``fs::write``) falls back to the name alone (``thread::spawn`` is no type's
        ``spawn``)."""
        narrowed = self._holders(name).get(qualifier)
        if narrowed:
            return narrowed[:MAX_CANDIDATES]
        if qualifier in ("self", "Self", "super", "crate") or qualifier[:1].islower():
            return candidates if len(candidates) <= MAX_CANDIDATES else []
        return []

    def _holders(self, name: str) -> dict[str, list[int]]:
        """The items named ``name`` by the module (file) and the type they are in, worked
        out once per name a qualified path asks for (a bindings crate has thousands of
        items and asks for a few)."""
        holders = self._within.get(name)
        if holders is None:
            holders = self._within[name] = {}
            for index in sorted(self._free.get(name, []) + self._methods.get(name, [])):
                function = self.functions[index]
                module = self._modules.get(function.file)
                if module is None:
                    module = self._modules[function.file] = _module(function.file)
                holders.setdefault(module, []).append(index)
                if function.owner != module:
                    holders.setdefault(function.owner, []).append(index)
        return holders

    @cached_property
    def callers(self) -> list[list[int]]:
        """Who calls each function (the reverse of ``callees``)."""
        callers: list[list[int]] = [[] for _ in self.functions]
        for caller, callees in enumerate(self.callees):
            for callee in callees:
                callers[callee].append(caller)
        return callers

    def function_at(self, file: str, line: int) -> int | None:
        """The innermost function holding ``line`` of ``file``."""
        best = None
        for first, negative_last, index in self._spans(file):
            if first > line:
                break
            if -negative_last >= line:
                best = index  # later starts are nested deeper
        return best

    def reach(self, root: int, limit: int = MAX_REACH) -> dict[int, tuple[int, ...]]:
        """Functions ``root`` calls up to ``MAX_DEPTH`` deep, each with the shortest path
        of calls to it (root first); the search stops once it has found more than
        ``limit``, since a function reaching more is a dispatcher that reports no flow
        (and a dense graph would make every search cover it all)."""
        paths: dict[int, tuple[int, ...]] = {root: (root,)}
        queue = deque([root])
        while queue:
            current = queue.popleft()
            path = paths[current]
            if len(path) > MAX_DEPTH:
                continue
            for callee in self.callees[current]:
                if callee not in paths:
                    paths[callee] = (*path, callee)
                    if len(paths) > limit:
                        return paths
                    queue.append(callee)
        return paths


def _module(file: str) -> str:
    """The module a file is: ``net`` for ``src/net.rs`` and ``src/net/mod.rs``."""
    parts = file.removesuffix(".rs").split("/")
    return parts[-2] if parts[-1] == "mod" and len(parts) > 1 else parts[-1]


class Branches(NamedTuple):
    """Where a function names another (every line: ``naming``), and, for lines of a
    function, the arms of each ``match`` it runs once that hold them all (``holding``:
    one set per match, empty where a line is outside its arms; see ``arms_holding``)."""

    naming: Callable[[Function, str], list[int]]
    holding: Callable[[Function, tuple[int, ...]], tuple[frozenset[int], ...]]


def join_flow(
    graph: CallGraph,
    requires: Sequence[frozenset[str]],
    steps: Mapping[int, Sequence[tuple[str, str, int]]],
    late: frozenset[tuple[str, int]] = frozenset(),
    call_line: Callable[[Function, str], int] | None = None,
    branches: Branches | None = None,
) -> list[JoinedFlow]:
    """Where the groups of a flow rule meet along calls and not in one function.

    ``steps`` gives, per function index, the (rule, file, line) hits of the flow's
    rules in its own lines. A function is reported when the functions it reaches take
    one step of each group, none of them takes every step alone (that flow is found in
    that function), none of the functions it reaches is itself such a place (the
    smallest one is reported), and it is compact: it reaches at most ``MAX_REACH``
    functions, and the functions involved span at most ``MAX_FLOW_LINES`` lines. A
    static's initialiser or a macro that takes every step alone is reported too (no
    function of ``analyze.py`` holds it), and so is a function that takes every step
    alone only with steps found after ``analyze.py`` (``late``: their (file, line)).
    ``call_line`` (for a rule whose steps are ordered): the line where a function first
    names another; the groups' steps must then come in their order (a browser started,
    then connected to, is no download run). ``branches``: no two steps may be taken in
    different arms of a ``match`` that a program's ``main`` runs once (``_in_other_arms``)."""
    stepping: dict[int, list[tuple[str, str, int]]] = {}
    for index, hits in steps.items():
        kept = [s for s in hits if any(s[0] in group for group in requires)]
        if kept:
            stepping[index] = kept
    taking = [{i for i, hits in stepping.items() if any(s[0] in g for s in hits)} for g in requires]
    if not all(taking):
        return []
    # functions with the whole flow in their own lines: analyze.py reports those; a
    # static's initialiser or a macro with the whole flow is reported here
    alone = {
        i
        for i in set.intersection(*taking)
        if graph.functions[i].kind == "fn"
        and all(any(s[0] in g and s[1:] not in late for s in stepping[i]) for g in requires)
    }
    callers = graph.callers
    roots = set.intersection(*(_reaching(callers, group) for group in taking))
    candidates: dict[int, tuple[list[tuple[str, str, int, tuple[int, ...]]], set[int]]] = {}
    for root in sorted(roots):
        paths = graph.reach(root)
        if alone.intersection(paths) or len(paths) > MAX_REACH:
            continue
        options = [
            sorted(
                (len(path), rule, file, line, path)
                for index, path in paths.items()
                for rule, file, line in stepping.get(index, ())
                if rule in group
            )[:_OPTIONS]
            for group in requires
        ]
        # one step per group; what runs or sends is not what fetched or read
        best: tuple[tuple[int, str, str, int, tuple[int, ...]], ...] | None = None
        for choice in product(*options):
            distinct = choice[-1][2:4] != choice[0][2:4]
            shorter = best is None or sum(c[0] for c in choice) < sum(c[0] for c in best)
            placed = [c[3:5] for c in choice]
            in_order = call_line is None or _in_order(graph, placed, call_line)
            together = branches is None or not _in_other_arms(graph, placed, branches)
            if distinct and shorter and in_order and together:
                best = choice
        if best is None:
            continue
        chosen = [(rule, file, line, path) for _, rule, file, line, path in best]
        if all(len(step[3]) == 1 for step in chosen) and root in alone:
            continue  # the function alone: found by analyze.py
        candidates[root] = (chosen, {index for step in chosen for index in step[3]})
    flows = []
    for root, (chosen, involved) in candidates.items():
        if any(other != root and other in candidates for other in graph.reach(root)):
            continue  # a function it calls is a smaller place for the same flow
        if sum(graph.functions[i].lines for i in involved) > MAX_FLOW_LINES:
            continue
        flows.append(
            JoinedFlow(
                graph.functions[root],
                tuple(
                    (rule, file, line, tuple(graph.functions[i].name for i in path))
                    for rule, file, line, path in chosen
                ),
            )
        )
    return flows


def _in_order(
    graph: CallGraph,
    steps: list[tuple[int, tuple[int, ...]]],
    call_line: Callable[[Function, str], int],
) -> bool:
    """Whether steps (a line, and the path of calls to the function that takes it, from
    the same root) come in order: of two steps, the first is placed before the second in
    the function where their paths part, at its own line there or at the line that names
    the next function on its path (a place not known is taken to be in order)."""
    for (line_a, path_a), (line_b, path_b) in combinations(steps, 2):
        shared = 0
        while shared < min(len(path_a), len(path_b)) and path_a[shared] == path_b[shared]:
            shared += 1
        where = graph.functions[path_a[shared - 1]]
        place_a, place_b = (
            line if len(path) == shared else call_line(where, graph.functions[path[shared]].name)
            for line, path in ((line_a, path_a), (line_b, path_b))
        )
        if place_a and place_b and place_a > place_b:
            return False
    return True


# what runs its body again or later: a match inside is no choice made once
# (a match of more arms, or past the first matches, is taken as joining its steps, as
# before, and so is a name on more lines: a CLI has a few dozen subcommands, and the check
# runs for every choice of steps)
_MAX_ARMS: Final = 256
_MAX_MATCHES: Final = 64
_MAX_PLACES: Final = 64
_REPEATING: Final = frozenset(
    {"loop_expression", "while_expression", "for_expression", "closure_expression", "function_item"}
)


def _in_other_arms(
    graph: CallGraph, steps: list[tuple[int, tuple[int, ...]]], branches: Branches
) -> bool:
    """Whether two steps (a line, and the path of calls to the function that takes it)
    part in a program's ``main`` in different arms of a ``match`` it runs once: a CLI's
    subcommands (``install-service`` writes a unit and runs systemctl, ``run`` uploads),
    of which one run takes one. Each step is placed at its own line there, or at every
    line that names the next function on its path; one placed outside the arms, or in
    an arm of the other's, is taken with it. (Only ``main`` runs once for certain: a
    command loop's handler dispatches a download, then a run, in two calls.)"""
    for (line_a, path_a), (line_b, path_b) in combinations(steps, 2):
        shared = 0
        while shared < min(len(path_a), len(path_b)) and path_a[shared] == path_b[shared]:
            shared += 1
        where = graph.functions[path_a[shared - 1]]
        if where.name != "main" or where.method:
            continue
        held_a, held_b = (
            branches.holding(
                where,
                (line,)
                if len(path) == shared
                else tuple(branches.naming(where, graph.functions[path[shared]].name)),
            )
            for line, path in ((line_a, path_a), (line_b, path_b))
        )
        if any(a and b and not a & b for a, b in zip(held_a, held_b, strict=True)):
            return True
    return False


def arms_holding(
    matches: list[list[tuple[int, int]]], lines: tuple[int, ...]
) -> tuple[frozenset[int], ...]:
    """For each match (its arms' first and last lines), the arms that hold ``lines``:
    none if a line is outside them all, or if there are more than ``_MAX_PLACES`` lines
    (a name on that many lines is taken as named everywhere)."""
    if not lines or len(lines) > _MAX_PLACES:
        return tuple(frozenset() for _ in matches)
    held = []
    for arms in matches:
        found: set[int] = set()
        for line in lines:
            holding = {index for index, (first, last) in enumerate(arms) if first <= line <= last}
            if not holding:
                found = set()
                break
            found |= holding
        held.append(frozenset(found))
    return tuple(held)


def exclusive_arms(data: bytes, function: Function) -> list[list[tuple[int, int]]]:
    """The arms (first and last lines) of each ``match`` in ``function``'s body (of the
    file ``data``) that is in no loop or closure of it: one arm runs per call."""
    root = syntax_tree(data).root_node
    node = None
    pending = [root]
    while pending:  # down to the function item that starts on the function's first line
        current = pending.pop()
        if current.start_point[0] > function.first - 1 or current.end_point[0] < function.first - 1:
            continue
        if current.type == "function_item" and current.start_point[0] == function.first - 1:
            node = current
            break
        pending.extend(current.named_children)
    body = None if node is None else node.child_by_field_name("body")
    if body is None:
        return []
    found: list[list[tuple[int, int]]] = []
    pending = [body]
    while pending:
        current = pending.pop()
        if current.type in _REPEATING:
            continue
        if current.type == "match_expression":
            block = current.child_by_field_name("body")
            arms = [
                (arm.start_point[0] + 1, arm.end_point[0] + 1)
                for arm in (block.named_children if block is not None else [])
                if arm.type == "match_arm"
            ]
            if 1 < len(arms) <= _MAX_ARMS:
                found.append(arms)
                if len(found) >= _MAX_MATCHES:
                    break
        pending.extend(current.named_children)
    return found


def _reaching(callers: Sequence[Sequence[int]], targets: set[int]) -> set[int]:
    """Functions that reach one of ``targets`` within ``MAX_DEPTH`` calls (targets too)."""
    found = set(targets)
    frontier = list(targets)
    for _ in range(MAX_DEPTH):
        frontier = list(dict.fromkeys(c for f in frontier for c in callers[f] if c not in found))
        found.update(frontier)
        if not frontier:
            break
    return found
