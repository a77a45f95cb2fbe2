"""New versions from crates.io's RSS feeds.

crates.io publishes, as static files on its CDN:

- ``https://static.crates.io/rss/updates.xml``: the versions published in the past 60
  minutes, and at least the last 100; each item's ``guid`` is the version's page
  (``https://crates.io/crates/NAME/VERSION``) and it carries ``<crates:name>`` and
  ``<crates:version>`` (namespace ``https://crates.io/``) and a ``pubDate``;
- ``https://static.crates.io/rss/crates.xml``: the crates created in the past 60
  minutes, and at least the last 50; an item names the crate (``<crates:name>``, the
  guid ``https://crates.io/crates/NAME``) and no version.

Each new item is a ``Published`` without checksum: the screening downloads the archive
and checks it against the index. An item that names no version (the new-crates feed)
is turned into one event per version that ``versions_of`` gives, if the feed has that
lookup; without it, such items are counted in one problem line. A lookup that fails
(a ``CratewatchError``) or finds no version (the index may list a new crate a little
after the feed names it) is a problem, and the item is not remembered: the next poll
asks again, as long as the document holds the item (the cursor then keeps no
validators, so that an unchanged document is read again, not answered with a 304).
Lookups stop for the rest of a poll once they have taken ``lookup_deadline`` seconds (an
index that does not answer): the items left are counted in one problem line and looked
up at the next poll.

The feed is polled with ``If-None-Match`` / ``If-Modified-Since``; a 304 changes
nothing. The cursor is a JSON object: the validators of the last document and the guids
already reported (the last ``MAX_SEEN``), so an item is reported once even when a CDN
serves an older copy of the document again. A first poll without a cursor reports
nothing unless ``replay`` is set: it records what the feed holds. When none of the
guids of the previous poll is in the document any more, the feed moved past its window
between two polls: that is told as a problem, since versions may have been missed.

The document is hostile: read within ``MAX_DOCUMENT_BYTES`` and ``deadline`` seconds,
parsed with the standard library's expat parser with any document type declaration
refused (so no entity is ever declared or expanded: no billion laughs, no external
entities), and items beyond ``MAX_ITEMS`` are ignored.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple
from xml.parsers import expat

from cratewatch.closeable import Closeable
from cratewatch.errors import CratewatchError, FeedError, VersionError
from cratewatch.model.version import Version
from cratewatch.registry.sparse import http_client, read_limited
from cratewatch.service.feeds.interface import Clock, Event, Feed, FeedBatch, utc_now
from cratewatch.service.model import Published
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    import httpx

__all__ = [
    "CRATES_FEED",
    "MAX_DOCUMENT_BYTES",
    "MAX_ITEMS",
    "MAX_SEEN",
    "UPDATES_FEED",
    "RssFeed",
    "RssItem",
    "parse_rss",
]

UPDATES_FEED: Final = "https://static.crates.io/rss/updates.xml"
CRATES_FEED: Final = "https://static.crates.io/rss/crates.xml"

#: crates.io's documents are some 50 KB; an hour of a publishing storm stays far below.
MAX_DOCUMENT_BYTES: Final = 8 * 1024 * 1024
MAX_ITEMS: Final = 10_000
MAX_SEEN: Final = 5_000

_SOURCE: Final = "rss"
_CRATES_NS: Final = "https://crates.io/"
_NAME: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PAGE: Final = re.compile(r"https?://[^/]+/crates/([A-Za-z0-9_-]+)(?:/([^/?#\s]+))?/?")
_TITLE: Final = re.compile(r"New crate version published: ([A-Za-z0-9_-]+) v(\S+)")
_MAX_DEPTH: Final = 32
_MAX_GUID: Final = 1000


class RssItem(NamedTuple):
    """What an item says: ``key`` is its guid (else its link), ``version`` None for an
    item of the new-crates feed."""

    key: str
    name: str
    version: str | None
    published: dt.datetime | None
    problem: str | None = None  # why the item cannot be reported


class _Cursor(NamedTuple):
    etag: str | None
    last_modified: str | None
    seen: list[str]


class RssFeed(Feed):
    """Polls one RSS document (``UPDATES_FEED`` by default).

    ``client`` is an ``httpx.Client`` to use instead of the feed's own (which it closes);
    ``versions_of`` gives the versions of a crate, for items that name none (raising a
    ``CratewatchError`` when it cannot); the feed closes it with itself when it is a
    ``Closeable``.
    """

    name = _SOURCE

    def __init__(
        self,
        url: str = UPDATES_FEED,
        *,
        client: httpx.Client | None = None,
        versions_of: Callable[[str], Sequence[str]] | None = None,
        replay: bool = False,
        timeout: float = 30.0,
        deadline: float = 60.0,
        lookup_deadline: float = 60.0,
        clock: Clock = utc_now,
    ) -> None:
        if not re.match(r"https?://[^/\s]+", url):
            raise FeedError(f"{url}: not an http(s) URL of an RSS feed")
        self.url = url
        self.replay = replay
        self.deadline = deadline
        self.lookup_deadline = lookup_deadline
        self._timeout = timeout
        self._client = client
        self._owns_client = client is None
        self._versions_of = versions_of
        self._clock = clock

    def describe(self) -> str:
        return f"RSS feed {self.url}"

    def close(self) -> None:
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None
        if isinstance(self._versions_of, Closeable):
            self._versions_of.close()

    def poll(self, cursor: str | None) -> FeedBatch:
        state = _read_cursor(cursor, self.url)
        answer = self._get(state)
        if answer is None:  # 304: nothing changed
            return FeedBatch([], cursor)
        data, etag, last_modified = answer
        items = parse_rss(data, self.url)
        seen = set(state.seen)
        fresh = [item for item in items if item.key not in seen]
        problems: list[str] = []
        if seen and items and len(fresh) == len(items):
            problems.append(
                f"{self.url}: none of the items of the previous poll is in the feed any "
                "more: versions published in between may have been missed"
            )
        events: list[Event] = []
        done: list[str] = []  # newest first, as in the document
        if cursor is None and not self.replay:
            done = [item.key for item in items]
            fresh = []
        now = self._clock()
        versionless = deferred = retried = 0
        lookups_started: float | None = None
        for item in reversed(fresh):  # the document lists the newest first
            if item.problem is not None:
                problems.append(
                    f"{self.url}: item {printable_line(item.key)}: {item.problem}, skipped"
                )
            elif item.version is not None:
                events.append(self._published(item, item.version, now))
            elif self._versions_of is None:
                versionless += 1
            else:
                if lookups_started is None:
                    lookups_started = time.monotonic()
                elif time.monotonic() - lookups_started > self.lookup_deadline:
                    deferred += 1
                    continue  # not remembered: looked up at the next poll
                try:
                    versions = list(self._versions_of(item.name))
                    if not versions:
                        raise FeedError("the version lookup found no version")
                except CratewatchError as exc:
                    problems.append(
                        f"{self.url}: {item.name}: {printable_line(str(exc))} "
                        "(asked again at the next poll)"
                    )
                    retried += 1
                    continue  # not remembered: tried again at the next poll
                events.extend(self._published(item, v, now) for v in versions)
            done.insert(0, item.key)
        if versionless:
            problems.append(
                f"{self.url}: {versionless} new item(s) name a crate but no version "
                "(a new-crates feed: give the feed a version lookup)"
            )
        if deferred:
            problems.append(
                f"{self.url}: {deferred} new item(s) not looked up: the lookups took more "
                f"than {self.lookup_deadline:.0f} s (asked at the next poll)"
            )
        # The newest first, so that the cut at MAX_SEEN forgets the oldest.
        remembered = list(dict.fromkeys([*done, *state.seen]))[:MAX_SEEN]
        if retried or deferred:  # the same document must not be a 304 at the next poll
            etag = last_modified = None
        return FeedBatch(
            events, _write_cursor(_Cursor(etag, last_modified, remembered)), tuple(problems)
        )

    def _published(self, item: RssItem, version: str, now: dt.datetime) -> Published:
        return Published(
            name=item.name,
            version=version,
            checksum=None,
            source=_SOURCE,
            seen=now,
            published=item.published,
        )

    # -- HTTP ----------------------------------------------------------------------------

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = http_client(self._timeout)
        return self._client

    def _get(self, state: _Cursor) -> tuple[bytes, str | None, str | None] | None:
        """The document with its ETag and Last-Modified, or None when not modified."""
        import httpx

        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        started = time.monotonic()
        try:
            with self._http().stream("GET", self.url, headers=headers) as response:
                if response.status_code == 304:
                    return None
                if response.status_code != 200:
                    raise FeedError(f"{self.url}: HTTP {response.status_code}")
                document = read_limited(
                    response,
                    self.url,
                    MAX_DOCUMENT_BYTES,
                    FeedError,
                    started=started,
                    seconds=self.deadline,
                )
                etag = response.headers.get("ETag")
                last_modified = response.headers.get("Last-Modified")
        except httpx.HTTPError as exc:
            detail = " ".join(str(exc).split()) or "request failed"
            raise FeedError(f"{self.url}: {type(exc).__name__}: {detail}") from None
        return document, _header(etag), _header(last_modified)


def _header(value: str | None) -> str | None:
    return value if value and len(value) <= 200 and value.isprintable() else None


def _read_cursor(cursor: str | None, url: str) -> _Cursor:
    if cursor is None:
        return _Cursor(None, None, [])
    try:
        obj = json.loads(cursor)
    except (ValueError, RecursionError):
        obj = None
    if not isinstance(obj, dict):
        raise FeedError(f"{url}: the cursor is not one of an RSS feed")
    etag, modified, seen = obj.get("etag"), obj.get("last_modified"), obj.get("seen")
    if not isinstance(seen, list) or not all(isinstance(key, str) for key in seen):
        raise FeedError(f"{url}: the cursor is not one of an RSS feed")
    return _Cursor(
        etag if isinstance(etag, str) else None,
        modified if isinstance(modified, str) else None,
        seen[:MAX_SEEN],
    )


def _write_cursor(state: _Cursor) -> str:
    return json.dumps(
        {"etag": state.etag, "last_modified": state.last_modified, "seen": state.seen},
        separators=(",", ":"),
    )


# -- the document ------------------------------------------------------------------------


class _Refused(Exception):
    pass


def parse_rss(data: bytes, where: str) -> list[RssItem]:
    """The items of an RSS 2.0 document, in document order (an item that names no valid
    crate or version carries its ``problem``). ``FeedError`` naming ``where`` for
    anything that is not RSS, and for any document type declaration."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[str] = []
    fields: list[dict[str, str]] = []
    item: dict[str, str] | None = None
    text: list[str] = []

    def refuse_doctype(*_: object) -> None:
        raise _Refused("a document type declaration is refused (it could expand entities)")

    def refuse_entity(*_: object) -> int:
        raise _Refused("an entity declaration is refused")

    def start(name: str, _attributes: dict[str, str]) -> None:
        nonlocal item
        if len(stack) >= _MAX_DEPTH:
            raise _Refused(f"elements nested more than {_MAX_DEPTH} deep")
        if not stack and name != "rss":
            raise _Refused(f"the root element is <{name}>, not <rss>")
        if name == "item" and stack == ["rss", "channel"] and len(fields) < MAX_ITEMS:
            item = {}
        text.clear()
        stack.append(name)

    def end(name: str) -> None:
        nonlocal item
        stack.pop()
        if item is None:
            return
        if name == "item" and len(stack) == 2:
            fields.append(item)
            item = None
        elif len(stack) == 3:  # a child of the item
            item.setdefault(name, "".join(text).strip())
        text.clear()

    def characters(data: str) -> None:
        if item is not None and len(stack) == 4:
            text.append(data)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise FeedError(f"{where}: not well-formed XML ({exc})") from None
    except _Refused as exc:
        raise FeedError(f"{where}: {exc}") from None
    except RecursionError:
        raise FeedError(f"{where}: nested too deeply") from None
    return [_item(f) for f in fields]


def _item(fields: dict[str, str]) -> RssItem:
    link = fields.get("guid") or fields.get("link") or ""
    page = _PAGE.fullmatch(link) or _PAGE.fullmatch(fields.get("link", ""))
    title = _TITLE.fullmatch(fields.get("title", ""))
    name = fields.get(f"{_CRATES_NS} name") or (page and page[1]) or (title and title[1]) or ""
    version = (
        fields.get(f"{_CRATES_NS} version") or (page and page[2]) or (title and title[2]) or None
    )
    key = link if 0 < len(link) <= _MAX_GUID else f"{name[:64]}@{(version or '')[:64]}"
    published = _pub_date(fields.get("pubDate"))
    if not _NAME.fullmatch(name):
        return RssItem(key, name, version, published, "names no valid crate")
    if version is not None:
        try:
            Version.parse(version)
        except VersionError:
            problem = f"{printable_line(version[:64])!r} is not a version"
            return RssItem(key, name, version, published, problem)
    return RssItem(key, name, version, published)


def _pub_date(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
