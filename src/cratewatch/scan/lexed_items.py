"""What the syntax tree tells of a Rust file's items, read from its tokens instead.

Many files give the rules nothing: no pattern matches their code or literals. They were
parsed only for what their items tell (``syntax.py``): the unsafe counts (``unsafe``
blocks, functions, impls and traits, the keyword among a macro's tokens,
``#![forbid(unsafe_code)]``, the first line of unsafe code outside test items), the test
and ``#[cfg(...)]`` regions around them, and the modules they declare (``mod name;``,
with the inline modules around it and its ``#[path]``). This reads the same from the
lexer's view of the file (comments, strings and character literals blanked), its
brackets paired and its macros' token trees and attributes found.

Whatever it cannot tell as the parse would (``unsafe`` in an attribute, or before
anything but ``{``, ``fn name``, ``impl``, ``trait`` or a function pointer's type; a
test or cfg attribute on what it cannot delimit; brackets that do not pair; extern
blocks and linked libraries; a module name beyond ASCII) leaves the file to the parse:
what it reads is exact or not made (but see ``MAX_MODULE_DEPTH``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.syntax import TEST_GATE, ModuleDecl, Region, attribute_gate, module_path
from cratewatch.scan.words import word_matches

__all__ = ["MODULE_DECLARATION", "WORD_BYTES", "LexedItems", "foreign", "macro_calls", "read_items"]

_BRACKETS: Final = re.compile(rb"[\[\](){}]")
# the tokens an item or statement is delimited by; an attribute among them (not in a
# bracket group) leaves the item to the parse, and keeps delimiting linear: no scan runs
# past the next attribute
_ITEM_END: Final = re.compile(rb"[\[\](){};]|#\s*!?\s*\[")
_OPENS: Final = {ord("]"): ord("["), ord(")"): ord("("), ord("}"): ord("{")}
# (searched from their literal, the word's start checked by `word_matches`: a leading
# look-behind would be tried at every byte)
_KEYWORD: Final = re.compile(rb"unsafe(?!\w)")
# what follows `unsafe` in each node counted: a block, a function (named, its ABI string
# blanked: `unsafe extern "C" fn f`), an impl, a trait; or a function pointer's type
# (`unsafe extern "C" fn(u8)`), which no node counted holds
_ABI: Final = rb'(?:extern\s*(?:"[^"\n]*"\s*)?)?'
_AFTER: Final = re.compile(
    rb"\s*(?:(\{)|(%sfn\s+[A-Za-z_])|(impl)(?!\w)|((?:auto\s+)?trait)(?!\w)|(%sfn\s*\())"
    % (_ABI, _ABI)
)
# what may stand before `unsafe fn` and `unsafe trait` in their node (which starts there)
_QUALIFIER: Final = rb"(?:pub(?:\s*\([^()]*\))?|const|async|default)"
_QUALIFIERS: Final = re.compile(rb"(?:%s\s+)+$" % _QUALIFIER)
_QUALIFIER_LAST: Final = re.compile(rb"%s\s*$" % _QUALIFIER)
_ATTRIBUTE: Final = re.compile(rb"#\s*(!)?\s*\[")
# a macro's `!` and the delimiter its arguments open with (`macro_rules! name {` too): found
# from the `!`, its name read backwards (a pattern that starts at every name is ten times
# slower)
_BANG: Final = re.compile(rb"!\s*(?:([A-Za-z_]\w*)\s*)?[(\[{]")
#: the bytes of a Rust identifier
WORD_BYTES: Final = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_DIGITS: Final = frozenset(b"0123456789")
_SPACE: Final = re.compile(rb"\s*")
# an extern block (its ABI string blanked: `extern "C" {`), not `extern "C" fn`, and a link
# attribute
_EXTERN_BLOCK: Final = re.compile(rb'extern\s*(?:"[^"\n]*"\s*)?\{')
_LINK_ATTRIBUTE: Final = re.compile(rb"#\s*\[\s*link\b")
_BREAK: Final = re.compile(rb"\n")
# an item an attribute may stand on that the lexer can delimit (or a `let`)
_ITEM: Final = re.compile(
    rb"(?:pub(?:\s*\([^()]*\))?\s+)?(?:(?:const|async|unsafe|default|extern)\s+)*"
    rb"(fn|mod|impl|trait|struct|enum|union|macro_rules!|const|static|type|use|let"
    rb"|extern\s+crate)(?!\w)"
)
# ... those that end at their block's `}` when no `;` comes first
_BRACED: Final = frozenset(
    {b"fn", b"mod", b"impl", b"trait", b"struct", b"enum", b"union", b"macro_rules!"}
)
# a statement the parse delimits by its braces: a block, an unsafe block
_BLOCK: Final = re.compile(rb"(?:unsafe\s*)?\{")
# a macro invocation standing as an item or statement, to its arguments' delimiter
_MACRO_STATEMENT: Final = re.compile(
    rb"(?:::\s*)?(?:[A-Za-z_]\w*\s*::\s*)*[A-Za-z_]\w*\s*!\s*[(\[{]"
)
# what may follow a statement that ends with a block: the next statement or item, the
# block's end
_STATEMENT_END: Final = re.compile(rb"[A-Za-z_#'}]")
# an expression that ends with a block (as a statement), its label first if any
_BLOCK_LIKE: Final = re.compile(rb"(?:'\w+\s*:\s*)?(?:if|match|while|for|loop)(?!\w)")
# an element of a list an attribute may stand on as the parse reads it: a field (or a
# field's value, a parameter) `name:`, a variant `Name`, `Name(..)`, `Name { .. }`,
# `Name = ..` (not a pattern's `name`, nor a literal: blanked, it would look like nothing)
_ELEMENT: Final = re.compile(
    rb"(?:pub(?:\s*\([^()]*\))?\s+)?(?:r#)?(?:[A-Za-z_]\w*\s*:(?!:)|[A-Z]\w*\s*[(\[{,=)\]}])"
)
# what follows a list of fields that is a pattern (`let S { a, .. } = s;`, a match arm, a
# closure's or function's parameter)
_PATTERN_AFTER: Final = re.compile(rb"\s*(?:=(?!=)|\||in(?!\w)|:)")
# what may follow a struct literal or a variant's fields in an element or a statement
_AFTER_BRACES: Final = re.compile(rb"\s*[;,)\]}.?]")
_ELEMENT_END: Final = re.compile(rb"[\[\](){};,<>]|->|=>|#\s*!?\s*\[")
#: Inline modules a declaration may sit in. One deeper names a file more than 64 folders
#: down, which no crate has, and naming each of many such would cost time in the square of
#: the file's size (as the parse's naming does): those are left out.
MAX_MODULE_DEPTH: Final = 64
#: a module declared, `mod name;` (its file is compiled in)
MODULE_DECLARATION: Final = re.compile(rb"mod\s+[^\s;{}()]+\s*;")
# a module declared or an inline module's opening brace, and its name (one that is no
# ASCII identifier, a Unicode one, leaves the file to the parse)
_MODULE: Final = re.compile(rb"mod\s+([^\s;{}()]+)\s*([;{])")
_IDENTIFIER: Final = re.compile(rb"(?:r#)?[A-Za-z_]\w*")
_VISIBILITY_BEFORE: Final = re.compile(rb"pub(?:\s*\([^()]*\))?\s+$")
_SPACES: Final = frozenset(b" \t\r\n\x0b\x0c")
_RULES_BODY: Final = re.compile(rb"macro_rules!\s*\w+\s*[(\[{]")
_ARROW: Final = re.compile(rb"\s*=>")


class LexedItems(NamedTuple):
    counts: UnsafeCounts
    first: int  # the first line of unsafe code, outside test items if any is (0: none)
    tests: list[Region]
    cfgs: list[Region]  # sorted
    modules: list[ModuleDecl]  # sorted


class _Attribute(NamedTuple):
    start: int
    end: int
    inner: bool  # `#![...]`
    opening: int  # its `[`


def read_items(code: bytes, data: bytes) -> LexedItems | None:
    """What the parse reads of a file's unsafe code, gates and module declarations, from
    ``code`` (its text with comments, strings and character literals blanked, same
    offsets) and ``data`` (its text); None where only the parse can tell."""
    if foreign(code):
        return None  # (extern blocks and linked libraries: the parse's to count)
    closing = _paired(code)
    if closing is None:
        return None
    macros = _token_trees(code, closing)
    attributes = [
        _Attribute(
            match.start(), closing[match.end() - 1] + 1, bool(match.group(1)), match.end() - 1
        )
        for match in _ATTRIBUTE.finditer(code)
        if not _inside(macros, match.start())
    ]
    attribute_spans = [(a.start, a.end) for a in attributes]  # (sorted, none in another)
    matchers = _matchers(code, closing, macros)
    counts = {"functions": 0, "blocks": 0, "impls": 0, "traits": 0, "in_macros": 0}
    starts: list[int] = []
    for keyword in word_matches(_KEYWORD, code, b"#$"):
        at = keyword.start()
        if _inside(matchers, at):
            continue  # (a pattern a macro's input is matched with: no code of its own)
        if _inside(macros, at):
            counts["in_macros"] += 1
            starts.append(at)
            continue
        after = _AFTER.match(code, keyword.end())
        if after is None or _inside(attribute_spans, at):
            return None
        block, function, impl, _, pointer = after.groups()
        if pointer:
            continue
        if block or impl:
            counts["blocks" if block else "impls"] += 1
            starts.append(at)
            continue
        counts["functions" if function else "traits"] += 1
        start = _node_start(code, at)
        if start is None:
            return None
        starts.append(start)
    line_of = _Lines(data)
    gates = _gates(code, data, attributes, closing, line_of)
    if gates is None:
        return None
    tests, cfgs = gates
    forbids = any(
        a.inner and b"forbid" in data[a.start : a.end] and b"unsafe_code" in data[a.start : a.end]
        for a in attributes
    )
    lines = [line_of(start) for start in sorted(starts)]
    in_tests = _merged(tests)
    outside = (n for n in lines if not _inside(in_tests, n, inclusive=True))
    first = next(outside, lines[0] if lines else 0)
    modules = _modules(code, data, closing, macros, attributes, line_of)
    if modules is None:
        return None
    counts_read = UnsafeCounts(**counts, forbids_unsafe=forbids)
    return LexedItems(counts_read, first, tests, cfgs, modules)


def _modules(
    code: bytes,
    data: bytes,
    closing: dict[int, int],
    macros: list[tuple[int, int]],
    attributes: list[_Attribute],
    line_of: _Lines,
) -> list[ModuleDecl] | None:
    """The ``mod name;`` declarations outside macros' tokens (at most ``MAX_MODULE_DEPTH``
    inline modules down), named with the inline modules they sit in, with their
    ``#[path]``; None if a name is no ASCII identifier."""
    declared: list[ModuleDecl] = []
    around: list[tuple[int, str]] = []  # the inline modules open here: their end, name
    outer = {a.end: a for a in attributes if not a.inner}
    for match in word_matches(_MODULE, code, b"#$"):
        at = match.start()
        if _inside(macros, at):
            continue
        if not _IDENTIFIER.fullmatch(match.group(1)):
            return None
        while around and around[-1][0] < at:
            around.pop()
        name = match.group(1).decode()
        if match.group(2) == b"{":
            around.append((closing[match.end() - 1], name))
            continue
        if len(around) > MAX_MODULE_DEPTH:
            continue  # (see MAX_MODULE_DEPTH)
        path = "/".join([*(outer_name for _, outer_name in around), name])
        declared.append(ModuleDecl(path, line_of(match.start(1)), _path_of(code, data, at, outer)))
    return sorted(declared)


def _path_of(code: bytes, data: bytes, at: int, outer: dict[int, _Attribute]) -> str:
    """The ``#[path]`` among the outer attributes just before the module declared at
    ``at`` (the first if several: the parse reads them all, last to first)."""
    visibility = _VISIBILITY_BEFORE.search(code, max(0, at - 64), at)
    position = at if visibility is None else visibility.start()
    path = ""
    while True:
        while position and code[position - 1] in _SPACES:
            position -= 1
        attribute = outer.get(position)
        if attribute is None:
            return path
        path = module_path(data[attribute.start : attribute.end]) or path
        position = attribute.start


def foreign(code: bytes) -> bool:
    """Whether a file's code view holds an extern block or a link attribute."""
    if b"extern" in code and next(word_matches(_EXTERN_BLOCK, code, b"#$"), None):
        return True
    return b"link" in code and _LINK_ATTRIBUTE.search(code) is not None


def _node_start(code: bytes, at: int) -> int | None:
    """Where the function or trait whose ``unsafe`` is at ``at`` starts: at its first
    qualifier on the line (``pub(crate) const unsafe fn``), else at ``unsafe`` after the
    end of another item or the start of a block; None where the lexer cannot tell."""
    line = code.rfind(b"\n", 0, at) + 1
    qualifiers = _QUALIFIERS.search(code, line, at)
    if qualifiers is not None:
        return qualifiers.start()
    before = code[line:at].rstrip()
    if before[-1:] not in (b"", b"{", b"}", b";"):
        return None
    if not before and _QUALIFIER_LAST.search(code, max(0, line - 40), line):
        return None  # (`pub` alone on the line above)
    return at


def _paired(code: bytes, parents: dict[int, int] | None = None) -> dict[int, int] | None:
    """Each opening bracket's offset with its closing one's; None if they do not pair.
    ``parents``, if given, gets each opening bracket's enclosing one (-1: none)."""
    closing: dict[int, int] = {}
    stack: list[int] = []
    for bracket in _BRACKETS.finditer(code):
        at = bracket.start()
        opens = _OPENS.get(code[at])
        if opens is None:
            if parents is not None:
                parents[at] = stack[-1] if stack else -1
            stack.append(at)
        elif not stack or code[stack[-1]] != opens:
            return None
        else:
            closing[stack.pop()] = at
    return None if stack else closing


def _token_trees(code: bytes, closing: dict[int, int]) -> list[tuple[int, int]]:
    """The outermost token trees of macros (their arguments, ``macro_rules!`` bodies), as
    sorted (opening, end) spans: the parse sees only tokens there."""
    spans: list[tuple[int, int]] = []
    for _, end in macro_calls(code, expressions=False):
        opening = end - 1
        if not spans or opening >= spans[-1][1]:
            spans.append((opening, closing[opening] + 1))
    return spans


def _matchers(
    code: bytes, closing: dict[int, int], macros: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The matchers of ``macro_rules!`` rules (the token groups before each ``=>``), as
    sorted spans: the parse counts nothing in them. (A ``macro_rules!`` inside another
    macro's tokens is only tokens to the parse.)"""
    spans: list[tuple[int, int]] = []
    for body in _RULES_BODY.finditer(code):
        if _inside(macros, body.end() - 1):
            continue
        at, end = body.end(), closing[body.end() - 1]
        while at < end:
            group = _BRACKETS.search(code, at, end)
            if group is None or code[group.start()] not in b"([{":
                break
            close = closing[group.start()]
            if _ARROW.match(code, close + 1):
                spans.append((group.start(), close + 1))
            at = close + 1
    return sorted(spans)


def macro_calls(
    code: bytes, end: int | None = None, expressions: bool = True
) -> Iterator[tuple[int, int]]:
    """Each macro invocation in ``code`` (up to ``end``) in order, from its name to its
    opening delimiter: ``name!(``, ``name! [``, ``macro_rules! name {``. Without
    ``expressions``, those the parse reads as code are left out: ``try!`` (an
    expression) and ``$name!`` (a metavariable's, in a macro body)."""
    for bang in _BANG.finditer(code, 0, len(code) if end is None else end):
        at = start = bang.start()
        while start and code[start - 1] in WORD_BYTES:
            start -= 1
        if start == at or code[start] in _DIGITS:
            continue  # (`!(x)`, `x != (y)`: no name; `1!(`: none either)
        name, rules = code[start:at], bang.group(1)
        if rules is not None and name != b"macro_rules":
            continue
        if not expressions and (
            (name == b"try" and rules is None) or code[start - 1 : start] == b"$"
        ):
            continue
        yield start, bang.end()


def _inside(spans: list[tuple[int, int]], at: int, inclusive: bool = False) -> bool:
    """Whether ``at`` is within one of ``spans`` (sorted, none within another), after its
    start (its end excluded, or ``inclusive``)."""
    index = bisect_right(spans, (at, 1 << 62) if inclusive else (at, 0)) - 1
    return index >= 0 and (at <= spans[index][1] if inclusive else at < spans[index][1])


def _merged(regions: list[Region]) -> list[tuple[int, int]]:
    """The lines of ``regions`` as sorted spans, none within another."""
    spans: list[tuple[int, int]] = []
    for first, last in sorted((r.first, r.last) for r in regions):
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], last))
        else:
            spans.append((first, last))
    return spans


def _gates(
    code: bytes,
    data: bytes,
    attributes: list[_Attribute],
    closing: dict[int, int],
    line_of: _Lines,
) -> tuple[list[Region], list[Region]] | None:
    """The test and cfg regions: the items that ``#[test]`` and ``#[cfg(...)]`` stand on,
    as the parse delimits them; None if one stands on what the lexer cannot delimit."""
    tests: list[Region] = []
    cfgs: list[Region] = []
    following = {a.start: a for a in attributes}
    around = _Around(code, closing)
    for attribute in attributes:
        start, end = attribute.start, attribute.end
        # (the parse looks at these attributes only)
        if attribute.inner or not (
            data.startswith(b"#[test]", start) or b"cfg" in data[start : start + 8]
        ):
            continue
        gate = attribute_gate(data[start:end].strip())
        if gate is None:
            continue
        at = _after_space(code, end)
        while at in following:  # (the other attributes on the same item)
            at = _after_space(code, following[at].end)
        if at >= len(code):
            continue  # an attribute on nothing
        item = _item(code, at, closing, around.closing(attribute.opening))
        if item is None:
            return None
        region = Region(line_of(at), line_of(item))
        if gate == TEST_GATE:
            tests.append(region)
        else:
            cfgs.append(region._replace(label=gate))
    return tests, sorted(cfgs)


class _Around:
    """Where the bracket group around a bracket closes, found on first use (one pass over
    the file's brackets: most files never ask)."""

    def __init__(self, code: bytes, closing: dict[int, int]) -> None:
        self.code, self.pairs = code, closing
        self.parents: dict[int, int] | None = None

    def closing(self, opening: int) -> Callable[[], int | None]:
        """Where the group around the bracket at ``opening`` closes (None: at the top)."""
        return lambda: self._closing(opening)

    def _closing(self, opening: int) -> int | None:
        if self.parents is None:
            self.parents = {}
            _paired(self.code, self.parents)  # (paired already: only the parents are new)
        parent = self.parents[opening]
        return None if parent < 0 else self.pairs[parent]


def _item(
    code: bytes, at: int, closing: dict[int, int], list_closing: Callable[[], int | None]
) -> int | None:
    """Where the item starting at ``at`` ends (its last byte), or None if it is no item
    the lexer can delimit. (Bracket groups are stepped over whole: an item's nested items
    are not read again.) Statements and list elements an attribute may stand on are
    delimited too: a block, a macro invocation, a field, parameter or variant (where
    ``list_closing`` tells the list's end)."""
    item = _ITEM.match(code, at)
    if item is None:
        if (block := _BLOCK.match(code, at)) is not None:
            return closing[block.end() - 1]
        if _BLOCK_LIKE.match(code, at):
            return _block_like(code, at, closing)
        if (call := _MACRO_STATEMENT.match(code, at)) is not None:
            return _macro_statement(code, call.end() - 1, closing)
        return _element(code, at, closing, list_closing)
    braced = item.group(1) in _BRACED
    position = item.end()
    while (token := _ITEM_END.search(code, position)) is not None:
        where, char = token.start(), code[token.start()]
        if char == ord(";"):
            return where
        if char in _OPENS or char == ord("#"):
            return None  # (the block around it ends first; an attribute)
        end = closing[where]
        if braced and char == ord("{"):
            following = _after_space(code, end + 1)
            if code[following : following + 1] not in (b">", b","):
                return end  # (not a const generic argument's `{ N }`)
        position = end + 1
    return None


def _macro_statement(code: bytes, opening: int, closing: dict[int, int]) -> int | None:
    """Where a macro invocation standing as an item or statement ends, its arguments
    opening at ``opening``: at their delimiter, or at the `;` after it on the same line
    (the same line either way); None where an expression may go on."""
    end = closing[opening]
    following = _after_space(code, end + 1)
    after = code[following : following + 1]
    if after == b";":
        return following if code.find(b"\n", end, following) < 0 else None
    if after in (b"}", b"") or (code[opening] == ord("{") and _STATEMENT_END.match(after)):
        return end
    return None


def _block_like(code: bytes, at: int, closing: dict[int, int]) -> int | None:
    """Where the ``if``, ``match``, ``while``, ``for`` or ``loop`` expression starting at
    ``at`` ends as a statement: at its first block's `}` (brackets in its condition are
    stepped over whole; Rust allows no struct literal there), or its last ``else``'s;
    None where an expression may go on."""
    position = at
    while (token := _ITEM_END.search(code, position)) is not None:
        where = token.start()
        if code[where] in _OPENS or code[where] in b"#;":
            return None  # (the block around it ends first; an attribute; no condition)
        if code[where] != ord("{"):
            position = closing[where] + 1
            continue
        end = closing[where]
        following = _after_space(code, end + 1)
        if not code.startswith(b"else", following):
            after = code[following : following + 1]
            if after == b";":
                return following if code.find(b"\n", end, following) < 0 else None
            return end if after == b"" or _STATEMENT_END.match(after) else None
        position = following + 4
    return None


def _element(
    code: bytes, at: int, closing: dict[int, int], list_closing: Callable[[], int | None]
) -> int | None:
    """Where the element of a comma-separated list starting at ``at`` ends (a field with
    its type or value, a parameter, a variant): its last byte before the `,` or the list's
    closing bracket, commas between a type's angle brackets stepped over; or where the
    expression statement starting there ends, at its `;`. None in a match arm (`=>`,
    whose attributes the parse puts on the pattern alone), in a pattern (a list followed
    by `=`, `|`, `in` or `:`: the parse gives its attributes no item) or where angle
    brackets do not pair (comparisons, shifts)."""
    angles, position = 0, at
    while (token := _ELEMENT_END.search(code, position)) is not None:
        where, found = token.start(), token.group()
        position = token.end()
        if found == b";":
            return where if angles == 0 and where > at else None
        if found == b"=>" or found.startswith(b"#"):
            return None
        if found == b"<":
            angles += 1
        elif found == b">":
            angles -= 1
            if angles < 0:
                return None
        elif found in b"([{":
            position = closing[where] + 1
            if found == b"{" and _AFTER_BRACES.match(code, position) is None:
                return None  # (a block that ends an item or statement: no element)
        elif found != b"->" and angles == 0:  # a `,` or the list's closing bracket
            if not _ELEMENT.match(code, at):
                return None
            end = where if found != b"," else list_closing()
            if end is None or _PATTERN_AFTER.match(code, end + 1):
                return None
            return at + len(code[at:where].rstrip()) - 1
        elif found != b"->" and found != b",":
            return None  # (the list ends inside angle brackets: comparisons, shifts)
    return None


def _after_space(code: bytes, at: int) -> int:
    space = _SPACE.match(code, at)
    return at if space is None else space.end()


class _Lines:
    """Line numbers of offsets."""

    def __init__(self, data: bytes) -> None:
        self.breaks = [match.start() for match in _BREAK.finditer(data)]

    def __call__(self, at: int) -> int:
        return bisect_right(self.breaks, at - 1) + 1
