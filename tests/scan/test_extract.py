"""Hostile .crate archives are read into memory without escaping, following links or exploding."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from cratewatch.scan.extract import Limits, ScanInputError, read_crate, read_directory


def _crate(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _file(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def _special(name: str, kind: bytes, link: str = "") -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    return info, None


def test_a_normal_crate(tmp_path: Path) -> None:
    crate = _crate(
        tmp_path / "demo-1.0.0.crate",
        [
            _file("demo-1.0.0/Cargo.toml", b'[package]\nname = "demo"\n'),
            _file("demo-1.0.0/src/lib.rs", b"pub fn f() {}\n"),
        ],
    )
    archive = read_crate(crate)
    assert archive.root == "demo-1.0.0"
    assert set(archive.files) == {"Cargo.toml", "src/lib.rs"}
    assert archive.problems == ()


def test_hostile_members_are_reported_not_extracted(tmp_path: Path) -> None:
    crate = _crate(
        tmp_path / "evil-0.1.0.crate",
        [
            _file("evil-0.1.0/src/lib.rs", b"fn x() {}"),
            _file("evil-0.1.0/../../outside.rs", b"escape"),
            _file("/etc/cron.d/evil", b"escape"),
            _special("evil-0.1.0/link", tarfile.SYMTYPE, "/home/user/.ssh/id_rsa"),
            _special("evil-0.1.0/hard", tarfile.LNKTYPE, "evil-0.1.0/src/lib.rs"),
            _special("evil-0.1.0/dev", tarfile.CHRTYPE),
            _special("evil-0.1.0/fifo", tarfile.FIFOTYPE),
        ],
    )
    archive = read_crate(crate)
    assert set(archive.files) == {"src/lib.rs"}
    text = "\n".join(archive.problems)
    for fragment in ("outside.rs", "/etc/cron.d/evil", "symbolic link", "hard link", "special"):
        assert fragment in text
    assert not (tmp_path.parent / "outside.rs").exists()


def test_limits(tmp_path: Path) -> None:
    bomb = _crate(tmp_path / "bomb.crate", [_file("bomb-1.0.0/a.rs", b"\0" * 5_000_000)])
    archive = read_crate(bomb, Limits(max_ratio=50.0))
    assert archive.files == {} and "compression-ratio" in archive.problems[0]

    big = _crate(tmp_path / "big.crate", [_file("big-1.0.0/a.bin", b"x" * 2000)])
    assert "per-file limit" in read_crate(big, Limits(max_file_bytes=1000)).problems[0]

    many = _crate(tmp_path / "many.crate", [_file(f"many-1.0.0/{i}.rs", b"") for i in range(30)])
    archive = read_crate(many, Limits(max_files=10))
    assert len(archive.files) == 10 and "more than 10 entries" in archive.problems[0]


def test_unreadable_archives_are_one_line_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.crate"
    junk.write_bytes(b"not a gzip stream")
    with pytest.raises(ScanInputError, match=r"junk\.crate: not a readable \.crate archive"):
        read_crate(junk)
    with pytest.raises(ScanInputError, match="no such file"):
        read_crate(tmp_path / "missing.crate")


def test_a_directory_is_read_like_an_archive(tmp_path: Path) -> None:
    import os

    root = tmp_path / "demo-0.1.0"
    (root / "src" / "nested").mkdir(parents=True)
    (root / "target").mkdir()
    (root / "Cargo.toml").write_text('[package]\nname = "demo"\n')
    (root / "src" / "lib.rs").write_text("pub fn f() {}\n")
    (root / "src" / "nested" / "m.rs").write_text("fn g() {}\n")
    (root / "target" / "build.log").write_text("not the crate's source\n")
    (root / "src" / "cred").symlink_to("/home/user/.cargo/credentials")
    os.mkfifo(root / "src" / "pipe")  # reading it would wait for a writer for ever
    archive = read_directory(root)
    assert archive.root == "demo-0.1.0"
    assert sorted(archive.files) == ["Cargo.toml", "src/lib.rs", "src/nested/m.rs"]
    assert archive.files["src/nested/m.rs"] == b"fn g() {}\n"
    assert archive.problems == (
        "symbolic link 'src/cred' not followed",
        "'src/pipe' is not a regular file: not read",
    )
