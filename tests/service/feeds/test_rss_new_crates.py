"""crates.io's feed of new crates, whose items name no version: the service's RSS feed
asks the sparse index the workers download from, and an item whose lookup fails is
asked again at the next poll, never lost. Against an HTTP server on 127.0.0.1 serving
the RSS document and the sparse index."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from cratewatch.cli.service import _feeds
from cratewatch.errors import RegistryIndexError
from cratewatch.registry.download import IndexVersions
from cratewatch.registry.interface import index_path
from cratewatch.service.feeds.rss import RssFeed
from cratewatch.service.settings import ServiceSettings
from tests.registry.support import IndexServer, line
from tests.service.feeds.support import clock
from tests.service.feeds.test_rss import document, names, serve, server

__all__ = ["server"]  # the fixture, imported for pytest

FEED = "rss/crates.xml"


def new_crate(name: str, minute: int) -> str:
    page = f"https://crates.io/crates/{name}"
    return f"""
    <item>
      <title>New crate created: {name}</title>
      <link>{page}</link>
      <guid isPermaLink="true">{page}</guid>
      <pubDate>Tue, 01 Sep 2026 11:{minute:02d}:00 +0000</pubDate>
      <crates:name>{name}</crates:name>
    </item>"""


def new_crates(*names: str) -> str:
    """The document, newest first: the last name was created first."""
    return document("".join(new_crate(n, 59 - i) for i, n in enumerate(names)))


def index(server: IndexServer, name: str, *lines: str) -> None:
    rel = index_path(name)
    assert rel is not None
    file = server.root / rel
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("".join(text + "\n" for text in lines), encoding="utf-8")


def test_the_cli_gives_the_rss_feed_the_registrys_versions(server: IndexServer) -> None:
    url = serve(server, new_crates(), FEED)
    settings = ServiceSettings(rss=url, registry=server.base_url)
    [feed] = _feeds(settings)
    assert isinstance(feed, RssFeed)
    with feed:
        cursor = feed.poll(None).cursor  # a first poll records what is there
        index(
            server,
            "fresh-one",
            line("fresh-one", "0.1.0", yanked=True),
            '{"name": "fresh-one", "vers":',  # a bad line costs its version only
            line("fresh-one", "0.1.1"),
        )
        serve(server, new_crates("late-one", "fresh-one"), FEED)  # late-one not indexed yet
        batch = feed.poll(cursor)
        assert names(batch.events) == [("fresh-one", "0.1.0"), ("fresh-one", "0.1.1")]
        [problem] = batch.problems
        late = f"{server.base_url}la/te/late-one"
        assert problem == (
            f"{url}: late-one: {late}: not in the index (yet) (asked again at the next poll)"
        )

        again = feed.poll(batch.cursor)  # the same document, still not in the index
        assert again.events == [] and len(again.problems) == 1
        index(server, "late-one", line("late-one", "1.0.0"))
        found = feed.poll(again.cursor)  # the document has not changed: read all the same
        assert names(found.events) == [("late-one", "1.0.0")]
        assert found.problems == ()
        assert feed.poll(found.cursor).events == []  # each reported once
    requested = [path for path, _status, _headers in server.log if path.startswith("/rss/")]
    assert len(requested) == 5


def test_a_failed_lookup_is_asked_again_and_a_slow_index_defers_the_rest(
    server: IndexServer,
) -> None:
    url = serve(server, new_crates(), FEED)
    asked: list[str] = []
    broken = {"beta"}

    def versions_of(name: str) -> Sequence[str]:
        asked.append(name)
        time.sleep(0.002)
        if name in broken:
            raise RegistryIndexError(f"{name}: HTTP 503")
        return [] if name == "gamma" else ["1.0.0"]

    with RssFeed(url, versions_of=versions_of, clock=clock, lookup_deadline=0.0) as feed:
        cursor = feed.poll(None).cursor
        serve(server, new_crates("gamma", "beta", "alpha"), FEED)  # alpha is the oldest
        first = feed.poll(cursor)
        # one lookup a poll within a deadline of 0 s: the others wait for the next poll
        assert names(first.events) == [("alpha", "1.0.0")] and asked == ["alpha"]
        assert first.problems == (
            f"{url}: 2 new item(s) not looked up: the lookups took more than 0 s "
            "(asked at the next poll)",
        )
        second = feed.poll(first.cursor)
        assert second.events == [] and asked == ["alpha", "beta"]
        assert second.problems[0] == f"{url}: beta: beta: HTTP 503 (asked again at the next poll)"
        broken.clear()
        third = feed.poll(second.cursor)
        assert names(third.events) == [("beta", "1.0.0")]
        fourth = feed.poll(third.cursor)
        assert fourth.events == [] and asked[-1] == "gamma"
        assert fourth.problems == (
            f"{url}: gamma: the version lookup found no version (asked again at the next poll)",
        )


class _Lookup(IndexVersions):
    closed = False

    def close(self) -> None:
        self.closed = True
        super().close()


def test_the_feed_closes_its_lookup(server: IndexServer) -> None:
    lookup = _Lookup(server.base_url)
    with RssFeed(serve(server, new_crates(), FEED), versions_of=lookup):
        pass
    assert lookup.closed


def test_index_versions_reads_the_index_afresh(server: IndexServer, tmp_path: Path) -> None:
    with IndexVersions(server.base_url, cache_dir=tmp_path / "cache") as versions_of:
        index(server, "grows", line("grows", "0.1.0"))
        assert versions_of("grows") == ["0.1.0"]
        index(server, "grows", line("grows", "0.1.0"), line("grows", "0.2.0-rc.1"))
        assert versions_of("Grows") == ["0.1.0", "0.2.0-rc.1"]
        index(server, "grows", line("grows", "not-a-version"))
        with pytest.raises(RegistryIndexError) as empty:
            versions_of("grows")
        assert str(empty.value) == (f"{server.base_url}gr/ow/grows: no valid version")
        server.status_overrides["/gr/ow/grows"] = 500
        with pytest.raises(RegistryIndexError) as failed:
            versions_of("grows")
        assert "HTTP 500" in str(failed.value) and "\n" not in str(failed.value)
        with pytest.raises(RegistryIndexError, match="not a valid crate name"):
            versions_of("../etc")
