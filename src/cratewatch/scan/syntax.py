"""One pass over a Rust file's syntax tree: everything the rules and unsafe counts need.

The file is parsed with tree-sitter's Rust grammar (malformed code is parsed as far as it
goes) and one query collects, in C, the nodes of interest: comments and string literals
(for the code and strings views), integer arrays (byte strings spelled as numbers),
functions and impl blocks (the units of a flow: download, then write, then run), items under
``#[cfg(test)]`` / ``#[test]`` (test code inside library files) or under another
``#[cfg(...)]`` (such as ``windows``), ``mod name;`` declarations and the paths of
``include!``, ``include_str!`` and ``include_bytes!`` (which files the code compiles in),
and the nodes the unsafe counts are made of.
Walking every node from Python was the scanner's main cost; the query is not. The parse
and the query are now three quarters of a scan's time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import chain
from operator import attrgetter
from typing import Any, Final, NamedTuple

from cratewatch.model.scan import UnsafeCounts

__all__ = [
    "BUILD_TIME_VALUE",
    "TEST_GATE",
    "ByteArray",
    "Literal",
    "ModuleDecl",
    "Region",
    "RustSource",
    "Span",
    "WideArray",
    "attribute_gate",
    "keeping_trees",
    "literal_text",
    "module_path",
    "node_at",
    "parse_rust",
    "parser",
    "scanned_arrays",
    "syntax_tree",
]

_QUERY: Final = """
(line_comment) @comment
(block_comment) @comment
(string_literal) @string
(raw_string_literal) @string
(array_expression) @array
(macro_invocation macro: (identifier) @_vec (token_tree) @array (#eq? @_vec "vec"))
(macro_invocation
  macro: (identifier) @_inc (token_tree (string_literal) @include) (#eq? @_inc "include"))
(macro_invocation
  macro: (identifier) @_data (token_tree (string_literal) @include_data)
  (#any-of? @_data "include_str" "include_bytes"))
(macro_invocation
  macro: (identifier) @_assert (token_tree [(string_literal) (raw_string_literal)] @asserted)
  (#match? @_assert "^(debug_)?assert(_eq|_ne)?$"))
(function_item) @function
(impl_item) @impl
(mod_item name: (identifier) @module !body)
(attribute_item) @attribute
(function_item (function_modifiers "unsafe")) @unsafe_fn
(function_signature_item (function_modifiers "unsafe")) @unsafe_fn
(unsafe_block) @unsafe_block
(impl_item "unsafe") @unsafe_impl
(trait_item "unsafe") @unsafe_trait
(foreign_mod_item) @extern_block
(inner_attribute_item) @inner_attribute
(token_tree "unsafe" @unsafe_in_macro)
(token_repetition "unsafe" @unsafe_in_macro)
"""
# a native library linked (`#[link(name = "z")]`), a foreign name (`link_name`), an item
# placed in a linker section (`link_section`, where load-time initialisers go)
_LINK: Final = re.compile(rb"#\[link")
_CFG: Final = re.compile(rb"^#\[\s*cfg\s*\((.*)\)\s*\]$", re.DOTALL)
# An integer literal as the byte-array check sees it (lowercased): digits, then a type
# suffix; the list form is what an array body must be, whole, to be read as bytes.
_INTEGER: Final = rb"(0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*)(?:[ui](?:8|16|32|64|128|size))?"
_INTEGERS: Final = re.compile(rb"\s*(?:%s\s*,\s*)*%s\s*,?\s*" % (_INTEGER, _INTEGER))
_ONE_INTEGER: Final = re.compile(_INTEGER)
_COMMENT: Final = re.compile(rb"//[^\n]*|/\*.*?\*/", re.DOTALL)
_RADIX: Final = {b"0x": 16, b"0o": 8, b"0b": 2}
_DECIMAL_LIST: Final = b"0123456789, \t\r\n"
_MIN_WIDE: Final = 6  # fewer wide integers are rarely text
_BLANK: Final = bytes(range(256)).maketrans(bytes(range(256)), b" " * 10 + b"\n" + b" " * 245)

# What stands for a format placeholder (`{}`, `{:?}`, `{name}`) in code a build script
# generates with `write!`: a value filled in at build time, written so the code parses.
BUILD_TIME_VALUE: Final = "__build_time_value"

_CONTINUATION: Final = re.compile(rb"\\\r?\n[ \t\r\n]*")  # a backslash at the end of a line
_START_BYTE: Final = attrgetter("start_byte")  # a node's sort key
_ATTRIBUTE_OR_COMMENT: Final = ("attribute_item", "line_comment", "block_comment")


class Literal(NamedTuple):
    line: int  # 1-based line where the literal starts
    text: str  # its contents, escapes as written


class ByteArray(NamedTuple):
    line: int
    data: bytes  # an array of integers 0..255, such as [104, 116, 116, 112]


class WideArray(NamedTuple):
    line: int
    values: tuple[int, ...]  # an array of integers, some over 255 (code points, u16 ...)


class Region(NamedTuple):
    first: int  # 1-based lines, inclusive
    last: int
    label: str = ""  # the cfg predicate, for cfg regions


class ModuleDecl(NamedTuple):
    """A ``mod name;`` declaration: the module's code is in another file."""

    name: str  # with the inline modules it sits in: "tests/posix" for mod tests { mod posix; }
    line: int
    path: str = ""  # its #[path = "..."] attribute, if any


@dataclass
class RustSource:
    strings: list[Literal]  # in source order
    byte_arrays: list[ByteArray]
    wide_arrays: list[WideArray]
    tests: list[Region]  # items under #[cfg(test)] or #[test]
    cfgs: list[Region]  # items under any other #[cfg(...)], labelled with the predicate
    modules: list[ModuleDecl]
    includes: list[tuple[str, int]]  # include!("path") as written, and its line
    unsafe: UnsafeCounts
    facts: dict[str, int]  # syntax facts ("unsafe", "ffi") -> the line where first seen
    data: bytes  # the file as parsed
    _comments: list[Any]  # comment nodes
    _string_spans: list[tuple[int, int]]
    _functions: list[Any]  # function nodes
    _impls: list[Any]  # impl block nodes
    # include_str!("path") and include_bytes!("path") as written, and their lines
    data_includes: list[tuple[str, int]] = field(default_factory=list)

    @cached_property
    def functions(self) -> list[Region]:
        """Function regions, in order (made on first use: only flows need them)."""
        return sorted(_region(node) for node in self._functions)

    @cached_property
    def impls(self) -> list[Region]:
        """Impl block regions, in order (made on first use, like ``functions``)."""
        return sorted(_region(node) for node in self._impls)

    @cached_property
    def code_bytes(self) -> bytes:
        """The source with comments and string literals blanked, same lines and columns.
        Made on first use: half the files never need it (no code rule can match them),
        and blanking every comment is a good part of a file's cost."""
        data = self.data
        blank = bytearray(data)
        spans = [(n.start_byte, n.end_byte) for n in self._comments]
        for start, end in spans + self._string_spans:
            blank[start:end] = data[start:end].translate(_BLANK)
        return bytes(blank)

    @cached_property
    def code(self) -> str:
        return self.code_bytes.decode("utf-8", errors="replace")


@cache
def parser() -> Any:
    """A tree-sitter parser for Rust (built once per process)."""
    import tree_sitter_rust
    from tree_sitter import Language, Parser

    return Parser(Language(tree_sitter_rust.language()))


@cache
def _query() -> Any:
    from tree_sitter import Query

    return Query(parser().language, _QUERY)


# Source bytes whose trees are kept at once: a tree takes about 40 times its source, so
# this holds most crates' parsed files whole, and a large crate's first ones (the later
# analyses read files in the same order, so keeping the latest would keep none in time).
KEPT_SOURCE: Final = 1 << 20


class _KeptTrees:
    """Trees by their source, with their sources' size."""

    def __init__(self) -> None:
        self.trees: dict[bytes, Any] = {}
        self.size = 0


# (per thread: None where trees are not kept)
_KEPT: Final[ContextVar[_KeptTrees | None]] = ContextVar("kept_trees", default=None)


@contextmanager
def keeping_trees() -> Iterator[None]:
    """Within the block, ``syntax_tree`` keeps the trees it makes (up to ``KEPT_SOURCE``
    bytes of their sources), so that the analyses after the first (the data flow's
    summaries, the call graph, the date gates) do not parse a file again.
    A crate's scan is such a block: nothing is kept from one crate for the next."""
    token = _KEPT.set(_KeptTrees())
    try:
        yield
    finally:
        _KEPT.reset(token)


def syntax_tree(data: bytes) -> Any:
    """The syntax tree of a Rust source: parsed, or the one kept for the same bytes."""
    kept = _KEPT.get()
    if kept is None:
        return parser().parse(data)
    tree = kept.trees.get(data)
    if tree is None:
        tree = parser().parse(data)
        if kept.size + len(data) <= KEPT_SOURCE:
            kept.trees[data] = tree
            kept.size += len(data)
    return tree


def parse_rust(data: bytes) -> RustSource:
    """Parse one Rust file and collect its views, regions and unsafe counts."""
    from tree_sitter import QueryCursor

    tree = syntax_tree(data)
    captures: dict[str, list[Any]] = QueryCursor(_query()).captures(tree.root_node)
    strings = []
    spans = []
    # A literal that is itself an operand of an assertion is compared, never sent, run
    # or written (serde asserts the longest socket address it formats); one inside a
    # call within the assertion is an argument like any other.
    asserted = {node.start_byte for node in captures.get("asserted", [])}
    for node in sorted(captures.get("string", []), key=_START_BYTE):
        start, end = node.start_byte, node.end_byte
        spans.append((start, end))
        if start not in asserted:
            strings.append(literal_text(data, start, end, node.start_point[0] + 1))
    tests: list[Region] = []
    cfgs: list[Region] = []
    links = []
    for node in captures.get("attribute", []):
        start = node.start_byte
        if data.startswith(b"#[test]", start) or b"cfg" in data[start : start + 8]:
            _attribute_region(node, tests, cfgs)
        elif _LINK.match(data, start):
            links.append(node)
    arrays = captures.get("array", [])
    spans_of_arrays = ((n.start_byte, n.end_byte, n.start_point[0] + 1) for n in arrays)
    byte_arrays, wide_arrays = scanned_arrays(spans_of_arrays, data)
    return RustSource(
        strings=strings,
        byte_arrays=sorted(byte_arrays),
        wide_arrays=sorted(wide_arrays),
        tests=tests,
        cfgs=sorted(cfgs),
        modules=sorted(_module(node) for node in captures.get("module", [])),
        includes=sorted(
            (node_text(node).strip('"'), node.start_point[0] + 1)
            for node in captures.get("include", [])
        ),
        unsafe=_unsafe(captures),
        facts=_facts(captures, links, tests),
        data=data,
        _comments=captures.get("comment", []),
        _string_spans=spans,
        _functions=captures.get("function", []),
        _impls=captures.get("impl", []),
        data_includes=sorted(
            (node_text(node).strip('"'), node.start_point[0] + 1)
            for node in captures.get("include_data", [])
        ),
    )


def _region(node: Any, label: str = "") -> Region:
    return Region(node.start_point[0] + 1, node.end_point[0] + 1, label)


_PATH_ATTRIBUTE: Final = re.compile(rb'^#\[\s*path\s*=\s*"([^"]*)"\s*\]$')


def _module(name: Any) -> ModuleDecl:
    """The declaration whose name node is ``name``: its place among inline modules, and
    its ``#[path]``."""
    item = name.parent
    names = [node_text(name)]
    outer = item.parent
    while outer is not None:
        if outer.type == "mod_item" and outer.child_by_field_name("name") is not None:
            names.append(node_text(outer.child_by_field_name("name")))
        outer = outer.parent
    path = ""
    attribute = item.prev_named_sibling
    while attribute is not None and attribute.type in _ATTRIBUTE_OR_COMMENT:
        path = module_path(attribute.text or b"") or path
        attribute = attribute.prev_named_sibling
    return ModuleDecl("/".join(reversed(names)), name.start_point[0] + 1, path)


def module_path(attribute: bytes) -> str:
    """The path a ``#[path = "..."]`` attribute (its text) names, else ""."""
    found = _PATH_ATTRIBUTE.match(attribute.strip())
    return "" if found is None else found.group(1).decode("utf-8", errors="replace")


def impl_type(function: Any) -> str:
    """The type whose ``impl`` block a function item is in (``Rc4`` for ``impl Rc4`` and
    ``impl Cipher for Rc4<K>``), or "" outside one."""
    names = impl_names(function)
    return names[0] if names else ""


def impl_names(function: Any) -> tuple[str, ...]:
    """The names a path calls a function item of an ``impl`` block by: its type's, and
    for a trait's impl also the trait's (``("Rc4", "Cipher")`` for ``impl Cipher for
    Rc4<K>``); none outside one."""
    block = function.parent
    impl = block.parent if block is not None and block.type == "declaration_list" else None
    if impl is None or impl.type != "impl_item":
        return ()
    return tuple(
        node_text(part).split("<", 1)[0].rsplit("::", 1)[-1].strip()
        for part in (impl.child_by_field_name("type"), impl.child_by_field_name("trait"))
        if part is not None
    )


class Span(NamedTuple):
    """Where a syntax node is in its file: what stands for the node in facts kept
    without their tree (``node_at`` finds the node again in the file's new parse)."""

    start: int
    end: int
    kind: str


def node_at(root: Any, span: Span) -> Any:
    """The node of ``root``'s tree at ``span`` (None if there is none: another file)."""
    node = root.descendant_for_byte_range(span.start, span.end)
    # the smallest node over the bytes; the one meant may be its parent of the same extent
    while node is not None and node.start_byte == span.start and node.end_byte == span.end:
        if node.type == span.kind:
            return node
        node = node.parent
    return None


def node_text(node: Any) -> str:
    """A syntax node's source text ("" for no node): the one reading every analysis of
    the tree uses."""
    return "" if node is None else (node.text or b"").decode("utf-8", errors="replace")


def _attribute_region(node: Any, tests: list[Region], cfgs: list[Region]) -> None:
    """The item an outer attribute applies to (the next sibling that is not an attribute
    or a comment), recorded as test code or as cfg-gated code."""
    gate = attribute_gate((node.text or b"").strip())
    if gate is None:
        return
    item = node.next_named_sibling
    while item is not None and item.type in _ATTRIBUTE_OR_COMMENT:
        item = item.next_named_sibling
    if item is None:
        return
    if gate == TEST_GATE:
        tests.append(_region(item))
    else:
        cfgs.append(_region(item, gate))


#: what ``attribute_gate`` gives for test code
TEST_GATE: Final = "test"


def attribute_gate(text: bytes) -> str | None:
    """What an outer attribute (its text) makes of the item it stands on: test code
    (``TEST_GATE``) for ``#[test]`` and ``#[cfg(test)]`` (or ``all(test, ..)``), the
    predicate of another ``#[cfg(...)]`` (spaces normalised), else None."""
    cfg = _CFG.match(text)
    if text != b"#[test]" and cfg is None:
        return None
    if cfg is None or _is_test_cfg(cfg.group(1).strip()):
        return TEST_GATE
    return b" ".join(cfg.group(1).split()).decode("utf-8", errors="replace")


def _is_test_cfg(predicate: bytes) -> bool:
    """``test``, or ``all(...)`` with ``test`` among its top-level predicates."""
    if predicate == b"test":
        return True
    if not (predicate.startswith(b"all(") and predicate.endswith(b")")):
        return False
    depth, start, inner = 0, 0, predicate[4:-1]
    for i, char in enumerate(inner + b","):
        if char == ord(",") and depth == 0:
            if inner[start:i].strip() == b"test":
                return True
            start = i + 1
        depth += (char == ord("(")) - (char == ord(")"))
    return False


def literal_text(data: bytes, start: int, end: int, line: int) -> Literal:
    """The string literal at ``data[start:end]``, as written: between the first and the
    last quote of b"..", r#".."#, c".." alike, escapes kept, line continuations joined."""
    first, last = data.find(b'"', start, end), data.rfind(b'"', start, end)
    content = data[first + 1 : last] if 0 <= first < last else b""
    if b"\\" in content:
        content = _CONTINUATION.sub(b"", content)
    return Literal(line, content.decode("utf-8", errors="replace"))


def scanned_arrays(
    spans: Iterable[tuple[int, int, int]], data: bytes
) -> tuple[list[ByteArray], list[WideArray]]:
    """Arrays (and ``vec![...]`` token trees) made only of integer literals: those of
    values 0..255 as bytes, and those with larger values up to the last code point as
    wide arrays (``[404, 416, 416, ...]``: text shifted past a byte); comments between
    them do not count, signs and operators disqualify. Read from the source text of the
    node: walking the children of every array from Python cost more than the rest of the
    file's analysis."""
    found: list[ByteArray] = []
    wide: list[WideArray] = []
    for start, end, line in spans:  # (each array's bytes, brackets included, and line)
        body = data[start + 1 : end - 1]  # inside the brackets
        if body.count(b",") < 3:
            continue  # fewer than four items
        if b"/" in body:
            body = _COMMENT.sub(b" ", body)
        try:
            if not body.translate(None, _DECIMAL_LIST):
                # plain decimal numbers, the common case: converted in C
                values = list(map(int, body.rstrip().rstrip(b",").split(b",")))
            else:
                body = body.lower()
                if _INTEGERS.fullmatch(body) is None:
                    continue
                values = [_integer(match) for match in _ONE_INTEGER.finditer(body)]
        except ValueError:
            continue  # an empty item
        if len(values) < 4:
            continue
        top = max(values)
        if top <= 0xFF:
            found.append(ByteArray(line, bytes(values)))
        elif top <= 0x10FFFF and len(values) >= _MIN_WIDE:
            wide.append(WideArray(line, tuple(values)))
    return found, wide


def _integer(match: re.Match[bytes]) -> int:
    digits = match.group(1).replace(b"_", b"")
    radix = _RADIX.get(digits[:2], 10)
    return int(digits[2:] if radix != 10 else digits, radix)


_UNSAFE_CAPTURES: Final = ("unsafe_fn", "unsafe_block", "unsafe_impl", "unsafe_trait")


def _facts(captures: dict[str, list[Any]], links: list[Any], tests: list[Region]) -> dict[str, int]:
    """The first line of unsafe code (macro bodies included), and of foreign code: the
    first outside test items if there is one (a layout test's unsafe must not make the
    file's unsafe look test-only), else the first. Capture lists are not always in
    document order, so the nodes are sorted."""
    facts = {}
    for fact, nodes in (
        (
            "unsafe",
            [n for k in (*_UNSAFE_CAPTURES, "unsafe_in_macro") for n in captures.get(k, [])],
        ),
        ("ffi", [*captures.get("extern_block", []), *links]),
    ):
        lines = (node.start_point[0] + 1 for node in sorted(nodes, key=_START_BYTE))
        first = next(lines, 0)
        if first:
            outside = (
                n for n in chain([first], lines) if not any(t.first <= n <= t.last for t in tests)
            )
            facts[fact] = next(outside, first)
    return facts


def _unsafe(captures: dict[str, list[Any]]) -> UnsafeCounts:
    forbids = any(
        b"forbid" in (node.text or b"") and b"unsafe_code" in (node.text or b"")
        for node in captures.get("inner_attribute", [])
    )
    return UnsafeCounts(
        functions=len(captures.get("unsafe_fn", [])),
        blocks=len(captures.get("unsafe_block", [])),
        impls=len(captures.get("unsafe_impl", [])),
        traits=len(captures.get("unsafe_trait", [])),
        extern_blocks=len(captures.get("extern_block", [])),
        in_macros=len(captures.get("unsafe_in_macro", [])),
        forbids_unsafe=forbids,
    )
