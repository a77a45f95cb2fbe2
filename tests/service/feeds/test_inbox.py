"""The inbox feed: .crate files dropped into a directory of tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cratewatch.errors import FeedError
from cratewatch.service.feeds.inbox import InboxFeed, parse_crate_file_name
from cratewatch.service.model import Published
from tests.registry.support import crate_bytes, sha256
from tests.service.feeds.support import SEEN, clock


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    path = tmp_path / "inbox"
    path.mkdir()
    return path


def drop(inbox: Path, file_name: str, data: bytes) -> Path:
    """Write as a careful mirror does: under a hidden name, then renamed into place."""
    hidden = inbox / f".{file_name}.tmp"
    hidden.write_bytes(data)
    hidden.rename(inbox / file_name)
    return inbox / file_name


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("serde-1.0.210.crate", ("serde", "1.0.210")),
        ("sha-1-0.10.0.crate", ("sha-1", "0.10.0")),
        ("tokio-macros-2.4.0-rc.1+build.5.crate", ("tokio-macros", "2.4.0-rc.1+build.5")),
        ("serde_json-1.0.0.crate", ("serde_json", "1.0.0")),
        ("serde.crate", None),
        ("serde-1.0.crate", None),
        ("-1.0.0.crate", None),
        ("serde-1.0.0.tar.gz", None),
        ("../evil-1.0.0.crate", None),
    ],
)
def test_file_names(file_name: str, expected: tuple[str, str] | None) -> None:
    assert parse_crate_file_name(file_name) == expected


def test_a_file_is_taken_when_stable_across_two_polls(inbox: Path, tmp_path: Path) -> None:
    data = crate_bytes(tmp_path, "serde", "1.0.210")
    drop(inbox, "serde-1.0.210.crate", data)
    (inbox / ".rand-0.9.0.crate.part").write_bytes(b"half")  # still being copied
    (inbox / "README").write_text("not a crate")
    feed = InboxFeed(inbox, clock=clock)

    first = feed.poll(None)
    assert first.events == []
    second = feed.poll(first.cursor)
    copy = inbox / "processed" / sha256(data) / "serde-1.0.210.crate"
    assert second.events == [
        Published(
            name="serde",
            version="1.0.210",
            checksum=sha256(data),
            source="inbox",
            seen=SEEN,
            crate_path=str(copy),
        )
    ]
    assert second.problems == ()
    assert copy.read_bytes() == data
    # The inbox file goes once the caller hands back the cursor that says it was taken.
    assert (inbox / "serde-1.0.210.crate").exists()
    third = feed.poll(second.cursor)
    assert third.events == []
    assert not (inbox / "serde-1.0.210.crate").exists()
    assert (inbox / ".rand-0.9.0.crate.part").exists()
    assert (inbox / "README").exists()


def test_a_file_still_growing_waits(inbox: Path, tmp_path: Path) -> None:
    data = crate_bytes(tmp_path, "log", "0.4.22")
    path = inbox / "log-0.4.22.crate"
    path.write_bytes(data[:100])  # a mirror copying in place
    feed = InboxFeed(inbox, clock=clock)
    cursor = feed.poll(None).cursor
    with path.open("ab") as handle:
        handle.write(data[100:])
    batch = feed.poll(cursor)
    assert batch.events == []  # changed since the last poll
    batch = feed.poll(batch.cursor)
    assert [e.checksum for e in batch.events] == [sha256(data)]


def test_a_lost_cursor_repeats_and_never_loses(inbox: Path, tmp_path: Path) -> None:
    data = crate_bytes(tmp_path, "rand", "0.9.0")
    drop(inbox, "rand-0.9.0.crate", data)
    feed = InboxFeed(inbox, clock=clock)
    before = feed.poll(None).cursor
    taken = feed.poll(before)
    assert len(taken.events) == 1
    # The service died before storing the event: it polls again with the old cursor.
    again = feed.poll(before)
    assert again.events == taken.events
    assert feed.poll(again.cursor).events == []
    assert [p.name for p in (inbox / "processed" / sha256(data)).iterdir()] == ["rand-0.9.0.crate"]


def test_bad_names_and_special_files_are_rejected(inbox: Path, tmp_path: Path) -> None:
    (inbox / "serde.crate").write_bytes(b"x")
    (inbox / "1nvalid-1.0.0.crate").write_bytes(b"x")
    (inbox / "passwd-1.0.0.crate").symlink_to("/etc/passwd")
    (inbox / "dir-1.0.0.crate").mkdir()
    os.mkfifo(inbox / "fifo-1.0.0.crate")
    (inbox / "huge-1.0.0.crate").write_bytes(b"x" * 2000)
    feed = InboxFeed(inbox, max_bytes=1000, clock=clock)
    batch = feed.poll(None)
    assert batch.events == []
    assert batch.problems == (
        f"{inbox}/1nvalid-1.0.0.crate: not named NAME-VERSION.crate with a valid crate name "
        "and version; moved to rejected/",
        f"{inbox}/dir-1.0.0.crate: a directory, not a file; moved to rejected/",
        f"{inbox}/fifo-1.0.0.crate: a FIFO, not a file; moved to rejected/",
        f"{inbox}/huge-1.0.0.crate: 2,000 bytes, over the limit of 1,000; moved to rejected/",
        f"{inbox}/passwd-1.0.0.crate: a symbolic link, not a file; moved to rejected/",
        f"{inbox}/serde.crate: not named NAME-VERSION.crate with a valid crate name and "
        "version; moved to rejected/",
    )
    assert sorted(p.name for p in inbox.iterdir()) == ["processed", "rejected"]
    assert (inbox / "rejected" / "passwd-1.0.0.crate").is_symlink()


def test_a_poll_is_bounded_in_files(inbox: Path, tmp_path: Path) -> None:
    for n in range(5):
        drop(inbox, f"demo-0.{n}.0.crate", crate_bytes(tmp_path, "demo", f"0.{n}.0"))
    feed = InboxFeed(inbox, max_files=2, clock=clock)
    cursor = feed.poll(None).cursor
    versions: list[str] = []
    for _ in range(4):
        batch = feed.poll(cursor)
        versions += [e.version for e in batch.events]
        cursor = batch.cursor
    assert versions == [f"0.{n}.0" for n in range(5)]


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match=r"/missing: cannot read the inbox \("):
        InboxFeed(tmp_path / "missing").poll(None)
    (tmp_path / "inbox").mkdir()
    with pytest.raises(FeedError, match="the cursor is not one of an inbox"):
        InboxFeed(tmp_path / "inbox").poll('{"pending": {"../x": [1, 2]}, "taken": {}}')


def test_a_file_replaced_after_it_was_taken_is_kept_and_taken_again(
    inbox: Path, tmp_path: Path
) -> None:
    first, second = (crate_bytes(tmp_path, "demo", "1.0.0", body) for body in ("a", "bb"))
    drop(inbox, "demo-1.0.0.crate", first)
    feed = InboxFeed(inbox, clock=clock)
    taken = feed.poll(feed.poll(None).cursor)
    assert [e.checksum for e in taken.events] == [sha256(first)]
    drop(inbox, "demo-1.0.0.crate", second)  # the mirror drops another one of that name
    cursor = feed.poll(taken.cursor).cursor
    assert [e.checksum for e in feed.poll(cursor).events] == [sha256(second)]


def test_problems_escape_what_a_file_name_says(inbox: Path) -> None:
    (inbox / "\x1b[2Kevil.crate").write_bytes(b"x")
    batch = InboxFeed(inbox, clock=clock).poll(None)
    assert batch.problems[0].startswith(f"{inbox}/\\x1b[2Kevil.crate: not named")
