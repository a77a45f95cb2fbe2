"""The work queue kept in the store, on SQLite and on a real PostgreSQL server: claims,
leases, retries with backoff, final failures, and worker processes that run at once or
are killed with SIGKILL."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import signal
import time
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from cratewatch.service.model import Published, Risk, Screening
from cratewatch.service.queue import Backoff, Job, JobState
from cratewatch.service.store import Store
from tests.service.conftest import Clock

SPAWN = multiprocessing.get_context("spawn")  # a forked child would share the parent's connections


def seconds(n: float) -> dt.timedelta:
    return dt.timedelta(seconds=n)


def screening_of(job: Job) -> Screening:
    payload = job.payload
    return Screening(
        payload["name"],
        payload["version"],
        payload["checksum"],
        Risk.NONE,
        (),
        None,
        None,
        dt.datetime.now(dt.UTC),
        "rules-1",
    )


def screenings_per_version(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT v.version, count(s.id) FROM versions v "
                "LEFT JOIN screenings s ON s.version_id = v.id GROUP BY v.version"
            )
        ).all()
    return {str(version): int(n) for version, n in rows}


def publish(store: Store, n: int) -> None:
    now = dt.datetime.now(dt.UTC)
    for i in range(n):
        assert store.record_event(Published("hostile", f"0.0.{i}", f"{i:064x}", "git-index", now))


# -- claims, retries, failures (a clock the test moves) ---------------------------------


def test_a_job_is_enqueued_once_per_kind_and_key(store: Store) -> None:
    assert store.enqueue("screen", "a", {"n": 1})
    assert not store.enqueue("screen", "a", {"n": 2})
    assert store.enqueue("rescan", "a", {})
    job = store.claim(["screen"])
    assert job is not None and job.payload == {"n": 1}
    store.complete(job)
    assert not store.enqueue("screen", "a", {"n": 3})  # done is done: a replay redoes nothing


def test_claims_take_the_oldest_runnable_job_of_the_kinds_asked(store: Store, clock: Clock) -> None:
    store.enqueue("screen", "first", {})
    clock.advance(1)
    store.enqueue("screen", "second", {})
    store.enqueue("notify", "third", {})
    store.enqueue("screen", "later", {}, run_after=clock.now + seconds(60))

    def key(job: Job | None) -> str | None:
        return None if job is None else job.key

    assert key(store.claim(["notify"])) == "third"
    assert key(store.claim()) == "first"
    assert key(store.claim()) == "second"
    assert store.claim() is None
    clock.advance(60)
    job = store.claim(worker="w1")
    assert job is not None and job.key == "later"
    assert (job.state, job.attempts, job.worker) == (JobState.RUNNING, 1, "w1")
    assert job.lease_until == clock.now + store.lease


def test_failures_back_off_exponentially_then_fail_with_the_reason(
    store_url: str, clock: Clock
) -> None:
    backoff = Backoff(base=10, factor=2, cap=3600, jitter=0)
    with Store(store_url, clock=clock, backoff=backoff, max_attempts=3) as store:
        store.enqueue("screen", "hostile 0.1.0", {})
        delays = []
        for attempt in (1, 2, 3):
            job = store.claim()
            assert job is not None and job.attempts == attempt
            state = store.fail(job, f"archive\nexploded ({attempt})")
            if state is JobState.QUEUED:
                queued = store.job(job.id)
                assert queued is not None and queued.last_error == f"archive exploded ({attempt})"
                delay = (queued.run_after - clock.now).total_seconds()
                delays.append(delay)
                clock.advance(delay - 0.5)
                assert store.claim() is None  # not yet
                clock.advance(0.5)
        assert delays == [10, 20]
        assert state is JobState.FAILED
        failed = store.job(job.id)
        assert failed is not None and failed.state is JobState.FAILED
        assert failed.last_error == "failed 3 times; last: archive exploded (3)"
        clock.advance(86400)
        assert store.claim() is None


def test_backoff_is_capped_and_jittered() -> None:
    assert Backoff(base=10, factor=2, cap=60, jitter=0).delay(10) == seconds(60)
    jittered = {Backoff(base=100, jitter=0.1).delay(1).total_seconds() for _ in range(50)}
    assert all(90 <= s <= 110 for s in jittered) and len(jittered) > 1


def test_a_job_failing_for_good_does_not_hold_up_the_others(store: Store, clock: Clock) -> None:
    for key in ("poison", "good-1", "good-2", "good-3"):
        store.enqueue("screen", key, {})
    done: list[str] = []
    for _ in range(100):
        job = store.claim()
        if job is None:
            if all(j.state in (JobState.DONE, JobState.FAILED) for j in store.jobs()):
                break
            clock.advance(30)
            continue
        if job.key == "poison":
            store.fail(job, "tar: member escapes the crate")
        else:
            store.complete(job)
            done.append(job.key)
    assert done == ["good-1", "good-2", "good-3"]  # each ran while the poison backed off
    (poison,) = store.jobs(state=JobState.FAILED)
    assert poison.key == "poison" and poison.attempts == store.max_attempts
    assert poison.last_error == "failed 5 times; last: tar: member escapes the crate"


def test_a_permanent_error_fails_at_once(store: Store) -> None:
    store.enqueue("screen", "x", {})
    job = store.claim()
    assert job is not None
    assert store.fail(job, "not a crate archive", retry=False) is JobState.FAILED
    failed = store.job(job.id)
    assert failed is not None and failed.last_error == "not a crate archive"


def test_an_expired_lease_gives_the_job_to_another_worker(store: Store, clock: Clock) -> None:
    publish(store, 1)
    first = store.claim(worker="a")
    assert first is not None
    clock.advance(30)
    assert store.claim(worker="b") is None
    assert store.renew(first)  # the lease runs 60 s from now
    clock.advance(59)
    assert store.claim(worker="b") is None
    clock.advance(2)
    second = store.claim(worker="b")
    assert second is not None and second.id == first.id
    assert second.attempts == 2 and second.claim != first.claim and second.worker == "b"
    # The first worker was only slow: it learns that its claim is gone, and its failure
    # does not disturb the second's claim.
    assert not store.renew(first)
    assert store.fail(first, "late") is None
    # Its result, if it still saves one, completes the job; the second's is then a no-op.
    assert store.save_screening(screening_of(first), job=first)
    assert not store.save_screening(screening_of(second), job=second)
    assert not store.renew(second)
    assert store.job(first.id) is not None and store.job(first.id).state is JobState.DONE  # type: ignore[union-attr]
    assert screenings_per_version(store) == {"0.0.0": 1}


def test_a_job_whose_worker_dies_on_every_attempt_fails_with_the_reason(
    store_url: str, clock: Clock
) -> None:
    with Store(store_url, clock=clock, max_attempts=2) as store:
        store.enqueue("screen", "hangs", {})
        store.enqueue("screen", "fine", {}, run_after=clock.now + seconds(1))
        for attempt in (1, 2):
            job = store.claim()
            assert job is not None and job.key == "hangs" and job.attempts == attempt
            clock.advance(store.lease.total_seconds() + 1)  # the worker never comes back
        job = store.claim()
        assert job is not None and job.key == "fine"
        (failed,) = store.jobs(state=JobState.FAILED)
        assert failed.key == "hangs"
        assert failed.last_error == (
            "the worker stopped before finishing (killed, crashed or hung past its lease) "
            "on every attempt (2)"
        )


def test_completing_commits_with_the_result_or_not_at_all(store: Store) -> None:
    publish(store, 1)
    job = store.claim()
    assert job is not None
    with pytest.raises(RuntimeError), store.transaction() as conn:
        store.complete(job, conn=conn)
        raise RuntimeError("crash before the result is written")
    still = store.job(job.id)
    assert still is not None and still.state is JobState.RUNNING
    assert store.save_screening(screening_of(job), job=job)
    done = store.job(job.id)
    assert done is not None and done.state is JobState.DONE and done.lease_until is None


# -- leases renewed in real time --------------------------------------------------------


def test_a_worker_keeps_its_lease_while_it_works_and_only_so_long(store_url: str) -> None:
    lease = seconds(0.6)
    with Store(store_url, lease=lease) as mine, Store(store_url, lease=lease) as theirs:
        mine.enqueue("screen", "slow", {})
        job = mine.claim()
        assert job is not None
        with mine.keep_lease(job) as keeper:
            time.sleep(1.5)  # more than twice the lease
            assert theirs.claim() is None
            assert not keeper.lost
        with mine.keep_lease(job, max_runtime=seconds(0.3)) as keeper:
            deadline = time.monotonic() + 10
            taken = None
            while taken is None and time.monotonic() < deadline:
                time.sleep(0.1)
                taken = theirs.claim()
            assert taken is not None and taken.id == job.id  # a hung worker loses its job
            assert keeper.lost


# -- worker processes -------------------------------------------------------------------


def _drain(url: str, worker: str, ready: Any, start: Event, out: str) -> None:
    with Store(url) as store:
        ready.release()  # opened: the parent starts everyone at once when all are
        start.wait()
        claimed = []
        while (job := store.claim(worker=worker)) is not None:
            claimed.append(job.id)
            store.complete(job)
            time.sleep(0.002)  # a job takes time: on a busy machine one worker must not drain all
    Path(out).write_text(" ".join(map(str, claimed)))


def test_worker_processes_claiming_at_once_never_share_a_job(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    for i in range(300):
        store.enqueue("screen", f"job-{i}", {})
    start = SPAWN.Event()
    ready = SPAWN.Semaphore(0)
    outs = [tmp_path / f"worker-{n}.txt" for n in range(3)]
    workers = [
        SPAWN.Process(target=_drain, args=(store_url, f"w{n}", ready, start, str(out)))
        for n, out in enumerate(outs)
    ]
    for w in workers:
        w.start()
    for _ in workers:  # a process that starts slowly must not find the queue empty
        assert ready.acquire(timeout=60)
    start.set()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    claimed = [int(i) for out in outs for i in out.read_text().split()]
    assert sorted(claimed) == sorted(j.id for j in store.jobs(limit=1000))
    assert len(claimed) == len(set(claimed)) == 300
    assert all(j.state is JobState.DONE and j.attempts == 1 for j in store.jobs(limit=1000))
    assert sum(1 for out in outs if out.read_text()) >= 2  # they did run side by side


def _hold(url: str, lease: float, ready: str) -> None:
    """Claim a job and work on it for ever, renewing the lease, until killed."""
    with Store(url, lease=seconds(lease)) as store:
        job = store.claim(worker="doomed")
        assert job is not None
        with store.keep_lease(job):
            Path(ready).write_text(str(job.id))
            time.sleep(3600)


def test_a_job_of_a_worker_killed_mid_job_is_completed_exactly_once(
    store_url: str, tmp_path: Path
) -> None:
    lease = 3.0
    with Store(store_url, lease=seconds(lease)) as store:
        publish(store, 1)
        ready = tmp_path / "ready"
        worker = SPAWN.Process(target=_hold, args=(store_url, lease, str(ready)))
        worker.start()
        deadline = time.monotonic() + 60
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        job_id = int(ready.read_text())
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)
        worker.join()
        assert worker.exitcode == -signal.SIGKILL

        assert store.claim() is None  # the dead worker's lease still runs
        held = store.job(job_id)
        assert held is not None and held.state is JobState.RUNNING and held.worker == "doomed"
        deadline = time.monotonic() + 4 * lease
        job = None
        while job is None and time.monotonic() < deadline:
            time.sleep(0.2)
            job = store.claim(worker="survivor")
        assert job is not None and job.id == job_id and job.attempts == 2
        assert store.save_screening(screening_of(job), job=job)
        assert store.claim() is None
        done = store.job(job_id)
        assert done is not None and done.state is JobState.DONE
        assert screenings_per_version(store) == {"0.0.0": 1}


def _screen_forever(url: str, lease: float, opened: Event) -> None:
    with Store(url, lease=seconds(lease)) as store:
        opened.set()
        while True:
            job = store.claim()
            if job is None:
                time.sleep(0.05)
                continue
            time.sleep(random.uniform(0, 0.05))  # the kill mostly lands mid-job
            store.save_screening(screening_of(job), job=job)


def test_workers_killed_at_random_moments_lose_nothing_and_screen_nothing_twice(
    store_url: str,
) -> None:
    lease = 1.0
    versions = 30
    with Store(store_url, lease=seconds(lease), max_attempts=50) as store:
        publish(store, versions)
        rng = random.Random(20261204)
        for _ in range(8):
            opened = SPAWN.Event()
            worker = SPAWN.Process(target=_screen_forever, args=(store_url, lease, opened))
            worker.start()
            assert opened.wait(60)
            time.sleep(rng.uniform(0.0, 0.3))
            assert worker.pid is not None
            os.kill(worker.pid, signal.SIGKILL)
            worker.join()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            job = store.claim(worker="last")
            if job is not None:
                store.save_screening(screening_of(job), job=job)
            elif store.job_counts()[JobState.DONE] == versions:
                break
            else:
                time.sleep(0.1)  # leases of killed workers running out
        counts = store.job_counts()
        assert counts[JobState.DONE] == versions, counts
        assert screenings_per_version(store) == {f"0.0.{i}": 1 for i in range(versions)}
        reclaimed = [j for j in store.jobs() if j.attempts > 1]
        assert reclaimed  # some kills did land mid-job
