"""A small workspace for the SBOM tests, written into a temporary directory: two members,
vendored dependencies of every kind, licenses in every spelling, and one dependency
whose sources are not at hand.

    app (member) ── normal ──> serde-lite 1.0.2 ── normal ──> itoa-lite 1.0.0
        │                          (MIT/Apache-2.0: the legacy spelling)
        ├── build ──> cc-lite 1.0.9 ── normal ──> jobserver-lite 0.1.3 (not vendored)
        ├── dev ──> proptest-lite 1.4.0 ("Proprietary" + an escape sequence)
        └── normal ──> tool (member, path) ── normal ──> serde-lite 1.0.2
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["CHECKSUM", "write_workspace"]

CRATES_IO = 'source = "registry+https://github.com/rust-lang/crates.io-index"'
CHECKSUM = {
    "serde-lite": "a" * 64,
    "itoa-lite": "b" * 64,
    "cc-lite": "c" * 64,
    "jobserver-lite": "d" * 64,
    "proptest-lite": "e" * 64,
}
_VENDORED = {
    "serde-lite": ("1.0.2", "MIT/Apache-2.0", '[dependencies]\nitoa-lite = "1"\n'),
    "itoa-lite": ("1.0.0", "MIT OR Apache-2.0", ""),
    "cc-lite": ("1.0.9", "MIT OR Apache-2.0", '[dependencies]\njobserver-lite = "0.1"\n'),
    "proptest-lite": ("1.4.0", "Proprietary\x1b[2J", ""),
}


def write_workspace(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "Cargo.toml").write_text(
        '[workspace]\nmembers = ["app", "tool"]\nresolver = "2"\n'
        '[workspace.package]\nlicense = "Apache-2.0"\n'
    )
    _package(
        root / "app",
        "app",
        "0.3.0",
        'license.workspace = true\n\n[dependencies]\nserde-lite = "1"\n'
        'tool = { path = "../tool" }\n'
        '[build-dependencies]\ncc-lite = "1"\n[dev-dependencies]\nproptest-lite = "1"\n',
    )
    _package(root / "tool", "tool", "0.1.0", 'license = "MIT"\n[dependencies]\nserde-lite = "1"\n')
    for name, (version, license_, rest) in _VENDORED.items():
        _package(root / "vendor" / name, name, version, f"license = {json.dumps(license_)}\n{rest}")
    lock = ["version = 3\n"]
    deps = {
        "app": ["cc-lite", "proptest-lite", "serde-lite", "tool"],
        "tool": ["serde-lite"],
        "serde-lite": ["itoa-lite"],
        "cc-lite": ["jobserver-lite"],
    }
    versions = {"app": "0.3.0", "tool": "0.1.0", "jobserver-lite": "0.1.3"}
    versions |= {name: v for name, (v, _, _) in _VENDORED.items()}
    for name in sorted(versions):
        entry = f'[[package]]\nname = "{name}"\nversion = "{versions[name]}"\n'
        if name in CHECKSUM:
            entry += f'{CRATES_IO}\nchecksum = "{CHECKSUM[name]}"\n'
        if name in deps:
            entry += "dependencies = [" + ", ".join(f'"{d}"' for d in deps[name]) + "]\n"
        lock.append(entry)
    (root / "Cargo.lock").write_text("\n".join(lock))
    return root


def _package(directory: Path, name: str, version: str, rest: str) -> None:
    (directory / "src").mkdir(parents=True)
    (directory / "src" / "lib.rs").write_text("")
    header = f'[package]\nname = "{name}"\nversion = "{version}"\nedition = "2021"\n'
    (directory / "Cargo.toml").write_text(header + rest)
