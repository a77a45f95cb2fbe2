"""The running service imports the owners' dump: at start and whenever the file changes,
in the background, one log line per import; a bad dump is one line naming the file and
the previous import stays. The ``owners-dump`` setting and ``--owners-dump`` flag."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cratewatch.errors import ConfigError
from cratewatch.service.runner import Service
from cratewatch.service.settings import load_service_settings
from cratewatch.service.store import Store
from cratewatch.service.worker import WorkerSettings
from tests.service.test_owners import T0, Registry, small_registry


def _until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _replace(target: Path, source: Path, mtime_ns: int) -> None:
    """Put ``source`` at ``target`` as a dump is best replaced: renamed over it."""
    os.utime(source, ns=(mtime_ns, mtime_ns))
    source.replace(target)


def _owner_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("owners: ")]


def test_the_service_imports_at_start_and_again_when_the_file_changes(
    store_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cratewatch.service")
    dump = tmp_path / "db-dump.tar.gz"
    _replace(dump, small_registry().write(tmp_path / "first.tar.gz"), 1_700_000_000 * 10**9)
    service = Service(
        store_url,
        WorkerSettings(tmp_path / "crates", "http://127.0.0.1:9/"),
        workers=0,
        owners_dump=dump,
        owners_interval=0.1,
    )
    with Store(store_url) as store:
        service.start()
        try:
            _until(lambda: store.owner_import() is not None)
            first = store.owner_import()
            assert first is not None and first.crates == 2
            _until(lambda: len(_owner_lines(caplog)) == 1)
            (line,) = _owner_lines(caplog)
            assert line.startswith(f"owners: imported {dump} (dump of ")
            assert line.endswith(" s") and "2 crates, 4 owners, 2 publishers in " in line

            time.sleep(0.5)  # the file unchanged: nothing more
            assert store.owner_import() == first and len(_owner_lines(caplog)) == 1

            newer = Registry()
            newer.crate("parse-ly", T0, [("2.0.0", T0, "zed")], [("zed", T0)])
            _replace(dump, newer.write(tmp_path / "second.tar.gz"), 1_700_000_100 * 10**9)
            _until(lambda: (store.owner_import() or first).crates == 1)
            history = store.owner_history("parse-ly")
            assert history is not None and [o.login for o in history.owners] == ["zed"]

            broken = tmp_path / "broken.tar.gz"
            broken.write_bytes(b"half a download")
            _replace(dump, broken, 1_700_000_200 * 10**9)
            _until(lambda: len(_owner_lines(caplog)) == 3)
            time.sleep(0.5)  # a bad file is not tried again and again
        finally:
            service.stop()
        lines = _owner_lines(caplog)
        assert len(lines) == 3, lines
        assert lines[2].startswith(f"owners: {dump}: not a readable tar archive (")
        assert [r.levelname for r in caplog.records if "owners: " in r.getMessage()] == [
            "INFO",
            "INFO",
            "WARNING",
        ]
        # the previous import is kept
        assert store.owner_history("parse-ly") == history


def test_at_start_a_dump_imported_already_is_not_imported_again(
    store_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from cratewatch.service.owners import import_owners

    caplog.set_level(logging.INFO, logger="cratewatch.service")
    dump = small_registry().write(tmp_path / "db-dump.tar.gz")
    with Store(store_url) as store:
        done = import_owners(store, dump)
        service = Service(
            store_url,
            WorkerSettings(tmp_path / "crates", "http://127.0.0.1:9/"),
            workers=0,
            owners_dump=dump,
            owners_interval=0.1,
        )
        service.start()
        try:
            _until(lambda: _owner_lines(caplog))
            time.sleep(0.3)
        finally:
            service.stop()
        assert _owner_lines(caplog) == [f"owners: {dump} imported already ({done.imported})"]
        assert store.owner_import() == done


def test_a_missing_dump_is_imported_once_it_appears(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cratewatch.service")
    url = f"sqlite:///{tmp_path / 'service.sqlite3'}"
    dump = tmp_path / "db-dump.tar.gz"
    service = Service(
        url,
        WorkerSettings(tmp_path / "crates", "http://127.0.0.1:9/"),
        workers=0,
        owners_dump=dump,
        owners_interval=0.1,
    )
    service.start()
    try:
        _until(lambda: _owner_lines(caplog))
        time.sleep(0.3)
        assert _owner_lines(caplog) == [f"owners: {dump}: no such file"]
        small_registry().write(tmp_path / "later.tar.gz").replace(dump)
        _until(lambda: len(_owner_lines(caplog)) == 2)
    finally:
        service.stop()
    assert _owner_lines(caplog)[1].startswith(f"owners: imported {dump} ")


# -- settings and flags -----------------------------------------------------------------


def test_the_owners_dump_setting_is_relative_to_the_configuration(tmp_path: Path) -> None:
    config = tmp_path / "cratewatch.toml"
    config.write_text('[service]\nowners-dump = "dumps/db-dump.tar.gz"\n')
    assert load_service_settings(config).owners_dump == tmp_path / "dumps" / "db-dump.tar.gz"
    config.write_text('[service]\nowners-dump = ""\n')
    with pytest.raises(ConfigError, match=r"service\.owners-dump must be a non-empty string"):
        load_service_settings(config)
    assert load_service_settings(None).owners_dump is None


def test_watch_with_owners_dump_imports_it_and_reports_a_bad_one_in_one_line(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'service.sqlite3'}"
    dump = small_registry().write(tmp_path / "db-dump.tar.gz")
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(b"\x1f\x8b not really")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    config = tmp_path / "cratewatch.toml"
    config.write_text(f'[service]\nowners-dump = "{bad.name}"\n')
    errors = tmp_path / "stderr.txt"

    def watch(*extra: str) -> subprocess.Popen[bytes]:
        with errors.open("w") as err:
            return subprocess.Popen(
                [
                    *(sys.executable, "-m", "cratewatch", "watch", "--store", url),
                    *("--inbox", str(inbox), "--workers", "1", "--registry", "http://127.0.0.1:9/"),
                    *extra,
                ],
                stderr=err,
            )

    def stop(process: subprocess.Popen[bytes]) -> None:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)

    # the flag overrides the configuration's (bad) dump
    process = watch("--config", str(config), "--owners-dump", str(dump))
    try:
        with Store(url) as store:
            _until(lambda: store.owner_import() is not None)
            found = store.owner_import()
            assert found is not None and found.file == str(dump) and found.owners == 4
    finally:
        stop(process)

    process = watch("--config", str(config))
    try:
        _until(lambda: "owners: " in errors.read_text())
        time.sleep(0.5)
    finally:
        stop(process)
    text = errors.read_text()
    lines = [line for line in text.splitlines() if "owners" in line]
    assert len(lines) == 1 and lines[0].startswith(f"cratewatch: owners: {bad}: not a readable"), (
        text
    )
    assert "Traceback" not in text
