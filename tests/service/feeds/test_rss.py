"""The RSS feed against an HTTP server on 127.0.0.1 serving documents in crates.io's format."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from cratewatch.errors import FeedError
from cratewatch.service.feeds import rss
from cratewatch.service.feeds.rss import RssFeed, parse_rss
from cratewatch.service.model import Published
from tests.registry.support import IndexServer, serving
from tests.service.feeds.support import SEEN, clock

RELEASES = [  # newest first, as the feed lists them
    ("tokio", "1.40.0", "Tue, 01 Sep 2026 11:58:00 +0000"),
    ("serde", "1.0.210", "Tue, 01 Sep 2026 11:50:00 +0000"),
    ("rand", "0.9.0-beta.1", "Tue, 01 Sep 2026 11:40:00 +0000"),
    ("log", "0.4.22", "Tue, 01 Sep 2026 11:30:00 +0000"),
]


def item(name: str, version: str, date: str) -> str:
    page = f"https://crates.io/crates/{name}/{version}"
    return f"""
    <item>
      <title>New crate version published: {name} v{version}</title>
      <link>{page}</link>
      <description>a crate &amp; its description</description>
      <guid isPermaLink="true">{page}</guid>
      <pubDate>{date}</pubDate>
      <crates:name>{name}</crates:name>
      <crates:version>{version}</crates:version>
    </item>"""


def document(items: Sequence[tuple[str, str, str]] | str) -> str:
    body = items if isinstance(items, str) else "".join(item(*i) for i in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:crates="https://crates.io/">
  <channel>
    <title>crates.io: recent updates</title>
    <link>https://crates.io/</link>
    <description>Recent version publishes on the crates.io package registry</description>
    <language>en</language>
    <atom:link href="https://static.crates.io/rss/updates.xml" rel="self"
      type="application/rss+xml"/>{body}
  </channel>
</rss>
"""


@pytest.fixture
def server(tmp_path: Path) -> Iterator[IndexServer]:
    root = tmp_path / "static"
    (root / "rss").mkdir(parents=True)
    with serving(root) as state:
        yield state


def serve(server: IndexServer, text: str, path: str = "rss/updates.xml") -> str:
    (server.root / path).write_text(text, encoding="utf-8")
    return server.base_url + path


def names(events: Sequence[object]) -> list[tuple[str, str]]:
    return [(e.name, e.version) for e in events if isinstance(e, Published)]


def test_new_items_are_published_once_oldest_first(server: IndexServer) -> None:
    url = serve(server, document(RELEASES[2:]))
    with RssFeed(url, clock=clock) as feed:
        first = feed.poll(None)
        assert first.events == []  # a first poll records what is there
        serve(server, document(RELEASES))
        batch = feed.poll(first.cursor)
        assert batch.events == [
            Published(
                "serde",
                "1.0.210",
                None,
                "rss",
                SEEN,
                dt.datetime(2026, 9, 1, 11, 50, tzinfo=dt.UTC),
            ),
            Published(
                "tokio",
                "1.40.0",
                None,
                "rss",
                SEEN,
                dt.datetime(2026, 9, 1, 11, 58, tzinfo=dt.UTC),
            ),
        ]
        assert batch.problems == ()
        # The window moves on: the oldest item drops out, nothing is reported twice.
        serve(server, document(RELEASES[:3]))
        assert feed.poll(batch.cursor).events == []


def test_conditional_requests_and_304(server: IndexServer) -> None:
    url = serve(server, document(RELEASES))
    with RssFeed(url, clock=clock) as feed:
        cursor = feed.poll(None).cursor
        assert cursor is not None
        state = json.loads(cursor)
        assert state["etag"].startswith('"')
        assert state["last_modified"] == server.last_modified
        again = feed.poll(cursor)
        assert again.events == []
        assert again.cursor == cursor
    assert server.statuses("/rss/updates.xml") == [200, 304]
    second = server.headers_of("/rss/updates.xml")[1]
    assert second["if-none-match"] == state["etag"]
    assert second["if-modified-since"] == server.last_modified


def test_last_modified_alone_revalidates(server: IndexServer) -> None:
    server.etags = False
    url = serve(server, document(RELEASES))
    with RssFeed(url, clock=clock) as feed:
        cursor = feed.poll(None).cursor
        assert feed.poll(cursor).cursor == cursor
    assert server.statuses("/rss/updates.xml") == [200, 304]


def test_an_older_copy_served_again_reports_nothing(server: IndexServer) -> None:
    url = serve(server, document(RELEASES[1:]))
    with RssFeed(url, clock=clock) as feed:
        cursor = feed.poll(None).cursor
        serve(server, document(RELEASES))
        cursor = feed.poll(cursor).cursor
        serve(server, document(RELEASES[1:]))  # a CDN edge that has not caught up
        stale = feed.poll(cursor)
        assert stale.events == []
        serve(server, document(RELEASES))
        assert feed.poll(stale.cursor).events == []


def test_replay_reports_what_a_first_poll_finds(server: IndexServer) -> None:
    url = serve(server, document(RELEASES))
    with RssFeed(url, replay=True, clock=clock) as feed:
        batch = feed.poll(None)
    assert names(batch.events) == [(n, v) for n, v, _ in reversed(RELEASES)]


def test_a_gap_between_polls_is_a_problem(server: IndexServer) -> None:
    url = serve(server, document(RELEASES[2:]))
    with RssFeed(url, clock=clock) as feed:
        cursor = feed.poll(None).cursor
        serve(server, document(RELEASES[:2]))
        batch = feed.poll(cursor)
    assert names(batch.events) == [("serde", "1.0.210"), ("tokio", "1.40.0")]
    assert batch.problems == (
        f"{url}: none of the items of the previous poll is in the feed any more: "
        "versions published in between may have been missed",
    )


def test_a_bad_item_is_a_problem_and_the_rest_goes_on(server: IndexServer) -> None:
    url = serve(server, document(RELEASES[3:]))
    bad = item("evil", "not-a-version", RELEASES[0][2]) + item("bad name!", "1.0.0", "")
    with RssFeed(url, clock=clock) as feed:
        cursor = feed.poll(None).cursor
        serve(server, document(bad + "".join(item(*i) for i in RELEASES)))
        batch = feed.poll(cursor)
        assert len(batch.events) == 3
        assert batch.problems == (
            f"{url}: item https://crates.io/crates/bad name!/1.0.0: names no valid crate, skipped",
            f"{url}: item https://crates.io/crates/evil/not-a-version: 'not-a-version' is not "
            "a version, skipped",
        )
        assert feed.poll(batch.cursor).problems == ()  # told once


def test_malformed_xml_is_a_one_line_error(server: IndexServer) -> None:
    url = serve(server, document(RELEASES)[:-40])
    with RssFeed(url, clock=clock) as feed, pytest.raises(FeedError) as info:
        feed.poll(None)
    message = str(info.value)
    assert message.startswith(f"{url}: not well-formed XML (")
    assert "\n" not in message


def entity(n: int) -> str:
    """An entity ten times the one before it: 10**9 "lol"s at the ninth."""
    value = f"&lol{n - 1};" * 10
    return f' <!ENTITY lol{n} "{value}">\n'


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 "lol">\n'
    + "".join(entity(n) for n in range(1, 10))
    + "]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            BILLION_LAUGHS,
            "a document type declaration is refused (it could expand entities)",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<rss><channel><item><title>&x;</title></item></channel></rss>",
            "a document type declaration is refused (it could expand entities)",
        ),
        ("<html><body>maintenance</body></html>", "the root element is <html>, not <rss>"),
        ("<rss>" + "<x>" * 100 + "</x>" * 100 + "</rss>", "elements nested more than 32 deep"),
    ],
    ids=["billion-laughs", "external-entity", "not-rss", "deep"],
)
def test_hostile_documents_are_refused(text: str, problem: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_rss(text.encode(), "https://x/rss.xml")
    assert str(info.value) == f"https://x/rss.xml: {problem}"


def test_size_limit_and_http_errors(server: IndexServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rss, "MAX_DOCUMENT_BYTES", 1000)
    url = serve(server, document(RELEASES))
    with RssFeed(url, clock=clock) as feed, pytest.raises(FeedError, match="over the limit"):
        feed.poll(None)
    server.status_overrides["/rss/updates.xml"] = 503
    with RssFeed(url, clock=clock) as feed, pytest.raises(FeedError, match=r": HTTP 503$"):
        feed.poll(None)
    with pytest.raises(FeedError, match="the cursor is not one of an RSS feed"):
        RssFeed(url).poll("[]")
    refused = "http://127.0.0.1:9/rss.xml"  # the discard port: nothing listens
    with RssFeed(refused, timeout=5) as feed, pytest.raises(FeedError) as info:
        feed.poll(None)
    assert str(info.value).startswith(f"{refused}: ConnectError: ")


NEW_CRATES = """
    <item>
      <title>New crate created: cratewatch-demo</title>
      <link>https://crates.io/crates/cratewatch-demo</link>
      <guid isPermaLink="true">https://crates.io/crates/cratewatch-demo</guid>
      <pubDate>Tue, 01 Sep 2026 11:59:00 +0000</pubDate>
      <crates:name>cratewatch-demo</crates:name>
    </item>"""


def test_new_crates_feed_needs_a_version_lookup(server: IndexServer) -> None:
    url = serve(server, document(""), "rss/crates.xml")
    with RssFeed(url, clock=clock) as feed:
        cursor = feed.poll(None).cursor
        serve(server, document(NEW_CRATES), "rss/crates.xml")
        batch = feed.poll(cursor)
    assert batch.events == []
    assert batch.problems == (
        f"{url}: 1 new item(s) name a crate but no version (a new-crates feed: give the "
        "feed a version lookup)",
    )

    def versions_of(name: str) -> list[str]:
        assert name == "cratewatch-demo"
        return ["0.1.0"]

    with RssFeed(url, versions_of=versions_of, clock=clock) as feed:
        looked_up = feed.poll(cursor)
    assert names(looked_up.events) == [("cratewatch-demo", "0.1.0")]
    assert looked_up.problems == ()
