"""``cratewatch check`` end to end: every output format (JSON valid against the schema),
exit codes, which checks run, the baseline, cratewatch.toml's [check] table, and hostile
configuration files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema

from cratewatch.reporters.envelope import SCHEMA_FILE
from tests.cli.test_audit_cli import assert_one_line_error, run

HERE = Path(__file__).parent
PROJECT = HERE / "projects" / "web"
LICENSES = HERE / "configs" / "01-licenses-allow.toml"


def check(*args: str | Path) -> tuple[int, dict[str, object]]:
    result = run("check", *args, "--format", "json", "-q")
    assert result.stdout, result.output
    return result.exit_code, json.loads(result.stdout)


def test_a_failing_check_exits_1_with_a_valid_document() -> None:
    code, document = check("licenses", PROJECT, "--config", LICENSES)
    assert code == 1 and document["kind"] == "check"
    jsonschema.validate(document, json.loads(SCHEMA_FILE.read_text()))
    codes = {f["code"] for f in document["findings"]}  # type: ignore[attr-defined]
    assert codes == {"license-rejected", "license-unlicensed"}
    rejected = [f for f in document["findings"] if f["code"] == "license-rejected"]  # type: ignore[attr-defined]
    assert rejected[0]["paths"] and rejected[0]["paths"][0][0].startswith("app ")


def test_only_the_checks_asked_for_run() -> None:
    _, document = check("sources", PROJECT, "--config", LICENSES)
    assert {f["code"] for f in document["findings"]} <= {"source-registry-not-allowed"}  # type: ignore[attr-defined]
    code, _ = check("bans", PROJECT, "--config", LICENSES)
    assert code == 0


def test_human_sarif_and_markdown() -> None:
    human = run("check", "licenses", PROJECT, "--config", LICENSES)
    assert (
        human.exit_code == 1 and "check of" in human.stdout and "license-rejected" in human.stdout
    )
    assert "Advisory database" not in human.stdout
    sarif = run("check", "licenses", PROJECT, "--config", LICENSES, "--format", "sarif")
    assert json.loads(sarif.stdout)["runs"][0]["results"]
    markdown = run("check", "licenses", PROJECT, "--config", LICENSES, "--format", "markdown")
    assert "license-rejected" in markdown.stdout


def test_levels_from_the_command_line() -> None:
    code, document = check(
        "licenses", PROJECT, "--config", LICENSES, "--warn", "license-rejected",
        "--warn", "license-unlicensed",
    )  # fmt: skip
    assert code == 0 and document["summary"]["failed"] is False  # type: ignore[index]


def test_the_baseline_accepts_todays_findings(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert check("licenses", PROJECT, "--config", LICENSES, "--baseline", baseline)[0] == 0
    assert check("licenses", PROJECT, "--config", LICENSES, "--baseline", baseline)[0] == 0
    stricter = tmp_path / "deny.toml"
    stricter.write_text('[licenses]\nallow = ["MIT"]\n')
    code, _ = check("licenses", PROJECT, "--config", stricter, "--baseline", baseline)
    assert code == 1  # Apache-2.0-only crates are new findings


def test_cratewatch_toml_holds_the_same_tables(tmp_path: Path) -> None:
    project = tmp_path / "web"
    shutil.copytree(PROJECT, project, symlinks=True)
    (project / "cratewatch.toml").write_text(
        "[check.licenses]\n" + LICENSES.read_text().split("[licenses]\n", 1)[1]
    )
    _, ours = check("licenses", project)
    _, theirs = check("licenses", PROJECT, "--config", LICENSES)
    assert ours["summary"]["by_code"] == theirs["summary"]["by_code"]  # type: ignore[index]


def test_hostile_configurations(tmp_path: Path) -> None:
    config = tmp_path / "deny.toml"
    config.write_text("[licenses\nallow = [")
    assert_one_line_error(run("check", PROJECT, "--config", config), 2, str(config))
    config.write_text("[licenses]\nallow = [" + "[" * 5000 + "]" * 5000 + "]\n")
    assert_one_line_error(run("check", PROJECT, "--config", config), 2, str(config))
    config.write_text("[licenses]\nallow = ['MIT\\u001b[2J']\n")
    result = run("check", PROJECT, "--config", config)
    assert_one_line_error(result, 2, str(config), "is not a license")
    assert "\x1b" not in result.stderr


def test_advisory_scopes_leave_out_what_the_workspace_does_not_use_directly(
    tmp_path: Path,
) -> None:
    from tests.conftest import ADVISORY_DB, require

    def unmaintained(scope: str) -> set[str]:
        config = tmp_path / f"{scope}.toml"
        config.write_text(f'[graph]\n[advisories]\nunmaintained = "{scope}"\n')
        result = run(
            "check", "advisories", PROJECT, "--config", config, "--db", require(ADVISORY_DB),
            "--format", "json", "-q",
        )  # fmt: skip
        document = json.loads(result.stdout)
        return {f["crate"] for f in document["findings"] if f["code"] == "unmaintained"}

    everything = unmaintained("all")
    direct, transitive = unmaintained("workspace"), unmaintained("transitive")
    assert "ring" in direct  # app depends on ring itself
    assert "atty" in transitive  # through clap: not a dependency the members name
    assert direct | transitive == everything and not direct & transitive
    assert unmaintained("none") == set()


def test_advisory_ignores_are_reported_once(tmp_path: Path) -> None:
    from tests.conftest import ADVISORY_DB, require

    config = tmp_path / "deny.toml"
    config.write_text('[advisories]\nignore = ["RUSTSEC-2021-0145", "RUSTSEC-2099-0001"]\n')
    result = run(
        "check", "advisories", PROJECT, "--config", config, "--db", require(ADVISORY_DB),
        "--format", "json", "-q",
    )  # fmt: skip
    document = json.loads(result.stdout)
    unused = [d["message"] for d in document["diagnostics"] if d["code"] == "ignore-unused"]
    assert len(unused) == 1 and "RUSTSEC-2099-0001" in unused[0]
    atty = [f for f in document["findings"] if f["advisory_id"] == "RUSTSEC-2021-0145"]
    assert atty and all(f["ignored"] for f in atty)
