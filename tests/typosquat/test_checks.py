"""Every check with a sample it must catch and one it must leave alone; the screen's rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.model.package import normalize_crate_name
from cratewatch.typosquat.baseline import CHECKS as CRATES_IO_CHECKS
from cratewatch.typosquat.baseline import CratesIoChecks
from cratewatch.typosquat.checks import AFFIXES, ALL, CHECKS, osa_distance_is_one
from cratewatch.typosquat.corpus import Corpus, Popular
from cratewatch.typosquat.screen import Screener

POPULAR = [
    "rand",
    "serde",
    "tokio",
    "lazy_static",
    "cfg-if",
    "proc-macro2",
    "windows-service",
    "postgres",
    "rust_decimal",
    "tracing",
    "bitflags",
    "mio",
    "regex",
    "actix",
]


def corpus(owners: dict[str, frozenset[str]] | None = None) -> Corpus:
    owners = owners or {}
    return Corpus(
        (
            Popular(name, 1000 - i, i + 1, owners.get(name, frozenset()))
            for i, name in enumerate(POPULAR)
        ),
        "dependents",
    )


# check -> (a name it must tie to the target, the target, a benign name it must not)
SAMPLES = {
    "omitted-character": ("serd", "serde", "serdex-thing"),
    "added-character": ("tracings", "tracing", "tracing-ext"),
    "repeated-character": ("postgress", "postgres", "postgis"),
    "swapped-characters": ("toiko", "tokio", "tokay"),
    "swapped-words": ("if-cfg", "cfg-if", "cfg-when"),
    "version-suffix": ("proc-macro1", "proc-macro2", "proc-macro-hack"),
    "bitflip": ("sepde", "serde", "sherd"),
    "keyboard-typo": ("rehex", "regex", "refex-xyz"),
    "lookalike": ("rnio", "mio", "ratio"),
    "affix": ("tokio-rs", "tokio", "tokio-rs-extra"),
    "dropped-affix": ("decimal", "rust_decimal", "decimals"),
    "glued-affix": ("postgresderive", "postgres", "postgresql"),
    "separator": ("lazystatic", "lazy_static", "lazy-statics-and-more"),
    "confusable": ("sеrde", "serde", "sarde-x"),  # a Cyrillic "е"
    "edit-distance-1": ("bitflaqs", "bitflags", "bitfield"),
}


def test_every_check_has_samples() -> None:
    assert set(SAMPLES) == set(CHECKS) == set(ALL)
    assert set(CRATES_IO_SAMPLES) == set(CRATES_IO_CHECKS)


@pytest.mark.parametrize("check", sorted(SAMPLES))
def test_check_catches_its_sample_and_not_the_benign_one(check: str) -> None:
    positive, target, benign = SAMPLES[check]
    c = corpus()
    assert normalize_crate_name(target) in set(
        CHECKS[check].find(normalize_crate_name(positive), c)
    )
    assert not list(CHECKS[check].find(normalize_crate_name(benign), c))


# crates.io's checks compare names as published: (name, target, a name that must not hit)
CRATES_IO_SAMPLES = {
    "repeated-character": ("tokkio", "tokio", "toki"),
    "swapped-characters": ("toiko", "tokio", "tokoi-x"),
    "trailing-number": ("tokio-2", "tokio", "tokio_2"),  # digits, then "-", are trimmed
    "bitflip": ("Serde", "serde", "SERDE"),  # case is one bit in ASCII
    "omitted-character": ("lazy_stati", "lazy_static", "lazy-stati"),  # separators as published
    "swapped-words": ("if_cfg", "cfg-if", "if_cfg_x"),
    "typo": ("cfg_if", "cfg-if", "cfgif"),  # one separator for the other
    "affix": ("decimal", "rust_decimal", "rust-decimal"),  # an affix dropped
}


@pytest.mark.parametrize("check", sorted(CRATES_IO_SAMPLES))
def test_crates_io_check_catches_its_sample_and_not_the_benign_one(check: str) -> None:
    positive, target, benign = CRATES_IO_SAMPLES[check]
    checks = CratesIoChecks(corpus())
    assert (check, target) in set(checks.hits(positive))
    assert not [hit for hit in checks.hits(benign) if hit[0] == check]


@pytest.mark.parametrize(
    ("name", "target"),
    [("serd", "serde"), ("lazystatic", "lazy_static"), ("rands", "rand"), ("if-cfg", "cfg-if")],
)
def test_screen_names_the_target(name: str, target: str) -> None:
    verdict = Screener(corpus()).screen(name)
    assert verdict.flagged and verdict.suspects[0].target == target


def test_false_alarm_controls() -> None:
    owned = corpus({"serde": frozenset({"dtolnay"})})
    screener = Screener(owned, allowlist=["tokio-rs"])
    assert not screener.screen("serd", owners=["dtolnay"]).suspects  # same publisher
    assert screener.screen("serd", owners=["mallory"]).flagged
    assert not screener.screen("tokio-rs").flagged  # allowlisted
    assert not screener.screen("serde").suspects  # popular itself
    assert not screener.screen("serd", popularity=500).suspects  # established in its own right
    assert not screener.screen("mip").suspects  # short targets: only the telling checks
    assert not screener.screen("mioo").suspects  # nor a letter added, but for a plural
    assert screener.screen("mi0").suspects[0].check == "lookalike"  # listed even when short
    baseline = Screener(owned, baseline=True)
    assert baseline.screen("serd").flagged
    assert not baseline.screen("lazystatic-x").suspects


def test_affixes_flag_only_with_owner_data() -> None:
    assert not Screener(corpus()).screen("tokio-rs").flagged  # could be the family's own
    owned = Screener(corpus({"tokio": frozenset({"carllerche"})}))
    assert owned.screen("tokio-rs", owners=["mallory"]).flagged
    assert not owned.screen("tokio-rs", owners=["carllerche"]).suspects


def test_an_older_look_alike_is_not_a_squat() -> None:
    dated = Corpus([Popular("serde", 1000, 1, frozenset(), created=1_500_000_000)], "downloads")
    screener = Screener(dated)
    assert not screener.screen("serd", created=1_400_000_000).suspects  # older than serde
    assert screener.screen("serd", created=1_600_000_000).flagged
    assert screener.screen("serd").flagged  # a new name: no date yet


def test_ranking_prefers_the_more_telling_check() -> None:
    verdict = Screener(corpus()).screen("serdes")
    assert verdict.suspects[0].target == "serde"
    assert [s.score for s in verdict.suspects] == sorted(
        (s.score for s in verdict.suspects), reverse=True
    )


def _osa(a: str, b: str) -> int:
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


@given(st.text("abc-", max_size=7), st.text("abc-", max_size=7))
def test_osa_distance_one_matches_the_definition(a: str, b: str) -> None:
    assert osa_distance_is_one(a, b) == (_osa(a, b) == 1)


def test_an_index_directory_corpus_follows_changes_below_the_top(tmp_path: Path) -> None:
    from cratewatch.typosquat.sources import corpus_store
    from tests.ecosystem.support import index_record, write_index

    index = write_index([index_record("serde", "1.0.0", [])], tmp_path / "index")
    assert corpus_store(str(index), tmp_path / "cache").crate_names == ["serde"]
    write_index([index_record("tokio", "1.0.0", [])], index)  # adds to/to/kio only
    assert corpus_store(str(index), tmp_path / "cache").crate_names == ["serde", "tokio"]


def test_a_fullwidth_separator_is_a_confusable() -> None:
    verdict = Screener(corpus()).screen("lazy＿static")
    assert verdict.suspects[0].check in ("confusable", "separator")
    assert verdict.flagged


def _with(popular: str, rank: int, owners: frozenset[str] = frozenset()) -> Corpus:
    """The sample corpus with ``popular`` at ``rank`` (below the top, so not prominent)."""
    names = [*POPULAR[: rank - 1], popular, *POPULAR[rank - 1 :]]
    return Corpus(
        (
            Popular(name, 1000 - i, i + 1, owners if name == popular else frozenset())
            for i, name in enumerate(names)
        ),
        "dependents",
    )


@pytest.mark.parametrize(
    ("name", "popular"),
    [
        ("avro", "avro-rs"),
        ("foo", "foo-sys"),
        ("foo", "lib-foo"),
        ("foo", "foo_rs"),
        ("argon2", "rust-argon2"),
    ],
)
def test_a_name_that_drops_an_affix_is_checked(name: str, popular: str) -> None:
    """The plain name beside a popular crate that has an affix: with owner data a stranger's
    is a squat and the family's own is not; without, it is listed (families name their
    crates so), as an added affix is."""
    owned = Screener(_with(popular, 2, frozenset({"family"})))
    verdict = owned.screen(name, owners=["mallory"])
    assert verdict.flagged
    assert verdict.suspects[0] == (popular, "dropped-affix", verdict.suspects[0].score)
    assert not owned.screen(name, owners=["family"]).suspects
    plain = Screener(_with(popular, 2)).screen(name)
    assert not plain.flagged and plain.suspects[0].check == "dropped-affix"


def test_what_is_left_of_a_dropped_affix_is_judged_by_its_length() -> None:
    owned = Screener(_with("rust-c", 2, frozenset({"family"})))
    verdict = owned.screen("c", owners=["mallory"])
    assert verdict.suspects[0].target == "rust-c" and not verdict.flagged  # one letter


def test_a_prominent_short_name_counts_for_every_check() -> None:
    """rand is the sample corpus's top crate, so prominent; mio (rank 12 of 14) is not."""
    screener = Screener(corpus())
    assert [p.name for p in corpus().by_key.values() if screener.prominent(p)] == ["rand"]
    for squat, check in [
        ("rand2", "version-suffix"),
        ("rand-lib", "affix"),
        ("lib_rand", "affix"),
        ("rynd", "edit-distance-1"),
        ("rabd", "keyboard-typo"),
        ("randlib", "glued-affix"),
        ("rnd", "omitted-character"),
    ]:
        verdict = screener.screen(squat)
        assert verdict.flagged, squat
        assert verdict.suspects[0][:2] == ("rand", check), squat
    for squat in ("mio2", "mio-lib", "mzo", "mi"):
        assert not screener.screen(squat).suspects, squat
    # a letter added to a short word makes another word, prominent or not: a plural only
    assert not screener.screen("grand").suspects
    assert screener.screen("rands").flagged
    # -core and -sys are how a family splits its own crate: listed, flagged with owner data
    assert not screener.screen("rand-core").flagged
    assert screener.screen("rand-core").suspects[0][:2] == ("rand", "affix")
    no_rule = Screener(corpus(), prominent_share=0)
    assert not any(no_rule.screen(s).flagged for s in ("rand2", "rand-lib", "rznd", "rnd"))


def test_owner_data_makes_a_prominent_family_split_count() -> None:
    owned = Screener(corpus({"rand": frozenset({"family"})}))
    assert owned.screen("rand-core", owners=["mallory"]).flagged
    assert not owned.screen("rand-core", owners=["family"]).suspects


@given(st.sampled_from(POPULAR), st.sampled_from(sorted(AFFIXES)), st.sampled_from("-_"))
def test_an_affix_and_its_drop_are_found_both_ways(popular: str, affix: str, sep: str) -> None:
    """The two checks are inverses: a popular name with an affix added, and a popular
    affixed name with the affix dropped, each lead back to the popular name."""
    key = normalize_crate_name(popular)
    assert key in set(CHECKS["affix"].find(f"{key}-{affix}", corpus()))
    assert key in set(CHECKS["affix"].find(f"{affix}-{key}", corpus()))
    c = _with(f"{popular}{sep}{affix}", 2)
    assert f"{key}-{affix}" in set(CHECKS["dropped-affix"].find(key, c))
