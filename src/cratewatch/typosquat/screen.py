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
    telling checks (a separator, a confusable, swapped characters, a look-alike, a plural
    ``s``, a dropped affix), since one edit turns most short words into other short words;
    on a prominent name (below) every check counts but a letter added, which only counts
    as a plural (``blog``, ``sync``, ``timed`` are words of their own, not ``log``, ``syn``,
    ``time``).

Prominent crates, the top 1 % of the corpus (30 of crates.io's 3,000: ``log``, ``libc``,
``clap``, ``rand``, ``syn``, ``url``, ``toml`` and ``time`` are the short ones on the 2020
index), are the names everyone knows and squatters aim at first, and the ones whose own
families are popular enough to be in the corpus. So a hit on a prominent target counts
whatever the name's length (``rand2``, ``rznd``), its length factor is 1, and an affix added
or dropped (``clap-cli``, ``rand-lib``) counts as it does with owner data: the family's own
``rand_core`` or ``serde_derive`` is popular itself, so what is left is a stranger's (but
``-core`` and ``-sys``, see ``Screener._family_counts``).

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
PROMINENT_SHARE: Final = 0.01  # the top 1 % of the corpus is prominent (30 of 3,000)
OWNED_AFFIX_SCORE: Final = 0.9
_FAMILY_CHECKS: Final = frozenset({"affix", "dropped-affix"})
_FAMILY_SPLITS: Final = frozenset({"core", "sys"})  # see Screener._family_counts
CONTROLS: Final = frozenset(
    {"popular-itself", "shared-owners", "established", "successor", "older", "short-names"}
)
# The checks that count on any short name; a letter added counts only as a plural "s". A
# dropped affix is no edit that makes another word by chance: what is left of the popular
# name is judged by its length factor (with owner data ``avro`` for ``avro-rs`` flags, ``c``
# for ``rust-c`` scores too low).
_SHORT_CHECKS: Final = frozenset(
    {"separator", "confusable", "swapped-characters", "lookalike", "dropped-affix"}
)
_ADDING_CHECKS: Final = frozenset({"added-character", "edit-distance-1"})  # may add a letter


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
        prominent_share: float = PROMINENT_SHARE,
    ) -> None:
        """``without`` names false-alarm controls to switch off (``CONTROLS``), so that the
        benchmark can measure what each one is worth. ``standing`` maps the canonical names
        of the registry's crates to their own standing (``Population.standing``).
        ``prominent_share`` is the share of the corpus, from the top, that is prominent
        (0: none, as before the rule, for the benchmark)."""
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
        # At least the top crate when there is a share at all: a small corpus has one too.
        self._prominent_rank = math.ceil(prominent_share * len(corpus))
        # Affixes are how families are named (foo-sys, foo_core, foo-rs). With owner data
        # the family's own crates are excused by the shared-owner rule, so an affix hit
        # left over is telling; without it, an affix hit is listed but flags only on a
        # prominent name (_family_counts).
        self._owner_data = any(p.owners for p in corpus.by_key.values())

    def knows(self, name: str) -> bool:
        """Whether the registry the corpus came from has a crate of this name."""
        return (
            normalize_crate_name(name) in self.standing
            or normalize_crate_name(name) in self.corpus.by_key
        )

    def prominent(self, target: Popular) -> bool:
        """Whether ``target`` is among the top ``prominent_share`` of the corpus."""
        return target.rank <= self._prominent_rank

    def _weight(self, target: Popular, imitated: str) -> float:
        """The target's popularity factor times the length factor of ``imitated``, the part
        of a popular name the screened name reproduces (1 for a prominent target, a name
        everyone knows however short)."""
        popularity = 1.0 - POPULARITY_SPAN * math.log(target.rank) / self._log_size
        if self.prominent(target):
            return popularity
        return popularity * min(1.0, LENGTH_BASE + LENGTH_STEP * len(imitated))

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
        listed_only: set[str] = set()  # targets whose best hit is an affix that cannot flag
        for check in self.checks:
            for target_key in check.find(key, self.corpus):
                target = self.corpus.by_key[target_key]
                if target_key == key:
                    continue  # the screened crate itself (the same name on crates.io)
                if owned & target.owners and "shared-owners" in self._on:
                    continue  # the same publisher
                # A dropped affix reproduces the screened name of the popular one, every
                # other check the whole popular name: that is what length is judged on.
                imitated = key if check.name == "dropped-affix" else target_key
                if self._excused(check.name, key, imitated, target, popularity, created):
                    continue
                weight = check.score
                counts = True
                if check.name in _FAMILY_CHECKS:
                    counts = self._family_counts(key, target_key, target)
                    weight = OWNED_AFFIX_SCORE if counts else weight
                score = round(weight * self._weight(target, imitated), 3)
                found = best.get(target.name)
                if found is None or score > found.score:
                    best[target.name] = Suspect(target.name, check.name, score)
                    if counts:
                        listed_only.discard(target.name)
                    else:
                        listed_only.add(target.name)
        suspects = self._ranked(best)
        flagged = any(s.score >= self.threshold and s.target not in listed_only for s in suspects)
        return Verdict(name, suspects, flagged)

    def _family_counts(self, key: str, target_key: str, target: Popular) -> bool:
        """Whether an affix added to or dropped from ``target`` can flag. Affixes are how
        families name their crates (foo-sys, foo_core, foo-rs), so only once the family's
        own are out of the way: by the shared-owner rule (owner data), or, on a prominent
        target, by being popular themselves. Even there ``-core`` and ``-sys`` still need
        owner data: they are how a family splits its own crate, often years later and into
        parts only the family depends on (``time-core``, ``serde_core``)."""
        if self._owner_data:
            return True
        longer, shorter = (key, target_key) if len(key) > len(target_key) else (target_key, key)
        affix = longer.replace(shorter, "", 1).strip("-")
        return self.prominent(target) and affix not in _FAMILY_SPLITS

    def _screen_baseline(self, name: str, owned: frozenset[str]) -> Verdict:
        """crates.io's check: every hit on a popular crate without a shared owner flags."""
        from cratewatch.typosquat.baseline import CHECKS as WEIGHTS

        assert self._crates_io is not None
        best: dict[str, Suspect] = {}
        for check, target_name in self._crates_io.hits(name):
            target = self._crates_io.by_name[target_name]
            if owned & target.owners:
                continue
            score = round(WEIGHTS[check] * self._weight(target, target.name), 3)
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
        self, check: str, key: str, imitated: str, target: Popular, popularity: int, created: int
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
        if "short-names" not in on or len(imitated) > SHORT:
            return False
        if check in _ADDING_CHECKS and len(key) > len(imitated):
            # One letter added to a short word makes another (blog, sync, timed), prominent
            # or not; a plural is telling all the same.
            return key != imitated + "s"
        return check not in _SHORT_CHECKS and not self.prominent(target)
