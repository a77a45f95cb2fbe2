"""Rust literals as written in the source: the escapes of string and character literals,
and integer literals in any base with their type suffix. Shared by the evaluator of
constant expressions (``constants.py``) and the interpreter (``interpret/``)."""

from __future__ import annotations

import re
import string
from typing import Final

__all__ = ["integer", "unescape"]

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
