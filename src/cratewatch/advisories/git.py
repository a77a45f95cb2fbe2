"""Clone, update and read an advisory database git repository with the system ``git``.

The system ``git`` client is used rather than a binding: it is on every
developer and CI machine, honours the user's proxy and credential settings,
and a clone of the advisory database is a one-off operation.

A past state of the database is read from the object store with plumbing
(``rev-list``, ``ls-tree``, ``cat-file``), never by checking it out: the clone's
working tree stays what ``db update`` made it, and several audits at different
dates can read one clone at the same time.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from cratewatch.errors import DatabaseError

__all__ = [
    "TreeEntry",
    "clone_or_update",
    "commit_before",
    "head_commit",
    "is_shallow",
    "list_tree",
    "read_blobs",
]
_TIMEOUT_SECONDS = 300


def _run(args: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            env=env,
            input=stdin,
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError:
        raise DatabaseError(
            "git is not installed; it is needed to fetch the advisory database"
        ) from None
    except subprocess.TimeoutExpired:
        raise DatabaseError(f"git {args[0]} timed out after {_TIMEOUT_SECONDS} s") from None
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace")
        lines = [line.strip() for line in stderr.splitlines() if line.strip()]
        fatal = [line.removeprefix("fatal: ") for line in lines if line.startswith("fatal: ")]
        detail = (fatal or lines or [f"exit status {done.returncode}"])[0]
        raise DatabaseError(f"git {args[0]} failed: {detail}")
    return done.stdout


def _git(args: list[str], cwd: Path | None = None) -> str:
    return _run(args, cwd).decode("utf-8", "replace")


def clone_or_update(url: str, checkout: Path, *, history: bool = False) -> str:
    """Make ``checkout`` a current copy of ``url``'s default branch.

    The copy is shallow (one commit) unless ``history`` is asked for, which
    reading the database at a past date needs; a copy that has its history
    keeps it. Returns the commit id. A failed fetch leaves an existing checkout
    untouched.
    """
    try:
        if (checkout / ".git").is_dir():
            shallow = is_shallow(checkout)
            if shallow and history:
                depth = ["--unshallow"]
            elif shallow:
                depth = ["--depth", "1"]
            else:
                depth = []  # --depth 1 would cut the history off again
            _git(["fetch", *depth, "--quiet", url, "HEAD"], cwd=checkout)
            _git(["reset", "--hard", "--quiet", "FETCH_HEAD"], cwd=checkout)
        else:
            checkout.parent.mkdir(parents=True, exist_ok=True)
            partial = checkout.with_name(checkout.name + ".partial")
            shutil.rmtree(partial, ignore_errors=True)
            depth = [] if history else ["--depth", "1"]
            _git(["clone", *depth, "--quiet", url, str(partial)])
            shutil.rmtree(checkout, ignore_errors=True)
            partial.rename(checkout)
    except DatabaseError as exc:
        raise DatabaseError(f"{url}: {exc}") from None
    except OSError as exc:
        raise DatabaseError(f"{checkout}: cannot write the database checkout: {exc}") from None
    commit, _ = head_commit(checkout)
    return commit


def head_commit(checkout: Path) -> tuple[str, dt.datetime]:
    """The checked-out commit id and its commit time."""
    return _commit_and_time(checkout, "HEAD")


def _commit_and_time(repository: Path, revision: str) -> tuple[str, dt.datetime]:
    out = _git(["log", "-1", "--format=%H %cI", revision, "--"], cwd=repository).split()
    if len(out) != 2:
        raise DatabaseError(f"{repository}: cannot read the current commit")
    return out[0], dt.datetime.fromisoformat(out[1])


def is_shallow(repository: Path) -> bool:
    return _git(["rev-parse", "--is-shallow-repository"], cwd=repository).strip() == "true"


def commit_before(repository: Path, moment: dt.datetime) -> tuple[str, dt.datetime] | None:
    """The last commit of HEAD's first-parent line committed before ``moment``.

    First parents only: they are the states the default branch has been in, so
    a merge counts from when it was merged, not from when its branch was written.
    """
    # git's --before keeps commits at exactly that second; one second earlier
    # makes it strictly before.
    limit = (moment - dt.timedelta(seconds=1)).astimezone(dt.UTC).isoformat()
    out = _git(["rev-list", "-1", "--first-parent", f"--before={limit}", "HEAD", "--"], repository)
    commit = out.strip()
    return _commit_and_time(repository, commit) if commit else None


class TreeEntry(NamedTuple):
    """One file of a commit's tree: ``git ls-tree -l`` fields."""

    mode: str
    kind: str  # blob, commit (a submodule)
    object_id: str
    size: int | None  # blobs only
    path: str


def list_tree(repository: Path, commit: str) -> list[TreeEntry]:
    """Every file of ``commit``, recursively, with its size, without reading any."""
    out = _run(["ls-tree", "-r", "-l", "-z", "--full-tree", commit], repository)
    entries = []
    for record in out.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        fields = meta.split()
        if len(fields) != 4:
            raise DatabaseError(f"{repository}: unexpected git ls-tree output")
        mode, kind, object_id, size = (f.decode("ascii", "replace") for f in fields)
        path = raw_path.decode("utf-8", "surrogateescape")
        entries.append(
            TreeEntry(mode, kind, object_id, int(size) if size.isdigit() else None, path)
        )
    return entries


def read_blobs(repository: Path, object_ids: Iterable[str]) -> dict[str, bytes]:
    """The contents of the blobs ``object_ids``, read in one ``git cat-file --batch``."""
    wanted = list(dict.fromkeys(object_ids))
    if not wanted:
        return {}
    out = _run(
        ["cat-file", "--batch"], repository, stdin="".join(f"{o}\n" for o in wanted).encode()
    )
    blobs: dict[str, bytes] = {}
    position = 0
    for object_id in wanted:
        newline = out.find(b"\n", position)
        header = out[position:newline].split()
        if newline < 0 or len(header) != 3 or header[1] != b"blob":
            raise DatabaseError(f"{repository}: cannot read object {object_id} from git")
        size = int(header[2])
        start = newline + 1
        blobs[object_id] = out[start : start + size]
        position = start + size + 1  # each object is followed by a newline
    return blobs
