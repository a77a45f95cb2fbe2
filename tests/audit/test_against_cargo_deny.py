"""The audit agrees with cargo-deny on every real lockfile of the shared data.

``cargo_deny_expected/`` holds cargo-deny 0.14.2's findings for each lockfile
against the same advisory-db commit, recorded by ``benchmarks/cargo_deny.py``.
With every platform considered, the sets of (advisory, crate, version, kind) must
be equal: no difference needed justifying.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.advisories.database import load_sources
from cratewatch.advisories.sources import RustSecDirectory
from cratewatch.audit.engine import detect
from cratewatch.lockfile import read_lockfile
from cratewatch.model import Finding
from cratewatch.model.target import Target
from tests.conftest import ADVISORY_DB, CARGO_LOCKS, all_lockfiles, require

EXPECTED = Path(__file__).parent / "cargo_deny_expected"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> CompiledDatabase:
    cache = tmp_path_factory.mktemp("db-cache")
    return load_sources([RustSecDirectory(require(ADVISORY_DB))], cache)


def _key(finding: Finding) -> tuple[str, str, str, str]:
    assert finding.advisory is not None and finding.package is not None
    kind = finding.advisory.informational or "vulnerability"
    return (finding.advisory.id, finding.package.name, str(finding.package.version), kind)


@pytest.mark.parametrize("lockfile", all_lockfiles(), ids=lambda p: p.name.split(".")[0])
def test_same_findings_as_cargo_deny(lockfile: Path, database: CompiledDatabase) -> None:
    expected_file = EXPECTED / (lockfile.name.removesuffix(".Cargo.lock") + ".json")
    expected = {
        (x["id"], x["crate"], x["version"], x["kind"])
        for x in json.loads(expected_file.read_text())
    }
    detection = detect(read_lockfile(lockfile), database)
    assert {_key(f) for f in detection.findings} == expected


def test_every_lockfile_has_an_expectation() -> None:
    names = {p.name.removesuffix(".Cargo.lock") for p in all_lockfiles()}
    assert names == {p.stem for p in EXPECTED.glob("*.json")}
    assert len(names) == 22


def test_target_filters_os_specific_advisories(database: CompiledDatabase) -> None:
    """atty's RUSTSEC-2021-0145 is Windows-only; time's RUSTSEC-2020-0071 is Unix-only."""
    lockfile = read_lockfile(
        require(CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock")
    )
    everywhere = {f.advisory_id for f in detect(lockfile, database).findings}
    assert {"RUSTSEC-2021-0145", "RUSTSEC-2020-0071"} <= everywhere

    linux = {
        f.advisory_id
        for f in detect(
            lockfile, database, targets=[Target.parse("x86_64-unknown-linux-gnu")]
        ).findings
    }
    assert "RUSTSEC-2021-0145" not in linux and "RUSTSEC-2020-0071" in linux
    assert everywhere - linux == {"RUSTSEC-2021-0145"}

    windows = {
        f.advisory_id
        for f in detect(
            lockfile, database, targets=[Target.parse("x86_64-pc-windows-msvc")]
        ).findings
    }
    assert "RUSTSEC-2021-0145" in windows and "RUSTSEC-2020-0071" not in windows

    both = [Target.parse("x86_64-pc-windows-msvc"), Target.parse("aarch64-apple-darwin")]
    assert {"RUSTSEC-2021-0145", "RUSTSEC-2020-0071"} <= {
        f.advisory_id for f in detect(lockfile, database, targets=both).findings
    }


def test_findings_carry_paths_kinds_and_patched_ranges(database: CompiledDatabase) -> None:
    lockfile = read_lockfile(
        require(CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock")
    )
    findings = {f.advisory_id: f for f in detect(lockfile, database).findings}
    smallvec = findings["RUSTSEC-2021-0003"]
    assert smallvec.code.value == "vulnerability" and smallvec.severity.label == "critical"
    assert str(smallvec.paths[0][0]) == "bat 0.12.1"
    assert str(smallvec.paths[0][-1]) == "smallvec 0.6.10"
    assert smallvec.fix is not None and smallvec.fix.patched == (">= 0.6.14, < 1.0.0", ">= 1.6.1")
    codes = {f.code.value for f in findings.values()}
    assert {"vulnerability", "unmaintained", "unsound"} <= codes


def test_withdrawn_advisories_are_never_reported(database: CompiledDatabase) -> None:
    withdrawn = {a.id for a in database if a.is_withdrawn}
    assert len(withdrawn) == 13
    for lockfile in all_lockfiles():
        assert not withdrawn & {
            f.advisory_id for f in detect(read_lockfile(lockfile), database).findings
        }


@pytest.mark.parametrize(
    "triple",
    ["i686-pc-windows-gnu", "armv7-unknown-linux-gnueabihf", "wasm32-wasi", "x86_64-apple-darwin"],
)
def test_target_triples_parse(triple: str) -> None:
    target = Target.parse(triple)
    assert target.os and target.arch


def test_android_is_not_linux_and_unknown_systems_match_only_unrestricted_advisories() -> None:
    android = Target.parse("aarch64-linux-android")
    assert (android.os, android.arch) == ("android", "aarch64")
    wasm = Target.parse("wasm32-unknown-unknown")
    assert (wasm.os, wasm.arch) == ("unknown", "wasm32")  # rustc's target_os
    assert Target.parse("wasm32-wasip2").os == "wasi"
