"""Crates of a Cargo.lock found in local sources, and crates downloaded from a registry."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from cratewatch.errors import LockfileError
from cratewatch.lockfile.cargo_lock import read_lockfile
from cratewatch.scan.crate import scan_path
from cratewatch.scan.extract import ScanInputError, read_crate
from cratewatch.scan.sources import crates_from_lockfile, default_source_dirs
from tests.conftest import NEWEST_RIPGREP, require
from tests.registry.support import crate_bytes, sha256

CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"
GIT = "git+https://example.invalid/owner/gitdep?branch=main#0123456789abcdef"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


# -- helpers ---------------------------------------------------------------------------


def crate_dir(parent: Path, dirname: str, name: str, version: str) -> Path:
    """An extracted crate (or a ``cargo vendor`` entry) at ``parent/dirname``."""
    root = parent / dirname
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(f'[package]\nname = "{name}"\nversion = "{version}"\n')
    (root / "src" / "lib.rs").write_text("pub fn f() {}\n")
    (root / ".cargo-checksum.json").write_text('{"files":{},"package":null}')
    return root


def write_lockfile(path: Path, packages: Sequence[tuple[str, str, str | None, str | None]]) -> Path:
    """A v4 Cargo.lock of (name, version, source, checksum) packages."""
    text = "version = 4\n"
    for name, version, source, checksum in packages:
        text += f'\n[[package]]\nname = "{name}"\nversion = "{version}"\n'
        if source is not None:
            text += f'source = "{source}"\n'
        if checksum is not None:
            text += f'checksum = "{checksum}"\n'
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


# -- a Cargo.lock against local sources ------------------------------------------------


def test_vendor_layouts_workspace_members_and_git(tmp_path: Path) -> None:
    project = tmp_path / "project"
    lock = write_lockfile(
        project / "Cargo.lock",
        [
            ("app", "0.1.0", None, None),
            ("bar", "1.0.0", CRATES_IO, "a" * 64),
            ("bar", "2.0.0", CRATES_IO, "b" * 64),
            ("foo", "0.2.0", CRATES_IO, "c" * 64),
            ("gitdep", "0.1.0", GIT, None),
            ("gitmissing", "0.3.0", GIT, None),
            ("helper", "0.1.0", "path+file:///elsewhere/helper", None),
        ],
    )
    vendor = project / "vendor"
    bar1 = crate_dir(vendor, "bar", "bar", "1.0.0")
    bar2 = crate_dir(vendor, "bar-2.0.0", "bar", "2.0.0")
    crate_dir(vendor, "foo", "foo", "0.1.0")  # another version than the lockfile's
    gitdep = crate_dir(vendor, "gitdep", "gitdep", "0.1.0")

    result = crates_from_lockfile(lock, [vendor])

    assert result.found == [bar1, bar2, gitdep]
    assert [m.subject for m in result.missing] == ["foo 0.2.0"]
    assert [str(s) for s in result.skipped] == [
        "app 0.1.0: workspace member or path dependency",
        "gitmissing 0.3.0: git source https://example.invalid/owner/gitdep: "
        "not in the source directories",
        "helper 0.1.0: workspace member or path dependency",
    ]
    assert result.rejected == []
    assert [scan_path(p).version for p in result.found] == ["1.0.0", "2.0.0", "0.1.0"]


def test_cargo_home_caches_by_default_with_archives_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cargo_home = tmp_path / "cargo-home"
    monkeypatch.setenv("CARGO_HOME", str(cargo_home))
    index_dir = "index.crates.io-1949cf8c6b5b557f"
    cache = cargo_home / "registry" / "cache" / index_dir
    src = cargo_home / "registry" / "src" / index_dir
    cache.mkdir(parents=True)
    serde = crate_bytes(tmp_path, "serde", "1.0.1")
    (cache / "serde-1.0.1.crate").write_bytes(serde)
    crate_dir(src, "serde-1.0.1", "serde", "1.0.1")  # the same crate, extracted
    log = crate_dir(src, "log-0.4.0", "log", "0.4.0")
    lock = write_lockfile(
        tmp_path / "project" / "Cargo.lock",
        [
            ("serde", "1.0.1", CRATES_IO, sha256(serde)),
            ("log", "0.4.0", CRATES_IO, "d" * 64),
            ("rand", "0.8.5", "sparse+https://index.crates.io/", "e" * 64),
        ],
    )
    system = tmp_path / "no-debian-here"

    dirs = default_source_dirs(lock, system_registry=system)
    assert dirs == [cache, src]

    result = crates_from_lockfile(lock, dirs)
    assert result.found == [cache / "serde-1.0.1.crate", log]  # the verifiable archive first
    assert [m.subject for m in result.missing] == ["rand 0.8.5"]
    assert result.skipped == result.rejected == []
    assert read_crate(result.found[0]).root == "serde-1.0.1"


def test_an_archive_that_differs_from_the_lockfile_is_not_used(tmp_path: Path) -> None:
    crates = tmp_path / "crates"
    crates.mkdir()
    good = crate_bytes(tmp_path, "good", "1.0.0")
    (crates / "good-1.0.0.crate").write_bytes(good)
    (crates / "swapped-1.0.0.crate").write_bytes(crate_bytes(tmp_path, "swapped", "1.0.0"))
    (crates / "twice-1.0.0.crate").write_bytes(b"not what the lockfile pins")
    debian = tmp_path / "debian"
    twice = crate_dir(debian, "twice-1.0.0", "twice", "1.0.0")
    pinned = "f" * 64
    lock = write_lockfile(
        tmp_path / "Cargo.lock",
        [
            ("good", "1.0.0", CRATES_IO, sha256(good)),
            ("swapped", "1.0.0", CRATES_IO, pinned),
            ("twice", "1.0.0", CRATES_IO, pinned),
        ],
    )

    result = crates_from_lockfile(lock, [crates, debian])

    assert result.found == [crates / "good-1.0.0.crate", twice]  # a later directory is fine
    assert result.missing == []
    [rejected_entry] = result.rejected
    rejected = str(rejected_entry)
    assert rejected.startswith(f"swapped 1.0.0: {crates / 'swapped-1.0.0.crate'}: SHA-256 ")
    assert rejected.endswith(f"differs from the lockfile's {pinned}")


def test_a_real_lockfile_against_a_partial_vendor_dir(tmp_path: Path) -> None:
    lock_path = require(NEWEST_RIPGREP)
    locked = read_lockfile(lock_path)
    vendor = tmp_path / "vendor"
    syn2 = crate_dir(vendor, "syn", "syn", "2.0.119")  # two versions of syn, as cargo vendors
    syn3 = crate_dir(vendor, "syn-3.0.3", "syn", "3.0.3")
    jemalloc_version = "0.7.1+5.3.1-0-g81034ce1f1373e37dc865038e1bc8eeecf559ce8"
    jemalloc = crate_dir(
        vendor, f"tikv-jemalloc-sys-{jemalloc_version}", "tikv-jemalloc-sys", jemalloc_version
    )
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "memchr-2.8.3.crate").write_bytes(crate_bytes(tmp_path, "memchr", "2.8.3"))

    result = crates_from_lockfile(lock_path, [vendor, cache])

    assert result.found == [syn2, syn3, jemalloc]
    assert [r.subject for r in result.rejected] == ["memchr 2.8.3"]
    workspace = [f"{p.name} {p.version}" for p in locked.packages if p.source is None]
    assert "ripgrep 15.2.0" in workspace
    assert [str(s) for s in result.skipped] == [
        f"{w}: workspace member or path dependency" for w in workspace
    ]
    missing = [m.subject for m in result.missing]
    assert "aho-corasick 1.1.5" in missing
    assert "syn 2.0.119" not in missing
    accounted = len(result.found) + len(result.missing) + len(result.skipped)
    assert accounted + len(result.rejected) == len(locked.packages)


def test_each_source_dir_is_listed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dirs = [tmp_path / f"source{i}" for i in range(3)]
    for d in dirs:
        d.mkdir()
    packages = [(f"crate{i}", "1.0.0", CRATES_IO, None) for i in range(50)]
    crate_dir(dirs[2], "crate7-1.0.0", "crate7", "1.0.0")
    lock = write_lockfile(tmp_path / "Cargo.lock", packages)
    listed: list[str] = []
    real_scandir = os.scandir

    def counting_scandir(path: str | os.PathLike[str]) -> os._ScandirIterator[str]:
        listed.append(os.fspath(path))
        return real_scandir(os.fspath(path))

    monkeypatch.setattr(os, "scandir", counting_scandir)
    result = crates_from_lockfile(lock, dirs)
    assert sorted(listed) == sorted(map(str, dirs))
    assert result.found == [dirs[2] / "crate7-1.0.0"]
    assert len(result.missing) == 49


def test_bad_source_dirs_and_lockfiles_are_one_line_errors(tmp_path: Path) -> None:
    lock = write_lockfile(tmp_path / "Cargo.lock", [("a", "1.0.0", CRATES_IO, None)])
    with pytest.raises(ScanInputError, match=r"nowhere: no such source directory$"):
        crates_from_lockfile(lock, [tmp_path / "nowhere"])
    with pytest.raises(ScanInputError, match=r"Cargo.lock: not a directory of crate sources$"):
        crates_from_lockfile(lock, [lock])
    (tmp_path / "bad.lock").write_text("[[package]]\nname = 3\n")
    with pytest.raises(LockfileError):
        crates_from_lockfile(tmp_path / "bad.lock", [])


def test_default_source_dirs_reads_the_vendor_directory_from_cargo_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / ".cargo").mkdir(parents=True)
    (project / ".cargo" / "config.toml").write_text(
        '[source.crates-io]\nreplace-with = "vendored"\n\n'
        '[source.vendored]\ndirectory = "third_party/rust"\n'
    )
    (project / "third_party" / "rust").mkdir(parents=True)
    (project / "vendor").mkdir()
    monkeypatch.delenv("CARGO_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / ".cargo" / "registry" / "src" / "github.com-1ecc6299db9ec823").mkdir(
        parents=True
    )
    debian = tmp_path / "debian"
    debian.mkdir()

    dirs = default_source_dirs(project / "Cargo.lock", system_registry=debian)

    assert dirs == [
        project / "third_party" / "rust",
        project / "vendor",
        tmp_path / "home" / ".cargo" / "registry" / "src" / "github.com-1ecc6299db9ec823",
        debian,
    ]
