"""Migrations carry data forward: a store at an older revision opens with nothing lost."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from cratewatch.service.migrations import _config
from cratewatch.service.queue import NOTIFY
from cratewatch.service.store import Store


def test_pending_outbox_notifications_become_notify_jobs(store_url: str) -> None:
    from alembic import command

    engine = sa.create_engine(store_url.replace("postgresql://", "postgresql+psycopg://"))
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC).isoformat()
        row = "(:key, 'webhook-0', :payload, :now, 0, :state, :now)"
        insert = sa.text(
            "INSERT INTO outbox (key, channel, payload, created, attempts, state, next_attempt) "
            f"VALUES {row}"
        )
        conn.execute(
            insert,
            {
                "key": "needs-review a 1",
                "payload": '{"crate": "a"}',
                "now": now,
                "state": "pending",
            },
        )
        conn.execute(
            insert,
            {"key": "needs-review b 1", "payload": '{"crate": "b"}', "now": now, "state": "sent"},
        )
    engine.dispose()
    with Store(store_url) as store, store.engine.connect() as conn:
        jobs = conn.execute(sa.text("SELECT kind, key, state FROM jobs")).all()
        assert [tuple(j) for j in jobs] == [(NOTIFY, "needs-review a 1", "queued")]
        assert "outbox" not in sa.inspect(conn).get_table_names()
        job = store.claim([NOTIFY])
        assert job is not None
        assert job.payload == {"channel": "webhook-0", "payload": {"crate": "a"}}
