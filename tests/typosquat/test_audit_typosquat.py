"""The ``typosquat`` finding of ``cratewatch audit``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_audit_cli import run
from tests.conftest import ADVISORY_DB, INDEX_SUBSET, require

REGISTRY = "registry+https://github.com/rust-lang/crates.io-index"


def _lockfile(directory: Path, *crates: str) -> Path:
    lines = ["version = 3", ""]
    lines += ["[[package]]", 'name = "app"', 'version = "0.1.0"', "dependencies = ["]
    lines += [f' "{c}",' for c in crates] + ["]", ""]
    for crate in crates:
        lines += ["[[package]]", f'name = "{crate}"', 'version = "1.0.0"', f'source = "{REGISTRY}"']
        lines += [f'checksum = "{"0" * 64}"', ""]
    path = directory / "Cargo.lock"
    path.write_text("\n".join(lines))
    return path


def _codes(result_stdout: str) -> list[tuple[str, str, str]]:
    report = json.loads(result_stdout)
    return [(f["code"], f["crate"], f["message"]) for f in report["findings"]]


def test_a_squatted_dependency_is_reported(tmp_path: Path) -> None:
    lock = _lockfile(tmp_path, "serd", "serde_json")
    args = ("audit", lock, "--db", require(ADVISORY_DB), "--no-config", "--format", "json")
    result = run(*args, "--typosquat", require(INDEX_SUBSET))
    squats = [c for c in _codes(result.stdout) if c[0] == "typosquat"]
    assert len(squats) == 1
    _, crate, message = squats[0]
    assert crate == "serd" and "looks like a squat of serde" in message
    assert "omitted-character" in message
    # no corpus, no name check
    assert not [c for c in _codes(run(*args).stdout) if c[0] == "typosquat"]


def test_no_finding_when_the_project_uses_the_real_crate(tmp_path: Path) -> None:
    lock = _lockfile(tmp_path, "serd", "serde")
    (tmp_path / "cratewatch.toml").write_text(
        f'[audit]\ntyposquat = "{require(INDEX_SUBSET)}"\ndb = ["{require(ADVISORY_DB)}"]\n'
    )
    result = run("audit", lock, "--config", tmp_path / "cratewatch.toml", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert not [c for c in _codes(result.stdout) if c[0] == "typosquat"]
