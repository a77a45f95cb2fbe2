"""One poller at a time per git mirror: a poll holds ``<mirror>.lock``; another process
or another feed on the same mirror is refused at once, and a forked child never keeps
the lock."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cratewatch.errors import FeedError
from cratewatch.service.feeds import git_index
from cratewatch.service.feeds.git_index import GitIndexFeed
from tests.registry.support import line
from tests.service.feeds.support import IndexRepo, clock, index_repo

__all__ = ["index_repo"]  # the fixture, imported for pytest

HOLD = """
import fcntl, sys
with open(sys.argv[1], "a") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    print("locked", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def repo(index_repo: IndexRepo) -> IndexRepo:
    index_repo.write_lines("se/rd/serde", [line("serde", "1.0.0", cksum="a" * 64)])
    index_repo.commit("initial")
    return index_repo


def feed(repo: IndexRepo, tmp_path: Path) -> GitIndexFeed:
    return GitIndexFeed(repo.url, mirror_dir=tmp_path / "cache" / "mirror", clock=clock)


def test_a_second_process_polling_the_mirror_is_refused(repo: IndexRepo, tmp_path: Path) -> None:
    watch = feed(repo, tmp_path)
    assert watch.lock_path == tmp_path / "cache" / "mirror.lock"
    cursor = watch.poll(None).cursor  # creates the mirror, and the lock file beside it
    assert watch.lock_path.is_file()
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(watch.lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "locked\n"
        started = time.monotonic()
        with pytest.raises(FeedError) as refused:
            watch.poll(cursor)
        assert time.monotonic() - started < 5  # refused at once, not waiting
        message = str(refused.value)
        assert message == f"{repo.url}: another poller is using the mirror {watch.mirror}"
        assert "\n" not in message
    finally:
        assert other.stdin is not None
        other.stdin.close()  # the other poller is done
        other.wait(30)
    repo.append("se/rd/serde", line("serde", "1.0.1", cksum="b" * 64))
    repo.commit("Updating crate `serde#1.0.1`")
    batch = watch.poll(cursor)  # the cursor is untouched by the refused poll
    assert [(e.name, e.version) for e in batch.events] == [("serde", "1.0.1")]


def test_two_feeds_on_one_mirror_take_turns(repo: IndexRepo, tmp_path: Path) -> None:
    first, second = feed(repo, tmp_path), feed(repo, tmp_path)
    held = first._lock()  # the first is polling
    try:
        with pytest.raises(FeedError, match="another poller is using the mirror"):
            second.poll(None)
    finally:
        git_index._unlock(held)
    assert second.poll(None).cursor == repo.head()  # released when the poll ends
    assert first.poll(None).cursor == repo.head()


def test_a_failed_poll_releases_the_lock(tmp_path: Path) -> None:
    gone = (tmp_path / "no-such-index").as_uri()
    watch = GitIndexFeed(gone, mirror_dir=tmp_path / "mirror", clock=clock)
    with pytest.raises(FeedError, match="git fetch failed"):
        watch.poll(None)
    git_index._unlock(watch._lock())  # free again


def test_a_child_forked_during_a_poll_does_not_keep_the_lock(
    repo: IndexRepo, tmp_path: Path
) -> None:
    watch = feed(repo, tmp_path)
    held = watch._lock()
    child = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
    child.start()  # shares the locked file
    try:
        git_index._unlock(held)
        assert watch.poll(None).cursor == repo.head()  # at once, with the child alive
        assert child.is_alive()
    finally:
        child.kill()
        child.join(10)


def test_a_poller_that_dies_leaves_no_lock_to_its_forked_children(
    repo: IndexRepo, tmp_path: Path
) -> None:
    watch = feed(repo, tmp_path)
    held = watch._lock()
    child = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
    child.start()
    try:
        git_index._held.discard(held)
        os.close(held)  # as a process killed mid-poll: its descriptor closed, no unlock
        deadline = time.monotonic() + 20
        while True:  # free once the child has closed its copy, as it does first thing
            try:
                git_index._unlock(watch._lock())
                break
            except FeedError:
                assert time.monotonic() < deadline, "the forked child kept the lock"
                time.sleep(0.05)
        assert child.is_alive()
    finally:
        child.kill()
        child.join(10)
