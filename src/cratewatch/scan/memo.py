"""What analyses over a crate's files keep of each file between scans.

Analyses that read a crate's files together (the data flow through a compilation unit,
the constants built across files) first reduce each file to a summary of its own; a new
version of a crate changes a few files, so the summaries of the others are kept (by
``cache.ScanCache``, under the file's path and contents and a kind naming the summary
and what else it depends on) and only the changed files are read again. A summary is
kept as plain JSON; one that does not decode is computed again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

__all__ = [
    "FileMemo",
    "checked_bool",
    "checked_int",
    "checked_list",
    "checked_string",
    "checked_strings",
    "remembered",
]

T = TypeVar("T")


class FileMemo(Protocol):
    def kept(self, path: str, data: bytes, kind: str) -> Any:
        """The value kept for the file under ``kind``, or None."""

    def keep(self, path: str, data: bytes, kind: str, value: Any) -> None:
        """Keep ``value`` (JSON data) for the file under ``kind``."""


def remembered(
    memo: FileMemo | None,
    path: str,
    data: bytes,
    kind: str,
    compute: Callable[[bytes], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
    smallest: int = 0,
) -> T:
    """``compute(data)``, or what ``memo`` kept of it (``decode`` raises ``ValueError``
    for a value of another shape: computed again). Files under ``smallest`` bytes are
    computed every time (where that costs less than a lookup)."""
    if memo is None or len(data) < smallest:
        return compute(data)
    value = memo.kept(path, data, kind)
    if value is not None:
        try:
            return decode(value)
        except ValueError:
            pass
    result = compute(data)
    memo.keep(path, data, kind, encode(result))
    return result


# What a summary's decoder checks each value with: a value of another type is
# ``ValueError`` (the summary is computed again).


def checked_list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise ValueError("not a list")
    return value


def checked_strings(value: Any) -> list[str]:
    if type(value) is not list or any(type(item) is not str for item in value):
        raise ValueError("not strings")
    return value


def checked_string(value: Any) -> str:
    if type(value) is not str:
        raise ValueError("not a string")
    return value


def checked_int(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("not an integer")
    return value


def checked_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise ValueError("not a boolean")
    return value
