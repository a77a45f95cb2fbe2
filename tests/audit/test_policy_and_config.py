"""Levels, ignores (reason, expiry, unused) and cratewatch.toml, on real findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cratewatch.advisories.database import open_snapshot
from cratewatch.audit.config import find_config, load_config
from cratewatch.audit.engine import detect
from cratewatch.audit.policy import Ignore, Policy, apply_policy
from cratewatch.errors import ConfigError
from cratewatch.lockfile import read_lockfile
from cratewatch.model import Code, Finding, Level
from tests.conftest import CARGO_LOCKS, require

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def findings() -> tuple[Finding, ...]:
    lockfile = read_lockfile(
        require(CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock")
    )
    return detect(lockfile, open_snapshot()).findings


def test_default_levels_fail_on_vulnerabilities_and_warn_on_informational(
    findings: tuple[Finding, ...],
) -> None:
    out, diagnostics = apply_policy(Policy(), findings, TODAY)
    assert not diagnostics
    assert all(f.level is Level.DENY for f in out if f.code is Code.VULNERABILITY)
    assert all(f.level is Level.WARN for f in out if f.code is Code.UNMAINTAINED)
    assert any(f.is_failure for f in out)


def test_levels_can_make_unmaintained_deny(findings: tuple[Finding, ...]) -> None:
    policy = Policy(
        {Code.UNMAINTAINED: Level.DENY, Code.VULNERABILITY: Level.WARN, Code.UNSOUND: Level.ALLOW}
    )
    out, _ = apply_policy(policy, findings, TODAY)
    failing = {f.code for f in out if f.is_failure}
    assert failing == {Code.UNMAINTAINED}


def test_ignore_by_id_or_alias_with_reason_and_expiry(findings: tuple[Finding, ...]) -> None:
    policy = Policy(
        ignores=(
            Ignore("RUSTSEC-2021-0003", "insert_many is never called", dt.date(2027, 1, 1)),
            Ignore("CVE-2020-26235", "alias of the time advisory"),  # RUSTSEC-2020-0071
            Ignore("RUSTSEC-2018-0018", "lapsed", until=dt.date(2026, 1, 1)),
            Ignore("RUSTSEC-2099-0001", "matches nothing"),
        )
    )
    out, diagnostics = apply_policy(policy, findings, TODAY)
    by_id = {f.advisory_id: f for f in out}
    assert by_id["RUSTSEC-2021-0003"].ignored_reason == "insert_many is never called"
    assert not by_id["RUSTSEC-2021-0003"].is_failure
    assert by_id["RUSTSEC-2020-0071"].ignored_reason == "alias of the time advisory"
    assert by_id["RUSTSEC-2018-0018"].ignored_reason is None  # the ignore expired
    codes = sorted((d.code.value, d.message) for d in diagnostics)
    assert codes[0][0] == "ignore-expired" and "expired on 2026-01-01" in codes[0][1]
    assert "reported again" in codes[0][1]
    assert codes[1][0] == "ignore-unused" and "RUSTSEC-2099-0001" in codes[1][1]


def test_ignore_narrowed_to_a_crate_and_by_code(findings: tuple[Finding, ...]) -> None:
    policy = Policy(
        ignores=(
            Ignore("unmaintained", "accepted risk", crate="term_size"),
            Ignore("unsound", "x", crate="nope"),
        )
    )
    out, diagnostics = apply_policy(policy, findings, TODAY)
    ignored = {(f.package.name if f.package else None) for f in out if f.ignored_reason}
    assert ignored == {"term_size"}
    assert [d.code for d in diagnostics] == [Code.IGNORE_UNUSED]


CONFIG = """
[audit]
db = ["some/db"]
targets = ["x86_64-unknown-linux-gnu"]
yanked = false
max-db-age-days = 30

[audit.levels]
unmaintained = "deny"

[[audit.ignore]]
id = "RUSTSEC-2021-0003"
reason = "not reachable"
until = 2027-01-31
crate = "smallvec"
"""


def test_config_is_found_upward_and_read(tmp_path: Path) -> None:
    (tmp_path / "cratewatch.toml").write_text(CONFIG)
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    found = find_config(nested)
    assert found == tmp_path / "cratewatch.toml"
    config = load_config(found)
    assert config.db == (str(tmp_path / "some/db"),)  # relative to the file, as in Cargo
    assert config.targets == ("x86_64-unknown-linux-gnu",)
    assert config.yanked is False and config.max_db_age_days == 30
    assert config.levels == {Code.UNMAINTAINED: Level.DENY}
    (ignore,) = config.ignores
    assert (ignore.id, ignore.reason, ignore.until, ignore.crate) == (
        "RUSTSEC-2021-0003",
        "not reachable",
        dt.date(2027, 1, 31),
        "smallvec",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[audit\n", "invalid TOML"),
        ("[audit]\nbogus = 1\n", "unknown key(s) in [audit]: bogus"),
        ("[audit.levels]\nunmaintaned = 'deny'\n", "unknown finding code 'unmaintaned'"),
        ("[audit.levels]\nunmaintained = 'fail'\n", "level must be deny, warn or allow"),
        ("[[audit.ignore]]\nid = 'RUSTSEC-2021-0003'\n", "a non-empty 'reason' is required"),
        ("[[audit.ignore]]\nreason = 'x'\n", "'id' (an advisory id or finding code) is required"),
        ("[[audit.ignore]]\nid = 'X'\nreason = 'x'\nuntil = 'someday'\n", "'until' must be a date"),
        ("[audit]\nyanked = 'no'\n", "audit.yanked must be true or false"),
    ],
)
def test_bad_config_gives_one_line_error_naming_the_file(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "cratewatch.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)
    assert "\n" not in str(info.value)


def test_config_is_found_from_a_lockfile_or_manifest_path(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "cratewatch.toml").write_text(CONFIG)
    (tmp_path / "cratewatch.toml").write_text(CONFIG)
    for path in (project, project / "Cargo.lock", project / "Cargo.toml"):
        assert find_config(path) == project / "cratewatch.toml"


def test_config_is_read_only_from_a_regular_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"a directory, not a file$"):
        load_config(tmp_path)
    binary = tmp_path / "cratewatch.toml"
    binary.write_bytes(b"\xff\xfe[audit]")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(binary)
    if Path("/dev/zero").exists():
        with pytest.raises(ConfigError, match=r"^/dev/zero: a character device, not a file$"):
            load_config(Path("/dev/zero"))
