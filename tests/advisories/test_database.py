"""Advisory sources, the compiled cache, the shipped snapshot, git clones and alias merging."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.advisories.database import (
    build_database,
    load_sources,
    open_database,
    open_snapshot,
)
from cratewatch.advisories.sources import (
    GitSource,
    OsvDirectory,
    OsvZip,
    RustSecDirectory,
    open_source,
)
from cratewatch.errors import DatabaseError, UsageError
from tests.conftest import ADVISORY_DB, ADVISORY_DB_OSV, require

SOME_CRATES = ("smallvec", "time", "chrono", "regex", "openssl")


def small_rustsec_copy(root: Path) -> Path:
    """A writable RustSec database holding the advisories of a few real crates."""
    for crate in SOME_CRATES:
        shutil.copytree(require(ADVISORY_DB) / "crates" / crate, root / "crates" / crate)
    return root


def test_snapshot_is_the_full_rustsec_database() -> None:
    snapshot = open_snapshot()
    assert snapshot.info.advisory_count == 1225 == len(snapshot)
    assert snapshot.info.commit == "bf5c0d245a92671908518d7e765914d437954ed6"
    assert snapshot.info.updated is not None and snapshot.info.updated.year == 2026
    assert [a.id for a in snapshot.for_crate("smallvec")][-1] == "RUSTSEC-2021-0003"


def test_rustsec_and_osv_of_the_same_database_merge_into_one(tmp_path: Path) -> None:
    database = build_database(
        [RustSecDirectory(require(ADVISORY_DB)), OsvDirectory(require(ADVISORY_DB_OSV))]
    )
    assert database.info.advisory_count == 1225  # every OSV record folded into its RUSTSEC twin
    assert database.info.invalid_count == 0


def test_advisories_from_another_source_merge_by_cve_alias(tmp_path: Path) -> None:
    root = small_rustsec_copy(tmp_path / "db")
    osv = tmp_path / "osv"
    osv.mkdir()
    ghsa = {
        "id": "GHSA-test-only-0001",
        "aliases": ["CVE-2021-25900"],  # also an alias of RUSTSEC-2021-0003
        "summary": "smallvec buffer overflow",
        "affected": [
            {
                "package": {"ecosystem": "crates.io", "name": "smallvec"},
                "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.6.1"}]}],
            }
        ],
    }
    (osv / "GHSA-test-only-0001.json").write_text(json.dumps(ghsa))
    database = build_database([RustSecDirectory(root), OsvDirectory(osv)])
    merged = next(a for a in database.for_crate("smallvec") if a.id == "RUSTSEC-2021-0003")
    assert "GHSA-test-only-0001" in merged.all_ids
    assert all(a.id != "GHSA-test-only-0001" for a in database.for_crate("smallvec"))


def test_a_corrupt_advisory_is_reported_and_the_rest_is_loaded(tmp_path: Path) -> None:
    root = small_rustsec_copy(tmp_path / "db")
    bad = root / "crates" / "smallvec" / "RUSTSEC-2021-0003.md"
    bad.write_text(bad.read_text().replace('date = "2021-01-08"', 'date = "soon"'))
    database = build_database([RustSecDirectory(root)])
    assert database.info.invalid_count == 1
    (problem,) = database.problems
    assert problem.startswith(str(bad)) and "'date' must be a date" in problem
    assert "RUSTSEC-2021-0003" not in {a.id for a in database.for_crate("smallvec")}
    assert len(database.for_crate("smallvec")) == 4


def test_compiled_cache_is_reused_until_the_source_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = small_rustsec_copy(tmp_path / "db")
    cache = tmp_path / "cache"
    first = load_sources([RustSecDirectory(root)], cache)
    assert list((cache / "compiled").glob("*.compiled"))

    def no_parse(self: RustSecDirectory) -> None:
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(RustSecDirectory, "load", no_parse)
    second = load_sources([RustSecDirectory(root)], cache)
    assert second.fingerprint == first.fingerprint and len(second) == len(first)

    monkeypatch.undo()
    shutil.rmtree(root / "crates" / "openssl")
    third = load_sources([RustSecDirectory(root)], cache)
    assert len(third) < len(first)


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    root = small_rustsec_copy(tmp_path / "db")
    cache = tmp_path / "cache"
    expected = len(load_sources([RustSecDirectory(root)], cache))
    (cached,) = (cache / "compiled").glob("*.compiled")
    cached.write_text("{ truncated")
    assert len(load_sources([RustSecDirectory(root)], cache)) == expected


def test_osv_zip_source(tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted(require(ADVISORY_DB_OSV).glob("crates/RUSTSEC-2021-*.json")):
            out.write(path, path.name)
        out.writestr("broken.json", "{")
    source = open_source(str(archive), tmp_path)
    assert isinstance(source, OsvZip)
    loaded = source.load()
    assert len(loaded.advisories) > 100
    (problem,) = loaded.problems
    assert problem.startswith(f"{archive}!broken.json: invalid JSON")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "advisory database not found"),
        (lambda p: (p / "empty").mkdir() or p / "empty", "not an advisory database"),
        (lambda p: (p / "f.txt").write_text("x") and p / "f.txt", "not an advisory database"),
    ],
)
def test_bad_database_paths(tmp_path: Path, make: object, message: str) -> None:
    assert callable(make)
    with pytest.raises(DatabaseError, match=message):
        open_source(str(make(tmp_path)), tmp_path)


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def make_git_database(root: Path) -> Path:
    small_rustsec_copy(root)
    _git("init", "-q", "-b", "main", cwd=root)
    _git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "add", "-A", cwd=root)
    _git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", "db", cwd=root)
    return root


def test_git_clone_and_update_from_a_file_url(tmp_path: Path) -> None:
    remote = make_git_database(tmp_path / "remote")
    url = remote.as_uri()
    source = open_source(url, tmp_path / "cache")
    assert isinstance(source, GitSource) and not source.exists()
    first_commit = source.update()
    database = load_sources([source], tmp_path / "cache")
    assert database.info.commit == first_commit and database.info.updated is not None
    count = len(database)

    shutil.rmtree(remote / "crates" / "openssl")
    _git(
        "-c",
        "user.email=t@example.invalid",
        "-c",
        "user.name=t",
        "commit",
        "-qam",
        "rm",
        cwd=remote,
    )
    second_commit = source.update()
    assert second_commit != first_commit
    assert len(load_sources([source], tmp_path / "cache")) < count


def test_open_database_with_a_git_url_clones_unless_offline(tmp_path: Path) -> None:
    remote = make_git_database(tmp_path / "remote")
    with pytest.raises(DatabaseError, match="not fetched yet and --offline is set"):
        open_database([remote.as_uri()], tmp_path / "cache", offline=True)
    database = open_database([remote.as_uri()], tmp_path / "cache")
    assert len(database) > 10
    again = open_database([remote.as_uri()], tmp_path / "cache", offline=True)
    assert len(again) == len(database)


def test_failing_git_remote_names_the_url(tmp_path: Path) -> None:
    url = (tmp_path / "no-such-repo").as_uri()
    with pytest.raises(DatabaseError) as info:
        GitSource(url, tmp_path / "checkout").update()
    assert str(info.value).startswith(url) and "git clone failed" in str(info.value)
    assert "\n" not in str(info.value)


def test_without_db_the_snapshot_is_used(tmp_path: Path) -> None:
    database = open_database([], tmp_path / "cache", offline=True)
    assert database.info.sources[0].startswith("RustSec advisory-db snapshot")


def test_a_modified_compiled_file_is_detected_and_rebuilt(tmp_path: Path) -> None:
    root = small_rustsec_copy(tmp_path / "db")
    cache = tmp_path / "cache"
    expected = [a.id for a in load_sources([RustSecDirectory(root)], cache).for_crate("smallvec")]
    (cached,) = (cache / "compiled").glob("*.compiled")
    data = bytearray(cached.read_bytes())
    data[-10] ^= 0x01  # one flipped bit in the body
    cached.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="checksum mismatch"):
        CompiledDatabase.load(cached)
    rebuilt = load_sources([RustSecDirectory(root)], cache)
    assert [a.id for a in rebuilt.for_crate("smallvec")] == expected


def test_a_database_without_a_single_valid_advisory_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "db"
    (root / "crates" / "demo").mkdir(parents=True)
    (root / "crates" / "demo" / "RUSTSEC-2099-0001.md").write_text("garbage")
    with pytest.raises(DatabaseError, match=r"no valid advisory \(1 could not be read\)"):
        build_database([RustSecDirectory(root)])


def test_osv_first_still_keeps_the_rustsec_fix_details() -> None:
    database = build_database(
        [OsvDirectory(require(ADVISORY_DB_OSV)), RustSecDirectory(require(ADVISORY_DB))]
    )
    smallvec = next(a for a in database.for_crate("smallvec") if a.id == "RUSTSEC-2021-0003")
    assert smallvec.source == "osv"
    assert smallvec.patched == (">= 0.6.14, < 1.0.0", ">= 1.6.1")
    assert smallvec.affected_functions[0].versions == (">= 0.6.3, < 0.6.14", ">= 1.0.0, < 1.6.1")


def test_fetch_and_offline_together_are_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="contradict"):
        open_database([], tmp_path, offline=True, fetch=True)
