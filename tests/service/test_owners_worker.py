"""The owner signals in the running service: a database dump imported into the store,
versions screened by a worker (``process_one``), and the publish hook naming who
published a version the dump does not have yet. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import warnings
from pathlib import Path

import pytest

from cratewatch.service.api import ApiSettings, create_app
from cratewatch.service.model import Published, Risk, Role, Signal, TriageState, VersionKey
from cratewatch.service.owners import import_owners
from cratewatch.service.store import Store
from cratewatch.service.worker import StoreView, WorkerSettings, process_one
from tests.service.support import simple_crate
from tests.service.test_owners import T0, Registry

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "Using `httpx` with")
    from fastapi.testclient import TestClient

NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)
UTC = dt.UTC


def _dump(tmp_path: Path, new_owner_since: dt.datetime) -> Path:
    """parsely: published since January 2025 by alice; mallory made an owner lately."""
    registry = Registry()
    registry.crate(
        "parsely",
        T0,
        [("1.0.0", T0, "alice"), ("1.1.0", T0 + dt.timedelta(days=100), "alice")],
        [("alice", T0), ("mallory", new_owner_since)],
    )
    registry.crate("quiet", T0, [("1.0.0", T0, "carol")], [("carol", T0)])
    return registry.write(tmp_path / "db-dump.tar.gz")


def _worker(tmp_path: Path) -> tuple[WorkerSettings, Path]:
    crate_dir = tmp_path / "crates"
    # every archive is local: nothing is downloaded from this registry
    return WorkerSettings(crate_dir, "http://127.0.0.1:9/", time_limit=60), crate_dir


def _screen(store: Store, tmp_path: Path, event: Published) -> tuple[Signal, ...]:
    settings, crate_dir = _worker(tmp_path)
    assert store.record_event(event)
    assert process_one(store, settings, StoreView(store, crate_dir), worker="test")
    detail = store.version(VersionKey(event.name, event.version, event.checksum or ""))
    assert detail is not None and detail.screenings, detail
    return detail.screenings[-1].signals


def _event(tmp_path: Path, name: str, version: str, **extra: object) -> Published:
    crate = simple_crate(tmp_path / "built", name, version)
    checksum = hashlib.sha256(crate.read_bytes()).hexdigest()
    event = Published(name, version, checksum, "inbox", NOW, published=NOW)
    return event._replace(crate_path=str(crate), **extra)


def test_an_owner_added_two_days_before_a_new_version_gives_new_publisher(
    store: Store, tmp_path: Path
) -> None:
    import_owners(store, _dump(tmp_path, NOW - dt.timedelta(days=2)))
    # the store has seen no earlier version: the dump says how old the crate is
    event = _event(tmp_path, "parsely", "1.2.0")
    signals = _screen(store, tmp_path, event)
    owners = [s for s in signals if s.code == "new-publisher"]
    assert owners == [
        Signal(
            "new-publisher",
            Risk.MEDIUM,
            "mallory became an owner on 2026-12-02, 2 days before this version",
        )
    ]
    detail = store.version(VersionKey(event.name, event.version, event.checksum or ""))
    assert detail is not None and detail.version.state is TriageState.NEEDS_REVIEW


def test_an_established_crate_with_its_usual_owners_gives_none(
    store: Store, tmp_path: Path
) -> None:
    import_owners(store, _dump(tmp_path, NOW - dt.timedelta(days=2)))
    signals = _screen(store, tmp_path, _event(tmp_path, "quiet", "1.1.0", publisher="carol"))
    assert not [s for s in signals if s.code == "new-publisher"], signals


def test_without_a_dump_the_owner_signals_stay_silent(store: Store, tmp_path: Path) -> None:
    signals = _screen(store, tmp_path, _event(tmp_path, "parsely", "1.2.0", publisher="trudy"))
    assert not [s for s in signals if s.code == "new-publisher"], signals


def test_the_events_publisher_is_the_versions_when_the_dump_has_none(
    store: Store, tmp_path: Path
) -> None:
    # an owner for long: only the publisher is new
    import_owners(store, _dump(tmp_path, T0))
    signals = _screen(store, tmp_path, _event(tmp_path, "parsely", "1.2.0", publisher="trudy"))
    assert [s for s in signals if s.code == "new-publisher"] == [
        Signal(
            "new-publisher",
            Risk.MEDIUM,
            "published by trudy, who published none of the 2 earlier versions",
        )
    ]


@pytest.fixture
def hook(store: Store, tmp_path: Path) -> TestClient:
    _settings, crate_dir = _worker(tmp_path)
    app = create_app(store, ApiSettings(crate_dir=crate_dir))
    return TestClient(app)


def _upload(client: TestClient, secret: str, tmp_path: Path, version: str, who: str) -> None:
    """parsely ``version`` uploaded through the hook, naming ``who`` published it."""
    archive = simple_crate(tmp_path / version, "parsely", version)
    response = client.post(
        f"/api/v1/publish?name=parsely&version={version}&publisher={who}",
        content=archive.read_bytes(),
        headers={"Authorization": f"Bearer {secret}", "Content-Type": "application/octet-stream"},
    )
    assert response.status_code == 202, response.text
    assert response.json()["recorded"] is True


def test_the_publish_hooks_publisher_gives_new_publisher(
    store: Store, tmp_path: Path, hook: TestClient
) -> None:
    # the screening counts from its own clock when the hook gives no publication time
    now = dt.datetime.now(UTC)
    import_owners(store, _dump(tmp_path, now - dt.timedelta(days=2)))
    secret = store.create_token("registry", Role.REVIEWER).secret
    settings, crate_dir = _worker(tmp_path)
    view = StoreView(store, crate_dir)

    with hook:
        _upload(hook, secret, tmp_path, "1.2.0", "trudy")
        assert process_one(store, settings, view)
        _upload(hook, secret, tmp_path, "1.3.0", "mallory")
        assert process_one(store, settings, view)

    def owner_signals(version: str) -> list[Signal]:
        (row,) = [r for r in store.crate_history("parsely") if r.key.version == version]
        detail = store.version(row.key)
        assert detail is not None
        return [s for s in detail.screenings[-1].signals if s.code == "new-publisher"]

    since = (now - dt.timedelta(days=2)).date().isoformat()
    assert owner_signals("1.2.0") == [
        Signal(
            "new-publisher",
            Risk.MEDIUM,
            "published by trudy, who published none of the 2 earlier versions",
        ),
        Signal(
            "new-publisher",
            Risk.MEDIUM,
            f"mallory became an owner on {since}, 2 days before this version",
        ),
    ]
    # the newly added owner publishing: high; the hook's trudy counts as an earlier publisher
    assert owner_signals("1.3.0") == [
        Signal(
            "new-publisher",
            Risk.HIGH,
            f"published by mallory, an owner since {since}, who published none of the 3 "
            "earlier versions",
        )
    ]
    history = store.owner_history("parsely")
    assert history is not None
    assert history.publishers[-2:] == (("1.2.0", "trudy"), ("1.3.0", "mallory"))


def test_the_hook_refuses_a_publisher_that_is_not_a_login(
    store: Store, tmp_path: Path, hook: TestClient
) -> None:
    secret = store.create_token("registry", Role.REVIEWER).secret
    with hook:
        response = hook.post(
            "/api/v1/publish",
            json={"name": "parsely", "version": "1.2.0", "publisher": "trudy<script>"},
            headers={"Authorization": f"Bearer {secret}"},
        )
    assert response.status_code == 400
    assert "publisher" in response.text
    assert store.jobs() == ()


def test_an_owner_of_known_or_confirmed_malware_is_a_signal_on_their_other_crates(
    store: Store, tmp_path: Path
) -> None:
    """mallory owns parsely and a crate an advisory names; carol owns quiet and a crate
    a reviewer confirmed malicious. Each other crate of theirs is flagged."""
    registry = Registry()
    registry.crate("parsely", T0, [("1.0.0", T0, "mallory")], [("mallory", T0)])
    registry.crate("arone", T0, [("0.1.0", T0, "mallory")], [("mallory", T0)])
    registry.crate("quiet", T0, [("1.0.0", T0, "carol")], [("carol", T0)])
    registry.crate("trapdoor", T0, [("0.1.0", T0, "carol")], [("carol", T0)])
    import_owners(store, registry.write(tmp_path / "db-dump.tar.gz"))
    settings, crate_dir = _worker(tmp_path)
    view = StoreView(store, crate_dir, malicious={"arone": "RUSTSEC-2026-0259"})

    trapdoor = _event(tmp_path, "trapdoor", "0.1.0")
    assert store.record_event(trapdoor)
    assert process_one(store, settings, view, worker="test")
    key = VersionKey("trapdoor", "0.1.0", trapdoor.checksum or "")
    store.set_triage(key, TriageState.CONFIRMED_MALICIOUS, "reviewer", "a dropper")

    found = {}
    for name in ("parsely", "quiet"):
        event = _event(tmp_path, name, "1.1.0")
        assert store.record_event(event)
        assert process_one(store, settings, view, worker="test")
        detail = store.version(VersionKey(name, "1.1.0", event.checksum or ""))
        assert detail is not None
        found[name] = [
            (s.risk, s.message)
            for s in detail.screenings[-1].signals
            if s.code == "owner-of-malicious-crate"
        ]
    assert found == {
        "parsely": [(Risk.HIGH, "owner mallory also owns arone (RUSTSEC-2026-0259)")],
        "quiet": [
            (Risk.HIGH, "owner carol also owns trapdoor (confirmed malicious by a reviewer)")
        ],
    }
