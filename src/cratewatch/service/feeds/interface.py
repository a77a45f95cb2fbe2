"""What every feed of the service is: something polled with a cursor.

A feed turns what a registry says into events (``Published``, ``Yanked``). The caller
keeps each feed's cursor, an opaque string, and hands it back at the next poll, so a
restarted service resumes where it stopped. The caller stores the events first and the
cursor after them: a crash in between repeats a batch (events are deduplicated by key)
and never loses one.

A poll that cannot be done at all (the remote is down, a document is not XML, the
inbox is missing) raises ``FeedError`` and the cursor stays what it was. What spoils
one item only (a malformed index line, a file name that is not ``NAME-VERSION.crate``)
is skipped and told in ``FeedBatch.problems``, one line each, and the rest of the batch
goes on.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from cratewatch.closeable import Closeable
from cratewatch.errors import FeedError
from cratewatch.service.model import Published, Yanked

__all__ = ["Clock", "Event", "Feed", "FeedBatch", "FeedError", "utc_now"]

Event = Published | Yanked

Clock = Callable[[], dt.datetime]
"""When an event is seen (UTC); tests pass a fixed one."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class FeedBatch(NamedTuple):
    """What one poll found: the events in the order the registry made them, the cursor
    to hand to the next poll, and one line per item that was skipped."""

    events: list[Event]
    cursor: str | None
    problems: tuple[str, ...] = ()


class Feed(Closeable, abc.ABC):
    """A source of events. ``name`` is what ``Published.source`` says ("git-index",
    "rss", "inbox")."""

    name: str

    @abc.abstractmethod
    def poll(self, cursor: str | None) -> FeedBatch:
        """The events since ``cursor`` (None: a first poll) and the cursor after them.

        Raises ``FeedError`` when the feed cannot be read at all; the caller then polls
        again later with the same cursor.
        """

    def describe(self) -> str:
        """The feed in a few words, for logs: its name and what it watches."""
        return self.name
