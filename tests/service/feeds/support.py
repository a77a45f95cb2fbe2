"""Helpers for the feed tests: a git index repository built from real index files."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from tests.registry.support import INDEX_SUBSET, require

SEEN = dt.datetime(2026, 9, 1, 12, 0, tzinfo=dt.UTC)


def clock() -> dt.datetime:
    return SEEN


def index_lines(path: str) -> list[str]:
    """The lines of a real crates.io index file (``se/rd/serde``) of the shared subset."""
    return (require(INDEX_SUBSET) / path).read_text(encoding="utf-8").splitlines()


class IndexRepo:
    """A git repository in crates.io-index layout, committed to as a registry would."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True)
        self.git("init", "--quiet", "--initial-branch=master")
        self.write("config.json", '{"dl": "https://static.crates.io/crates"}\n')

    @property
    def url(self) -> str:
        return self.root.as_uri()

    def git(self, *args: str) -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": "bors",
            "GIT_AUTHOR_EMAIL": "bors@example.invalid",
            "GIT_COMMITTER_NAME": "bors",
            "GIT_COMMITTER_EMAIL": "bors@example.invalid",
            "GIT_CONFIG_NOSYSTEM": "1",
            "HOME": str(self.root),
        }
        done = subprocess.run(
            ["git", "-c", "commit.gpgsign=false", *args],
            cwd=self.root,
            env=env,
            capture_output=True,
            check=True,
            timeout=60,
        )
        return done.stdout.decode().strip()

    def write(self, path: str, text: str) -> None:
        file = self.root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")

    def write_lines(self, path: str, lines: list[str]) -> None:
        self.write(path, "".join(line + "\n" for line in lines))

    def lines(self, path: str) -> list[str]:
        return (self.root / path).read_text(encoding="utf-8").splitlines()

    def append(self, path: str, *lines: str) -> None:
        self.write_lines(path, [*self.lines(path), *lines])

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "--quiet", "--allow-empty", "-m", message)
        return self.head()

    def head(self) -> str:
        return self.git("rev-parse", "HEAD")


@pytest.fixture
def index_repo(tmp_path: Path) -> IndexRepo:
    return IndexRepo(tmp_path / "crates.io-index")
