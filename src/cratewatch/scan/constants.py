"""Strings hidden across a crate's files and through simple expressions.

Decoding (``decode.py``) works per literal and per file. Malware puts the key in one
file, the data in another and the decoder in a third, or builds a URL with ``concat!``
or ``format!`` of constants defined elsewhere. Here a crate-wide table of ``const`` and
``static`` items (strings, byte strings, byte and integer arrays, bytes and characters:
name, value, file) is built, and a small evaluator of pure expressions runs over it:

- ``concat!`` (and ``const_format``'s ``concatcp!`` / ``formatcp!``), ``format!`` with
  constant arguments (``"{}{}"``, ``"{A}"``, ``"{0}"``, ``name = A``), ``[A, B].concat()``
  and ``.join(sep)``, ``A.to_string() + B``;
- integer arithmetic, ``as u8`` / ``as char`` casts and ``char::from_u32``, so that
  characters spelled as sums (``(0x68 + 0) as u8 as char``) become text;
- a function (or a static's initialiser) that XORs, adds or subtracts and names a
  constant data array and a constant key (an array, bytes or one byte), at least one of
  them defined in another file: the data is tried with the key, repeating, and kept only
  when it reads as text (closures are not parsed: naming both is enough to try).

Every result is then read through the existing decoders (base64, hex, base32, escapes,
in layers) and by the ``strings`` and ``decoded`` rules, at the line of the expression,
with a snippet that says how it was built. What is put together in plain sight is read
like assembled strings (not as obfuscation); what an encoding hid is read like decoded
strings.

The table costs a second parse, so it is built only when some file names a constant of
the kind above near an expression that builds or deciphers (``concat``, ``format``,
``join``, ``^``, ``wrapping_add``, ``to_string() +``), or spells characters as integer
arithmetic: a cheap test on the bytes that most crates fail. Everything is bounded: the
constants per crate, a value's size, the nesting of an expression and the evaluation
steps per crate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, partial
from typing import Any, Final, NamedTuple

from cratewatch.scan.analyze import MAX_PARSED_BYTES, Context, Evidence, FileScan
from cratewatch.scan.analyze import evaluated_evidence as _evidence
from cratewatch.scan.decode import Decoded, best_reading, decode_layers, is_text
from cratewatch.scan.literals import format_pieces, integer, unescape
from cratewatch.scan.memo import FileMemo, checked_list, checked_string, remembered
from cratewatch.scan.syntax import node_text, parser, syntax_tree

__all__ = [
    "MAX_CONSTANTS",
    "MAX_STEPS",
    "MAX_VALUE",
    "constant_files",
    "constants_evidence",
    "evaluated_constants",
]

MAX_CONSTANTS: Final = 4000  # items of the table per crate
MAX_VALUE: Final = 64 * 1024  # characters, bytes or integers of one value
MAX_DEPTH: Final = 24  # nesting of one expression, constants followed included
MAX_STEPS: Final = 200_000  # expression nodes evaluated per crate
MAX_SITES: Final = 2000  # expressions tried per crate
MAX_FOUND: Final = 200  # strings reported per crate
MAX_TEXT: Final = 1024 * 1024  # characters of them all, read by the rules
MAX_DECIPHERED: Final = 1024 * 1024  # bytes tried with a key per crate
_MAX_DATA: Final = 4096  # of one data constant, the bytes tried with a key
_MAX_KEY: Final = 32  # longer arrays and strings are data, not keys
_MIN_DATA: Final = 12  # shorter data reads as text under some key too often
_MAX_PAIRS: Final = 64  # data and key pairs tried per function
_MAX_OWN_DATA: Final = 32  # data constants of one file tried with a key from another
_MIN_CHARS: Final = 6  # characters spelled as arithmetic, fewer say nothing
_WINDOW: Final = 2  # lines around an expression where the constants it names may be
_MAX_WINDOWS: Final = 1000  # expressions looked at per file by the cheap test
_KEPT_FROM: Final = 16 * 1024  # bytes of a file whose cheap test is kept between scans

# The cheap test, on the files' bytes: the words of an expression that builds or
# deciphers, each with which constants count near it (any; only those of other files; or
# a data array and a key a few lines apart, one of them from another file); then the
# constants named in capitals around them; then whether the crate defines such
# constants, of a kind that can hold or build text: "t" (&str and arrays of them), "d"
# (arrays and slices of integers), "b" (a byte, a character).
_TRIGGERS: Final = (b"concat", b"format", b".join(", b"() +", b"^", b"wrapping_")
_DEFINITIONS: Final = tuple(
    re.compile(
        keyword + rb"\s+(?:mut\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:\s*"
        rb"(&\s*(?:'\w+\s+)?str\b|&?\s*(?:'\w+\s+)?\[\s*&|&?\s*(?:'\w+\s+)?\[|u8\b|char\b)"
    )
    for keyword in (b"const", b"static")  # a literal first: the search is fast
)
_NAME: Final = re.compile(rb"\b[A-Z][A-Z0-9_]*\b")  # constants are named in capitals
_CHAR_ARITHMETIC: Final = re.compile(
    rb"(?:0x[0-9a-fA-F]+|\d+)(?:u8|u32)?\s*\)?\s*as\s+(?:u8\s+as\s+)?char\b"
    rb"|char::from_u32\(\s*\(?\s*(?:0x[0-9a-fA-F]+|\d+)"
)

_QUERY: Final = """
(const_item name: (identifier) @name value: (_) @value) @item
(static_item name: (identifier) @name value: (_) @value) @item
(macro_invocation macro: (identifier) @_m
  (#any-of? @_m "concat" "format" "concatcp" "formatcp")) @macro
(macro_invocation macro: (scoped_identifier name: (identifier) @_s)
  (#any-of? @_s "concat" "format" "concatcp" "formatcp")) @macro
(call_expression function: (field_expression field: (field_identifier) @_j)
  (#any-of? @_j "concat" "join")) @joined
(binary_expression operator: "+") @plus
(function_item) @function
(array_expression) @array
(attribute_item) @attribute
"""
_TEST_ATTRIBUTE: Final = re.compile(rb"#\[\s*(?:test|cfg\s*\(\s*test\s*\))\s*\]")
_PASS_THROUGH: Final = frozenset(
    {"to_string", "to_owned", "into", "as_str", "as_ref", "clone", "unwrap", "to_vec", "expect"}
)
_MASKS: Final = {"u8": 0xFF, "u16": 0xFFFF, "u32": 0xFFFF_FFFF, "u64": (1 << 64) - 1}


class _Numbers(tuple[int, ...]):
    """An array of integers not all bytes (``[u16; N]``, ``[u32; N]``)."""


class _Texts(tuple[str, ...]):
    """An array of strings (``[&str; N]``), for ``concat()`` and ``join``."""


Value = str | bytes | int | _Numbers | _Texts


class _Budget(Exception):
    """The crate's evaluation steps are spent."""


class _Constant(NamedTuple):
    name: str
    file: str
    line: int
    value: Any  # the tree-sitter node of its value


class _File(NamedTuple):
    path: str
    data: bytes
    tests: list[tuple[int, int]]  # byte spans of test items
    captures: dict[str, list[Any]]


def evaluated_constants(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
) -> list[Evidence]:
    """Evidence of the ``strings`` and ``decoded`` rules on the strings that the crate's
    code builds from its constants across files (``concat!``, ``format!``, joins, XOR
    with a key kept elsewhere, character arithmetic); none when the cheap test says the
    crate has no such expression."""
    return constants_evidence(files, constant_files(files, scanned, test_gated))


def constant_files(
    files: Mapping[str, bytes],
    scanned: Mapping[str, tuple[Context, FileScan]],
    test_gated: frozenset[str],
    memo: FileMemo | None = None,
) -> dict[str, Context]:
    """The files the evaluation reads, with their contexts: those the cheap test
    chooses (none for most crates). The evidence depends on them alone, so a cache can
    key it by their contents (``cache.py``); ``memo`` keeps what the test reads of each
    file."""
    contexts = {
        path: context
        for path, (context, _) in scanned.items()
        if context is not Context.TEST
        and path not in test_gated
        and path.endswith(".rs")
        and len(files[path]) <= MAX_PARSED_BYTES
    }
    chosen = _worth_parsing({path: files[path] for path in contexts}, memo)
    return {path: contexts[path] for path in sorted(chosen)}


def constants_evidence(
    files: Mapping[str, bytes], contexts: Mapping[str, Context]
) -> list[Evidence]:
    """The evidence of ``evaluated_constants`` from the files ``constant_files`` chose."""
    if not contexts:
        return []
    parsed = [_parse(path, files[path]) for path in sorted(contexts)]
    evaluator = _Evaluator(parsed)
    found: dict[str, tuple[list[Decoded], list[Decoded]]] = {}
    seen: set[tuple[str, int, str]] = set()
    size = 0
    try:
        for file in parsed:
            if file.path not in contexts:
                continue  # a file read only for its constants
            for line, text, how, pieces, hidden in evaluator.strings_of(file):
                if (file.path, line, text) in seen:
                    continue
                size += len(text)
                if len(seen) >= MAX_FOUND or size > MAX_TEXT:
                    raise _Budget
                seen.add((file.path, line, text))
                plain, obfuscated = found.setdefault(file.path, ([], []))
                (obfuscated if hidden else plain).append(Decoded(line, text, how, pieces))
                for layer in decode_layers(line, text, []):
                    obfuscated.append(Decoded(line, layer.text, f"{how}, then {layer.how}"))
    except _Budget:
        pass  # what was found so far stands
    evidence: list[Evidence] = []
    for path, (plain, obfuscated) in found.items():
        evidence += _evidence(path, files[path], contexts[path], plain, obfuscated)
    return evidence


def _worth_parsing(files: Mapping[str, bytes], memo: FileMemo | None = None) -> set[str]:
    """The files to parse: those that name a constant of the table's kinds where an
    expression builds or deciphers, or spell characters as arithmetic, and the files
    that define the constants they name (and those these name in turn). Empty for most
    crates. ``memo`` keeps what each file shows (``_triggers``, ``_defined``)."""
    chosen: set[str] = set()
    near: dict[str, dict[str, set[bytes]]] = {}  # names near each kind of trigger
    # (a small file is read again sooner than looked up)
    kept = partial(remembered, memo, smallest=_KEPT_FROM)
    for path, data in files.items():
        spells, named = kept(
            path, data, "constant triggers", _triggers, _encoded_triggers, _decoded_triggers
        )
        if spells:
            chosen.add(path)
        if named:
            near[path] = named
    if not near and not chosen:
        return set()
    defined: dict[bytes, list[str]] = {}
    kinds: dict[bytes, bytes] = {}
    definitions: dict[str, list[tuple[int, bytes]]] = {}
    for path, data in files.items():
        found = kept(
            path, data, "constant definitions", _defined, _encoded_defined, _decoded_defined
        )
        for matches in found:
            for start, name, kind in matches:
                if len(defined) >= MAX_CONSTANTS and name not in defined:
                    break
                defined.setdefault(name, []).append(path)
                kinds.setdefault(name, kind)
                definitions.setdefault(path, []).append((start, name))
    wanted: set[bytes] = set()
    for path, named in near.items():
        own = {name for _, name in definitions.get(path, ())}
        texts = {n for n in named.get("built", set()) if kinds.get(n) == b"t"}
        texts |= {n for n in named.get("elsewhere", set()) - own if kinds.get(n) == b"t"}
        # where bytes are deciphered: a data array and another constant, one of them
        # defined in another file
        deciphering = named.get("deciphered", set()) & defined.keys()
        deciphers = (
            len(deciphering) >= 2
            and any(path not in defined[name] for name in deciphering)
            and any(kinds[name] == b"d" for name in deciphering)
        )
        if texts or deciphers:
            chosen.add(path)
            wanted |= texts | (deciphering if deciphers else set())
    # the files that define what is named, and what those definitions name, a few rounds
    for _ in range(4):
        more = {path for name in wanted for path in defined.get(name, ())} - chosen
        if not more:
            break
        chosen |= more
        named_now: set[bytes] = set()
        for path in more:
            data = files[path]
            for start, name in definitions.get(path, ()):
                if name in wanted:
                    end = data.find(b";", start, start + 4096)
                    segment = data[start : end if end >= 0 else start + 4096]
                    named_now.update(n for n in _NAME.findall(segment) if n in defined)
        wanted = named_now
    return chosen


_Triggers = tuple[bool, dict[str, set[bytes]]]
_Defined = list[list[tuple[int, bytes, bytes]]]


def _triggers(data: bytes) -> _Triggers:
    """What the cheap test reads of one file first: whether it spells characters as
    arithmetic, and the names near each kind of trigger."""
    return _spells_characters(data), _named_near_triggers(data)


def _defined(data: bytes) -> _Defined:
    """The constants a file defines of the table's kinds, for each of ``_DEFINITIONS``:
    where the name starts, the name, its kind (at most ``MAX_CONSTANTS`` names)."""
    out: _Defined = []
    if b"const" not in data and b"static" not in data:
        return out
    names: set[bytes] = set()
    for pattern in _DEFINITIONS:
        found: list[tuple[int, bytes, bytes]] = []
        for match in pattern.finditer(data):
            if match.start() and data[match.start() - 1 : match.start()].isalnum():
                continue  # "const" or "static" ending a longer word
            name = match.group(1)
            if len(names) >= MAX_CONSTANTS and name not in names:
                break
            names.add(name)
            found.append((match.start(1), name, _kind(match.group(2))))
        out.append(found)
    return out


# kept as JSON (``memo.py``): names, ASCII by their patterns, as text
def _encoded_triggers(value: _Triggers) -> Any:
    spells, named = value
    return [spells, {kind: sorted(n.decode() for n in names) for kind, names in named.items()}]


def _decoded_triggers(value: Any) -> _Triggers:
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], dict)):
        raise ValueError("not triggers")
    spells, named = value
    if type(spells) is not bool:
        raise ValueError("not triggers")
    return spells, {
        _text(kind): {_text(n).encode() for n in checked_list(ns)} for kind, ns in named.items()
    }


def _encoded_defined(value: _Defined) -> Any:
    return [[[start, name.decode(), kind.decode()] for start, name, kind in f] for f in value]


def _decoded_defined(value: Any) -> _Defined:
    out: _Defined = []
    for found in checked_list(value):
        matches = []
        for match in checked_list(found):
            if not (isinstance(match, list) and len(match) == 3 and type(match[0]) is int):
                raise ValueError("not a definition")
            matches.append((match[0], _text(match[1]).encode(), _text(match[2]).encode()))
        out.append(matches)
    return out


def _text(value: Any) -> str:
    if not checked_string(value).isascii():
        raise ValueError("not a name")
    return value  # type: ignore[no-any-return]


def _kind(written: bytes) -> bytes:
    """The kind of a constant by its type as written (see ``_DEFINITIONS``)."""
    if b"str" in written or written.endswith(b"&"):
        return b"t"
    return b"d" if b"[" in written else b"b"


def _named_near_triggers(data: bytes) -> dict[str, set[bytes]]:
    """The names in capitals within a few lines of each kind of trigger: "built"
    (``concat!``, ``concatcp!``, ``formatcp!``, ``.concat()``), "elsewhere" (``format!``,
    ``.join(``, ``to_string() +``: of the file's own constants, common and plain) and
    "deciphered" (``^``, ``wrapping_add``, ``wrapping_sub``)."""
    named: dict[str, set[bytes]] = {}
    windows = 0
    for trigger in _TRIGGERS:
        position = data.find(trigger)
        while position >= 0 and windows < _MAX_WINDOWS:
            kind = _trigger_kind(data, trigger, position)
            if not kind:
                position = data.find(trigger, position + 1)
                continue
            windows += 1
            reach = 3 * _WINDOW if kind == "deciphered" else _WINDOW
            start = end = position
            for _ in range(reach + 1):
                start = data.rfind(b"\n", 0, max(start - 1, 0)) + 1
            for _ in range(reach + 1):
                found = data.find(b"\n", end + 1)
                end = found if found >= 0 else len(data)
            names = _NAME.findall(data, start, end)
            if names:
                named.setdefault(kind, set()).update(names)
            position = data.find(trigger, max(end, position + 1))
    return named


def _trigger_kind(data: bytes, trigger: bytes, at: int) -> str:
    """What the trigger found at ``at`` is (see ``_named_near_triggers``), or ""."""
    after = data[at + len(trigger) : at + len(trigger) + 4]
    if trigger == b"concat":
        built = after.startswith((b"!", b"cp!")) or data[at - 1 : at] == b"."
        return "built" if built else ""
    if trigger == b"format":
        return "built" if after.startswith(b"cp!") else "elsewhere" if after[:1] == b"!" else ""
    if trigger == b"() +":
        before = data[max(at - 9, 0) : at]
        return "elsewhere" if before.endswith((b"to_string", b"to_owned")) else ""
    if trigger == b"wrapping_":
        return "deciphered" if after.startswith((b"add", b"sub")) else ""
    return "deciphered" if trigger == b"^" else "elsewhere"


def _spells_characters(data: bytes) -> bool:
    """Whether the file spells at least ``_MIN_CHARS`` characters as integers cast to
    ``char`` or passed to ``char::from_u32``."""
    if data.count(b"char") < _MIN_CHARS:
        return False
    if data.count(b"as char") + data.count(b"from_u32(") < _MIN_CHARS:
        return False
    return len(_CHAR_ARITHMETIC.findall(data, 0, MAX_VALUE * 4)) >= _MIN_CHARS


@cache
def _query() -> Any:
    from tree_sitter import Query

    return Query(parser().language, _QUERY)


def _parse(path: str, data: bytes) -> _File:
    from tree_sitter import QueryCursor

    tree = syntax_tree(data)
    captures: dict[str, list[Any]] = QueryCursor(_query()).captures(tree.root_node)
    tests = []
    for attribute in captures.get("attribute", []):
        if _TEST_ATTRIBUTE.fullmatch((attribute.text or b"").strip()):
            item = attribute.next_named_sibling
            while item is not None and item.type in ("attribute_item", "line_comment"):
                item = item.next_named_sibling
            if item is not None:
                tests.append((item.start_byte, item.end_byte))
    return _File(path, data, tests, captures)


def _in_tests(file: _File, node: Any) -> bool:
    return any(first <= node.start_byte < last for first, last in file.tests)


def _line(node: Any) -> int:
    return int(node.start_point[0]) + 1


def _module(file: str) -> str:
    """The module a file is: ``net`` for ``src/net.rs`` and ``src/net/mod.rs``."""
    parts = file.removesuffix(".rs").split("/")
    return parts[-2] if parts[-1] == "mod" and len(parts) > 1 else parts[-1]


class _Evaluator:
    """Pure expressions over the crate's constants, bounded in depth and steps."""

    def __init__(self, files: Iterable[_File]) -> None:
        self.table: dict[str, list[_Constant]] = {}
        count = 0
        for file in files:
            names = file.captures.get("name", [])
            values = file.captures.get("value", [])
            for name, value in zip(
                sorted(names, key=lambda n: n.start_byte),
                sorted(values, key=lambda n: n.start_byte),
                strict=False,
            ):
                if count >= MAX_CONSTANTS or _in_tests(file, name):
                    continue
                constant = _Constant(node_text(name), file.path, _line(name), value)
                self.table.setdefault(constant.name, []).append(constant)
                count += 1
        self.cache: dict[tuple[str, int], Value | None] = {}
        self.active: set[tuple[str, int]] = set()
        self.steps = 0
        self.sites = 0
        self.deciphered = 0
        self.used: list[_Constant] = []

    # -- what each file's expressions build

    def strings_of(self, file: _File) -> list[tuple[int, str, str, tuple[str, ...], bool]]:
        """(line, text, how, pieces, hidden) of each string built in ``file``."""
        found: list[tuple[int, str, str, tuple[str, ...], bool]] = []
        built: list[Any] = []
        for kind in ("macro", "joined", "plus"):
            built += file.captures.get(kind, [])
        outermost = _outermost(built)
        for node in outermost:
            if _in_tests(file, node) or not self._names_constant(node):
                continue
            value, used = self._site(node, file.path)
            if isinstance(value, bytes) and is_text(value):
                value = value.decode("ascii")
            if not isinstance(value, str) or not used or len(value) < 4:
                continue
            how = _built_how(node, used)
            pieces = tuple(str(p) for p in self._pieces(used))
            found.append((_line(node), value, how, pieces, False))
        for node in file.captures.get("array", []):
            if _in_tests(file, node) or node.named_child_count < _MIN_CHARS:
                continue
            chars = self._characters(node, file.path)
            if chars is not None:
                found.append((_line(node), chars, "characters from integer arithmetic", (), True))
        containers = file.captures.get("function", []) + file.captures.get("item", [])
        for node in _outermost(containers):
            if not _in_tests(file, node):
                found += self._deciphered(node, file)
        return found

    def _names_constant(self, node: Any) -> bool:
        text = node.text or b""
        return any(m.group().decode() in self.table for m in _NAME.finditer(text))

    def _site(self, node: Any, file: str) -> tuple[Value | None, list[_Constant]]:
        self.sites += 1
        if self.sites > MAX_SITES:
            raise _Budget
        self.used = []
        value = self.value(node, file, 0)
        return value, self.used

    def _pieces(self, used: list[_Constant]) -> list[Value]:
        values = [self.cache.get((c.file, c.line)) for c in used]
        return [v for v in values if isinstance(v, str)]

    def _characters(self, node: Any, file: str) -> str | None:
        """An array of characters spelled as integer arithmetic or casts, as text."""
        text = node.text or b""
        if len(_CHAR_ARITHMETIC.findall(text)) < _MIN_CHARS:
            return None
        self.sites += 1
        if self.sites > MAX_SITES:
            raise _Budget
        value = self.value(node, file, 0)
        if isinstance(value, _Texts) and all(len(c) == 1 for c in value):
            joined = "".join(value)
            if joined.isascii() and is_text(joined.encode("ascii")):
                return joined
        return None

    def _deciphered(
        self, node: Any, file: _File
    ) -> list[tuple[int, str, str, tuple[str, ...], bool]]:
        """A function that XORs, adds or subtracts and names a data constant and a key
        constant (one of them defined in another file): the data deciphered with the
        key, repeating, when that reads as text."""
        text = node.text or b""
        ops = []
        if b"^" in text:
            ops.append("xor")
        if b"wrapping_sub" in text or b"-" in text:
            ops.append("minus")
        if b"wrapping_add" in text or b"+" in text:
            ops.append("plus")
        if not ops or (b"^" not in text and b"wrapping_" not in text):
            return []
        named: dict[str, int] = {}
        for match in _NAME.finditer(text):
            name = match.group().decode()
            if name in self.table and name not in named:
                named[name] = _line(node) + text.count(b"\n", 0, match.start())
        if not named:
            return []
        resolved: list[tuple[_Constant, Value]] = []
        own = {(c.file, c.line) for c in self.table.get(_item_name(node), [])}
        for name in named:
            constant = self._resolve(name, "", file.path)
            if constant is None or (constant.file, constant.line) in own:
                continue
            value = self._constant(constant, 0)
            if value is not None:
                resolved.append((constant, value))
        data = [(c, _as_bytes(v)) for c, v in resolved if _is_data(v)]
        keys = [(c, _key_bytes(v)) for c, v in resolved]
        if not data and any(c.file != file.path for c, _ in resolved):
            # a key from another file and the data passed in (`unmask(&TABLE)`): the
            # data constants of this file are what it is given
            data = self._own_data(file)
        if len(data) + len(keys) < 2:
            return []
        found: list[tuple[int, str, str, tuple[str, ...], bool]] = []
        pairs = 0
        for data_constant, blob in data:
            if blob is None or is_text(blob):
                continue  # not hidden
            blob = blob[:_MAX_DATA]
            candidates = []
            for key_constant, key in keys:
                if key is None or key_constant is data_constant or len(key) >= len(blob):
                    continue
                if data_constant.file == file.path == key_constant.file:
                    continue  # all in one file: decode.py tries its keys
                pairs += 1
                self.deciphered += len(blob) * len(ops)
                if pairs > _MAX_PAIRS:
                    break
                if self.deciphered > MAX_DECIPHERED:
                    raise _Budget
                repeated = (key * (len(blob) // len(key) + 1))[: len(blob)]
                where = f"{data_constant.name} ({data_constant.file}) with key "
                where += f"{key_constant.name} ({key_constant.file})"
                for op in ops:
                    plain = bytes(_apply(op, a, b) for a, b in zip(blob, repeated, strict=True))
                    candidates.append((f"{op} of {where}", plain))
            line = named.get(data_constant.name, data_constant.line)
            for decoded in best_reading(line, candidates):
                found.append((decoded.line, decoded.text, decoded.how, (), True))
        return found

    def _own_data(self, file: _File) -> list[tuple[_Constant, bytes | None]]:
        """The data constants (byte and integer arrays) ``file`` defines, at most a few."""
        found = []
        for constants in self.table.values():
            for constant in constants:
                if constant.file != file.path:
                    continue
                value = self._constant(constant, 0)
                if value is not None and _is_data(value):
                    found.append((constant, _as_bytes(value)))
        return found[:_MAX_OWN_DATA]

    # -- the evaluator

    def value(self, node: Any, file: str, depth: int) -> Value | None:
        """The value of an expression node, or None when it is not a pure expression
        over literals and constants (or is too large or too deep)."""
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise _Budget
        if depth > MAX_DEPTH:
            return None
        kind = node.type
        if kind in ("string_literal", "raw_string_literal"):
            return _string(node)
        if kind == "char_literal":
            return _char(node)
        if kind == "integer_literal":
            return integer(node_text(node))
        if kind in ("parenthesized_expression", "reference_expression"):
            inner = node.child_by_field_name("value") or node.named_child(0)
            return None if inner is None else self.value(inner, file, depth + 1)
        if kind == "unary_expression" and node.child_count == 2 and node_text(node.child(0)) == "-":
            operand = self.value(node.child(1), file, depth + 1)
            return -operand if isinstance(operand, int) else None
        if kind in ("identifier", "scoped_identifier"):
            qualifier, _, name = node_text(node).replace(" ", "").rpartition("::")
            constant = self._resolve(name, qualifier, file)
            if constant is None:
                return None
            self.used.append(constant)
            return self._constant(constant, depth + 1)
        if kind == "array_expression":
            return self._array(node, file, depth)
        if kind == "binary_expression":
            return self._binary(node, file, depth)
        if kind == "type_cast_expression":
            return self._cast(node, file, depth)
        if kind == "call_expression":
            return self._call(node, file, depth)
        if kind == "macro_invocation":
            return self._macro(node, file, depth)
        return None

    def _resolve(self, name: str, qualifier: str, file: str) -> _Constant | None:
        candidates = self.table.get(name)
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        module = qualifier.rsplit("::", 1)[-1]
        for constant in candidates:
            if (
                module
                and module not in ("crate", "self", "super")
                and (_module(constant.file) == module)
            ):
                return constant
        same = [c for c in candidates if c.file == file]
        return same[0] if len(same) == 1 else None

    def _constant(self, constant: _Constant, depth: int) -> Value | None:
        key = (constant.file, constant.line)
        if key in self.cache:
            return self.cache[key]
        if key in self.active:
            return None  # defined in terms of itself
        self.active.add(key)
        try:
            value = self.value(constant.value, constant.file, depth)
        finally:
            self.active.discard(key)
        self.cache[key] = value
        return value

    def _array(self, node: Any, file: str, depth: int) -> Value | None:
        children = [c for c in node.named_children if c.type not in ("line_comment", "attribute")]
        if any(c.type == ";" for c in node.children):  # [x; n]
            if len(children) != 2:
                return None
            item, count = (self.value(c, file, depth + 1) for c in children)
            if not isinstance(count, int) or not 0 <= count <= MAX_VALUE:
                return None
            children_values: list[Value | None] = [item] * count
        else:
            if len(children) > MAX_VALUE:
                return None
            children_values = [self.value(c, file, depth + 1) for c in children]
        if all(isinstance(v, int) for v in children_values):
            numbers = [v for v in children_values if isinstance(v, int)]
            if all(0 <= v <= 255 for v in numbers):
                return bytes(numbers)
            return _Numbers(numbers)
        if all(isinstance(v, str) for v in children_values):
            texts = [v for v in children_values if isinstance(v, str)]
            if sum(map(len, texts)) <= MAX_VALUE:
                return _Texts(texts)
        return None

    def _binary(self, node: Any, file: str, depth: int) -> Value | None:
        operator = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if operator is None or left is None or right is None:
            return None
        a = self.value(left, file, depth + 1)
        if a is None:
            return None
        b = self.value(right, file, depth + 1)
        op = operator.type
        if isinstance(a, str) and isinstance(b, str) and op == "+":
            return a + b if len(a) + len(b) <= MAX_VALUE else None
        if not (isinstance(a, int) and isinstance(b, int)):
            return None
        if op in ("<<", ">>") and not 0 <= b < 64:
            return None
        result = _arithmetic(op, a, b)
        if result is None or abs(result) >= 1 << 64:
            return None
        return result

    def _cast(self, node: Any, file: str, depth: int) -> Value | None:
        value_node = node.child_by_field_name("value")
        type_node = node.child_by_field_name("type")
        if value_node is None or type_node is None:
            return None
        value = self.value(value_node, file, depth + 1)
        target = node_text(type_node)
        if isinstance(value, str) and len(value) == 1 and target in _MASKS:
            return ord(value) & _MASKS[target]
        if not isinstance(value, int):
            return None
        if target == "char":
            return chr(value) if 0 <= value <= 0xFF else None  # only u8 casts to char
        if target in _MASKS:
            return value & _MASKS[target]
        return value

    def _call(self, node: Any, file: str, depth: int) -> Value | None:
        function = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        if function is None or arguments is None:
            return None
        args = [a for a in arguments.named_children if a.type != "line_comment"]
        if function.type == "field_expression":
            receiver = function.child_by_field_name("value")
            field = function.child_by_field_name("field")
            if receiver is None or field is None:
                return None
            method = node_text(field)
            value = self.value(receiver, file, depth + 1)
            if method in _PASS_THROUGH and len(args) <= 1:
                return value
            if method == "as_bytes" and isinstance(value, str):
                return value.encode("utf-8")
            if method == "concat" and not args and isinstance(value, _Texts):
                return "".join(value)
            if method == "join" and len(args) == 1 and isinstance(value, _Texts):
                separator = self.value(args[0], file, depth + 1)
                if isinstance(separator, str):
                    joined = separator.join(value)
                    return joined if len(joined) <= MAX_VALUE else None
            return None
        name = node_text(function).replace(" ", "")
        if len(args) != 1:
            return None
        value = self.value(args[0], file, depth + 1)
        if name in ("char::from_u32", "char::from", "std::char::from_u32"):
            if isinstance(value, int) and 0 <= value <= 0x10FFFF and not 0xD800 <= value < 0xE000:
                return chr(value)
            return None
        if name.endswith(("from_utf8", "from_utf8_lossy")) and isinstance(value, bytes):
            return value.decode("utf-8", errors="replace")
        if name in ("String::from", "str::to_string", "Some", "Ok"):
            return value
        return None

    def _macro(self, node: Any, file: str, depth: int) -> Value | None:
        macro = node.child_by_field_name("macro")
        tree = next((c for c in node.children if c.type == "token_tree"), None)
        if macro is None or tree is None:
            return None
        name = node_text(macro).rsplit("::", 1)[-1].strip()
        args = _arguments(tree)
        if name in ("concat", "concatcp"):
            parts = []
            for tokens in args:
                part = self._token_value(tokens, file, depth + 1)
                if isinstance(part, int) and not isinstance(part, bool):
                    part = str(part)
                if not isinstance(part, str):
                    return None
                parts.append(part)
            joined = "".join(parts)
            return joined if len(joined) <= MAX_VALUE else None
        if name in ("format", "formatcp") and args:
            template = self._token_value(args[0], file, depth + 1)
            if not isinstance(template, str) or len(args[0]) != 1:
                return None
            return self._format(template, args[1:], file, depth)
        return None

    def _format(self, template: str, args: list[list[Any]], file: str, depth: int) -> str | None:
        positional: list[list[Any]] = []
        named: dict[str, list[Any]] = {}
        for argument_tokens in args:
            first = argument_tokens[0]
            if (
                len(argument_tokens) >= 3
                and first.type == "identifier"
                and (node_text(argument_tokens[1]) == "=")
            ):
                named[node_text(first)] = argument_tokens[2:]
            else:
                positional.append(argument_tokens)
        pieces = format_pieces(template)
        if pieces is None:
            return None
        out: list[str] = []
        index = 0
        size = 0
        for piece in pieces:
            if isinstance(piece, str):
                out.append(piece)
                continue
            argument = piece.argument
            if piece.spec:
                return None  # widths, precision, debug: not a plain piece
            tokens: list[Any] | None
            if not argument:
                tokens = positional[index] if index < len(positional) else None
                index += 1
            elif argument.isdigit():
                number = int(argument)
                tokens = positional[number] if number < len(positional) else None
            else:
                tokens = named.get(argument)
                if tokens is None:
                    value = self.value_of_name(argument, file, depth + 1)
                    if value is None:
                        return None
                    out.append(value)
                    continue
            if tokens is None:
                return None
            value_piece = self._token_value(tokens, file, depth + 1)
            if isinstance(value_piece, int):
                value_piece = str(value_piece)
            if not isinstance(value_piece, str):
                return None
            out.append(value_piece)
            size += len(value_piece)
            if size > MAX_VALUE:
                return None
        return "".join(out)

    def value_of_name(self, name: str, file: str, depth: int) -> str | None:
        constant = self._resolve(name, "", file)
        if constant is None:
            return None
        self.used.append(constant)
        value = self._constant(constant, depth)
        if isinstance(value, int):
            return str(value)
        return value if isinstance(value, str) else None

    def _token_value(self, tokens: list[Any], file: str, depth: int) -> Value | None:
        """A macro argument as tokens: a literal, a constant's path, or a macro call."""
        if not tokens:
            return None
        if len(tokens) == 1:
            return self.value(tokens[0], file, depth)
        if (
            len(tokens) == 3
            and tokens[0].type in ("identifier", "scoped_identifier")
            and node_text(tokens[1]) == "!"
        ):
            name = node_text(tokens[0]).rsplit("::", 1)[-1]
            if name in ("concat", "concatcp", "format", "formatcp"):
                args = _arguments(tokens[2])
                if name.startswith("concat"):
                    parts = [self._token_value(a, file, depth + 1) for a in args]
                    if all(isinstance(p, str) for p in parts):
                        return "".join(p for p in parts if isinstance(p, str))
                    return None
                if args and len(args[0]) == 1:
                    template = self._token_value(args[0], file, depth + 1)
                    if isinstance(template, str):
                        return self._format(template, args[1:], file, depth + 1)
            return None
        # a path: crate::a::NAME
        text = "".join(node_text(t) for t in tokens)
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)+", text):
            return None
        qualifier, _, name = text.rpartition("::")
        constant = self._resolve(name, qualifier, file)
        if constant is None:
            return None
        self.used.append(constant)
        return self._constant(constant, depth + 1)


def _outermost(nodes: list[Any]) -> list[Any]:
    """The nodes not inside another of ``nodes`` (one report per expression)."""
    kept: list[Any] = []
    for node in sorted(nodes, key=lambda n: (n.start_byte, -n.end_byte)):
        if kept and node.end_byte <= kept[-1].end_byte:
            continue
        kept.append(node)
    return kept


def _arguments(tree: Any) -> list[list[Any]]:
    """The comma-separated arguments of a macro's token tree, as lists of tokens."""
    args: list[list[Any]] = [[]]
    children = tree.children[1:-1]  # inside the brackets
    for child in children:
        if child.type == ",":
            args.append([])
        elif child.type not in ("line_comment", "block_comment"):
            args[-1].append(child)
    return [a for a in args if a]


def _item_name(node: Any) -> str:
    name = node.child_by_field_name("name")
    return "" if name is None else node_text(name)


def _built_how(node: Any, used: list[_Constant]) -> str:
    if node.type == "macro_invocation":
        macro = node.child_by_field_name("macro")
        verb = node_text(macro).rsplit("::", 1)[-1].strip() if macro is not None else "macro"
        verb = f"{verb}!"
    elif node.type == "binary_expression":
        verb = "+"
    else:
        field = node.child_by_field_name("function")
        name = field.child_by_field_name("field") if field is not None else None
        verb = f".{node_text(name)}()" if name is not None else "join"
    names: list[str] = []
    for constant in used:
        label = f"{constant.name} ({constant.file})"
        if label not in names:
            names.append(label)
        if len(names) >= 4:
            names.append("…")
            break
    return f"{verb} of {', '.join(names)}"


def _string(node: Any) -> str | bytes | None:
    raw = node.text or b""
    first, last = raw.find(b'"'), raw.rfind(b'"')
    if not 0 <= first < last:
        return None
    prefix = raw[:first]
    content = raw[first + 1 : last].decode("utf-8", errors="replace")
    if b"r" not in prefix:
        content = unescape(content)
    if len(content) > MAX_VALUE:
        return None
    if prefix.startswith(b"b"):
        return content.encode("latin-1", errors="replace")
    return content


def _char(node: Any) -> str | int | None:
    raw = node_text(node)
    body = unescape(raw[raw.find("'") + 1 : raw.rfind("'")])
    if len(body) != 1:
        return None
    return ord(body) if raw.startswith("b") else body


def _is_data(value: Value) -> bool:
    if isinstance(value, bytes):
        return len(value) >= _MIN_DATA
    return isinstance(value, _Numbers) and len(value) >= _MIN_DATA


def _as_bytes(value: Value) -> bytes | None:
    if isinstance(value, bytes):
        return value
    if isinstance(value, _Numbers) and all(0 <= v <= 0xFFFF for v in value):
        return bytes(v & 0xFF for v in value)
    return None


def _key_bytes(value: Value) -> bytes | None:
    if isinstance(value, int):
        return bytes([value]) if 0 < value <= 0xFF else None
    if isinstance(value, str) and len(value) == 1:
        return bytes([ord(value)]) if 0 < ord(value) <= 0xFF else None
    if isinstance(value, str):
        value = value.encode("utf-8")
    if isinstance(value, bytes) and 1 <= len(value) <= _MAX_KEY:
        return value
    return None


def _arithmetic(op: str, a: int, b: int) -> int | None:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b if abs(a) < 1 << 64 and abs(b) < 1 << 64 else None
    if op == "^":
        return a ^ b
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "<<":
        return a << b
    if op == ">>":
        return a >> b
    if op == "%":
        return a % b if b else None
    return None


def _apply(op: str, data: int, key: int) -> int:
    if op == "xor":
        return data ^ key
    if op == "minus":
        return (data - key) % 256
    return (data + key) % 256
