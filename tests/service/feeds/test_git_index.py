"""The git index feed against a ``file://`` repository holding real crates.io index lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cratewatch.errors import FeedError
from cratewatch.service.feeds import git_index
from cratewatch.service.feeds.git_index import GitIndexFeed
from cratewatch.service.model import Published, Yanked
from tests.service.feeds.support import SEEN, IndexRepo, clock, index_lines, index_repo

__all__ = ["index_repo"]  # the fixture, imported for pytest


@pytest.fixture
def repo(index_repo: IndexRepo) -> IndexRepo:
    """The index with serde and log, each without its newest version."""
    index_repo.write_lines("se/rd/serde", index_lines("se/rd/serde")[:-1])
    index_repo.write_lines("3/l/log", index_lines("3/l/log")[:-1])
    index_repo.commit("initial")
    return index_repo


def feed(repo: IndexRepo, tmp_path: Path, mirror: str = "mirror", **options: int) -> GitIndexFeed:
    return GitIndexFeed(repo.url, mirror_dir=tmp_path / mirror, clock=clock, **options)  # type: ignore[arg-type]


def with_yanked(line: str, yanked: bool) -> str:
    obj = json.loads(line)
    obj["yanked"] = yanked
    return json.dumps(obj, separators=(",", ":"))


def test_first_poll_starts_at_the_head_and_a_new_version_is_published(
    repo: IndexRepo, tmp_path: Path
) -> None:
    watch = feed(repo, tmp_path)
    first = watch.poll(None)
    assert first.events == []
    assert first.cursor == repo.head()

    newest = index_lines("se/rd/serde")[-1]
    repo.append("se/rd/serde", newest)
    commit = repo.commit("Updating crate `serde#1.0.114`")
    batch = watch.poll(first.cursor)
    assert batch.cursor == commit
    assert batch.problems == ()
    assert batch.events == [
        Published(
            name="serde",
            version="1.0.114",
            checksum=json.loads(newest)["cksum"],
            source="git-index",
            seen=SEEN,
            index_line=newest,
            # the index's config.json: {"dl": "https://static.crates.io/crates"}
            download_url="https://static.crates.io/crates/serde/1.0.114/download",
        )
    ]
    assert watch.poll(batch.cursor).events == []  # nothing new: nothing reported


def test_yank_unyank_and_a_new_crate(repo: IndexRepo, tmp_path: Path) -> None:
    watch = feed(repo, tmp_path)
    cursor = watch.poll(None).cursor
    lines = repo.lines("3/l/log")
    assert json.loads(lines[-3])["vers"] == "0.4.8"
    assert json.loads(lines[-1])["yanked"] is True  # log 0.4.10 was yanked on crates.io
    repo.write_lines("3/l/log", [*lines[:-3], with_yanked(lines[-3], True), *lines[-2:]])
    repo.commit("Yanking crate `log#0.4.8`")
    repo.write_lines("3/l/log", [*lines[:-1], with_yanked(lines[-1], False)])
    repo.commit("Unyanking crate `log#0.4.8`, `log#0.4.10`")
    bat = index_lines("3/b/bat")[:2]
    repo.write_lines("3/b/bat", bat)
    repo.commit("Updating crate `bat#0.1.0`")

    batch = watch.poll(cursor)
    assert batch.problems == ()
    assert batch.cursor == repo.head()
    yanks = [e for e in batch.events if isinstance(e, Yanked)]
    assert yanks == [
        Yanked("log", "0.4.8", True, "git-index", SEEN),
        Yanked("log", "0.4.8", False, "git-index", SEEN),
        Yanked("log", "0.4.10", False, "git-index", SEEN),
    ]
    published = [e for e in batch.events if isinstance(e, Published)]
    assert [(e.name, e.version) for e in published] == [("bat", "0.1.0"), ("bat", "0.2.0")]
    assert [e.index_line for e in published] == bat


def test_malformed_and_misplaced_lines_are_problems_and_the_rest_goes_on(
    repo: IndexRepo, tmp_path: Path
) -> None:
    watch = feed(repo, tmp_path)
    cursor = watch.poll(None).cursor
    newest = index_lines("3/l/log")[-1]
    evil = json.loads(newest) | {"name": "serde", "vers": "9.9.9"}
    repo.append(
        "3/l/log",
        '{"name":"log","vers":',  # cut short
        "++ b/se/rd/serde",  # looks like a diff header once prefixed with "+"
        json.dumps(evil),  # another crate's line in log's file
        json.dumps(json.loads(newest) | {"vers": "not-a-version"}),
        json.dumps(json.loads(newest) | {"vers": "0.4.12", "cksum": "nope"}),
        "[1, 2]",
        newest,
    )
    repo.write("config.json", '{"dl": "https://example.invalid/"}\n')
    repo.commit("a hostile commit")

    batch = watch.poll(cursor)
    assert [(e.name, e.version) for e in batch.events] == [("log", "0.4.11")]
    assert len(batch.problems) == 6
    assert all(p.startswith(f"{repo.url} commit {repo.head()} 3/l/log: ") for p in batch.problems)
    assert "malformed JSON" in batch.problems[0]
    assert "names crate 'serde'" in batch.problems[2]
    assert "'not-a-version' is not a version" in batch.problems[3]
    assert "no valid cksum" in batch.problems[4]
    assert "expected a JSON object" in batch.problems[5]
    assert all("\n" not in p for p in batch.problems)


def test_a_restart_resumes_from_the_cursor_with_or_without_the_mirror(
    repo: IndexRepo, tmp_path: Path
) -> None:
    cursor = feed(repo, tmp_path).poll(None).cursor
    repo.append("se/rd/serde", index_lines("se/rd/serde")[-1])
    repo.commit("serde")
    repo.append("3/l/log", index_lines("3/l/log")[-1])
    repo.commit("log")

    for mirror in ("mirror", "a-new-cache"):
        batch = feed(repo, tmp_path, mirror).poll(cursor)
        assert [(e.name, e.version) for e in batch.events] == [
            ("serde", "1.0.114"),
            ("log", "0.4.11"),
        ]
        assert batch.cursor == repo.head()


def test_a_shallow_mirror_deepens_to_reach_an_older_cursor(repo: IndexRepo, tmp_path: Path) -> None:
    cursor = repo.head()
    repo.append("se/rd/serde", index_lines("se/rd/serde")[-1])
    repo.commit("serde")
    watch = feed(repo, tmp_path)
    assert watch.poll(None).cursor == repo.head()  # a shallow first fetch
    batch = watch.poll(cursor)
    assert [(e.name, e.version) for e in batch.events] == [("serde", "1.0.114")]


def test_replay_reports_the_last_commits_of_a_first_poll(repo: IndexRepo, tmp_path: Path) -> None:
    repo.append("se/rd/serde", index_lines("se/rd/serde")[-1])
    repo.commit("serde")
    repo.append("3/l/log", index_lines("3/l/log")[-1])
    repo.commit("log")
    batch = feed(repo, tmp_path, replay=1).poll(None)
    assert [(e.name, e.version) for e in batch.events] == [("log", "0.4.11")]
    everything = feed(repo, tmp_path, "all", replay=10).poll(None)
    assert len(everything.events) == 200 + 41  # the root commit, against the empty tree
    assert everything.cursor == repo.head()


def test_a_poll_is_bounded_in_commits_and_the_next_one_goes_on(
    repo: IndexRepo, tmp_path: Path
) -> None:
    watch = feed(repo, tmp_path, max_commits=2)
    cursor = watch.poll(None).cursor
    commits = []
    lines = index_lines("3/b/bat")[:5]
    for count, line in enumerate(lines, 1):
        repo.write_lines("3/b/bat", lines[:count])
        commits.append(repo.commit(f"bat {json.loads(line)['vers']}"))
    seen: list[str] = []
    for expected in (commits[1], commits[3], commits[4]):
        batch = watch.poll(cursor)
        assert batch.cursor == expected
        seen += [e.version for e in batch.events]
        cursor = batch.cursor
    assert seen == [json.loads(line)["vers"] for line in lines]


def test_a_huge_commit_is_cut_with_a_problem(repo: IndexRepo, tmp_path: Path) -> None:
    watch = feed(repo, tmp_path, max_diff_bytes=4000)
    cursor = watch.poll(None).cursor
    repo.write_lines("3/b/bat", index_lines("3/b/bat"))  # some 25 KB of diff
    big = repo.commit("a big one")
    repo.append("se/rd/serde", index_lines("se/rd/serde")[-1])
    small = repo.commit("serde")

    batch = watch.poll(cursor)
    assert batch.cursor == big
    assert 0 < len(batch.events) < 25
    assert batch.problems == (
        f"{repo.url} commit {big}: diff larger than 4,000 bytes: the rest of the commit is skipped",
    )
    after = watch.poll(batch.cursor)
    assert after.cursor == small
    assert [(e.name, e.version) for e in after.events] == [("serde", "1.0.114")]


def test_a_line_too_long_is_skipped(
    repo: IndexRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(git_index, "MAX_LINE_BYTES", 2000)
    watch = feed(repo, tmp_path)
    cursor = watch.poll(None).cursor
    newest = index_lines("3/l/log")[-1]
    assert len(newest) < 2000
    long = json.loads(newest) | {"vers": "0.4.12", "features": {"x" * 4000: []}}
    repo.append("3/l/log", json.dumps(long), newest)
    repo.commit("long")
    batch = watch.poll(cursor)
    assert [e.version for e in batch.events] == ["0.4.11"]
    assert batch.problems == (
        f"{repo.url} commit {repo.head()} 3/l/log: line longer than 2,000 bytes, skipped",
    )


def test_a_moved_file_reports_nothing(index_repo: IndexRepo, tmp_path: Path) -> None:
    index_repo.write_lines("misplaced/log", index_lines("3/l/log"))
    index_repo.commit("first")
    watch = feed(index_repo, tmp_path)
    cursor = watch.poll(None).cursor
    (index_repo.root / "3/l").mkdir(parents=True)
    index_repo.git("mv", "misplaced/log", "3/l/log")
    index_repo.commit("moved into the layout")
    batch = watch.poll(cursor)
    assert batch.events == []
    assert batch.problems == ()


def test_rewritten_history_compares_the_trees(repo: IndexRepo, tmp_path: Path) -> None:
    watch = feed(repo, tmp_path)
    repo.append("se/rd/serde", index_lines("se/rd/serde")[-1])
    repo.commit("serde")
    cursor = watch.poll(None).cursor
    # A squash, as crates.io does: one new root commit with the same tree, then more.
    repo.git("checkout", "--quiet", "--orphan", "squashed")
    repo.commit("Collapse index into one commit")
    repo.git("branch", "--quiet", "-M", "squashed", "master")
    repo.append("3/l/log", index_lines("3/l/log")[-1])
    repo.commit("log")

    batch = watch.poll(cursor)
    assert [(e.name, e.version) for e in batch.events] == [("log", "0.4.11")]
    assert batch.cursor == repo.head()
    assert batch.problems == (
        f"{repo.url}: history rewritten ({cursor} is not an ancestor of {repo.head()}): "
        "compared the two trees",
    )

    lost = feed(repo, tmp_path, "new-cache").poll(cursor)
    assert lost.events == []
    assert lost.cursor == repo.head()
    assert "is not in the index history any more" in lost.problems[0]


def test_errors_are_one_line_and_name_the_url(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match=r"^ftp://x: not an https:// or file:// URL"):
        GitIndexFeed("ftp://x")
    missing = (tmp_path / "nowhere").as_uri()
    with pytest.raises(FeedError) as info:
        GitIndexFeed(missing, mirror_dir=tmp_path / "m").poll(None)
    message = str(info.value)
    assert message.startswith(f"{missing}: git fetch failed: ")
    assert "\n" not in message
    with pytest.raises(FeedError, match="is not a commit id"):
        GitIndexFeed(missing, mirror_dir=tmp_path / "m").poll("HEAD; rm -rf /")
