"""Every layout the RustSec database has had, and reading a git database as of a date.

The fixtures under ``fixtures/rustsec-history/`` are real files of
github.com/rustsec/advisory-db (CC0-1.0), each directory named after the commit
date it was taken at (see the README there).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from cratewatch.advisories.database import build_database, open_database
from cratewatch.advisories.rustsec import (
    parse_advisories_toml,
    parse_legacy_advisory,
    read_rustsec_advisory,
    split_front_matter,
)
from cratewatch.advisories.sources import GitHistory, RustSecDirectory, open_source
from cratewatch.cli.main import main
from cratewatch.cli.options import parse_moment
from cratewatch.errors import AdvisoryError, DatabaseError
from cratewatch.model import AdvisoryKind, Version
from cratewatch.model.advisory import Advisory, FunctionRanges
from tests.conftest import ADVISORY_DB, CARGO_LOCKS, require

HISTORY = Path(__file__).parent / "fixtures" / "rustsec-history"
BAT_2020 = CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock"
CRATES = ("smallvec", "hyper", "tar", "untrusted", "arrayfire", "time")


def utc(day: str) -> dt.datetime:
    return parse_moment(day)


# -- the layouts ----------------------------------------------------------------


def test_the_2018_layout_with_advisories_toml_loads() -> None:
    """July 2018: Advisories.toml beside per-crate TOML files, some without an id."""
    root = HISTORY / "2018-07-20"
    assert isinstance(open_source(str(root), root), RustSecDirectory)
    loaded = RustSecDirectory(root).load()
    assert loaded.problems == []
    by_id: dict[str, Advisory] = {a.id: a for a in loaded.advisories}
    assert sorted(by_id) == [
        "RUSTSEC-2017-0001",
        "RUSTSEC-2017-0002",
        "RUSTSEC-2017-0003",
        "RUSTSEC-2017-0004",
        "RUSTSEC-2017-0005",
        "RUSTSEC-2018-0001",  # its file has no id: the file name gives it
        "RUSTSEC-2018-0002",
        "RUSTSEC-2018-0003",
    ]
    assert by_id["RUSTSEC-2018-0001"].package == "untrusted"
    assert by_id["RUSTSEC-2017-0001"].aliases == ("CVE-2017-1000168",)  # from ``dwf``
    assert by_id["RUSTSEC-2017-0002"].patched == (">= 0.10.2", "< 0.10.0, >= 0.9.18")
    assert by_id["RUSTSEC-2017-0002"].affects(Version.parse("0.9.17"))
    assert not by_id["RUSTSEC-2017-0002"].affects(Version.parse("0.9.18"))


def test_advisories_toml_alone_is_a_database(tmp_path: Path) -> None:
    shutil.copy(HISTORY / "2018-07-20" / "Advisories.toml", tmp_path / "Advisories.toml")
    source = open_source(str(tmp_path), tmp_path)
    assert isinstance(source, RustSecDirectory)
    from_index = {a.id: a for a in source.load().advisories}
    from_files = {a.id: a for a in RustSecDirectory(HISTORY / "2018-07-20").load().advisories}
    assert from_index.keys() == from_files.keys()
    for advisory_id, advisory in from_index.items():
        other = from_files[advisory_id]
        assert (advisory.package, advisory.title, advisory.ranges) == (
            other.package,
            other.title,
            other.ranges,
        )


def test_a_bad_entry_of_advisories_toml_is_one_problem() -> None:
    text = (HISTORY / "2018-07-20" / "Advisories.toml").read_text()
    broken = text.replace('date = "2018-06-29"', 'date = "June"')
    advisories, problems = parse_advisories_toml(broken, "Advisories.toml")
    assert len(advisories) == 7
    assert problems == [
        "Advisories.toml: advisory 7 (RUSTSEC-2018-0002): 'date' must be a date "
        "YYYY-MM-DD, got 'June'"
    ]


def test_toml_era_fields_are_read_under_todays_names() -> None:
    arrayfire = read_rustsec_advisory(
        HISTORY / "2019-09-01/crates/arrayfire/RUSTSEC-2018-0011.toml"
    )
    assert (arrayfire.affected_arch, arrayfire.affected_os) == (("x86_64",), ("windows",))
    assert (arrayfire.patched, arrayfire.unaffected) == ((">= 3.6.0",), ("<= 3.5.0",))
    later = read_rustsec_advisory(HISTORY / "2020-08-25/crates/arrayfire/RUSTSEC-2018-0011.toml")
    assert (later.ranges, later.affected_arch, later.affected_os, later.aliases) == (
        arrayfire.ranges,
        arrayfire.affected_arch,
        arrayfire.affected_os,
        ("CVE-2018-20998",),
    )

    hyper = read_rustsec_advisory(HISTORY / "2019-09-01/crates/hyper/RUSTSEC-2016-0002.toml")
    assert hyper.affected_os == ("windows",)
    assert (hyper.related, hyper.references) == (("RUSTSEC-2016-0001",), ())  # ids, not URLs

    smallvec = read_rustsec_advisory(HISTORY / "2018-12-21/crates/smallvec/RUSTSEC-2018-0003.toml")
    assert smallvec.affected_functions == (FunctionRanges("smallvec::SmallVec::insert_many", ()),)
    assert smallvec.title == "Possible double free during unwinding in SmallVec::insert_many"
    assert smallvec.description.startswith("If an iterator passed to `SmallVec::insert_many`")

    grow = read_rustsec_advisory(HISTORY / "2020-08-25/crates/smallvec/RUSTSEC-2019-0009.toml")
    assert grow.affected_functions == (
        FunctionRanges("smallvec::SmallVec::grow", ("< 0.6.10, >= 0.6.5",)),
    )


def test_obsolete_and_yanked_mean_withdrawn() -> None:
    plutonium = read_rustsec_advisory(
        HISTORY / "2020-08-25/crates/plutonium/RUSTSEC-2020-0011.toml"
    )
    assert plutonium.kind is AdvisoryKind.NOTICE
    assert plutonium.withdrawn == dt.date(2020, 4, 23)  # no date of its own: the advisory's
    dirs = read_rustsec_advisory(HISTORY / "2021-05-22/crates/dirs/RUSTSEC-2020-0053.md")
    assert dirs.kind is AdvisoryKind.UNMAINTAINED and dirs.withdrawn == dt.date(2020, 10, 16)


def test_the_fixtures_agree_with_todays_database() -> None:
    """What an advisory says about versions has not changed since it was written."""
    checked = 0
    for path in sorted(HISTORY.glob("*/crates/*/*.*")):
        old = read_rustsec_advisory(path)
        today = ADVISORY_DB / "crates" / old.package / f"{old.id}.md"
        if not require(ADVISORY_DB).is_dir() or not today.exists():
            continue
        new = read_rustsec_advisory(today)
        assert (old.package, old.date) == (new.package, new.date), path
        for version in ("0.0.1", "0.3.3", "0.6.2", "0.9.17", "0.10.1", "3.5.0", "3.6.0"):
            v = Version.parse(version)
            assert old.affects(v) == new.affects(v), (path, version)
        checked += 1
    assert checked >= 8


def test_ranges_inside_others_read_as_their_union() -> None:
    """Until June 2021 the database had such ranges (miow, arc-swap, rand_core, trust-dns)."""
    text = (HISTORY / "2020-08-25/crates/arrayfire/RUSTSEC-2018-0011.toml").read_text()
    overlapping = text.replace('patched = [">= 3.6.0"]', 'patched = [">= 3.6.0", ">= 3.7.0"]')
    advisory = parse_legacy_advisory(overlapping, "x.toml")
    assert advisory.ranges == parse_legacy_advisory(text, "x.toml").ranges
    partial = text.replace('patched = [">= 3.6.0"]', 'patched = [">= 3.6.0", "< 3.7.0, > 3.0.0"]')
    with pytest.raises(AdvisoryError, match="overlapping version ranges"):
        parse_legacy_advisory(partial, "x.toml")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('date = "2018-12-18"', 'date = "2018-12-1"'), None),  # some 2019 files wrote this
        (('package = "arrayfire"', 'crate_name = "arrayfire"'), None),  # February 2017
        (('[affected]\narch = ["x86_64"]', '[affected]\narch = "x86_64"'), "'arch' must be a list"),
        (('id = "RUSTSEC-2018-0011"\n', ""), None),  # from the file name
        (("[versions]", "[versions]\nbogus = 1"), "unknown field(s) in [versions]: bogus"),
    ],
)
def test_toml_era_variants(change: tuple[str, str], message: str | None) -> None:
    text = (HISTORY / "2020-08-25/crates/arrayfire/RUSTSEC-2018-0011.toml").read_text()
    assert change[0] in text
    changed = text.replace(*change)
    if message is None:
        advisory = parse_legacy_advisory(changed, "x.toml", file_id="RUSTSEC-2018-0011")
        assert (advisory.id, advisory.package) == ("RUSTSEC-2018-0011", "arrayfire")
    else:
        with pytest.raises(AdvisoryError, match=r"^x\.toml: ") as info:
            parse_legacy_advisory(changed, "x.toml", file_id="RUSTSEC-2018-0011")
        assert message in str(info.value)


# -- a git database as of a date --------------------------------------------------------


def toml_era_file(md: Path) -> str:
    """A Markdown advisory of today written in the TOML format of 2019."""
    parts = split_front_matter(md.read_text())
    assert parts is not None
    doc = tomllib.loads(parts[0])
    heading, _, description = parts[1].strip().partition("\n")
    advisory = dict(doc["advisory"])
    advisory["title"] = heading.removeprefix("# ").strip()
    advisory["description"] = description.strip()
    for new, old in (("patched", "patched_versions"), ("unaffected", "unaffected_versions")):
        if new in doc.get("versions", {}):
            advisory[old] = doc["versions"][new]
    for new in ("os", "arch"):
        if new in doc.get("affected", {}):
            advisory[f"affected_{new}"] = doc["affected"][new]
    if "functions" in doc.get("affected", {}):
        advisory["affected_functions"] = sorted(doc["affected"]["functions"])
    lines = ["[advisory]"]
    for key, value in advisory.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def commit(repo: Path, message: str, when: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", message], cwd=repo, check=True, env=env)
    return subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()


class TwoEras:
    """A git advisory database: the TOML layout of January 2020, then today's Markdown."""

    def __init__(self, root: Path) -> None:
        self.repo = root
        root.mkdir()
        subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True)
        self.old: dict[str, Advisory] = {}
        for crate in CRATES:
            for md in sorted((require(ADVISORY_DB) / "crates" / crate).glob("*.md")):
                advisory = read_rustsec_advisory(md)
                if advisory.date is not None and advisory.date < dt.date(2020, 1, 1):
                    target = root / "crates" / crate / f"{md.stem}.toml"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(toml_era_file(md))
                    self.old[advisory.id] = advisory
        self.first = commit(root, "advisories of 2019", "2020-01-15T12:00:00+00:00")
        shutil.rmtree(root / "crates")
        self.new: dict[str, Advisory] = {}
        for crate in CRATES:
            shutil.copytree(ADVISORY_DB / "crates" / crate, root / "crates" / crate)
            for md in sorted((root / "crates" / crate).glob("*.md")):
                advisory = read_rustsec_advisory(md)
                self.new[advisory.id] = advisory
        self.second = commit(root, "V3 format", "2021-06-01T12:00:00+00:00")

    @property
    def url(self) -> str:
        return self.repo.as_uri()


@pytest.fixture
def two_eras(tmp_path: Path) -> TwoEras:
    return TwoEras(tmp_path / "advisory-db")


def test_as_of_picks_the_tree_of_the_last_commit_before_the_date(
    two_eras: TwoEras, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert len(two_eras.old) >= 8 and two_eras.new.keys() > two_eras.old.keys()
    before = open_database([two_eras.url], cache, as_of=utc("2020-06-01"))
    assert before.info.commit == two_eras.first and before.problems == []
    assert before.info.sources == (f"{two_eras.url} as of 2020-06-01",)
    assert before.info.updated == dt.datetime(2020, 1, 15, 12, tzinfo=dt.UTC)
    assert {a.id for a in before} == set(two_eras.old)
    for advisory in before:
        original = two_eras.old[advisory.id]
        assert (advisory.package, advisory.title, advisory.ranges, advisory.aliases) == (
            original.package,
            original.title,
            original.ranges,
            original.aliases,
        )
        assert (advisory.affected_os, advisory.affected_arch) == (
            original.affected_os,
            original.affected_arch,
        )

    after = open_database([two_eras.url], cache, as_of=utc("2021-06-02"))
    assert after.info.commit == two_eras.second and {a.id for a in after} == set(two_eras.new)
    # "before" is strict: a commit at the very moment is not yet part of the past.
    at = open_database([two_eras.url], cache, as_of=parse_moment("2021-06-01T12:00:00+00:00"))
    assert at.info.commit == two_eras.first


def test_as_of_leaves_the_clone_as_it_is(two_eras: TwoEras, tmp_path: Path) -> None:
    from cratewatch.advisories.locations import default_checkout

    cache = tmp_path / "cache"
    open_database([two_eras.url], cache, as_of=utc("2020-06-01"))
    checkout = default_checkout(cache, two_eras.url)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=checkout, capture_output=True, text=True, check=True
    )
    assert head.stdout.strip() == two_eras.second
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=checkout, capture_output=True, text=True, check=True
    )
    assert status.stdout == ""
    assert sorted(p.suffix for p in checkout.glob("crates/*/*")) == [".md"] * len(two_eras.new)


def test_as_of_before_the_first_commit(two_eras: TwoEras, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match=r": no commit before 2019-01-01$"):
        open_database([two_eras.url], tmp_path / "cache", as_of=utc("2019-01-01"))


def test_a_shallow_clone_is_deepened_for_as_of(two_eras: TwoEras, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    open_database([two_eras.url], cache)  # a plain --db URL clones one commit deep
    with pytest.raises(DatabaseError, match=r"no commit before 2020-06-01 \(the clone is shallow"):
        open_database([two_eras.url], cache, as_of=utc("2020-06-01"), offline=True)
    database = open_database([two_eras.url], cache, as_of=utc("2020-06-01"))
    assert database.info.commit == two_eras.first
    # Once it has its history, updating the clone keeps it.
    again = open_database([two_eras.url], cache, fetch=True)
    assert again.info.commit == two_eras.second
    offline = open_database([two_eras.url], cache, as_of=utc("2020-06-01"), offline=True)
    assert offline.info.commit == two_eras.first


def test_a_local_git_checkout_as_of_a_date(two_eras: TwoEras, tmp_path: Path) -> None:
    source = open_source(str(two_eras.repo), tmp_path, utc("2020-06-01"))
    assert isinstance(source, GitHistory)
    loaded = source.load()
    assert loaded.commit == two_eras.first
    assert {a.id for a in loaded.advisories} == set(two_eras.old)
    assert build_database([source]).info.sources == (f"{two_eras.repo.resolve()} as of 2020-06-01",)


def test_as_of_needs_a_git_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="not a git repository, so it has no past"):
        open_source(str(HISTORY / "2018-07-20"), tmp_path, utc("2020-06-01"))


def test_as_of_without_db_and_offline_needs_the_clone(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="not fetched yet and --offline is set"):
        open_database([], tmp_path / "cache", offline=True, as_of=utc("2020-06-01"))


def test_audit_as_of_a_release_date(two_eras: TwoEras, capsys: pytest.CaptureFixture[str]) -> None:
    """bat of January 2020, audited as its release day knew it and as later known."""
    lockfile = str(require(BAT_2020))
    common = ["audit", lockfile, "--db", two_eras.url, "--format", "json", "--no-config", "-q"]

    def findings(*flags: str) -> tuple[set[str], set[str]]:
        main([*common, *flags])
        report = json.loads(capsys.readouterr().out)
        found = {f["advisory_id"] for f in report["findings"] if f.get("advisory_id")}
        codes = {d["code"] for d in report["diagnostics"]}
        return {i for i in found if i in two_eras.new}, codes

    then, codes_then = findings("--db-as-of", "2020-01-16")
    later, _ = findings("--db-as-of", "2021-06-02")
    assert then and then < later
    assert "RUSTSEC-2021-0003" in later - then  # smallvec 0.6.10, published 2021
    assert "database-stale" not in codes_then  # a day old on that date
    _, codes_stale = findings("--db-as-of", "2020-06-01")
    assert "database-stale" in codes_stale  # the newest commit then was 138 days old


def test_db_info_as_of(two_eras: TwoEras, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "info", "--db", two_eras.url, "--db-as-of", "2020-06-01"]) == 0
    out = capsys.readouterr().out
    assert f"source:     {two_eras.url} as of 2020-06-01" in out
    assert f"commit:     {two_eras.first}" in out


@pytest.mark.parametrize("value", ["yesterday", "2020-13-01", "2020-06-01T25:00"])
def test_a_bad_as_of_date_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["db", "info", "--db-as-of", value])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"'{value}' is not a date" in err


def test_as_of_moments() -> None:
    assert parse_moment("2020-06-01") == dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
    assert parse_moment("2020-06-01T08:30") == dt.datetime(2020, 6, 1, 8, 30, tzinfo=dt.UTC)
    assert parse_moment("2020-06-01T08:30:00+02:00") == dt.datetime(
        2020, 6, 1, 6, 30, tzinfo=dt.UTC
    )
