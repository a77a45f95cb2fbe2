"""crates.io's typosquat check, rule for rule, for comparison (``typosquat --baseline``).

crates.io screens a crate on its first publish with Typomania's checks in this configuration:

- the corpus is its top 3,000 crates by downloads, and names are compared exactly as published
  (case and separators included): a name that is itself in the corpus is never reported, and a
  popular crate that shares an owner with the screened one is not a target;
- Typomania's default checks: a repeated character, two adjacent characters swapped, and a
  version (trailing digits, then trailing ``-``, removed);
- bit flips of the popular names (one of the seven low bits of one character, keeping names made of
  ASCII letters of either case, digits, ``-`` and ``_``), an omitted character (any of those 64
  characters inserted anywhere), swapped words (the parts between ``-`` and ``_`` in another order,
  at most 5 of them, joined by either separator), and typos from a fixed table (below);
- crates.io's own affix check: ``api cargo cli core lib rs rust sys`` joined by ``-`` or ``_``,
  added before or after a popular name, or dropped from one (``xyz`` for ``core-xyz``).

Every hit is reported; there is no threshold. The checks work backwards from the screened name, as
ours do, with indexes of the popular names built once: every popular name with one character
deleted answers the omitted-character check, and the bit flips of every popular name the bit-flip
check, as Typomania precomputes them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Final

from cratewatch.typosquat.corpus import Corpus, Popular

__all__ = ["CHECKS", "CratesIoChecks"]

_ALPHABET: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_SEPARATORS: Final = ("-", "_")
_AFFIXES: Final = ("api", "cargo", "cli", "core", "lib", "rs", "rust", "sys")
_MAX_WORDS: Final = 5

# crates.io's table of easily confused characters: keyboard neighbours on QWERTY, QWERTZ and
# AZERTY, and look-alikes. Each character of a name is replaced in turn by each entry; an empty
# entry drops the character. Entries with a "." are left out: no crate name holds one, so they
# can never name a popular crate.
_TYPOS: Final[dict[str, tuple[str, ...]]] = {
    ch: tuple(entries.split(" ")) if entries else ()
    for ch, entries in {
        "1": "2 q i l", "2": "1 q w 3", "3": "2 w e 4", "4": "3 e r 5", "5": "4 r t 6 s",
        "6": "5 t y 7", "7": "6 y u 8", "8": "7 u i 9", "9": "8 i o 0", "0": "9 o p -",
        "q": "1 2 w a s z", "w": "2 3 e s a q vv x", "e": "3 4 r d s w z", "r": "4 5 t f d e",
        "t": "5 6 y g f r", "y": "6 7 u h t i a s x", "u": "7 8 i j y v",
        "i": "1 8 9 o l k j u y", "o": "9 0 p l i", "p": "0 - o", "a": "q w s z 1 2",
        "s": "w d x z a 5 q", "d": "e r f c x s", "f": "r g v c d", "g": "t h b v f",
        "h": "y j n b g", "j": "u i k m n h", "k": "i o l m j", "l": "i o p k 1",
        "z": "a s x 6 7 u h t i e 2 3", "x": "z s d c w", "c": "x d f v", "v": "c f g b u",
        "b": "v g h n", "n": "b h j m", "m": "n j k rn",
    }.items()
}  # fmt: skip
_TYPOS_SEPARATOR: Final = {"-": ("_", "0", "p", ""), "_": ("-", "0", "p", "")}

# check -> how telling a hit is, on the same scale as ours (reported, never a threshold here)
CHECKS: Final = {
    "repeated-character": 0.85,
    "swapped-characters": 0.85,
    "trailing-number": 0.6,
    "bitflip": 0.6,
    "omitted-character": 0.8,
    "swapped-words": 0.7,
    "typo": 0.7,
    "affix": 0.5,
}


def _bitflips(name: str) -> Iterator[str]:
    for i, ch in enumerate(name):
        code = ord(ch)
        for bit in range(7):
            flipped = chr(code ^ (1 << bit))
            if flipped in _ALPHABET:
                yield name[:i] + flipped + name[i + 1 :]


def _words(name: str) -> list[str]:
    return name.replace("_", "-").split("-")


class CratesIoChecks:
    """The checks over one corpus, with their indexes; ``hits`` screens one name."""

    def __init__(self, corpus: Corpus) -> None:
        self.by_name: dict[str, Popular] = {p.name: p for p in corpus.by_key.values()}
        self._deleted: dict[str, list[str]] = {}  # a popular name with one character deleted
        self._flipped: dict[str, list[str]] = {}  # a popular name with one bit flipped
        self._by_words: dict[tuple[str, ...], list[str]] = {}  # sorted parts, one separator
        for name in self.by_name:
            for d in {name[:i] + name[i + 1 :] for i in range(len(name))}:
                self._deleted.setdefault(d, []).append(name)
            for flipped in _bitflips(name):
                self._flipped.setdefault(flipped, []).append(name)
            # swapped words joins the parts with one separator, so only such names can be hit
            if ("-" in name) != ("_" in name):
                self._by_words.setdefault(tuple(sorted(_words(name))), []).append(name)

    def hits(self, name: str) -> Iterator[tuple[str, str]]:
        """``(check, popular name)`` for every hit on ``name``, before the owner exclusion."""
        if name in self.by_name:
            return
        for check, candidates in (
            ("repeated-character", self._repeated(name)),
            ("swapped-characters", self._swapped(name)),
            ("trailing-number", self._trailing_number(name)),
            ("bitflip", iter(self._flipped.get(name, ()))),
            ("omitted-character", iter(self._deleted.get(name, ()))),
            ("swapped-words", self._swapped_words(name)),
            ("typo", self._typo(name)),
            ("affix", self._affix(name)),
        ):
            for target in candidates:
                if target != name and target in self.by_name:
                    yield check, target

    @staticmethod
    def _repeated(name: str) -> Iterator[str]:
        for i in range(1, len(name)):
            if name[i] == name[i - 1]:
                yield name[:i] + name[i + 1 :]

    @staticmethod
    def _swapped(name: str) -> Iterator[str]:
        for i in range(len(name) - 1):
            if name[i] != name[i + 1]:
                yield name[:i] + name[i + 1] + name[i] + name[i + 2 :]

    @staticmethod
    def _trailing_number(name: str) -> Iterator[str]:
        stem = name.rstrip("0123456789").rstrip("-")
        if stem and stem != name:
            yield stem

    def _swapped_words(self, name: str) -> Iterator[str]:
        """The parts in any order: with more than five, any five of them (as Typomania limits
        its permutations), joined by one separator."""
        words = _words(name)
        if len(words) < 2:
            return
        if len(words) <= _MAX_WORDS:
            yield from self._by_words.get(tuple(sorted(words)), ())
            return
        for chosen in set(itertools.combinations(sorted(words), _MAX_WORDS)):
            yield from self._by_words.get(chosen, ())

    @staticmethod
    def _typo(name: str) -> Iterator[str]:
        for i, ch in enumerate(name):
            for entry in _TYPOS.get(ch, ()) or _TYPOS_SEPARATOR.get(ch, ()):
                yield name[:i] + entry + name[i + 1 :]

    @staticmethod
    def _affix(name: str) -> Iterator[str]:
        for separator in _SEPARATORS:
            for affix in _AFFIXES:
                prefix, suffix = affix + separator, separator + affix
                if name.startswith(prefix):
                    yield name[len(prefix) :]
                yield prefix + name
                if name.endswith(suffix):
                    yield name[: -len(suffix)]
                yield name + suffix
