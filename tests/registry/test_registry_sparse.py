"""The sparse index against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cratewatch.errors import RegistryIndexError
from cratewatch.registry.interface import index_path
from cratewatch.registry.local import DirectoryIndex
from cratewatch.registry.sparse import SparseIndex
from tests.registry.support import INDEX_SUBSET, IndexServer, line, require

CRATES = ["serde", "clap", "log", "libc", "rand", "regex", "syn", "quote", "itoa", "memchr"]


def serve(server: IndexServer, *names: str) -> None:
    """Copy the subset's files of ``names`` into the served directory."""
    subset = require(INDEX_SUBSET)
    for name in names:
        rel = index_path(name)
        assert rel is not None
        target = server.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(subset / rel, target)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    # trust_env=False: no proxy from the environment, the requests go to 127.0.0.1 only.
    with httpx.Client(trust_env=False, timeout=10) as c:
        yield c


def no_network() -> httpx.Client:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"network used offline: {request.url}")

    return httpx.Client(transport=httpx.MockTransport(refuse))


def plain(index: SparseIndex, name: str) -> list[tuple[str, bool]]:
    found = index.versions(name)
    assert found is not None
    return [(str(v.version), v.yanked) for v in found]


def test_first_fetch_reads_and_caches(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    serve(index_server, "serde")
    index = SparseIndex(index_server.base_url, tmp_path / "cache", client=client)
    found = index.versions("serde")
    assert found == DirectoryIndex(INDEX_SUBSET).versions("serde")
    assert index_server.statuses("/se/rd/serde") == [200]
    assert index_server.headers_of("/se/rd/serde")[0].get("if-none-match") is None
    assert index.versions("Serde") == found  # memoized: no second request
    assert len(index_server.log) == 1
    assert list((tmp_path / "cache" / "sparse").rglob("serde"))  # cached on disk
    assert index.describe() == f"sparse index {index_server.base_url}"


def test_cached_file_is_revalidated_with_etag(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    serve(index_server, "serde")
    first = plain(SparseIndex(index_server.base_url, tmp_path, client=client), "serde")
    second_index = SparseIndex(index_server.base_url, tmp_path, client=client)
    assert plain(second_index, "serde") == first
    assert index_server.statuses("/se/rd/serde") == [200, 304]
    sent = index_server.headers_of("/se/rd/serde")[1]
    assert sent["if-none-match"].startswith('"')
    assert sent["if-modified-since"] == index_server.last_modified

    # The file changes on the server: a new ETag, a 200, and the new data is cached.
    file = index_server.root / "se" / "rd" / "serde"
    file.write_text(file.read_text() + line("serde", "1.0.999", yanked=True) + "\n")
    third = plain(SparseIndex(index_server.base_url, tmp_path, client=client), "serde")
    assert third[-1] == ("1.0.999", True) and third[:-1] == first
    assert index_server.statuses("/se/rd/serde") == [200, 304, 200]
    offline = SparseIndex(index_server.base_url, tmp_path, offline=True, client=no_network())
    assert plain(offline, "serde") == third


def test_revalidation_with_last_modified_only(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    index_server.etags = False
    serve(index_server, "log")
    first = plain(SparseIndex(index_server.base_url, tmp_path, client=client), "log")
    assert plain(SparseIndex(index_server.base_url, tmp_path, client=client), "log") == first
    assert index_server.statuses("/3/l/log") == [200, 304]
    assert "if-none-match" not in index_server.headers_of("/3/l/log")[1]


def test_offline_uses_only_the_cache(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    serve(index_server, "serde")
    online = SparseIndex(index_server.base_url, tmp_path, client=client)
    expected = plain(online, "serde")
    offline = SparseIndex(index_server.base_url, tmp_path, offline=True, client=no_network())
    offline.prefetch(["serde", "clap", "not-cached"])
    assert plain(offline, "serde") == expected
    assert offline.versions("clap") is None  # never fetched: unknown offline
    assert offline.describe().endswith("(offline)")
    assert len(index_server.log) == 1


def test_offline_with_a_corrupt_cache_file_names_it(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    serve(index_server, "serde")
    SparseIndex(index_server.base_url, tmp_path, client=client).versions("serde")
    [cached] = list((tmp_path / "sparse").rglob("serde"))
    cached.write_text("{not json")
    offline = SparseIndex(index_server.base_url, tmp_path, offline=True, client=no_network())
    with pytest.raises(RegistryIndexError, match=f"^{cached}: unreadable cache file"):
        offline.versions("serde")
    # Online, a corrupt cache is simply fetched again.
    online = SparseIndex(index_server.base_url, tmp_path, client=client)
    assert online.versions("serde") is not None
    assert index_server.statuses("/se/rd/serde") == [200, 200]


@pytest.mark.parametrize("status", [404, 410, 451])
def test_unknown_crate(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path, status: int
) -> None:
    serve(index_server, "serde")
    SparseIndex(index_server.base_url, tmp_path, client=client).versions("serde")
    index_server.status_overrides["/se/rd/serde"] = status
    index = SparseIndex(index_server.base_url, tmp_path, client=client)
    assert index.versions("serde") is None
    assert index.versions("no-such-crate") is None
    assert not list((tmp_path / "sparse").rglob("serde"))  # the stale cache is dropped


def test_server_error_names_the_url(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    index_server.status_overrides["/se/rd/serde"] = 500
    index = SparseIndex(index_server.base_url, tmp_path, client=client)
    url = f"{index_server.base_url}se/rd/serde"
    with pytest.raises(RegistryIndexError, match=f"^{url}: HTTP 500 Internal Server Error$"):
        index.versions("serde")


def test_malformed_response_names_url_and_line(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    (index_server.root / "3" / "f").mkdir(parents=True)
    (index_server.root / "3" / "f" / "foo").write_text(line("foo", "1.0.0") + "\n{\n")
    index = SparseIndex(index_server.base_url, tmp_path, client=client)
    url = f"{index_server.base_url}3/f/foo"
    with pytest.raises(RegistryIndexError, match=f"^{url}: line 2: malformed JSON"):
        index.versions("foo")
    assert not list((tmp_path / "sparse").rglob("foo"))  # nothing cached


def test_connection_failure_names_the_url(client: httpx.Client, tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port on 127.0.0.1 that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    index = SparseIndex(f"http://127.0.0.1:{port}", tmp_path, client=client)
    with pytest.raises(RegistryIndexError, match=rf"^http://127\.0\.0\.1:{port}/se/rd/serde: "):
        index.versions("serde")


def test_prefetch_is_concurrent_over_reused_connections(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path
) -> None:
    serve(index_server, *CRATES)
    index_server.status_overrides["/3/s/syn"] = 503
    index = SparseIndex(index_server.base_url, tmp_path, client=client, max_workers=4)
    index.prefetch([*CRATES, "missing-crate", "serde", "../bad"])
    assert len(index_server.log) == len(CRATES) + 1  # each crate once
    assert len(index_server.peers) <= 4  # connections are kept alive and reused
    subset = DirectoryIndex(INDEX_SUBSET)
    for name in CRATES:
        if name != "syn":
            assert index.versions(name) == subset.versions(name)
    assert index.versions("missing-crate") is None
    with pytest.raises(RegistryIndexError, match=r"syn: HTTP 503"):  # raised for its crate
        index.versions("syn")
    assert len(index_server.log) == len(CRATES) + 1  # versions() did not fetch again


def test_default_client_and_url_forms(
    index_server: IndexServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    serve(index_server, "serde")
    with SparseIndex("sparse+" + index_server.base_url.rstrip("/"), tmp_path) as index:
        assert index.base_url == index_server.base_url
        assert index.versions("serde") is not None
    assert index_server.headers_of("/se/rd/serde")[0]["user-agent"].startswith("cratewatch/")
    with pytest.raises(RegistryIndexError, match="not an http"):
        SparseIndex("ftp://127.0.0.1/index", tmp_path)


def test_cache_dir_defaults_to_the_user_cache(
    index_server: IndexServer, client: httpx.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(tmp_path / "user-cache"))
    index = SparseIndex(index_server.base_url, client=client)
    assert index.cache_path.is_relative_to(tmp_path / "user-cache" / "sparse")
