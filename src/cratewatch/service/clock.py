"""One clock for every machine sharing a PostgreSQL store: the database server's.

Leases and backoff compare times written by different processes. On one machine (SQLite)
they share its clock; workers on several machines sharing PostgreSQL do not, and a
machine whose clock runs ahead would take over leases that have not run out. So the
store's clock on PostgreSQL is the server's: the offset between the server's
``clock_timestamp()`` and the local clock is measured when the store opens and again
every few minutes (one query), and added to the local clock at each call. A call costs
no round-trip; the offset follows a clock that is adjusted or drifts.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from typing import Final

import sqlalchemy as sa
from sqlalchemy.engine import Engine

__all__ = ["CLOCK_CHECK", "ServerClock"]

log = logging.getLogger("cratewatch.service")

#: How often the offset to the server's clock is measured again.
CLOCK_CHECK: Final = dt.timedelta(minutes=5)
#: An offset worth a warning: the machine's clock is not kept in time.
_TELL: Final = dt.timedelta(seconds=5)


class ServerClock:
    """``local()`` plus the measured offset to the server of ``engine``. ``measure`` is
    called once at the start (its errors are the caller's); later measurements happen
    in a call at most every ``every``, and one that fails keeps the last offset."""

    def __init__(
        self,
        engine: Engine,
        local: Callable[[], dt.datetime],
        *,
        every: dt.timedelta = CLOCK_CHECK,
    ) -> None:
        self._engine = engine
        self._local = local
        self._every = every.total_seconds()
        self._offset = dt.timedelta(0)
        self._measured: float | None = None  # monotonic time of the last measurement
        self._lock = threading.Lock()

    @property
    def offset(self) -> dt.timedelta:
        """The server's time minus the local clock's, as last measured."""
        return self._offset

    def measure(self) -> dt.timedelta:
        """Measure the offset now: the server's time against the local time half-way
        through the query."""
        with self._engine.connect() as conn:
            before = self._local()
            server = conn.execute(sa.text("SELECT clock_timestamp()")).scalar_one()
            after = self._local()
        offset: dt.timedelta = server - (before + (after - before) / 2)
        if abs(offset) >= _TELL and abs(offset - self._offset) >= _TELL:
            log.warning(
                "this machine's clock is %.1f s %s the database server's: the store uses "
                "the server's",
                abs(offset.total_seconds()),
                "behind" if offset > dt.timedelta(0) else "ahead of",
            )
        self._offset = offset
        self._measured = time.monotonic()
        return offset

    def _due(self) -> bool:
        return self._measured is None or time.monotonic() - self._measured >= self._every

    def __call__(self) -> dt.datetime:
        if self._due() and self._lock.acquire(blocking=False):
            # one thread measures; the others go on with the last offset meanwhile
            try:
                if self._due():
                    self.measure()
            except sa.exc.SQLAlchemyError as exc:
                # the server is unreachable: the store's own call will say so; keep
                # the last offset and try again at the next interval
                self._measured = time.monotonic()
                log.debug("clock offset not measured: %s", exc)
            finally:
                self._lock.release()
        return self._local() + self._offset
