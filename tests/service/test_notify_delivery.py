"""Notifications delivered from the store's job queue (``notify`` jobs), on SQLite and on a
real PostgreSQL server, to a webhook receiver on 127.0.0.1: one per key, several senders
sharing a store, a sender that dies holding a claim, a receiver that never accepts."""

from __future__ import annotations

import collections
import json
import threading
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from cratewatch.service.model import Published
from cratewatch.service.notify import WebhookTarget, verify_signature
from cratewatch.service.queue import NOTIFY, NOTIFY_MAX_ATTEMPTS, SCREEN, Backoff, Job, JobState
from cratewatch.service.runner import Service, deliver_due
from cratewatch.service.store import Store
from cratewatch.service.worker import WorkerSettings
from tests.service.conftest import Clock
from tests.service.test_notify import _Receiver

SECRET = "s3cret"


class _Slow(_Receiver):
    """A receiver that takes a little while per request, so that senders overlap."""

    delay = 0.0

    def do_POST(self) -> None:
        time.sleep(type(self).delay)
        super().do_POST()


@pytest.fixture
def receiver() -> Iterator[tuple[WebhookTarget, type[_Slow]]]:
    handler = type("Handler", (_Slow,), {"received": [], "status": 200, "delay": 0.0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield WebhookTarget(f"http://127.0.0.1:{server.server_address[1]}/hook", SECRET), handler
    server.shutdown()
    server.server_close()


def ids(handler: type[_Slow]) -> list[str]:
    """The ids of the notifications received, each checked to be signed."""
    out = []
    for headers, body in handler.received:
        assert verify_signature(SECRET, body, headers["X-Cratewatch-Signature"])
        out.append(json.loads(body)["id"])
    return out


def notify_jobs(store: Store) -> tuple[Job, ...]:
    return store.jobs(kind=NOTIFY, limit=1000)


def needs_review(store: Store, n: int, channel: str = "hook") -> list[str]:
    keys = [f"needs-review crate{i} 1.0.0 {channel}" for i in range(n)]
    for i, key in enumerate(keys):
        payload = {"kind": "needs-review", "crate": f"crate{i}", "version": "1.0.0"}
        assert store.notify(key, channel, payload)
    return keys


def test_a_notification_is_a_notify_job_queued_once_per_key(store: Store) -> None:
    payload = {"kind": "needs-review", "crate": "serde_json", "risk": "high"}
    assert store.notify("needs-review serde_json 1.0.0 hook", "hook", payload)
    assert not store.notify("needs-review serde_json 1.0.0 hook", "hook", payload)
    assert store.notify("needs-review serde_json 1.0.0 mail", "mail", payload)
    first, _ = notify_jobs(store)
    assert (first.kind, first.state) == (NOTIFY, JobState.QUEUED)
    assert first.key == "needs-review serde_json 1.0.0 hook"
    assert first.payload == {"channel": "hook", "payload": payload}
    assert first.max_attempts == NOTIFY_MAX_ATTEMPTS
    store.complete(store.claim([NOTIFY]) or first)
    assert not store.notify("needs-review serde_json 1.0.0 hook", "hook", payload)  # sent is sent


def test_workers_and_senders_never_take_each_others_jobs(
    store: Store, receiver: tuple[WebhookTarget, type[_Slow]]
) -> None:
    target, handler = receiver
    store.record_event(Published("parsely", "1.0.0", "a" * 64, "git-index", store.now()))
    needs_review(store, 1)
    screen = store.claim([SCREEN])
    assert screen is not None and screen.kind == SCREEN
    assert store.claim([SCREEN]) is None  # the notification is not a worker's
    store.fail(screen, "try again later")
    store.record_event(Published("parsely", "1.1.0", "b" * 64, "git-index", store.now()))
    assert deliver_due(store, {"hook": target}) == 1
    assert deliver_due(store, {"hook": target}) == 0
    assert len(handler.received) == 1
    # the screen jobs were left alone: one backing off, one queued
    assert {(j.key, j.state, j.attempts) for j in store.jobs(kind=SCREEN)} == {
        (f"parsely 1.0.0 {'a' * 64}", JobState.QUEUED, 1),
        (f"parsely 1.1.0 {'b' * 64}", JobState.QUEUED, 0),
    }


def test_two_senders_deliver_each_notification_once(
    store_url: str, clock: Clock, receiver: tuple[WebhookTarget, type[_Slow]]
) -> None:
    target, handler = receiver
    handler.delay = 0.01
    with (
        Store(store_url, clock=clock) as one,
        Store(store_url, clock=clock) as two,
    ):
        keys = needs_review(one, 40)
        delivered: dict[str, int] = {}
        problems: list[BaseException] = []

        def send(store: Store, name: str) -> None:
            try:
                total = 0
                while n := deliver_due(store, {"hook": target}, limit=5, worker=name):
                    total += n
                delivered[name] = total
            except BaseException as exc:  # reported by the test's thread
                problems.append(exc)

        senders = [threading.Thread(target=send, args=(s, n)) for s, n in ((one, "a"), (two, "b"))]
        for thread in senders:
            thread.start()
        for thread in senders:
            thread.join(60)
        assert not problems
        assert collections.Counter(ids(handler)) == dict.fromkeys(keys, 1)
        assert delivered["a"] + delivered["b"] == 40
        jobs = notify_jobs(one)
        assert {j.state for j in jobs} == {JobState.DONE} and {j.attempts for j in jobs} == {1}
        assert {j.worker for j in jobs} <= {"a", "b"}


def test_a_sender_that_dies_holding_a_claim_leaves_it_to_another(
    store: Store, clock: Clock, receiver: tuple[WebhookTarget, type[_Slow]]
) -> None:
    target, handler = receiver
    (key,) = needs_review(store, 1)
    dead = store.claim([NOTIFY], worker="dead")  # claimed, never sent nor completed
    assert dead is not None and dead.key == key
    assert deliver_due(store, {"hook": target}, worker="alive") == 0  # its lease still runs
    clock.advance(store.lease.total_seconds() - 1)
    assert deliver_due(store, {"hook": target}, worker="alive") == 0
    clock.advance(2)
    assert deliver_due(store, {"hook": target}, worker="alive") == 1
    assert ids(handler) == [key]
    (job,) = notify_jobs(store)
    assert (job.state, job.attempts, job.worker) == (JobState.DONE, 2, "alive")
    # the dead sender's claim is stale: it can neither fail nor renew the job now
    assert store.fail(dead, "late") is None and not store.renew(dead)


def test_a_receiver_that_never_accepts_ends_the_job_failed_with_the_reason(
    store_url: str, clock: Clock, receiver: tuple[WebhookTarget, type[_Slow]]
) -> None:
    target, handler = receiver
    handler.status = 503
    with Store(store_url, clock=clock, backoff=Backoff(jitter=0)) as store:
        (key,) = needs_review(store, 1)
        waits = []
        for _ in range(NOTIFY_MAX_ATTEMPTS):
            assert deliver_due(store, {"hook": target}) == 0
            (job,) = notify_jobs(store)
            if job.state is JobState.FAILED:
                break
            assert job.state is JobState.QUEUED
            assert deliver_due(store, {"hook": target}) == 0  # backing off: not sent again yet
            waits.append((job.run_after - clock.now).total_seconds())
            clock.advance(waits[-1])
        assert waits[:3] == [10, 20, 40] and max(waits) == 3600
        assert len(handler.received) == NOTIFY_MAX_ATTEMPTS
        assert set(ids(handler)) == {key}  # every retry carries the same id
        assert (job.state, job.attempts) == (JobState.FAILED, NOTIFY_MAX_ATTEMPTS)
        last = f"{target.url}: the receiver answered HTTP 503"
        assert job.last_error == f"failed {NOTIFY_MAX_ATTEMPTS} times; last: {last}"
        clock.advance(86400)
        assert deliver_due(store, {"hook": target}) == 0
        assert len(handler.received) == NOTIFY_MAX_ATTEMPTS
        assert store.job_counts()[JobState.FAILED] == 1


def test_a_channel_this_sender_lacks_costs_an_attempt_with_the_reason(
    store: Store, clock: Clock, receiver: tuple[WebhookTarget, type[_Slow]]
) -> None:
    target, handler = receiver
    needs_review(store, 1, channel="email")
    assert deliver_due(store, {"hook": target}) == 0
    (job,) = notify_jobs(store)
    assert job.state is JobState.QUEUED and job.attempts == 1
    assert job.last_error == "no channel 'email' is configured for this sender"
    assert handler.received == []


def test_the_services_sender_delivers_what_is_queued(
    store_url: str, tmp_path: Path, receiver: tuple[WebhookTarget, type[_Slow]]
) -> None:
    target, handler = receiver
    settings = WorkerSettings(tmp_path / "crates", "crates.io")
    service = Service(store_url, settings, workers=0, poll_interval=0.1, targets={"hook": target})
    with Store(store_url) as store:
        keys = needs_review(store, 3)
        service.start()
        try:
            deadline = time.monotonic() + 30
            while len(handler.received) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            service.stop()
        assert sorted(ids(handler)) == sorted(keys)
        assert {j.state for j in notify_jobs(store)} == {JobState.DONE}
