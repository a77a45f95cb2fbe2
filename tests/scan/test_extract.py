"""Hostile .crate archives: read as cargo reads them, within limits, never extracted.

One test per shape an attacker can give an archive. Oddities that no ``cargo package``
output has are evidence; what stops the read makes the crate ``incomplete``, never clean.
"""

from __future__ import annotations

import io
import os
import tarfile
import time
from pathlib import Path

import pytest

from cratewatch.model.scan import ArchiveIssue, Verdict
from cratewatch.scan.crate import scan_path
from cratewatch.scan.extract import Limits, _read_up_to, read_crate, read_directory
from tests.scan.hostile import end, header, member, pax, write_crate, write_zero_bomb

MANIFEST = b'[package]\nname = "x"\nversion = "1.0.0"\n'
# a webhook and an SSH key read: two tactics, one of them exfiltration -> malicious
EVIL = (
    b'pub const HOOK: &str = "https://discord.com/api/webhooks/0/EXAMPLE";\n'
    b'pub fn k() { let _ = std::fs::read("/home/u/.ssh/id_rsa"); }\n'
)
BENIGN = b"pub fn add(a: i32, b: i32) -> i32 { a + b }\n"


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


def _issues(path: Path) -> set[ArchiveIssue]:
    return {p.issue for p in read_crate(path).problems}


def test_a_normal_crate(tmp_path: Path) -> None:
    crate = _crate(
        tmp_path / "x-1.0.0.crate",
        [_file("x-1.0.0/Cargo.toml", MANIFEST), _file("x-1.0.0/src/lib.rs", BENIGN)],
    )
    archive = read_crate(crate)
    assert archive.root == "x-1.0.0"
    assert set(archive.files) == {"Cargo.toml", "src/lib.rs"}
    assert archive.problems == () and archive.complete
    assert scan_path(crate).verdict is Verdict.CLEAN


# -- a benign file must never stand in for the malicious one cargo compiles ---------------


@pytest.mark.parametrize("order", ["benign first", "benign last"])
def test_a_backslash_name_is_another_file(tmp_path: Path, order: str) -> None:
    members = [_file("x-1.0.0/src/lib.rs", EVIL), _file("x-1.0.0/src\\lib.rs", BENIGN)]
    if order == "benign first":
        members.reverse()
    crate = _crate(tmp_path / "x-1.0.0.crate", [_file("x-1.0.0/Cargo.toml", MANIFEST), *members])
    archive = read_crate(crate)
    assert archive.files["src/lib.rs"] == EVIL  # what cargo compiles
    assert archive.files["src\\lib.rs"] == BENIGN
    assert ArchiveIssue.BACKSLASH_NAME in _issues(crate)
    assert scan_path(crate).verdict is Verdict.MALICIOUS


@pytest.mark.parametrize("order", ["benign first", "benign last"])
def test_a_second_top_folder_does_not_replace_the_crate(tmp_path: Path, order: str) -> None:
    members = [_file("x-1.0.0/src/lib.rs", EVIL), _file("y-1.0.0/src/lib.rs", BENIGN)]
    if order == "benign first":
        members.reverse()
    crate = _crate(tmp_path / "x-1.0.0.crate", [_file("x-1.0.0/Cargo.toml", MANIFEST), *members])
    archive = read_crate(crate)
    assert archive.root == "x-1.0.0"  # the file name says which folder cargo unpacks
    assert archive.files["src/lib.rs"] == EVIL
    assert archive.files["../y-1.0.0/src/lib.rs"] == BENIGN
    assert ArchiveIssue.SEVERAL_TOP_FOLDERS in _issues(crate)
    result = scan_path(crate)
    assert result.verdict is Verdict.MALICIOUS
    assert "threat-archive-tampering" in {e.rule for e in result.findings}


def test_the_last_copy_of_a_duplicate_is_the_one_scanned(tmp_path: Path) -> None:
    crate = _crate(
        tmp_path / "x-1.0.0.crate",
        [
            _file("x-1.0.0/Cargo.toml", MANIFEST),
            _file("x-1.0.0/src/lib.rs", BENIGN),
            _file("x-1.0.0/src/lib.rs", EVIL),
        ],
    )
    assert read_crate(crate).files["src/lib.rs"] == EVIL
    assert ArchiveIssue.DUPLICATE_MEMBER in _issues(crate)
    assert scan_path(crate).verdict is Verdict.MALICIOUS


def test_odd_archives_are_evidence(tmp_path: Path) -> None:
    cases = {
        ArchiveIssue.FILE_AND_FOLDER: [
            _file("x-1.0.0/src", b"a file"),
            _file("x-1.0.0/src/lib.rs", BENIGN),
        ],
        ArchiveIssue.MANIFEST_FOLDER: [_special("x-1.0.0/Cargo.toml", tarfile.DIRTYPE)],
        ArchiveIssue.MANIFEST_NOT_UTF8: [
            _file("x-1.0.0/Cargo.toml", b"[package]\nname = '\xff'\n")
        ],
        ArchiveIssue.LINK: [_special("x-1.0.0/src/alias.rs", tarfile.SYMTYPE, "lib.rs")],
        ArchiveIssue.SPECIAL_FILE: [_special("x-1.0.0/fifo", tarfile.FIFOTYPE)],
        ArchiveIssue.NON_CANONICAL_NAME: [_file("x-1.0.0//src/./main.rs", BENIGN)],
    }
    for issue, members in cases.items():
        crate = _crate(tmp_path / "x-1.0.0.crate", [_file("x-1.0.0/src/lib.rs", BENIGN), *members])
        assert issue in _issues(crate), issue
        assert not issue.blocking
        result = scan_path(crate)
        assert result.verdict is Verdict.SUSPICIOUS, issue
        assert any(e.rule == "threat-archive-tampering" for e in result.findings)


def test_a_top_folder_that_is_not_the_manifests(tmp_path: Path) -> None:
    crate = _crate(
        tmp_path / "x-1.0.0.crate",
        [_file("x-1.0.0/Cargo.toml", b'[package]\nname = "other"\nversion = "2.0.0"\n')],
    )
    result = scan_path(crate)
    assert ArchiveIssue.TOP_FOLDER_MISMATCH in {p.issue for p in result.problems}
    assert result.verdict is Verdict.SUSPICIOUS


def test_an_archive_without_a_manifest(tmp_path: Path) -> None:
    crate = _crate(tmp_path / "x-1.0.0.crate", [_file("x-1.0.0/src/lib.rs", BENIGN)])
    assert ArchiveIssue.NO_MANIFEST in _issues(crate)
    assert scan_path(crate).verdict is Verdict.SUSPICIOUS


def test_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    crate = write_crate(tmp_path / "x-1.0.0.crate", member(b"x-1.0.0/src/\xff.rs", BENIGN) + end())
    assert ArchiveIssue.NAME_NOT_UTF8 in _issues(crate)


# -- what stops the read: the crate was not examined fully -----------------------------


def _incomplete(crate: Path, issue: ArchiveIssue) -> None:
    result = scan_path(crate)
    assert issue in {p.issue for p in result.problems}, result.problems
    assert issue.blocking
    assert result.verdict is Verdict.INCOMPLETE
    assert result.reasons[0].startswith("not examined fully: " + issue.value)


def test_paths_leaving_the_crate(tmp_path: Path) -> None:
    crate = _crate(
        tmp_path / "x-1.0.0.crate",
        [
            _file("x-1.0.0/Cargo.toml", MANIFEST),
            _file("x-1.0.0/src/lib.rs", BENIGN),
            _file("x-1.0.0/../../outside.rs", b"escape"),
            _file("/etc/cron.d/evil", b"escape"),
        ],
    )
    archive = read_crate(crate)
    assert set(archive.files) == {"Cargo.toml", "src/lib.rs"}
    assert [p.issue for p in archive.problems] == [ArchiveIssue.UNSAFE_PATH] * 2
    assert not (tmp_path.parent / "outside.rs").exists()
    _incomplete(crate, ArchiveIssue.UNSAFE_PATH)


@pytest.mark.parametrize(
    ("kind", "target"),
    [
        (tarfile.SYMTYPE, "/home/user/.ssh/id_rsa"),
        (tarfile.SYMTYPE, "../../../etc/passwd"),
        (tarfile.LNKTYPE, "/etc/shadow"),
        (tarfile.LNKTYPE, "y-1.0.0/secret"),
    ],
)
def test_links_out(tmp_path: Path, kind: bytes, target: str) -> None:
    crate = _crate(
        tmp_path / "x-1.0.0.crate",
        [_file("x-1.0.0/src/lib.rs", BENIGN), _special("x-1.0.0/src/key", kind, target)],
    )
    _incomplete(crate, ArchiveIssue.LINK_OUT)


def test_a_gzip_bomb_stops_at_the_budget_without_inflating_the_rest(tmp_path: Path) -> None:
    bomb = write_zero_bomb(tmp_path / "x-1.0.0.crate", b"x-1.0.0/src/lib.rs", 600 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    started = time.monotonic()
    _incomplete(bomb, ArchiveIssue.OVERSIZED_MEMBER)  # the header says it all
    assert time.monotonic() - started < 5


def test_a_bomb_of_small_members_hits_the_ratio_limit(tmp_path: Path) -> None:
    tar = b"".join(member(b"x-1.0.0/f%d" % i, bytes(1 << 20)) for i in range(40)) + end()
    crate = write_crate(tmp_path / "x-1.0.0.crate", tar)
    archive = read_crate(crate, Limits(max_ratio=20.0))
    assert ArchiveIssue.SIZE_LIMIT in {p.issue for p in archive.problems}
    assert len(archive.files) < 40


def test_member_limits(tmp_path: Path) -> None:
    big = _crate(tmp_path / "x-1.0.0.crate", [_file("x-1.0.0/a.bin", b"x" * 2000)])
    (problem,) = read_crate(big, Limits(max_file_bytes=1000)).problems
    assert problem.issue is ArchiveIssue.OVERSIZED_MEMBER and "per-file limit" in problem.detail
    many = _crate(tmp_path / "m-1.0.0.crate", [_file(f"m-1.0.0/{i}.rs", b"") for i in range(30)])
    archive = read_crate(many, Limits(max_files=10))
    assert len(archive.files) == 10
    assert archive.problems[-1].issue is ArchiveIssue.TOO_MANY_MEMBERS


def test_a_huge_member_header_is_refused_before_reading(tmp_path: Path) -> None:
    one_gib = 1 << 30
    crate = write_crate(tmp_path / "x-1.0.0.crate", header(b"x-1.0.0/src/lib.rs", one_gib))
    _incomplete(crate, ArchiveIssue.OVERSIZED_MEMBER)


@pytest.mark.parametrize(
    "tar",
    [
        member(b"x-1.0.0/src/lib.rs", BENIGN)[:700],  # ends inside the content
        member(b"x-1.0.0/src/lib.rs", BENIGN)[:300],  # ends inside the header
    ],
)
def test_truncated_archives(tmp_path: Path, tar: bytes) -> None:
    crate = write_crate(tmp_path / "x-1.0.0.crate", tar)
    _incomplete(crate, ArchiveIssue.TRUNCATED)


def test_a_truncated_gzip_stream(tmp_path: Path) -> None:
    whole = write_crate(tmp_path / "x-1.0.0.crate", member(b"x-1.0.0/a.rs", os.urandom(9000)))
    whole.write_bytes(whole.read_bytes()[:-100])
    _incomplete(whole, ArchiveIssue.TRUNCATED)


@pytest.mark.parametrize(
    "tar",
    [
        header(b"x-1.0.0/a.rs", size_field=b"\xff" * 12),  # negative base-256 size
        header(b"x-1.0.0/a.rs", size_field=b"-0000000001\0"),
        header(b"x-1.0.0/a.rs", size_field=b"12z45\0      "),
        header(b"x-1.0.0/a.rs", 10, bad_checksum=True),
        header(b"././@LongLink", 1 << 30, b"L"),  # a 1 GiB GNU long name
        pax({b"path": b"x" * 70_000}),  # an extended header over the limit
        member(b"pax", b"1" * 60_000, b"x"),  # CVE-2024-6232's shape: no record separator
        member(b"pax", b"0 path=x\n", b"x"),  # a record of length zero
    ],
)
def test_bad_headers(tmp_path: Path, tar: bytes) -> None:
    crate = write_crate(tmp_path / "x-1.0.0.crate", tar + end())
    started = time.monotonic()
    _incomplete(crate, ArchiveIssue.BAD_HEADER)
    assert time.monotonic() - started < 5


def test_pax_and_gnu_names_are_honoured(tmp_path: Path) -> None:
    long = b"x-1.0.0/src/" + b"d/" * 80 + b"lib.rs"
    tar = (
        pax({b"path": b"x-1.0.0/src/lib.rs"})
        + member(b"x-1.0.0/src/decoy.rs", EVIL)
        + member(b"././@LongLink", long + b"\0", b"L")
        + member(long[:100], BENIGN)
        + end()
    )
    archive = read_crate(write_crate(tmp_path / "x-1.0.0.crate", tar))
    assert archive.files == {"src/lib.rs": EVIL, long.decode().removeprefix("x-1.0.0/"): BENIGN}


def test_unreadable_archives_are_crates_not_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.crate"
    junk.write_bytes(b"not a gzip stream")
    (problem,) = read_crate(junk).problems
    assert problem.issue is ArchiveIssue.UNREADABLE
    (problem,) = read_crate(tmp_path / "missing.crate").problems
    assert problem.issue is ArchiveIssue.UNREADABLE and "No such file" in problem.detail
    os.mkfifo(tmp_path / "fifo.crate")
    (problem,) = read_crate(tmp_path / "fifo.crate").problems  # never waits for a writer
    assert problem.detail == "not a regular file"


def test_a_directory_is_read_like_an_archive(tmp_path: Path) -> None:
    root = tmp_path / "demo-0.1.0"
    (root / "src" / "nested").mkdir(parents=True)
    (root / "target").mkdir()
    (root / "Cargo.toml").write_text('[package]\nname = "demo"\n')
    (root / "src" / "lib.rs").write_text("pub fn f() {}\n")
    (root / "src" / "nested" / "m.rs").write_text("fn g() {}\n")
    (root / "target" / "build.log").write_text("not the crate's source\n")
    (tmp_path / "secret").write_text("not the crate's\n")
    (root / "src" / "cred").symlink_to(tmp_path / "secret")
    (root / "src" / "outside").symlink_to(tmp_path, target_is_directory=True)
    (root / "src" / "code.rs").symlink_to(tmp_path / "secret")
    (root / "LICENSE").symlink_to("src/lib.rs")  # read as the file cargo would package
    (root / "src" / "loop").symlink_to("loop")
    os.mkfifo(root / "src" / "pipe")  # reading it would wait for a writer for ever
    archive = read_directory(root)
    assert archive.root == "demo-0.1.0"
    assert sorted(archive.files) == ["Cargo.toml", "LICENSE", "src/lib.rs", "src/nested/m.rs"]
    assert archive.files["src/nested/m.rs"] == b"fn g() {}\n"
    assert archive.files["LICENSE"] == b"pub fn f() {}\n"
    assert b"not the crate's" not in b"".join(archive.files.values())
    assert [(p.issue, p.member) for p in archive.problems] == [
        (ArchiveIssue.LINK_OUT, "src/code.rs"),  # code cargo would compile: incomplete
        (ArchiveIssue.EXTERNAL_LINK, "src/cred"),
        (ArchiveIssue.EXTERNAL_LINK, "src/loop"),
        (ArchiveIssue.EXTERNAL_LINK, "src/outside"),
        (ArchiveIssue.SPECIAL_FILE, "src/pipe"),
    ]
    assert not any(p.issue.evidence for p in archive.problems[:4])


def test_a_file_is_read_by_its_size_and_to_its_limit_if_it_grew() -> None:
    assert _read_up_to(io.BytesIO(b"abc"), 3, 50) == b"abc"
    assert _read_up_to(io.BytesIO(b"ab"), 3, 50) == b"ab"  # shorter than it was
    assert _read_up_to(io.BytesIO(b"x" * 100), 10, 50) == b"x" * 51  # grew past the limit
    assert _read_up_to(io.BytesIO(b"x" * 20), 10, 50) == b"x" * 20
