"""FIFOs, devices, links, huge files and deep nesting inside an advisory database.

A database can come from anywhere (``--db`` takes any directory or git URL), so
such files must neither hang nor be read without limit: each becomes a problem
of the load, and the rest of the database is used.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.advisories.database import build_database, load_sources
from cratewatch.advisories.layout import MAX_FILE_BYTES
from cratewatch.advisories.osv import parse_osv_record
from cratewatch.advisories.sources import GitSource, OsvDirectory, OsvZip, RustSecDirectory
from cratewatch.cli.main import main
from cratewatch.errors import AdvisoryError, DatabaseError
from tests.conftest import ADVISORY_DB, ADVISORY_DB_OSV, require

T = TypeVar("T")
SMALLVEC_ADVISORIES = 5


def within(seconds: float, work: Callable[[], T]) -> T:
    """``work()``, failing the test instead of hanging when it blocks (on a FIFO, say)."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if failure:
        raise failure[0]
    return outcome[0]


def rustsec_copy(root: Path) -> Path:
    shutil.copytree(require(ADVISORY_DB) / "crates" / "smallvec", root / "crates" / "smallvec")
    return root


def osv_copy(root: Path) -> Path:
    root.mkdir(parents=True)
    for path in sorted(require(ADVISORY_DB_OSV).glob("crates/RUSTSEC-2021-000*.json")):
        shutil.copy(path, root / path.name)
    return root


def make_hostile_files(directory: Path, suffix: str, outside: Path) -> dict[str, str]:
    """A FIFO, a link to /dev/zero, a huge file, a link out of the tree; their problems."""
    directory.mkdir(parents=True, exist_ok=True)
    fifo = directory / f"fifo{suffix}"
    os.mkfifo(fifo)
    zero = directory / f"zero{suffix}"
    zero.symlink_to("/dev/zero")
    huge = directory / f"huge{suffix}"
    with huge.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)
    secret = outside / f"secret{suffix}"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text("[advisory]\n")
    escape = directory / f"escape{suffix}"
    escape.symlink_to(secret)
    return {
        str(fifo): "a FIFO, not a file",
        str(zero): "a symbolic link out of the database, not followed",
        str(huge): f"{MAX_FILE_BYTES + 1:,} bytes, over the limit of {MAX_FILE_BYTES:,}",
        str(escape): "a symbolic link out of the database, not followed",
    }


def problems_by_path(problems: list[str]) -> dict[str, str]:
    return dict(problem.split(": ", 1) for problem in problems)


def test_rustsec_directory_with_special_files(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    expected = make_hostile_files(root / "crates" / "smallvec", ".md", tmp_path / "outside")
    database = within(10, lambda: build_database([RustSecDirectory(root)]))
    assert problems_by_path(database.problems) == expected
    assert len(database.for_crate("smallvec")) == SMALLVEC_ADVISORIES


def test_old_layout_files_are_read_the_same_way(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    expected = make_hostile_files(root / "crates" / "smallvec", ".toml", tmp_path / "outside")
    (root / "Advisories.toml").symlink_to("/dev/zero")
    expected[str(root / "Advisories.toml")] = expected[str(root / "crates/smallvec/zero.toml")]
    database = within(10, lambda: build_database([RustSecDirectory(root)]))
    assert problems_by_path(database.problems) == expected


def test_links_inside_the_database_are_followed(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    (root / "crates" / "smallvec-alias").mkdir()
    (root / "crates" / "smallvec-alias" / "RUSTSEC-2021-0003.md").symlink_to(
        root / "crates" / "smallvec" / "RUSTSEC-2021-0003.md"
    )
    database = build_database([RustSecDirectory(root)])
    assert database.problems == []
    assert len(database.for_crate("smallvec")) == SMALLVEC_ADVISORIES + 1


def test_linked_directories_are_not_followed(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    elsewhere = rustsec_copy(tmp_path / "elsewhere")
    (root / "crates" / "linked").symlink_to(elsewhere / "crates" / "smallvec")
    (root / "rust").symlink_to(elsewhere / "crates")
    database = build_database([RustSecDirectory(root)])
    link = "a symbolic link to a directory, not followed"
    assert sorted(database.problems) == [
        f"{root / 'crates' / 'linked'}: {link}",
        f"{root / 'rust'}: {link}",
    ]
    assert len(database.for_crate("smallvec")) == SMALLVEC_ADVISORIES


def test_a_dangling_link_does_not_break_the_fingerprint(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    (root / "crates" / "smallvec" / "gone.md").symlink_to(tmp_path / "missing.md")
    source = RustSecDirectory(root)
    assert source.fingerprint()
    (problem,) = source.load().problems
    assert problem.endswith("gone.md: a symbolic link out of the database, not followed")


def test_osv_directory_with_special_files(tmp_path: Path) -> None:
    root = osv_copy(tmp_path / "osv")
    count = len(OsvDirectory(root).load().advisories)
    expected = make_hostile_files(root / "more", ".json", tmp_path / "outside")
    (root / "linked").symlink_to(tmp_path / "outside")
    expected[str(root / "linked")] = "a symbolic link to a directory, not followed"
    (root / ".hidden").mkdir()
    os.mkfifo(root / ".hidden" / "skipped.json")  # hidden directories are not read at all
    loaded = within(10, lambda: OsvDirectory(root).load())
    assert problems_by_path(loaded.problems) == expected
    assert len(loaded.advisories) == count


def test_an_osv_zip_entry_over_the_limit_is_not_inflated(tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr("bomb.json", b" " * (MAX_FILE_BYTES + 1))
        for path in sorted(require(ADVISORY_DB_OSV).glob("crates/RUSTSEC-2021-000*.json")):
            out.write(path, path.name)
    loaded = OsvZip(archive).load()
    assert loaded.problems == [
        f"{archive}!bomb.json: {MAX_FILE_BYTES + 1:,} bytes, over the limit of {MAX_FILE_BYTES:,}"
    ]
    assert loaded.advisories


def test_an_osv_zip_that_is_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "all.zip"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseError, match="a FIFO, not a file"):
        within(10, lambda: OsvZip(fifo).load())


def test_a_git_checkout_with_special_files(tmp_path: Path) -> None:
    remote = rustsec_copy(tmp_path / "remote")
    smallvec = remote / "crates" / "smallvec"
    (smallvec / "RUSTSEC-2099-0001.md").symlink_to("/dev/zero")
    (smallvec / "RUSTSEC-2099-0002.md").symlink_to("../../../outside/x.md")
    git = ["git", "-c", "user.email=t@example.invalid", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=remote, check=True)
    subprocess.run([*git, "add", "-A"], cwd=remote, check=True)
    subprocess.run([*git, "commit", "-qm", "db"], cwd=remote, check=True)
    source = GitSource(remote.as_uri(), tmp_path / "clone")
    source.update()
    loaded = within(20, source.load)
    checkout = source.checkout / "crates" / "smallvec"
    assert problems_by_path(loaded.problems) == {
        str(checkout / f"RUSTSEC-2099-000{n}.md"): (
            "a symbolic link out of the database, not followed"
        )
        for n in (1, 2)
    }
    assert len(loaded.advisories) == SMALLVEC_ADVISORIES


def test_a_compiled_database_that_is_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "x.compiled"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseError, match="a FIFO, not a file"):
        within(10, lambda: CompiledDatabase.load(fifo))


def test_a_fifo_in_the_cache_is_replaced_by_a_rebuilt_database(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    cache = tmp_path / "cache"
    first = load_sources([RustSecDirectory(root)], cache)
    (cached,) = (cache / "compiled").glob("*.compiled")
    cached.unlink()
    os.mkfifo(cached)
    again = within(10, lambda: load_sources([RustSecDirectory(root)], cache))
    assert len(again) == len(first) and cached.is_file()


def test_a_git_commit_marker_that_is_a_fifo_is_ignored(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    os.mkfifo(root / ".git-commit")
    loaded = within(10, RustSecDirectory(root).load)
    assert loaded.commit is None and len(loaded.advisories) == SMALLVEC_ADVISORIES


# -- nesting ------------------------------------------------------------------------

DEPTH = 100_000


@pytest.mark.parametrize(
    "text",
    [
        "[" * DEPTH + "]" * DEPTH,
        '{"id": "GHSA-deep", "affected": ' + "[" * DEPTH + "]" * DEPTH + "}",
        '{"a": ' * DEPTH + "1" + "}" * DEPTH,
    ],
    ids=["arrays", "inside a record", "objects"],
)
def test_deeply_nested_json_is_an_advisory_error(text: str) -> None:
    with pytest.raises(AdvisoryError, match=r"^deep\.json: invalid JSON: maximum recursion"):
        parse_osv_record(text, "deep.json")


def test_a_deeply_nested_osv_file_is_a_problem_of_the_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = osv_copy(tmp_path / "osv")
    deep = root / "GHSA-deep.json"
    deep.write_text('{"id": "GHSA-deep", "affected": ' + "[" * DEPTH + "]" * DEPTH + "}")
    loaded = OsvDirectory(root).load()
    (problem,) = loaded.problems
    assert problem.startswith(f"{deep}: invalid JSON: maximum recursion depth exceeded")
    assert main(["db", "info", "--db", str(root), "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["invalid"] == 1 and info["advisories"] == len(loaded.advisories)


def test_deeply_nested_toml_is_an_advisory_error(tmp_path: Path) -> None:
    root = rustsec_copy(tmp_path / "db")
    deep = root / "crates" / "smallvec" / "RUSTSEC-2099-0001.md"
    deep.write_text("```toml\na = " + "[" * DEPTH + "]" * DEPTH + "\n```\n# deep\n")
    legacy = root / "crates" / "smallvec" / "RUSTSEC-2099-0002.toml"
    legacy.write_text("a = " + "{b = " * DEPTH + "1" + "}" * DEPTH + "\n")
    database = build_database([RustSecDirectory(root)])
    assert sorted(problems_by_path(database.problems)) == [str(deep), str(legacy)]
    assert all("nested more than" in p for p in database.problems)


def test_an_encrypted_or_corrupt_zip_entry_is_one_problem(tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr("a-locked.json", b"{}")
        for path in sorted(require(ADVISORY_DB_OSV).glob("crates/RUSTSEC-2021-000*.json")):
            out.write(path, path.name)
    data = bytearray(archive.read_bytes())
    # Set the "encrypted" flag of the first entry, in its local and central headers.
    data[6] |= 1
    data[data.find(b"PK\x01\x02") + 8] |= 1
    archive.write_bytes(bytes(data))
    loaded = OsvZip(archive).load()
    (problem,) = loaded.problems
    assert problem.startswith(f"{archive}!a-locked.json: cannot read: ")
    assert "encrypted" in problem and loaded.advisories


@pytest.mark.parametrize(
    ("make", "commit"),
    [
        (lambda marker, outside: marker.write_text("bf5c0d245a92\n"), "bf5c0d245a92"),
        (lambda marker, outside: marker.write_text("see \x1b[2J README\n"), None),
        (lambda marker, outside: marker.symlink_to(outside), None),
    ],
    ids=["a commit id", "not a commit id", "a link out of the database"],
)
def test_only_a_commit_id_is_taken_from_the_git_commit_marker(
    tmp_path: Path, make: Callable[[Path, Path], object], commit: str | None
) -> None:
    root = rustsec_copy(tmp_path / "db")
    outside = tmp_path / "private"
    outside.write_text("0123456789abcdef\n")  # would pass for a commit id if it were read
    make(root / ".git-commit", outside)
    assert RustSecDirectory(root).load().commit == commit


def test_db_info_shows_what_a_database_names_without_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = rustsec_copy(tmp_path / "db")
    (root / "crates" / "smallvec" / "\x1b[2K\rerror: everything is fine.md").write_text("x")
    assert main(["db", "info", "--db", str(root)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out
    assert "\\x1b[2K\\x0derror: everything is fine.md: missing ```toml front matter" in out
