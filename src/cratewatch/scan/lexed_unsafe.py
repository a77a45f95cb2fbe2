"""A Rust file's unsafe code, counted from its tokens as the syntax tree counts it.

Many files that hold unsafe code give the rules nothing else: no pattern matches their
code, they declare no modules and link nothing. They were parsed only for the unsafe
counts (``syntax.py``): ``unsafe`` blocks, functions, impls and traits, the keyword among
a macro's tokens, ``#![forbid(unsafe_code)]``, and the first line of unsafe code outside
test items, with the ``#[cfg(...)]`` around it. This reads the same from the lexer's view
of the file (comments, strings and character literals blanked), its brackets paired and
its macros' token trees and attributes found.

Whatever it cannot tell as the parse would (``unsafe`` in an attribute, or before
anything but ``{``, ``fn name``, ``impl`` or ``trait``; a test or cfg attribute on what
is no item it can delimit; brackets that do not pair; extern blocks and linked libraries)
leaves the file to the parse: the counts are exact or not made.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Final, NamedTuple

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.syntax import TEST_GATE, Region, attribute_gate

__all__ = ["FOREIGN", "WORD_BYTES", "LexedUnsafe", "macro_calls", "read_unsafe"]

_BRACKETS: Final = re.compile(rb"[\[\](){}]")
_ITEM_END: Final = re.compile(rb"[\[\](){};]")
_OPENS: Final = {ord("]"): ord("["), ord(")"): ord("("), ord("}"): ord("{")}
_KEYWORD: Final = re.compile(rb"(?<![\w#$])unsafe(?!\w)")
# what follows `unsafe` in each node counted: a block, a function (named: `unsafe fn(u8)`
# is a type), an impl, a trait
_AFTER: Final = re.compile(rb"\s*(?:(\{)|(fn\s+[A-Za-z_])|(impl)(?!\w)|((?:auto\s+)?trait)(?!\w))")
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
FOREIGN: Final = re.compile(rb'(?<![\w$#])extern\s*(?:"[^"\n]*"\s*)?\{|#\s*\[\s*link\b')
_BREAK: Final = re.compile(rb"\n")
# an item an attribute may stand on that the lexer can delimit (or a `let`)
_ITEM: Final = re.compile(
    rb"(?:pub(?:\s*\([^()]*\))?\s+)?(?:(?:const|async|unsafe|default)\s+)*"
    rb"(fn|mod|impl|trait|struct|enum|union|macro_rules!|const|static|type|use|let"
    rb"|extern\s+crate)(?!\w)"
)
# ... those that end at their block's `}` when no `;` comes first
_BRACED: Final = frozenset(
    {b"fn", b"mod", b"impl", b"trait", b"struct", b"enum", b"union", b"macro_rules!"}
)
_RULES_BODY: Final = re.compile(rb"macro_rules!\s*\w+\s*[(\[{]")
_ARROW: Final = re.compile(rb"\s*=>")


class LexedUnsafe(NamedTuple):
    counts: UnsafeCounts
    first: int  # the first line of unsafe code, outside test items if any is (0: none)
    tests: list[Region]
    cfgs: list[Region]  # sorted


class _Attribute(NamedTuple):
    start: int
    end: int
    inner: bool  # `#![...]`


def read_unsafe(code: bytes, data: bytes) -> LexedUnsafe | None:
    """What the parse reads of a file's unsafe code and gates, from ``code`` (its text
    with comments, strings and character literals blanked, same offsets) and ``data``
    (its text); None where only the parse can tell."""
    if FOREIGN.search(code):
        return None  # (extern blocks and linked libraries: the parse's to count)
    closing = _paired(code)
    if closing is None:
        return None
    macros = _token_trees(code, closing)
    attributes = [
        _Attribute(match.start(), closing[match.end() - 1] + 1, bool(match.group(1)))
        for match in _ATTRIBUTE.finditer(code)
        if not _inside(macros, match.start())
    ]
    attribute_spans = [(a.start, a.end) for a in attributes]  # (sorted, none in another)
    matchers = _matchers(code, closing)
    counts = {"functions": 0, "blocks": 0, "impls": 0, "traits": 0, "in_macros": 0}
    starts: list[int] = []
    for keyword in _KEYWORD.finditer(code):
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
        block, function, impl, _ = after.groups()
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
    return LexedUnsafe(UnsafeCounts(**counts, forbids_unsafe=forbids), first, tests, cfgs)


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


def _paired(code: bytes) -> dict[int, int] | None:
    """Each opening bracket's offset with its closing one's; None if they do not pair."""
    closing: dict[int, int] = {}
    stack: list[int] = []
    for bracket in _BRACKETS.finditer(code):
        at = bracket.start()
        opens = _OPENS.get(code[at])
        if opens is None:
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


def _matchers(code: bytes, closing: dict[int, int]) -> list[tuple[int, int]]:
    """The matchers of ``macro_rules!`` rules (the token groups before each ``=>``), as
    sorted spans: the parse counts nothing in them."""
    spans: list[tuple[int, int]] = []
    for body in _RULES_BODY.finditer(code):
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
        item = _item(code, at, closing)
        if item is None:
            return None
        region = Region(line_of(at), line_of(item))
        if gate == TEST_GATE:
            tests.append(region)
        else:
            cfgs.append(region._replace(label=gate))
    return tests, sorted(cfgs)


def _item(code: bytes, at: int, closing: dict[int, int]) -> int | None:
    """Where the item starting at ``at`` ends (its last byte), or None if it is no item
    the lexer can delimit. (Bracket groups are stepped over whole: an item's nested items
    are not read again.)"""
    item = _ITEM.match(code, at)
    if item is None:
        return None
    braced = item.group(1) in _BRACED
    position = item.end()
    while (token := _ITEM_END.search(code, position)) is not None:
        where, char = token.start(), code[token.start()]
        if char == ord(";"):
            return where
        if char in _OPENS:
            return None  # the block around it ends first
        end = closing[where]
        if braced and char == ord("{"):
            following = _after_space(code, end + 1)
            if code[following : following + 1] not in (b">", b","):
                return end  # (not a const generic argument's `{ N }`)
        position = end + 1
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
