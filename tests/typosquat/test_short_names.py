"""Squats of the most popular short names, on the real 2020 index: affixed and one-edit forms of
the prominent crates (``rand2``, ``rand-lib``, ``clap-cli``, one letter of ``rand``, ``clap``,
``log``, ``syn`` or ``url`` changed) are flagged, the same forms of an obscure short crate are
not, a name that drops a popular crate's affix is checked, and all of it costs little of the
flag rate over every 2020 name."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cratewatch.ecosystem.store import Store
from cratewatch.model.package import normalize_crate_name
from cratewatch.typosquat.checks import AFFIXES
from cratewatch.typosquat.corpus import Corpus
from cratewatch.typosquat.run import screen_population
from cratewatch.typosquat.screen import Screener
from cratewatch.typosquat.sources import Population, population

# The short names (four characters or fewer) among the top 1 % of the 2020 corpus by dependents.
PROMINENT_SHORT = ["log", "libc", "clap", "rand", "syn", "url", "toml", "time"]
# Short crates of the 2020 corpus ranked below 1,500 of 3,000 (6 to 9 dependents each).
OBSCURE_SHORT = ["lzw", "man", "pix", "uom", "gag", "sid", "tap", "hsl", "obj", "lua"]
# Only a separator, a confusable, swapped characters, a look-alike or a dropped affix count on
# a short name that is not prominent.
TELLING = {"separator", "confusable", "swapped-characters", "lookalike", "dropped-affix"}

# The function-scoped fixture is the autouse cache directory, which these tests never use;
# the module's fixtures are shared by every example hypothesis draws.
_SHARED = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)


@pytest.fixture(scope="module")
def pop(store_2020: Path) -> Population:
    return population(Store(store_2020))


@pytest.fixture(scope="module")
def screener(pop: Population) -> Screener:
    return Screener(pop.corpus(3000), standing=pop.standing())


@pytest.fixture(scope="module")
def existing(pop: Population) -> frozenset[str]:
    return frozenset(normalize_crate_name(n) for n in pop.names)


def test_the_prominent_short_names(screener: Screener) -> None:
    ranked = sorted(screener.corpus.by_key.values(), key=lambda p: p.rank)
    prominent = [p for p in ranked if screener.prominent(p)]
    assert len(prominent) == 30  # 1 % of 3,000
    assert [p.name for p in prominent if len(p.name) <= 4] == PROMINENT_SHORT
    assert not any(screener.prominent(screener.corpus.by_key[n]) for n in OBSCURE_SHORT)


@pytest.mark.parametrize(
    ("squat", "target", "check"),
    [
        ("rand2", "rand", "version-suffix"),
        ("rand-lib", "rand", "affix"),
        ("clap-cli", "clap", "affix"),
        ("lib_rand", "rand", "affix"),
        ("rxnd", "rand", "keyboard-typo"),
        ("clqp", "clap", "keyboard-typo"),
        ("lkg", "log", "keyboard-typo"),
        ("sxn", "syn", "bitflip"),
        ("tqml", "toml", "edit-distance-1"),
        ("urk", "url", "keyboard-typo"),
        ("log2", "log", "version-suffix"),
    ],
)
def test_squats_of_the_prominent_short_names(
    screener: Screener, existing: frozenset[str], squat: str, target: str, check: str
) -> None:
    assert normalize_crate_name(squat) not in existing  # a squat, not a 2020 crate
    verdict = screener.screen(squat)
    assert verdict.flagged
    assert verdict.suspects[0][:2] == (target, check)
    assert not Screener(screener.corpus, prominent_share=0).screen(squat).flagged  # before


@_SHARED
@given(
    st.sampled_from(PROMINENT_SHORT),
    st.integers(0, 3),
    st.sampled_from(string.ascii_lowercase + string.digits),
)
def test_any_letter_of_a_prominent_short_name_changed_is_a_squat(
    screener: Screener, existing: frozenset[str], name: str, where: int, letter: str
) -> None:
    i = where % len(name)
    squat = name[:i] + letter + name[i + 1 :]
    assume(squat != name and squat[0].isalpha() and squat not in existing)
    verdict = screener.screen(squat)
    assert verdict.flagged and name in {s.target for s in verdict.suspects}


@_SHARED
@given(
    st.sampled_from(PROMINENT_SHORT),
    st.one_of(
        st.integers(1, 99).map(str),
        st.tuples(st.sampled_from("-_"), st.sampled_from(sorted(AFFIXES))).map("".join),
        st.tuples(st.sampled_from(sorted(AFFIXES)), st.sampled_from("-_")).map("".join),
    ),
)
def test_a_digit_or_an_affix_on_a_prominent_short_name_is_a_squat(
    screener: Screener, existing: frozenset[str], name: str, extra: str
) -> None:
    squat = extra + name if extra[-1] in "-_" else name + extra
    assume(normalize_crate_name(squat) not in existing)
    verdict = screener.screen(squat)
    assert name in {s.target for s in verdict.suspects}
    if extra.strip("-_") in {"core", "sys"}:
        # how a family splits its own crate: listed, flagged only with owner data (or as a
        # squat of another crate: sys-log for syslog)
        assert not verdict.flagged or verdict.suspects[0].target != name
    else:
        assert verdict.flagged


@_SHARED
@given(
    st.sampled_from(OBSCURE_SHORT),
    st.integers(0, 2),
    st.sampled_from(string.ascii_lowercase),
    st.sampled_from([*string.digits, *(f"-{a}" for a in AFFIXES)]),
)
def test_the_same_forms_of_an_obscure_short_name_are_not(
    screener: Screener, name: str, i: int, letter: str, extra: str
) -> None:
    changed = name[:i] + letter + name[i + 1 :]
    for squat in (changed, name + extra):
        assume(squat != name)
        hits = [s for s in screener.screen(squat).suspects if s.target == name]
        assert all(s.check in TELLING for s in hits), (squat, hits)


def test_real_crates_beside_a_prominent_family(screener: Screener) -> None:
    """serde_core and time-core (newer than the corpus, the families' own) stay listed only;
    rand_core is popular itself."""
    for name, target in (("serde_core", "serde"), ("time-core", "time")):
        verdict = screener.screen(name)
        assert not verdict.flagged and verdict.suspects[0][:2] == (target, "affix")
    assert not screener.screen("rand_core").suspects


def test_a_name_that_drops_a_popular_affix(screener: Screener) -> None:
    """avro beside avro-rs, argon2 beside rust-argon2 (crates.io's own example): listed with
    the index alone (an affix is how families name their crates), flagged when owner data
    says the plain name is a stranger's."""
    for name, target in (("avro", "avro-rs"), ("argon2", "rust-argon2"), ("yaml", "yaml-rust")):
        verdict = screener.screen(name)
        assert verdict.suspects[0][:2] == (target, "dropped-affix") and not verdict.flagged
    # the same corpus, each popular crate published by an owner of its own
    owned = Corpus(
        (p._replace(owners=frozenset({p.name})) for p in screener.corpus.by_key.values()),
        screener.corpus.measure,
    )
    with_owners = Screener(owned, standing=screener.standing)
    for name, target in (("avro", "avro-rs"), ("argon2", "rust-argon2"), ("yaml", "yaml-rust")):
        assert with_owners.screen(name, owners=["mallory"]).flagged, name
        assert not with_owners.screen(name, owners=[target]).suspects, name
    assert not with_owners.screen("c", owners=["mallory"]).flagged  # rust-c: one letter left


def test_what_the_prominence_rule_costs_on_every_2020_name(
    screener: Screener, pop: Population
) -> None:
    """Every 2020 name counts as a negative: the rule adds under 0.25 % of them to the flags
    (one letter of log, clap or syn changed makes dog, clip, sun: words of their own), and
    the flag rate stays under the 1.6 % crates.io measured on its new crates."""
    flagged = {v.name for v in screen_population(screener, pop)}
    before = {
        v.name
        for v in screen_population(
            Screener(screener.corpus, prominent_share=0, standing=screener.standing), pop
        )
    }
    assert before <= flagged
    assert len(flagged - before) / len(pop.names) < 0.0025
    assert len(flagged) / len(pop.names) < 0.016
    assert {"dog", "clip", "sun", "logg", "log-rs", "time-cli"} <= flagged - before
