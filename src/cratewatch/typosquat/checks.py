"""The checks: each a named unit that says which popular names a name imitates, and how.

A check takes a candidate name in canonical form (``corpus.canonical``) and the corpus,
and yields the canonical names of the popular crates it could be imitating. Checks work
backwards from the candidate (undo one kind of mistake, look the result up) so each
costs a few dozen dictionary lookups, not a comparison with every popular name.

``ALL`` is every check, in the order they run. crates.io's own check, which ``--baseline``
runs for comparison, compares names as published rather than in canonical form, so it lives
apart, in ``baseline.py``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from cratewatch.model.package import normalize_crate_name
from cratewatch.typosquat.corpus import Corpus, deletions, version_stem

__all__ = ["ALL", "CHECKS", "Check", "osa_distance_is_one"]

Finder = Callable[[str, Corpus], Iterator[str]]

_ALPHABET: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")

# QWERTY neighbours (same row and the rows above and below), for keyboard typos.
_ROWS: Final = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard() -> dict[str, str]:
    where = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    near: dict[str, str] = {}
    for ch, (r, c) in where.items():
        found = []
        for other, (r2, c2) in where.items():
            if other != ch and abs(r - r2) <= 1 and abs(c - c2) <= 1 + (r != r2):
                found.append(other)
        near[ch] = "".join(sorted(found))
    return near


_NEAR: Final = _keyboard()

# Look-alike sequences in a plain font: each pair reads as the other.
_LOOKALIKES: Final = (
    ("rn", "m"),
    ("vv", "w"),
    ("cl", "d"),
    ("1", "l"),
    ("l", "i"),
    ("0", "o"),
    ("5", "s"),
)

# crates.io's affixes: a popular name with one of these before or after it.
AFFIXES: Final = ("api", "cargo", "cli", "core", "lib", "rs", "rust", "sys")

# Non-ASCII letters that render like ASCII ones (Cyrillic, Greek), beyond what NFKC
# folds (fullwidth forms, ligatures); crates.io names are ASCII, so these only
# arrive through the library call or a lockfile of another registry.
_CONFUSABLES: Final = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ɡ": "g", "ո": "n", "ν": "v", "ο": "o",
        "α": "a", "ι": "i", "κ": "k", "τ": "t", "ԛ": "q", "ѡ": "w", "ӏ": "l", "ı": "i",
    }
)  # fmt: skip


class Check(NamedTuple):
    name: str
    description: str
    score: float  # how telling a hit is, 0..1, before the target's popularity
    find: Finder


def _omitted(key: str, corpus: Corpus) -> Iterator[str]:
    yield from corpus.deleted.get(key, ())


def _added(key: str, corpus: Corpus) -> Iterator[str]:
    """``tracings`` for ``tracing``: one character more (a plural ``s`` is the classic). On
    short popular names the screen keeps only the plural: a letter added to a short word
    makes another (``blog``, ``sync``)."""
    for d in deletions(key):
        if d in corpus.by_key:
            yield d


def _repeated(key: str, corpus: Corpus) -> Iterator[str]:
    for i in range(1, len(key)):
        if key[i] == key[i - 1]:
            target = key[:i] + key[i + 1 :]
            if target in corpus.by_key:
                yield target


def _swapped(key: str, corpus: Corpus) -> Iterator[str]:
    for i in range(len(key) - 1):
        if key[i] != key[i + 1]:
            target = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
            if target in corpus.by_key:
                yield target


def _swapped_words(key: str, corpus: Corpus) -> Iterator[str]:
    """The same words in another order, or joined by the other separator (the screen
    drops a target whose name is the screened name itself)."""
    words = key.split("-")
    if len(words) < 2:
        return
    yield from corpus.by_words.get("-".join(sorted(words)), ())


def _version_suffix(key: str, corpus: Corpus) -> Iterator[str]:
    """``tokio2`` for ``tokio``, ``proc-macro1`` for ``proc-macro2``."""
    for target in corpus.by_stem.get(version_stem(key), ()):
        if target != key:
            yield target


def _bitflip(key: str, corpus: Corpus) -> Iterator[str]:
    for i, ch in enumerate(key):
        code = ord(ch)
        for bit in range(7):
            flipped = chr(code ^ (1 << bit))
            if flipped in _ALPHABET:
                target = key[:i] + flipped + key[i + 1 :]
                if target in corpus.by_key:
                    yield target


def _typo(key: str, corpus: Corpus) -> Iterator[str]:
    for i, ch in enumerate(key):
        for near in _NEAR.get(ch, ""):
            target = key[:i] + near + key[i + 1 :]
            if target in corpus.by_key:
                yield target


def _lookalike(key: str, corpus: Corpus) -> Iterator[str]:
    for a, b in _LOOKALIKES:
        for old, new in ((a, b), (b, a)):
            start = key.find(old)
            while start >= 0:
                target = key[:start] + new + key[start + len(old) :]
                if target in corpus.by_key:
                    yield target
                start = key.find(old, start + 1)


def _affix(key: str, corpus: Corpus) -> Iterator[str]:
    for affix in AFFIXES:
        if key.startswith(affix + "-") and key[len(affix) + 1 :] in corpus.by_key:
            yield key[len(affix) + 1 :]
        if key.endswith("-" + affix) and key[: -len(affix) - 1] in corpus.by_key:
            yield key[: -len(affix) - 1]


def _dropped_affix(key: str, corpus: Corpus) -> Iterator[str]:
    """``avro`` for ``avro-rs``, ``argon2`` for ``rust-argon2``: a popular name's affix left
    out, which takes the plain name its users would look for."""
    for affix in AFFIXES:
        for target in (f"{key}-{affix}", f"{affix}-{key}"):
            if target in corpus.by_key:
                yield target


_GLUED: Final = (*AFFIXES, "derive", "macros")


def _glued_affix(key: str, corpus: Corpus) -> Iterator[str]:
    """``postgresderive``: a popular name and an affix written as one word."""
    for affix in _GLUED:
        if key.endswith(affix) and key[: -len(affix)] in corpus.by_key:
            yield key[: -len(affix)]
        if key.startswith(affix) and key[len(affix) :] in corpus.by_key:
            yield key[len(affix) :]


def _separator(key: str, corpus: Corpus) -> Iterator[str]:
    """``serde-json`` for ``serde_json``: the same name once separators are ignored."""
    for target in corpus.by_bare.get(key.replace("-", ""), ()):
        if target != key:
            yield target


def _confusable(key: str, corpus: Corpus) -> Iterator[str]:
    if key.isascii():
        return
    folded = normalize_crate_name(unicodedata.normalize("NFKC", key).translate(_CONFUSABLES))
    if folded in corpus.by_key:
        yield folded


def osa_distance_is_one(a: str, b: str) -> bool:
    """Optimal string alignment distance exactly 1: one insertion, deletion,
    substitution, or swap of adjacent characters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True  # one substitution
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def _edit_distance_one(key: str, corpus: Corpus) -> Iterator[str]:
    """Any single edit. One edit turns a short word into another real word too often, so on
    short popular names the screen counts it only when the name is prominent, and then only
    for a changed letter, not an added one."""
    found: set[str] = set(corpus.deleted.get(key, ()))  # key lacks a character
    for d in deletions(key):
        if d in corpus.by_key:  # key has an extra character
            found.add(d)
        found.update(corpus.deleted.get(d, ()))  # substitution or swap
    for target in found:
        if osa_distance_is_one(key, target):
            yield target


CHECKS: Final = {
    check.name: check
    for check in (
        Check("omitted-character", "a character of the popular name is left out", 0.8, _omitted),
        Check(
            "added-character",
            "one character added to the popular name (a plural 's' included)",
            0.7,
            _added,
        ),
        Check(
            "dropped-affix",
            "the popular name without its prefix or suffix such as -rs, -sys, lib-",
            0.5,
            _dropped_affix,
        ),
        Check(
            "glued-affix",
            "the popular name and an affix such as derive or sys written as one word",
            0.7,
            _glued_affix,
        ),
        Check("repeated-character", "a character of the popular name is doubled", 0.85, _repeated),
        Check("swapped-characters", "two adjacent characters are swapped", 0.85, _swapped),
        Check(
            "swapped-words", "the words of the popular name in another order", 0.7, _swapped_words
        ),
        Check(
            "version-suffix",
            "the popular name with a number added or changed",
            0.6,
            _version_suffix,
        ),
        Check("bitflip", "one bit of one character flipped", 0.6, _bitflip),
        Check("keyboard-typo", "a character replaced by a neighbour on the keyboard", 0.7, _typo),
        Check("lookalike", "characters that look alike (rn/m, vv/w, 1/l, 0/o)", 0.8, _lookalike),
        Check(
            "affix", "the popular name with a prefix or suffix such as -rs, -sys, lib-", 0.5, _affix
        ),
        Check(
            "separator",
            "the popular name with '-' / '_' changed, added or removed",
            0.9,
            _separator,
        ),
        Check(
            "confusable",
            "Unicode characters that render like the popular name's",
            0.95,
            _confusable,
        ),
        Check(
            "edit-distance-1",
            "one insertion, deletion, substitution or swap",
            0.55,
            _edit_distance_one,
        ),
    )
}

ALL: Final = tuple(CHECKS)
