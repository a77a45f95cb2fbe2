"""The popular crates a new name is compared with, and the indexes that make it fast.

Popularity is total downloads when the store came from a crates.io database dump,
otherwise the number of crates that depend on the crate (from any registry index).
crates.io compares new names with its top 3,000 crates; the size is a parameter.

Names are compared in their canonical form (``model.package.normalize_crate_name``:
lowercase, with ``_`` written ``-``; crates.io treats ``foo_bar`` and ``foo-bar`` as the
same name). Two indexes serve the checks:
the canonical names themselves, and every name with one character deleted (the
"symmetric delete" index), which answers "which popular names are one edit away" with
a handful of dictionary lookups instead of a comparison with each of 3,000 names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from cratewatch.model.package import normalize_crate_name

__all__ = ["Corpus", "Popular", "deletions", "version_stem"]


_VERSION_SUFFIX: Final = re.compile(r"^(?P<stem>.+?)-?v?\d+$")


def version_stem(key: str) -> str:
    """The name without a trailing version number: ``tokio2``, ``foo-v3`` -> ``tokio``, ``foo``."""
    match = _VERSION_SUFFIX.match(key)
    return match["stem"] if match else key


def deletions(name: str) -> set[str]:
    """Every string made by deleting one character of ``name``."""
    return {name[:i] + name[i + 1 :] for i in range(len(name))}


class Popular(NamedTuple):
    name: str  # as published
    popularity: int  # downloads, or dependent crates
    rank: int  # 1 = most popular
    owners: frozenset[str]
    created: int = 0  # Unix seconds; 0 when unknown


class Corpus:
    """The top crates, by canonical name, with a deletion index."""

    def __init__(self, crates: Iterable[Popular], measure: str) -> None:
        self.measure = measure  # "downloads" or "dependents"
        self.by_key: dict[str, Popular] = {}
        for crate in crates:
            self.by_key.setdefault(normalize_crate_name(crate.name), crate)
        self.deleted: dict[str, list[str]] = {}  # one character deleted -> names
        self.by_words: dict[str, list[str]] = {}  # words sorted -> names of 2+ words
        self.by_stem: dict[str, list[str]] = {}  # without a trailing number -> names
        self.by_bare: dict[str, list[str]] = {}  # without separators -> names
        for key in self.by_key:
            for d in deletions(key):
                self.deleted.setdefault(d, []).append(key)
            words = key.split("-")
            if len(words) > 1:
                self.by_words.setdefault("-".join(sorted(words)), []).append(key)
            self.by_stem.setdefault(version_stem(key), []).append(key)
            self.by_bare.setdefault(key.replace("-", ""), []).append(key)

    def __len__(self) -> int:
        return len(self.by_key)

    @classmethod
    def from_ranking(
        cls,
        names: Sequence[str],
        popularity: Sequence[int],
        owners: Sequence[frozenset[str]],
        measure: str,
        size: int,
        created: Sequence[int] | None = None,
    ) -> Corpus:
        """The ``size`` most popular of ``names`` (ties broken by name)."""
        order = sorted(range(len(names)), key=lambda i: (-popularity[i], names[i]))[:size]
        return cls(
            (
                Popular(
                    names[i],
                    int(popularity[i]),
                    rank,
                    owners[i],
                    int(created[i]) if created is not None else 0,
                )
                for rank, i in enumerate(order, 1)
            ),
            measure,
        )
