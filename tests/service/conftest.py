"""The store's fixtures: every store test runs against SQLite and against a real
PostgreSQL server (``postgres.py``) started once per test session."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from cratewatch.service.queue import Backoff
from cratewatch.service.store import Store
from tests.service.postgres import PostgresServer, create_database

_databases = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A URL of a new, empty store: a file, or a database of its own on the server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('store') / 'service.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return create_database(server, f"store_{next(_databases)}")


class Clock:
    """A clock the test moves: the store's idea of now."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(store_url: str, clock: Clock) -> Iterator[Store]:
    with Store(store_url, clock=clock, backoff=Backoff(jitter=0.0)) as opened:
        yield opened
