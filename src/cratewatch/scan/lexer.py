"""A Rust file's literals, comments and integer arrays, read without its syntax tree.

tree-sitter's parse and query are most of a cold scan's time, and most library files
give the rules nothing: no pattern matches their code (this lexer's code view, comments
and literals blanked, is the parse's), and what their items tell (unsafe code, gates,
module declarations) ``lexed_items.py`` reads from the same view. What such a file may
still give is decoded text: a literal or an array that a decoder turns into a URL or a
command. This lexer finds the literals and arrays the parse would (string and raw
string literals anywhere, macro arguments and attributes included, less the operands of
assertions; arrays of four or more integers, also where the parse sees a macro's tokens:
a superset), so that ``analyze.py`` parses only the files whose code or decoded text
some rule can match. Their items are read last (``itemised``), once the rules have
found nothing that needs the parse anyway.

Block comments nest, as in Rust; a file the lexer cannot follow (an unterminated
literal or comment) is left to the parse.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final, NamedTuple

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.lexed_items import MODULE_DECLARATION, WORD_BYTES, macro_calls, read_items
from cratewatch.scan.syntax import RustSource, literal_text, scanned_arrays

__all__ = ["Lexed", "itemised", "lexed_rust"]

# A token that hides code from a reader: a comment (a block comment's end is found by
# `_block_end`: they nest), a string literal from its quote (its prefix, `b`, `c`, `r#`, is
# looked at behind the quote; a raw one is read again), a character literal (so that `'"'`
# opens nothing). A lifetime's quote matches nothing.
_TOKEN: Final = re.compile(
    rb"//[^\n]*(?:\n *//[^\n]*)*|/\*"  # (a run of line comments: one token)
    rb'|"[^"\\]*(?:\\.[^"\\]*)*"?'
    rb"|'(?:[^'\\\n]|\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,6}\}|.))'",
    re.DOTALL,
)
_STRING: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BLOCK_EDGE: Final = re.compile(rb"/\*|\*/")
_ARRAY: Final = re.compile(rb"\[([^\[\]]*)\]")
# an assertion's macro (after `debug_`, if any) and the delimiter its arguments open with;
# searched from its literal (a leading look-behind would be tried at every byte)
_ASSERTION: Final = re.compile(rb"assert(?:_eq|_ne)?!\s*[(\[{]")
_BRACKET: Final = re.compile(rb"[\[\](){}]")
_OPENING: Final = frozenset(b"([{")


class _Span(NamedTuple):
    """Where a comment is: what ``RustSource`` blanks in its code view."""

    start_byte: int
    end_byte: int


class Lexed(NamedTuple):
    """A Rust file as the lexer reads it."""

    source: RustSource  # its literals, comments and arrays (items not read yet: none)
    view: bytes  # its code view with character literals blanked too (`'{'` opens nothing)


def lexed_rust(data: bytes) -> Lexed | None:
    """The literals, comments and integer arrays of ``data``; None when a literal or
    comment does not end."""
    comments: list[_Span] = []
    literals: list[tuple[int, int]] = []
    position = 0
    while position >= 0:
        position = _tokens(data, position, comments, literals)
        if position == _UNTERMINATED:
            return None
    characters = [span for span in literals if data[span[0]] == 39]
    literals = [span for span in literals if data[span[0]] != 39]
    quoted = sum(data.count(b'"', start, end) for start, end in characters)  # `'"'`
    source = RustSource(
        strings=[],
        byte_arrays=[],
        wide_arrays=[],
        tests=[],
        cfgs=[],
        modules=[],
        includes=[],
        unsafe=UnsafeCounts(),
        facts={},
        data=data,
        _comments=comments,
        _string_spans=literals,
        _functions=[],
        _impls=[],
    )
    code = source.code_bytes  # (blanked as the parse's view is, and kept for the decoders)
    if code.count(b'"') != quoted:
        return None  # a quote the lexer could not pair: left to the parse
    blanked = bytearray(code)
    for start, end in characters:
        blanked[start:end] = b" " * (end - start)
    view = bytes(blanked)
    asserted = _asserted(view, literals)
    lines = _Lines(data)
    source.strings = [
        literal_text(data, start, end, lines.at(start))
        for start, end in literals
        if start not in asserted
    ]
    lines = _Lines(data)  # (again from the start: arrays come in an order of their own)
    arrays = [
        (match.start(), match.end(), lines.at(match.start())) for match in _ARRAY.finditer(code)
    ]
    byte_arrays, wide_arrays = scanned_arrays(arrays, data)
    source.byte_arrays, source.wide_arrays = sorted(byte_arrays), sorted(wide_arrays)
    return Lexed(source, view)


def itemised(lexed: Lexed) -> RustSource | None:
    """``lexed``'s source with what its items tell, where the file holds unsafe code or
    declares modules: its unsafe counts, first line of unsafe code, test and cfg regions
    and module declarations (``lexed_items.py``); None where only the parse can tell."""
    source, data = lexed.source, lexed.source.data
    if b"unsafe" not in data and not (b"mod" in data and MODULE_DECLARATION.search(data)):
        return source
    items = read_items(lexed.view, data)
    if items is None:
        return None
    source.unsafe, source.tests, source.cfgs = items.counts, items.tests, items.cfgs
    source.modules = items.modules
    if items.first:
        source.facts = {"unsafe": items.first}
    return source


_UNTERMINATED: Final = -2


class _Lines:
    """Line numbers of positions asked for in increasing order."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.line = 1
        self.position = 0

    def at(self, position: int) -> int:
        self.line += self.data.count(b"\n", self.position, position)
        self.position = position
        return self.line


def _tokens(
    data: bytes, position: int, comments: list[_Span], literals: list[tuple[int, int]]
) -> int:
    """Comments and literals from ``position`` on, into ``comments`` and ``literals``
    (character literals among them, told apart by their quote), until a block comment or
    a raw string, whose ends a pattern cannot find: the position to go on from there, -1
    at the end of the file, or ``_UNTERMINATED``."""
    for token in _TOKEN.finditer(data, position):
        start, end = token.span()
        first = data[start]
        if first == 47:  # `/`
            if data[start + 1] == 42:  # `/*`
                end = _block_end(data, start)
                if end < 0:
                    return _UNTERMINATED
                comments.append(_Span(start, end))
                return end
            comments.append(_Span(start, end))
        elif first == 39:  # `'`: a character literal
            literals.append((start, end))
        else:  # (a raw string may close where an ordinary one would not)
            span = _string(data, start)
            if span is None:
                return _UNTERMINATED
            literals.append(span)
            if span[1] != end:  # a raw string: its own end
                return span[1]
    return -1


def _string(data: bytes, quote: int) -> tuple[int, int] | None:
    """The string literal whose first quote is at ``quote``: its span with its prefix
    (`b"`, `c"`, `r#"`, `br"`), or None if it does not end."""
    start = quote
    while start > 0 and data[start - 1] == 35:  # `#`
        start -= 1
    hashes = quote - start
    # `r"`, `br"`, `cr"`: an `r` that, with its prefix, starts a word
    if start > 0 and data[start - 1] == 114 and not _word_before(data, _prefixed(data, start - 1)):
        start -= 1
        closing = b'"' + b"#" * hashes
        end = data.find(closing, quote + 1)
        return None if end < 0 else (_prefixed(data, start), end + len(closing))
    if hashes:
        start = quote  # `#"` is no literal's start: the quote opens a plain one
    found = _STRING.match(data, quote)
    return None if found is None else (_prefixed(data, start), found.end())


def _prefixed(data: bytes, start: int) -> int:
    """``start`` moved back over a `b` or `c` prefix that is no word's last letter."""
    if start > 0 and data[start - 1] in b"bc" and not _word_before(data, start - 1):
        return start - 1
    return start


def _word_before(data: bytes, index: int) -> bool:
    """Whether ``data[index]`` continues a word (an identifier's letter before it)."""
    return index > 0 and data[index - 1] in WORD_BYTES


def _block_end(data: bytes, start: int) -> int:
    """The end of the block comment opening at ``start`` (they nest), or -1."""
    depth = 0
    for edge in _BLOCK_EDGE.finditer(data, start):
        depth += 1 if edge.group() == b"/*" else -1
        if depth == 0:
            return edge.end()
    return -1


def _asserted(code: bytes, literals: list[tuple[int, int]]) -> set[int]:
    """The starts of the literals that are themselves operands of an assertion
    (``assert_eq!(x, "..")``): at the first level of its arguments, not inside a call
    among them. An assertion among another macro's arguments or in a ``macro_rules!``
    body is only tokens to the parse, and so here."""
    if not literals:
        return set()
    ends = [m.end() for m in _ASSERTION.finditer(code) if _is_assertion(code, m.start())]
    if not ends:
        return set()
    starts = [start for start, _ in literals]
    found: set[int] = set()
    covered = 0  # the end of the last macro's arguments
    # (the macros up to the last assertion, each one's arguments read once)
    for name, opening in macro_calls(code, ends[-1]):
        if name < covered:
            continue  # among another macro's tokens
        named = name + 6 if code.startswith(b"debug_", name) else name
        asserting = _ASSERTION.match(code, named) is not None and _is_assertion(code, named)
        first = opening - 1  # the opening delimiter
        depth = 0
        level = first + 1  # where the first level of its arguments goes on
        for bracket in _BRACKET.finditer(code, first):
            if bracket.group()[0] in _OPENING:
                if depth == 1 and asserting:
                    found.update(_between(starts, level, bracket.start()))
                depth += 1
                continue
            depth -= 1
            if depth == 1:
                level = bracket.end()
            elif depth == 0:
                if asserting:
                    found.update(_between(starts, level, bracket.start()))
                covered = bracket.end()
                break
        else:
            break  # arguments that never close: the rest of the file is in them
    return found


def _is_assertion(code: bytes, at: int) -> bool:
    """Whether the assertion's name found at ``at`` (less a `debug_` before it) is a whole
    word and no path's last segment (`similar_asserts::assert_eq!` is another macro)."""
    if code.endswith(b"debug_", 0, at):
        at -= 6
    return not (at and code[at - 1] in WORD_BYTES) and not code.endswith(b"::", 0, at)


def _between(starts: list[int], low: int, high: int) -> list[int]:
    return starts[bisect_left(starts, low) : bisect_left(starts, high)]
