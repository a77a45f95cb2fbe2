"""What a crate name may be on crates.io, so that a name that could never be published is
said to be one instead of being screened.

crates.io accepts a name of 1 to 64 characters that starts with an ASCII letter and goes on
with ASCII letters, digits, ``-`` and ``_``. (It also keeps a list of reserved names, such as
Windows device names; those are well formed and are screened like any other.)
"""

from __future__ import annotations

from typing import Final

__all__ = ["MAX_LENGTH", "name_problem", "shown_name"]

MAX_LENGTH: Final = 64
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ALLOWED: Final = _LETTERS | frozenset("0123456789-_")
_SHOWN: Final = 40


def name_problem(name: str) -> str | None:
    """Why ``name`` is not a crate name crates.io would accept, or None when it is one."""
    if not name:
        return "empty"
    if len(name) > MAX_LENGTH:
        return f"{len(name):,} characters, over the limit of {MAX_LENGTH}"
    if name[0] not in _LETTERS:
        first = "a digit" if name[0] in "0123456789" else _char(name[0])
        return f"starts with {first}; a crate name starts with an ASCII letter"
    for ch in name:
        if ch not in _ALLOWED:
            return f"has {_char(ch)}; a crate name has only ASCII letters, digits, '-' and '_'"
    return None


def shown_name(name: str) -> str:
    """``name`` quoted for a message, cut short when it is long."""
    return repr(name[:_SHOWN] + "...") if len(name) > _SHOWN else repr(name)


def _char(ch: str) -> str:
    return repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}"
