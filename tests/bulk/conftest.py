"""Registry mirrors for the whole-registry scan tests, built from real crates: Debian's
``/usr/share/cargo/registry`` (``.ci/run`` installs librust-semver-dev) and the inert
incident samples (malicious and clean), packed as crates.io packs them
(``testdata/mirror.py``)."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cratewatch.service.model import VersionKey
from cratewatch.service.store import Store
from testdata.mirror import build

ROOT = Path(__file__).resolve().parents[2]
INCIDENTS = ROOT / "tests" / "scan" / "incidents"
DEBIAN = Path("/usr/share/cargo/registry")
MALICIOUS = (
    "evm-units-loader",
    "faster-log-key-scanner",
    "holdout-drop-env-token-exfil",
    "holdout-ctor-cloud-config-stealer",
)
CLEAN = ("clean-dotenv-loader", "clean-sys-build-script", "clean-hash-test-vectors")


def sample_dirs() -> list[Path]:
    """The crates every mirror holds: the incident samples above and Debian's semver."""
    debian = sorted(DEBIAN.glob("semver-1.*"))[:1] if DEBIAN.is_dir() else []
    return [INCIDENTS / name for name in (*MALICIOUS, *CLEAN)] + debian


def second_release(source: Path, dest: Path, version: str) -> Path:
    """A copy of ``source`` with another version in its manifest."""
    copy = dest / f"{source.name}-{version}"
    shutil.copytree(source, copy)
    manifest = copy / "Cargo.toml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("version"))
    lines[at] = f'version = "{version}"'
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return copy


def generated_crate(dest: Path, name: str, megabytes: float, seed: int) -> Path:
    """A crate of ``megabytes`` of varied Rust (no two functions alike, so it compresses
    like real code) in files just small enough to be parsed, each function opening a
    connection and starting a shell: every file is parsed and followed, so the scan
    takes time in proportion to the size."""
    crate = dest / name
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "1.0.0"\nedition = "2021"\n', encoding="utf-8"
    )
    rng = random.Random(seed)
    modules = []
    for m in range(max(1, round(megabytes / 0.9))):
        parts, size = [], 0
        while size < 900 * 1024:
            a, b = rng.randrange(1 << 30), rng.randrange(1 << 30)
            part = (
                f"pub fn f{a:x}_{b:x}(x: u64) -> u64 {{\n"
                f'    let _t = std::net::TcpStream::connect("h{a:x}.example:443");\n'
                f'    let _ = std::process::Command::new("sh").arg("-c").arg("echo {b}").spawn();\n'
                f"    x.wrapping_mul({a}).rotate_left({b % 63})\n}}\n"
            )
            parts.append(part)
            size += len(part)
        (crate / "src" / f"m{m}.rs").write_text("".join(parts), encoding="utf-8")
        modules.append(f"pub mod m{m};\n")
    (crate / "src" / "lib.rs").write_text("".join(modules), encoding="utf-8")
    return crate


def key(store: Store, name: str, version: str) -> VersionKey:
    return next(r.key for r in store.crate_history(name) if r.key.version == version)


def results(url: str) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(name, version) -> (risk, signal codes) of every screening, and exactly one each."""
    with Store(url) as store:
        found = {}
        for name, version, *_ in store.screened_facts():
            detail = store.version(key(store, name, version))
            assert detail is not None and len(detail.screenings) == 1
            (screening,) = detail.screenings
            found[(name, version)] = (
                screening.risk.value,
                tuple(s.code for s in screening.signals),
            )
        return found


@pytest.fixture(scope="session")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A local registry of the samples, one of them in two releases (read only)."""
    work = tmp_path_factory.mktemp("sources")
    newer = second_release(INCIDENTS / "clean-dotenv-loader", work, "0.99.0")
    root = tmp_path_factory.mktemp("mirror")
    build(root, [*sample_dirs(), newer])
    return root


@pytest.fixture
def own_mirror(mirror: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of ``mirror`` a test may change."""
    copy = tmp_path / "mirror"
    shutil.copytree(mirror, copy)
    yield copy
