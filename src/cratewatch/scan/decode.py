"""Recover strings that code hides and rebuilds at run time.

Malware keeps its command-and-control URLs, paths and commands out of plain sight:
base64 or hex literals decoded at run time, a URL split into fragments and joined,
byte arrays XORed with a key, reversed strings, numbers spelled ``[104, 116, ...]``,
``\\x68\\x74``-escaped text. This module undoes those encodings statically, so the same
rules that look at string literals also see what the program will rebuild. Nothing is
evaluated: only the literal data is decoded.

A decoded string is kept only when it reads as text (printable ASCII, some letters), so
random data and binary test vectors stay silent. Fragments are joined when consecutive
literals (within a few lines) are short; joining alone is not obfuscation, decoding is.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import itertools
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Final, Literal, NamedTuple

from cratewatch.scan.assemble import assembled_strings
from cratewatch.scan.bech32 import bech32_decode
from cratewatch.scan.syntax import ByteArray, RustSource
from cratewatch.scan.words import word_matches

__all__ = ["Decoded", "best_reading", "decode_layers", "decoded_strings", "entropy", "is_text"]

_BASE64: Final = re.compile(r"[A-Za-z0-9+/]{2,}={0,2}|[A-Za-z0-9_-]{2,}={0,2}")
_HEX: Final = re.compile(r"(?:[0-9a-fA-F]{2})+")
# `\x41`, `\u{1d5bd}` (Rust, JavaScript) and `\u0041` (JavaScript, JSON)
_ESCAPE: Final = re.compile(r"\\x([0-9a-fA-F]{2})|\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})")
_PERCENT: Final = re.compile(r"%([0-9A-Fa-f]{2})")
_XOR: Final = re.compile(rb"\^=?\s*[A-Za-z0-9_(]")  # code that XORs: try every key
_MIN_TEXT: Final = 6  # shorter decodings say nothing
_MIN_ENCODED: Final = 12
_MIN_XOR: Final = 12  # shorter data reads as text under some key too often
_MAX_LAYERS: Final = 3  # encodings of encodings undone
_FRAGMENT: Final = 48  # longer literals are not fragments of something else
_GAP: Final = 2  # lines between consecutive fragments
_PRINTABLE: Final = bytes(range(0x20, 0x7F)) + b"\t\n\r"
_NOT_ALNUM: Final = bytes(b for b in range(256) if not chr(b).isalnum() or b > 0x7F)
_NOT_LETTERS: Final = bytes(b for b in range(256) if not chr(b).isalpha() or b > 0x7F)
_UNCOMMON: Final = bytes(
    b for b in range(256) if not (chr(b).isalnum() and b < 0x80) and chr(b) not in " ./:-_=?&%@"
)
# One-byte ciphers, as translation tables: XOR with a key, and a shift (Caesar) by a key.
_XOR_CIPHERS: Final = [(f"xor {k:#04x}", bytes(b ^ k for b in range(256))) for k in range(1, 256)]
_SHIFT_CIPHERS: Final = [
    (f"minus {k}", bytes((b - k) % 256 for b in range(256))) for k in range(1, 256)
]
_ROT13: Final = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
_ROT47: Final = str.maketrans(
    "".join(map(chr, range(33, 127))), "".join(chr(33 + (c - 33 + 47) % 94) for c in range(33, 127))
)
# Code that rotates letters: a rot13 / rot47 name, or arithmetic modulo 26 or 94. (Two
# patterns, each starting with a literal that the regex engine can search for quickly.)
_ROTATING: Final = (re.compile(rb"rot_?(13|47)"), re.compile(rb"%\s*(26|94)\b"))
# position-dependent keys: what undoes each, byte b at index i
_POSITIONAL: Final[tuple[tuple[str, Callable[[int, int], int]], ...]] = (
    ("xor index", lambda b, i: (b ^ i) & 0xFF),
    ("minus index", lambda b, i: (b - i) % 256),
    ("plus index", lambda b, i: (b + i) % 256),
)
_MAX_KEY_BYTES: Final = 32  # longer arrays and literals are data, not keys
_MAX_KEYS: Final = 64
# a hex integer of five bytes or more (shorter ones are flags and magic numbers), and what
# may stand between two words of one packed string
_WORD: Final = re.compile(rb"0x([0-9a-fA-F_]{10,40})(?:u64|u128|i64|i128|usize)?\b")
_SEPARATOR: Final = re.compile(rb"\s*,\s*")
_REVERSED_NAME: Final = re.compile(r"^(exe|lld|hs|1sp|tab|os|bylid)\.|//:s?ptth")
_MAX_SCALE: Final = 64  # integers spelled as code points times more than this are data
_MAX_SCALED: Final = 1024  # longer arrays are not tried for a scale
_MAX_ALPHABETS: Final = 8  # literals of one file tried as substitution alphabets
_BASE32: Final = re.compile(r"(?:[A-Z2-7]{8})+[A-Z2-7]*=*")
# strings put together from pieces in plain sight (assemble.py): not obfuscation
_ASSEMBLED: Final = frozenset({"joined", "path", "format", "array join", "address"})
# a quoted literal on one line of a script or page, at most 4 KiB
_SCRIPT_LITERAL: Final = re.compile(r'"((?:[^"\\\n]|\\.){4,4096})"|\'((?:[^\'\\\n]|\\.){4,4096})\'')
_MAX_SCRIPT_LITERALS: Final = 20_000


class Decoded(NamedTuple):
    line: int
    text: str
    how: str  # "base64", "hex", "xor 0x5a", "reversed", "bytes", "escapes", "joined"
    pieces: tuple[str, ...] = ()  # the fragments of a joined string

    @property
    def obfuscated(self) -> bool:
        return self.how not in _ASSEMBLED


def decoded_strings(source: RustSource) -> list[Decoded]:
    """Every string the literals of a parsed file decode to, with the line of the
    (first) literal."""
    data = source.data
    # Which one-byte ciphers to try on bytes that do not read as text: XOR when the file
    # XORs; shifts on integer arrays always (they are few, and rarely text by chance).
    # (The XOR search is guarded by a plain substring test: most files have no ``^``.)
    keys = _XOR_CIPHERS if b"^" in data and _XOR.search(data) else []
    rotating = any(pattern.search(data) for pattern in _ROTATING)
    reversing = _lines_with(data, b".rev()")
    reverses_in_code = bool(reversing) and b".rev()" in source.code_bytes
    found: list[Decoded] = []
    for literal in source.strings:
        content = literal.text.strip()
        if len(content) >= _MIN_ENCODED:  # (most are shorter: not one call for them)
            found += _decodings(literal.line, content, keys)
        if not content.isascii():
            found += _invisible(literal.line, content) + _compatibility(literal.line, content)
        if rotating and len(content) >= _MIN_ENCODED and content.isascii():
            found.append(Decoded(literal.line, content.translate(_ROT13), "rot13"))
            found.append(Decoded(literal.line, content.translate(_ROT47), "rot47"))
        near = reversing and any(
            line in reversing for line in range(literal.line, literal.line + 4)
        )
        # a table of names reversed far from the code that turns them round: only those
        # that read, reversed, as a program, a library or a URL
        named = reverses_in_code and _REVERSED_NAME.search(content) is not None
        if (near or named) and content.isascii() and _is_text(content.encode("ascii")):
            found.append(Decoded(literal.line, content[::-1], "reversed"))
    for line, pieces in _fragment_runs(source):
        joined = "".join(pieces)
        found.append(Decoded(line, joined, "joined", tuple(pieces)))
        found += _decodings(line, joined, keys)
    # paths and addresses built from literal pieces or integers (not hidden: assembled)
    found += [Decoded(a.line, a.text, a.how, a.pieces) for a in assembled_strings(source)]
    repeating = _repeating_keys(source) if keys else []
    for wide in source.wide_arrays:
        found += _from_wide(wide.line, wide.values)
    if b"0x" in data:
        found += _packed_words(source)
    alphabets = _alphabets(source) if source.byte_arrays else []
    for array in source.byte_arrays:
        if alphabets:
            found += _indexed(array, alphabets)
        decoded = _from_bytes(array.line, array.data, "bytes", keys + _shifts_for(array.data))
        if len(array.data) >= _MIN_XOR and (_flaws(decoded) or not _shaped(decoded)):
            # a one-byte key made no clean text: a repeating or position-dependent key may
            better = _keyed(array.line, array.data, repeating) or _positional(array, keys)
            if better and (_flaws(better), not _shaped(better)) < (
                _flaws(decoded),
                not _shaped(decoded),
            ):
                decoded = better
        found += decoded
    return found


def _from_wide(line: int, values: tuple[int, ...]) -> list[Decoded]:
    """Wider integers (code points, ``u16``) that a constant offset, or an offset and a
    scale, bring into printable ASCII and that then read as a URL, path or command line:
    ``char::from_u32(c - 300)`` over ``[404, 416, 416, ...]``, ``(c - 499) / 7``."""
    low, high = min(values), max(values)
    if high - low <= 0x7E - 0x20:
        candidates = [
            (f"integers minus {k}", bytes(v - k for v in values))
            for k in range(max(high - 0x7E, 1), low - 0x20 + 1)
        ]
        found = _best(line, candidates)
        # some shift makes letters of any short run of numbers: only a URL, path or
        # command line is worth keeping
        return found if _shaped(found) else []
    # Scaled: text's characters differ by small numbers with no common factor, so the
    # greatest common divisor of the distances is the scale (or a multiple of it). Hidden
    # URLs and commands are short; a long table is data (and each scale tried costs a pass).
    if len(values) > _MAX_SCALED:
        return []
    scale = math.gcd(*(v - low for v in values))
    for factor in range(min(scale, _MAX_SCALE), 1, -1):
        if scale % factor or (high - low) // factor > 0x7E - 0x20:
            continue
        steps = [(v - low) // factor for v in values]
        top = max(steps)
        candidates = [
            (f"integers scaled by {factor}", bytes(step + first for step in steps))
            for first in range(0x20, 0x7E - top + 1)
        ]
        found = _best(line, candidates)
        if _shaped(found):
            return found
    return []


def _packed_words(source: RustSource) -> list[Decoded]:
    """Text packed into wide integers, several characters to a word (``0x6d75727463656c652e``
    is ``.electrum`` read little-endian), a word alone or words in a row joined: how
    "stack strings" keep text out of the literals. Both byte orders are tried; a word
    that is not printable ASCII once its zero padding is dropped ends a run."""
    code = source.code_bytes
    found: list[Decoded] = []
    orders: tuple[Literal["little", "big"], ...] = ("little", "big")
    for order in orders:
        run: list[str] = []
        start = end = 0
        for match in word_matches(_WORD, code):
            value = int(match.group(1).replace(b"_", b""), 16)
            raw = value.to_bytes((value.bit_length() + 7) // 8 or 1, order)
            text = raw.strip(b"\0")
            readable = text and not text.translate(None, _PRINTABLE) and b"\0" not in text
            joined = bool(run) and _SEPARATOR.fullmatch(code, end, match.start()) is not None
            if run and not (readable and joined):
                found += _packed_run(source, start, run, order)
                run = []
            if readable:
                if not run:
                    start = match.start()
                run.append(text.decode("ascii"))
                end = match.end()
        found += _packed_run(source, start, run, order)
    return found


def _packed_run(source: RustSource, at: int, words: list[str], order: str) -> list[Decoded]:
    text = "".join(words)
    if not words or not _is_text(text.encode("ascii")):
        return []
    line = source.code_bytes.count(b"\n", 0, at) + 1
    return [Decoded(line, text, f"integers packed {order}-endian")]


def _alphabets(source: RustSource) -> list[str]:
    """A file's literals that can serve as a substitution alphabet: 16 to 128 characters,
    none repeated (``"abcdefghijklmnopqrstuvwxyz0123456789:/._-"``), at most a few."""
    found = []
    for literal in source.strings:
        text = literal.text
        if 16 <= len(text) <= 128 and len(set(text)) == len(text) and text.isascii():
            found.append(text)
    return found[:_MAX_ALPHABETS]


def _indexed(array: ByteArray, alphabets: list[str]) -> list[Decoded]:
    """Bytes that are positions in one of the file's alphabets (a substitution cipher:
    ``ALPHABET[i]`` for each ``i``), when that spells a URL, path or command line."""
    if len(array.data) < _MIN_TEXT:
        return []
    top = max(array.data)
    candidates = [
        (
            f"positions in the alphabet {alphabet[:12]!r}…",
            "".join(alphabet[i] for i in array.data).encode(),
        )
        for alphabet in alphabets
        if top < len(alphabet)
    ]
    found = _best(array.line, candidates)
    return found if _shaped(found) else []


def _repeating_keys(source: RustSource) -> list[tuple[str, bytes]]:
    """Keys a file may XOR its data with, repeating: its short byte arrays and short
    string literals (``const KEY: [u8; 4] = [...]``, ``b"k3y"``), at most ``_MAX_KEYS``."""
    keys: dict[bytes, str] = {}
    for array in source.byte_arrays:
        if 2 <= len(array.data) <= _MAX_KEY_BYTES:
            keys.setdefault(array.data, f"the bytes of line {array.line}")
    for literal in source.strings:
        raw = literal.text.encode("utf-8", errors="replace")
        if 2 <= len(raw) <= _MAX_KEY_BYTES and b"\\" not in raw:
            keys.setdefault(raw, f"{literal.text!r}")
    return [(how, key) for key, how in list(keys.items())[:_MAX_KEYS]]


def _keyed(line: int, data: bytes, keys: list[tuple[str, bytes]]) -> list[Decoded]:
    """The data XORed with a repeating key of the same file, if one makes it text that
    reads like a URL, path or command line."""
    candidates = []
    for how, key in keys:
        if len(key) < len(data):
            repeated = (key * (len(data) // len(key) + 1))[: len(data)]
            plain = bytes(a ^ b for a, b in zip(data, repeated, strict=True))
            candidates.append((f"bytes, xor with key {how}", plain))
    return _best(line, candidates)


def _positional(array: ByteArray, keys: list[tuple[str, bytes]]) -> list[Decoded]:
    """Data whose key changes with the position (``b ^ i``, ``b - i``, ``b + i``, then
    a constant shift, or a constant XOR in a file that XORs), a common way to keep a
    one-byte key from showing."""
    candidates = []
    for name, undo in _POSITIONAL:
        plain = bytes(undo(b, i) for i, b in enumerate(array.data))
        candidates.append((f"bytes, {name}", plain))
        for how, table in (*keys, *_shifts_for(plain)):
            candidates.append((f"bytes, {name}, {how}", plain.translate(table)))
    return _best(array.line, candidates)


def _flaws(decoded: list[Decoded]) -> int:
    """Characters of a decoding that are unusual in URLs, paths and commands (no
    decoding: as bad as can be)."""
    if not decoded:
        return 1 << 30
    text = decoded[0].text.encode("ascii", errors="replace")
    return len(text) - _common(text)


def _shaped(decoded: list[Decoded]) -> bool:
    """A decoding shaped like a URL, a path or a command line."""
    text = decoded[0].text if decoded else ""
    return "://" in text or text.startswith(("/", "~/", "./")) or " -" in text


def _best(line: int, candidates: list[tuple[str, bytes]]) -> list[Decoded]:
    """The candidate that reads most like a URL, path or command line, if it is text."""
    scored = [(_common(plain), -index) for index, (_, plain) in enumerate(candidates)]
    if not scored:
        return []
    common, index = max(scored)
    how, plain = candidates[-index]
    if common < 0.9 * len(plain) or not _is_text(plain):
        return []
    return [Decoded(line, plain.decode("ascii"), how)]


def _lines_with(data: bytes, needle: bytes) -> set[int]:
    """The (1-based) lines of ``data`` that contain ``needle``."""
    lines = set()
    line, counted = 1, 0
    start = data.find(needle)
    while start >= 0:
        line += data.count(b"\n", counted, start)
        counted = start
        lines.add(line)
        start = data.find(needle, start + 1)
    return lines


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    from math import log2

    counts: dict[str, int] = {}
    for char in text:
        counts[char] = counts.get(char, 0) + 1
    total = len(text)
    return -sum(n / total * log2(n / total) for n in counts.values()) if total else 0.0


def _decodings(line: int, text: str, keys: list[tuple[str, bytes]]) -> list[Decoded]:
    """What ``text`` decodes to, through up to ``_MAX_LAYERS`` encodings (base64 of
    base64 of a URL is a URL)."""
    found = _decode_once(line, text, keys)
    for _ in range(_MAX_LAYERS - 1):
        deeper = [
            Decoded(line, inner.text, f"{outer.how}, {inner.how}")
            for outer in found[-1:]
            for inner in _decode_once(line, outer.text, keys)
        ]
        if not deeper:
            break
        found += deeper
    return found


def _decode_once(line: int, text: str, keys: list[tuple[str, bytes]]) -> list[Decoded]:
    found: list[Decoded] = []
    if len(text) < _MIN_ENCODED:
        return found
    if _HEX.fullmatch(text):
        found += _from_bytes(line, bytes.fromhex(text), "hex", keys)
    elif _BASE32.fullmatch(text):
        with contextlib.suppress(binascii.Error, ValueError):
            padded = text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 8)
            found += _from_bytes(line, base64.b32decode(padded), "base32", keys)
    # Base64 of text mixes upper and lower case: one case alone is a name (CARGO_PKG_NAME,
    # some_identifier), not worth decoding.
    if not found and not text.islower() and not text.isupper() and _BASE64.fullmatch(text):
        data = _base64(text)
        if data is not None:
            found += _from_bytes(line, data, "base64", keys)
    if not found and "1" in text and (decoded := bech32_decode(text)) is not None:
        found += _from_bytes(line, decoded[1], "bech32", keys)
    if "%" in text:
        found += _percent_decoded(line, text)
    if "\\" not in text:
        return found
    escapes = [m.end() - m.start() for m in _ESCAPE.finditer(text)]
    if len(escapes) >= 4 and sum(escapes) * 4 >= 3 * len(text):  # mostly escapes: hex text
        unescaped = _ESCAPE.sub(_unescape, text)
        if unescaped.isascii() and _is_text(unescaped.encode("ascii")):
            found.append(Decoded(line, unescaped, "escapes"))
        found += [d._replace(how=f"escapes, {d.how}") for d in _compatibility(line, unescaped)]
    return found


def script_strings(text: str) -> list[Decoded]:
    """What the string literals of a script or web page (shell, JavaScript, PowerShell,
    the scripts of an HTML page: quoted text on one line) decode to, as
    ``decoded_strings`` reads a Rust file's literals: encodings, escapes, invisible and
    compatibility characters. At most ``_MAX_SCRIPT_LITERALS`` literals."""
    found: list[Decoded] = []
    line, counted = 1, 0
    for match in itertools.islice(_SCRIPT_LITERAL.finditer(text), _MAX_SCRIPT_LITERALS):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        content = (match.group(1) or match.group(2) or "").strip()
        found += _decodings(line, content, [])
        if not content.isascii():
            found += _invisible(line, content) + _compatibility(line, content)
    return found


def _compatibility(line: int, text: str) -> list[Decoded]:
    """Text written in compatibility characters (mathematical letters and digits such as
    𝗵𝘁𝘁𝗽𝘀, fullwidth or circled forms) that NFKC normalisation makes ASCII: JavaScript's
    ``normalize("NFKC")`` or the ``unicode-normalization`` crate undoes it at run time."""
    normal = unicodedata.normalize("NFKC", text)
    if not normal.isascii():
        return []  # (most non-ASCII text stays so: the count below is then not needed)
    changed = sum(1 for a in text if not a.isascii())
    if changed >= _MIN_TEXT and _is_text(normal.encode("ascii")):
        return [Decoded(line, normal, "compatibility characters")]
    return []


_TAG_CHARACTER: Final = re.compile("[\U000e0020-\U000e007e]")
_VARIATION_SELECTOR: Final = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def _invisible(line: int, text: str) -> list[Decoded]:
    """Text carried by invisible characters: Unicode tag characters (U+E0020 to U+E007E,
    each an ASCII character) and variation selectors (U+FE00 to U+FE0F and U+E0100 to
    U+E01EF, each a byte: the encoding GlassWorm used), at least ``_MIN_TEXT`` of them."""
    found = []
    # (found by pattern: a large table of non-ASCII text has none, and a loop over its
    # characters in Python was a tenth of a rescan's time)
    tags = "".join(chr(ord(c) - 0xE0000) for c in _TAG_CHARACTER.findall(text))
    if len(tags) >= _MIN_TEXT and _is_text(tags.encode("ascii")):
        found.append(Decoded(line, tags, "tag characters"))
    selectors = bytes(
        ord(c) - 0xFE00 if ord(c) <= 0xFE0F else ord(c) - 0xE0100 + 16
        for c in _VARIATION_SELECTOR.findall(text)
    )
    if len(selectors) >= _MIN_TEXT and _is_text(selectors):
        found.append(Decoded(line, selectors.decode("ascii"), "variation selectors"))
    return found


def _percent_decoded(line: int, text: str) -> list[Decoded]:
    """A text written mostly as ``%XX`` escapes (URL encoding of characters that never
    need it, letters and digits among them) read as what it encodes."""
    escaped = _PERCENT.findall(text)
    if not text.isascii() or len(escaped) < 4 or len(escaped) * 3 * 4 < 3 * len(text):
        return []
    if sum(chr(int(code, 16)).isalnum() for code in escaped) * 2 < len(escaped):
        return []  # escapes of separators and spaces: an ordinary URL query
    data = _PERCENT.sub(lambda m: chr(int(m.group(1), 16)), text).encode("latin-1")
    return [Decoded(line, data.decode("ascii"), "percent")] if _is_text(data) else []


def _unescape(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2) or match.group(3), 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _base64(text: str) -> bytes | None:
    padded = text + "=" * (-len(text) % 4)
    try:
        if "-" in text or "_" in text:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def _from_bytes(
    line: int, data: bytes, how: str, ciphers: list[tuple[str, bytes]]
) -> list[Decoded]:
    """The bytes as text, or deciphered with the one-byte cipher under which they read
    most like a URL, path or command line."""
    best, best_cipher = data, ""
    if len(data) >= _MIN_XOR:
        for name, table in ciphers:
            candidate = data.translate(table)
            if _rank(candidate) > _rank(best):
                best, best_cipher = candidate, name
    if best_cipher and _common(best) < 0.9 * len(best):
        best, best_cipher = data, ""  # no key makes it read well: keep the bytes as they are
    if not _is_text(best):
        return []
    suffix = f", {best_cipher}" if best_cipher else ""
    return [Decoded(line, best.decode("ascii"), how + suffix)]


def _shifts_for(data: bytes) -> list[tuple[str, bytes]]:
    """The shifts that can bring every byte into printable ASCII (0x20..0x7e): only data
    spanning less than that range can be shifted text."""
    if not data:
        return []
    low, high = min(data), max(data)
    return [_SHIFT_CIPHERS[k - 1] for k in range(max(high - 0x7E, 1), low - 0x20 + 1)]


def _common(data: bytes) -> int:
    return len(data.translate(None, _UNCOMMON))


def _rank(data: bytes) -> tuple[int, int]:
    """How well bytes read: their characters common in names, then (between keys under
    which all are, such as `--AB0-48%90` and `XX47EXAMPLE0`) their letters and digits."""
    return _common(data), len(data.translate(None, _NOT_ALNUM))


def _is_text(data: bytes) -> bool:
    """Printable ASCII, at least half letters and digits, and a few letters."""
    return (
        len(data) >= _MIN_TEXT
        and not data.translate(None, _PRINTABLE)
        and len(data.translate(None, _NOT_ALNUM)) * 2 >= len(data)
        and len(data.translate(None, _NOT_LETTERS)) >= 3
    )


def _fragment_runs(source: RustSource) -> list[tuple[int, list[str]]]:
    """Runs of at least two short literals, each within a few lines of the last."""
    runs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = last = 0
    for literal in source.strings:
        short = 0 < len(literal.text) <= _FRAGMENT and "\\n" not in literal.text
        if short and current and literal.line - last <= _GAP:
            current.append(literal.text)
        else:
            if len(current) >= 2:
                runs.append((first, current))
            current = [literal.text] if short else []
            first = literal.line
        last = literal.line
    if len(current) >= 2:
        runs.append((first, current))
    return runs


# What the crate-wide evaluator (constants.py) reads its results with: the same layers
# of encodings and the same tests of what reads as text.
decode_layers: Final = _decodings
best_reading: Final = _best
is_text: Final = _is_text
