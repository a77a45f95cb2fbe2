"""The ``dl`` template of a registry's ``config.json``: parsed, expanded as Cargo does,
and downloads from an expanded URL (a git index's) on 127.0.0.1."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.errors import DownloadError
from cratewatch.registry.download import (
    ChecksumMismatch,
    CrateDownloader,
    expand_dl_template,
    parse_dl_template,
)
from tests.registry.support import IndexServer, crate_bytes, names, serving, sha256

SUM = "0123456789abcdef" * 4


@pytest.mark.parametrize(
    ("template", "name", "url"),
    [
        (
            "https://static.crates.io/crates",
            "serde",
            "https://static.crates.io/crates/serde/1.0.0/download",
        ),
        ("https://r.example/dl/", "serde", "https://r.example/dl//serde/1.0.0/download"),
        ("https://r.example/{crate}/{version}", "serde", "https://r.example/serde/1.0.0"),
        ("https://r.example/{prefix}/{crate}", "a", "https://r.example/1/a"),
        ("https://r.example/{prefix}/{crate}", "ab", "https://r.example/2/ab"),
        ("https://r.example/{prefix}/{crate}", "Abc", "https://r.example/3/A/Abc"),
        ("https://r.example/{lowerprefix}/{crate}", "Abc", "https://r.example/3/a/Abc"),
        ("https://r.example/{prefix}/{lowerprefix}", "SerDe", "https://r.example/Se/rD/se/rd"),
        ("https://r.example/{sha256-checksum}.crate", "serde", f"https://r.example/{SUM}.crate"),
        ("https://r.example/{crate}?v={version}&{crate}", "x", "https://r.example/x?v=1.0.0&x"),
        (
            "https://r.example/{unknown}",
            "serde",
            "https://r.example/{unknown}/serde/1.0.0/download",
        ),
    ],
)
def test_expand_dl_template(template: str, name: str, url: str) -> None:
    assert expand_dl_template(template, name, "1.0.0", SUM) == url


_MARKERS = ["{crate}", "{version}", "{prefix}", "{lowerprefix}", "{sha256-checksum}"]
_LITERAL = st.text(st.characters(blacklist_characters="{}", codec="utf-8"), max_size=8)
_NAME = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,20}", fullmatch=True)
_VERSION = st.from_regex(
    r"(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})", fullmatch=True
)


def _prefix(name: str) -> str:
    return {1: "1", 2: "2", 3: f"3/{name[:1]}"}.get(len(name), f"{name[:2]}/{name[2:4]}")


@given(
    parts=st.lists(st.tuples(_LITERAL, st.sampled_from(_MARKERS)), min_size=1, max_size=6),
    tail=_LITERAL,
    name=_NAME,
    version=_VERSION,
    checksum=st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
)
def test_every_marker_is_replaced_and_the_rest_kept(
    parts: list[tuple[str, str]], tail: str, name: str, version: str, checksum: str
) -> None:
    values = {
        "{crate}": name,
        "{version}": version,
        "{prefix}": _prefix(name),
        "{lowerprefix}": _prefix(name.lower()),
        "{sha256-checksum}": checksum,
    }
    template = "https://r.example/" + "".join(text + marker for text, marker in parts) + tail
    expected = "https://r.example/" + "".join(text + values[m] for text, m in parts) + tail
    assert expand_dl_template(template, name, version, checksum) == expected


@given(base=_LITERAL, name=_NAME, version=_VERSION)
def test_without_a_marker_the_path_is_appended(base: str, name: str, version: str) -> None:
    template = "https://r.example/" + base
    expected = f"{template}/{name}/{version}/download"
    assert expand_dl_template(template, name, version, SUM) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{", "not valid JSON"),
        (b"[1]", "not a JSON object"),
        (b"[" * 100_000, "not valid JSON"),
        (b'{"dl": "https://x.example", "auth-required": true}', "requires authentication"),
        (b"{}", "no http(s) download URL ('dl')"),
        (b'{"dl": 3}', "no http(s) download URL ('dl')"),
        (b'{"dl": "file:///srv/crates"}', "no http(s) download URL ('dl')"),
        (b'{"dl": "ftp://x.example/c"}', "no http(s) download URL ('dl')"),
        (b'{"dl": "https://"}', "no http(s) download URL ('dl')"),
        (b'{"dl": "https://x.example/a\\nb"}', "no http(s) download URL ('dl')"),
        (json.dumps({"dl": "https://x.example/" + "a" * 4096}).encode(), "no http(s) download"),
    ],
)
def test_parse_dl_template_refuses(data: bytes, message: str) -> None:
    with pytest.raises(DownloadError) as refused:
        parse_dl_template(data, "config.json")
    assert str(refused.value).startswith("config.json: ") and message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_parse_dl_template() -> None:
    data = b'{"dl": "https://static.crates.io/crates", "api": "https://crates.io"}\n'
    assert parse_dl_template(data, "config.json") == "https://static.crates.io/crates"
    assert parse_dl_template(b'{"dl": "http://127.0.0.1:8/{crate}"}', "c") == (
        "http://127.0.0.1:8/{crate}"
    )


# -- downloading from an expanded URL ----------------------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[IndexServer]:
    root = tmp_path / "served"
    root.mkdir()
    with serving(root) as served:
        yield served


@pytest.fixture
def downloader() -> Iterator[CrateDownloader]:
    # a registry that does not exist: download_from never asks it anything
    client = httpx.Client(trust_env=False, timeout=10)
    with CrateDownloader("http://127.0.0.1:9/", client=client) as opened:
        yield opened
    client.close()


def test_download_from_a_url_is_verified_and_kept(
    tmp_path: Path, server: IndexServer, downloader: CrateDownloader
) -> None:
    data = crate_bytes(tmp_path, "util", "1.0.0")
    (server.root / "c").mkdir()
    (server.root / "c" / "util-1.0.0.crate").write_bytes(data)
    url = server.base_url + "c/util-1.0.0.crate"
    dest = tmp_path / "dest"
    path = downloader.download_from(url, "util", "1.0.0", dest=dest, expected_sha256=sha256(data))
    assert path == dest / "util-1.0.0.crate" and path.read_bytes() == data
    assert [p for p, _status, _headers in server.log] == ["/c/util-1.0.0.crate"]  # nothing else


def test_download_from_a_url_that_serves_other_bytes(
    tmp_path: Path, server: IndexServer, downloader: CrateDownloader
) -> None:
    served = crate_bytes(tmp_path, "util", "1.0.0", body="pub fn evil() {}\n")
    (server.root / "util.crate").write_bytes(served)
    dest, kept = tmp_path / "dest", tmp_path / "kept" / "util-1.0.0.crate"
    with pytest.raises(ChecksumMismatch) as mismatch:
        downloader.download_from(
            server.base_url + "util.crate",
            "util",
            "1.0.0",
            dest=dest,
            expected_sha256=SUM,
            keep_mismatch=kept,
        )
    assert mismatch.value.expected == SUM and mismatch.value.actual == sha256(served)
    assert mismatch.value.kept == kept and kept.read_bytes() == served
    assert names(dest) == []  # nothing half-written left behind
    with pytest.raises(ChecksumMismatch) as unkept:
        downloader.download_from(
            server.base_url + "util.crate", "util", "1.0.0", dest=dest, expected_sha256=SUM
        )
    assert unkept.value.kept is None and names(dest) == []


@pytest.mark.parametrize(
    ("url", "name", "version", "checksum", "message"),
    [
        ("file:///etc/passwd", "util", "1.0.0", SUM, "not an http(s) URL"),
        ("https://x.example/a b", "util", "1.0.0", SUM, "not an http(s) URL"),
        ("https://x.example/u", "../util", "1.0.0", SUM, "not a valid crate name"),
        ("https://x.example/u", "util", "1.0", SUM, "not an exact crate version"),
        ("https://x.example/u", "util", "1.0.0", "nope", "is not a SHA-256 checksum"),
    ],
)
def test_download_from_refuses(
    tmp_path: Path,
    downloader: CrateDownloader,
    url: str,
    name: str,
    version: str,
    checksum: str,
    message: str,
) -> None:
    with pytest.raises(DownloadError, match=re.escape(message)):
        downloader.download_from(url, name, version, dest=tmp_path, expected_sha256=checksum)


def test_download_from_a_missing_url_is_a_one_line_error(
    tmp_path: Path, server: IndexServer, downloader: CrateDownloader
) -> None:
    url = server.base_url + "absent.crate"
    with pytest.raises(DownloadError) as missing:
        downloader.download_from(url, "util", "1.0.0", dest=tmp_path, expected_sha256=SUM)
    assert str(missing.value) == (
        f"cannot download util 1.0.0: {url}: HTTP 404 Not Found (not on the registry)"
    )
