"""Running the service: feeds polled, workers screening, notifications sent.

``poll_feed`` is one round of one feed: its events recorded in the store (each new
version with its ``screen`` job, in one transaction), the cursor saved with the last
event, so a feed killed at any moment resumes where its last recorded event was.
``Service`` runs every part: a thread per feed, worker processes (each opens its own
store: connections do not survive ``fork``), a thread sending notifications (claimed
from the queue like the workers' jobs, so several services can share a store), and, under
``cratewatch serve``, the HTTP API. Every loop stops on ``stop`` and every process is
ended when the service is, so SIGTERM or Ctrl-C leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cratewatch.errors import CratewatchError
from cratewatch.service.feeds.interface import Feed, FeedBatch
from cratewatch.service.worker import StoreView, WorkerSettings, process_one

if TYPE_CHECKING:
    from cratewatch.model.advisory import Advisory
    from cratewatch.service.notify import EmailTarget, WebhookTarget
    from cratewatch.service.store import Store

__all__ = ["PollResult", "Service", "StopFlag", "deliver_due", "poll_feed", "work"]

log = logging.getLogger("cratewatch.service")

#: How long a notification's send keeps its lease renewed (a hung SMTP server, ...).
_SEND_TIME_LIMIT = dt.timedelta(minutes=5)


class StopFlag:
    """A stop signal shared with forked workers. Not a ``multiprocessing.Event``: its lock
    is held while a process waits on it, and a worker killed with SIGKILL while waiting
    would leave it held for ever (and ``set`` would hang). A flag in shared memory has no
    lock to leave behind; a waiting worker looks at it every tenth of a second, and also
    stops when the process that started it is gone."""

    def __init__(self) -> None:
        self._flag = multiprocessing.get_context("fork").RawValue("b", 0)
        self._parent = os.getpid()

    def set(self) -> None:
        self._flag.value = 1

    def is_set(self) -> bool:
        return bool(self._flag.value) or (os.getpid() != self._parent and os.getppid() == 1)

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self.is_set() and time.monotonic() < deadline:
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
        return self.is_set()


class PollResult(NamedTuple):
    events: int  # events the feed reported
    new: int  # of them, news to the store
    problems: tuple[str, ...]


def poll_feed(store: Store, feed: Feed) -> PollResult:
    """One poll of ``feed``: events recorded, cursor saved with the last of them."""
    batch: FeedBatch = feed.poll(store.cursor(feed.name))
    new = 0
    for index, event in enumerate(batch.events):
        last = index == len(batch.events) - 1
        cursor = (feed.name, batch.cursor) if last and batch.cursor is not None else None
        new += store.record_event(event, cursor=cursor)
    if not batch.events and batch.cursor is not None:
        store.set_cursor(feed.name, batch.cursor)
    return PollResult(len(batch.events), new, batch.problems)


def deliver_due(
    store: Store,
    targets: Mapping[str, WebhookTarget | EmailTarget],
    limit: int = 100,
    *,
    worker: str | None = None,
) -> int:
    """Claim and send due notifications (the queue's ``notify`` jobs), at most ``limit``;
    the number delivered. Each is sent under a lease, so several senders sharing a store
    never send one notification at the same time, and one killed mid-send leaves it to
    another once the lease runs out. A failed send is retried after the store's backoff
    and ends failed, with the reason, after its last attempt. Delivery is at least once:
    a sender killed after the receiver accepted but before the job was completed sends
    it again, with the same ``id`` (the notification's key) for the receiver to drop."""
    from cratewatch.service.notify import Notification, NotifyError, deliver
    from cratewatch.service.queue import NOTIFY

    sent = 0
    for _ in range(limit):
        job = store.claim([NOTIFY], worker=worker)
        if job is None:
            break
        channel = str(job.payload.get("channel", ""))
        target = targets.get(channel)
        if target is None:
            store.fail(job, f"no channel {channel!r} is configured for this sender")
            continue
        payload = dict(job.payload.get("payload") or {})
        subject = (
            f"{payload.get('crate', '?')} {payload.get('version', '')}: "
            f"{payload.get('kind', 'notification')} ({payload.get('risk', '')})"
        )
        note = Notification(str(payload.get("kind", "")), subject, payload, job.created, job.key)
        try:
            with store.keep_lease(job, max_runtime=_SEND_TIME_LIMIT) as keeper:
                deliver(note, target)
        except NotifyError as exc:
            store.fail(job, str(exc))
            continue
        except Exception as exc:  # a bug or a hostile payload: the job's, not the loop's
            log.exception("notification %s", job.key)
            store.fail(job, f"{type(exc).__name__}: {exc}")
            continue
        if keeper.lost:
            log.warning("notification %s: sent after its lease ran out", job.key)
        store.complete(job)
        sent += 1
    return sent


def work(
    store_url: str,
    settings: WorkerSettings,
    stop: StopFlag | threading.Event,
    *,
    view_options: Mapping[str, object] | None = None,
    idle: float = 0.5,
    name: str | None = None,
) -> None:
    """A worker's loop: screen jobs until ``stop`` is set (in a process of its own)."""
    from cratewatch.scan.analyze import prepare
    from cratewatch.service.store import Store

    prepare()  # compiled once here, inherited by every screening's forked child
    with Store(store_url, lease=dt.timedelta(seconds=settings.lease)) as store:
        view = StoreView(store, settings.crate_dir, **dict(view_options or {}))  # type: ignore[arg-type]
        while not stop.is_set():
            try:
                busy = process_one(store, settings, view, worker=name)
            except CratewatchError as exc:  # the store is unreachable: wait and retry
                log.warning("worker %s: %s", name, exc)
                busy = False
            if not busy:
                stop.wait(idle)


class Service:
    """Every part of a running service, started by ``start`` and ended by ``stop``."""

    def __init__(
        self,
        store_url: str,
        settings: WorkerSettings,
        feeds: Sequence[Feed] = (),
        *,
        workers: int = 2,
        poll_interval: float = 10.0,
        targets: Mapping[str, WebhookTarget | EmailTarget] | None = None,
        on_poll: Callable[[Feed, PollResult], None] | None = None,
        advisories: Callable[[], Iterable[Advisory]] | None = None,
        advisory_interval: float = 600.0,
        owners_dump: Path | None = None,
        owners_interval: float = 60.0,
    ) -> None:
        self.store_url = store_url
        self.settings = settings
        self.feeds = list(feeds)
        self.workers = workers
        self.poll_interval = poll_interval
        self.targets = dict(targets or {})
        self.on_poll = on_poll
        self.advisories = advisories
        self.advisory_interval = advisory_interval
        self.owners_dump = owners_dump
        self.owners_interval = owners_interval
        self._stop = StopFlag()
        self._threads: list[threading.Thread] = []
        self._processes: list[multiprocessing.process.BaseProcess] = []

    def start(self) -> None:
        Path(self.settings.crate_dir).mkdir(parents=True, exist_ok=True)
        if self.advisories is not None:
            # Before any worker screens: which crates are malware is known from the
            # first screening on (the loop below keeps it current).
            from cratewatch.service.store import Store

            with Store(self.store_url) as store:
                self._sync_advisories(store)
        context = multiprocessing.get_context("fork")
        for number in range(self.workers):
            process = context.Process(
                target=work,
                args=(self.store_url, self.settings, self._stop),
                kwargs={"name": f"worker-{number}"},
                name=f"cratewatch-worker-{number}",
                # not a daemon: a worker forks a child per screening, which daemons may
                # not; ``stop`` ends workers, and a worker whose parent is gone stops
                daemon=False,
            )
            process.start()
            self._processes.append(process)
        for feed in self.feeds:
            self._thread(f"feed {feed.name}", self._poll_loop, feed)
        if self.targets:
            self._thread("notifications", self._notify_loop)
        if self.advisories is not None:
            self._thread("advisories", self._advisory_loop)
        if self.owners_dump is not None:
            self._thread("owners", self._owners_loop)

    def _thread(self, name: str, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=f"cratewatch {name}", daemon=True)
        thread.start()
        self._threads.append(thread)

    def _poll_loop(self, feed: Feed) -> None:
        from cratewatch.service.store import Store

        with Store(self.store_url) as store:
            while not self._stop.is_set():
                try:
                    result = poll_feed(store, feed)
                    for problem in result.problems:
                        log.warning("%s: %s", feed.describe(), problem)
                    if self.on_poll is not None:
                        self.on_poll(feed, result)
                except CratewatchError as exc:  # the feed or the store is down: retry later
                    log.warning("%s: %s", feed.describe(), exc)
                self._stop.wait(self.poll_interval)

    def _notify_loop(self) -> None:
        from cratewatch.service.store import Store

        with Store(self.store_url) as store:
            while not self._stop.is_set():
                busy = False
                try:
                    busy = deliver_due(store, self.targets) > 0  # more may be due
                except CratewatchError as exc:
                    log.warning("notifications: %s", exc)
                if not busy:
                    self._stop.wait(self.poll_interval)

    def _advisory_loop(self) -> None:
        """The advisory database read again every ``advisory_interval`` (a compiled
        database is reused while its sources are unchanged), what changed synced; the
        first sync is ``start``'s."""
        from cratewatch.service.store import Store

        with Store(self.store_url) as store:
            while not self._stop.wait(self.advisory_interval):
                self._sync_advisories(store)

    def _sync_advisories(self, store: Store) -> None:
        from cratewatch.service.advisories import sync_advisories

        assert self.advisories is not None
        try:
            result = sync_advisories(store, self.advisories(), notify_channels=tuple(self.targets))
            if result.saved:
                log.info("advisories: %d new or changed", len(result.saved))
        except CratewatchError as exc:
            log.warning("advisories: %s", exc)

    def _owners_loop(self) -> None:
        """The database dump of ``owners_dump`` imported at start and again whenever the
        file changes (its size or modification time), looked at every
        ``owners_interval``. At start, a file the store has imported already (same name,
        size and time) is not imported again."""
        from cratewatch.service.store import Store

        assert self.owners_dump is not None
        with Store(self.store_url) as store:
            tried = self._import_owners(store, self.owners_dump, None, at_start=True)
            while not self._stop.wait(self.owners_interval):
                tried = self._import_owners(store, self.owners_dump, tried)

    @staticmethod
    def _import_owners(
        store: Store, dump: Path, tried: tuple[int, int] | None, *, at_start: bool = False
    ) -> tuple[int, int] | None:
        """Import ``dump`` unless it is the file last tried (``tried``: its size and
        modification time); one log line. A dump that cannot be read is one line naming
        the file, never a traceback, and the store keeps the previous import; the same
        file is not tried again until it changes, while a store that cannot be reached
        is tried again next time. The state of the file tried."""
        from cratewatch.errors import DumpError
        from cratewatch.service.owners import import_owners

        seen = _file_state(dump)
        if seen == tried and not at_start:
            return tried
        try:
            last = store.owner_import() if at_start else None
            if last is not None and (last.file, (last.size, last.mtime_ns)) == (str(dump), seen):
                log.info("owners: %s imported already (%s)", dump, last.imported)
                return seen
            started = time.monotonic()
            done = import_owners(store, dump)
        except DumpError as exc:
            log.warning("owners: %s", exc)
        except CratewatchError as exc:
            log.warning("owners: %s", exc)
            return None if at_start else tried
        except Exception as exc:  # not the loop's end
            text = str(exc).splitlines()[0] if str(exc) else ""
            log.warning("owners: %s: import failed (%s: %s)", dump, type(exc).__name__, text)
        else:
            log.info(
                "owners: imported %s (dump of %s): %d crates, %d owners, %d publishers in %.1f s",
                dump,
                done.dump_timestamp or "an unknown time",
                done.crates,
                done.owners,
                done.publishers,
                time.monotonic() - started,
            )
        return seen

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)
        for process in self._processes:
            process.join(timeout)
            if process.is_alive():
                process.kill()
                process.join()
        for feed in self.feeds:
            feed.close()

    @property
    def alive(self) -> bool:
        return all(p.is_alive() for p in self._processes)


def _file_state(path: Path) -> tuple[int, int] | None:
    """A file's (size, modification time in ns), or None when it cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns
