"""deny.toml as cargo-deny reads it: both spellings, crates in every form, moved and removed
keys noted, and every unknown key, wrong type or unknown value refused with one line
naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli

from cratewatch.check.config import load_deny_config, parse_deny_config
from cratewatch.errors import ConfigError
from cratewatch.model.findings import Level
from cratewatch.model.package import CrateName, PackageId
from cratewatch.model.version import Version
from tests.cli.test_audit_cli import assert_one_line_error, run

HERE = Path(__file__).parent


def parse(text: str) -> object:
    return parse_deny_config(tomli.loads(text), "deny.toml")


def package(name: str, version: str) -> PackageId:
    return PackageId(CrateName(name), Version.parse(version))


def test_every_configuration_of_the_comparison_is_read_as_0_14() -> None:
    for path in sorted((HERE / "configs").glob("*.toml")):
        config = load_deny_config(path)
        assert not config.current and not config.notes, path.name


def test_crates_in_every_spelling() -> None:
    config = parse(
        '[bans]\ndeny = ["openssl", "tokio@1.24.2", "mio:<0.8", { crate = "ring@0.16.20", '
        'reason = "audited alternative exists", use-instead = "rustls" }, '
        '{ name = "time", version = "<0.2" }]\n'
    )
    specs = [entry.spec for entry in config.bans.deny]  # type: ignore[attr-defined]
    assert [s.matches(package(n, v)) for s, (n, v) in zip(specs, [
        ("openssl", "0.10.45"), ("tokio", "1.24.2"), ("mio", "0.7.14"), ("ring", "0.16.20"),
        ("time", "0.1.44"),
    ], strict=True)] == [True] * 5  # fmt: skip
    assert not specs[1].matches(package("tokio", "1.25.0"))
    assert specs[3].reason == "audited alternative exists" and specs[3].use_instead == "rustls"
    assert config.current  # type: ignore[attr-defined]


def test_moved_and_removed_keys_are_honoured_with_a_note() -> None:
    config = parse(
        'targets = ["x86_64-pc-windows-msvc"]\n[graph]\nall-features = true\n'
        '[licenses]\nallow = ["MIT"]\ncopyleft = "deny"\n'
        '[advisories]\nvulnerability = "warn"\n'
    )
    assert config.graph.targets == (("x86_64-pc-windows-msvc", ()),)  # type: ignore[attr-defined]
    assert config.graph.all_features  # type: ignore[attr-defined]
    assert config.licenses.copyleft is Level.DENY  # type: ignore[attr-defined]
    notes = "\n".join(config.notes)  # type: ignore[attr-defined]
    assert "deny.toml: targets: moved to [graph]" in notes
    assert "licenses.copyleft: removed in cargo-deny 0.16" in notes
    assert "advisories.vulnerability: removed" in notes


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "[bans]\nmultiple-version = 'deny'\n",
            "bans.multiple-version: unknown key (did you mean 'multiple-versions'?)",
        ),
        (
            "[graph]\nexclude-dev = 'yes'\n",
            "graph.exclude-dev: expected true or false, found a string",
        ),
        (
            "[bans]\nwildcards = 'forbid'\n",
            'bans.wildcards: expected "deny", "warn" or "allow", found \'forbid\'',
        ),
        (
            "[licenses]\nallow-osi-fsf-free = 'all'\n",
            "licenses.allow-osi-fsf-free: expected one of",
        ),
        ("[licenses]\nallow = ['MIT']\ndeny = ['MIT']\n", "'MIT' is in both `allow` and `deny`"),
        ("[bans]\ndeny = [{ version = '1' }]\n", "bans.deny[0]: missing `name` (or `crate`)"),
        ("[bans]\ndeny = ['tokio@one']\n", "bans.deny[0]: 'tokio@one'"),
        ("[sources]\nallow-git = ['not a url']\n", "sources.allow-git: 'not a url' is not a URL"),
        ("bans = 3\n", "bans: expected a table, found a number"),
        ("[unknown]\n", "unknown: unknown key"),
    ],
)
def test_bad_configurations_are_one_line_naming_the_key(text: str, problem: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse(text)
    assert str(raised.value).startswith("deny.toml: ") and problem in str(raised.value)


def test_the_cli_reports_a_bad_configuration_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "deny.toml"
    config.write_text("[licenses]\nallowed = ['MIT']\n")
    project = HERE / "projects" / "web"
    result = run("check", project, "--config", config)
    assert_one_line_error(result, 2, str(config), "licenses.allowed", "did you mean 'allow'")
    result = run("check", project, "--config", tmp_path / "none.toml")
    assert_one_line_error(result, 2, "--config", "no such file")
    result = run("check", "licenses", project, tmp_path)
    assert_one_line_error(result, 2, "one project at a time")


def test_advisory_keys_are_honoured() -> None:
    config = parse(
        '[graph]\n[advisories]\nmaximum-db-staleness = "P2W"\nunmaintained = "workspace"\n'
        'unsound = "none"\nunused-ignored-advisory = "deny"\n'
        'ignore = ["RUSTSEC-2021-0145", { id = "RUSTSEC-2020-0071", reason = "no timezone use" },'
        ' "ansi_term@0.12.1"]\n'
    )
    advisories = config.advisories  # type: ignore[attr-defined]
    assert advisories.max_age_days == 14 and advisories.unused_ignore is Level.DENY
    assert (advisories.unmaintained_scope, advisories.unsound_scope) == ("workspace", "none")
    assert advisories.ignore == (
        ("RUSTSEC-2021-0145", "ignored in deny.toml"),
        ("RUSTSEC-2020-0071", "no timezone use"),
    )
    assert [str(s) for s in advisories.ignore_yanked] == ["ansi_term@0.12.1"]
    assert parse('[advisories]\nmaximum-db-staleness = "PT12H"\n').advisories.max_age_days == 1  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="maximum-db-staleness: expected a duration"):
        parse('[advisories]\nmaximum-db-staleness = "90 days"\n')
