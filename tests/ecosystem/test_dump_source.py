"""Reading crates.io database dumps: real column layout, older layouts, owners, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest

from cratewatch.ecosystem.exposure import (
    ExposureOptions,
    Mode,
    affected_mask,
    exposed_crates,
    propagate,
)
from cratewatch.ecosystem.ingest import ingest_dump
from cratewatch.ecosystem.store import VERSION_LATEST, VERSION_YANKED, Store
from cratewatch.errors import DumpError
from tests.registry.support import make_tar

TOP = "2020-10-01-020001"
STAMP = "2020-01-01 00:00:00.000000"


def _csv(header: list[str], rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _tables(*, explicit_name: bool = True, kind: bool = True) -> dict[str, str]:
    crates = _csv(
        ["created_at", "description", "downloads", "id", "name", "updated_at"],
        [
            [STAMP, "small vectors,\nwith a newline", 900, 10, "smallvec", STAMP],
            [STAMP, "", 50, 11, "sval", STAMP],
            [STAMP, "logging", 5000, 12, "log", STAMP],
            [STAMP, "", 7, 13, "app", STAMP],
        ],
    )
    features = json.dumps({"kv": ["sval"], "default": []})
    versions = _csv(
        ["crate_id", "created_at", "downloads", "features", "id", "num", "yanked"],
        [
            [10, STAMP, 400, "{}", 100, "1.4.0", "f"],
            [10, STAMP, 500, "{}", 101, "1.5.0", "t"],
            [11, STAMP, 50, "{}", 102, "0.5.2", "f"],
            [12, STAMP, 5000, features, 103, "0.4.11", "f"],
            [13, STAMP, 7, "{}", 104, "1.0.0", "f"],
        ],
    )
    header = ["crate_id", "default_features", "features", "id", "optional", "req", "target"]
    header += ["version_id"]
    rows: list[list[object]] = [
        [10, "t", "{}", 1, "f", "^1", "", 102],  # sval -> smallvec
        [11, "t", "{}", 2, "t", "^0.5", "", 103],  # log -> sval (optional)
        [12, "f", "{kv,std}", 3, "f", "0.4", "cfg(unix)", 104],  # app -> log as "logger"
        [99, "t", "{}", 4, "f", "1", "", 104],  # a crate the dump does not have
    ]
    if kind:
        header.insert(5, "kind")
        for row in rows:
            row.insert(5, 0)
    if explicit_name:
        header.insert(3, "explicit_name")
        for row, name in zip(rows, ["", "", "logger", ""], strict=True):
            row.insert(3, name)
    dependencies = _csv(header, rows)
    owners = _csv(
        ["crate_id", "created_at", "created_by", "owner_id", "owner_kind"],
        [[10, STAMP, "", 1, 0], [12, STAMP, "", 1, 0], [12, STAMP, "", 5, 1]],
    )
    users = _csv(["gh_avatar", "gh_id", "gh_login", "id", "name"], [["", 1, "alice", 1, "A"]])
    teams = _csv(
        ["avatar", "github_id", "id", "login", "name", "org_id"],
        [["", 9, 5, "github:rust-lang:libs", "libs", 3]],
    )
    return {
        f"{TOP}/metadata.json": json.dumps({"timestamp": "2020-10-01T02:00:01Z"}),
        f"{TOP}/README.md": "dump\n",
        f"{TOP}/data/crates.csv": crates,
        f"{TOP}/data/versions.csv": versions,
        f"{TOP}/data/dependencies.csv": dependencies,
        f"{TOP}/data/crate_owners.csv": owners,
        f"{TOP}/data/users.csv": users,
        f"{TOP}/data/teams.csv": teams,
        f"{TOP}/data/version_downloads.csv": _csv(["date", "downloads", "version_id"], []),
    }


def _ingest(tmp_path: Path, files: dict[str, str]) -> Store:
    dump = make_tar(tmp_path / "db-dump.tar.gz", dict(files))
    ingest_dump(dump, tmp_path / "store")
    return Store(tmp_path / "store")


def test_dump_into_store(tmp_path: Path) -> None:
    store = _ingest(tmp_path, _tables())
    assert store.crate_names == ["app", "log", "smallvec", "sval"]
    assert store.meta["dump_timestamp"] == "2020-10-01T02:00:01Z"
    assert store.has_downloads
    smallvec = store.crate_id("smallvec")
    assert smallvec is not None
    assert int(store.crate_downloads[smallvec]) == 900
    assert int(store.crate_created[smallvec]) == 1_577_836_800  # 2020-01-01 00:00:00 UTC
    assert store.meta["has_dates"]
    assert store.meta["dropped_unknown_crate"] == 1
    versions = store.crate_versions(smallvec)
    assert [store.version_text(v) for v in versions] == ["1.4.0", "1.5.0"]
    flags = np.asarray(store.ver_flags[versions.start : versions.stop])
    assert flags[1] & VERSION_YANKED and flags[0] & VERSION_LATEST  # latest skips yanked
    log = store.crate_id("log")
    assert log is not None
    assert store.owners(log) == ["alice", "github:rust-lang:libs"]
    assert store.texts("dep_names")[int(store.dep_name[store.rows_on_crate(log).start])] == (
        "logger"
    )

    affected = affected_mask(store, smallvec, lambda _v: True)
    for mode, expected in (
        (Mode.CONSERVATIVE, {"sval", "log", "app"}),
        (Mode.NO_OPTIONAL, {"sval"}),
        (Mode.FEATURES, {"sval", "app"}),  # app asks log for "kv", which turns on sval
    ):
        exposure = propagate(store, smallvec, affected, ExposureOptions(mode))
        assert {store.crate_names[c] for c in exposed_crates(store, exposure)} == expected


def test_older_dump_without_kind_and_explicit_name(tmp_path: Path) -> None:
    store = _ingest(tmp_path, _tables(explicit_name=False, kind=False))
    log = store.crate_id("log")
    assert log is not None
    row = store.rows_on_crate(log).start
    assert store.texts("dep_names")[int(store.dep_name[row])] == "log"
    assert int(store.dep_flags[row]) & 3 == 0  # a normal dependency


@pytest.mark.parametrize(
    ("drop", "replace", "message"),
    [
        ("dependencies.csv", None, "no dependencies.csv"),
        (None, ("versions.csv", "id,num\n1,1.0.0\n"), "versions.csv has no column 'crate_id'"),
    ],
)
def test_bad_dumps(
    tmp_path: Path, drop: str | None, replace: tuple[str, str] | None, message: str
) -> None:
    files = _tables()
    if drop:
        del files[f"{TOP}/data/{drop}"]
    if replace:
        files[f"{TOP}/data/{replace[0]}"] = replace[1]
    dump = make_tar(tmp_path / "db-dump.tar.gz", dict(files))
    with pytest.raises(DumpError, match=message) as info:
        ingest_dump(dump, tmp_path / "store")
    assert str(dump) in str(info.value) and "\n" not in str(info.value)
    assert not (tmp_path / "store").exists()


def test_index_and_a_dump_generated_from_it_give_the_same_store(tmp_path: Path) -> None:
    from cratewatch.ecosystem.index_source import local_crate_files, records_of
    from cratewatch.ecosystem.ingest import ingest_index
    from testdata.dumpgen import dump_from_index_records
    from tests.conftest import INDEX_SUBSET, require

    index = require(INDEX_SUBSET)
    ingest_index(str(index), tmp_path / "from-index")
    dump = tmp_path / "db-dump.tar.gz"
    dump_from_index_records(records_of(local_crate_files(index)), dump)
    ingest_dump(dump, tmp_path / "from-dump")
    a, b = Store(tmp_path / "from-index"), Store(tmp_path / "from-dump")
    assert a.crate_names == b.crate_names
    assert a.texts("version_nums") == b.texts("version_nums")
    for column in (
        "ver_flags",
        "crate_start",
        "dep_from",
        "dep_crate",
        "dep_flags",
        "dep_lo",
        "dep_hi",
        "dep_pre_lo",
        "dep_pre_hi",
        "crate_dependents",
    ):
        assert np.array_equal(np.asarray(getattr(a, column)), np.asarray(getattr(b, column))), (
            column
        )
    reqs_a, reqs_b = a.texts("dep_reqs"), b.texts("dep_reqs")
    assert [reqs_a[i] for i in a.dep_req] == [reqs_b[i] for i in b.dep_req]
    assert b.has_downloads and b.meta["has_owners"] and not a.has_downloads
