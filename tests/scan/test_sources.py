"""Crates of a Cargo.lock found in local sources, and crates downloaded from a registry."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest

from cratewatch.errors import LockfileError, UsageError
from cratewatch.lockfile.cargo_lock import read_lockfile
from cratewatch.model.package import CRATES_IO_SPARSE
from cratewatch.registry.interface import index_path
from cratewatch.scan.crate import scan_path
from cratewatch.scan.extract import ScanInputError, read_crate
from cratewatch.scan.sources import (
    CrateDownloader,
    crates_from_lockfile,
    default_source_dirs,
    download_crate,
    parse_crate_spec,
)
from tests.conftest import NEWEST_RIPGREP, require
from tests.registry.support import IndexServer, line, make_tar, serving

CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"
GIT = "git+https://example.invalid/owner/gitdep?branch=main#0123456789abcdef"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


# -- helpers ---------------------------------------------------------------------------


def crate_bytes(tmp_path: Path, name: str, version: str, body: str = "pub fn f() {}\n") -> bytes:
    """A real .crate archive (tar.gz of ``name-version/``) as bytes."""
    root = f"{name}-{version}"
    manifest = f'[package]\nname = "{name}"\nversion = "{version}"\n'
    path = make_tar(
        tmp_path / f"built-{root}.crate",
        {f"{root}/Cargo.toml": manifest, f"{root}/src/lib.rs": body},
    )
    data = path.read_bytes()
    path.unlink()
    return data


def crate_dir(parent: Path, dirname: str, name: str, version: str) -> Path:
    """An extracted crate (or a ``cargo vendor`` entry) at ``parent/dirname``."""
    root = parent / dirname
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(f'[package]\nname = "{name}"\nversion = "{version}"\n')
    (root / "src" / "lib.rs").write_text("pub fn f() {}\n")
    (root / ".cargo-checksum.json").write_text('{"files":{},"package":null}')
    return root


def write_lockfile(path: Path, packages: Sequence[tuple[str, str, str | None, str | None]]) -> Path:
    """A v4 Cargo.lock of (name, version, source, checksum) packages."""
    text = "version = 4\n"
    for name, version, source, checksum in packages:
        text += f'\n[[package]]\nname = "{name}"\nversion = "{version}"\n'
        if source is not None:
            text += f'source = "{source}"\n'
        if checksum is not None:
            text += f'checksum = "{checksum}"\n'
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def names(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- a Cargo.lock against local sources ------------------------------------------------


def test_vendor_layouts_workspace_members_and_git(tmp_path: Path) -> None:
    project = tmp_path / "project"
    lock = write_lockfile(
        project / "Cargo.lock",
        [
            ("app", "0.1.0", None, None),
            ("bar", "1.0.0", CRATES_IO, "a" * 64),
            ("bar", "2.0.0", CRATES_IO, "b" * 64),
            ("foo", "0.2.0", CRATES_IO, "c" * 64),
            ("gitdep", "0.1.0", GIT, None),
            ("gitmissing", "0.3.0", GIT, None),
            ("helper", "0.1.0", "path+file:///elsewhere/helper", None),
        ],
    )
    vendor = project / "vendor"
    bar1 = crate_dir(vendor, "bar", "bar", "1.0.0")
    bar2 = crate_dir(vendor, "bar-2.0.0", "bar", "2.0.0")
    crate_dir(vendor, "foo", "foo", "0.1.0")  # another version than the lockfile's
    gitdep = crate_dir(vendor, "gitdep", "gitdep", "0.1.0")

    result = crates_from_lockfile(lock, [vendor])

    assert result.found == [bar1, bar2, gitdep]
    assert [m.subject for m in result.missing] == ["foo 0.2.0"]
    assert [str(s) for s in result.skipped] == [
        "app 0.1.0: workspace member or path dependency",
        "gitmissing 0.3.0: git source https://example.invalid/owner/gitdep: "
        "not in the source directories",
        "helper 0.1.0: workspace member or path dependency",
    ]
    assert result.rejected == []
    assert [scan_path(p).version for p in result.found] == ["1.0.0", "2.0.0", "0.1.0"]


def test_cargo_home_caches_by_default_with_archives_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cargo_home = tmp_path / "cargo-home"
    monkeypatch.setenv("CARGO_HOME", str(cargo_home))
    index_dir = "index.crates.io-1949cf8c6b5b557f"
    cache = cargo_home / "registry" / "cache" / index_dir
    src = cargo_home / "registry" / "src" / index_dir
    cache.mkdir(parents=True)
    serde = crate_bytes(tmp_path, "serde", "1.0.1")
    (cache / "serde-1.0.1.crate").write_bytes(serde)
    crate_dir(src, "serde-1.0.1", "serde", "1.0.1")  # the same crate, extracted
    log = crate_dir(src, "log-0.4.0", "log", "0.4.0")
    lock = write_lockfile(
        tmp_path / "project" / "Cargo.lock",
        [
            ("serde", "1.0.1", CRATES_IO, sha256(serde)),
            ("log", "0.4.0", CRATES_IO, "d" * 64),
            ("rand", "0.8.5", "sparse+https://index.crates.io/", "e" * 64),
        ],
    )
    system = tmp_path / "no-debian-here"

    dirs = default_source_dirs(lock, system_registry=system)
    assert dirs == [cache, src]

    result = crates_from_lockfile(lock, dirs)
    assert result.found == [cache / "serde-1.0.1.crate", log]  # the verifiable archive first
    assert [m.subject for m in result.missing] == ["rand 0.8.5"]
    assert result.skipped == result.rejected == []
    assert read_crate(result.found[0]).root == "serde-1.0.1"


def test_an_archive_that_differs_from_the_lockfile_is_not_used(tmp_path: Path) -> None:
    crates = tmp_path / "crates"
    crates.mkdir()
    good = crate_bytes(tmp_path, "good", "1.0.0")
    (crates / "good-1.0.0.crate").write_bytes(good)
    (crates / "swapped-1.0.0.crate").write_bytes(crate_bytes(tmp_path, "swapped", "1.0.0"))
    (crates / "twice-1.0.0.crate").write_bytes(b"not what the lockfile pins")
    debian = tmp_path / "debian"
    twice = crate_dir(debian, "twice-1.0.0", "twice", "1.0.0")
    pinned = "f" * 64
    lock = write_lockfile(
        tmp_path / "Cargo.lock",
        [
            ("good", "1.0.0", CRATES_IO, sha256(good)),
            ("swapped", "1.0.0", CRATES_IO, pinned),
            ("twice", "1.0.0", CRATES_IO, pinned),
        ],
    )

    result = crates_from_lockfile(lock, [crates, debian])

    assert result.found == [crates / "good-1.0.0.crate", twice]  # a later directory is fine
    assert result.missing == []
    [rejected_entry] = result.rejected
    rejected = str(rejected_entry)
    assert rejected.startswith(f"swapped 1.0.0: {crates / 'swapped-1.0.0.crate'}: SHA-256 ")
    assert rejected.endswith(f"differs from the lockfile's {pinned}")


def test_a_real_lockfile_against_a_partial_vendor_dir(tmp_path: Path) -> None:
    lock_path = require(NEWEST_RIPGREP)
    locked = read_lockfile(lock_path)
    vendor = tmp_path / "vendor"
    syn2 = crate_dir(vendor, "syn", "syn", "2.0.119")  # two versions of syn, as cargo vendors
    syn3 = crate_dir(vendor, "syn-3.0.3", "syn", "3.0.3")
    jemalloc_version = "0.7.1+5.3.1-0-g81034ce1f1373e37dc865038e1bc8eeecf559ce8"
    jemalloc = crate_dir(
        vendor, f"tikv-jemalloc-sys-{jemalloc_version}", "tikv-jemalloc-sys", jemalloc_version
    )
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "memchr-2.8.3.crate").write_bytes(crate_bytes(tmp_path, "memchr", "2.8.3"))

    result = crates_from_lockfile(lock_path, [vendor, cache])

    assert result.found == [syn2, syn3, jemalloc]
    assert [r.subject for r in result.rejected] == ["memchr 2.8.3"]
    workspace = [f"{p.name} {p.version}" for p in locked.packages if p.source is None]
    assert "ripgrep 15.2.0" in workspace
    assert [str(s) for s in result.skipped] == [
        f"{w}: workspace member or path dependency" for w in workspace
    ]
    missing = [m.subject for m in result.missing]
    assert "aho-corasick 1.1.5" in missing
    assert "syn 2.0.119" not in missing
    accounted = len(result.found) + len(result.missing) + len(result.skipped)
    assert accounted + len(result.rejected) == len(locked.packages)


def test_each_source_dir_is_listed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dirs = [tmp_path / f"source{i}" for i in range(3)]
    for d in dirs:
        d.mkdir()
    packages = [(f"crate{i}", "1.0.0", CRATES_IO, None) for i in range(50)]
    crate_dir(dirs[2], "crate7-1.0.0", "crate7", "1.0.0")
    lock = write_lockfile(tmp_path / "Cargo.lock", packages)
    listed: list[str] = []
    real_scandir = os.scandir

    def counting_scandir(path: str | os.PathLike[str]) -> os._ScandirIterator[str]:
        listed.append(os.fspath(path))
        return real_scandir(os.fspath(path))

    monkeypatch.setattr(os, "scandir", counting_scandir)
    result = crates_from_lockfile(lock, dirs)
    assert sorted(listed) == sorted(map(str, dirs))
    assert result.found == [dirs[2] / "crate7-1.0.0"]
    assert len(result.missing) == 49


def test_bad_source_dirs_and_lockfiles_are_one_line_errors(tmp_path: Path) -> None:
    lock = write_lockfile(tmp_path / "Cargo.lock", [("a", "1.0.0", CRATES_IO, None)])
    with pytest.raises(ScanInputError, match=r"nowhere: no such source directory$"):
        crates_from_lockfile(lock, [tmp_path / "nowhere"])
    with pytest.raises(ScanInputError, match=r"Cargo.lock: not a directory of crate sources$"):
        crates_from_lockfile(lock, [lock])
    (tmp_path / "bad.lock").write_text("[[package]]\nname = 3\n")
    with pytest.raises(LockfileError):
        crates_from_lockfile(tmp_path / "bad.lock", [])


def test_default_source_dirs_reads_the_vendor_directory_from_cargo_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / ".cargo").mkdir(parents=True)
    (project / ".cargo" / "config.toml").write_text(
        '[source.crates-io]\nreplace-with = "vendored"\n\n'
        '[source.vendored]\ndirectory = "third_party/rust"\n'
    )
    (project / "third_party" / "rust").mkdir(parents=True)
    (project / "vendor").mkdir()
    monkeypatch.delenv("CARGO_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / ".cargo" / "registry" / "src" / "github.com-1ecc6299db9ec823").mkdir(
        parents=True
    )
    debian = tmp_path / "debian"
    debian.mkdir()

    dirs = default_source_dirs(project / "Cargo.lock", system_registry=debian)

    assert dirs == [
        project / "third_party" / "rust",
        project / "vendor",
        tmp_path / "home" / ".cargo" / "registry" / "src" / "github.com-1ecc6299db9ec823",
        debian,
    ]


# -- downloads from a sparse registry on 127.0.0.1 -------------------------------------


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
    with pytest.raises(ScanInputError) as caught:
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
        with pytest.raises(ScanInputError, match=r"demo 1\.0\.0: .*: HTTP 404 Not Found"):
            downloader.download("demo", "1.0.0", dest=tmp_path)
        with pytest.raises(ScanInputError, match=r"^nothing: no such crate in the registry"):
            downloader.download("nothing", "1.0.0", dest=tmp_path)
        with pytest.raises(ScanInputError, match=r"demo 9\.9\.9: no such version .*newest: 1\.1"):
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
        with pytest.raises(ScanInputError, match=r"^gone: every version in .* is yanked"):
            downloader.download("gone", dest=tmp_path)


def test_size_cap_from_content_length(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    data = crate_bytes(tmp_path, "big", "1.0.0", body="// padding\n" * 2000)
    publish(registry, "big", "1.0.0", data)
    dest = tmp_path / "downloads"
    with pytest.raises(
        ScanInputError,
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
            ScanInputError, match=r"stream 1\.0\.0: .*: over the limit of 10,000 bytes: refused$"
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
        pytest.raises(ScanInputError, match=r"config\.json: not found: not a sparse registry$"),
    ):
        download_crate("demo", "1.0.0", registry=server.base_url, dest=tmp_path, client=client)


def test_registry_that_requires_authentication(
    tmp_path: Path, registry: IndexServer, client: httpx.Client
) -> None:
    (registry.root / "config.json").write_text('{"dl": "https://x.test/", "auth-required": true}')
    with pytest.raises(ScanInputError, match=r"requires authentication \(unsupported\)$"):
        download_crate("demo", "1.0.0", registry=registry.base_url, dest=tmp_path, client=client)


def test_registry_urls() -> None:
    assert CrateDownloader("crates.io").registry == CRATES_IO_SPARSE
    assert CrateDownloader("sparse+https://index.crates.io").registry == CRATES_IO_SPARSE
    assert CrateDownloader("registry+https://github.com/rust-lang/crates.io-index").registry == (
        CRATES_IO_SPARSE
    )
    assert CrateDownloader("sparse+http://127.0.0.1:1/idx").registry == "http://127.0.0.1:1/idx/"
    with pytest.raises(ScanInputError, match="not the http"):
        CrateDownloader("file:///srv/index")
    with pytest.raises(ScanInputError, match=r"^demo \.\./x: not an exact crate version$"):
        CrateDownloader("crates.io").download("demo", "../x", dest=Path())
    with pytest.raises(ScanInputError, match="not a SHA-256"):
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
