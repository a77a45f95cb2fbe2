"""Clone and update an advisory database git repository with the system ``git``.

The system ``git`` client is used rather than a binding: it is on every
developer and CI machine, honours the user's proxy and credential settings,
and a clone of the advisory database is a one-off operation.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

from cratewatch.errors import DatabaseError

__all__ = ["clone_or_update", "head_commit"]
_TIMEOUT_SECONDS = 300


def _git(args: list[str], cwd: Path | None = None) -> str:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
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
        lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        fatal = [line.removeprefix("fatal: ") for line in lines if line.startswith("fatal: ")]
        detail = (fatal or lines or [f"exit status {done.returncode}"])[0]
        raise DatabaseError(f"git {args[0]} failed: {detail}")
    return done.stdout


def clone_or_update(url: str, checkout: Path) -> str:
    """Make ``checkout`` a current shallow copy of ``url``'s default branch.

    Returns the commit id. A failed fetch leaves an existing checkout untouched.
    """
    try:
        if (checkout / ".git").is_dir():
            _git(["fetch", "--depth", "1", "--quiet", url, "HEAD"], cwd=checkout)
            _git(["reset", "--hard", "--quiet", "FETCH_HEAD"], cwd=checkout)
        else:
            checkout.parent.mkdir(parents=True, exist_ok=True)
            partial = checkout.with_name(checkout.name + ".partial")
            shutil.rmtree(partial, ignore_errors=True)
            _git(["clone", "--depth", "1", "--quiet", url, str(partial)])
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
    out = _git(["log", "-1", "--format=%H %cI"], cwd=checkout).split()
    if len(out) != 2:
        raise DatabaseError(f"{checkout}: cannot read the current commit")
    return out[0], dt.datetime.fromisoformat(out[1])
