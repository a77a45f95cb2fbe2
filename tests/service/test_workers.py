"""The service end to end below the API: events recorded, jobs claimed by workers, crates
downloaded from a registry on 127.0.0.1 and screened, results and notifications saved.
On SQLite and on a real PostgreSQL; a worker killed with SIGKILL loses nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cratewatch.registry.download import CrateDownloader
from cratewatch.service.model import Published, Risk, TriageState, VersionKey
from cratewatch.service.queue import NOTIFY, JobState
from cratewatch.service.runner import Service, deliver_due
from cratewatch.service.store import Store
from cratewatch.service.worker import StoreView, WorkerSettings, crate_file, process_one
from tests.registry.support import IndexServer, serving
from tests.registry.test_download import publish, set_dl
from tests.service.support import INCIDENTS, NETWORK_BUILD_RS, pack_directory, simple_crate

NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[IndexServer]:
    root = tmp_path / "served"
    root.mkdir()
    original = CrateDownloader.__init__

    def local(self: CrateDownloader, registry: str = "", **kwargs: object) -> None:
        kwargs.setdefault("client", httpx.Client(trust_env=False, timeout=10))
        original(self, registry, **kwargs)  # type: ignore[arg-type]

    # the workers' own clients, kept off any proxy of the environment: 127.0.0.1 only
    monkeypatch.setattr(CrateDownloader, "__init__", local)
    with serving(root) as server:
        set_dl(server, server.base_url + "api/v1/crates")
        yield server


def _release(server: IndexServer, crate: Path, name: str, version: str) -> Published:
    data = crate.read_bytes()
    publish(server, name, version, data)
    return Published(name, version, hashlib.sha256(data).hexdigest(), "git-index", NOW)


def _settings(tmp_path: Path, server: IndexServer, **extra: object) -> WorkerSettings:
    return WorkerSettings(tmp_path / "crates", server.base_url, **extra)  # type: ignore[arg-type]


def _drain(store: Store, settings: WorkerSettings) -> int:
    view = StoreView(store, settings.crate_dir)
    done = 0
    while process_one(store, settings, view, worker="test"):
        done += 1
    return done


def test_published_versions_are_downloaded_screened_and_kept(
    tmp_path: Path, registry: IndexServer, store_url: str
) -> None:
    crates = tmp_path / "built"
    events = [
        _release(registry, simple_crate(crates, "parsely", "1.0.0"), "parsely", "1.0.0"),
        _release(
            registry,
            simple_crate(
                crates, "parsely", "1.1.0", 'build = "build.rs"\n', {"build.rs": NETWORK_BUILD_RS}
            ),
            "parsely",
            "1.1.0",
        ),
        _release(registry, *pack_directory(INCIDENTS / "evm-units-loader", crates)),
    ]
    settings = _settings(tmp_path, registry, notify_channels=("hook",))
    with Store(store_url) as store:
        assert all(store.record_event(e) for e in events)
        assert not store.record_event(events[0])  # a feed repeating itself is no news
        assert _drain(store, settings) == 3
        assert _drain(store, settings) == 0
        first = store.version(VersionKey("parsely", "1.0.0", events[0].checksum or ""))
        update = store.version(VersionKey("parsely", "1.1.0", events[1].checksum or ""))
        malicious = store.version(
            VersionKey(events[2].name, events[2].version, events[2].checksum or "")
        )
        assert first is not None and update is not None and malicious is not None
        assert first.version.state is TriageState.AUTO_CLEAN, first.screenings[-1].signals
        # the update is diffed against the kept archive of 1.0.0
        assert update.screenings[-1].diff is not None
        assert "diff-risky" in {s.code for s in update.screenings[-1].signals}
        assert update.version.state is TriageState.NEEDS_REVIEW
        assert malicious.version.risk is not None and malicious.version.risk.rank >= Risk.HIGH.rank
        assert crate_file(settings.crate_dir, first.version.key).is_file()
        # one notification per version needing review, on the configured channel
        notes = store.jobs(kind=NOTIFY, state=JobState.QUEUED)
        assert {n.payload["payload"]["crate"] for n in notes} == {
            "parsely",
            events[2].name,
        }


def test_a_version_the_registry_does_not_serve_fails_with_its_reason(
    tmp_path: Path, registry: IndexServer, store_url: str
) -> None:
    missing = Published("ghost", "1.0.0", "0" * 64, "git-index", NOW)
    with Store(store_url, max_attempts=2) as store:
        store.record_event(missing)
        settings = _settings(tmp_path, registry)
        assert _drain(store, settings) == 1  # the first attempt, then a backoff
        [job] = store.jobs()
        assert job.attempts == 1 and "ghost 1.0.0" in (job.last_error or "")


def test_a_screening_over_its_time_limit_is_stopped(
    tmp_path: Path, registry: IndexServer, store_url: str
) -> None:
    crates = tmp_path / "built"
    event = _release(registry, simple_crate(crates, "slow", "1.0.0"), "slow", "1.0.0")
    settings = _settings(tmp_path, registry, time_limit=0.000001)
    with Store(store_url, max_attempts=1) as store:
        store.record_event(event)
        assert _drain(store, settings) == 1
        [job] = store.jobs()
        assert job.state.value == "failed" and "more than" in (job.last_error or "")


def test_notifications_are_delivered_to_a_webhook(
    tmp_path: Path, registry: IndexServer, store_url: str
) -> None:
    import threading
    from http.server import ThreadingHTTPServer

    from tests.service.test_notify import _Receiver

    handler = type("Handler", (_Receiver,), {"received": [], "status": 200})
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        from cratewatch.service.notify import WebhookTarget

        crates = tmp_path / "built"
        event = _release(registry, *pack_directory(INCIDENTS / "evm-units-loader", crates))
        settings = _settings(tmp_path, registry, notify_channels=("hook",))
        with Store(store_url) as store:
            store.record_event(event)
            _drain(store, settings)
            url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
            assert deliver_due(store, {"hook": WebhookTarget(url, "k")}) == 1
            assert deliver_due(store, {"hook": WebhookTarget(url, "k")}) == 0
        [(headers, _)] = handler.received
        assert headers["X-Cratewatch-Event"] == "needs-review"
    finally:
        receiver.shutdown()
        receiver.server_close()


def test_a_killed_worker_loses_nothing_and_screens_nothing_twice(
    tmp_path: Path, registry: IndexServer
) -> None:
    url = f"sqlite:///{tmp_path / 'service.sqlite3'}"
    crates = tmp_path / "built"
    events = [
        _release(registry, simple_crate(crates, f"crate{i}", "1.0.0"), f"crate{i}", "1.0.0")
        for i in range(12)
    ]
    keys = [VersionKey(e.name, e.version, e.checksum or "") for e in events]
    settings = _settings(tmp_path, registry, lease=2.0)
    with Store(url) as store:
        for event in events:
            store.record_event(event)
    service = Service(url, settings, workers=2)
    service.start()
    try:
        time.sleep(1.0)
        for process in service._processes:  # kill -9 mid-run
            if process.pid is not None:
                os.kill(process.pid, signal.SIGKILL)
    finally:
        service.stop()
    # a new service finishes the work, reclaiming what the killed workers held
    service = Service(url, settings, workers=2)
    service.start()
    try:
        deadline = time.monotonic() + 60
        with Store(url) as store:
            while time.monotonic() < deadline:
                screened = [store.version(key) for key in keys]
                if all(v is not None and v.screenings for v in screened):
                    break
                time.sleep(0.5)
            counts = store.job_counts()
            errors = {j.last_error for j in store.jobs()}
    finally:
        service.stop()
    assert all(v is not None and len(v.screenings) == 1 for v in screened), (counts, errors)
    assert counts[JobState.DONE] == len(events), counts


def test_a_dependency_is_young_only_when_the_store_saw_it_appear_lately(
    tmp_path: Path, registry: IndexServer
) -> None:
    url = f"sqlite:///{tmp_path / 'service.sqlite3'}"
    crates = tmp_path / "built"
    depends = '[dependencies]\nold-lib = "1"\nyoung-lib = "1"\nunknown-lib = "1"\n'
    old = _release(registry, simple_crate(crates, "old-lib", "1.0.0"), "old-lib", "1.0.0")
    young = _release(registry, simple_crate(crates, "young-lib", "1.0.0"), "young-lib", "1.0.0")
    app = _release(registry, simple_crate(crates, "app", "0.1.0", depends), "app", "0.1.0")
    settings = _settings(tmp_path, registry)
    with Store(url) as store:
        store.record_event(old._replace(seen=NOW - dt.timedelta(days=400), published=None))
        store.record_event(young._replace(seen=NOW - dt.timedelta(hours=3)))
        store.record_event(app._replace(published=NOW))
        _drain(store, settings)
        detail = store.version(VersionKey("app", "0.1.0", app.checksum or ""))
    assert detail is not None
    young_signals = [
        s for s in detail.screenings[-1].signals if s.code == "new-dependency-on-young-crate"
    ]
    # the crate first seen three hours before, not the old one, nor one the store never saw
    assert [s.message.count("young-lib") > 0 for s in young_signals] == [True]
    assert not any("old-lib" in s.message or "unknown-lib" in s.message for s in young_signals)
