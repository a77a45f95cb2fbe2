"""The git index feed's download URLs: the ``dl`` template of the index's own
``config.json`` at each commit, read once per change, refused unless http(s)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from cratewatch.service.feeds import git_index
from cratewatch.service.feeds.git_index import MAX_CONFIG_BYTES, GitIndexFeed
from cratewatch.service.model import Published
from tests.registry.support import line
from tests.service.feeds.support import IndexRepo, clock, index_repo

__all__ = ["index_repo"]  # the fixture, imported for pytest

SUM_A = "a" * 64
SUM_B = "b" * 64


def feed(repo: IndexRepo, tmp_path: Path) -> GitIndexFeed:
    return GitIndexFeed(repo.url, mirror_dir=tmp_path / "mirror", clock=clock)


def set_config(repo: IndexRepo, config: object) -> None:
    repo.write("config.json", json.dumps(config) + "\n")


def published(events: Sequence[object]) -> list[Published]:
    return [e for e in events if isinstance(e, Published)]


def test_each_version_carries_the_url_of_the_config_at_its_commit(
    index_repo: IndexRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = index_repo
    set_config(repo, {"dl": "https://dl.example/{lowerprefix}/{crate}/{version}/{sha256-checksum}"})
    repo.commit("initial")
    watch = feed(repo, tmp_path)
    cursor = watch.poll(None).cursor
    reads: list[str] = []
    read_config = watch._read_config

    def counted(blob: object) -> object:
        reads.append(str(blob))
        return read_config(blob)  # type: ignore[arg-type]

    monkeypatch.setattr(watch, "_read_config", counted)
    repo.write_lines("3/a/abc", [line("Abc", "1.0.0", cksum=SUM_A)])
    repo.commit("Updating crate `Abc#1.0.0`")
    repo.write_lines("se/rd/serde", [line("serde", "1.0.0", cksum=SUM_B)])
    repo.commit("Updating crate `serde#1.0.0`")
    set_config(repo, {"dl": "https://cdn.example/crates"})  # no marker: Cargo's default form
    repo.append("se/rd/serde", line("serde", "1.0.1", cksum=SUM_A))
    repo.commit("a new download host, and `serde#1.0.1`")

    batch = watch.poll(cursor)
    assert batch.problems == ()
    assert [(e.name, e.version, e.download_url) for e in published(batch.events)] == [
        ("Abc", "1.0.0", f"https://dl.example/3/a/Abc/1.0.0/{SUM_A}"),
        ("serde", "1.0.0", f"https://dl.example/se/rd/serde/1.0.0/{SUM_B}"),
        ("serde", "1.0.1", "https://cdn.example/crates/serde/1.0.1/download"),
    ]
    assert len(reads) == 2  # one read per config.json blob, not per commit

    repo.append("se/rd/serde", line("serde", "1.0.2", cksum=SUM_B))
    repo.commit("Updating crate `serde#1.0.2`")
    [event] = watch.poll(batch.cursor).events
    assert isinstance(event, Published)
    assert event.download_url == "https://cdn.example/crates/serde/1.0.2/download"
    assert len(reads) == 2  # remembered across polls


@pytest.mark.parametrize(
    ("config", "says"),
    [
        ({"dl": "file:///etc/{crate}"}, "config.json: no http(s) download URL ('dl')"),
        ({"api": "https://crates.example"}, "config.json: no http(s) download URL ('dl')"),
        ({"dl": "https://dl.example/ space"}, "config.json: no http(s) download URL ('dl')"),
        (["https://dl.example"], "config.json: not a JSON object"),
        (
            {"dl": "https://dl.example", "auth-required": True},
            "config.json: the registry requires authentication (unsupported)",
        ),
        (None, "config.json: missing"),
    ],
)
def test_a_config_without_an_http_download_url_is_a_problem_and_no_url(
    index_repo: IndexRepo, tmp_path: Path, config: object, says: str
) -> None:
    repo = index_repo
    repo.commit("initial")
    watch = feed(repo, tmp_path)
    cursor = watch.poll(None).cursor
    if config is None:
        (repo.root / "config.json").unlink()
    else:
        set_config(repo, config)
    repo.write_lines("se/rd/serde", [line("serde", "1.0.0", cksum=SUM_A)])
    repo.commit("Updating crate `serde#1.0.0`")
    repo.append("se/rd/serde", line("serde", "1.0.1", cksum=SUM_B))
    commit = repo.commit("Updating crate `serde#1.0.1`")

    batch = watch.poll(cursor)
    events = published(batch.events)
    assert [(e.version, e.download_url) for e in events] == [("1.0.0", None), ("1.0.1", None)]
    # told once a poll, at the first commit it spoils
    [problem] = batch.problems
    first = watch._commits(cursor, commit).__next__()[0]
    assert problem == (
        f"{repo.url} commit {first} {says}: the versions it covers carry no download URL"
    )

    repo.append("se/rd/serde", line("serde", "1.0.2", cksum=SUM_A))
    repo.commit("Updating crate `serde#1.0.2`")
    again = watch.poll(batch.cursor)
    assert [e.download_url for e in published(again.events)] == [None]
    assert len(again.problems) == 1  # and told again in the next poll that has versions


def test_a_config_over_the_size_limit_is_not_read(
    index_repo: IndexRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = index_repo
    repo.commit("initial")
    watch = feed(repo, tmp_path)
    cursor = watch.poll(None).cursor
    padding = "x" * MAX_CONFIG_BYTES
    set_config(repo, {"dl": "https://dl.example", "padding": padding})
    repo.write_lines("se/rd/serde", [line("serde", "1.0.0", cksum=SUM_A)])
    repo.commit("Updating crate `serde#1.0.0`")
    asked: list[list[str]] = []
    run_git = git_index._git

    def spy(args: list[str], *rest: object) -> bytes:
        asked.append(args)
        return run_git(args, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(git_index, "_git", spy)
    batch = watch.poll(cursor)
    assert [e.download_url for e in published(batch.events)] == [None]
    [problem] = batch.problems
    size = (repo.root / "config.json").stat().st_size
    assert f"config.json: {size:,} bytes, over the limit of 65,536" in problem
    assert not [args for args in asked if args[:2] == ["cat-file", "blob"]]  # never read
