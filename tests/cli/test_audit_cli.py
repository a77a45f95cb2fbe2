"""The command line end to end: formats, exit codes, one-line errors, configuration."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cratewatch.cli.main import main
from tests.conftest import ADVISORY_DB, CARGO_LOCKS, NEWEST_RIPGREP, require

BAT_2020 = CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock"
RIPGREP_2026_06 = CARGO_LOCKS / "BurntSushi__ripgrep__2026-06-05__82313cf95849.Cargo.lock"


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run(*args: str | Path) -> Result:
    """Run the CLI in-process, capturing what it prints and its exit code."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors and --version
            code = exc.code if isinstance(exc.code, int) else 2
    return Result(code, out.getvalue(), err.getvalue())


def assert_one_line_error(result: Result, exit_code: int, *fragments: str) -> None:
    assert result.exit_code == exit_code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.output


def test_json_audit_of_a_real_lockfile_fails_on_vulnerabilities() -> None:
    result = run(
        "audit", require(BAT_2020), "--db", require(ADVISORY_DB), "--format", "json", "--no-config"
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["schema_version"] == "1.2" and report["summary"]["failed"] is True
    assert report["summary"]["audited"] == 182 and report["summary"]["skipped"] == 1
    smallvec = next(f for f in report["findings"] if f["advisory_id"] == "RUSTSEC-2021-0003")
    for key in ("code", "severity", "crate", "version", "advisory_id", "message", "paths"):
        assert key in smallvec
    assert smallvec["crate"] == "smallvec" and smallvec["version"] == "0.6.10"
    assert smallvec["paths"][0][0] == "bat 0.12.1" and smallvec["paths"][0][-1] == "smallvec 0.6.10"
    assert report["skipped"][0]["crate"] == "bat"
    assert "packages audited" in result.stderr


def test_default_database_is_the_shipped_snapshot_and_warns_when_stale() -> None:
    result = run("audit", require(NEWEST_RIPGREP), "--format", "json", "--offline", "--no-config")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["findings"] == []
    assert report["database"]["sources"][0].startswith("RustSec advisory-db snapshot")
    assert report["database"]["commit"] == "bf5c0d245a92671908518d7e765914d437954ed6"
    assert any(d["code"] == "database-stale" for d in report["diagnostics"])


def test_levels_and_ignores_from_flags_change_the_exit_code() -> None:
    lockfile = require(RIPGREP_2026_06)  # two unsound findings and one vulnerability
    assert run("audit", lockfile, "--no-config", "-q").exit_code == 1
    ignored = run("audit", lockfile, "--no-config", "-q", "--ignore", "RUSTSEC-2026-0204")
    assert ignored.exit_code == 0
    strict = run(
        "audit", lockfile, "--no-config", "-q", "--ignore", "RUSTSEC-2026-0204", "--deny", "unsound"
    )
    assert strict.exit_code == 1
    relaxed = run("audit", lockfile, "--no-config", "-q", "--warn", "vulnerability")
    assert relaxed.exit_code == 0


def test_config_file_is_found_upward_when_auditing_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(require(RIPGREP_2026_06), tmp_path / "Cargo.lock")
    (tmp_path / "cratewatch.toml").write_text(
        '[[audit.ignore]]\nid = "RUSTSEC-2026-0204"\nreason = "fixed upstream, upgrade pending"\n'
        '[[audit.ignore]]\nid = "RUSTSEC-2099-0001"\nreason = "stale entry"\n'
    )
    member = tmp_path / "crates" / "member"
    member.mkdir(parents=True)
    monkeypatch.chdir(member)
    result = run("audit", "--format", "json", "-q")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["lockfile"] == str(tmp_path / "Cargo.lock")
    crossbeam = next(f for f in report["findings"] if f["advisory_id"] == "RUSTSEC-2026-0204")
    assert crossbeam["ignored"] == "fixed upstream, upgrade pending"
    assert [d["code"] for d in report["diagnostics"] if d["code"].startswith("ignore")] == [
        "ignore-unused"
    ]


@pytest.mark.parametrize("fmt", ["human", "sarif", "markdown"])
def test_every_format_renders_a_real_audit(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"report.{fmt}"
    result = run("audit", require(BAT_2020), "--no-config", "--format", fmt, "-o", out)
    assert result.exit_code == 1
    text = out.read_text()
    assert "RUSTSEC-2021-0003" in text
    if fmt == "sarif":
        assert json.loads(text)["version"] == "2.1.0"
    if fmt == "human":
        assert "bat 0.12.1 -> liquid 0.19.0" in text


def test_target_flag_drops_windows_only_advisories() -> None:
    lockfile = require(BAT_2020)
    linux = json.loads(
        run(
            "audit",
            lockfile,
            "--no-config",
            "--format",
            "json",
            "-q",
            "--target",
            "x86_64-unknown-linux-gnu",
        ).stdout
    )
    ids = {f["advisory_id"] for f in linux["findings"]}
    assert "RUSTSEC-2021-0145" not in ids and "RUSTSEC-2020-0071" in ids
    assert linux["targets"] == ["x86_64-unknown-linux-gnu"]


# -- bad input: one line naming the file, never a traceback ---------------------------


def test_malformed_lockfile(tmp_path: Path) -> None:
    bad = tmp_path / "Cargo.lock"
    bad.write_text("[[package]\nname = ")
    assert_one_line_error(run("audit", bad, "--no-config"), 3, str(bad), "invalid TOML")


def test_lockfile_with_missing_fields(tmp_path: Path) -> None:
    bad = tmp_path / "Cargo.lock"
    bad.write_text('version = 3\n[[package]]\nname = "serde"\n')
    assert_one_line_error(run("audit", bad, "--no-config"), 3, str(bad), "missing 'version'")


def test_empty_lockfile(tmp_path: Path) -> None:
    empty = tmp_path / "Cargo.lock"
    empty.write_text("")
    assert_one_line_error(run("audit", empty, "--no-config"), 3, str(empty), "no packages")


def test_nothing_to_audit_is_never_a_silent_success(tmp_path: Path) -> None:
    only_path = tmp_path / "Cargo.lock"
    only_path.write_text('version = 3\n[[package]]\nname = "app"\nversion = "0.1.0"\n')
    assert_one_line_error(run("audit", only_path, "--no-config"), 3, "nothing to audit")


def test_unreadable_path(tmp_path: Path) -> None:
    assert_one_line_error(
        run("audit", tmp_path / "nope", "--no-config"), 3, "no such file or directory"
    )
    locked = tmp_path / "locked.lock"
    locked.write_text("")
    locked.chmod(0)
    if not locked.stat().st_mode & 0o444 and sys.platform != "win32":
        result = run("audit", locked, "--no-config")
        assert result.exit_code == 3


def test_missing_database_and_failing_git_remote(tmp_path: Path) -> None:
    lockfile = require(RIPGREP_2026_06)
    assert_one_line_error(
        run("audit", lockfile, "--no-config", "--db", tmp_path / "nodb"),
        3,
        "advisory database not found",
    )
    url = (tmp_path / "no-such-repo.git").as_uri()
    assert_one_line_error(
        run("audit", lockfile, "--no-config", "--db", url), 3, url, "git clone failed"
    )


def test_corrupt_advisory_is_reported_and_the_audit_still_runs(tmp_path: Path) -> None:
    db = tmp_path / "db"
    for crate in ("crossbeam-epoch", "anyhow", "memmap2"):
        shutil.copytree(require(ADVISORY_DB) / "crates" / crate, db / "crates" / crate)
    broken = db / "crates" / "anyhow" / "RUSTSEC-2026-0190.md"
    broken.write_text("```toml\n[advisory\n```\n")
    result = run(
        "audit", require(RIPGREP_2026_06), "--no-config", "--db", db, "--format", "json", "-q"
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["database"]["invalid_count"] == 1
    (invalid,) = [d for d in report["diagnostics"] if d["code"] == "advisory-invalid"]
    assert str(broken) in invalid["message"]
    assert {f["advisory_id"] for f in report["findings"]} == {
        "RUSTSEC-2026-0186",
        "RUSTSEC-2026-0204",
    }


def test_bad_config_and_bad_flags_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "cratewatch.toml"
    config.write_text("[audit]\nlevels = 3\n")
    lockfile = require(RIPGREP_2026_06)
    assert_one_line_error(run("audit", lockfile, "--config", config), 2, str(config))
    assert_one_line_error(
        run("audit", lockfile, "--no-config", "--deny", "vulnerabilty"), 2, "unknown finding code"
    )
    assert_one_line_error(
        run("audit", lockfile, "--no-config", "--target", "nonsense"), 2, "target triple"
    )
    assert_one_line_error(run("audit", lockfile, "--format", "yaml"), 2, "invalid choice")


def test_db_info_json() -> None:
    result = run("db", "info", "--db", require(ADVISORY_DB), "--format", "json")
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["advisories"] == 1225 and info["withdrawn"] == 13
    assert info["by_kind"]["malicious"] == 73 and info["commit"].startswith("bf5c0d2")


def test_db_update_from_a_local_git_repository(tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    shutil.copytree(require(ADVISORY_DB) / "crates" / "smallvec", remote / "crates" / "smallvec")
    git = ["git", "-c", "user.email=t@example.invalid", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=remote, check=True)
    subprocess.run([*git, "add", "-A"], cwd=remote, check=True)
    subprocess.run([*git, "commit", "-qm", "db"], cwd=remote, check=True)
    result = run("db", "update", "--db", remote.as_uri())
    assert result.exit_code == 0, result.output
    assert "5 advisories" in result.stdout
    info = json.loads(
        run("db", "info", "--db", remote.as_uri(), "--offline", "--format", "json").stdout
    )
    assert info["advisories"] == 5 and info["sources"] == [remote.as_uri()]


def test_cargo_subcommand_entry_point() -> None:
    """`cargo cratewatch audit` runs `cargo-cratewatch cratewatch audit`."""
    code = (
        "import sys; from cratewatch.cli.main import cargo_entry; "
        f"sys.argv = ['cargo-cratewatch', 'cratewatch', 'audit', {str(require(NEWEST_RIPGREP))!r}, "
        "'--no-config', '--offline', '--format', 'json', '-q']; cargo_entry()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["findings"] == []


def test_run_diagnostics_can_be_ignored_like_findings() -> None:
    args: list[str | Path] = ["audit", require(NEWEST_RIPGREP), "--no-config", "--offline"]
    args += ["--format", "json", "-q"]
    report = json.loads(run(*args, "--ignore", "database-stale").stdout)
    stale = [d for d in report["diagnostics"] if d["code"] == "database-stale"]
    assert stale and stale[0]["ignored"] == "ignored on the command line"
    assert not [d for d in report["diagnostics"] if d["code"] == "ignore-unused"]


def test_targets_in_the_config_file_are_checked(tmp_path: Path) -> None:
    config = tmp_path / "cratewatch.toml"
    config.write_text('[audit]\ntargets = ["not a triple"]\n')
    result = run("audit", require(RIPGREP_2026_06), "--config", config)
    assert_one_line_error(result, 2, str(config), "audit.targets")


def test_malicious_crates_have_their_own_code_and_fail_the_run(tmp_path: Path) -> None:
    """rustdecimal (RUSTSEC-2022-0042) was a typosquat of rust_decimal that ran malware."""
    lockfile = tmp_path / "Cargo.lock"
    lockfile.write_text(
        'version = 3\n[[package]]\nname = "app"\nversion = "0.1.0"\n'
        'dependencies = ["rustdecimal"]\n'
        '[[package]]\nname = "rustdecimal"\nversion = "1.23.1"\n'
        'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
    )
    result = run("audit", lockfile, "--no-config", "--offline", "--format", "json", "-q")
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["severity"], finding["level"]) == (
        "malicious",
        "critical",
        "deny",
    )
    assert finding["advisory_id"] == "RUSTSEC-2022-0042"
    assert finding["paths"] == [["app 0.1.0", "rustdecimal 1.23.1"]]
    human = run("audit", lockfile, "--no-config", "--offline")
    assert "RUSTSEC-2022-0042" in human.stdout and "malicious" in human.stdout.lower()
