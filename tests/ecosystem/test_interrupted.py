"""Interrupted runs: a SIGTERM cleans up on the way out, and what a killed run left behind
is removed by the next run, never what a live run is writing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from cratewatch.ecosystem.ingest import ingest_dump, ingest_index
from cratewatch.ecosystem.store import Store
from cratewatch.registry.leftovers import process_running, remove_stale
from cratewatch.registry.local import ArchiveIndex
from tests.conftest import PROJECT_ROOT
from tests.ecosystem.support import index_dep, index_record, write_index
from tests.ecosystem.test_dump_source import _tables
from tests.registry.support import CONFIG, line, make_tar

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals and process ids")

# Runs the CLI with one step replaced by "say 'ready', then wait to be stopped".
DRIVER = """
import sys, time
import {module} as target
def stalled(*args, **kwargs):
    print("ready", flush=True)
    time.sleep(60)
target.{name} = stalled
from cratewatch.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _dead_pid() -> int:
    command = [sys.executable, "-c", "import os; print(os.getpid())"]
    child = subprocess.run(command, check=True, capture_output=True, text=True)
    pid = int(child.stdout)
    assert not process_running(pid)
    return pid


def _index(tmp_path: Path) -> Path:
    records = [index_record("a", "1.0.0", [index_dep("b", "1")]), index_record("b", "1.0.0", [])]
    return write_index(records, tmp_path / "index")  # type: ignore[arg-type]


def _stop_while(module: str, name: str, args: list[str], tmp_dir: Path) -> None:
    """Run the CLI with ``module.name`` stalled and SIGTERM it there: it must stop at
    once with a failing exit code and at most a one-line message."""
    env = {**os.environ, "TMPDIR": str(tmp_dir), "PYTHONPATH": str(PROJECT_ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER.format(module=module, name=name), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready", process.communicate()
    process.send_signal(signal.SIGTERM)
    try:
        _out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode not in (0, 1, -signal.SIGTERM), err  # stopped by the handler
    assert "Traceback" not in err and len(err.splitlines()) <= 1, err


def test_sigterm_while_reading_a_dump_removes_the_extracted_tables(tmp_path: Path) -> None:
    dump = make_tar(tmp_path / "db-dump.tar.gz", _tables())
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    store = tmp_path / "store"
    args = ["ecosystem", "ingest", "--dump", str(dump), "--store", str(store)]
    _stop_while("cratewatch.ecosystem.dump_source", "_load", args, scratch)
    assert list(scratch.iterdir()) == []  # the extracted CSV files are gone
    assert not store.exists() and list(tmp_path.glob(".store.*")) == []


def test_sigterm_while_writing_the_store_keeps_the_previous_one(tmp_path: Path) -> None:
    index = _index(tmp_path)
    store = tmp_path / "store"
    ingest_index(str(index), store)
    before = sorted(p.name for p in store.iterdir())
    args = ["ecosystem", "ingest", "--index", str(index), "--store", str(store)]
    # np.save is the store's column writer: stop the run halfway through the new store
    _stop_while("numpy", "save", args, tmp_path)
    assert list(tmp_path.glob(".store.*")) == []
    assert sorted(p.name for p in store.iterdir()) == before
    assert Store(store).crate_names == ["a", "b"]


def test_leftovers_of_dead_runs_are_removed_and_live_runs_kept(tmp_path: Path) -> None:
    dead, live = _dead_pid(), os.getppid()
    index = _index(tmp_path)
    store = tmp_path / "store"
    leftovers = {
        f".store.{dead}.old": True,  # dead run: removed
        f".store.{dead}.tmp": True,
        f".store.{live}.tmp": False,  # a live run's, recent: kept
        f".store.{live}.old": True,  # a live run's (or a reused id), but two days old
        f".other.{dead}.tmp": False,  # another store's: not ours to judge here
        f".store.{dead}.tmp.keep": False,  # not a name we write
    }
    for name in leftovers:
        (tmp_path / name).mkdir()
        (tmp_path / name / "crate_names.txt").write_text("x" * 1000)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(tmp_path / f".store.{live}.old", (two_days_ago, two_days_ago))
    ingest_index(str(index), store)
    remaining = {p.name for p in tmp_path.iterdir() if p.name.startswith(".")}
    assert remaining == {name for name, gone in leftovers.items() if not gone}

    # opening a store cleans up beside it too
    (tmp_path / f".store.{dead}.old").mkdir()
    Store(store)
    assert not (tmp_path / f".store.{dead}.old").exists()


def test_leftover_archive_caches_and_dump_tables_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead, live = _dead_pid(), os.getppid()
    archive = make_tar(
        tmp_path / "index.tar.gz", {"config.json": CONFIG, "1/a": line("a", "1.0.0")}
    )
    caches = tmp_path / "cache" / "index-archives"
    caches.mkdir(parents=True)
    stale = caches / f"{'ab' * 12}.sqlite3.{dead}.140000.tmp"
    running = caches / f"{'cd' * 12}.sqlite3.{live}.140000.tmp"
    for file in (stale, running):
        file.write_bytes(b"\0" * 4096)
    index = ArchiveIndex(archive, cache_dir=tmp_path / "cache")
    assert index.versions("a") is not None
    index.close()
    assert not stale.exists() and running.exists()

    scratch = tmp_path / "tmp"
    (scratch / f"cratewatch-dump-{dead}-k2j4_x9a").mkdir(parents=True)
    (scratch / f"cratewatch-dump-{live}-abcdefgh").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ingest_dump(make_tar(tmp_path / "db-dump.tar.gz", _tables()), tmp_path / "store")
    assert [p.name for p in scratch.iterdir()] == [f"cratewatch-dump-{live}-abcdefgh"]


def test_remove_stale_never_follows_links_and_never_raises(tmp_path: Path) -> None:
    dead = _dead_pid()
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("keep")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / f".s.{dead}.tmp").symlink_to(precious, target_is_directory=True)
    pattern = re.compile(r"\.s\.(?P<pid>\d+)\.tmp")
    assert remove_stale(folder, pattern) == [folder / f".s.{dead}.tmp"]
    assert (precious / "keep.txt").read_text() == "keep"
    assert remove_stale(tmp_path / "missing", pattern) == []
