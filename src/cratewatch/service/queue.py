"""The durable work queue: jobs kept in the store's ``jobs`` table.

A job has a kind (``screen`` for a new version, ``notify`` for a notification to send), a
unique key within its kind (so an event enqueued twice is one job), a JSON payload, a
state (queued, running, done, failed), its attempts, ``run_after`` (when it may next run:
retries wait with exponential backoff), and while it runs a lease: the claim's token and
``lease_until``. A worker renews the lease while it
works (``LeaseKeeper``); a worker that dies, even by ``kill -9``, stops renewing, and the
job is claimable again once the lease has run out. Every claim counts as an attempt, so a
job whose archive crashes or hangs every worker that touches it ends ``failed``, with the
reason, after ``max_attempts``, and never blocks the jobs behind it. A claim names the
kinds it takes: workers claim ``screen`` jobs only, notification senders ``notify`` jobs
only.

Claiming is one statement that picks the oldest runnable job and marks it running: on
PostgreSQL the pick is ``SELECT ... FOR UPDATE SKIP LOCKED``, so workers on several
machines claim different jobs without waiting on each other; on SQLite the whole claim
runs in a ``BEGIN IMMEDIATE`` transaction, SQLite's one writer at a time.

Why the queue lives in the store rather than in a queue library:

- Completing a job and saving its result are one transaction (``complete_in`` runs inside
  the caller's transaction, and ``Store.save_screening(..., job=job)`` uses it), so a
  crash between the two cannot happen; the screenings' unique key makes a second
  screening of the same version and rules impossible even for a worker whose lease was
  taken over. A library keeping its jobs elsewhere, or on its own connection, would
  commit the job's end apart from the result.
- One code path for SQLite (one machine, no server) and PostgreSQL (workers on several
  machines). procrastinate is PostgreSQL-only (it needs PostgreSQL 13 or newer and
  relies on its locks and LISTEN/NOTIFY). huey does have SQLite and, since 3.2, PostgreSQL
  storage, but its storage contract hands a task over by removing it from the queue
  ("atomically remove data from the queue"): a consumer killed in the middle of a task
  loses it, where this queue's leases give it to another worker.
- Events, jobs and feed cursors are written in the same transaction by
  ``Store.record_event``, so a feed that is killed after reading an event either
  recorded it with its job, or did not advance its cursor and reads it again.
"""

from __future__ import annotations

import datetime as dt
import enum
import random
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from cratewatch.service.schema import jobs

__all__ = [
    "DEFAULT_LEASE",
    "DEFAULT_MAX_ATTEMPTS",
    "NOTIFY",
    "NOTIFY_MAX_ATTEMPTS",
    "SCREEN",
    "Backoff",
    "Job",
    "JobState",
    "LeaseKeeper",
    "claim_in",
    "complete_in",
    "enqueue_in",
    "fail_in",
    "insert_new",
    "one_line",
    "renew_in",
    "row_to_job",
]

SCREEN = "screen"  # the kind of job record_event enqueues for a new version
NOTIFY = "notify"  # the kind of job Store.notify enqueues: one notification to one channel
#: A notification's attempts: with the default backoff, its retries span some three
#: hours, so a receiver down for an hour still gets it.
NOTIFY_MAX_ATTEMPTS = 12
DEFAULT_LEASE = dt.timedelta(seconds=60)
DEFAULT_MAX_ATTEMPTS = 5
MAX_ERROR_LENGTH = 2000


class JobState(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Job(NamedTuple):
    """A job as claimed or listed. ``claim`` is the token of the claim that returned it:
    ``renew`` and ``fail`` only act while that claim is the job's current one."""

    id: int
    kind: str
    key: str
    payload: dict[str, Any]
    state: JobState
    attempts: int
    max_attempts: int
    run_after: dt.datetime
    lease_until: dt.datetime | None
    claim: str | None
    worker: str | None
    last_error: str | None
    created: dt.datetime
    updated: dt.datetime


class Backoff(NamedTuple):
    """How long a failed job waits before its next attempt: ``base`` seconds after the
    first failure, times ``factor`` after each further one, at most ``cap``, spread by
    ``jitter`` (a fraction either way) so that jobs failing together do not retry
    together."""

    base: float = 10.0
    factor: float = 2.0
    cap: float = 3600.0
    jitter: float = 0.1

    def delay(self, attempts: int) -> dt.timedelta:
        seconds = min(self.cap, self.base * self.factor ** max(0, attempts - 1))
        if self.jitter:
            seconds *= 1 + random.uniform(-self.jitter, self.jitter)
        return dt.timedelta(seconds=seconds)


def row_to_job(row: RowMapping) -> Job:
    """A ``jobs`` row as a ``Job``."""
    return Job(
        id=row["id"],
        kind=row["kind"],
        key=row["key"],
        payload=dict(row["payload"]),
        state=JobState(row["state"]),
        attempts=row["attempts"],
        max_attempts=row["max_attempts"],
        run_after=row["run_after"],
        lease_until=row["lease_until"],
        claim=row["claim"],
        worker=row["worker"],
        last_error=row["last_error"],
        created=row["created"],
        updated=row["updated"],
    )


def one_line(error: str) -> str:
    """An error as one bounded line, as the job's reason shows it."""
    line = " ".join(error.split())
    return line if len(line) <= MAX_ERROR_LENGTH else line[: MAX_ERROR_LENGTH - 1] + "…"


def enqueue_in(
    conn: Connection,
    now: dt.datetime,
    kind: str,
    key: str,
    payload: dict[str, Any],
    *,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    run_after: dt.datetime | None = None,
) -> bool:
    """Add a job unless one of this kind and key exists (whatever its state: a done job is
    not redone by a replayed event). True when added."""
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be at least 1, not {max_attempts}")
    values = {
        "kind": kind,
        "key": key,
        "payload": payload,
        "state": JobState.QUEUED.value,
        "attempts": 0,
        "max_attempts": max_attempts,
        "run_after": run_after or now,
        "created": now,
        "updated": now,
    }
    return insert_new(conn, jobs, values, ["kind", "key"])


def claim_in(
    conn: Connection,
    now: dt.datetime,
    lease: dt.timedelta,
    *,
    kinds: Sequence[str] | None = None,
    worker: str | None = None,
) -> Job | None:
    """Claim the oldest runnable job: queued and due, or running with an expired lease
    (its worker died). A job whose lease expired on its last attempt is failed first,
    with the reason, instead of being claimed once more."""
    c = jobs.c
    expired = sa.and_(c.state == JobState.RUNNING.value, c.lease_until < now)
    died = "the worker stopped before finishing (killed, crashed or hung past its lease)"
    # SKIP LOCKED here too: two workers reaping several such jobs at once would otherwise
    # lock them in different orders and deadlock.
    exhausted = (
        sa.select(c.id)
        .where(expired, c.attempts >= c.max_attempts)
        .with_for_update(skip_locked=True)
    )
    conn.execute(
        sa.update(jobs)
        .where(c.id.in_(exhausted))
        .values(
            state=JobState.FAILED.value,
            last_error=sa.case(
                (
                    c.last_error.is_(None),
                    sa.literal(f"{died} on every attempt (") + sa.cast(c.attempts, sa.Text) + ")",
                ),
                else_=sa.literal(f"{died} on the last attempt; before that: ") + c.last_error,
            ),
            lease_until=None,
            claim=None,
            updated=now,
        )
    )
    runnable = sa.or_(
        sa.and_(c.state == JobState.QUEUED.value, c.run_after <= now),
        expired,
    )
    pick = sa.select(c.id).where(runnable)
    if kinds is not None:
        pick = pick.where(c.kind.in_(list(kinds)))
    pick = pick.order_by(c.run_after, c.id).limit(1).with_for_update(skip_locked=True)
    token = secrets.token_hex(16)
    row = (
        conn.execute(
            sa.update(jobs)
            .where(c.id == pick.scalar_subquery())
            .values(
                state=JobState.RUNNING.value,
                attempts=c.attempts + 1,
                lease_until=now + lease,
                claim=token,
                worker=worker,
                updated=now,
            )
            .returning(*jobs.c)
        )
        .mappings()
        .first()
    )
    return None if row is None else row_to_job(row)


def renew_in(conn: Connection, now: dt.datetime, job: Job, lease: dt.timedelta) -> bool:
    """Extend the lease of ``job``'s claim. False when the claim is no longer current
    (the lease ran out and another worker took the job, or it was completed): the worker
    should stop, its result would not be needed."""
    c = jobs.c
    result = conn.execute(
        sa.update(jobs)
        .where(c.id == job.id, c.claim == job.claim, c.state == JobState.RUNNING.value)
        .values(lease_until=now + lease, updated=now)
    )
    return result.rowcount == 1


def complete_in(conn: Connection, now: dt.datetime, job: Job) -> bool:
    """Mark ``job`` done, in the caller's transaction (the one that saves its result).
    The work is done whoever did it, so a late worker whose lease was taken over still
    completes the job; the worker holding it then finds its lease gone. False when the
    job was done already."""
    c = jobs.c
    result = conn.execute(
        sa.update(jobs)
        .where(c.id == job.id, c.state != JobState.DONE.value)
        .values(state=JobState.DONE.value, lease_until=None, claim=None, updated=now)
    )
    return result.rowcount == 1


def fail_in(
    conn: Connection,
    now: dt.datetime,
    job: Job,
    error: str,
    backoff: Backoff,
    *,
    retry: bool = True,
) -> JobState | None:
    """Record a failed attempt of ``job``'s claim: queued again after the backoff, or
    failed for good with ``error`` as its reason once its attempts are spent (or at once
    when ``retry`` is False). Returns the job's new state, or None when the claim is no
    longer current (another worker has the job now; its outcome stands)."""
    c = jobs.c
    row = (
        conn.execute(
            sa.select(c.attempts, c.max_attempts)
            .where(c.id == job.id, c.claim == job.claim, c.state == JobState.RUNNING.value)
            .with_for_update()
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    attempts = int(row["attempts"])
    final = not retry or attempts >= int(row["max_attempts"])
    state = JobState.FAILED if final else JobState.QUEUED
    reason = one_line(error)
    if final and retry:
        reason = f"failed {attempts} times; last: {reason}"
    conn.execute(
        sa.update(jobs)
        .where(c.id == job.id)
        .values(
            state=state.value,
            run_after=now if final else now + backoff.delay(attempts),
            lease_until=None,
            claim=None,
            last_error=reason,
            updated=now,
        )
    )
    return state


def insert_new(
    conn: Connection, table: sa.Table, values: dict[str, Any], conflict: list[str]
) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING on either database; True when a row was added."""
    statement: Any
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement = pg_insert(table)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(table)
    # RETURNING rather than rowcount, which drivers need not report for this statement.
    added = statement.values(values).on_conflict_do_nothing(index_elements=conflict)
    return conn.execute(added.returning(sa.literal_column("1"))).first() is not None


class LeaseKeeper:
    """Renews a claimed job's lease from a background thread while the worker works::

        with store.keep_lease(job) as keeper:
            result = screen(job)          # may take minutes
            if keeper.lost: return        # another worker has it now

    Renewal stops after ``max_runtime``: a worker hung on a hostile archive keeps its
    thread alive, and a lease renewed for ever would hide it; once renewal stops, the
    lease runs out and the job goes to another worker or, after its last attempt, to
    ``failed``. (The hung process itself is its supervisor's to kill.)"""

    def __init__(
        self,
        renew: Callable[[], bool],
        interval: float,
        max_runtime: float | None = None,
    ) -> None:
        self._renew = renew
        self._interval = interval
        self._deadline = None if max_runtime is None else time.monotonic() + max_runtime
        self._stop = threading.Event()
        self._lost = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cratewatch-lease", daemon=True)

    @property
    def lost(self) -> bool:
        """True once a renewal found the claim gone, or renewal stopped at the deadline."""
        return self._lost.is_set()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            if self._deadline is not None and time.monotonic() >= self._deadline:
                self._lost.set()
                return
            try:
                still_ours = self._renew()
            except Exception:
                # A store that is briefly unreachable: the lease has slack for a few
                # missed renewals, so try again at the next interval.
                continue
            if not still_ours:
                self._lost.set()
                return

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
