"""Rust literals as written in the source: the escapes of string and character literals,
and integer literals in any base with their type suffix. Shared by the evaluator of
constant expressions (``constants.py``) and the interpreter (``interpret/``)."""

from __future__ import annotations

import re
import string
from typing import Final, NamedTuple

__all__ = ["Placeholder", "format_pieces", "integer", "unescape"]

# a line continuation first: a backslash and a line break skip the next line's indentation
_ESCAPE: Final = re.compile(r"\\(\n\s*|x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,8}\}|.)", re.DOTALL)
_SIMPLE_ESCAPES: Final = {
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "0": "\0",
    "\\": "\\",
    '"': '"',
    "'": "'",
}
_INTEGER_SUFFIX: Final = re.compile(r"(?:[ui](?:8|16|32|64|128|size))$")
_FORMAT: Final = re.compile(r"\{\{|\}\}|\{([^{}:]*)(?::([^{}]*))?\}|[{}]")


class Placeholder(NamedTuple):
    """A ``{..}`` of a ``format!`` template."""

    argument: str  # "" for the next positional argument, a position, or a name
    spec: str  # what follows the colon (width, precision, `x`, `?`), or ""


def format_pieces(template: str) -> list[str | Placeholder] | None:
    """A ``format!`` template as its text (``{{`` and ``}}`` read as braces) and its
    placeholders, in order; None when a brace stands alone (no template Rust accepts)."""
    pieces: list[str | Placeholder] = []
    text: list[str] = []
    position = 0
    for match in _FORMAT.finditer(template):
        text.append(template[position : match.start()])
        position = match.end()
        token = match.group()
        if token in ("{{", "}}"):
            text.append(token[0])
        elif token in ("{", "}"):
            return None
        else:
            pieces += ["".join(text)] if any(text) else []
            text = []
            pieces.append(Placeholder(match.group(1).strip(), match.group(2) or ""))
    text.append(template[position:])
    return pieces + (["".join(text)] if any(text) else [])


def unescape(text: str) -> str:
    """The text a string literal's content stands for (``\\x41``, ``\\u{1F600}``,
    ``\\n``, a line continuation); an escape of an invalid code point is U+FFFD."""
    if "\\" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape[0] == "x":
            return chr(int(escape[1:], 16))
        if escape[0] == "u":
            code = int(escape[2:-1].replace("_", ""), 16)
            return chr(code) if code <= 0x10FFFF and not 0xD800 <= code < 0xE000 else "\ufffd"
        if escape[0] == "\n":
            return ""
        return _SIMPLE_ESCAPES.get(escape, escape)

    return _ESCAPE.sub(one, text)


def integer(text: str) -> int | None:
    """The value of an integer literal (``0x1F``, ``0o17``, ``0b1010``, ``1_000u32``), or
    None when the text is not one."""
    digits = _INTEGER_SUFFIX.sub("", text.lower().replace("_", ""))
    try:
        if digits.startswith("0x"):
            return int(digits[2:], 16)
        if digits.startswith("0o"):
            return int(digits[2:], 8)
        if digits.startswith("0b"):
            return int(digits[2:], 2)
        return int(digits) if digits and set(digits) <= set(string.digits) else None
    except ValueError:
        return None
