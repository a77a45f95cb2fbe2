"""The store's clock: the database server's on PostgreSQL (the local clock plus an offset
measured when the store opens and every few minutes), the local one on SQLite, a clock
given explicitly above both. Skew is made with ``clock_source``, the local clock the
store reads: the server is real, nothing of the database is mocked."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from cratewatch.service.store import Store, utcnow
from tests.service.conftest import Clock
from tests.service.postgres import PostgresServer, create_database

_databases = itertools.count(1)
HOUR = dt.timedelta(hours=1)
CLOSE = dt.timedelta(seconds=2)  # a query's round-trip on 127.0.0.1, with room to spare


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    return create_database(postgres_server, f"clock_{next(_databases)}")


class Skewed:
    """A local clock ``skew`` away from the real one; the test changes the skew."""

    def __init__(self, skew: dt.timedelta) -> None:
        self.skew = skew

    def __call__(self) -> dt.datetime:
        return utcnow() + self.skew


def server_time(store: Store) -> dt.datetime:
    with store.engine.connect() as conn:
        value: dt.datetime = conn.execute(sa.text("SELECT clock_timestamp()")).scalar_one()
    return value


@pytest.fixture
def queries() -> Iterator[Callable[[Store], list[str]]]:
    """Records the statements a store sends from the moment it is watched."""
    watched: list[tuple[sa.Engine, Callable[..., None]]] = []

    def watch(store: Store) -> list[str]:
        sent: list[str] = []

        def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            sent.append(statement)

        sa.event.listen(store.engine, "before_cursor_execute", record)
        watched.append((store.engine, record))
        return sent

    yield watch
    for engine, record in watched:
        sa.event.remove(engine, "before_cursor_execute", record)


def test_on_postgresql_the_time_is_the_servers_however_skewed_the_local_clock(
    postgres_url: str,
) -> None:
    for skew in (-HOUR, HOUR, dt.timedelta(0)):
        with Store(postgres_url, clock_source=Skewed(skew)) as store:
            offset = store.clock_offset
            assert offset is not None and abs(offset + skew) < CLOSE
            assert abs(store.now() - server_time(store)) < CLOSE


def test_the_offset_is_measured_again_every_few_minutes_not_at_each_call(
    postgres_url: str, queries: Callable[[Store], list[str]]
) -> None:
    local = Skewed(dt.timedelta(0))
    with Store(postgres_url, clock_source=local) as store:
        sent = queries(store)
        local.skew = HOUR  # the machine's clock is set an hour forward
        for _ in range(100):
            store.now()
        assert sent == []  # no round-trip per call: the old offset still applies
        assert abs(store.now() - server_time(store) - HOUR) < CLOSE
    with Store(postgres_url, clock_source=local, clock_check=dt.timedelta(0)) as store:
        sent = queries(store)
        local.skew = -HOUR  # set back two hours: measured again at the next call
        now = store.now()
        assert any("clock_timestamp()" in statement for statement in sent)
        assert abs(now - server_time(store)) < CLOSE
        offset = store.clock_offset
        assert offset is not None and abs(offset - HOUR) < CLOSE


def test_machines_with_skewed_clocks_agree_on_a_lease(postgres_url: str) -> None:
    with (
        Store(postgres_url, clock_source=Skewed(-HOUR)) as behind,
        Store(postgres_url, clock_source=Skewed(HOUR)) as ahead,
    ):
        behind.enqueue("screen", "a", {})
        job = behind.claim(["screen"], worker="behind")
        assert job is not None and job.lease_until is not None
        assert abs(job.lease_until - (server_time(behind) + behind.lease)) < CLOSE
        # two hours ahead by its own clock, the other machine still sees the lease running
        assert ahead.claim(["screen"], worker="ahead") is None


def test_a_clock_given_explicitly_wins(postgres_url: str, clock: Clock) -> None:
    with Store(postgres_url, clock=clock, clock_source=Skewed(HOUR)) as store:
        assert store.now() == clock.now and store.clock_offset is None


def test_on_sqlite_the_time_is_the_local_clock(tmp_path: Path) -> None:
    local = Skewed(HOUR)
    with Store(f"sqlite:///{tmp_path / 'service.sqlite3'}", clock_source=local) as store:
        assert store.clock_offset is None
        assert abs(store.now() - (utcnow() + HOUR)) < CLOSE
