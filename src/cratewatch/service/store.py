"""The service's store: every version seen, its screenings and triage log, the feeds'
events and cursors, the work queue (screenings and notifications to do), API tokens, the
allowlist and advisories' exposure, in one schema on SQLite or PostgreSQL.

SQLite is the default (a file in the user data directory): nothing to install or run,
for one machine. PostgreSQL is for teams: several API servers and workers on several
machines share one database. The same SQLAlchemy Core statements run on both; where the
two differ (``INSERT ... ON CONFLICT``, ``FOR UPDATE SKIP LOCKED``, how a write
transaction begins) the difference is in one helper.

On SQLite the database is in WAL mode (readers never wait for the writer) and every
write transaction begins with ``BEGIN IMMEDIATE``: it takes the single write lock at its
start, waiting up to the busy timeout, instead of failing with "database is locked" when
a read turns into a write half-way. On PostgreSQL, rows that a read-modify-write depends
on are locked with ``SELECT ... FOR UPDATE``.

The schema is migrated when a store is opened (``migrations/``), under a lock that keeps
two processes from migrating at once. See docs/service.md.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
import secrets
import socket
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, RowMapping
from sqlalchemy.engine.url import URL, make_url

from cratewatch.closeable import Closeable
from cratewatch.errors import ServiceStoreError
from cratewatch.model.package import normalize_crate_name
from cratewatch.service import queue
from cratewatch.service.clock import CLOCK_CHECK, ServerClock
from cratewatch.service.model import (
    Published,
    Risk,
    Role,
    Screening,
    Signal,
    TriageState,
    VersionKey,
    Yanked,
)
from cratewatch.service.queue import Backoff, Job, JobState, LeaseKeeper
from cratewatch.service.schema import (
    advisories,
    allowlist,
    crate_owners,
    dump_crates,
    events,
    exposures,
    feed_cursors,
    jobs,
    owner_import,
    screenings,
    tokens,
    triage_log,
    version_publishers,
    versions,
)
from cratewatch.service.view import Owner, OwnerHistory

if TYPE_CHECKING:
    from cratewatch.scan.dependencies import Compromised

__all__ = [
    "SYSTEM",
    "AllowEntry",
    "NewToken",
    "OwnerImport",
    "Page",
    "Store",
    "TokenInfo",
    "TriageEntry",
    "VersionDetail",
    "VersionFilter",
    "VersionRow",
    "default_store_url",
    "utcnow",
]

SYSTEM = "cratewatch"  # who the triage rows written by screenings name
BUSY_TIMEOUT = 30.0  # seconds a SQLite writer waits for the write lock
MIGRATION_LOCK = 0x63770001  # PostgreSQL advisory lock id held while migrating
TOKEN_PREFIX = "cwt_"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_store_url() -> str:
    """``sqlite:///`` of ``$XDG_DATA_HOME/cratewatch/service.sqlite3`` (else
    ``~/.local/share/cratewatch/service.sqlite3``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(base) / 'cratewatch' / 'service.sqlite3'}"


class VersionFilter(NamedTuple):
    """What the API's version list filters on; None means any."""

    crate: str | None = None  # any spelling: compared in canonical form
    risk: Risk | None = None  # at least this risk (unscreened versions never match)
    state: TriageState | None = None  # current triage state
    since: dt.datetime | None = None  # first seen at or after
    yanked: bool | None = None


class VersionRow(NamedTuple):
    id: int
    key: VersionKey
    first_seen: dt.datetime
    published: dt.datetime | None
    source: str
    index_line: str | None
    crate_path: str | None
    yanked: bool
    risk: Risk | None  # of the latest screening
    state: TriageState | None  # the latest triage row's
    screened: dt.datetime | None


class Page(NamedTuple):
    """One page of a list, newest first; ``cursor`` fetches the next (None: the last)."""

    items: tuple[VersionRow, ...]
    cursor: str | None


class TriageEntry(NamedTuple):
    state: TriageState
    who: str
    at: dt.datetime
    why: str


class VersionDetail(NamedTuple):
    version: VersionRow
    screenings: tuple[Screening, ...]  # oldest first
    triage: tuple[TriageEntry, ...]  # oldest first; the last is the current state


class NewToken(NamedTuple):
    """A created token. ``secret`` is shown once: the store keeps only its hash."""

    id: int
    secret: str


class TokenInfo(NamedTuple):
    id: int
    name: str
    role: Role
    created: dt.datetime
    revoked: dt.datetime | None


class AllowEntry(NamedTuple):
    crate: str
    version: str | None  # None: every version
    who: str
    why: str
    at: dt.datetime


class OwnerImport(NamedTuple):
    """An import of owners and publishers: which file (its size and modification time,
    to tell when it changes), its dump time, when it was imported, the rows it gave."""

    file: str
    size: int
    mtime_ns: int
    dump_timestamp: str | None
    imported: dt.datetime
    crates: int
    owners: int
    publishers: int


def _hash_secret(secret: str) -> str:
    # A token is 256 random bits: no dictionary to guess from, so one SHA-256 (not a
    # slow password hash) is enough, and lets a check find the row by its hash.
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    text = str(original).strip() or type(original).__name__
    return text.splitlines()[0].strip()


def _version_row(row: RowMapping) -> VersionRow:
    rank = row["risk_rank"]
    return VersionRow(
        id=row["id"],
        key=VersionKey(row["name"], row["version"], row["checksum"]),
        first_seen=row["first_seen"],
        published=row["published"],
        source=row["source"],
        index_line=row["index_line"],
        crate_path=row["crate_path"],
        yanked=bool(row["yanked"]),
        risk=None if rank is None else list(Risk)[rank],
        state=None if row["state"] is None else TriageState(row["state"]),
        screened=row["screened"],
    )


def _encode_cursor(row: VersionRow) -> str:
    raw = f"{row.first_seen.isoformat()}|{row.id}".encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8")
        seen, _, ident = raw.partition("|")
        when = dt.datetime.fromisoformat(seen)
        if when.tzinfo is None:
            raise ValueError("naive time")
        return when, int(ident)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ValueError(f"invalid cursor {cursor!r}") from None


class Store(Closeable):
    """The service's store at ``url`` (default: ``default_store_url()``), opened and
    migrated to the newest schema. Safe to share between threads; each process opens its
    own (connections do not survive ``fork``).

    ``clock`` gives the time every write records and every lease and backoff is measured
    against (tests pass a fake one). Without it, the time is ``clock_source`` (the local
    clock) on SQLite, and on PostgreSQL the database server's, so that machines sharing
    it agree: ``clock_source`` plus its offset to the server's clock, measured when the
    store opens and again every ``clock_check`` (``service/clock.py``). ``lease`` is how
    long a claimed job stays a worker's without renewal; ``backoff`` spaces a failing
    job's retries."""

    def __init__(
        self,
        url: str | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        clock_source: Callable[[], dt.datetime] = utcnow,
        clock_check: dt.timedelta = CLOCK_CHECK,
        lease: dt.timedelta = queue.DEFAULT_LEASE,
        backoff: Backoff | None = None,
        max_attempts: int = queue.DEFAULT_MAX_ATTEMPTS,
    ) -> None:
        text = url or default_store_url()
        self._clock = clock or clock_source
        self.lease = lease
        self.backoff = backoff or Backoff()
        self.max_attempts = max_attempts
        self.url = text
        parsed = self._parse(text)
        self.url = parsed.render_as_string(hide_password=True)
        self._engine = self._create_engine(parsed)
        try:
            self._migrate()
            if clock is None and self.dialect == "postgresql":
                self._clock = self._server_clock(clock_source, clock_check)
        except BaseException:
            self._engine.dispose()
            raise

    # -- opening ----------------------------------------------------------------------

    def _fail(self, problem: str) -> ServiceStoreError:
        return ServiceStoreError(f"store {self.url}: {problem}")

    def _parse(self, text: str) -> URL:
        try:
            parsed = make_url(text)
        except (sa.exc.ArgumentError, ValueError):
            raise self._fail(
                "not a store URL (use sqlite:///PATH or postgresql://USER@HOST:PORT/DB)"
            ) from None
        self.url = parsed.render_as_string(hide_password=True)
        backend = parsed.get_backend_name()
        if backend == "sqlite":
            if parsed.get_driver_name() not in ("pysqlite", ""):
                raise self._fail(f"unsupported SQLite driver {parsed.get_driver_name()!r}")
            if not parsed.database or parsed.database == ":memory:":
                raise self._fail("needs a file: sqlite:///PATH")
            return parsed.set(drivername="sqlite")
        if backend in ("postgresql", "postgres"):
            if parsed.get_driver_name() not in ("psycopg", "", "psycopg2"):
                raise self._fail(f"unsupported PostgreSQL driver {parsed.get_driver_name()!r}")
            if not parsed.database:
                raise self._fail("names no database: postgresql://USER@HOST:PORT/DB")
            return parsed.set(drivername="postgresql+psycopg")
        raise self._fail(
            f"unsupported scheme {parsed.drivername!r} (use sqlite:///PATH or "
            "postgresql://USER@HOST:PORT/DB)"
        )

    def _create_engine(self, url: URL) -> Engine:
        if url.get_backend_name() == "sqlite":
            path = Path(str(url.database)).expanduser()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise self._fail(f"cannot create {path.parent}: {error.strerror}") from None
            engine = sa.create_engine(
                url.set(database=str(path)),
                connect_args={"timeout": BUSY_TIMEOUT, "check_same_thread": False},
            )
            self._sqlite_transactions(engine)
            return engine
        return sa.create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": 10, "application_name": "cratewatch"},
        )

    @staticmethod
    def _sqlite_transactions(engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def connect(dbapi_connection: Any, _record: Any) -> None:
            # The sqlite3 module's own transaction handling begins transactions lazily
            # and never with IMMEDIATE; turn it off, and begin them ourselves below.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # committed means on disk
            cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def begin(conn: Connection) -> None:
            mode = conn.get_execution_options().get("cratewatch_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

    def _server_clock(self, source: Callable[[], dt.datetime], every: dt.timedelta) -> ServerClock:
        server = ServerClock(self._engine, source, every=every)
        with self._errors():
            server.measure()
        return server

    def _migrate(self) -> None:
        from cratewatch.service.migrations import upgrade

        with self._write() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
            problem = upgrade(conn)
        if problem is not None:
            raise self._fail(problem)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._engine.dialect.name

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for tools and tests that look at the database itself."""
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- transactions -----------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sa.exc.OperationalError as error:
            problem = _first_line(error)
            if self.dialect == "postgresql" and "connection" in problem.lower():
                problem = f"cannot connect: {problem}"
            raise self._fail(problem) from None
        except sa.exc.DBAPIError as error:
            raise self._fail(_first_line(error)) from None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._errors(), self._engine.connect() as conn:
            conn.execution_options(cratewatch_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._errors(), self._engine.connect() as conn, conn.begin():
            yield conn

    def transaction(self) -> AbstractContextManager[Connection]:
        """A write transaction for work that must commit with a job's completion:
        ``with store.transaction() as conn: ...; store.complete(job, conn=conn)``."""
        return self._write()

    def now(self) -> dt.datetime:
        """The store's time: its clock's (the database server's on PostgreSQL)."""
        return self._clock()

    @property
    def clock_offset(self) -> dt.timedelta | None:
        """The database server's clock minus this machine's, as last measured; None
        when the store does not follow the server's clock (SQLite, or a clock given)."""
        return self._clock.offset if isinstance(self._clock, ServerClock) else None

    # -- events, versions -------------------------------------------------------------

    def record_event(
        self, event: Published | Yanked, *, cursor: tuple[str, str] | None = None
    ) -> bool:
        """Record what a feed saw; True when it is news. A new version is recorded and
        its ``screen`` job enqueued in the same transaction, so no event is recorded
        without its job. A version seen again (by another feed, or a feed replaying after
        a restart) is not news; nor is a yank that does not change the version's state.
        ``cursor`` (feed, position) is saved in the same transaction: a feed killed
        after reading an event has either recorded it or not moved its cursor."""
        now = self._clock()
        with self._write() as conn:
            if isinstance(event, Published):
                new = self._record_published(conn, now, event)
            else:
                new = self._record_yank(conn, now, event)
            if cursor is not None:
                self._set_cursor(conn, now, *cursor)
        return new

    def _record_published(self, conn: Connection, now: dt.datetime, event: Published) -> bool:
        crate = normalize_crate_name(event.name)
        checksum = event.checksum or ""
        added = _insert_event(
            conn, now, "published", f"{crate} {event.version} {checksum}", crate, event
        )
        if not added:
            return False
        v = versions.c
        same = sa.and_(v.crate == crate, v.version == event.version)
        if not checksum:
            if conn.execute(sa.select(v.id).where(same).limit(1)).first() is not None:
                return False
        else:
            # The version was seen before without its checksum (an RSS item): now it is
            # pinned, and still the same version, already queued for screening.
            pinned = conn.execute(
                sa.update(versions).where(same, v.checksum == "").values(checksum=checksum)
            )
            if pinned.rowcount:
                return False
        inserted = queue.insert_new(
            conn,
            versions,
            {
                "name": event.name,
                "crate": crate,
                "version": event.version,
                "checksum": checksum,
                "first_seen": event.seen,
                "published": event.published,
                "source": event.source,
                "index_line": event.index_line,
                "crate_path": event.crate_path,
                "yanked": False,
            },
            ["crate", "version", "checksum"],
        )
        if inserted:
            queue.enqueue_in(
                conn,
                now,
                queue.SCREEN,
                f"{crate} {event.version} {checksum}",
                _event_json(event),
                max_attempts=self.max_attempts,
            )
        return inserted

    def _record_yank(self, conn: Connection, now: dt.datetime, event: Yanked) -> bool:
        crate = normalize_crate_name(event.name)
        v = versions.c
        same = sa.and_(v.crate == crate, v.version == event.version)
        known = conn.execute(sa.select(v.yanked).where(same).with_for_update()).scalars().all()
        if known and all(bool(y) == event.yanked for y in known):
            return False
        kind = "yanked" if event.yanked else "unyanked"
        seen = event.seen.astimezone(dt.UTC).isoformat()
        added = _insert_event(
            conn, now, kind, f"{crate} {event.version} {event.source} {seen}", crate, event
        )
        if added and known:
            conn.execute(sa.update(versions).where(same).values(yanked=event.yanked))
        return added

    def versions(
        self,
        filters: VersionFilter | None = None,
        *,
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page:
        """Versions newest first (by first seen), ``limit`` at a time; pass the page's
        ``cursor`` for the next. Every filter is served by an index (docs/service.md)."""
        query = self.versions_query(filters, limit=limit, cursor=cursor)
        with self._read() as conn:
            rows = [_version_row(r) for r in conn.execute(query).mappings()]
        more = len(rows) > limit
        rows = rows[:limit]
        return Page(tuple(rows), _encode_cursor(rows[-1]) if more and rows else None)

    def versions_query(
        self,
        filters: VersionFilter | None = None,
        *,
        limit: int = 50,
        cursor: str | None = None,
    ) -> sa.Select[Any]:
        """The statement ``versions`` runs (one row more than ``limit``, to know whether
        a next page exists), for the tests that check its plan."""
        if not 1 <= limit <= 1000:
            raise ValueError(f"limit must be between 1 and 1000, not {limit}")
        filters = filters or VersionFilter()
        v = versions.c
        query = sa.select(versions)
        if filters.crate is not None:
            query = query.where(v.crate == normalize_crate_name(filters.crate))
        if filters.risk is not None:
            query = query.where(v.risk_rank >= filters.risk.rank)
        if filters.state is not None:
            query = query.where(v.state == filters.state.value)
        if filters.since is not None:
            query = query.where(v.first_seen >= filters.since)
        if filters.yanked is not None:
            query = query.where(v.yanked == filters.yanked)
        if cursor is not None:
            seen, ident = _decode_cursor(cursor)
            # A row-value comparison, which both databases turn into one index range.
            query = query.where(sa.tuple_(v.first_seen, v.id) < sa.tuple_(seen, ident))
        return query.order_by(v.first_seen.desc(), v.id.desc()).limit(limit + 1)

    def version(self, key: VersionKey) -> VersionDetail | None:
        """A version with all its screenings and its triage log."""
        with self._read() as conn:
            row = self._find(conn, key)
            if row is None:
                return None
            found = _version_row(row)
            s = screenings.c
            screened = tuple(
                _screening(found.key, r)
                for r in conn.execute(
                    sa.select(screenings).where(s.version_id == found.id).order_by(s.id)
                ).mappings()
            )
            t = triage_log.c
            log = tuple(
                TriageEntry(TriageState(r["state"]), r["who"], r["at"], r["why"])
                for r in conn.execute(
                    sa.select(triage_log).where(t.version_id == found.id).order_by(t.id)
                ).mappings()
            )
        return VersionDetail(found, screened, log)

    def _find(self, conn: Connection, key: VersionKey, *, lock: bool = False) -> RowMapping | None:
        v = versions.c
        query = sa.select(versions).where(
            v.crate == normalize_crate_name(key.name),
            v.version == key.version,
            v.checksum == key.checksum,
        )
        if lock:
            query = query.with_for_update()
        return conn.execute(query).mappings().first()

    def crate_history(self, name: str) -> tuple[VersionRow, ...]:
        """Every version of a crate the store has seen, in the order it saw them."""
        v = versions.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(versions)
                .where(v.crate == normalize_crate_name(name))
                .order_by(v.first_seen, v.id)
            ).mappings()
            return tuple(_version_row(r) for r in rows)

    def yanks(self, name: str) -> tuple[tuple[str, dt.datetime], ...]:
        """The crate's versions as the feeds saw them yanked: (version, when), oldest
        first (an unyank later does not remove the yank: it happened)."""
        e = events.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(e.version, e.seen)
                .where(e.crate == normalize_crate_name(name), e.kind == "yanked")
                .order_by(e.seen, e.id)
            )
            return tuple((str(version), seen) for version, seen in rows)

    def version_counts(self) -> dict[tuple[Risk | None, TriageState | None], int]:
        """How many versions have each (risk, triage state); None: not screened yet.
        For the API's statistics and metrics."""
        v = versions.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(v.risk_rank, v.state, sa.func.count()).group_by(v.risk_rank, v.state)
            ).all()
        return {
            (
                None if rank is None else list(Risk)[rank],
                None if state is None else TriageState(state),
            ): int(n)
            for rank, state, n in rows
        }

    def search_crates(self, text: str, *, limit: int = 50) -> tuple[str, ...]:
        """Canonical names of the crates seen whose name contains ``text`` (any spelling),
        the exact match first, then by name."""
        needle = normalize_crate_name(text.strip())
        if not needle:
            return ()
        # LIKE's wildcards in the text are meant literally
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        v = versions.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(v.crate)
                .where(v.crate.like(pattern, escape="\\"))
                .group_by(v.crate)
                .order_by((v.crate != needle), v.crate)
                .limit(limit)
            ).scalars()
            return tuple(str(r) for r in rows)

    def previous_version(self, name: str, before_version: str) -> VersionRow | None:
        """The highest version of the crate below ``before_version`` by Cargo's
        precedence (what a new version is diffed against); versions that are not valid
        SemVer are left out. Among copies of one version, the first seen."""
        from cratewatch.errors import VersionError
        from cratewatch.model.version import Version

        try:
            limit = Version.parse(before_version)
        except VersionError:
            return None
        best: tuple[Version, VersionRow] | None = None
        for row in self.crate_history(name):
            try:
                candidate = Version.parse(row.key.version)
            except VersionError:
                continue
            if candidate < limit and (best is None or best[0] < candidate):
                best = (candidate, row)
        return None if best is None else best[1]

    # -- screenings and triage --------------------------------------------------------

    def save_screening(
        self,
        screening: Screening,
        *,
        job: Job | None = None,
        notifications: Sequence[tuple[str, str, dict[str, Any]]] = (),
        origin: Published | None = None,
    ) -> bool:
        """Save what a version was judged; False (and nothing written) when this version
        was already screened by these rules. With ``job``, the job is completed in the
        same transaction, and ``notifications`` (key, channel, payload, as ``notify``
        takes them) are queued in it: a worker killed at any moment leaves either the
        screening with its notifications or neither. A new screening sets the version's
        triage state to the one it starts in, unless a person has decided since the last
        screening. ``origin`` describes a version no feed reported (a registry scan's):
        where it came from, when it was published, whether it is yanked; no screening
        job is queued for it, this is its screening."""
        now = self._clock()
        key = VersionKey(screening.name, screening.version, screening.checksum)
        with self._write() as conn:
            row = self._find(conn, key, lock=True) or self._pin(conn, key, screening, origin)
            version_id = int(row["id"])
            added = queue.insert_new(
                conn,
                screenings,
                {
                    "version_id": version_id,
                    "rules_version": screening.rules_version,
                    "risk": screening.risk.value,
                    "signals": [
                        {"code": s.code, "risk": s.risk.value, "message": s.message}
                        for s in screening.signals
                    ],
                    "scan": screening.scan,
                    "diff": screening.diff,
                    "screened": screening.screened,
                    "facts": screening.facts,
                },
                ["version_id", "rules_version"],
            )
            if added:
                conn.execute(
                    sa.update(versions)
                    .where(versions.c.id == version_id)
                    .values(risk_rank=screening.risk.rank, screened=screening.screened)
                )
                latest = self._latest_triage(conn, version_id)
                if latest is None or (
                    latest["who"] == SYSTEM and latest["state"] != screening.state.value
                ):
                    self._append_triage(
                        conn,
                        version_id,
                        screening.state,
                        SYSTEM,
                        f"screened with rules {screening.rules_version}: "
                        f"risk {screening.risk.value}",
                        now,
                    )
                for key_text, channel, payload in notifications:
                    self._notify_in(conn, now, key_text, channel, payload)
            if job is not None:
                queue.complete_in(conn, now, job)
        return added

    def _pin(
        self,
        conn: Connection,
        key: VersionKey,
        screening: Screening,
        origin: Published | None = None,
    ) -> RowMapping:
        """The version row a screening belongs to when it has none under its checksum:
        the row seen without a checksum (now pinned), else a new row (a submitted
        crate that no feed reported, or ``origin``'s)."""
        crate = normalize_crate_name(key.name)
        v = versions.c
        unpinned = sa.and_(v.crate == crate, v.version == key.version, v.checksum == "")
        conn.execute(sa.update(versions).where(unpinned).values(checksum=key.checksum))
        row = self._find(conn, key, lock=True)
        if row is not None:
            return row
        queue.insert_new(
            conn,
            versions,
            {
                "name": key.name,
                "crate": crate,
                "version": key.version,
                "checksum": key.checksum,
                "first_seen": origin.seen if origin else screening.screened,
                "published": origin.published if origin else None,
                "source": origin.source if origin else "screening",
                "crate_path": origin.crate_path if origin else None,
                "yanked": bool(origin and origin.yanked),
            },
            ["crate", "version", "checksum"],
        )
        row = self._find(conn, key, lock=True)
        assert row is not None
        return row

    def screened_among(self, rules_version: str, checksums: Sequence[str]) -> set[str]:
        """Those of ``checksums`` (a few hundred at a time) whose version was screened by
        ``rules_version``: what a registry scan that resumes skips."""
        v, s = versions.c, screenings.c
        query = (
            sa.select(v.checksum)
            .join(screenings, s.version_id == v.id)
            .where(s.rules_version == rules_version, v.checksum.in_(list(checksums)))
        )
        with self._read() as conn:
            return set(conn.execute(query).scalars())

    def stale_versions(
        self, rules_version: str, *, page: int = 500
    ) -> Iterator[tuple[VersionRow, Screening | None]]:
        """Every version with a checksum that no screening by ``rules_version`` judged,
        with its latest screening (None: never screened), oldest first: what a rescan
        after a rules change screens again; read ``page`` versions at a time."""
        v, s = versions.c, screenings.c
        judged = screenings.alias("judged").c
        done = sa.exists().where(judged.version_id == v.id, judged.rules_version == rules_version)
        newest = screenings.alias("newest").c
        latest = (
            sa.select(newest.id)
            .where(newest.version_id == v.id)
            .order_by(newest.id.desc())
            .limit(1)
            .correlate(versions)
            .scalar_subquery()
        )
        labelled = [c.label(f"screening_{c.name}") for c in screenings.c]
        query = (
            sa.select(versions, *labelled)
            .select_from(versions.outerjoin(screenings, s.id == latest))
            .where(v.checksum != "", ~done)
        )
        for row in self._versions_in_pages(query, page):
            found = _version_row(row)
            last = {c.name: row[f"screening_{c.name}"] for c in screenings.columns}
            yield found, None if last["id"] is None else _screening(found.key, last)

    def screened_facts(
        self, *, page: int = 5000
    ) -> Iterator[tuple[str, str, dt.datetime | None, bool, dict[str, Any] | None]]:
        """(name, version, published, yanked, facts) of every screened version, the facts
        of its latest screening (None where that screening could not scan the crate);
        read ``page`` versions at a time, as ``stale_versions`` reads."""
        v, s = versions.c, screenings.c
        latest = (
            sa.select(s.facts)
            .where(s.version_id == v.id)
            .order_by(s.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        query = sa.select(
            v.id, v.name, v.version, v.published, v.yanked, latest.label("facts")
        ).where(v.screened.is_not(None))
        for row in self._versions_in_pages(query, page):
            yield row["name"], row["version"], row["published"], bool(row["yanked"]), row["facts"]

    def _versions_in_pages(self, query: sa.Select[Any], page: int) -> Iterator[RowMapping]:
        """The rows of ``query`` (which selects ``versions.id`` as ``id``) in id order,
        ``page`` at a time, each page its own short read: millions of versions never sit
        in memory, and writes between pages are not held up."""
        after = 0
        while True:
            paged = query.where(versions.c.id > after).order_by(versions.c.id).limit(page)
            with self._read() as conn:
                rows = conn.execute(paged).mappings().all()
            yield from rows
            if len(rows) < page:
                return
            after = int(rows[-1]["id"])

    @staticmethod
    def _latest_triage(conn: Connection, version_id: int) -> RowMapping | None:
        t = triage_log.c
        return (
            conn.execute(
                sa.select(t.state, t.who)
                .where(t.version_id == version_id)
                .order_by(t.id.desc())
                .limit(1)
            )
            .mappings()
            .first()
        )

    @staticmethod
    def _append_triage(
        conn: Connection,
        version_id: int,
        state: TriageState,
        who: str,
        why: str,
        at: dt.datetime,
    ) -> None:
        conn.execute(
            sa.insert(triage_log).values(
                version_id=version_id, state=state.value, who=who, at=at, why=why
            )
        )
        conn.execute(
            sa.update(versions).where(versions.c.id == version_id).values(state=state.value)
        )

    def set_triage(self, key: VersionKey, state: TriageState, who: str, why: str) -> TriageEntry:
        """Append a reviewer's decision to the version's triage log (which is never
        changed: the latest row is the state). ``who`` and ``why`` are required."""
        if not who.strip() or not why.strip():
            raise ValueError("a triage decision needs who made it and why")
        now = self._clock()
        with self._write() as conn:
            # The version's row is locked first, so that concurrent decisions append in
            # the order they commit and the cached state is the latest row's.
            row = self._find(conn, key, lock=True)
            if row is None:
                raise self._fail(f"no version {key}")
            self._append_triage(conn, int(row["id"]), state, who, why, now)
        return TriageEntry(state, who, now, why)

    # -- the queue --------------------------------------------------------------------

    def enqueue(
        self,
        kind: str,
        key: str,
        payload: dict[str, Any],
        *,
        max_attempts: int | None = None,
        run_after: dt.datetime | None = None,
    ) -> bool:
        """Add a job unless one of this kind and key exists; True when added."""
        with self._write() as conn:
            return queue.enqueue_in(
                conn,
                self._clock(),
                kind,
                key,
                payload,
                max_attempts=max_attempts or self.max_attempts,
                run_after=run_after,
            )

    def claim(self, kinds: Sequence[str] | None = None, *, worker: str | None = None) -> Job | None:
        """Claim the oldest runnable job (of ``kinds``), leased for ``self.lease``; None
        when there is nothing to do. ``worker`` (default: host and process id) is
        recorded for people looking at the queue."""
        with self._write() as conn:
            return queue.claim_in(
                conn,
                self._clock(),
                self.lease,
                kinds=kinds,
                worker=worker or f"{socket.gethostname()}:{os.getpid()}",
            )

    def renew(self, job: Job) -> bool:
        """Extend ``job``'s lease; False when the claim is no longer current."""
        with self._write() as conn:
            return queue.renew_in(conn, self._clock(), job, self.lease)

    def keep_lease(self, job: Job, *, max_runtime: dt.timedelta | None = None) -> LeaseKeeper:
        """A ``LeaseKeeper`` renewing ``job``'s lease every third of the lease, for at
        most ``max_runtime``."""
        return LeaseKeeper(
            lambda: self.renew(job),
            self.lease.total_seconds() / 3,
            None if max_runtime is None else max_runtime.total_seconds(),
        )

    def complete(self, job: Job, *, conn: Connection | None = None) -> bool:
        """Mark ``job`` done (in ``conn``'s transaction when given, with its result)."""
        if conn is not None:
            return queue.complete_in(conn, self._clock(), job)
        with self._write() as own:
            return queue.complete_in(own, self._clock(), job)

    def fail(self, job: Job, error: str, *, retry: bool = True) -> JobState | None:
        """Record a failed attempt: the job is queued again after the backoff, or failed
        for good with ``error`` as its reason once its attempts are spent (at once when
        ``retry`` is False). None when the claim is no longer current."""
        with self._write() as conn:
            return queue.fail_in(conn, self._clock(), job, error, self.backoff, retry=retry)

    def job(self, job_id: int) -> Job | None:
        with self._read() as conn:
            row = conn.execute(sa.select(jobs).where(jobs.c.id == job_id)).mappings().first()
        return None if row is None else queue.row_to_job(row)

    def jobs(
        self, *, state: JobState | None = None, kind: str | None = None, limit: int = 100
    ) -> tuple[Job, ...]:
        """Jobs, oldest first, for the API's queue view and for tests."""
        query = sa.select(jobs).order_by(jobs.c.id).limit(limit)
        if state is not None:
            query = query.where(jobs.c.state == state.value)
        if kind is not None:
            query = query.where(jobs.c.kind == kind)
        with self._read() as conn:
            return tuple(queue.row_to_job(r) for r in conn.execute(query).mappings())

    def job_counts(self) -> dict[JobState, int]:
        with self._read() as conn:
            rows = conn.execute(
                sa.select(jobs.c.state, sa.func.count()).group_by(jobs.c.state)
            ).all()
        counts = dict.fromkeys(JobState, 0)
        counts.update({JobState(state): int(n) for state, n in rows})
        return counts

    # -- feed cursors -----------------------------------------------------------------

    def cursor(self, feed: str) -> str | None:
        """Where ``feed`` stopped reading (its own opaque text), or None."""
        with self._read() as conn:
            return conn.execute(
                sa.select(feed_cursors.c.cursor).where(feed_cursors.c.feed == feed)
            ).scalar()

    def set_cursor(self, feed: str, cursor: str) -> None:
        with self._write() as conn:
            self._set_cursor(conn, self._clock(), feed, cursor)

    @staticmethod
    def _set_cursor(conn: Connection, now: dt.datetime, feed: str, cursor: str) -> None:
        _upsert(conn, feed_cursors, {"feed": feed, "cursor": cursor, "updated": now}, ["feed"])

    # -- tokens -----------------------------------------------------------------------

    def create_token(self, name: str, role: Role) -> NewToken:
        """A new API token; its secret is returned here only, the store keeps its hash."""
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._write() as conn:
            ident = conn.execute(
                sa.insert(tokens)
                .values(
                    name=name,
                    role=role.value,
                    hash=_hash_secret(secret),
                    created=self._clock(),
                )
                .returning(tokens.c.id)
            ).scalar_one()
        return NewToken(int(ident), secret)

    def check_token(self, secret: str) -> Role | None:
        """The role of the token with this secret; None when unknown or revoked."""
        with self._read() as conn:
            role = conn.execute(
                sa.select(tokens.c.role).where(
                    tokens.c.hash == _hash_secret(secret), tokens.c.revoked.is_(None)
                )
            ).scalar()
        return None if role is None else Role(role)

    def revoke_token(self, token_id: int) -> bool:
        """Revoke a token for good; False when there is no such live token."""
        with self._write() as conn:
            result = conn.execute(
                sa.update(tokens)
                .where(tokens.c.id == token_id, tokens.c.revoked.is_(None))
                .values(revoked=self._clock())
            )
        return result.rowcount == 1

    def tokens(self) -> tuple[TokenInfo, ...]:
        with self._read() as conn:
            rows = conn.execute(sa.select(tokens).order_by(tokens.c.id)).mappings().all()
        return tuple(
            TokenInfo(r["id"], r["name"], Role(r["role"]), r["created"], r["revoked"]) for r in rows
        )

    def find_token(self, secret: str) -> TokenInfo | None:
        """The live (not revoked) token with this secret, or None: ``check_token`` with
        the token's id and name, which the API records as who did what."""
        with self._read() as conn:
            row = (
                conn.execute(
                    sa.select(tokens).where(
                        tokens.c.hash == _hash_secret(secret), tokens.c.revoked.is_(None)
                    )
                )
                .mappings()
                .first()
            )
        return None if row is None else _token_info(row)

    def token(self, token_id: int) -> TokenInfo | None:
        """The token with this id, revoked or not (a web session holds the id, never
        the secret)."""
        with self._read() as conn:
            row = conn.execute(sa.select(tokens).where(tokens.c.id == token_id)).mappings().first()
        return None if row is None else _token_info(row)

    # -- allowlist --------------------------------------------------------------------

    def allow(self, name: str, *, version: str | None = None, who: str, why: str) -> bool:
        """Allow a crate (every version, or one): its screenings raise no alarm. True when
        added; an existing entry keeps its author and reason."""
        if not who.strip() or not why.strip():
            raise ValueError("an allowlist entry needs who added it and why")
        values = {
            "crate": normalize_crate_name(name),
            "version": version or "",
            "who": who,
            "why": why,
            "at": self._clock(),
        }
        with self._write() as conn:
            return queue.insert_new(conn, allowlist, values, ["crate", "version"])

    def disallow(self, name: str, *, version: str | None = None) -> bool:
        a = allowlist.c
        with self._write() as conn:
            result = conn.execute(
                sa.delete(allowlist).where(
                    a.crate == normalize_crate_name(name), a.version == (version or "")
                )
            )
        return result.rowcount == 1

    def allowlist(self) -> tuple[AllowEntry, ...]:
        a = allowlist.c
        with self._read() as conn:
            rows = conn.execute(sa.select(allowlist).order_by(a.crate, a.version)).mappings()
            return tuple(
                AllowEntry(r["crate"], r["version"] or None, r["who"], r["why"], r["at"])
                for r in rows
            )

    def is_allowed(self, name: str, version: str) -> bool:
        a = allowlist.c
        with self._read() as conn:
            hit = conn.execute(
                sa.select(a.id)
                .where(a.crate == normalize_crate_name(name), a.version.in_(["", version]))
                .limit(1)
            ).first()
        return hit is not None

    # -- advisories and exposure ------------------------------------------------------

    def save_advisory(self, advisory_id: str, data: dict[str, Any]) -> None:
        with self._write() as conn:
            _upsert(
                conn,
                advisories,
                {"id": advisory_id, "data": data, "updated": self._clock()},
                ["id"],
            )

    def set_exposures(self, advisory_id: str, exposed: Iterable[tuple[str, str]]) -> int:
        """Replace the versions (crate, version) an advisory exposes; returns how many."""
        rows = sorted({(normalize_crate_name(n), v) for n, v in exposed})
        with self._write() as conn:
            known = conn.execute(
                sa.select(advisories.c.id).where(advisories.c.id == advisory_id).with_for_update()
            ).first()
            if known is None:
                raise self._fail(f"no advisory {advisory_id}: save it before its exposures")
            conn.execute(sa.delete(exposures).where(exposures.c.advisory_id == advisory_id))
            if rows:
                conn.execute(
                    sa.insert(exposures),
                    [{"advisory_id": advisory_id, "crate": n, "version": v} for n, v in rows],
                )
        return len(rows)

    def advisory(self, advisory_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            data = conn.execute(
                sa.select(advisories.c.data).where(advisories.c.id == advisory_id)
            ).scalar()
        return None if data is None else dict(data)

    def malicious_advisories(self) -> dict[str, str]:
        """Canonical crate names the stored advisories report as malware (not
        withdrawn), every version of them, each with its advisory id: what the advisory
        loop synced. A good crate with a malicious release (the advisory leaves releases
        alone) is not malware: its owners and its dependents are not suspects."""
        return self.malware()[0]

    def malware(self) -> tuple[dict[str, str], dict[str, Compromised]]:
        """The crates the stored advisories report as malware, and the good crates they
        report a malicious release of (``scan/dependencies.split_malware``)."""
        from cratewatch.scan.dependencies import MalwareReport, reports_malware, split_malware

        with self._read() as conn:
            documents = (
                conn.execute(sa.select(advisories.c.data).order_by(advisories.c.id)).scalars().all()
            )
        reports = []
        for data in documents:
            if not isinstance(data, dict) or data.get("withdrawn"):
                continue
            kind, title = str(data.get("kind", "")), str(data.get("title", ""))
            if reports_malware(kind, bool(data.get("expect_deleted")), title):
                spared = [*(data.get("unaffected") or ()), *(data.get("patched") or ())]
                name = normalize_crate_name(str(data.get("package", "")))
                reports.append(MalwareReport(name, str(data["id"]), tuple(map(str, spared))))
        return split_malware(reports)

    def exposures(self, advisory_id: str) -> tuple[tuple[str, str], ...]:
        e = exposures.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(e.crate, e.version)
                .where(e.advisory_id == advisory_id)
                .order_by(e.crate, e.version)
            ).all()
        return tuple((str(c), str(v)) for c, v in rows)

    def advisories_exposing(self, name: str, version: str) -> tuple[str, ...]:
        e = exposures.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(e.advisory_id)
                .where(e.crate == normalize_crate_name(name), e.version == version)
                .order_by(e.advisory_id)
            ).scalars()
            return tuple(rows)

    def advisory_summaries(self) -> tuple[tuple[str, int], ...]:
        """Every saved advisory's id with how many versions it exposes, by id."""
        e = exposures.c
        count = (
            sa.select(sa.func.count())
            .where(e.advisory_id == advisories.c.id)
            .correlate(advisories)
            .scalar_subquery()
        )
        with self._read() as conn:
            rows = conn.execute(sa.select(advisories.c.id, count).order_by(advisories.c.id)).all()
        return tuple((str(i), int(n)) for i, n in rows)

    # -- owners and publishers --------------------------------------------------------

    def replace_owners(
        self,
        crates: Iterable[tuple[str, dt.datetime | None]],
        owners: Iterable[tuple[str, str, str | None, dt.datetime | None]],
        publishers: Iterable[tuple[str, str, str]],
        *,
        file: str,
        size: int,
        mtime_ns: int,
        dump_timestamp: str | None,
    ) -> OwnerImport:
        """Replace what the last database dump said, in one transaction (a reader sees
        the previous import or this one, never a mix): ``crates`` (canonical name, first
        publication), their ``owners`` (crate, login, display name, since) and
        ``publishers`` (crate, version, login). Names must be canonical and each key
        given once. What the publish hook said of versions stays. ``file``, ``size``,
        ``mtime_ns`` and ``dump_timestamp`` say what was imported."""
        now = self._clock()
        with self._write() as conn:
            conn.execute(sa.delete(dump_crates))
            conn.execute(sa.delete(crate_owners))
            conn.execute(sa.delete(version_publishers).where(version_publishers.c.source == "dump"))
            n_crates = self._bulk_insert(conn, dump_crates, ("crate", "first_published"), crates)
            n_owners = self._bulk_insert(
                conn, crate_owners, ("crate", "login", "name", "since"), owners
            )
            n_publishers = self._bulk_insert(
                conn,
                version_publishers,
                ("crate", "version", "source", "login"),
                ((crate, version, "dump", login) for crate, version, login in publishers),
            )
            done = OwnerImport(
                file, size, mtime_ns, dump_timestamp, now, n_crates, n_owners, n_publishers
            )
            _upsert(conn, owner_import, {"id": 1, **done._asdict()}, ["id"])
        return done

    def _bulk_insert(
        self,
        conn: Connection,
        table: sa.Table,
        columns: tuple[str, ...],
        rows: Iterable[tuple[Any, ...]],
        batch: int = 50_000,
    ) -> int:
        """Insert ``rows`` into ``table`` in ``conn``'s transaction, as fast as the
        database takes them: ``COPY`` on PostgreSQL, batches of ``executemany`` on
        SQLite. The number of rows."""
        names = ", ".join(columns)
        count = 0
        if conn.dialect.name == "postgresql":
            import psycopg

            raw = conn.connection.driver_connection
            assert raw is not None
            try:
                with (
                    raw.cursor() as cursor,
                    cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy,
                ):
                    for row in rows:
                        copy.write_row(row)
                        count += 1
            except psycopg.Error as error:
                raise self._fail(_first_line(error)) from None
            return count
        # the values as SQLAlchemy writes them (times as UTC text)
        convert = [table.c[c].type.bind_processor(conn.dialect) for c in columns]
        statement = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})"
        chunk: list[tuple[Any, ...]] = []
        for row in rows:
            chunk.append(tuple(v if f is None else f(v) for f, v in zip(convert, row, strict=True)))
            if len(chunk) == batch:
                conn.exec_driver_sql(statement, chunk)
                count, chunk = count + len(chunk), []
        if chunk:
            conn.exec_driver_sql(statement, chunk)
            count += len(chunk)
        return count

    def owner_import(self) -> OwnerImport | None:
        """What the last owners import read, or None before the first."""
        with self._read() as conn:
            row = conn.execute(sa.select(owner_import).where(owner_import.c.id == 1)).mappings()
            found = row.first()
        if found is None:
            return None
        return OwnerImport(**{k: found[k] for k in OwnerImport._fields})

    def owner_history(self, name: str) -> OwnerHistory | None:
        """The crate's current owners and who published its versions, as the last dump
        says; for versions the dump has no publisher of, the publish hook's. None when
        the dump does not know the crate (or none was imported)."""
        crate = normalize_crate_name(name)
        o, p, d = crate_owners.c, version_publishers.c, dump_crates.c
        # One statement: on PostgreSQL each statement sees the database as it was when
        # it began, so the parts cannot come from two imports.
        query = sa.union_all(
            sa.select(sa.literal(0).label("part"), o.login, o.name, o.since).where(
                o.crate == crate
            ),
            sa.select(
                sa.case((p.source == "dump", 1), else_=2), p.login, p.version, sa.null()
            ).where(p.crate == crate),
            sa.select(sa.literal(3), sa.null(), sa.null(), d.first_published).where(
                d.crate == crate
            ),
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        if not any(part == 3 for part, *_ in rows):
            return None
        owners = sorted(
            (Owner(str(login), since, shown) for part, login, shown, since in rows if part == 0),
            key=lambda owner: owner.login.lower(),
        )
        publishers: dict[str, str] = {}
        for part, login, version, _ in sorted(rows, key=lambda row: int(row[0])):
            if part in (1, 2):  # the dump's (1) before the hook's (2)
                publishers.setdefault(str(version), str(login))
        return OwnerHistory(tuple(owners), tuple(sorted(publishers.items())))

    def crates_owned_by(self, logins: Iterable[str], limit: int = 1000) -> list[tuple[str, str]]:
        """(login, crate) for the crates these logins own, as the last dump says (at
        most ``limit``: an owner of thousands of crates is an organisation's bot)."""
        wanted = sorted({login for login in logins})
        if not wanted:
            return []
        o = crate_owners.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(o.login, o.crate).where(o.login.in_(wanted)).limit(limit)
            ).all()
        return [(str(login), str(crate)) for login, crate in rows]

    def confirmed_malicious(self, crates: Iterable[str]) -> set[str]:
        """Which of these canonical crate names have a version a reviewer confirmed
        malicious."""
        wanted = sorted(set(crates))
        if not wanted:
            return set()
        v = versions.c
        with self._read() as conn:
            rows = conn.execute(
                sa.select(v.crate)
                .where(v.crate.in_(wanted), v.state == TriageState.CONFIRMED_MALICIOUS.value)
                .distinct()
            ).scalars()
            return {str(crate) for crate in rows}

    def dump_first_published(self, name: str) -> dt.datetime | None:
        """When the crate was first published, as the last dump says (None: unknown)."""
        d = dump_crates.c
        with self._read() as conn:
            found: dt.datetime | None = conn.execute(
                sa.select(d.first_published).where(d.crate == normalize_crate_name(name))
            ).scalar()
        return found

    def record_publisher(self, name: str, version: str, login: str) -> bool:
        """Record who published a version, as the publish hook says (the dump, once it
        has the version, is believed first). True when recorded; the first word stays."""
        values = {
            "crate": normalize_crate_name(name),
            "version": version,
            "source": "hook",
            "login": login,
        }
        with self._write() as conn:
            return queue.insert_new(
                conn, version_publishers, values, ["crate", "version", "source"]
            )

    # -- notifications ----------------------------------------------------------------

    def notify(
        self,
        key: str,
        channel: str,
        payload: dict[str, Any],
        *,
        max_attempts: int = queue.NOTIFY_MAX_ATTEMPTS,
    ) -> bool:
        """Queue a notification unless one with this key exists (one per version and
        channel, say); True when queued. It is a ``notify`` job of the queue, keyed by
        ``key``: senders claim it with a lease, retry it with the backoff, and it ends
        ``failed`` with the reason after ``max_attempts``. ``key`` is also the id a
        receiver sees (``deliver_due``)."""
        with self._write() as conn:
            return self._notify_in(conn, self._clock(), key, channel, payload, max_attempts)

    def _notify_in(
        self,
        conn: Connection,
        now: dt.datetime,
        key: str,
        channel: str,
        payload: dict[str, Any],
        max_attempts: int = queue.NOTIFY_MAX_ATTEMPTS,
    ) -> bool:
        return queue.enqueue_in(
            conn,
            now,
            queue.NOTIFY,
            key,
            {"channel": channel, "payload": payload},
            max_attempts=max_attempts,
        )


def _token_info(row: RowMapping) -> TokenInfo:
    return TokenInfo(row["id"], row["name"], Role(row["role"]), row["created"], row["revoked"])


def _insert_event(
    conn: Connection,
    now: dt.datetime,
    kind: str,
    key: str,
    crate: str,
    event: Published | Yanked,
) -> bool:
    """Record a feed event once: False when one with the same kind and key is there."""
    return queue.insert_new(
        conn,
        events,
        {
            "dedupe_key": f"{kind} {key}",
            "kind": kind,
            "crate": crate,
            "version": event.version,
            "source": event.source,
            "seen": event.seen,
            "recorded": now,
            "event": _event_json(event),
        },
        ["dedupe_key"],
    )


def _event_json(event: Published | Yanked) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field, value in event._asdict().items():
        out[field] = value.isoformat() if isinstance(value, dt.datetime) else value
    return out


def _screening(key: VersionKey, row: Mapping[Any, Any]) -> Screening:
    return Screening(
        name=key.name,
        version=key.version,
        checksum=key.checksum,
        risk=Risk(row["risk"]),
        signals=tuple(Signal(s["code"], Risk(s["risk"]), s["message"]) for s in row["signals"]),
        scan=row["scan"],
        diff=row["diff"],
        screened=row["screened"],
        rules_version=row["rules_version"],
        facts=row["facts"],
    )


def _upsert(conn: Connection, table: sa.Table, values: dict[str, Any], key: list[str]) -> None:
    changes = {k: v for k, v in values.items() if k not in key}
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(
            pg_insert(table).values(values).on_conflict_do_update(index_elements=key, set_=changes)
        )
        return
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    conn.execute(
        sqlite_insert(table).values(values).on_conflict_do_update(index_elements=key, set_=changes)
    )
