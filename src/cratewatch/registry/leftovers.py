"""Temporary files that an interrupted run left behind, and which of them may go.

Caches and stores are written under a temporary name that carries the writer's
process id, then moved into place. ``finally`` blocks remove them when a run fails or
is stopped with SIGTERM, but nothing runs after SIGKILL, an out-of-memory kill or a
power cut, and a 78 MB half-written store would stay forever. So the next run that
writes beside them removes the leftovers of processes that no longer exist, and (in
case a process id was reused) those older than any run takes; the files of a run
still going are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from pathlib import Path
from typing import Final

__all__ = ["STALE_AFTER_SECONDS", "process_running", "remove_stale"]

#: An ingest at today's scale takes minutes; a day is far beyond any live run.
STALE_AFTER_SECONDS: Final = 24 * 3600.0


def process_running(pid: int) -> bool:
    """Whether a process with this id exists (on this machine)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # signal 0 means CTRL_C_EVENT there: rely on age alone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except (OverflowError, ValueError):  # not a possible process id
        return False
    except OSError:  # cannot tell: keep the files
        return True
    return pid > 0


def remove_stale(
    folder: Path, pattern: re.Pattern[str], *, max_age: float = STALE_AFTER_SECONDS
) -> list[Path]:
    """Remove the entries of ``folder`` whose whole name matches ``pattern`` (with a
    group ``pid``) and that are stale; returns what was removed. Never raises."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        pid = int(match["pid"])
        if pid == os.getpid():  # this run's own (another thread's) files
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if process_running(pid) and age < max_age:
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed
