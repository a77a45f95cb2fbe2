"""Targets' items kept between runs: read back equal to what was read, used on the
second run, damaged entries read afresh, each shard bounded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cratewatch.reach import cache
from cratewatch.reach import run as reach_run
from cratewatch.reach.cache import cached_target, decoded, encoded
from cratewatch.reach.items import read_target
from cratewatch.scan.extract import read_directory
from tests.cli.test_audit_cli import run
from tests.reach.test_cli import DB
from tests.reach.test_workspaces import WORKSPACES


def _files(case: str, crate: str = "") -> dict[str, bytes]:
    root = WORKSPACES / case / ("vendor/" + crate if crate else "")
    return read_directory(root).files


@pytest.mark.parametrize(
    ("case", "crate", "root"),
    [
        ("re-export-chain", "http", "src/lib.rs"),
        ("deep-chain-function-pointers", "layer-b", "src/lib.rs"),
        ("macro-exported-by-dependency", "clockmacros", "src/lib.rs"),
        ("dyn-dispatch", "", "src/main.rs"),
    ],
)
def test_a_target_reads_back_as_it_was(case: str, crate: str, root: str) -> None:
    target = read_target(_files(case, crate), root)
    assert target.functions
    assert decoded(json.loads(json.dumps(encoded(target)))) == target


def test_the_second_run_reads_the_kept_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files("re-export-chain", "http")
    first = cached_target(files, "src/lib.rs", tmp_path)
    (entry,) = tmp_path.glob("*/*.json")

    def fails(*_: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(cache, "read_target", fails)
    assert cached_target(files, "src/lib.rs", tmp_path) == first
    entry.write_text('{"functions": [[1]]}')  # damaged: read afresh
    monkeypatch.undo()
    assert cached_target(files, "src/lib.rs", tmp_path) == first
    changed = {**files, "src/lib.rs": files["src/lib.rs"] + b"\npub fn added() {}\n"}
    assert cached_target(changed, "src/lib.rs", tmp_path) != first  # keyed by content


def test_each_shard_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_PER_SHARD", 3)
    for number in range(8):
        cache._store(tmp_path / "ab" / f"{number}.json", b"{}")
    assert len(list((tmp_path / "ab").glob("*.json"))) == 3


def test_a_projects_answers_are_kept_until_what_they_depend_on_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    shutil.copytree(WORKSPACES / "through-intermediate-crate", project)
    arguments = ("reach", project, *DB, "--format", "json")
    first = json.loads(run(*arguments).stdout)["findings"]
    assert [f["state"] for f in first] == ["reachable"]

    def unread(*_: object) -> None:
        raise AssertionError("a dependency was read")

    monkeypatch.setattr(reach_run, "_read_sources", unread)
    assert json.loads(run(*arguments).stdout)["findings"] == first  # kept
    monkeypatch.undo()
    # the helper crate no longer calls time: its file changed, the answer is made again
    helper = next((project / "vendor").glob("timefmt*/src/lib.rs"))
    helper.write_text(helper.read_text().replace("time::now()", "time::Tm::default()"))
    again = json.loads(run(*arguments).stdout)["findings"]
    assert [f["state"] for f in again] == ["not-reachable"]
    no_cache = json.loads(run(*arguments, "--no-cache").stdout)["findings"]
    assert no_cache == again
