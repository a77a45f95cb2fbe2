"""Cargo.lock reading on the real lockfiles of ripgrep and bat, and on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from cratewatch.errors import LockfileError
from cratewatch.lockfile import find_lockfile, parse_lockfile, parse_source, read_lockfile
from cratewatch.model import GitReference, SourceKind, Version
from tests.conftest import CARGO_LOCKS, all_lockfiles, require


@pytest.mark.parametrize("path", all_lockfiles(), ids=lambda p: p.name.split("__", 1)[1][:28])
def test_every_real_lockfile_reads_with_a_single_root(path: Path) -> None:
    lockfile = read_lockfile(path)
    assert len(lockfile) > 20
    assert len(lockfile.roots) == 1
    # every registry package has a checksum, in [metadata] (v1) or inline (v2+)
    registry = [p for p in lockfile.packages if p.source is not None]
    assert registry and all(p.checksum for p in registry)
    # every dependency edge resolves to a package of the same file
    for package in lockfile.packages:
        for dep in package.dependencies:
            assert lockfile.get(dep) is not None


@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("BurntSushi__ripgrep__2016-09-11__cf3a33cea757.Cargo.lock", 1),
        ("BurntSushi__ripgrep__2020-01-10__528ce56e1b58.Cargo.lock", 1),
        ("BurntSushi__ripgrep__2021-01-17__3a1780d8417e.Cargo.lock", 2),
        ("BurntSushi__ripgrep__2023-01-05__28bff84a0adf.Cargo.lock", 3),
        ("BurntSushi__ripgrep__2026-08-04__3fce3b5bb023.Cargo.lock", 4),
    ],
)
def test_format_versions_are_detected(name: str, version: int) -> None:
    assert read_lockfile(require(CARGO_LOCKS / name)).format_version == version


def test_v1_root_table_is_the_root_package() -> None:
    lockfile = read_lockfile(
        require(CARGO_LOCKS / "BurntSushi__ripgrep__2016-09-11__cf3a33cea757.Cargo.lock")
    )
    (root,) = lockfile.roots
    assert (root.name, str(root.version), root.source) == ("ripgrep", "0.1.0", None)
    memchr = next(p for p in lockfile.packages if p.name == "memchr")
    assert memchr.checksum and len(memchr.checksum) == 64


def test_dependency_path_names_how_a_crate_is_reached() -> None:
    lockfile = read_lockfile(
        require(CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock")
    )
    smallvec = next(p for p in lockfile.packages if p.name == "smallvec")
    (path,) = lockfile.paths_to(smallvec.id)
    assert " -> ".join(map(str, path)) == (
        "bat 0.12.1 -> liquid 0.19.0 -> url 1.7.2 -> idna 0.1.5 -> "
        "unicode-normalization 0.1.8 -> smallvec 0.6.10"
    )


V2_MIXED = """
[[package]]
name = "app"
version = "0.1.0"
dependencies = ["dep", "shared 1.0.0", "shared 2.0.0", "gitdep", "sparse-dep"]

[[package]]
name = "dep"
version = "0.3.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "aa"

[[package]]
name = "shared"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "shared"
version = "2.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "gitdep"
version = "0.1.0"
source = "git+https://github.com/example/gitdep?branch=main#0123456789abcdef0123456789abcdef01234567"

[[package]]
name = "sparse-dep"
version = "1.2.3-rc.1"
source = "sparse+https://index.crates.io/"
"""


def test_v2_short_dependencies_and_every_source_kind() -> None:
    lockfile = parse_lockfile(V2_MIXED)
    assert lockfile.format_version == 2
    app = next(p for p in lockfile.packages if p.name == "app")
    assert [str(d) for d in app.dependencies] == [
        "dep 0.3.0",
        "shared 1.0.0",
        "shared 2.0.0",
        "gitdep 0.1.0",
        "sparse-dep 1.2.3-rc.1",
    ]
    by_name = {p.name: p for p in lockfile.packages}
    git = by_name["gitdep"].source
    assert git is not None and git.kind is SourceKind.GIT
    assert git.git_reference is GitReference.BRANCH and git.git_reference_value == "main"
    assert git.commit == "0123456789abcdef0123456789abcdef01234567"
    sparse = by_name["sparse-dep"].source
    assert sparse is not None and sparse.kind is SourceKind.SPARSE and sparse.is_crates_io
    assert by_name["sparse-dep"].version == Version.parse("1.2.3-rc.1")


@pytest.mark.parametrize(
    ("text", "kind", "ref", "value"),
    [
        (
            "git+https://github.com/a/b?rev=abc123#abc123def",
            SourceKind.GIT,
            GitReference.REV,
            "abc123",
        ),
        ("git+https://github.com/a/b?tag=v1.0#abc", SourceKind.GIT, GitReference.TAG, "v1.0"),
        ("git+https://github.com/a/b#abc", SourceKind.GIT, GitReference.DEFAULT, None),
        ("registry+https://example.com/index", SourceKind.REGISTRY, None, None),
        ("sparse+https://my.registry/index/", SourceKind.SPARSE, None, None),
    ],
)
def test_parse_source(
    text: str, kind: SourceKind, ref: GitReference | None, value: str | None
) -> None:
    source = parse_source(text)
    assert source.kind is kind
    assert source.git_reference is ref and source.git_reference_value == value
    assert not source.is_crates_io


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[package]\nname = 1", "invalid TOML"),
        ("version = 3\n", "lockfile lists no packages"),
        ("", "lockfile lists no packages"),
        ('version = 3\n[[package]]\nversion = "1.0.0"\n', "package #1: missing 'name'"),
        ('version = 3\n[[package]]\nname = "a"\n', "package #1 'a': missing 'version'"),
        ('version = 3\n[[package]]\nname = "a"\nversion = "1.0"\n', "invalid version '1.0'"),
        (
            'version = 9\n[[package]]\nname = "a"\nversion = "1.0.0"\n',
            "unsupported lockfile format version 9",
        ),
        (
            'version = 3\n[[package]]\nname = "a"\nversion = "1.0.0"\n'
            'dependencies = ["b 1.0.0 registry+x"]\n',
            "malformed dependency 'b 1.0.0 registry+x'",
        ),
        (
            'version = 3\n[[package]]\nname = "a"\nversion = "1.0.0"\n'
            'dependencies = ["b 1.0.0 (nokind)"]\n',
            "malformed dependency 'b 1.0.0 (nokind)'",
        ),
        (
            'version = 3\n[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "nokind"\n',
            "has no kind prefix",
        ),
    ],
)
def test_bad_lockfiles_give_one_line_errors_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(LockfileError) as info:
        parse_lockfile(text, "some/Cargo.lock")
    assert str(info.value).startswith("some/Cargo.lock: ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_unreadable_and_binary_lockfiles(tmp_path: Path) -> None:
    with pytest.raises(LockfileError, match=r"missing\.lock: no such file"):
        read_lockfile(tmp_path / "missing.lock")
    binary = tmp_path / "Cargo.lock"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LockfileError, match="not UTF-8"):
        read_lockfile(binary)


def test_find_lockfile_walks_up_from_a_workspace_member(tmp_path: Path) -> None:
    (tmp_path / "Cargo.lock").write_text(V2_MIXED)
    (tmp_path / "Cargo.toml").write_text("[workspace]\nmembers = ['crates/member']\n")
    member = tmp_path / "crates" / "member"
    member.mkdir(parents=True)
    (member / "Cargo.toml").write_text("[package]\nname = 'member'\n")
    assert find_lockfile(member) == tmp_path / "Cargo.lock"
    assert find_lockfile(member / "Cargo.toml") == tmp_path / "Cargo.lock"
    assert find_lockfile(tmp_path / "Cargo.lock") == tmp_path / "Cargo.lock"


def test_find_lockfile_errors(tmp_path: Path) -> None:
    with pytest.raises(LockfileError, match="no such file or directory"):
        find_lockfile(tmp_path / "nope")
    empty = tmp_path / "empty"
    empty.mkdir()
    # tmp dirs live under /tmp, which has no Cargo.lock above it
    with pytest.raises(LockfileError, match=r"no Cargo\.lock found"):
        find_lockfile(empty)


def test_format_version_must_be_an_integer() -> None:
    with pytest.raises(LockfileError, match="unsupported lockfile format version True"):
        parse_lockfile('version = true\n[[package]]\nname = "a"\nversion = "1.0.0"\n', "x.lock")


def test_deeply_nested_lockfile_is_a_lockfile_error() -> None:
    with pytest.raises(LockfileError, match=r"^x\.lock: invalid TOML"):
        parse_lockfile("x = " + "[" * 100_000 + "]" * 100_000, "x.lock")


CYCLE = """
version = 3
[[package]]
name = "core"
version = "0.1.0"
dependencies = ["smallvec", "testutil"]

[[package]]
name = "testutil"
version = "0.1.0"
dependencies = ["core"]

[[package]]
name = "smallvec"
version = "0.6.10"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "local"
version = "0.1.0"
source = "path+file:///home/dev/project/local"
"""


def test_paths_through_a_dev_dependency_cycle_start_at_workspace_members() -> None:
    lockfile = parse_lockfile(CYCLE)
    smallvec = next(p for p in lockfile.packages if p.name == "smallvec")
    assert lockfile.roots == (next(p.id for p in lockfile.packages if p.name == "local"),)
    assert [[str(p) for p in path] for path in lockfile.paths_to(smallvec.id)] == [
        ["core 0.1.0", "smallvec 0.6.10"]
    ]
    local = next(p for p in lockfile.packages if p.name == "local")
    assert str(local.source) == "path+file:///home/dev/project/local"
