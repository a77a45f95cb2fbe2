"""``--baseline FILE``: the first run records today's findings and passes; later runs report
them as accepted and fail only on new ones; ``--update-baseline`` records again."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_audit_cli import BAT_2020, assert_one_line_error, run
from tests.conftest import ADVISORY_DB, require

# a package the 2020 lockfile does not have, with advisories of its own
NEW_PACKAGE = """
[[package]]
name = "smallvec"
version = "1.6.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
"""


def audit(lockfile: Path, *extra: str | Path) -> tuple[int, dict[str, object]]:
    result = run(
        "audit", lockfile, "--db", require(ADVISORY_DB), "--format", "json", "--no-config", *extra
    )
    return result.exit_code, json.loads(result.stdout)


def test_the_baseline_accepts_todays_findings_and_fails_on_new_ones(tmp_path: Path) -> None:
    lockfile = tmp_path / "Cargo.lock"
    lockfile.write_bytes(require(BAT_2020).read_bytes())
    baseline = tmp_path / "baseline.json"
    assert audit(lockfile)[0] == 1  # without a baseline: failing findings
    code, report = audit(lockfile, "--baseline", baseline)
    assert code == 0 and baseline.is_file()
    recorded = json.loads(baseline.read_text())["findings"]
    assert recorded and all(e["key"].count("|") == 2 for e in recorded)
    findings = report["findings"]
    assert isinstance(findings, list) and findings
    assert all("in the baseline" in (f["ignored"] or "") for f in findings)
    assert audit(lockfile, "--baseline", baseline)[0] == 0  # the same findings: accepted
    lockfile.write_text(lockfile.read_text() + NEW_PACKAGE)
    code, report = audit(lockfile, "--baseline", baseline)
    assert code == 1
    failing = [f for f in report["findings"] if f["ignored"] is None]  # type: ignore[union-attr, index]
    assert failing and {f["crate"] for f in failing} == {"smallvec"}
    assert audit(lockfile, "--baseline", baseline, "--update-baseline")[0] == 0
    assert audit(lockfile, "--baseline", baseline)[0] == 0


def test_a_bad_baseline_is_one_line(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"version": 7}')
    result = run("audit", require(BAT_2020), "--db", require(ADVISORY_DB), "--baseline", baseline)
    assert_one_line_error(result, 2, str(baseline), "not a cratewatch baseline")
    result = run("audit", require(BAT_2020), "--update-baseline")
    assert_one_line_error(result, 2, "--update-baseline", "--baseline FILE")
