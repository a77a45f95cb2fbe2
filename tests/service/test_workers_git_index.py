"""A registry followed through its git index only: the index's ``config.json`` sends the
downloads to an HTTP server on 127.0.0.1, and the workers fetch, verify and screen every
version from there without any sparse registry. On SQLite and on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cratewatch.registry.download import CrateDownloader
from cratewatch.service.feeds.git_index import GitIndexFeed
from cratewatch.service.model import Published, Risk, TriageState, VersionKey
from cratewatch.service.runner import poll_feed
from cratewatch.service.store import Store
from cratewatch.service.worker import (
    StoreView,
    WorkerSettings,
    crate_file,
    process_one,
    published_from,
)
from tests.registry.support import IndexServer, line, serving
from tests.service.feeds.support import IndexRepo
from tests.service.support import simple_crate

SEEN = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)
NOWHERE = "http://127.0.0.1:9/"  # the sparse registry: never asked


@pytest.fixture
def host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[IndexServer]:
    """Where the index's ``dl`` points: ``.crate`` files on 127.0.0.1."""
    root = tmp_path / "served"
    root.mkdir()
    original = CrateDownloader.__init__

    def local(self: CrateDownloader, registry: str = "", **kwargs: object) -> None:
        kwargs.setdefault("client", httpx.Client(trust_env=False, timeout=10))
        original(self, registry, **kwargs)  # type: ignore[arg-type]

    # the workers' own clients, kept off any proxy of the environment: 127.0.0.1 only
    monkeypatch.setattr(CrateDownloader, "__init__", local)
    with serving(root) as server:
        yield server


@pytest.fixture
def index(tmp_path: Path, host: IndexServer) -> IndexRepo:
    repo = IndexRepo(tmp_path / "index")
    dl = host.base_url + "files/{lowerprefix}/{crate}-{version}.crate"
    repo.write("config.json", json.dumps({"dl": dl}) + "\n")
    repo.commit("config")
    return repo


def release(
    tmp_path: Path, index: IndexRepo, host: IndexServer, name: str, version: str, *, serve: bytes
) -> str:
    """Index ``name version`` with the checksum of its real archive; the host serves
    ``serve`` (the archive, or other bytes). The archive's SHA-256."""
    data = simple_crate(tmp_path / "built", name, version).read_bytes()
    checksum = hashlib.sha256(data).hexdigest()
    path = f"3/{name[0]}/{name}" if len(name) == 3 else f"{name[:2]}/{name[2:4]}/{name}"
    lines = index.lines(path) if (index.root / path).is_file() else []
    index.write_lines(path, [*lines, line(name, version, cksum=checksum)])
    index.commit(f"Updating crate `{name}#{version}`")
    served = host.root / "files" / path.rpartition("/")[0] / f"{name}-{version}.crate"
    served.parent.mkdir(parents=True, exist_ok=True)
    served.write_bytes(data if serve == b"archive" else serve)
    return checksum


def drain(store: Store, settings: WorkerSettings) -> int:
    view = StoreView(store, settings.crate_dir)
    done = 0
    while process_one(store, settings, view, worker="test"):
        done += 1
    return done


def test_versions_of_a_git_only_registry_are_downloaded_verified_and_screened(
    tmp_path: Path, index: IndexRepo, host: IndexServer, store_url: str
) -> None:
    feed = GitIndexFeed(index.url, mirror_dir=tmp_path / "mirror", clock=lambda: SEEN)
    settings = WorkerSettings(tmp_path / "crates", NOWHERE)
    with Store(store_url) as store:
        poll_feed(store, feed)  # the first poll starts at the head
        good = release(tmp_path, index, host, "tidy", "1.0.0", serve=b"archive")
        bad = release(tmp_path, index, host, "tidy", "1.0.1", serve=b"not the archive")
        result = poll_feed(store, feed)
        assert (result.new, result.problems) == (2, ())

        # the job carries the URL through the store
        jobs = store.jobs()
        assert [published_from(job.payload).download_url for job in jobs] == [
            f"{host.base_url}files/ti/dy/tidy-1.0.0.crate",
            f"{host.base_url}files/ti/dy/tidy-1.0.1.crate",
        ]
        assert drain(store, settings) == 2

        clean = store.version(VersionKey("tidy", "1.0.0", good))
        assert clean is not None and clean.version.state is TriageState.AUTO_CLEAN
        assert [s.code for s in clean.screenings[-1].signals] == []
        assert crate_file(settings.crate_dir, clean.version.key).is_file()

        mismatch = store.version(VersionKey("tidy", "1.0.1", bad))
        assert mismatch is not None
        assert mismatch.version.state is TriageState.NEEDS_REVIEW
        assert mismatch.version.risk is Risk.CRITICAL
        assert "checksum-mismatch" in {s.code for s in mismatch.screenings[-1].signals}

        assert {job.state.value for job in store.jobs()} == {"done"}
    requested = {path for path, _status, _headers in host.log}
    assert requested == {"/files/ti/dy/tidy-1.0.0.crate", "/files/ti/dy/tidy-1.0.1.crate"}


def test_an_index_without_an_http_download_url_gives_events_without_one(
    tmp_path: Path, index: IndexRepo, host: IndexServer, store_url: str
) -> None:
    feed = GitIndexFeed(index.url, mirror_dir=tmp_path / "mirror", clock=lambda: SEEN)
    settings = WorkerSettings(tmp_path / "crates", NOWHERE)
    with Store(store_url, max_attempts=1) as store:
        poll_feed(store, feed)
        index.write("config.json", '{"dl": "file:///srv/crates"}\n')
        release(tmp_path, index, host, "tidy", "1.0.0", serve=b"archive")
        result = poll_feed(store, feed)
        assert result.new == 1
        [problem] = result.problems
        assert "config.json: no http(s) download URL ('dl')" in problem
        [job] = store.jobs()
        event = published_from(job.payload)
        assert event.download_url is None and event.checksum is not None
        # without a URL the worker asks the sparse registry, here nowhere: the job fails
        assert drain(store, settings) == 1
        [job] = store.jobs()
        assert job.state.value == "failed" and NOWHERE in (job.last_error or "")
    assert host.log == []  # the file:// template was never followed


def test_published_from_reads_the_url_of_a_payload() -> None:
    event = Published("tidy", "1.0.0", "a" * 64, "git-index", SEEN, download_url="https://x/y")
    payload = {
        k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in event._asdict().items()
    }
    assert published_from(payload) == event
    old = {k: v for k, v in payload.items() if k != "download_url"}  # a job queued before
    assert published_from(old) == event._replace(download_url=None)
    assert published_from(payload | {"download_url": 3}).download_url is None
