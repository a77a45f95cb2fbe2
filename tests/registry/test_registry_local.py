"""Local indexes: a checkout directory and tar archives (with their cache)."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cratewatch.errors import RegistryIndexError
from cratewatch.model.version import Version
from cratewatch.registry import local as local_module
from cratewatch.registry.interface import RegistryIndex
from cratewatch.registry.local import ArchiveIndex, DirectoryIndex, open_index
from cratewatch.registry.sparse import SparseIndex
from cratewatch.registry.spec import open_registry_index
from tests.registry.support import CONFIG, INDEX_2020, INDEX_SUBSET, line, make_tar, require

SERDE_YANKED = {"0.7.6", "1.0.31", "1.0.95"}


def versions_of(index: RegistryIndex, name: str) -> list[tuple[str, bool]]:
    found = index.versions(name)
    assert found is not None, name
    return [(str(v.version), v.yanked) for v in found]


def small_index(prefix: str = "crates.io-index/") -> dict[str, bytes | str]:
    return {
        f"{prefix}config.json": CONFIG,
        f"{prefix}.source-commit": "abc123\n",
        f"{prefix}1/a": line("a", "0.1.0") + "\n",
        f"{prefix}2/ab": line("ab", "1.0.0") + "\n" + line("ab", "1.0.1", yanked=True) + "\n",
        f"{prefix}3/f/foo": "\n".join(
            [line("foo", "2.0.0"), line("foo", "1.0"), line("foo", "1.5.0", yanked=True)]
        ),
        f"{prefix}se/rd/serde": line("serde", "1.0.0") + "\n",
        f"{prefix}ba/dj/badjson": line("badjson", "1.0.0") + "\n{oops\n",
        f"{prefix}wr/on/serde_json": line("serde_json", "1.0.0") + "\n",  # misplaced: ignored
        f"{prefix}.git/se/rd/serde": line("serde", "9.9.9") + "\n",  # not index content
    }


# -- DirectoryIndex on the real subset ------------------------------------------------


@pytest.fixture(scope="module")
def subset() -> DirectoryIndex:
    return DirectoryIndex(require(INDEX_SUBSET))


def test_directory_index_reads_real_files(subset: DirectoryIndex) -> None:
    serde = versions_of(subset, "serde")
    assert len(serde) == 200
    assert {v for v, yanked in serde if yanked} == SERDE_YANKED
    versions = [Version.parse(v) for v, _ in serde]
    assert versions == sorted(versions)
    clap = versions_of(subset, "clap")
    assert len(clap) == 208 and sum(y for _, y in clap) == 16
    assert versions_of(subset, "Serde") == serde  # names are case-insensitive


def test_directory_index_unknown_and_impossible_crates(subset: DirectoryIndex) -> None:
    assert subset.versions("no-such-crate-here") is None
    assert subset.versions("../config.json") is None
    assert subset.describe() == f"index directory {INDEX_SUBSET}"


def test_directory_index_needs_an_index(tmp_path: Path) -> None:
    with pytest.raises(RegistryIndexError, match=f"^{tmp_path / 'nope'}: no such directory"):
        DirectoryIndex(tmp_path / "nope")
    with pytest.raises(RegistryIndexError, match=r": not a registry index \(no config.json\)"):
        DirectoryIndex(tmp_path)


def test_directory_index_malformed_file_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_bytes(CONFIG)
    (tmp_path / "3" / "f").mkdir(parents=True)
    bad = tmp_path / "3" / "f" / "foo"
    bad.write_text(line("foo", "1.0.0") + "\n" + '{"name":"foo",\n')
    with pytest.raises(RegistryIndexError) as info:
        DirectoryIndex(tmp_path).versions("foo")
    assert str(info.value).startswith(f"{bad}: line 2: malformed JSON")


def test_open_index_picks_the_implementation(tmp_path: Path) -> None:
    assert isinstance(open_index(require(INDEX_SUBSET)), DirectoryIndex)
    archive = make_tar(tmp_path / "index.tgz", small_index())
    assert isinstance(open_index(archive), ArchiveIndex)
    with pytest.raises(RegistryIndexError, match=r"missing\.tar\.gz: no such file or directory"):
        open_index(tmp_path / "missing.tar.gz")
    (tmp_path / "index.zip").write_bytes(b"PK\3\4")
    with pytest.raises(RegistryIndexError, match=r"index\.zip: unsupported registry index"):
        open_index(tmp_path / "index.zip")


def test_open_registry_index_routes_urls_and_paths(tmp_path: Path) -> None:
    sparse = open_registry_index("sparse+http://127.0.0.1:9/index", tmp_path, offline=True)
    assert isinstance(sparse, SparseIndex) and sparse.base_url == "http://127.0.0.1:9/index/"
    for spec in ("crates.io", "registry+https://github.com/rust-lang/crates.io-index"):
        crates_io = open_registry_index(spec, tmp_path, offline=True)
        assert isinstance(crates_io, SparseIndex)
        assert crates_io.base_url == "https://index.crates.io/"
    assert isinstance(open_registry_index(require(INDEX_SUBSET)), DirectoryIndex)
    with pytest.raises(RegistryIndexError, match="unsupported registry index URL"):
        open_registry_index("ssh://git@example.invalid/index")


# -- ArchiveIndex on small archives ---------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "mode", "prefix"),
    [
        ("index.tar.gz", "w:gz", "crates.io-index/"),
        ("index.tgz", "w:gz", "./"),
        ("index.tar", "w", ""),
        ("index.tar.xz", "w:xz", "some/where/"),
    ],
)
def test_archive_index_layouts(tmp_path: Path, filename: str, mode: str, prefix: str) -> None:
    archive = make_tar(tmp_path / filename, small_index(prefix), mode=mode)
    with ArchiveIndex(archive, cache_dir=tmp_path / "cache") as index:
        assert versions_of(index, "a") == [("0.1.0", False)]
        assert versions_of(index, "AB") == [("1.0.0", False), ("1.0.1", True)]
        assert versions_of(index, "foo") == [("1.5.0", True), ("2.0.0", False)]
        assert versions_of(index, "serde") == [("1.0.0", False)]  # not the .git/ copy
        assert index.versions("serde_json") is None  # misplaced file
        assert index.versions("missing") is None
        assert index.versions("../../etc/passwd") is None
        assert index.describe() == f"index archive {archive}"


def test_archive_malformed_crate_fails_alone_and_names_member(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "index.tar.gz", small_index())
    index = ArchiveIndex(archive, cache_dir=tmp_path / "cache")
    index.prefetch(["badjson", "serde", "nope"])
    with pytest.raises(RegistryIndexError) as info:
        index.versions("badjson")
    assert str(info.value).startswith(
        f"{archive}:crates.io-index/ba/dj/badjson: line 2: malformed JSON"
    )
    assert versions_of(index, "serde") == [("1.0.0", False)]
    assert index.versions("nope") is None


def test_archive_without_config_is_not_an_index(tmp_path: Path) -> None:
    files = small_index()
    del files["crates.io-index/config.json"]
    archive = make_tar(tmp_path / "index.tar.gz", files)
    with pytest.raises(RegistryIndexError, match=r"index\.tar\.gz: not a registry index archive"):
        ArchiveIndex(archive, cache_dir=tmp_path / "cache").versions("serde")
    assert not list((tmp_path / "cache").rglob("*.sqlite3"))  # no cache left behind


@pytest.mark.parametrize(
    "content",
    [b"this is not an archive\n" * 100, b"", b"\x1f\x8b\x08\x00garbage-after-gzip-magic"],
)
def test_not_an_archive(tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(content)
    index = open_index(bogus, cache_dir=tmp_path / "cache")
    with pytest.raises(RegistryIndexError, match=f"^{bogus}: not a readable tar archive"):
        index.versions("serde")
    leftovers = list((tmp_path / "cache").rglob("*.sqlite3*"))
    assert leftovers == []  # neither a cache nor a temporary file


def test_truncated_archive(tmp_path: Path) -> None:
    good = make_tar(tmp_path / "good.tar.gz", small_index())
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(RegistryIndexError, match=f"^{cut}: "):
        ArchiveIndex(cut, cache_dir=tmp_path / "cache").versions("serde")


def test_missing_or_non_file_archive(tmp_path: Path) -> None:
    with pytest.raises(RegistryIndexError, match=f"^{tmp_path / 'x.tgz'}: no such file$"):
        ArchiveIndex(tmp_path / "x.tgz")
    with pytest.raises(RegistryIndexError, match="not a regular file"):
        ArchiveIndex(tmp_path)


# -- the archive cache ----------------------------------------------------------------


@pytest.fixture
def no_rescan(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail if an archive is read again (the cache must answer)."""

    def fail(archive: Path) -> Iterator[tuple[str, str | None, str | None]]:
        raise AssertionError(f"archive {archive} was scanned again")

    monkeypatch.setattr(local_module, "_scan_archive", fail)
    yield


def test_cache_is_reused_across_instances(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(tmp_path / "cache"))
    archive = make_tar(tmp_path / "index.tar.gz", small_index())
    first = ArchiveIndex(archive)
    assert versions_of(first, "ab") == [("1.0.0", False), ("1.0.1", True)]
    assert first.cache_file is not None
    assert first.cache_file.parent == tmp_path / "cache" / "index-archives"
    first.close()

    def fail(archive: Path) -> Iterator[tuple[str, str | None, str | None]]:
        raise AssertionError("scanned again")

    monkeypatch.setattr(local_module, "_scan_archive", fail)
    second = ArchiveIndex(archive)
    assert versions_of(second, "ab") == [("1.0.0", False), ("1.0.1", True)]
    assert second.cache_file == first.cache_file


def test_cache_is_rebuilt_when_the_archive_changes(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "index.tar.gz", small_index())
    cache = tmp_path / "cache"
    assert versions_of(ArchiveIndex(archive, cache), "a") == [("0.1.0", False)]
    files = small_index()
    files["crates.io-index/1/a"] = line("a", "0.1.0", yanked=True) + "\n" + line("a", "0.2.0")
    make_tar(archive, files)
    later = time.time() + 10
    os.utime(archive, (later, later))
    index = ArchiveIndex(archive, cache)
    assert versions_of(index, "a") == [("0.1.0", True), ("0.2.0", False)]
    assert len(list((cache / "index-archives").iterdir())) == 1  # replaced, not added


def test_corrupt_cache_is_rebuilt(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "index.tar.gz", small_index())
    first = ArchiveIndex(archive, tmp_path / "cache")
    first.prefetch([])
    assert first.cache_file is not None
    first.close()
    first.cache_file.write_bytes(b"not sqlite at all" * 100)
    assert versions_of(ArchiveIndex(archive, tmp_path / "cache"), "a") == [("0.1.0", False)]


def test_unwritable_cache_dir_falls_back_to_memory(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "index.tar.gz", small_index())
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("x")
    index = ArchiveIndex(archive, cache_dir=blocker)
    assert versions_of(index, "ab") == [("1.0.0", False), ("1.0.1", True)]
    assert index.cache_file is None


# -- the real 2020 crates.io index ----------------------------------------------------


@pytest.fixture(scope="module")
def index_2020(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArchiveIndex]:
    archive = require(INDEX_2020)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CRATEWATCH_CACHE_DIR", str(tmp_path_factory.mktemp("index-cache")))
        index = open_index(archive)
        assert isinstance(index, ArchiveIndex)
        index.prefetch([])  # builds the cache: one pass over the archive
    yield index
    index.close()


def test_real_archive_known_yanked_versions(index_2020: ArchiveIndex) -> None:
    serde = versions_of(index_2020, "serde")
    assert len(serde) == 200
    assert {v for v, yanked in serde if yanked} == SERDE_YANKED
    assert ("1.0.114", False) in serde  # the newest serde on 2020-07-20
    assert index_2020.versions("no-such-crate-in-2020") is None


def test_real_archive_cache_holds_every_crate_and_version(index_2020: ArchiveIndex) -> None:
    assert index_2020.cache_file is not None
    with sqlite3.connect(index_2020.cache_file) as db:
        crates, versions = db.execute(
            "SELECT count(*), sum(json_array_length(entries)) FROM crates"
        ).fetchone()
        yanked = sum(
            sum(1 for _, y in json.loads(e) if y)
            for (e,) in db.execute("SELECT entries FROM crates")
        )
    assert (crates, versions, yanked) == (43_451, 259_132, 9_294)  # the README's figures


def test_real_archive_agrees_with_the_subset_directory(
    index_2020: ArchiveIndex, subset: DirectoryIndex
) -> None:
    names = sorted(p.name for p in INDEX_SUBSET.rglob("*") if p.is_file())
    names.remove("config.json")
    assert len(names) == 784
    index_2020.prefetch(names)
    for name in names:
        assert index_2020.versions(name) == subset.versions(name), name


def test_real_archive_warm_cache_is_fast(index_2020: ArchiveIndex, no_rescan: None) -> None:
    assert index_2020.cache_file is not None
    files = sorted(p.name for p in INDEX_SUBSET.rglob("*") if p.is_file())
    names = [n for n in files if n != "config.json"][:200]
    start = time.perf_counter()
    with ArchiveIndex(INDEX_2020, cache_dir=index_2020.cache_file.parent.parent) as warm:
        warm.prefetch(names)
        found = [warm.versions(n) for n in names]
    elapsed = time.perf_counter() - start
    assert all(f is not None for f in found)
    assert elapsed < 1.0  # typically ~25 ms; generous for loaded CI machines


def _subset_archive(path: Path) -> Path:
    root = require(INDEX_SUBSET)
    files: dict[str, bytes | str] = {"config.json": (root / "config.json").read_bytes()}
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.name != "config.json":
            files[str(file.relative_to(root))] = file.read_bytes()
    return make_tar(path, files)


def test_building_an_archive_cache_reports_progress(tmp_path: Path) -> None:
    archive = _subset_archive(tmp_path / "index.tar.gz")
    seen: list[tuple[str, int | None, int | None]] = []
    index = open_registry_index(archive, tmp_path / "c", progress=lambda *c: seen.append(c))
    assert not seen  # opened lazily: nothing read yet
    assert index.versions("serde") is not None
    assert seen and {stage for stage, _, _ in seen} == {"reading the index archive"}
    assert all(d is not None and t and 0 < d <= t for _, d, t in seen)
    index.close()
    seen.clear()
    again = open_registry_index(archive, tmp_path / "c", progress=lambda *c: seen.append(c))
    assert again.versions("serde") is not None and not seen  # the cache answers
    again.close()


def test_audit_with_an_archive_shows_progress_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib
    import io

    from cratewatch.cli.main import main
    from tests.conftest import CARGO_LOCKS

    lock = require(CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock")
    archive = _subset_archive(tmp_path / "index.tar.gz")
    err = io.StringIO()
    err.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stderr", err)
    with contextlib.redirect_stdout(io.StringIO()):
        main(["audit", str(lock), "--index", str(archive), "--no-config", "-q"])
    assert "reading the index archive [" not in err.getvalue()  # -q: quiet
    with contextlib.redirect_stdout(io.StringIO()):
        main(["audit", str(lock), "--index", str(archive), "--no-config", "--format", "json"])
    assert "reading the index archive [" not in err.getvalue()  # built by the first run
    (tmp_path / "other.tar.gz").write_bytes(archive.read_bytes())
    with contextlib.redirect_stdout(io.StringIO()):
        main(["audit", str(lock), "--index", str(tmp_path / "other.tar.gz"), "--no-config"])
    assert "reading the index archive [" in err.getvalue()
