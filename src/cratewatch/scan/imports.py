"""Names a file imports, resolved to their paths before the ``code`` rules read it.

``use reqwest::blocking::get;`` then ``get(url)`` calls ``reqwest::blocking::get``, but a
rule that knows network clients by their path (``reqwest::``) would see the path only on
the ``use`` line, outside every function, and a flow would never find the network step
in the function that makes the call. So the file's ``use`` declarations (braces,
``self``, ``as`` aliases) and ``extern crate x as y`` are read, and where code names an
imported item at the start of a path followed by a call, a path or a macro (``get(``,
``Client::new``, ``rq::get``), the name is written out as its full path in the code view
the rules read. Lines do not move, so evidence keeps its line, and the call graph places
the step in the calling function. Only imports whose full path some ``code`` rule matches
are written out, so that ordinary files keep their code view as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

__all__ = ["imported_aliases", "imported_paths", "resolve_imports"]

# (each starts with a literal, which the regex engine searches for quickly; a use tree
# holds only names, paths, braces, commas and globs)
_USE: Final = re.compile(r"use\s+([\w:{}\s,*]{1,2000});")
_EXTERN: Final = re.compile(r"extern\s+crate\s+([A-Za-z_]\w*)\s+as\s+([A-Za-z_]\w*)\s*;")
_TOKEN: Final = re.compile(r"::|[{},*]|[A-Za-z_]\w*")
_KEYWORDS: Final = frozenset({"crate", "self", "super", "_"})
# a function imported under another name; not a cast in a list (`(a, b as u8)`)
_IMPORT_ALIAS: Final = re.compile(
    rb"(?:::|\{|,)\s*([a-z_]\w{0,99})\s+as\s+([A-Za-z_]\w{0,99})\s*[,;}]"
)
_PRIMITIVES: Final = frozenset(
    f"{kind}{bits}".encode() for kind in "uif" for bits in (8, 16, 32, 64, 128, "size")
) | {b"char", b"bool"}


def imported_paths(code: str) -> list[tuple[str, str, int, int]]:
    """Every item the ``use`` and ``extern crate ... as`` declarations of ``code`` bring
    into scope under another name than its path: (local name, full path, and the span of
    the declaration)."""
    found: list[tuple[str, str, int, int]] = []
    for match in _USE.finditer(code):
        if match.start() and (code[match.start() - 1].isalnum() or code[match.start() - 1] == "_"):
            continue  # the end of a longer word (`reuse`)
        for local, path in _declared(match.group(1)):
            if local != path and local not in _KEYWORDS:
                found.append((local, path, match.start(), match.end()))
    if "extern" in code:
        for match in _EXTERN.finditer(code):
            found.append((match.group(2), match.group(1), match.start(), match.end()))
    return found


@lru_cache(maxsize=1 << 16)
def _declared(tree: str) -> tuple[tuple[str, str], ...]:
    """The (local name, path) pairs of one use tree (the same few recur in every file)."""
    pairs: list[tuple[str, str]] = []
    _tree(_TOKEN.findall(tree), 0, [], pairs)
    return tuple(pairs)


def _tree(tokens: list[str], i: int, prefix: list[str], out: list[tuple[str, str]]) -> int:
    """Read one use tree from ``tokens[i]``; its items go to ``out``; the index after it."""
    path = list(prefix)
    while i < len(tokens):
        token = tokens[i]
        if token == "{":
            i += 1
            while i < len(tokens) and tokens[i] != "}":
                before = i
                i = _tree(tokens, i, path, out)
                if i < len(tokens) and tokens[i] == ",":
                    i += 1
                if i == before:
                    i += 1  # a stray token: never loop
            return i + 1
        if token in (",", "}"):
            break
        if token == "*":
            return i + 1  # a glob names nothing by itself
        if token == "as" and i + 1 < len(tokens):
            _record(path, tokens[i + 1], out)
            return i + 2
        if token != "::":
            path.append(token)
        i += 1
    if path:
        _record(path, path[-1] if path[-1] != "self" else "", out)
    return i


def _record(path: list[str], local: str, out: list[tuple[str, str]]) -> None:
    full = [p for p in path if p != "self"] if path[-1] == "self" else path
    if not full:
        return
    if not local or local == "self":
        local = full[-1]
    out.append((local, "::".join(full)))


def resolve_imports(code: str, wanted: Callable[[str], bool]) -> str | None:
    """``code`` with the imported names whose full path ``wanted`` accepts written out as
    that path where they start a path, a call or a macro (outside the declarations
    themselves); ``None`` when there is nothing to write out."""
    imports = imported_paths(code)
    paths = {local: path for local, path, _, _ in imports if wanted(path)}
    if not paths:
        return None
    names = "|".join(map(re.escape, sorted(paths)))
    name = re.compile(rf"(?<![\w:.$'])({names})\b(?=\s*(?:\(|::|!))")
    spans = sorted({(start, end) for _, _, start, end in imports})
    parts = []
    at = 0
    for start, end in [*spans, (len(code), len(code))]:
        if start < at:
            continue
        parts.append(name.sub(lambda m: paths[m.group(1)], code[at:start]))
        parts.append(code[start:end])
        at = end
    return "".join(parts)


def imported_aliases(text: bytes) -> list[tuple[str, str]]:
    """The functions a file imports under another name (``use crate::nft::label as p;``,
    ``use util::{decode as d, ..}``), as (alias, name) pairs: a call of ``p`` is one of
    ``label``. Casts in a list (``(a, b as u8, c)``) are told apart by their type."""
    return [
        (match.group(2).decode(), match.group(1).decode())
        for match in _IMPORT_ALIAS.finditer(text)
        if match.group(2) not in _PRIMITIVES
    ]
