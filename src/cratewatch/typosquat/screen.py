"""Screen names against the corpus: run the checks, drop false alarms, rank the targets.

The registry-facing call is ``Screener.screen(name, owners)``: a name (and, at publish
time, its owners) in, a ``Verdict`` out. Two modes:

- ``baseline``: crates.io's check exactly (``baseline.py``): Typomania's checks as crates.io
  configures them, names compared as published, every hit reported.
- the default: every check, and these false-alarm controls, each measured in
  docs/typosquat.md:
  * a name that is itself among the popular crates is not a squat;
  * a look-alike that shares an owner with its target is the same publisher (families
    such as ``foo``, ``foo-derive``, ``foo_core``);
  * a look-alike that is established in its own right (at least a tenth of the target's
    popularity, and some absolute popularity) is not imitating it, nor is one that is
    older than its "target" (when the store has creation dates, from a dump);
  * a successor, the target's name plus a version number (``adler2``, ``futures01``), is
    established with half the popularity of the corpus's least popular crate: it starts
    far below the crate it replaces, and a squat has no users at all;
  * names on the allowlist are never flagged;
  * hits against popular names of four characters or fewer count only for the most
    telling checks, since one edit turns most short words into other short words.

Every suspect names its target, the check and a score in 0..1: the check's own weight
times a factor for how popular the target is (the top crate 1.0, the last of the corpus
0.7) and one for how long its name is (one edit away from a 10-letter name is telling,
from a 5-letter name much less: 0.8). A name is flagged when its best suspect scores at
least ``threshold``.

A screened name's own popularity and creation date come from the caller (``--all`` passes
them) or, when the screener was given the ``standing`` of the registry's crates, from there:
so a dependency or a name on the command line is judged as it would be in ``--all``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final, NamedTuple

from cratewatch.model.package import normalize_crate_name
from cratewatch.typosquat.checks import ALL, CHECKS
from cratewatch.typosquat.corpus import Corpus, Popular, version_stem

if TYPE_CHECKING:
    from cratewatch.typosquat.baseline import CratesIoChecks

__all__ = ["CONTROLS", "Screener", "Standing", "Suspect", "Verdict"]

# Chosen on the labelled set of benchmarks/typosquat_quality.py (drawn with another seed
# than the one it reports): the most recall with a flag rate under 1.6 % on the 2020 index.
THRESHOLD: Final = 0.45
POPULARITY_SPAN: Final = 0.3  # the last crate of the corpus weighs 1 - 0.3 of the first
LENGTH_BASE, LENGTH_STEP = 0.4, 0.08  # a name of n characters weighs 0.4 + 0.08 n, at most 1
ESTABLISHED_RATIO: Final = 0.1
ESTABLISHED_MIN: Final = 5
SUCCESSOR_FLOOR_SHARE: Final = 0.5
SHORT: Final = 4
OWNED_AFFIX_SCORE: Final = 0.9
_FAMILY_CHECKS: Final = frozenset({"affix"})
CONTROLS: Final = frozenset(
    {"popular-itself", "shared-owners", "established", "successor", "older", "short-names"}
)
# (added-character itself allows only a plural "s" on short names)
_SHORT_CHECKS: Final = frozenset(
    {"separator", "confusable", "swapped-characters", "lookalike", "added-character"}
)


class Standing(NamedTuple):
    """What the registry says about a crate of its own: popularity in the corpus's measure,
    creation time (Unix seconds, 0 when unknown)."""

    popularity: int
    created: int = 0


class Suspect(NamedTuple):
    target: str  # the popular crate's name as published
    check: str
    score: float


class Verdict(NamedTuple):
    name: str
    suspects: tuple[Suspect, ...]  # most likely target first
    flagged: bool


class Screener:
    """Screens names against ``corpus``; build once, call ``screen`` per name."""

    def __init__(
        self,
        corpus: Corpus,
        *,
        baseline: bool = False,
        allowlist: Iterable[str] = (),
        threshold: float = THRESHOLD,
        without: Iterable[str] = (),
        standing: Mapping[str, Standing] | None = None,
    ) -> None:
        """``without`` names false-alarm controls to switch off (``CONTROLS``), so that the
        benchmark can measure what each one is worth. ``standing`` maps the canonical names
        of the registry's crates to their own standing (``Population.standing``)."""
        off = frozenset(without)
        if off - CONTROLS:
            raise ValueError(f"unknown controls: {', '.join(sorted(off - CONTROLS))}")
        self._on = CONTROLS - off
        self.corpus = corpus
        self.baseline = baseline
        self.checks = [CHECKS[name] for name in ALL]
        self._crates_io: CratesIoChecks | None = None
        if baseline:
            from cratewatch.typosquat.baseline import CratesIoChecks

            self._crates_io = CratesIoChecks(corpus)
        self.standing: Mapping[str, Standing] = standing or {}
        self.allowlist = frozenset(normalize_crate_name(n) for n in allowlist)
        self.threshold = threshold
        self._successor_min = SUCCESSOR_FLOOR_SHARE * min(
            (p.popularity for p in corpus.by_key.values()), default=0
        )
        size = max(len(corpus), 2)
        self._log_size = math.log(size)
        # Affixes are how families are named (foo-sys, foo_core, foo-rs). With owner data
        # the family's own crates are excused by the shared-owner rule, so an affix hit
        # left over is telling; without it, an affix hit is listed but never flags.
        self._owner_data = any(p.owners for p in corpus.by_key.values())

    def knows(self, name: str) -> bool:
        """Whether the registry the corpus came from has a crate of this name."""
        return (
            normalize_crate_name(name) in self.standing
            or normalize_crate_name(name) in self.corpus.by_key
        )

    def _weight(self, target: Popular) -> float:
        popularity = 1.0 - POPULARITY_SPAN * math.log(target.rank) / self._log_size
        length = min(1.0, LENGTH_BASE + LENGTH_STEP * len(target.name))
        return popularity * length

    def screen(
        self, name: str, owners: Iterable[str] = (), popularity: int = 0, created: int = 0
    ) -> Verdict:
        """The suspects for ``name`` published by ``owners`` (logins; may be empty), whose
        own ``popularity`` is in the corpus's measure (0 for a new crate) and which was
        ``created`` at that Unix time (0: unknown or new). Without either, the registry's
        ``standing`` of the name is used when it has one."""
        owned = frozenset(owners)
        if self._crates_io is not None:
            return self._screen_baseline(name, owned)
        key = normalize_crate_name(name)
        if not popularity and not created and key in self.standing:
            popularity, created = self.standing[key]
        if key in self.allowlist or ("popular-itself" in self._on and key in self.corpus.by_key):
            return Verdict(name, (), False)
        best: dict[str, Suspect] = {}
        for check in self.checks:
            for target_key in check.find(key, self.corpus):
                target = self.corpus.by_key[target_key]
                if target_key == key:
                    continue  # the screened crate itself (the same name on crates.io)
                if owned & target.owners and "shared-owners" in self._on:
                    continue  # the same publisher
                if self._excused(check.name, key, target, popularity, created):
                    continue
                weight = check.score
                if self._owner_data and check.name in _FAMILY_CHECKS:
                    weight = OWNED_AFFIX_SCORE
                score = round(weight * self._weight(target), 3)
                found = best.get(target.name)
                if found is None or score > found.score:
                    best[target.name] = Suspect(target.name, check.name, score)
        suspects = self._ranked(best)
        # Without owner data an affix alone is not telling (see __init__).
        flagged = any(
            s.score >= self.threshold and (self._owner_data or s.check not in _FAMILY_CHECKS)
            for s in suspects
        )
        return Verdict(name, suspects, flagged)

    def _screen_baseline(self, name: str, owned: frozenset[str]) -> Verdict:
        """crates.io's check: every hit on a popular crate without a shared owner flags."""
        from cratewatch.typosquat.baseline import CHECKS as WEIGHTS

        assert self._crates_io is not None
        best: dict[str, Suspect] = {}
        for check, target_name in self._crates_io.hits(name):
            target = self._crates_io.by_name[target_name]
            if owned & target.owners:
                continue
            score = round(WEIGHTS[check] * self._weight(target), 3)
            found = best.get(target.name)
            if found is None or score > found.score:
                best[target.name] = Suspect(target.name, check, score)
        suspects = self._ranked(best)
        return Verdict(name, suspects, bool(suspects))

    def _ranked(self, best: dict[str, Suspect]) -> tuple[Suspect, ...]:
        return tuple(
            sorted(
                best.values(),
                key=lambda s: (
                    -s.score,
                    -self.corpus.by_key[normalize_crate_name(s.target)].popularity,
                    s.target,
                ),
            )
        )

    def _excused(
        self, check: str, key: str, target: Popular, popularity: int, created: int
    ) -> bool:
        on = self._on
        established = max(ESTABLISHED_MIN, target.popularity * ESTABLISHED_RATIO)
        if "successor" in on and version_stem(key) == normalize_crate_name(target.name) != key:
            established = min(established, max(1, self._successor_min))
        if "established" in on and popularity >= established:
            return True  # established in its own right
        if "older" in on and created and target.created and created < target.created:
            return True  # older than its "target": it cannot be imitating it
        if key == normalize_crate_name(target.name):
            return True
        short = len(target.name) <= SHORT and check not in _SHORT_CHECKS
        return short and "short-names" in on
