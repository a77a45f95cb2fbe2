"""The registry-side signals: each fires on a constructed history and stays silent on a
benign one, through ``screen_version`` and an ``InMemoryView``; and the table of codes
in docs/service.md is ``CODES``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from cratewatch.service.model import Risk, Screening, Signal
from cratewatch.service.screening import screen_version
from cratewatch.service.signals import (
    CODES,
    YANKS_MANY,
    checksum_signals,
    publisher_impersonation_signals,
    worst_risk,
)
from cratewatch.service.view import InMemoryView, Owner, OwnerHistory, VersionRecord
from tests.conftest import PROJECT_ROOT
from tests.service.support import T0, simple_crate

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def signals_of(result: Screening, code: str) -> list[Signal]:
    return [s for s in result.signals if s.code == code]


def screen(path: Path, name: str, version: str, view: InMemoryView) -> Screening:
    return screen_version(path, name, version, None, view, published=T0, now=T0 + HOUR)


# -- new-dependency-on-young-crate --------------------------------------------------------


def _update_adding(tmp_path: Path, dependency: str, kind: str = "dependencies") -> Path:
    simple_crate(tmp_path / "v1", "tool", "1.0.0")
    return simple_crate(tmp_path / "v2", "tool", "1.0.1", f'[{kind}]\n{dependency} = "0.1"\n')


def _history(tmp_path: Path) -> list[VersionRecord]:
    old = tmp_path / "v1" / "tool-1.0.0.crate"
    return [VersionRecord("1.0.0", T0 - 400 * DAY, old), VersionRecord("1.0.1", T0)]


@pytest.mark.parametrize(
    ("age", "kind", "shared_owner", "fires"),
    [
        (10 * HOUR, "dependencies", False, True),
        (10 * HOUR, "build-dependencies", False, True),
        (47 * HOUR, "dependencies", False, True),
        (72 * HOUR, "dependencies", False, False),  # old enough
        (10 * HOUR, "dev-dependencies", False, False),  # never in a user's build
        (10 * HOUR, "dependencies", True, False),  # a family publishing a new member
    ],
)
def test_a_new_dependency_on_a_young_crate(
    tmp_path: Path, age: dt.timedelta, kind: str, shared_owner: bool, fires: bool
) -> None:
    new = _update_adding(tmp_path, "sha-rust", kind)
    owners = {"tool": OwnerHistory((Owner("alice"),))}
    owners["sha-rust"] = OwnerHistory((Owner("alice" if shared_owner else "mallory"),))
    view = InMemoryView(
        {"tool": _history(tmp_path), "sha-rust": [VersionRecord("0.1.0", T0 - age)]},
        owners=owners,
    )
    found = signals_of(screen(new, "tool", "1.0.1", view), "new-dependency-on-young-crate")
    if fires:
        assert [s.risk for s in found] == [Risk.MEDIUM]
        hours = round(age.total_seconds() / 3600)
        assert found[0].message.startswith(f"new dependency sha-rust was first published {hours} ")
    else:
        assert found == []


def test_a_young_crate_already_depended_on_is_not_new(tmp_path: Path) -> None:
    body = '[dependencies]\nsha-rust = "0.1"\n'
    old = simple_crate(tmp_path / "v1", "tool", "1.0.0", body)
    new = simple_crate(tmp_path / "v2", "tool", "1.0.1", body)
    view = InMemoryView(
        {
            "tool": [VersionRecord("1.0.0", T0 - 10 * DAY, old)],
            "sha_rust": [VersionRecord("0.1.0", T0 - 10 * HOUR)],
        }
    )
    assert signals_of(screen(new, "tool", "1.0.1", view), "new-dependency-on-young-crate") == []


def test_a_new_crate_on_a_young_crate_and_an_unknown_one(tmp_path: Path) -> None:
    body = '[dependencies]\nsha-rust = "0.1"\nunheard-of = "1"\n'
    path = simple_crate(tmp_path, "finch-rust", "0.1.0", body)
    view = InMemoryView({"sha-rust": [VersionRecord("0.1.0", T0 - 3 * HOUR)]})
    found = signals_of(screen(path, "finch-rust", "0.1.0", view), "new-dependency-on-young-crate")
    # the registry not knowing a crate says nothing about its age
    assert len(found) == 1 and "sha-rust" in found[0].message


# -- release-after-yanks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yanked", "ago", "fires"),
    [
        (YANKS_MANY, 5 * HOUR, True),
        (YANKS_MANY + 2, 70 * HOUR, True),
        (YANKS_MANY - 1, 5 * HOUR, False),  # not many
        (YANKS_MANY, 10 * DAY, False),  # not right after
    ],
)
def test_a_release_right_after_many_yanks(
    tmp_path: Path, yanked: int, ago: dt.timedelta, fires: bool
) -> None:
    path = simple_crate(tmp_path, "tool", "2.0.0")
    records = [VersionRecord(f"1.0.{i}", T0 - 300 * DAY, yanked=T0 - ago) for i in range(yanked)]
    records += [VersionRecord("1.1.0", T0 - 100 * DAY), VersionRecord("2.0.0", T0)]
    found = signals_of(
        screen(path, "tool", "2.0.0", InMemoryView({"tool": records})), "release-after-yanks"
    )
    if fires:
        assert [s.risk for s in found] == [Risk.MEDIUM]
        assert f"after {yanked} versions were yanked (1.0.0, 1.0.1" in found[0].message
    else:
        assert found == []


def test_yanks_after_the_release_do_not_count(tmp_path: Path) -> None:
    path = simple_crate(tmp_path, "tool", "2.0.0")
    records = [VersionRecord(f"1.0.{i}", T0 - 300 * DAY, yanked=T0 + HOUR) for i in range(5)]
    view = InMemoryView({"tool": records})
    assert signals_of(screen(path, "tool", "2.0.0", view), "release-after-yanks") == []


# -- new-publisher ------------------------------------------------------------------------


def _established(tmp_path: Path, history: OwnerHistory | None, first: dt.datetime) -> Screening:
    old = simple_crate(tmp_path / "v1", "tool", "1.4.0")
    new = simple_crate(tmp_path / "v2", "tool", "1.5.0")
    view = InMemoryView(
        {"tool": [VersionRecord("1.0.0", first), VersionRecord("1.4.0", T0 - 20 * DAY, old)]},
        owners={"tool": history} if history is not None else None,
    )
    return screen(new, "tool", "1.5.0", view)


EARLIER = (("1.0.0", "alice"), ("1.4.0", "alice"))
FOUNDED = T0 - 500 * DAY


def test_a_takeover_by_a_new_owner_is_high(tmp_path: Path) -> None:
    history = OwnerHistory(
        (Owner("alice", FOUNDED), Owner("mallory", T0 - 5 * DAY)),
        (*EARLIER, ("1.5.0", "mallory")),
    )
    (found,) = signals_of(_established(tmp_path, history, FOUNDED), "new-publisher")
    assert found.risk is Risk.HIGH
    assert found.message.startswith("published by mallory, an owner since ")
    assert "none of the 2 earlier versions" in found.message


def test_a_publisher_new_to_the_crate_is_medium(tmp_path: Path) -> None:
    history = OwnerHistory(
        (Owner("alice", FOUNDED), Owner("bob", FOUNDED + DAY * 100)),
        (*EARLIER, ("1.5.0", "bob")),
    )
    (found,) = signals_of(_established(tmp_path, history, FOUNDED), "new-publisher")
    assert found.risk is Risk.MEDIUM and found.message.startswith("published by bob,")


def test_an_owner_added_days_before_is_medium(tmp_path: Path) -> None:
    history = OwnerHistory(
        (Owner("alice", FOUNDED), Owner("mallory", T0 - 10 * DAY)),
        (*EARLIER, ("1.5.0", "alice")),
    )
    (found,) = signals_of(_established(tmp_path, history, FOUNDED), "new-publisher")
    assert found.risk is Risk.MEDIUM
    assert found.message == "mallory became an owner on 2026-05-22, 10 days before this version"


@pytest.mark.parametrize(
    "case", ["same-publisher", "young-crate", "owner-long-ago", "publisher-before", "unknown"]
)
def test_no_new_publisher(tmp_path: Path, case: str) -> None:
    first = FOUNDED
    history: OwnerHistory | None = OwnerHistory(
        (Owner("alice", FOUNDED),), (*EARLIER, ("1.5.0", "alice"))
    )
    if case == "young-crate":  # a new crate's team is still forming
        first = T0 - 30 * DAY
        history = OwnerHistory(
            (Owner("alice", first), Owner("bob", T0 - 2 * DAY)),
            (("1.0.0", "alice"), ("1.5.0", "bob")),
        )
    elif case == "owner-long-ago":
        history = OwnerHistory(
            (Owner("alice", FOUNDED), Owner("bob", T0 - 200 * DAY)),
            (*EARLIER, ("1.5.0", "alice")),
        )
    elif case == "publisher-before":  # bob published 1.4.0 already
        history = OwnerHistory(
            (Owner("alice", FOUNDED), Owner("bob", FOUNDED + HOUR)),
            (("1.0.0", "alice"), ("1.4.0", "bob"), ("1.5.0", "bob")),
        )
    elif case == "unknown":  # an index has no owners
        history = None
    assert signals_of(_established(tmp_path, history, first), "new-publisher") == []


# -- publisher-impersonation --------------------------------------------------------------


def _new_crate(
    tmp_path: Path, name: str, owners: tuple[str, ...] | None, authors: str = ""
) -> list[Signal]:
    body = f"authors = [{authors}]\n" if authors else ""
    path = simple_crate(tmp_path, name, "0.1.0", body)
    history = OwnerHistory(tuple(Owner(o) for o in owners)) if owners is not None else None
    view = InMemoryView(owners={name: history} if history is not None else None)
    return signals_of(screen(path, name, "0.1.0", view), "publisher-impersonation")


@pytest.mark.parametrize(
    ("name", "owners", "authors", "expected"),
    [
        ("fast-parse", ("dtoInay",), "", (Risk.HIGH, "owner dtoInay imitates David Tolnay's")),
        ("fast-parse", ("github:rust-1ang:core",), "", (Risk.HIGH, "owner github:rust-1ang:core")),
        ("rust-1ang", ("mallory",), "", (Risk.HIGH, "the name rust-1ang imitates the Rust")),
        ("microsoftsystem64", ("mallory",), "", (Risk.MEDIUM, "the name microsoftsystem64 says")),
        (
            "fast-parse",
            ("mallory",),
            '"David Tolnay <d@example.com>"',
            (Risk.MEDIUM, "the authors"),
        ),
        ("fast-parse", None, '"David Toinay"', (Risk.HIGH, "the author David Toinay imitates")),
    ],
)
def test_publisher_impersonation(
    tmp_path: Path,
    name: str,
    owners: tuple[str, ...] | None,
    authors: str,
    expected: tuple[Risk, str],
) -> None:
    (found,) = _new_crate(tmp_path, name, owners, authors)
    assert (found.risk, found.message[: len(expected[1])]) == expected


@pytest.mark.parametrize(
    ("name", "owners", "authors"),
    [
        ("fast-parse", ("dtolnay",), '"David Tolnay <dtolnay@gmail.com>"'),  # the real one
        ("windows-sys", ("github:microsoft:crates",), '"Microsoft"'),
        ("microsoft-graph", ("github:microsoft:crates",), ""),
        ("fast-parse", ("alice", "bob"), '"Alice Example", "Bob Example"'),
        ("fast-parse", None, '"David Tolnay"'),  # who owns it is unknown: no claim to check
        ("microsoft-graph", None, ""),
    ],
)
def test_no_publisher_impersonation(
    tmp_path: Path, name: str, owners: tuple[str, ...] | None, authors: str
) -> None:
    assert _new_crate(tmp_path, name, owners, authors) == []


def test_a_publisher_word_only_counts_for_a_new_crate() -> None:
    history = OwnerHistory((Owner("mallory"),))
    for new_crate in (True, False):
        found = publisher_impersonation_signals(
            "microsoft-tools", new_crate=new_crate, authors=(), history=history
        )
        assert bool(found) is new_crate


# -- checksum, risks, the table -----------------------------------------------------------


def test_checksum_signals() -> None:
    assert checksum_signals(None, "ab" * 32) == []
    assert checksum_signals("AB" * 32, "ab" * 32) == []
    (found,) = checksum_signals("cd" * 32, "ab" * 32)
    assert (found.code, found.risk) == ("checksum-mismatch", Risk.CRITICAL)


def test_the_worst_signal_decides() -> None:
    assert worst_risk([]) is Risk.NONE
    signals = [Signal("diff-review", Risk.LOW, ""), Signal("typosquat", Risk.HIGH, "")]
    assert worst_risk(signals) is Risk.HIGH


def test_codes_are_stable_kebab_case_with_their_risks() -> None:
    for code, entry in CODES.items():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code) and entry.code == code
        assert entry.risks and list(entry.risks) == sorted(entry.risks, key=lambda r: r.rank)


def test_docs_list_every_code_with_its_risks() -> None:
    text = (PROJECT_ROOT / "docs" / "service.md").read_text(encoding="utf-8")
    section = text.split("\n## Screening\n", 1)[1].split("\n## ", 1)[0]
    rows = {
        m["code"]: m["risks"]
        for m in re.finditer(r"^\| `(?P<code>[a-z-]+)` \| (?P<risks>[a-z, ]+) \|", section, re.M)
    }
    assert rows == {code: ", ".join(r.value for r in e.risks) for code, e in CODES.items()}
