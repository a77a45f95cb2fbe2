"""New versions and yanks from the commits of a git registry index.

The index (crates.io-index layout: ``config.json``, ``1/``, ``2/``, ``3/x/``,
``ab/cd/name``, one JSON line per version) is fetched into a bare mirror in the cache
directory, and each new commit of the remote's default branch is compared with its
first parent:

- an added line whose (name, version) no removed line of the same commit had is a new
  version: ``Published`` with the line's ``cksum`` and the line itself;
- an added line that replaces a removed line of the same (name, version) with another
  ``yanked`` value is a ``Yanked`` event (``yanked`` False: unyanked); one that changes
  other fields only (the registry rewriting its lines) is no event.

Lines are matched by (name, version) across the whole commit, not per file, so a crate
file that moved (a rename, a change of case) reports nothing new.

A ``Published`` event also carries its ``download_url``: the ``dl`` template of the
index's own ``config.json`` at that commit, expanded as Cargo does. The file is read
only when its blob changes (its size checked first: at most ``MAX_CONFIG_BYTES``); one
that is missing, too big, not JSON, or whose ``dl`` is not an http(s) URL is a problem
(told once a poll), and the versions it covers carry no URL.

The cursor is the id of the last commit whose events were returned. A first poll
without a cursor starts at the current head and reports nothing, unless ``replay``
asks for that many of the last commits. When the cursor is no longer an ancestor of
the head (the history was rewritten: crates.io squashes its index every few months),
the cursor's tree is compared with the head's in one step, so only what really changed
is reported; the mirror never collects garbage, so the cursor's commit stays readable
after a forced update. A cursor the mirror has never had (a new cache and a rewritten
remote) cannot be compared with anything: the feed says so in ``problems`` and
resumes at the head.

Everything the remote says is hostile: git runs with a timeout, without hooks, with
only the file, http and https transports; a poll handles at most ``max_commits``
commits and ``max_diff_bytes`` of diff (a single larger commit is cut there, with a
problem), and an index line longer than ``MAX_LINE_BYTES`` is skipped.

One poller at a time per mirror: a poll holds an exclusive ``flock`` on
``<mirror>.lock`` beside it, and a poll that finds it taken (another process, or
another feed on the same mirror) fails at once with a ``FeedError``. A process forked
while a poll holds the lock does not keep it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Final, NamedTuple

from cratewatch.cachedir import user_cache_dir
from cratewatch.errors import DownloadError, FeedError, VersionError
from cratewatch.model.version import Version
from cratewatch.registry.download import expand_dl_template, parse_dl_template
from cratewatch.registry.interface import index_path, iter_index_lines, parse_pubtime
from cratewatch.service.feeds.interface import Clock, Event, Feed, FeedBatch, utc_now
from cratewatch.service.model import Published, Yanked

__all__ = ["MAX_CONFIG_BYTES", "MAX_LINE_BYTES", "GitIndexFeed"]

#: The longest real index lines (crates with hundreds of features) are some 100 KB.
MAX_LINE_BYTES: Final = 1024 * 1024
#: crates.io's config.json is some 60 bytes.
MAX_CONFIG_BYTES: Final = 64 * 1024

_SOURCE: Final = "git-index"
_REF: Final = "refs/cratewatch/head"
_COMMIT_ID: Final = re.compile(r"[0-9a-f]{40}([0-9a-f]{24})?")
_SHA256: Final = re.compile(r"[0-9a-fA-F]{64}")
_HUNK: Final = re.compile(rb"@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")
_URL: Final = re.compile(r"(https?|file)://\S+")
_SIGPIPE_STATUS: Final = 141  # git's own exit on a closed pipe: a diff we cut short
_FETCH_TIMEOUT: Final = 300.0
_PLUMBING_TIMEOUT: Final = 60.0
_CONFIG: Final = "config.json"
_MAX_CONFIGS: Final = 16  # parsed config.json blobs remembered


class _Added(NamedTuple):
    path: str
    line: bytes | None  # None: longer than MAX_LINE_BYTES


class _Diff(NamedTuple):
    added: list[_Added]
    removed: dict[tuple[str, str], bool]  # (lowercased name, vers) -> yanked
    truncated: bool
    size: int


class _Blob(NamedTuple):
    id: str
    size: int


class _Config(NamedTuple):
    """What a ``config.json`` blob gives: its ``dl`` template, or why it gives none."""

    template: str | None
    problem: str | None


class GitIndexFeed(Feed):
    """Follows the default branch of the git index at ``url`` (``https://``, or
    ``file://`` for a local copy).

    ``mirror_dir`` is the bare mirror (default: a folder of the user cache named after
    the URL); one poller at a time per mirror, held by a lock on ``<mirror>.lock``.
    ``replay`` is how many commits before the head a first poll (no cursor) reports.
    """

    name = _SOURCE

    def __init__(
        self,
        url: str,
        *,
        mirror_dir: Path | None = None,
        replay: int = 0,
        max_commits: int = 1000,
        max_diff_bytes: int = 64 * 1024 * 1024,
        fetch_timeout: float = _FETCH_TIMEOUT,
        clock: Clock = utc_now,
    ) -> None:
        if not _URL.fullmatch(url):
            raise FeedError(f"{url}: not an https:// or file:// URL of a git index")
        self.url = url
        self.mirror = mirror_dir if mirror_dir is not None else _default_mirror(url)
        self.replay = max(0, replay)
        self.max_commits = max(1, max_commits)
        self.max_diff_bytes = max_diff_bytes
        self.fetch_timeout = fetch_timeout
        self._clock = clock
        self._budget = max_diff_bytes  # of diff text left to the current poll
        self._configs: dict[str, _Config] = {}  # by blob id; "": no config.json
        self._config_at: dict[str, _Blob | None] = {}  # config.json of the poll's commits
        self._told: set[str] = set()  # config problems told in the current poll

    @property
    def lock_path(self) -> Path:
        """The file whose ``flock`` a poll holds: one poller at a time per mirror."""
        return self.mirror.with_name(self.mirror.name + ".lock")

    def describe(self) -> str:
        return f"git index {self.url}"

    def poll(self, cursor: str | None) -> FeedBatch:
        if cursor is not None and not _COMMIT_ID.fullmatch(cursor):
            raise FeedError(f"{self.url}: cursor {cursor!r} is not a commit id")
        fd = self._lock()
        try:
            return self._poll(cursor)
        finally:
            _unlock(fd)

    def _poll(self, cursor: str | None) -> FeedBatch:
        fresh = self._ensure_mirror()
        self._fetch(cursor, fresh)
        head = self._rev_parse(f"{_REF}^{{commit}}")
        if head is None:
            raise FeedError(f"{self.url}: the fetched head is not a commit")
        problems: list[str] = []
        if cursor is None:
            if self.replay == 0:
                return FeedBatch([], head)
            start = self._replay_start(head)
        elif cursor == head:
            return FeedBatch([], head)
        elif self._rev_parse(f"{cursor}^{{commit}}") is None:
            problems.append(
                f"{self.url}: commit {cursor} is not in the index history any more "
                f"(rewritten, and not in the mirror): resuming at {head}; versions "
                "published in between may be missed"
            )
            return FeedBatch([], head, tuple(problems))
        else:
            start = cursor
        seen = self._clock()
        self._budget = self.max_diff_bytes
        self._told = set()
        if start is not None and not self._is_ancestor(start, head):
            problems.append(
                f"{self.url}: history rewritten ({start} is not an ancestor of {head}): "
                "compared the two trees"
            )
            self._config_at = self._config_blobs([head])
            diff = self._diff(start, head)
            return FeedBatch(self._events(diff, head, seen, problems), head, tuple(problems))
        events: list[Event] = []
        done = start
        commits = list(self._commits(start, head))
        self._config_at = self._config_blobs([commit for commit, _parent in commits])
        for commit, parent in commits:
            diff = self._diff(parent, commit)
            if diff.truncated and done != start:
                break  # too big for what is left of this poll: the next one starts with it
            events.extend(self._events(diff, commit, seen, problems))
            done = commit
            if diff.truncated:
                break
        assert done is not None  # a replay starts at a commit, or commits were read
        return FeedBatch(events, done, tuple(problems))

    # -- the mirror ------------------------------------------------------------------

    def _lock(self) -> int:
        """Take the mirror's lock (a descriptor to hand to ``_unlock``), or say who has it."""
        path = self.lock_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FeedError(f"{path.parent}: cannot create ({exc.strerror or exc})") from None
        with _held_guard:  # a fork waits: the child never inherits a lock unrecorded
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
            except OSError as exc:
                raise FeedError(f"{path}: cannot open ({exc.strerror or exc})") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    raise FeedError(
                        f"{self.url}: another poller is using the mirror {self.mirror}"
                    ) from None
                raise FeedError(f"{path}: cannot lock ({exc.strerror or exc})") from None
            _held.add(fd)
        return fd

    def _ensure_mirror(self) -> bool:
        """Create the bare mirror if it does not exist; True if it was just created."""
        if (self.mirror / "HEAD").is_file() and (self.mirror / "objects").is_dir():
            return False
        partial = self.mirror.with_name(self.mirror.name + ".partial")
        try:
            self.mirror.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(partial, ignore_errors=True)
            _git(["init", "--quiet", "--bare", str(partial)], None, _PLUMBING_TIMEOUT)
            shutil.rmtree(self.mirror, ignore_errors=True)
            partial.rename(self.mirror)
        except OSError as exc:
            raise FeedError(f"{self.mirror}: cannot create the index mirror: {exc}") from None
        return True

    def _fetch(self, cursor: str | None, fresh: bool) -> None:
        # A first look at a big index needs only its head; a cursor or a replay needs
        # the history back to it, which a later fetch into a shallow mirror adds.
        fetch = ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules"]
        refspec = [self.url, f"+HEAD:{_REF}"]
        depth = ["--depth", str(self.replay + 1)] if fresh and cursor is None else []
        self._git([*fetch, *depth, *refspec], self.fetch_timeout)
        if (
            cursor is not None
            and self._rev_parse(f"{cursor}^{{commit}}") is None
            and self._git(["rev-parse", "--is-shallow-repository"]).strip() == b"true"
        ):
            self._git([*fetch, "--unshallow", *refspec], self.fetch_timeout)

    def _replay_start(self, head: str) -> str | None:
        """The commit ``replay`` first-parent commits before ``head``; None for the
        empty tree when the history is shorter."""
        out = self._git(
            ["rev-list", "--first-parent", f"--max-count={self.replay + 1}", head, "--"]
        ).split()
        return out[self.replay].decode() if len(out) > self.replay else None

    def _commits(self, start: str | None, head: str) -> Iterator[tuple[str, str | None]]:
        """(commit, first parent) from just after ``start`` to ``head``, oldest first,
        at most ``max_commits``."""
        span = head if start is None else f"{start}..{head}"
        out = self._git(["rev-list", "--first-parent", "--reverse", "--parents", span, "--"])
        for record in out.splitlines()[: self.max_commits]:
            ids = record.decode().split()
            yield ids[0], (ids[1] if len(ids) > 1 else None)

    def _is_ancestor(self, commit: str, head: str) -> bool:
        return self._git_status(["merge-base", "--is-ancestor", commit, head])[0] == 0

    def _rev_parse(self, revision: str) -> str | None:
        status, out = self._git_status(["rev-parse", "--verify", "--quiet", revision])
        return out.decode().strip() if status == 0 else None

    def _git(
        self, args: list[str], timeout: float = _PLUMBING_TIMEOUT, stdin: bytes | None = None
    ) -> bytes:
        try:
            return _git(args, self.mirror, timeout, stdin)
        except FeedError as exc:
            raise FeedError(f"{self.url}: {exc}") from None

    def _git_status(self, args: list[str]) -> tuple[int, bytes]:
        """The exit status and output of a git command whose failure is an answer."""
        try:
            done = subprocess.run(
                _command(args, self.mirror),
                env=_env(),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=_PLUMBING_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise FeedError(f"{self.url}: git {args[0]}: {exc}") from None
        return done.returncode, done.stdout

    # -- diffs -------------------------------------------------------------------------

    def _diff(self, old: str | None, new: str) -> _Diff:
        limit = self._budget
        old_tree = old if old is not None else self._empty_tree()
        args = [
            "diff",
            "--no-renames",
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            "-U0",
            old_tree,
            new,
            "--",
        ]
        with _streamed(_command(args, self.mirror), self.fetch_timeout, self.url) as out:
            diff = _parse_diff(out, limit)
        self._budget -= diff.size
        return diff

    def _empty_tree(self) -> str:
        return self._git(["hash-object", "-t", "tree", "--stdin"], stdin=b"").decode().strip()

    # -- config.json -------------------------------------------------------------------

    def _config_blobs(self, commits: list[str]) -> dict[str, _Blob | None]:
        """The ``config.json`` blob of each commit (None: no such file), with its size:
        one ``git cat-file --batch-check`` for the whole poll."""
        if not commits:
            return {}
        query = "".join(f"{commit}:{_CONFIG}\n" for commit in commits).encode()
        out = self._git(["cat-file", "--batch-check"], stdin=query).splitlines()
        blobs: dict[str, _Blob | None] = {}
        for commit, line in zip(commits, out, strict=False):
            fields = line.split()
            found = len(fields) == 3 and fields[1] == b"blob" and fields[2].isdigit()
            blobs[commit] = _Blob(fields[0].decode(), int(fields[2])) if found else None
        return blobs

    def _dl_template(self, commit: str, problems: list[str]) -> str | None:
        """The ``dl`` template of ``config.json`` at ``commit``; a problem (once a poll)
        when it gives none. Each blob is read and parsed once."""
        blob = self._config_at.get(commit)
        key = blob.id if blob is not None else ""
        config = self._configs.get(key)
        if config is None:
            config = self._read_config(blob)
            if len(self._configs) >= _MAX_CONFIGS:
                self._configs.clear()
            self._configs[key] = config
        if config.problem is not None and key not in self._told:
            self._told.add(key)
            problems.append(
                f"{self.url} commit {commit} {config.problem}: the versions it covers "
                "carry no download URL"
            )
        return config.template

    def _read_config(self, blob: _Blob | None) -> _Config:
        if blob is None:
            return _Config(None, f"{_CONFIG}: missing")
        if blob.size > MAX_CONFIG_BYTES:
            return _Config(
                None, f"{_CONFIG}: {blob.size:,} bytes, over the limit of {MAX_CONFIG_BYTES:,}"
            )
        data = self._git(["cat-file", "blob", blob.id])
        if len(data) > MAX_CONFIG_BYTES:  # not what it said it was
            return _Config(None, f"{_CONFIG}: over the limit of {MAX_CONFIG_BYTES:,} bytes")
        try:
            return _Config(parse_dl_template(data, _CONFIG), None)
        except DownloadError as exc:
            return _Config(None, str(exc))

    # -- events ------------------------------------------------------------------------

    def _events(
        self, diff: _Diff, commit: str, seen: dt.datetime, problems: list[str]
    ) -> list[Event]:
        where = f"{self.url} commit {commit}"
        templates: list[str | None] = []  # the commit's dl template, once asked

        def download_url(name: str, vers: str, cksum: str) -> str | None:
            if not templates:
                templates.append(self._dl_template(commit, problems))
            template = templates[0]
            return None if template is None else expand_dl_template(template, name, vers, cksum)

        if diff.truncated:
            problems.append(
                f"{where}: diff larger than {self.max_diff_bytes:,} bytes: "
                "the rest of the commit is skipped"
            )
        events: list[Event] = []
        for added in diff.added:
            if not _in_layout(added.path):
                continue  # config.json, a README: not index lines
            file = f"{where} {added.path}"
            if added.line is None:
                problems.append(f"{file}: line longer than {MAX_LINE_BYTES:,} bytes, skipped")
                continue
            obj = _index_object(added.line, file, problems)
            if obj is None:
                continue
            entry = _entry(obj, added.path, file, problems)
            if entry is None:
                continue
            name, vers, yanked = entry
            before = diff.removed.get((name.lower(), vers))
            if before is not None:
                if before != yanked:
                    events.append(Yanked(name, vers, yanked, _SOURCE, seen))
                continue
            cksum = obj.get("cksum")
            if not isinstance(cksum, str) or not _SHA256.fullmatch(cksum):
                problems.append(f"{file}: {name} {vers}: no valid cksum, skipped")
                continue
            events.append(
                Published(
                    name=name,
                    version=vers,
                    checksum=cksum.lower(),
                    source=_SOURCE,
                    seen=seen,
                    published=parse_pubtime(obj.get("pubtime")),
                    index_line=added.line.decode(),
                    download_url=download_url(name, vers, cksum.lower()),
                )
            )
        return events


# -- the mirror's lock ---------------------------------------------------------------

# A flock belongs to the open file, which a child forked during a poll shares: closing
# the parent's descriptor alone would leave the lock held as long as the child lives.
# So the parent unlocks explicitly (which frees the lock whoever shares the file), and
# a child closes its copies at once (so that a parent killed mid-poll frees it too).
_held: set[int] = set()  # the descriptors of the locks this process holds
_held_guard: Final = threading.Lock()


def _unlock(fd: int) -> None:
    with _held_guard:
        _held.discard(fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _forget_held_locks() -> None:
    for fd in _held:
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()
    _held_guard.release()


os.register_at_fork(
    before=_held_guard.acquire,
    after_in_parent=_held_guard.release,
    after_in_child=_forget_held_locks,
)


# -- running git ---------------------------------------------------------------------


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_ALLOW_PROTOCOL": "file:http:https",
        "GIT_CONFIG_NOSYSTEM": "1",
        "LC_ALL": "C",
    }


def _command(args: list[str], git_dir: Path | None) -> list[str]:
    # The git directory is named, never discovered: a broken mirror must not make git
    # walk up into some other repository. No hooks, no automatic gc (which would prune
    # the commits a rewritten history left behind, and the cursor with them).
    where = ["--git-dir", str(git_dir)] if git_dir is not None else []
    config = ["-c", "core.hooksPath=/dev/null", "-c", "gc.auto=0", "-c", "core.fsmonitor=false"]
    return ["git", *config, *where, *args]


def _git(
    args: list[str], git_dir: Path | None, timeout: float | None, stdin: bytes | None = None
) -> bytes:
    try:
        done = subprocess.run(
            _command(args, git_dir),
            env=_env(),
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        raise FeedError("git is not installed; the git index feed needs it") from None
    except subprocess.TimeoutExpired:
        raise FeedError(f"git {args[0]} timed out after {timeout:.0f} s") from None
    if done.returncode != 0:
        raise FeedError(f"git {args[0]} failed: {_stderr_line(done.stderr, done.returncode)}")
    return done.stdout


def _stderr_line(stderr: bytes, status: int) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    fatal = [line.removeprefix("fatal: ") for line in lines if line.startswith("fatal: ")]
    return (fatal or lines or [f"exit status {status}"])[0]


@contextlib.contextmanager
def _streamed(command: list[str], timeout: float, url: str) -> Iterator[IO[bytes]]:
    """The standard output of ``command`` as a stream; git is killed after ``timeout``."""
    with tempfile.TemporaryFile() as stderr:
        try:
            process = subprocess.Popen(
                command, env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr
            )
        except OSError as exc:
            raise FeedError(f"{url}: cannot run git: {exc}") from None
        expired = threading.Event()

        def kill() -> None:
            expired.set()
            process.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        assert process.stdout is not None
        try:
            yield process.stdout
        finally:
            timer.cancel()
            process.stdout.close()  # a diff cut short must not leave git blocked on a pipe
            status = process.wait()
        if expired.is_set():
            raise FeedError(f"{url}: git diff timed out after {timeout:.0f} s")
        if status > 0 and status != _SIGPIPE_STATUS:
            stderr.seek(0)
            detail = _stderr_line(stderr.read(4096), status)
            raise FeedError(f"{url}: git diff failed: {detail}")


def _parse_diff(out: IO[bytes], limit: int) -> _Diff:
    """Added and removed lines of a ``git diff -U0``, up to ``limit`` bytes of it.

    Hunk headers give how many lines follow, so an index line that itself begins with
    ``++`` or ``--`` is never taken for a file header.
    """
    added: list[_Added] = []
    removed: dict[tuple[str, str], bool] = {}
    path: str | None = None
    minus = plus = 0
    size = 0
    while True:
        raw, length = _read_line(out)
        if length == 0:
            return _Diff(added, removed, False, size)
        size += length
        if size > limit:
            return _Diff(added, removed, True, size)
        if minus or plus:
            if raw is None:  # too long: one line of the hunk either way
                if plus:
                    plus -= 1
                    if path is not None:
                        added.append(_Added(path, None))
                else:
                    minus -= 1
            elif raw.startswith(b"-") and minus:
                minus -= 1
                _note_removed(raw[1:], removed)
            elif raw.startswith(b"+") and plus:
                plus -= 1
                if path is not None:
                    added.append(_Added(path, raw[1:]))
            continue
        if raw is None:
            continue
        if raw.startswith(b"diff --git "):
            path = None
        elif raw.startswith(b"+++ "):
            path = _diff_path(raw[4:])
        elif match := _HUNK.match(raw):
            minus = int(match[1]) if match[1] is not None else 1
            plus = int(match[2]) if match[2] is not None else 1


def _read_line(out: IO[bytes]) -> tuple[bytes | None, int]:
    """The next line without its newline (None if longer than MAX_LINE_BYTES) and how
    many bytes it took; (None, 0) at the end."""
    line = out.readline(MAX_LINE_BYTES + 2)
    if not line.endswith(b"\n") and len(line) > MAX_LINE_BYTES:
        length = len(line)
        while line and not line.endswith(b"\n"):
            line = out.readline(MAX_LINE_BYTES)
            length += len(line)
        return None, length
    if not line:
        return None, 0
    return line.rstrip(b"\n"), len(line)


def _diff_path(text: bytes) -> str | None:
    """The path of a ``+++ b/PATH`` line; None for a deleted file, and for a path git
    had to quote (no index file name needs quoting)."""
    if text == b"/dev/null" or not text.startswith(b"b/"):
        return None
    try:
        return text[2:].decode("ascii")
    except UnicodeDecodeError:
        return None


def _note_removed(line: bytes, removed: dict[tuple[str, str], bool]) -> None:
    for _lineno, obj in iter_index_lines(line, "", on_problem=lambda _n, _p: None):
        name, vers = obj.get("name"), obj.get("vers")
        if isinstance(name, str) and isinstance(vers, str):
            removed[(name.lower(), vers)] = obj.get("yanked") is True


def _index_object(line: bytes, where: str, problems: list[str]) -> dict[str, Any] | None:
    def problem(_lineno: int, text: str) -> None:
        problems.append(f"{where}: {text}")

    for _lineno, obj in iter_index_lines(line, where, on_problem=problem):
        return obj
    return None


def _in_layout(path: str) -> bool:
    """Whether ``path`` is where the index keeps a crate's file (not ``config.json``)."""
    return index_path(path.rpartition("/")[2]) == path


def _entry(
    obj: dict[str, Any], path: str, where: str, problems: list[str]
) -> tuple[str, str, bool] | None:
    """(name, version, yanked) of a line of the index file ``path``, or None with a
    problem when invalid."""
    name, vers = obj.get("name"), obj.get("vers")
    if not isinstance(name, str) or index_path(name) != path:
        problems.append(f"{where}: line names crate {name!r}, not one of this file: skipped")
        return None
    if not isinstance(vers, str):
        problems.append(f"{where}: {name}: line has no version, skipped")
        return None
    try:
        Version.parse(vers)
    except VersionError:
        problems.append(f"{where}: {name}: {vers!r} is not a version, skipped")
        return None
    return name, vers, obj.get("yanked") is True


def _default_mirror(url: str) -> Path:
    slug = re.sub(r"[^A-Za-z0-9.-]+", "-", url.split("://", 1)[-1]).strip("-")[:60]
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return user_cache_dir() / "feeds" / "git-index" / f"{slug}-{digest}"
