"""What cargo reads, cratewatch reads: references without commit or query, references
that name no package or several, malformed checksums, special files, deep nesting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cratewatch.errors import LockfileError
from cratewatch.lockfile import find_lockfile, parse_lockfile, parse_source, read_lockfile
from cratewatch.model import GitReference, Lockfile

FIXTURES = Path(__file__).parent / "fixtures"
CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"


def edges(lockfile: Lockfile) -> set[tuple[str, str]]:
    """Every dependency edge as ("name version", "name version (source kind)")."""
    out = set()
    for package in lockfile.packages:
        for dep in package.dependencies:
            kind = dep.source.kind.value if dep.source is not None else "path"
            out.add((str(package.id), f"{dep} ({kind})"))
    return out


def test_git_references_without_the_commit_resolve_beside_crates_io_packages() -> None:
    lockfile = read_lockfile(FIXTURES / "git-references.Cargo.lock")
    assert lockfile.warnings == ()
    assert edges(lockfile) == {
        ("app 0.1.0", "foo 0.1.0 (git)"),
        ("app 0.1.0", "foo 0.1.0 (registry)"),
        ("app 0.1.0", "bar 0.2.0 (git)"),
        ("foo 0.1.0", "smallvec 0.6.10 (registry)"),
        ("bar 0.2.0", "smallvec 0.6.10 (registry)"),
    }
    app = next(p for p in lockfile.packages if p.name == "app")
    bars = [d.source for d in app.dependencies if d.name == "bar"]
    assert [(s.git_reference, s.git_reference_value) for s in bars if s] == [
        (GitReference.BRANCH, "next"),
        (GitReference.TAG, "v0.2.0"),
    ]
    assert lockfile.roots == (app.id,)


def lock(*packages: str, version: int | None = 3) -> str:
    head = f"version = {version}\n" if version is not None else ""
    return head + "".join(f"[[package]]\n{p.strip()}\n\n" for p in packages)


APP = 'name = "app"\nversion = "0.1.0"\n'
REGISTRY_FOO = f'name = "foo"\nversion = "0.1.0"\nsource = "{CRATES_IO}"\n'


@pytest.mark.parametrize(
    ("package_source", "reference"),
    [
        # v1 and v2 files leave out the query of a `branch = "master"` dependency
        (
            "git+https://github.com/example/foo?branch=master#0123abc",
            "git+https://github.com/example/foo",
        ),
        # and some versions dropped other queries too
        (
            "git+https://github.com/example/foo?rev=0123abc#0123abc",
            "git+https://github.com/example/foo",
        ),
        ("git+https://github.com/example/foo?tag=v1#0123abc", "git+https://github.com/example/foo"),
        # the commit, when a hand-edited reference carries it, does not get in the way
        (
            "git+https://github.com/example/foo?tag=v1#0123abc",
            "git+https://github.com/example/foo?tag=v1#0123abc",
        ),
        # cargo compares canonical URLs: `.git`, a trailing slash, GitHub's case
        ("git+https://github.com/Example/Foo.git#0123abc", "git+https://github.com/example/foo"),
        ("git+https://gitlab.com/example/foo/#0123abc", "git+https://gitlab.com/example/foo"),
        # v4 percent-encodes the reference, in the package and the reference alike
        (
            "git+https://github.com/example/foo?branch=feature%2Fx#0123abc",
            "git+https://github.com/example/foo?branch=feature%2Fx",
        ),
        # before `branch=`, cargo wrote `ref=`
        (
            "git+https://github.com/example/foo?ref=dev#0123abc",
            "git+https://github.com/example/foo?branch=dev",
        ),
    ],
)
def test_a_reference_matches_its_git_package_with_or_without_commit_and_query(
    package_source: str, reference: str
) -> None:
    text = lock(
        APP + f'dependencies = ["foo 0.1.0 ({reference})", "foo 0.1.0 ({CRATES_IO})"]',
        f'name = "foo"\nversion = "0.1.0"\nsource = "{package_source}"',
        REGISTRY_FOO,
        version=None,
    )
    lockfile = parse_lockfile(text)
    assert lockfile.warnings == ()
    assert edges(lockfile) == {
        ("app 0.1.0", "foo 0.1.0 (git)"),
        ("app 0.1.0", "foo 0.1.0 (registry)"),
    }


def test_a_reference_without_query_prefers_the_default_branch_package() -> None:
    text = lock(
        APP + 'dependencies = ["foo 0.1.0 (git+https://github.com/example/foo)"]',
        'name = "foo"\nversion = "0.1.0"\nsource = "git+https://github.com/example/foo?branch=x#1"',
        'name = "foo"\nversion = "0.1.0"\nsource = "git+https://github.com/example/foo#2"',
    )
    lockfile = parse_lockfile(text)
    (dep,) = next(p for p in lockfile.packages if p.name == "app").dependencies
    assert dep.source is not None and dep.source.commit == "2"
    assert lockfile.warnings == ()


def test_a_reference_naming_another_branch_matches_nothing_and_is_reported() -> None:
    text = lock(
        APP + 'dependencies = ["foo 0.1.0 (git+https://github.com/example/foo?branch=other)"]',
        'name = "foo"\nversion = "0.1.0"\nsource = "git+https://github.com/example/foo?branch=x#1"',
    )
    lockfile = parse_lockfile(text, "x/Cargo.lock")
    (warning,) = lockfile.warnings
    assert warning.startswith("package 'app 0.1.0': dependency 'foo 0.1.0 (git+")
    assert "matches no package" in warning
    assert len(lockfile) == 2 and not edges(lockfile)


def test_an_ambiguous_bare_name_after_a_bad_merge_is_dropped_with_a_warning() -> None:
    lockfile = read_lockfile(FIXTURES / "merge-leftover.Cargo.lock")
    (warning,) = lockfile.warnings
    assert warning == (
        "package 'app 0.1.0': dependency 'smallvec' is ambiguous (smallvec 0.6.10, "
        "smallvec 1.15.1); left out of the dependency graph, as cargo does"
    )
    # every package is still there, and the other edges too
    assert sorted(str(p.id) for p in lockfile.packages) == [
        "app 0.1.0",
        "smallvec 0.6.10",
        "smallvec 1.15.1",
        "unicode-normalization 0.1.8",
    ]
    assert edges(lockfile) == {
        ("app 0.1.0", "unicode-normalization 0.1.8 (registry)"),
        ("unicode-normalization 0.1.8", "smallvec 0.6.10 (registry)"),
    }


def test_a_bare_name_prefers_the_path_package_as_cargo_does() -> None:
    text = lock(
        APP + 'dependencies = ["foo 0.1.0"]',
        'name = "foo"\nversion = "0.1.0"',
        REGISTRY_FOO,
    )
    lockfile = parse_lockfile(text)
    assert edges(lockfile) == {("app 0.1.0", "foo 0.1.0 (path)")}
    assert lockfile.warnings == ()


def test_malformed_checksums_are_kept_with_a_warning() -> None:
    lockfile = read_lockfile(FIXTURES / "debian-checksums.Cargo.lock")
    assert lockfile.warnings == (
        "package 'smallvec 0.6.10': checksum 'Could not get crate checksum' is not a SHA-256 "
        "hex digest",
    )
    smallvec = next(p for p in lockfile.packages if p.name == "smallvec")
    assert smallvec.checksum == "Could not get crate checksum"
    memchr = next(p for p in lockfile.packages if p.name == "memchr")
    assert memchr.checksum and len(memchr.checksum) == 64


def test_a_checksum_that_is_not_a_string_and_v1_metadata_checksums() -> None:
    text = lock(
        APP + 'dependencies = ["foo"]',
        REGISTRY_FOO + "checksum = 12",
    )
    lockfile = parse_lockfile(text)
    (warning,) = lockfile.warnings
    assert warning == (
        "package 'foo 0.1.0': checksum is not a string (12); the package is audited without one"
    )
    assert next(p for p in lockfile.packages if p.name == "foo").checksum is None

    v1 = (
        lock(APP + f'dependencies = ["foo 0.1.0 ({CRATES_IO})"]', REGISTRY_FOO, version=None)
        + "[metadata]\n"
        + f'"checksum foo 0.1.0 ({CRATES_IO})" = "Could not get crate checksum"\n'
        + f'"checksum gone 9.9.9 ({CRATES_IO})" = "{"ab" * 32}"\n'  # stale: ignored, as by cargo
    )
    lockfile = parse_lockfile(v1)
    assert lockfile.format_version == 1
    assert next(p for p in lockfile.packages if p.name == "foo").checksum == (
        "Could not get crate checksum"
    )
    assert [w.split(":")[0] for w in lockfile.warnings] == ["package 'foo 0.1.0'"]


def test_old_ref_query_is_a_branch() -> None:
    source = parse_source("git+https://github.com/a/b?ref=dev#abc")
    assert (source.git_reference, source.git_reference_value) == (GitReference.BRANCH, "dev")


# -- special files and deep nesting ----------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_is_refused_never_opened(tmp_path: Path) -> None:
    (tmp_path / "Cargo.lock").write_text(lock(APP))
    project = tmp_path / "project"
    project.mkdir()
    fifo = project / "Cargo.lock"
    os.mkfifo(fifo)
    with pytest.raises(LockfileError, match=r"Cargo\.lock: a FIFO, not a file$"):
        read_lockfile(fifo)
    # in a project directory it is the project's lockfile, never passed over for the
    # Cargo.lock further up
    assert find_lockfile(project) == fifo


def test_devices_directories_and_oversized_files_are_refused(tmp_path: Path) -> None:
    if Path("/dev/zero").exists():
        with pytest.raises(LockfileError, match="a character device, not a file"):
            read_lockfile(Path("/dev/zero"))
    with pytest.raises(LockfileError, match="a directory, not a file"):
        read_lockfile(tmp_path)
    big = tmp_path / "big.lock"
    with big.open("wb") as out:
        out.truncate(64 * 1024 * 1024 + 1)
    with pytest.raises(LockfileError, match="over the limit"):
        read_lockfile(big)


def test_a_project_whose_cargo_lock_is_a_dangling_link_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (tmp_path / "Cargo.lock").write_text(lock(APP))
    (project / "Cargo.lock").symlink_to(tmp_path / "nowhere")
    found = find_lockfile(project)
    assert found == project / "Cargo.lock"
    with pytest.raises(LockfileError, match="no such file"):
        read_lockfile(found)


DEEP_DOCUMENTS = {
    "arrays": "x = " + "[" * 1000 + "]" * 1000,
    "inline-tables": "x = " + "{ a = " * 1000 + "1" + " }" * 1000,
    "mixed": "x = [" + "{ a = [" * 500 + "]}" * 500 + "]",
    "dotted-keys": "a" + ".a" * 1000 + " = 1",
    "table-header": "[a" + ".a" * 1000 + "]",
}


@pytest.mark.parametrize("body", DEEP_DOCUMENTS.values(), ids=DEEP_DOCUMENTS.keys())
def test_deep_nesting_is_a_one_line_lockfile_error(body: str) -> None:
    with pytest.raises(LockfileError) as info:
        parse_lockfile(f"version = 3\n{body}\n", "deep/Cargo.lock")
    assert str(info.value).startswith("deep/Cargo.lock: invalid TOML: ")
    assert "\n" not in str(info.value)
