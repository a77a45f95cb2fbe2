"""The compiled database file: what is saved is what is loaded, crate by crate."""

from __future__ import annotations

from pathlib import Path

import pytest

from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.advisories.database import open_snapshot
from cratewatch.errors import DatabaseError
from cratewatch.model.report import DatabaseInfo

# Names no crate may have, which an advisory file may still give: the index must keep
# them apart from each other and from the real ones.
ODD_NAMES = ("a b", 'quote"d', "back\\slash", "line\nbreak", "ünïcode", "", "smallvec ")


def _renamed(name: str) -> list[dict[str, object]]:
    (advisory, *_) = open_snapshot()._entries("smallvec")
    return [{**advisory, "package": name, "id": f"RUSTSEC-2099-{len(name):04d}"}]


def test_save_and_load_keep_every_crate_and_their_order(tmp_path: Path) -> None:
    snapshot = open_snapshot()
    by_crate = {name: _renamed(name) for name in ODD_NAMES}
    info = DatabaseInfo(("test",), len(ODD_NAMES))
    built = CompiledDatabase(info, [], by_crate, ("fingerprint", "parts"))
    built.save(tmp_path / "odd.compiled")
    loaded = CompiledDatabase.load(tmp_path / "odd.compiled")
    assert loaded.fingerprint == ("fingerprint", "parts")
    assert [a.package for a in loaded] == list(ODD_NAMES)
    for name in ODD_NAMES:
        assert [a.id for a in loaded.for_crate(name)] == [a.id for a in built.for_crate(name)]
    assert loaded.for_crate("smallvec") == []

    snapshot.save(tmp_path / "again.compiled")
    again = CompiledDatabase.load(tmp_path / "again.compiled")
    assert list(again) == list(snapshot)
    assert (tmp_path / "again.compiled").read_bytes() == snapshot._data


def test_an_empty_database_loads(tmp_path: Path) -> None:
    CompiledDatabase(DatabaseInfo(("test",), 0), [], {}).save(tmp_path / "empty.compiled")
    empty = CompiledDatabase.load(tmp_path / "empty.compiled")
    assert list(empty) == [] and empty.for_crate("smallvec") == []


@pytest.mark.parametrize("field", ["index_bytes", "buckets", "fingerprint"])
def test_a_header_that_does_not_fit_the_file_is_refused(tmp_path: Path, field: str) -> None:
    path = tmp_path / "bad.compiled"
    open_snapshot().save(path)
    header, _, rest = path.read_bytes().partition(b"\n")
    broken = {"index_bytes": b'"index_bytes":99999999', "buckets": b'"buckets":[0,1]'}
    if field == "fingerprint":
        header = header.replace(b'"fingerprint":[]', b'"fingerprint":"text"')
    else:
        start = header.index(f'"{field}":'.encode())
        end = header.index(b",", start) if field == "index_bytes" else header.index(b"]", start) + 1
        header = header[:start] + broken[field] + header[end:]
    path.write_bytes(header + b"\n" + rest)
    with pytest.raises(DatabaseError, match="corrupt compiled advisory database"):
        CompiledDatabase.load(path)


def test_an_entry_that_would_fill_the_memory_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.compiled"
    big = [{"description": "x" * 4096}] * 64
    CompiledDatabase(DatabaseInfo(("test",), 1), [], {"bomb": big}).save(path)
    monkeypatch.setattr("cratewatch.advisories.compiled.MAX_COMPILED_BYTES", 100_000)
    with pytest.raises(DatabaseError, match="corrupt entry for crate 'bomb'"):
        CompiledDatabase.load(path).for_crate("bomb")
