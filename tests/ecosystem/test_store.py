"""The store on disk: exact text round trips, and it never replaces what is not a store."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cratewatch.ecosystem.ingest import ingest_index
from cratewatch.ecosystem.store import Store
from cratewatch.errors import StoreError
from tests.ecosystem.support import index_dep, index_record, write_index


def _tiny(tmp_path: Path, *deps: dict[str, object]) -> Path:
    records = [index_record("b", "1.0.0", []), index_record("a", "1.0.0", list(deps))]
    return write_index(records, tmp_path / "index")  # type: ignore[arg-type]


def test_texts_round_trip_exactly(tmp_path: Path) -> None:
    index = _tiny(tmp_path, index_dep("b", "^1\nnot a line", target="cfg(\\\\ unix)"))
    ingest_index(str(index), tmp_path / "store")
    store = Store(tmp_path / "store")
    assert "^1\nnot a line" in store.texts("dep_reqs")
    assert "cfg(\\\\ unix)" in store.texts("dep_targets")

    ingest_index(str(_tiny(tmp_path / "2", index_dep("b", "1"))), tmp_path / "store")
    again = Store(tmp_path / "store")
    assert again.texts("dep_targets") == [""]  # one empty text is not "no texts"
    assert again.texts("dep_names") == ["b"]


def test_never_replaces_what_is_not_a_store(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    (precious / "sub").mkdir(parents=True)
    (precious / "sub" / "notes.txt").write_text("keep me")
    with pytest.raises(StoreError, match="is not an ecosystem store"):
        ingest_index(str(_tiny(tmp_path)), precious)
    assert (precious / "sub" / "notes.txt").read_text() == "keep me"
    assert not list(tmp_path.glob(".precious*"))


def test_a_damaged_text_column_is_an_error(tmp_path: Path) -> None:
    ingest_index(str(_tiny(tmp_path, index_dep("b", "1"))), tmp_path / "store")
    (tmp_path / "store" / "crate_names.txt").write_text("a\nb\nc")
    with pytest.raises(StoreError, match="3 lines where the store has 2"):
        Store(tmp_path / "store").texts("crate_names")
    assert np.asarray(Store(tmp_path / "store").ver_crate).size == 2
