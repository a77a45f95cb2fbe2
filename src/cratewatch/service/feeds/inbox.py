"""New versions from ``.crate`` files that a mirror drops into a directory.

Each regular file ``NAME-VERSION.crate`` of the inbox is a ``Published`` whose checksum
is the file's SHA-256 and whose ``crate_path`` is a copy under
``processed/SHA256/NAME-VERSION.crate``. The rules:

- **Complete files only.** A file is taken once two polls in a row have seen the same
  size and modification time; until then it is pending. A mirror that writes under
  another name (a dot file, or any name not ending in ``.crate``: such names are never
  looked at) and renames into place is never caught half-written; one that copies
  in place is waited for. A file that changes while it is read stays pending.
- **Taken, then removed.** The copy in ``processed/`` is made while hashing (so it is
  exactly what the checksum says, whatever happens to the inbox file afterwards); the
  inbox file is deleted at the next poll whose cursor says it was taken, that is once
  the caller has stored the event. A crash in between hands the feed an older cursor:
  the file is still there and is reported again, never lost.
- **Rejected.** A ``.crate`` name that is not ``NAME-VERSION.crate`` with a valid crate
  name and version, a link, a FIFO or a directory so named, and a file over the size
  limit are moved to ``rejected/`` and told in ``problems``.

The cursor is a JSON object: the pending files and the files taken by the last poll,
each with its size and modification time. At most ``max_files`` files are taken or
rejected per poll; the rest wait for the next.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Final

from cratewatch.errors import FeedError, VersionError
from cratewatch.model.version import Version
from cratewatch.registry.download import MAX_CRATE_BYTES
from cratewatch.service.feeds.interface import Clock, Event, Feed, FeedBatch, utc_now
from cratewatch.service.model import Published
from cratewatch.untrusted.files import file_kind
from cratewatch.untrusted.text import printable_line

__all__ = ["InboxFeed", "parse_crate_file_name"]

_SOURCE: Final = "inbox"
_SUFFIX: Final = ".crate"
_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
_CHUNK: Final = 1 << 16

_Stat = tuple[int, int]  # size, modification time in nanoseconds


def parse_crate_file_name(file_name: str) -> tuple[str, str] | None:
    """(name, version) of ``NAME-VERSION.crate``, or None.

    Names and versions may both hold ``-`` (``sha-1-0.10.0.crate``,
    ``foo-1.0.0-rc.1.crate``): the first split whose left part is a crate name and whose
    right part is a version wins.

    >>> parse_crate_file_name("sha-1-0.10.0.crate")
    ('sha-1', '0.10.0')
    """
    if not file_name.endswith(_SUFFIX):
        return None
    stem = file_name[: -len(_SUFFIX)]
    for position, char in enumerate(stem):
        if char != "-" or not _NAME.fullmatch(stem[:position]):
            continue
        try:
            Version.parse(stem[position + 1 :])
        except VersionError:
            continue
        return stem[:position], stem[position + 1 :]
    return None


class InboxFeed(Feed):
    """Watches the directory ``inbox`` (which must exist); ``processed/`` and
    ``rejected/`` are made inside it."""

    name = _SOURCE

    def __init__(
        self,
        inbox: Path,
        *,
        max_bytes: int = MAX_CRATE_BYTES,
        max_files: int = 100,
        clock: Clock = utc_now,
    ) -> None:
        self.inbox = inbox
        self.processed = inbox / "processed"
        self.rejected = inbox / "rejected"
        self.max_bytes = max_bytes
        self.max_files = max(1, max_files)
        self._clock = clock

    def describe(self) -> str:
        return f"inbox {self.inbox}"

    def poll(self, cursor: str | None) -> FeedBatch:
        pending, taken = self._read_cursor(cursor)
        try:
            self.processed.mkdir(exist_ok=True)
            self.rejected.mkdir(exist_ok=True)
            for file_name, seen in taken.items():
                self._forget(file_name, seen)
            names = sorted(
                entry.name
                for entry in os.scandir(self.inbox)
                if entry.name.endswith(_SUFFIX) and not entry.name.startswith(".")
            )
        except OSError as exc:
            raise FeedError(
                f"{self.inbox}: cannot read the inbox ({exc.strerror or exc})"
            ) from None
        events: list[Event] = []
        problems: list[str] = []
        still_pending: dict[str, _Stat] = {}
        now_taken: dict[str, _Stat] = {}
        handled = 0
        for file_name in names:
            if handled >= self.max_files:  # the rest keep their state for the next poll
                if file_name in pending:
                    still_pending[file_name] = pending[file_name]
                continue
            path = self.inbox / file_name
            try:
                status = path.lstat()
            except FileNotFoundError:
                continue  # gone since the listing
            except OSError as exc:
                problems.append(f"{printable_line(str(path))}: cannot read ({exc.strerror or exc})")
                continue
            problem = self._problem(file_name, status)
            if problem is not None:
                handled += 1
                problems.append(self._reject(path, problem))
                continue
            current = (status.st_size, status.st_mtime_ns)
            if pending.get(file_name) != current:
                still_pending[file_name] = current
                continue
            handled += 1
            try:
                event = self._take(path, current)
            except OSError as exc:
                problems.append(f"{printable_line(str(path))}: cannot take ({exc.strerror or exc})")
                continue
            if event is None:  # changed while read: wait for it to settle
                still_pending[file_name] = current
                continue
            events.append(event)
            now_taken[file_name] = current
        return FeedBatch(events, _write_cursor(still_pending, now_taken), tuple(problems))

    def _problem(self, file_name: str, status: os.stat_result) -> str | None:
        if not stat.S_ISREG(status.st_mode):
            kind = "a symbolic link" if stat.S_ISLNK(status.st_mode) else file_kind(status.st_mode)
            return f"{kind}, not a file"
        if parse_crate_file_name(file_name) is None:
            return "not named NAME-VERSION.crate with a valid crate name and version"
        if status.st_size > self.max_bytes:
            return f"{status.st_size:,} bytes, over the limit of {self.max_bytes:,}"
        return None

    def _reject(self, path: Path, problem: str) -> str:
        where = printable_line(str(path))
        try:
            path.replace(self.rejected / path.name)  # a link is moved, never followed
        except OSError as exc:
            return f"{where}: {problem}; cannot move it to rejected/ ({exc.strerror or exc})"
        return f"{where}: {problem}; moved to rejected/"

    def _take(self, path: Path, expected: _Stat) -> Published | None:
        """Copy the file into ``processed/`` while hashing it; None if it changed."""
        parsed = parse_crate_file_name(path.name)
        assert parsed is not None  # checked by _problem
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as source:
            opened = os.fstat(source.fileno())
            if not stat.S_ISREG(opened.st_mode) or (opened.st_size, opened.st_mtime_ns) != expected:
                return None
            digest = hashlib.sha256()
            with tempfile.NamedTemporaryFile(
                dir=self.processed, suffix=".partial", delete=False
            ) as copy:
                try:
                    size = 0
                    while chunk := source.read(_CHUNK):
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise OSError(f"grew past {self.max_bytes:,} bytes")
                        digest.update(chunk)
                        copy.write(chunk)
                    after = os.fstat(source.fileno())
                    if size != expected[0] or (after.st_size, after.st_mtime_ns) != expected:
                        Path(copy.name).unlink()
                        return None
                    copy.flush()
                    os.fsync(copy.fileno())
                except BaseException:
                    Path(copy.name).unlink(missing_ok=True)
                    raise
        checksum = digest.hexdigest()
        destination = self.processed / checksum / path.name
        destination.parent.mkdir(exist_ok=True)
        Path(copy.name).replace(destination)
        name, version = parsed
        return Published(
            name=name,
            version=version,
            checksum=checksum,
            source=_SOURCE,
            seen=self._clock(),
            crate_path=str(destination),
        )

    def _forget(self, file_name: str, seen: _Stat) -> None:
        """Delete an inbox file a stored cursor says was taken, unless it was replaced."""
        path = self.inbox / file_name
        try:
            status = path.lstat()
        except FileNotFoundError:
            return
        if stat.S_ISREG(status.st_mode) and (status.st_size, status.st_mtime_ns) == seen:
            path.unlink(missing_ok=True)

    def _read_cursor(self, cursor: str | None) -> tuple[dict[str, _Stat], dict[str, _Stat]]:
        if cursor is None:
            return {}, {}
        try:
            obj = json.loads(cursor)
            pending = _stats(obj["pending"])
            taken = _stats(obj["taken"])
        except (ValueError, TypeError, KeyError, RecursionError):
            raise FeedError(f"{self.inbox}: the cursor is not one of an inbox") from None
        return pending, taken


def _stats(obj: object) -> dict[str, _Stat]:
    if not isinstance(obj, dict):
        raise TypeError
    result: dict[str, _Stat] = {}
    for key, value in obj.items():
        # A cursor names files of the inbox itself, never a path elsewhere.
        if not isinstance(key, str) or "/" in key or key in ("", ".", ".."):
            raise ValueError
        size, mtime = value
        if not isinstance(size, int) or not isinstance(mtime, int):
            raise TypeError
        result[key] = (size, mtime)
    return result


def _write_cursor(pending: dict[str, _Stat], taken: dict[str, _Stat]) -> str:
    return json.dumps({"pending": pending, "taken": taken}, separators=(",", ":"))
