"""Text from untrusted inputs, made safe to print.

A crate's member names and sources, an advisory's text, a lockfile's package names
and a registry's answers can all carry terminal escape sequences (``ESC [ 2 K`` erases
the line; a forged ``error: everything is fine`` follows). Before such text reaches a
terminal, a log line or a Markdown / HTML report, every control character is replaced
by a visible escape (``\\x1b``), so nothing is hidden and nothing is interpreted.
"""

from __future__ import annotations

import re

__all__ = ["printable", "printable_line"]

# C0 and C1 controls, DEL, the Unicode line and paragraph separators and bidirectional
# overrides (which reorder what follows them on screen), and the invisible characters
# that can carry a hidden text: zero-width characters and the tag characters (each an
# ASCII character nobody sees). Patterns compiled on first use: most text is printable
# ASCII, which has none of them.
_INVISIBLE = "\u200b-\u200f\u2060-\u2064\ufeff\U000e0000-\U000e007f"
_UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069" + _INVISIBLE + "]"
_UNSAFE_LINE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069" + _INVISIBLE + "]"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\u{{{code:x}}}"


def printable(text: str) -> str:
    """``text`` with every control character but tab and newline shown as an escape."""
    if text.isascii() and text.isprintable():
        return text
    return re.sub(_UNSAFE, _escape, text)


def printable_line(text: str) -> str:
    """``text`` on one line: every control character, tab and newline included, escaped."""
    if text.isascii() and text.isprintable():
        return text
    return re.sub(_UNSAFE_LINE, _escape, text)
