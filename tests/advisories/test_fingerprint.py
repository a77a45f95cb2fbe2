"""A directory source's fingerprint, checked again by one stat per recorded path.

Every file and directory of these databases is dated an hour back, as a database
checked out a while ago is: a fingerprint taken within seconds of a change is
checked by a new walk instead (see ``test_a_fresh_change_is_checked_by_a_new_walk``).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from cratewatch.advisories.database import load_sources
from cratewatch.advisories.sources import RustSecDirectory
from tests.conftest import ADVISORY_DB, require

HOUR_AGO = time.time() - 3600


def _age(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        os.utime(path, (HOUR_AGO, HOUR_AGO), follow_symlinks=False)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "db"
    for crate in ("smallvec", "time"):
        shutil.copytree(require(ADVISORY_DB) / "crates" / crate, root / "crates" / crate)
    _age(root)
    return root


def _unchanged_without_walk(root: Path, fingerprint: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    with monkeypatch.context() as patch:
        patch.setattr(os, "scandir", _refuse_listing)
        return RustSecDirectory(root).unchanged_since(fingerprint)


def _refuse_listing(path: object) -> None:
    raise AssertionError(f"{path} was listed: the recorded paths should have been enough")


def test_an_unchanged_tree_is_confirmed_without_listing_a_directory(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fingerprint = RustSecDirectory(root).fingerprint()
    assert "walk" not in fingerprint.splitlines()
    assert _unchanged_without_walk(root, fingerprint, monkeypatch)


@pytest.mark.parametrize(
    "change",
    [
        "edit in place, same size",
        "new file",
        "removed file",
        "renamed file",
        "new crate",
        "removed crate",
        "new Advisories.toml",
    ],
)
def test_every_kind_of_change_is_seen_without_listing_a_directory(
    root: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    fingerprint = RustSecDirectory(root).fingerprint()
    advisory = sorted((root / "crates" / "smallvec").glob("*.md"))[0]
    if change == "edit in place, same size":
        data = advisory.read_bytes()
        advisory.write_bytes(data[:-1] + (b"x" if data[-1:] != b"x" else b"y"))
    elif change == "new file":
        (root / "crates" / "smallvec" / "RUSTSEC-2099-0001.md").write_text("new")
    elif change == "removed file":
        advisory.unlink()
    elif change == "renamed file":
        advisory.rename(advisory.with_name("RUSTSEC-2099-0002.md"))
    elif change == "new crate":
        (root / "crates" / "newcrate").mkdir()
    elif change == "removed crate":
        shutil.rmtree(root / "crates" / "time")
    else:
        (root / "Advisories.toml").write_text("")
    assert not _unchanged_without_walk(root, fingerprint, monkeypatch)


def test_a_fresh_change_is_checked_by_a_new_walk(root: Path) -> None:
    (root / "crates" / "smallvec" / "RUSTSEC-2099-0001.md").write_text("just now")
    fingerprint = RustSecDirectory(root).fingerprint()
    assert fingerprint.splitlines()[-1] == "walk"
    assert RustSecDirectory(root).unchanged_since(fingerprint)  # by a new walk, equal
    (root / "crates" / "time" / "RUSTSEC-2099-0002.md").write_text("a moment later")
    assert not RustSecDirectory(root).unchanged_since(fingerprint)


def test_a_name_with_a_line_break_is_checked_by_a_new_walk(root: Path) -> None:
    odd = root / "crates" / "smallvec" / "odd\nname.md"
    odd.write_text("x")
    _age(root)
    fingerprint = RustSecDirectory(root).fingerprint()
    assert fingerprint.splitlines()[-1] == "walk"
    assert RustSecDirectory(root).unchanged_since(fingerprint)
    odd.write_text("xy")
    assert not RustSecDirectory(root).unchanged_since(fingerprint)


def test_an_unreadable_directory_is_checked_by_a_new_walk(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scandir = os.scandir
    locked = str(root / "crates" / "time")

    def refuse_one(path: str) -> object:
        if path == locked:
            raise PermissionError(13, "Permission denied", path)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_one)
    fingerprint = RustSecDirectory(root).fingerprint()
    assert fingerprint.splitlines()[-1] == "walk"
    assert RustSecDirectory(root).unchanged_since(fingerprint)


def test_every_name_of_a_tree_has_its_fingerprint(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fingerprint = RustSecDirectory(root).fingerprint()
    monkeypatch.chdir(root.parent)
    assert RustSecDirectory(Path("db")).fingerprint() == fingerprint
    (root.parent / "link").symlink_to(root)
    assert _unchanged_without_walk(Path("link"), fingerprint, monkeypatch)
    monkeypatch.chdir(root)
    assert _unchanged_without_walk(Path(), fingerprint, monkeypatch)


def test_the_cache_is_used_while_the_tree_is_unchanged_and_rebuilt_after(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_sources([RustSecDirectory(root)], cache)
    with monkeypatch.context() as patch:
        patch.setattr(os, "scandir", _refuse_listing)
        patch.setattr(RustSecDirectory, "load", _refuse_listing)
        assert len(load_sources([RustSecDirectory(root)], cache)) == len(first)
    shutil.rmtree(root / "crates" / "time")
    assert len(load_sources([RustSecDirectory(root)], cache)) < len(first)
