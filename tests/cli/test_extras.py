"""The audit runs without the heavy extras, and a command that needs one says which."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SHARED_DATA

LOCKFILE = SHARED_DATA / "cargo-locks" / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock"

# Runs the CLI with the named modules made unimportable, as in an install without them.
_WITHOUT = """
import sys
for name in sys.argv[1].split(","):
    sys.modules[name] = None
from cratewatch.cli.main import main
sys.exit(main(sys.argv[2:]))
"""
_HEAVY = "numpy,scipy,duckdb,tree_sitter,tree_sitter_rust,hyperscan"


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT, _HEAVY, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_audit_needs_no_extra(tmp_path: Path) -> None:
    result = _run("audit", "--no-config", "--format", "json", "-o", tmp_path / "r.json", LOCKFILE)
    # exit 1: bat's 2020 lockfile has vulnerabilities (an import of an extra would be 2)
    assert result.returncode == 1, result.stderr


def test_a_missing_extra_is_named(tmp_path: Path) -> None:
    crate = tmp_path / "demo"
    crate.mkdir()
    (crate / "Cargo.toml").write_text('[package]\nname = "demo"\nversion = "0.1.0"\n')
    scan = _run("scan", crate)
    assert scan.returncode == 2
    [line] = [line for line in scan.stderr.splitlines() if line.startswith("error:")]
    assert "needs the 'scan' extra" in line and "pip install 'cratewatch[scan]'" in line
    rank = _run("ecosystem", "rank", "--store", tmp_path / "store")
    assert rank.returncode == 2, rank.stderr
    assert "pip install 'cratewatch[ecosystem]'" in rank.stderr
