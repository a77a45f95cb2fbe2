"""A registry's files are untrusted: deep nesting, special files and huge members are
one-line errors naming the file or URL, never an internal error, a hang or an endless read."""

from __future__ import annotations

import io
import os
import signal
import tarfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cratewatch.errors import RegistryIndexError
from cratewatch.registry import interface
from cratewatch.registry import local as local_module
from cratewatch.registry import sparse as sparse_module
from cratewatch.registry.interface import iter_index_lines, parse_index_file
from cratewatch.registry.local import (
    ArchiveIndex,
    DirectoryIndex,
    iter_archive_crate_files,
    iter_directory_crate_files,
)
from cratewatch.registry.sparse import SparseIndex
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.registry.support import CONFIG, IndexServer, line, make_tar

DEEP = "[" * 100_000 + "]" * 100_000
LOCKFILE = """version = 3

[[package]]
name = "app"
version = "0.1.0"
dependencies = ["deep", "fine"]

[[package]]
name = "deep"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "fine"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
"""


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A read that blocks (a FIFO) fails the test instead of hanging the run."""

    def timeout(_signum: int, _frame: object) -> None:
        raise AssertionError("the read blocked")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _files(deep_line: str = DEEP) -> dict[str, str]:
    return {
        "config.json": CONFIG.decode(),
        "de/ep/deep": line("deep", "0.9.0") + "\n" + deep_line + "\n",
        "fi/ne/fine": line("fine", "1.0.0") + "\n",
    }


def _directory(root: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content)
    return root


def test_deep_nesting_is_a_malformed_line() -> None:
    data = (line("foo", "1.0.0") + "\n" + DEEP + "\n").encode()
    with pytest.raises(RegistryIndexError, match=r"^/i/3/f/foo: line 2: malformed JSON \(nested"):
        parse_index_file(data, "/i/3/f/foo")
    problems: list[tuple[int, str]] = []
    kept = list(iter_index_lines(data + b"\xff\n", "x", lambda n, p: problems.append((n, p))))
    assert [n for n, _ in kept] == [1]
    assert problems == [(2, "malformed JSON (nested too deeply)"), (3, "not valid UTF-8")]


def test_directory_archive_and_sparse_index_name_the_file(
    tmp_path: Path, index_server: IndexServer
) -> None:
    directory = DirectoryIndex(_directory(tmp_path / "dir", _files()))
    with pytest.raises(RegistryIndexError, match=r"de/ep/deep: line 2: malformed JSON \(nested"):
        directory.versions("deep")
    assert directory.versions("fine") is not None

    archive = ArchiveIndex(make_tar(tmp_path / "i.tar.gz", _files()), cache_dir=tmp_path / "c")
    with pytest.raises(RegistryIndexError, match=r"i\.tar\.gz:de/ep/deep: line 2: malformed"):
        archive.versions("deep")
    assert archive.versions("fine") is not None
    archive.close()

    _directory(index_server.root, _files())
    with httpx.Client(trust_env=False, timeout=10) as client:
        sparse = SparseIndex(index_server.base_url, tmp_path / "cache", client=client)
        url = f"{index_server.base_url}de/ep/deep"
        with pytest.raises(RegistryIndexError, match=rf"^{url}: line 2: malformed JSON \(nested"):
            sparse.versions("deep")
        assert sparse.crate_file("deep") is not None  # handed over for a lenient reader
    assert not list((tmp_path / "cache").rglob("deep"))  # but never cached


@pytest.mark.parametrize("kind", ["directory", "archive", "sparse"])
def test_audit_with_a_hostile_index_is_a_one_line_error(
    kind: str, tmp_path: Path, index_server: IndexServer
) -> None:
    lock = tmp_path / "Cargo.lock"
    lock.write_text(LOCKFILE)
    if kind == "directory":
        spec = str(_directory(tmp_path / "dir", _files()))
    elif kind == "archive":
        spec = str(make_tar(tmp_path / "index.tar.gz", _files()))
    else:
        _directory(index_server.root, _files())
        spec = "sparse+" + index_server.base_url
    result = run("audit", lock, "--index", spec, "--no-config")
    assert_one_line_error(result, 3, "de/ep/deep", "line 2: malformed JSON (nested too deeply)")
    assert "internal error" not in result.stderr


def test_scan_download_from_a_hostile_registry_is_a_one_line_error(
    index_server: IndexServer,
) -> None:
    _directory(index_server.root, _files())
    result = run("scan", "--download", "deep@1.0.0", "--registry", index_server.base_url)
    assert result.exit_code != 0
    assert "malformed JSON (nested too deeply)" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_scan_download_with_a_deeply_nested_config_is_a_one_line_error(
    index_server: IndexServer,
) -> None:
    _directory(index_server.root, {**_files(), "config.json": DEEP})
    result = run("scan", "--download", "fine@1.0.0", "--registry", index_server.base_url)
    assert result.exit_code != 0
    assert "config.json: not valid JSON (nested too deeply)" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_files_in_an_index_directory_are_never_read(tmp_path: Path) -> None:
    root = _directory(tmp_path / "dir", _files(line("deep", "1.0.0")))
    (root / "3" / "f").mkdir(parents=True)
    os.mkfifo(root / "3" / "f" / "fif")
    (root / "ze" / "ro").mkdir(parents=True)
    (root / "ze" / "ro" / "zero").symlink_to("/dev/zero")
    index = DirectoryIndex(root)
    with pytest.raises(RegistryIndexError, match=r"3/f/fif: a FIFO, not a file$"):
        index.versions("fif")
    with pytest.raises(RegistryIndexError, match=r"ze/ro/zero: a character device, not a file$"):
        index.versions("zero")
    assert index.versions("fine") is not None

    problems: list[tuple[str, str]] = []
    read = [n for n, _, _ in iter_directory_crate_files(root, lambda *p: problems.append(p))]
    assert read == ["deep", "fine"]
    assert sorted(name for name, _ in problems) == ["fif", "zero"]
    with pytest.raises(RegistryIndexError, match="a FIFO, not a file"):
        list(iter_directory_crate_files(root))


def test_an_oversized_crate_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, index_server: IndexServer
) -> None:
    monkeypatch.setattr(interface, "MAX_INDEX_FILE_BYTES", 1000)
    monkeypatch.setattr(local_module, "MAX_INDEX_FILE_BYTES", 1000)
    monkeypatch.setattr(sparse_module, "MAX_INDEX_FILE_BYTES", 1000)
    files = _files(line("deep", "1.0.0", description="x" * 2000))
    root = _directory(tmp_path / "dir", files)
    with pytest.raises(RegistryIndexError, match=r"over the limit"):
        DirectoryIndex(root).versions("deep")

    archive = ArchiveIndex(make_tar(tmp_path / "i.tar.gz", files), cache_dir=tmp_path / "c")
    with pytest.raises(RegistryIndexError, match=r"de/ep/deep: 2,\d{3} bytes, over the limit"):
        archive.versions("deep")
    assert archive.versions("fine") is not None
    archive.close()

    _directory(index_server.root, files)
    with httpx.Client(trust_env=False, timeout=10) as client:
        sparse = SparseIndex(index_server.base_url, tmp_path / "cache", client=client)
        with pytest.raises(RegistryIndexError, match=r"de/ep/deep: 2,\d{3} bytes, over the limit"):
            sparse.versions("deep")
        assert sparse.versions("fine") is not None


def _special_tar(path: Path) -> Path:
    """An index archive with a symlink to /dev/zero, a device, a FIFO and a hard link
    where crate files belong."""
    with tarfile.open(path, "w:gz") as tar:
        for name, data in _files(line("deep", "1.0.0")).items():
            info = tarfile.TarInfo(name)
            info.size = len(data.encode())
            tar.addfile(info, io.BytesIO(data.encode()))
        for name, kind in (
            ("ze/ro/zero", tarfile.SYMTYPE),
            ("3/d/dev", tarfile.CHRTYPE),
            ("3/f/fif", tarfile.FIFOTYPE),
            ("li/nk/link", tarfile.LNKTYPE),
        ):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "/dev/zero" if kind == tarfile.SYMTYPE else "fi/ne/fine"
            info.devmajor, info.devminor = 1, 5
            tar.addfile(info)
    return path


def test_special_archive_members_are_skipped(tmp_path: Path) -> None:
    archive = _special_tar(tmp_path / "i.tar.gz")
    assert [n for n, _, _ in iter_archive_crate_files(archive)] == ["deep", "fine"]
    index = ArchiveIndex(archive, cache_dir=tmp_path / "c")
    for name in ("zero", "dev", "fif", "link"):
        assert index.versions(name) is None
    assert index.versions("fine") is not None
    index.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_archive_that_is_a_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "index.tar.gz"
    os.mkfifo(fifo)
    with pytest.raises(RegistryIndexError, match="a FIFO, not an index archive"):
        list(iter_archive_crate_files(fifo))
