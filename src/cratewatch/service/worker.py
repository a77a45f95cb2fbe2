"""Workers: take ``screen`` jobs from the store's queue and screen each version.

One job, one version: fetch its ``.crate`` (the registry's ``dl`` template, checksum
verified; or the archive a hook or an inbox delivered), keep it in the crate directory
(the diff of the next version and the reviewers' page read it there), screen it against
the store's view of the registry, and save the screening: the save completes the job in
the same transaction, so a worker killed at any moment either saved a screening and
finished its job, or did neither and the job is claimed again once its lease lapses.

The screening itself runs in a child process with a time limit and a memory limit: a
hostile archive that hangs or exhausts the analysis costs one attempt of that job, never
the worker, and after the job's last attempt it ends as failed with the reason.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
import shutil
import time
from collections.abc import Iterable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from cratewatch.isolate import limit_memory
from cratewatch.model.package import normalize_crate_name
from cratewatch.service.model import Published, Screening, TriageState, VersionKey
from cratewatch.service.queue import SCREEN
from cratewatch.service.view import owned_malware

if TYPE_CHECKING:
    from cratewatch.scan.dependencies import Compromised
    from cratewatch.service.store import Store
    from cratewatch.service.view import OwnerHistory
    from cratewatch.typosquat.screen import Screener

__all__ = ["StoreView", "WorkerSettings", "crate_file", "process_one", "published_from"]

#: How long the advisories' malicious crates are kept before the store is asked again.
_ADVISORIES_TTL: Final = 60.0
#: How much more memory than the worker holds a screening may take.
_MEMORY_HEADROOM: Final = 2 * 1024**3
#: The per-file scan results the screenings share, in the crate directory: a new
#: version's scan and its diff with the previous one reread what did not change.
SCAN_CACHE: Final = "scan-cache.sqlite"


class WorkerSettings(NamedTuple):
    crate_dir: Path  # where fetched archives are kept (one file per version key)
    registry: str  # sparse index URL for downloads ("crates.io" or https://...)
    time_limit: float = 120.0  # seconds a screening may take
    lease: float = 60.0  # seconds a claimed job stays a worker's without renewal
    notify_channels: tuple[str, ...] = ()  # channels a needs-review version is notified on


_SAFE_VERSION: Final = re.compile(r"[0-9A-Za-z.+-]{1,128}")
_SAFE_CHECKSUM: Final = re.compile(r"[0-9a-f]{64}|")


def crate_file(crate_dir: Path, key: VersionKey) -> Path:
    """Where the archive of ``key`` is kept. The key comes from a feed: a name, version
    or checksum that could name another file (``/``, ``..``) is refused."""
    from cratewatch.typosquat.names import name_problem

    if (
        name_problem(key.name) is not None
        or not _SAFE_VERSION.fullmatch(key.version)
        or not _SAFE_CHECKSUM.fullmatch(key.checksum)
    ):
        raise ValueError(f"not a version key: {key.name!r} {key.version!r}")
    return crate_dir / f"{key.name}-{key.version}-{key.checksum or 'unknown'}.crate"


def published_from(payload: Mapping[str, Any]) -> Published:
    """The event a ``screen`` job carries (the store writes it from a ``Published``)."""

    def when(value: Any) -> dt.datetime | None:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else None

    def text(value: Any) -> str | None:
        return value if isinstance(value, str) and value else None

    seen = when(payload.get("seen")) or dt.datetime.now(dt.UTC)
    return Published(
        name=str(payload["name"]),
        version=str(payload["version"]),
        checksum=payload.get("checksum") or None,
        source=str(payload.get("source", "")),
        seen=seen,
        published=when(payload.get("published")),
        index_line=payload.get("index_line"),
        crate_path=payload.get("crate_path"),
        download_url=text(payload.get("download_url")),
        publisher=text(payload.get("publisher")),
    )


class StoreView:
    """The ``RegistryView`` the store gives: earlier versions' archives in the crate
    directory, first publication and yanks from what the feeds recorded, owners and
    publishers from the last database dump imported (``owners.py``; with the publish
    hook's publishers of newer versions), the typosquat screener, and the known-malicious
    crates of the advisories the store holds (and any the view is given). A crate's
    first publication is the earliest of what the feeds saw and what the dump says.
    Without a dump, owners are unknown (a registry index has none) and the owner signals
    stay silent."""

    def __init__(
        self,
        store: Store,
        crate_dir: Path,
        *,
        screener: Screener | None = None,
        malicious: Mapping[str, str] | None = None,
    ) -> None:
        self._store = store
        self._crate_dir = crate_dir
        self._screener = screener
        self._malicious = dict(malicious or {})
        self._synced: tuple[float, dict[str, str], dict[str, Compromised]] | None = None

    def previous_crate(self, name: str, version: str) -> Path | None:
        row = self._store.previous_version(name, version)
        if row is None:
            return None
        path = crate_file(self._crate_dir, row.key)
        return path if path.is_file() else None

    def first_published(self, name: str) -> dt.datetime | None:
        times = [r.published or r.first_seen for r in self._store.crate_history(name)]
        dumped = self._store.dump_first_published(name)
        if dumped is not None:
            times.append(dumped)
        return min(times) if times else None

    def recent_yanks(self, name: str, before: dt.datetime) -> list[tuple[str, dt.datetime]]:
        return [(v, when) for v, when in self._store.yanks(name) if when <= before]

    def owners(self, name: str) -> OwnerHistory | None:
        return self._store.owner_history(name)

    def screener(self) -> Screener | None:
        return self._screener

    def malicious_crates(self) -> Mapping[str, str]:
        """The crates the advisories the store holds report as malware (the advisory
        loop keeps them synced), read again at most once a minute, and those the view
        was given."""
        return {**self._advisories()[1], **self._malicious}

    def compromised_releases(self) -> Mapping[str, Compromised]:
        """Good crates with a malicious release, from the same advisories."""
        return self._advisories()[2]

    def _advisories(self) -> tuple[float, dict[str, str], dict[str, Compromised]]:
        now = time.monotonic()
        if self._synced is None or now - self._synced[0] > _ADVISORIES_TTL:
            self._synced = (now, *self._store.malware())
        return self._synced

    def owned_malware(self, logins: Iterable[str]) -> list[tuple[str, str, str]]:
        owned = self._store.crates_owned_by(logins)
        confirmed = self._store.confirmed_malicious(crate for _, crate in owned)
        return owned_malware(owned, self.malicious_crates(), confirmed)


def process_one(
    store: Store,
    settings: WorkerSettings,
    view: StoreView,
    *,
    worker: str | None = None,
) -> bool:
    """Claim one ``screen`` job and do it; False when there was none to claim."""
    job = store.claim([SCREEN], worker=worker)
    if job is None:
        return False
    event = published_from(job.payload)
    if store.is_allowed(event.name, event.version):
        store.complete(job)  # an allowlisted version is not screened
        return True
    try:
        with store.keep_lease(job, max_runtime=dt.timedelta(seconds=settings.time_limit * 2)):
            screening = _screen_job(job.id, event, settings, view)
    except Exception as exc:  # any failure is the job's, recorded with it
        store.fail(job, f"{type(exc).__name__}: {exc}")
        return True
    store.save_screening(screening, job=job, notifications=_notifications(screening, settings))
    return True


def _notifications(
    screening: Screening, settings: WorkerSettings
) -> list[tuple[str, str, dict[str, Any]]]:
    """What a screening tells the notification channels: a version that needs review."""
    if screening.state is not TriageState.NEEDS_REVIEW:
        return []
    key = VersionKey(screening.name, screening.version, screening.checksum)
    payload = {
        "kind": "needs-review",
        "crate": screening.name,
        "version": screening.version,
        "checksum": screening.checksum,
        "risk": screening.risk.value,
        "signals": [s.code for s in screening.signals],
    }
    return [
        (f"needs-review {key} {channel}", channel, payload) for channel in settings.notify_channels
    ]


def _screen_job(
    job_id: int, event: Published, settings: WorkerSettings, view: StoreView
) -> Screening:
    from cratewatch.registry.download import CrateDownloader
    from cratewatch.service.screening import fetch_crate

    scratch = settings.crate_dir / ".incoming" / str(job_id)
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        with CrateDownloader(settings.registry) as downloader:
            fetched = fetch_crate(event, scratch, downloader)
        key = VersionKey(event.name, event.version, fetched.checksum or "")
        kept = crate_file(settings.crate_dir, key)
        if not kept.is_file():
            shutil.copyfile(fetched.path, kept.with_suffix(".part"))
            kept.with_suffix(".part").replace(kept)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    # The child must not touch the store (its connections do not survive a fork): it
    # gets the view's answers, asked here.
    answers = _Answers.of(view, event, kept)
    cache = settings.crate_dir / SCAN_CACHE
    return _in_child(kept, event, fetched.checksum, answers, settings.time_limit, cache)


class _Answers:
    """A ``RegistryView`` frozen for one version: what the store said, asked before the
    screening's process is forked."""

    def __init__(
        self,
        previous: Path | None,
        first: Mapping[str, dt.datetime | None],
        yanks: list[tuple[str, dt.datetime]],
        screener: Screener | None,
        malicious: tuple[Mapping[str, str], Mapping[str, Compromised]],
        owners: Mapping[str, OwnerHistory | None],
        affiliated: list[tuple[str, str, str]],
    ) -> None:
        self._previous, self._first, self._yanks = previous, first, yanks
        self._screener, (self._malicious, self._compromised) = screener, malicious
        self._owners, self._affiliated = owners, affiliated

    @classmethod
    def of(cls, view: StoreView, event: Published, crate: Path) -> _Answers:
        """The answers about ``event``'s crate, and the first publication and owners of
        every crate its manifest depends on (what the screening asks of them). A publisher
        the event names (the publish hook's) is this version's when the store has none."""
        from cratewatch.scan.extract import read_crate
        from cratewatch.scan.manifest import read_manifest

        until = event.published or event.seen
        names = {event.name, *(d.name for d in read_manifest(read_crate(crate).files).dependencies)}
        owners = {normalize_crate_name(n): view.owners(n) for n in names}
        own = owners.get(normalize_crate_name(event.name))
        if own is not None and event.publisher and own.publisher_of(event.version) is None:
            owners[normalize_crate_name(event.name)] = own._replace(
                publishers=(*own.publishers, (event.version, event.publisher))
            )
        return cls(
            view.previous_crate(event.name, event.version),
            {normalize_crate_name(n): view.first_published(n) for n in names},
            view.recent_yanks(event.name, until),
            view.screener(),
            (view.malicious_crates(), view.compromised_releases()),
            owners,
            view.owned_malware(o.login for o in own.owners) if own is not None else [],
        )

    def previous_crate(self, name: str, version: str) -> Path | None:
        return self._previous

    def first_published(self, name: str) -> dt.datetime | None:
        return self._first.get(normalize_crate_name(name))

    def recent_yanks(self, name: str, before: dt.datetime) -> list[tuple[str, dt.datetime]]:
        return [(v, when) for v, when in self._yanks if when <= before]

    def owners(self, name: str) -> OwnerHistory | None:
        return self._owners.get(normalize_crate_name(name))

    def screener(self) -> Screener | None:
        return self._screener

    def malicious_crates(self) -> Mapping[str, str]:
        return self._malicious

    def compromised_releases(self) -> Mapping[str, Compromised]:
        return self._compromised

    def owned_malware(self, logins: Iterable[str]) -> list[tuple[str, str, str]]:
        wanted = {login.lower() for login in logins}
        return [a for a in self._affiliated if a[0].lower() in wanted]


def _in_child(
    crate: Path,
    event: Published,
    checksum: str | None,
    view: _Answers,
    limit: float,
    cache: Path | None = None,
) -> Screening:
    """``screen_version`` in a forked child with a time and memory limit; ``cache``:
    the file of per-file scan results the screenings share (``scan/cache.py``)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(send, crate, event, checksum, view, cache), name="cratewatch-screen"
    )
    child.start()
    send.close()
    try:
        if not receive.poll(limit):
            raise TimeoutError(f"the screening took more than {limit:g} s")
        ok, value = receive.recv()
    except EOFError:
        raise RuntimeError(
            f"the screening process ended without a result (exit code {child.exitcode})"
        ) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    if not ok:
        raise RuntimeError(str(value))
    assert isinstance(value, Screening)
    return value


def _child(
    send: Connection,
    crate: Path,
    event: Published,
    checksum: str | None,
    view: _Answers,
    cache: Path | None = None,
) -> None:
    from cratewatch.scan.cache import ScanCache
    from cratewatch.service.screening import screen_version

    limit_memory(_MEMORY_HEADROOM)  # a platform without it still has the time limit
    try:
        screening = screen_version(
            crate,
            event.name,
            event.version,
            checksum,
            view,
            published=event.published,
            cache=ScanCache(cache) if cache is not None else None,
        )
        send.send((True, screening))
    except BaseException as exc:  # reported to the parent, which decides
        send.send((False, f"{type(exc).__name__}: {exc}".splitlines()[0]))
    finally:
        send.close()
