"""Manifests from an ecosystem store when a package's sources are not at hand: the license
crates.io published for that version and its dependencies as the database dump has them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from cratewatch.ecosystem.ingest import ingest_dump
from cratewatch.ecosystem.store import Store
from tests.check.test_sources_and_build import CRATES_IO, package, workspace
from tests.cli.test_audit_cli import run
from tests.ecosystem.test_dump_source import TOP, _tables
from tests.registry.support import make_tar

LICENSES = {
    "1.4.0": "MIT/Apache-2.0",
    "1.5.0": "MIT OR Apache-2.0",
    "0.5.2": "GPL-3.0",
    "0.4.11": "MIT",
}


def store_with_licenses(tmp_path: Path, column: bool = True) -> Path:
    files = _tables()
    rows = list(csv.reader(io.StringIO(files[f"{TOP}/data/versions.csv"])))
    if column:
        rows[0].append("license")
        for row in rows[1:]:
            row.append(LICENSES.get(row[rows[0].index("num")], ""))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    files[f"{TOP}/data/versions.csv"] = out.getvalue()
    tmp_path.mkdir(parents=True, exist_ok=True)
    ingest_dump(make_tar(tmp_path / "db-dump.tar.gz", files), tmp_path / "store")
    return tmp_path / "store"


def test_the_store_keeps_each_versions_license(tmp_path: Path) -> None:
    store = Store(store_with_licenses(tmp_path / "with"))
    version = store.find_version("smallvec", "1.4.0")
    assert version is not None and store.version_license(version) == "MIT/Apache-2.0"
    assert store.find_version("smallvec", "9.9.9") is None
    older = Store(store_with_licenses(tmp_path / "without", column=False))
    version = older.find_version("sval", "0.5.2")
    assert version is not None and older.version_license(version) == ""


def test_check_reads_licenses_from_the_store(tmp_path: Path) -> None:
    store = store_with_licenses(tmp_path)
    lock = (
        package("app", "0.1.0", deps='"smallvec", "sval"')
        + package("smallvec", "1.4.0", CRATES_IO)
        + package("sval", "0.5.2", CRATES_IO)
    )
    project = workspace(tmp_path / "ws", lock, '[dependencies]\nsmallvec = "1"\nsval = "0.5"\n')
    (project / "deny.toml").write_text('[graph]\n[licenses]\nallow = ["MIT", "Apache-2.0"]\n')

    def codes(*extra: str | Path) -> list[tuple[str, str]]:
        result = run("check", "licenses", project, "--format", "json", "-q", *extra)
        document = json.loads(result.stdout)
        return sorted((f["code"], f["crate"]) for f in document["findings"])

    assert codes() == [("license-unlicensed", "smallvec"), ("license-unlicensed", "sval")]
    assert codes("--store", store) == [("license-rejected", "sval")]


def test_the_recorded_manifest_decides_the_graph(tmp_path: Path) -> None:
    """log 0.4.11's record makes sval an optional dependency no feature enables: with the
    store it is out of the graph; from the lockfile alone it is in."""
    from cratewatch.ecosystem.manifest import recorded_manifest

    store = store_with_licenses(tmp_path)
    manifest = recorded_manifest(Store(store), "log", "0.4.11")
    assert manifest is not None and b'license = "MIT"' in manifest
    assert b'"sval" = { version = "^0.5", optional = true' in manifest
    lock = (
        package("app", "0.1.0", deps='"log"')
        + package("log", "0.4.11", CRATES_IO, '"sval"')
        + package("sval", "0.5.2", CRATES_IO)
    )
    project = workspace(tmp_path / "ws", lock, '[dependencies]\nlog = "0.4"\n')
    (project / "deny.toml").write_text('[graph]\n[licenses]\nallow = ["MIT"]\n')

    def crates(*extra: str | Path) -> list[str]:
        result = run("check", "licenses", project, "--format", "json", "-q", *extra)
        return sorted(f["crate"] for f in json.loads(result.stdout)["findings"])

    assert crates() == ["log", "sval"]  # both unlicensed: no manifest at hand
    assert crates("--store", store) == []  # log is MIT; sval is not built
