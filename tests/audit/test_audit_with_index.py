"""Yanked versions and smallest safe upgrades, from real index data (local and over HTTP)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.advisories.database import open_snapshot
from cratewatch.audit.engine import detect, smallest_upgrade
from cratewatch.lockfile import read_lockfile
from cratewatch.model import Code, Finding, Version
from cratewatch.registry.interface import IndexVersion, index_path
from cratewatch.registry.local import DirectoryIndex
from tests.cli.test_audit_cli import run
from tests.conftest import CARGO_LOCKS, INDEX_2020, INDEX_SUBSET, require
from tests.registry.support import IndexServer, serving

RIPGREP_2019 = CARGO_LOCKS / "BurntSushi__ripgrep__2019-01-19__63b0f31a221e.Cargo.lock"
BAT_2020 = CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock"


@pytest.fixture(scope="module")
def database() -> CompiledDatabase:
    return open_snapshot()


def by_key(findings: tuple[Finding, ...]) -> dict[tuple[str, str], Finding]:
    return {
        (f.advisory_id or f.code.value, str(f.package)): f
        for f in findings
        if f.package is not None
    }


def test_yanked_versions_and_fixes_from_a_local_index(database: CompiledDatabase) -> None:
    index = DirectoryIndex(require(INDEX_SUBSET))
    findings = by_key(detect(read_lockfile(require(RIPGREP_2019)), database, index=index).findings)
    yanked = findings[("yanked", "smallvec 0.6.7")]
    assert yanked.code is Code.YANKED and yanked.advisory is None
    assert [str(p) for p in yanked.paths[0]][:1] == ["ripgrep 0.10.0"]
    # In the 2020 index every later smallvec is yanked or still affected by
    # RUSTSEC-2021-0003 (fixed in 0.6.14 and 1.6.1, both published in 2021).
    assert yanked.fix is None
    fix = findings[("RUSTSEC-2018-0018", "smallvec 0.6.7")].fix
    assert fix is not None and fix.upgrade_to is None
    assert fix.patched == (">= 0.6.13",)


class _WithExtraVersions(DirectoryIndex):
    """The real subset index, plus versions published after the 2020 snapshot."""

    def __init__(self, extra: dict[str, list[str]]) -> None:
        super().__init__(require(INDEX_SUBSET))
        self.extra = extra

    def versions(self, name: str) -> list[IndexVersion] | None:
        known = super().versions(name) or []
        added = [IndexVersion(Version.parse(v), False) for v in self.extra.get(name, [])]
        return sorted(known + added, key=lambda iv: iv.version)


def test_suggested_upgrades_are_free_of_every_fixable_advisory(database: CompiledDatabase) -> None:
    """0.6.13 fixes RUSTSEC-2018-0018 but not RUSTSEC-2021-0003: suggest 0.6.14 for both."""
    index = _WithExtraVersions({"smallvec": ["0.6.13", "0.6.14", "1.6.1"]})
    findings = by_key(detect(read_lockfile(require(RIPGREP_2019)), database, index=index).findings)
    for key in [("RUSTSEC-2018-0018", "smallvec 0.6.7"), ("yanked", "smallvec 0.6.7")]:
        fix = findings[key].fix
        assert fix is not None and str(fix.upgrade_to) == "0.6.14" and fix.semver_compatible, key


def test_packages_missing_from_the_index_are_reported(database: CompiledDatabase) -> None:
    index = DirectoryIndex(require(INDEX_SUBSET))
    newest = CARGO_LOCKS / "BurntSushi__ripgrep__2026-08-04__3fce3b5bb023.Cargo.lock"
    findings = detect(read_lockfile(require(newest)), database, index=index).findings
    (unchecked,) = [f for f in findings if f.code is Code.YANKED_UNCHECKED]
    assert unchecked.package is None and "not in" in unchecked.message


def test_no_yanked_keeps_fixes_but_drops_yanked_findings(database: CompiledDatabase) -> None:
    index = DirectoryIndex(require(INDEX_SUBSET))
    findings = detect(read_lockfile(require(RIPGREP_2019)), database, index=index, yanked=False)
    assert not any(f.code is Code.YANKED for f in findings.findings)
    assert any(f.fix and f.fix.upgrade_to for f in findings.findings)


def test_fix_crosses_a_major_version_only_when_nothing_compatible_is_safe(
    database: CompiledDatabase,
) -> None:
    index = DirectoryIndex(require(INDEX_SUBSET))
    findings = by_key(detect(read_lockfile(require(BAT_2020)), database, index=index).findings)
    fix = findings[("RUSTSEC-2020-0146", "generic-array 0.12.3")].fix
    assert fix is not None and str(fix.upgrade_to) == "0.14.1" and not fix.semver_compatible


def test_smallest_upgrade_skips_yanked_and_pre_releases() -> None:
    candidates = [
        IndexVersion(Version.parse(v), yanked)
        for v, yanked in [
            ("1.0.0", False),
            ("1.0.1", True),
            ("1.1.0-rc.1", False),
            ("1.1.0", False),
            ("2.0.0", False),
        ]
    ]
    current = Version.parse("1.0.0")
    assert smallest_upgrade(current, candidates, lambda v: True) == (Version.parse("1.1.0"), True)
    assert smallest_upgrade(current, candidates, lambda v: v.major >= 2) == (
        Version.parse("2.0.0"),
        False,
    )
    assert smallest_upgrade(current, candidates, lambda v: False) == (None, False)


def test_cli_with_the_real_2020_index_archive() -> None:
    args = ["audit", str(require(RIPGREP_2019)), "--no-config", "--format", "json", "-q"]
    args += ["--index", str(require(INDEX_2020))]
    result = run(*args)
    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    yanked = [f for f in report["findings"] if f["code"] == "yanked"]
    assert [(f["crate"], f["version"], f["fix"]) for f in yanked] == [("smallvec", "0.6.7", None)]
    no_yanked = run(*args, "--no-yanked")
    assert not [f for f in json.loads(no_yanked.stdout)["findings"] if f["code"] == "yanked"]


@pytest.fixture
def sparse_server(tmp_path: Path) -> Iterator[IndexServer]:
    """The real index files of the lockfile's crates, served on 127.0.0.1 in sparse layout."""
    root = tmp_path / "served"
    lockfile = read_lockfile(require(RIPGREP_2019))
    for name in {p.name for p in lockfile.packages}:
        relative = index_path(name)
        assert relative is not None
        source = require(INDEX_SUBSET) / relative
        if source.exists():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, root / relative)
    with serving(root) as state:
        yield state


def test_cli_with_a_sparse_index_over_http_then_offline(sparse_server: IndexServer) -> None:
    args = ["audit", str(require(RIPGREP_2019)), "--no-config", "--format", "json", "-q"]
    online = run(*args, "--index", f"sparse+{sparse_server.base_url}")
    assert online.exit_code == 1, online.stderr
    yanked = [f for f in json.loads(online.stdout)["findings"] if f["code"] == "yanked"]
    assert [(f["crate"], f["version"]) for f in yanked] == [("smallvec", "0.6.7")]
    requests = len(sparse_server.log)
    assert requests > 10
    offline = run(*args, "--index", f"sparse+{sparse_server.base_url}", "--offline")
    assert offline.exit_code == 1
    assert len(sparse_server.log) == requests  # answered from the cache, no request
    assert json.loads(offline.stdout)["findings"] == json.loads(online.stdout)["findings"]


def test_cli_index_errors_are_one_line(tmp_path: Path) -> None:
    missing = run("audit", require(RIPGREP_2019), "--no-config", "--index", tmp_path / "nope")
    assert missing.exit_code == 3 and missing.stderr.count("\n") == 1 and "nope" in missing.stderr
    refused = run(
        "audit", require(RIPGREP_2019), "--no-config", "--index", "sparse+http://127.0.0.1:9/"
    )
    assert refused.exit_code == 3 and refused.stderr.count("\n") == 1
    assert "127.0.0.1:9" in refused.stderr
