"""Advisories in the service: real RustSec advisories matched against the store's
versions, directly and through the dependencies their index lines ask for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cratewatch.advisories.rustsec import read_rustsec_advisory
from cratewatch.service.advisories import sync_advisories
from cratewatch.service.model import Published
from cratewatch.service.queue import NOTIFY
from cratewatch.service.store import Store
from tests.conftest import ADVISORY_DB
from tests.registry.support import line

SEEN = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
SMALLVEC = ADVISORY_DB / "crates" / "smallvec" / "RUSTSEC-2021-0003.md"  # < 0.6.14, 1.0-1.6.0


def _dep(name: str, req: str, kind: str = "normal") -> dict[str, object]:
    return {"name": name, "req": req, "features": [], "optional": False,
            "default_features": True, "target": None, "kind": kind}  # fmt: skip


def _publish(store: Store, name: str, version: str, deps: list[dict[str, object]]) -> None:
    index_line = line(name, version, deps=deps)
    store.record_event(Published(name, version, None, "git-index", SEEN, index_line=index_line))


def test_exposure_directly_and_through_dependencies(store: Store) -> None:
    _publish(store, "smallvec", "0.6.13", [])
    _publish(store, "smallvec", "0.6.14", [])
    _publish(store, "smallvec", "1.6.1", [])
    _publish(store, "uses-old", "1.0.0", [_dep("smallvec", "=0.6.13")])
    _publish(store, "uses-new", "1.0.0", [_dep("smallvec", "^1.6.1")])
    _publish(store, "second-hand", "2.0.0", [_dep("uses-old", "^1")])
    _publish(store, "test-only", "1.0.0", [_dep("smallvec", "=0.6.13", "dev")])
    advisory = read_rustsec_advisory(SMALLVEC)
    result = sync_advisories(store, [advisory], notify_channels=("hook",))
    assert result.saved == ("RUSTSEC-2021-0003",)
    assert set(store.exposures("RUSTSEC-2021-0003")) == {
        ("smallvec", "0.6.13"),
        ("uses-old", "1.0.0"),
        ("second-hand", "2.0.0"),
    }
    assert store.advisories_exposing("second-hand", "2.0.0") == ("RUSTSEC-2021-0003",)
    [note] = store.jobs(kind=NOTIFY)
    assert note.key == "advisory RUSTSEC-2021-0003 hook" and note.payload["channel"] == "hook"
    assert note.payload["payload"]["kind"] == "advisory-exposure"
    assert note.payload["payload"]["exposed"] == 3
    # unchanged: nothing saved again, nothing notified twice
    assert sync_advisories(store, [advisory], notify_channels=("hook",)).saved == ()
    assert len(store.jobs(kind=NOTIFY)) == 1


def test_a_withdrawn_advisory_exposes_nothing(store: Store) -> None:
    _publish(store, "smallvec", "0.6.13", [])
    advisory = read_rustsec_advisory(SMALLVEC)._replace(withdrawn=dt.date(2026, 1, 1))
    sync_advisories(store, [advisory])
    assert store.exposures(advisory.id) == ()
    saved = store.advisory(advisory.id)
    assert saved is not None and saved["withdrawn"] == "2026-01-01"


def test_every_real_advisory_syncs(store: Store) -> None:
    from cratewatch.advisories.database import open_snapshot

    _publish(store, "smallvec", "0.6.13", [])
    database = open_snapshot()
    result = sync_advisories(store, database)
    assert len(result.saved) >= 1000
    assert "RUSTSEC-2021-0003" in {a for a, n in result.exposures.items() if n}


def test_the_workers_know_the_malware_the_synced_advisories_report(
    store: Store, tmp_path: Path
) -> None:
    """The advisory loop's documents are where a worker learns which crates are malware:
    a dependency on one is then a finding of the screening, without a restart."""
    from cratewatch.advisories.database import open_database
    from cratewatch.service.worker import StoreView

    view = StoreView(store, tmp_path / "crates")
    assert view.malicious_crates() == {}
    sync_advisories(store, open_database([str(ADVISORY_DB)], tmp_path, offline=True))
    assert (
        StoreView(store, tmp_path / "crates").malicious_crates()["tracings"] == "RUSTSEC-2026-0027"
    )
    # titles say so where the category is missing
    assert StoreView(store, tmp_path / "crates").malicious_crates()["arone"] == "RUSTSEC-2026-0259"
    # a good crate with one malicious release (arrayref 0.3.10) is no malware: neither its
    # dependents nor its owners are suspects
    assert "arrayref" not in StoreView(store, tmp_path / "crates").malicious_crates()


def test_the_service_syncs_advisories_before_its_workers_start(
    store_url: str, tmp_path: Path
) -> None:
    from cratewatch.advisories.database import open_snapshot
    from cratewatch.service.runner import Service
    from cratewatch.service.worker import StoreView, WorkerSettings

    settings = WorkerSettings(tmp_path / "crates", "crates.io")
    service = Service(store_url, settings, workers=0, advisories=open_snapshot)
    service.start()  # returns once the first sync is done
    try:
        with Store(store_url) as store:
            assert StoreView(store, tmp_path / "crates").malicious_crates()["rustdecimal"]
    finally:
        service.stop()
