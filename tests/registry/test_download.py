"""Crate downloads from a sparse registry served on 127.0.0.1: the dl template, the
index's checksum, size caps, and one-line errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cratewatch.errors import DownloadError, UsageError
from cratewatch.model.package import CRATES_IO_SPARSE
from cratewatch.registry.download import CrateDownloader, download_crate, parse_crate_spec
from cratewatch.registry.interface import index_path
from cratewatch.scan.crate import scan_path
from tests.registry.support import (
    IndexServer,
    crate_bytes,
    line,
    names,
    serving,
    sha256,
)

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[IndexServer]:
    """A sparse registry on 127.0.0.1 whose ``dl`` has no markers (crates.io's style)."""
    root = tmp_path / "served"
    root.mkdir()
    with serving(root) as server:
        set_dl(server, server.base_url + "api/v1/crates")
        yield server


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    # trust_env=False: no proxy from the environment, the requests go to 127.0.0.1 only.
    with httpx.Client(trust_env=False, timeout=10) as c:
        yield c


def set_dl(server: IndexServer, dl: str) -> None:
    (server.root / "config.json").write_text(json.dumps({"dl": dl, "api": server.base_url}))


def publish(
    server: IndexServer,
    name: str,
    version: str,
    data: bytes | None,
    *,
    yanked: bool = False,
    cksum: str | None = None,
    at: str | None = None,
) -> None:
    """Add ``name version`` to the index; serve ``data`` at ``at`` (default: crates.io's path)."""
    rel = index_path(name)
    assert rel is not None
    index_file = server.root / rel
    index_file.parent.mkdir(parents=True, exist_ok=True)
    checksum = cksum or sha256(data or b"")
    with index_file.open("a") as out:
        out.write(line(name, version, yanked=yanked, cksum=checksum) + "\n")
    if data is not None:
        file = server.root / (at or f"api/v1/crates/{name}/{version}/download")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(data)


def test_download_verifies_against_the_index(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    data = crate_bytes(tmp_path, "demo", "1.0.0")
    publish(registry, "demo", "1.0.0", data)
    dest = tmp_path / "downloads"

    path = download_crate("demo", "1.0.0", registry=registry.base_url, dest=dest, client=client)

    assert path == dest / "demo-1.0.0.crate"
    assert path.read_bytes() == data
    assert names(dest) == ["demo-1.0.0.crate"]
    assert scan_path(path).crate == "demo"
    assert registry.statuses("/config.json") == [200]
    assert registry.statuses("/de/mo/demo") == [200]
    assert registry.statuses("/api/v1/crates/demo/1.0.0/download") == [200]


def test_a_lockfile_checksum_needs_no_index(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    data = crate_bytes(tmp_path, "demo", "1.0.0")
    publish(registry, "demo", "1.0.0", data)
    path = download_crate(
        "demo",
        "1.0.0",
        registry=registry.base_url,
        dest=tmp_path,
        client=client,
        expected_sha256=sha256(data).upper(),
    )
    assert path.read_bytes() == data
    assert registry.statuses("/de/mo/demo") == []


def test_default_client_sends_cratewatch_user_agent(
    tmp_path: Path, registry: IndexServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    publish(registry, "demo", "1.0.0", crate_bytes(tmp_path, "demo", "1.0.0"))
    download_crate("demo", "1.0.0", registry=registry.base_url, dest=tmp_path)
    agents = {headers.get("user-agent", "") for _, _, headers in registry.log}
    assert len(agents) == 1
    assert agents.pop().startswith("cratewatch/")


@pytest.mark.parametrize("lockfile_checksum", [False, True])
def test_checksum_mismatch_keeps_nothing(
    tmp_path: Path, registry: IndexServer, client: httpx.Client, lockfile_checksum: bool
) -> None:
    data = crate_bytes(tmp_path, "demo", "1.0.0")
    publish(registry, "demo", "1.0.0", data, cksum=None if lockfile_checksum else "0" * 64)
    dest = tmp_path / "downloads"
    expected = "0" * 64 if lockfile_checksum else None
    with pytest.raises(DownloadError) as caught:
        download_crate(
            "demo",
            "1.0.0",
            registry=registry.base_url,
            dest=dest,
            client=client,
            expected_sha256=expected,
        )
    message = str(caught.value)
    assert message.startswith("cannot download demo 1.0.0: http://127.0.0.1:")
    assert f"checksum mismatch (SHA-256 {sha256(data)}, expected {'0' * 64})" in message
    assert "\n" not in message
    assert names(dest) == []


def test_not_found_unknown_crate_and_unknown_version(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    publish(registry, "demo", "1.0.0", None)  # in the index, but the archive is not served
    publish(registry, "demo", "1.1.0", None)
    with CrateDownloader(registry.base_url, client=client) as downloader:
        with pytest.raises(DownloadError, match=r"demo 1\.0\.0: .*: HTTP 404 Not Found"):
            downloader.download("demo", "1.0.0", dest=tmp_path)
        with pytest.raises(DownloadError, match=r"^nothing: no such crate in the registry"):
            downloader.download("nothing", "1.0.0", dest=tmp_path)
        with pytest.raises(DownloadError, match=r"demo 9\.9\.9: no such version .*newest: 1\.1"):
            downloader.download("demo", "9.9.9", dest=tmp_path)
    assert registry.statuses("/config.json") == [200]  # once per downloader
    assert list(tmp_path.glob("*.crate")) == []
    assert list(tmp_path.glob(".*.part")) == []


@pytest.mark.parametrize(
    ("asked", "published", "expected_path"),
    [
        ("a", "a", "files/1/1/a/1.0.0"),
        ("ab", "Ab", "files/2/2/Ab/1.0.0"),
        ("abc", "abc", "files/3/a/3/a/abc/1.0.0"),
        ("mycrate", "MyCrate", "files/My/Cr/my/cr/MyCrate/1.0.0"),
    ],
)
def test_dl_template_markers(
    tmp_path: Path,
    registry: IndexServer,
    client: httpx.Client,
    asked: str,
    published: str,
    expected_path: str,
) -> None:
    data = crate_bytes(tmp_path, published, "1.0.0")
    served = f"{expected_path}/{sha256(data)}.crate"
    set_dl(
        registry,
        registry.base_url
        + "files/{prefix}/{lowerprefix}/{crate}/{version}/{sha256-checksum}.crate",
    )
    publish(registry, published, "1.0.0", data, at=served)

    path = download_crate(asked, None, registry=registry.base_url, dest=tmp_path, client=client)

    assert path == tmp_path / f"{published}-1.0.0.crate"
    assert registry.statuses("/" + served) == [200]


def test_without_a_version_the_newest_live_release(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    for version, yanked in [("1.0.0", False), ("1.2.0", False), ("1.3.0", True)]:
        publish(registry, "demo", version, crate_bytes(tmp_path, "demo", version), yanked=yanked)
    publish(registry, "demo", "2.0.0-beta.1", crate_bytes(tmp_path, "demo", "2.0.0-beta.1"))
    publish(registry, "pre", "0.1.0", None, yanked=True)
    publish(registry, "pre", "0.2.0-rc.1", crate_bytes(tmp_path, "pre", "0.2.0-rc.1"))
    publish(registry, "gone", "1.0.0", None, yanked=True)

    with CrateDownloader(registry.base_url, client=client) as downloader:
        assert downloader.download("demo", dest=tmp_path).name == "demo-1.2.0.crate"
        assert downloader.download("pre", dest=tmp_path).name == "pre-0.2.0-rc.1.crate"
        # A yanked version named explicitly is still downloaded: scanning it is the point.
        assert downloader.download("demo", "1.3.0", dest=tmp_path).name == "demo-1.3.0.crate"
        with pytest.raises(DownloadError, match=r"^gone: every version in .* is yanked"):
            downloader.download("gone", dest=tmp_path)


def test_size_cap_from_content_length(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    data = crate_bytes(tmp_path, "big", "1.0.0", body="// padding\n" * 2000)
    publish(registry, "big", "1.0.0", data)
    dest = tmp_path / "downloads"
    with pytest.raises(
        DownloadError,
        match=r"big 1\.0\.0: .*: [0-9,]+ bytes, over the limit of 100 bytes: refused$",
    ):
        download_crate(
            "big", "1.0.0", registry=registry.base_url, dest=dest, client=client, max_bytes=100
        )
    assert names(dest) == []


def test_size_cap_while_streaming_without_content_length(tmp_path: Path) -> None:
    """A server that does not say how big the body is: the download stops at the cap."""
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 1024

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/config.json":
            return httpx.Response(200, json={"dl": "https://registry.test/dl"})
        return httpx.Response(200, content=chunks())

    dest = tmp_path / "downloads"
    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as mock,
        pytest.raises(
            DownloadError, match=r"stream 1\.0\.0: .*: over the limit of 10,000 bytes: refused$"
        ),
    ):
        download_crate(
            "stream",
            "1.0.0",
            registry="https://registry.test/",
            dest=dest,
            client=mock,
            expected_sha256="0" * 64,
            max_bytes=10_000,
        )
    assert len(sent) < 20
    assert names(dest) == []


def test_registry_without_config_json(tmp_path: Path, client: httpx.Client) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with (
        serving(empty) as server,
        pytest.raises(DownloadError, match=r"config\.json: not found: not a sparse registry$"),
    ):
        download_crate("demo", "1.0.0", registry=server.base_url, dest=tmp_path, client=client)


def test_registry_that_requires_authentication(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    (registry.root / "config.json").write_text('{"dl": "https://x.test/", "auth-required": true}')
    with pytest.raises(DownloadError, match=r"requires authentication \(unsupported\)$"):
        download_crate("demo", "1.0.0", registry=registry.base_url, dest=tmp_path, client=client)


def test_registry_urls() -> None:
    assert CrateDownloader("crates.io").registry == CRATES_IO_SPARSE
    assert CrateDownloader("sparse+https://index.crates.io").registry == CRATES_IO_SPARSE
    assert CrateDownloader("registry+https://github.com/rust-lang/crates.io-index").registry == (
        CRATES_IO_SPARSE
    )
    assert CrateDownloader("sparse+http://127.0.0.1:1/idx").registry == "http://127.0.0.1:1/idx/"
    with pytest.raises(DownloadError, match="not the http"):
        CrateDownloader("file:///srv/index")
    with pytest.raises(DownloadError, match=r"^demo \.\./x: not an exact crate version$"):
        CrateDownloader("crates.io").download("demo", "../x", dest=Path())
    with pytest.raises(DownloadError, match="not a SHA-256"):
        CrateDownloader("crates.io").download("demo", "1.0.0", dest=Path(), expected_sha256="x")


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [
        ("serde@1.0.210", ("serde", "1.0.210")),
        ("serde", ("serde", None)),
        ("foo_bar-baz@0.1.0-rc.1+build.5", ("foo_bar-baz", "0.1.0-rc.1+build.5")),
    ],
)
def test_parse_crate_spec(spec: str, parsed: tuple[str, str | None]) -> None:
    assert parse_crate_spec(spec) == parsed


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("", "not a crate"),
        ("serde@", "not a crate"),
        ("@1.0.0", "not a crate"),
        ("../etc@1.0.0", "not a crate"),
        ("serde 1.0.0", "not a crate"),
        ("serde@^1.0", "not an exact crate version"),
        ("serde@1.0", "not an exact crate version"),
    ],
)
def test_bad_crate_specs(spec: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_crate_spec(spec)
