"""Ingesting a hostile registry: a bad line or file is skipped and reported (file or URL,
line, crate, version), the good ones are kept, and nothing is an internal error."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cratewatch.ecosystem.exposure import ExposureOptions, Mode, affected_mask, propagate
from cratewatch.ecosystem.ingest import ingest_dump, ingest_index
from cratewatch.ecosystem.store import Store
from tests.cli.test_audit_cli import run
from tests.ecosystem.support import index_dep, index_record
from tests.ecosystem.test_dump_source import TOP, _tables
from tests.registry.support import make_tar, serving

DEEP = "[" * 100_000 + "]" * 100_000


def _line(record: dict[str, object]) -> str:
    return json.dumps(record)


def _files() -> dict[str, str]:
    deep_lines = [
        _line(index_record("deep", "1.0.0", [])),
        DEEP,  # line 2
        _line(index_record("deep", "1.0.1", [index_dep("leaf", "1", kind=["normal"])])),
        _line(index_record("deep", "1.0.2", [], yanked="no")),
        _line(index_record("deep", "1.0.3", [], features={"std": [["nested"]]})),
        _line(index_record("deep", "1.0.4", [index_dep("leaf", "1", optional=1)])),
        _line(index_record("deep", "1.0.5", [{"name": "leaf", "req": {"a": 1}}])),
        _line(index_record("deep", "1.1.0", [index_dep("leaf", "1")])),
    ]
    return {
        "config.json": '{"dl": "http://127.0.0.1/dl"}',
        "to/p-/top-app": _line(index_record("top-app", "1.0.0", [index_dep("deep", "1")])) + "\n",
        "de/ep/deep": "\n".join(deep_lines) + "\n",
        "le/af/leaf": _line(index_record("leaf", "1.0.0", [])) + "\n",
    }


PROBLEMS = [
    "de/ep/deep: line 2 (crate deep): malformed JSON (nested too deeply)",
    "de/ep/deep: line 3 (crate deep): version 1.0.1: dependency 1 ('leaf'): "
    "'kind' is a list, not a string",
    "de/ep/deep: line 4 (crate deep): version 1.0.2: 'yanked' is a string, not a boolean",
    "de/ep/deep: line 5 (crate deep): version 1.0.3: 'features' entry 'std' is not a list "
    "of strings",
    "de/ep/deep: line 6 (crate deep): version 1.0.4: dependency 1 ('leaf'): "
    "'optional' is a number, not a boolean",
    "de/ep/deep: line 7 (crate deep): version 1.0.5: dependency 1 ('leaf'): "
    "'req' is an object, not a string",
]


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content)
    return root


def _check(store: Store, where: str) -> None:
    deep = store.crate_id("deep")
    assert deep is not None
    assert [store.version_text(v) for v in store.crate_versions(deep)] == ["1.0.0", "1.1.0"]
    assert store.meta["skipped_lines"] == len(PROBLEMS)
    problems = store.meta["problems"]
    assert [p.removeprefix(where) for p in problems[: len(PROBLEMS)]] == PROBLEMS
    leaf = store.crate_id("leaf")
    assert leaf is not None
    exposure = propagate(
        store, leaf, affected_mask(store, leaf, lambda _v: True), ExposureOptions()
    )
    top = store.crate_id("top-app")
    assert top is not None
    assert exposure.exposed[store.latest_version(top)]  # through the good line of deep


def test_index_directory(tmp_path: Path) -> None:
    root = _write(tmp_path / "index", _files())
    ingest_index(str(root), tmp_path / "store")
    _check(Store(tmp_path / "store"), f"{root}/")


def test_index_archive(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "index.tar.gz", {f"index/{k}": v for k, v in _files().items()})
    ingest_index(str(archive), tmp_path / "store")
    _check(Store(tmp_path / "store"), f"{archive}:index/")


def test_sparse_index_over_http(tmp_path: Path) -> None:
    root = _write(tmp_path / "served", _files())
    with serving(root) as server:
        ingest_index(server.base_url, tmp_path / "store", roots=["top-app"])
        _check(Store(tmp_path / "store"), server.base_url)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_files_are_skipped_and_the_cli_reports_everything(tmp_path: Path) -> None:
    root = _write(tmp_path / "index", _files())
    os.mkfifo(root / "le" / "af" / "leafy")
    (root / "ze" / "ro").mkdir(parents=True)
    (root / "ze" / "ro" / "zero").symlink_to("/dev/zero")
    (root / "3" / "e").mkdir(parents=True)
    evil = "\x1b[2Kerror: all fine"  # a crate name that would rewrite the terminal line
    (root / "3" / "e" / "esc").write_text(_line(index_record(evil, "1.0.0", [])) + "\n{\n")
    result = run("ecosystem", "ingest", "--index", root, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert "skipped, unreadable: 8 index lines and 2 crate files" in result.output
    assert f"{root}/le/af/leafy: a FIFO, not a file" in result.output
    assert f"{root}/ze/ro/zero: a character device, not a file" in result.output
    assert f"{root}/3/e/esc: line 1 (crate esc): the line is about crate '\\x1b[2K" in result.output
    assert f"{root}/3/e/esc: line 2 (crate esc): malformed JSON" in result.output
    assert "\x1b" not in result.output
    document = json.loads(
        run(
            "ecosystem", "ingest", "--index", root, "--store", tmp_path / "s2", "--format", "json"
        ).stdout
    )
    assert (document["skipped_lines"], document["skipped_files"]) == (8, 2)
    assert len(document["problems"]) == 10


def test_many_problems_are_counted_and_a_few_kept(tmp_path: Path) -> None:
    lines = [_line(index_record("many", "1.0.0", []))] + ["{"] * 50
    root = _write(tmp_path / "index", {**_files(), "ma/ny/many": "\n".join(lines)})
    result = run("ecosystem", "ingest", "--index", root, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert "skipped, unreadable: 56 index lines" in result.output
    assert "… and 36 more" in result.output


def test_a_deeply_nested_dump_metadata_is_reported_and_ignored(tmp_path: Path) -> None:
    files = {**_tables(), f"{TOP}/metadata.json": DEEP}
    dump = make_tar(tmp_path / "db-dump.tar.gz", files)
    meta = ingest_dump(dump, tmp_path / "store")
    assert meta["dump_timestamp"] is None and meta["crates"] == 4
    assert meta["problems"] == [
        f"{dump}:{TOP}/metadata.json: malformed JSON (nested too deeply); ignored"
    ]
    odd = {**_tables(), f"{TOP}/metadata.json": json.dumps({"timestamp": [[["x"]]]})}
    meta = ingest_dump(make_tar(tmp_path / "d2.tar.gz", odd), tmp_path / "s2")
    assert meta["dump_timestamp"] is None and meta["problems"] == []
    result = run("ecosystem", "ingest", "--dump", dump, "--store", tmp_path / "s3")
    assert result.exit_code == 0, result.stderr
    assert "problems:" in result.output and "nested too deeply" in result.output


def test_feature_mode_reads_a_nested_features_column(tmp_path: Path) -> None:
    tables = _tables()
    deep = json.dumps(DEEP)[1:-1]  # the CSV cell holds the text as it is
    tables[f"{TOP}/data/versions.csv"] = tables[f"{TOP}/data/versions.csv"].replace(
        '"{""kv"": [""sval""], ""default"": []}"', deep
    )
    assert deep in tables[f"{TOP}/data/versions.csv"]
    ingest_dump(make_tar(tmp_path / "db-dump.tar.gz", tables), tmp_path / "store")
    store = Store(tmp_path / "store")
    smallvec = store.crate_id("smallvec")
    assert smallvec is not None
    affected = affected_mask(store, smallvec, lambda _v: True)
    exposure = propagate(store, smallvec, affected, ExposureOptions(Mode.FEATURES))
    assert exposure.exposed.any()
