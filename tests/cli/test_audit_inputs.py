"""The audit's inputs end to end: lockfiles cargo tolerates, special files, deep nesting,
where cratewatch.toml is found, and flags and settings checked before anything is read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_audit_cli import RIPGREP_2026_06, assert_one_line_error, run
from tests.conftest import ADVISORY_DB, require

FIXTURES = Path(__file__).parents[1] / "lockfile" / "fixtures"
IGNORE_TOML = '[[audit.ignore]]\nid = "RUSTSEC-2026-0204"\nreason = "upgrade pending"\n'
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")


def audit_json(*args: str | Path) -> tuple[int, Any]:
    result = run("audit", *args, "--db", require(ADVISORY_DB), "--format", "json", "-q")
    assert result.stdout, result.output
    return result.exit_code, json.loads(result.stdout)


def diagnostics(report: Any, code: str) -> list[Any]:
    return [d for d in report["diagnostics"] if d["code"] == code]


def finding_ids(report: Any) -> set[tuple[str, str, str]]:
    return {(f["crate"], f["version"], f["advisory_id"]) for f in report["findings"]}


# -- lockfiles cargo reads are audited ---------------------------------------------------


def test_a_bad_merge_leftover_is_audited_with_a_lockfile_warning() -> None:
    lockfile = FIXTURES / "merge-leftover.Cargo.lock"
    code, report = audit_json(lockfile, "--no-config")
    assert code == 1  # smallvec 0.6.10's vulnerability still fails the run
    assert ("smallvec", "0.6.10", "RUSTSEC-2021-0003") in finding_ids(report)
    (warning,) = diagnostics(report, "lockfile-warning")
    assert warning["level"] == "warn" and warning["severity"] == "low"
    assert warning["location"] == str(lockfile)
    assert warning["message"].startswith("package 'app 0.1.0': dependency 'smallvec' is ambiguous")
    assert report["summary"]["audited"] == 3

    human = run("audit", lockfile, "--no-config", "--db", require(ADVISORY_DB))
    assert "lockfile-warning" in human.stdout and "'smallvec' is ambiguous" in human.stdout


def test_a_malformed_checksum_is_a_warning_never_a_refusal() -> None:
    code, report = audit_json(FIXTURES / "debian-checksums.Cargo.lock", "--no-config")
    assert code == 1
    assert ("smallvec", "0.6.10", "RUSTSEC-2021-0003") in finding_ids(report)
    (warning,) = diagnostics(report, "lockfile-warning")
    assert (
        "package 'smallvec 0.6.10': checksum 'Could not get crate checksum'" in (warning["message"])
    )
    _, quiet = audit_json(
        FIXTURES / "debian-checksums.Cargo.lock", "--no-config", "--ignore", "lockfile-warning"
    )
    (ignored,) = diagnostics(quiet, "lockfile-warning")
    assert ignored["ignored"] == "ignored on the command line"


def test_git_references_without_commit_are_audited() -> None:
    code, report = audit_json(FIXTURES / "git-references.Cargo.lock", "--no-config")
    assert code == 1
    assert not diagnostics(report, "lockfile-warning")
    git = sorted(s["crate"] for s in report["skipped"] if (s["source"] or "").startswith("git+"))
    assert git == ["bar", "bar", "foo"]
    smallvec = next(f for f in report["findings"] if f["advisory_id"] == "RUSTSEC-2021-0003")
    ((root, via, crate),) = smallvec["paths"]
    assert (root, crate) == ("app 0.1.0", "smallvec 0.6.10") and via in ("bar 0.2.0", "foo 0.1.0")


# -- special files: never opened, one line, the right exit code --------------------------


@needs_fifo
def test_a_fifo_lockfile_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "Cargo.lock"
    os.mkfifo(fifo)
    code = "import sys; from cratewatch.cli.main import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(  # a process of its own, so that a hang fails instead of blocking
        [sys.executable, "-c", code, "audit", str(fifo), "--no-config"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert done.stderr.strip() == f"error: {fifo}: a FIFO, not a file"


@needs_fifo
def test_a_fifo_in_place_of_the_project_lockfile_or_config(tmp_path: Path) -> None:
    shutil.copy(require(RIPGREP_2026_06), tmp_path / "Cargo.lock")
    project = tmp_path / "project"
    project.mkdir()
    os.mkfifo(project / "Cargo.lock")
    result = run("audit", project, "--no-config")
    assert_one_line_error(result, 3, str(project / "Cargo.lock"), "a FIFO, not a file")
    os.mkfifo(tmp_path / "cratewatch.toml")
    result = run("audit", tmp_path)
    assert_one_line_error(result, 2, str(tmp_path / "cratewatch.toml"), "a FIFO, not a file")


def test_config_must_be_a_regular_file_under_the_size_limit(tmp_path: Path) -> None:
    lockfile = require(RIPGREP_2026_06)
    if Path("/dev/zero").exists():
        result = run("audit", lockfile, "--config", "/dev/zero")
        assert_one_line_error(result, 2, "/dev/zero: a character device, not a file")
    assert_one_line_error(
        run("audit", lockfile, "--config", tmp_path), 2, f"{tmp_path}: a directory, not a file"
    )
    big = tmp_path / "cratewatch.toml"
    big.write_text("# padding\n" * 200_000)
    assert_one_line_error(run("audit", lockfile, "--config", big), 2, str(big), "over the limit")
    missing = tmp_path / "missing.toml"
    assert_one_line_error(run("audit", lockfile, "--config", missing), 2, "no such file")


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_as_lockfile_is_refused() -> None:
    result = run("audit", "/dev/null", "--no-config")
    assert_one_line_error(result, 3, "/dev/null: a character device, not a file")


# -- deep nesting: a clear input error, never an internal one ------------------------------

DEEP = {
    "arrays": "x = " + "[" * 1000 + "]" * 1000,
    "inline-tables": "x = " + "{ a = " * 1000 + "1" + " }" * 1000,
}


@pytest.mark.parametrize("body", DEEP.values(), ids=DEEP.keys())
def test_deeply_nested_lockfile_config_and_manifest(tmp_path: Path, body: str) -> None:
    lockfile = tmp_path / "Cargo.lock"
    lockfile.write_text(f"version = 3\n{body}\n")
    result = run("audit", lockfile, "--no-config")
    assert_one_line_error(result, 3, f"{lockfile}: invalid TOML", "nested too deeply")

    config = tmp_path / "cratewatch.toml"
    config.write_text(f"[audit]\n{body}\n")
    result = run("audit", require(RIPGREP_2026_06), "--config", config)
    assert_one_line_error(result, 2, f"{config}: invalid TOML", "nested too deeply")

    # the manifest only locates the workspace; it is not parsed
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(require(RIPGREP_2026_06), project / "Cargo.lock")
    (project / "Cargo.toml").write_text(f"[package]\n{body}\n")
    result = run("audit", project / "Cargo.toml", "--no-config", "-q", "--format", "json")
    assert result.exit_code == 1, result.output


# -- cratewatch.toml belongs to the audited project ---------------------------------------


def test_config_is_found_from_the_audited_project_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "proj"
    project.mkdir()
    shutil.copy(require(RIPGREP_2026_06), project / "Cargo.lock")
    (project / "cratewatch.toml").write_text(IGNORE_TOML)
    monkeypatch.chdir(tmp_path)
    for path in ("proj", "proj/Cargo.lock"):
        code, report = audit_json(path)
        crossbeam = next(f for f in report["findings"] if f["advisory_id"] == "RUSTSEC-2026-0204")
        assert crossbeam["ignored"] == "upgrade pending", path

    # a configuration in the working directory does not apply to another project
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(require(RIPGREP_2026_06), other / "Cargo.lock")
    monkeypatch.chdir(project)
    code, report = audit_json(other)
    assert code == 1
    assert all(f["ignored"] is None for f in report["findings"])


def test_config_is_found_upward_from_a_workspace_member(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(require(RIPGREP_2026_06), tmp_path / "Cargo.lock")
    (tmp_path / "cratewatch.toml").write_text(IGNORE_TOML)
    member = tmp_path / "crates" / "member"
    member.mkdir(parents=True)
    (member / "Cargo.toml").write_text("[package]\nname = 'member'\n")
    monkeypatch.chdir("/")
    _, report = audit_json(member / "Cargo.toml")
    assert report["lockfile"] == str(tmp_path / "Cargo.lock")
    assert any(f["ignored"] == "upgrade pending" for f in report["findings"])


# -- flags and settings are checked ---------------------------------------------------------


def test_an_unknown_target_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    lockfile = require(RIPGREP_2026_06)
    result = run("audit", lockfile, "--no-config", "--target", "x86_64-unknown-linux-gnuu")
    assert_one_line_error(
        result,
        2,
        "--target: unknown target triple 'x86_64-unknown-linux-gnuu'",
        "did you mean 'x86_64-unknown-linux-gnu'?",
    )
    # checked before the database is looked for
    result = run("audit", lockfile, "--no-config", "--db", tmp_path / "nodb", "--target", "linux")
    assert_one_line_error(result, 2, "unknown target triple 'linux'", "rustc --print target-list")

    config = tmp_path / "cratewatch.toml"
    config.write_text('[audit]\ntargets = ["aarch64-apple-darwn"]\n')
    result = run("audit", lockfile, "--config", config)
    assert_one_line_error(
        result, 2, f"{config}: audit.targets:", "did you mean 'aarch64-apple-darwin'?"
    )


def test_every_rustc_target_is_accepted() -> None:
    lockfile = require(RIPGREP_2026_06)
    args = ["--target", "thumbv8m.base-none-eabi", "--target", "aarch64-unknown-nto-qnx710"]
    result = run("audit", lockfile, "--no-config", "--format", "json", "-q", *args)
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["targets"] == [
        "thumbv8m.base-none-eabi",
        "aarch64-unknown-nto-qnx710",
    ]


@pytest.mark.parametrize("ident", ["", " ", "RUSTSEC-2026-0204 "])
def test_an_empty_or_spaced_ignore_is_refused(tmp_path: Path, ident: str) -> None:
    lockfile = require(RIPGREP_2026_06)
    result = run("audit", lockfile, "--no-config", "--ignore", ident)
    assert_one_line_error(result, 2, "--ignore: ")
    config = tmp_path / "cratewatch.toml"
    config.write_text(f'[[audit.ignore]]\nid = "{ident}"\nreason = "x"\n')
    assert_one_line_error(run("audit", lockfile, "--config", config), 2, str(config), "'id'")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[audit]\ntargets = [""]\n', "audit.targets must be a non-empty string"),
        ('[audit]\nindex = ""\n', "audit.index must be a non-empty string"),
        ('[audit]\ndb = ["  "]\n', "audit.db must be a non-empty string"),
        ('[[audit.ignore]]\nid = "x"\nreason = "y"\ncrate = ""\n', "'crate' must be a crate name"),
    ],
)
def test_empty_settings_are_refused(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "cratewatch.toml"
    config.write_text(text)
    result = run("audit", require(RIPGREP_2026_06), "--config", config)
    assert_one_line_error(result, 2, str(config), message)
