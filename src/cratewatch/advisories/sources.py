"""Where advisories come from: a RustSec directory, OSV JSON (directory or zip), git.

Each source can say cheaply whether it changed (``fingerprint``) and, when it
did, load every advisory it holds. A corrupt advisory file does not stop the
load: it is recorded as a problem and the rest is used. Parsers, zip and git
are imported by the methods that use them: an audit whose compiled cache is
current needs none of them.
"""

from __future__ import annotations

import abc
import contextlib
import datetime as dt
import os
import re
import stat
import time
from pathlib import Path

from cratewatch.advisories.locations import DEFAULT_DATABASE_URL, default_checkout
from cratewatch.errors import AdvisoryError, DatabaseError, InputError
from cratewatch.model.advisory import Advisory, Collection

__all__ = [
    "AdvisorySource",
    "GitHistory",
    "GitSource",
    "LoadedAdvisories",
    "OsvDirectory",
    "OsvZip",
    "RustSecDirectory",
    "open_source",
]


class LoadedAdvisories:
    """What one load of a source gave: advisories, problems, and how current it is."""

    __slots__ = ("advisories", "commit", "problems", "updated")

    def __init__(self, commit: str | None = None) -> None:
        self.advisories: list[Advisory] = []
        self.problems: list[str] = []
        self.commit = commit
        self.updated: dt.datetime | None = None


class AdvisorySource(abc.ABC):
    """One place advisories are read from."""

    @abc.abstractmethod
    def describe(self) -> str:
        """A short human description (path or URL)."""

    @abc.abstractmethod
    def fingerprint(self) -> str:
        """Changes whenever the source's content may have changed.

        Compared in full, never hashed: no collision can keep a stale cache, and an
        audit does not import hashlib (loading OpenSSL costs start-up time).
        """

    @abc.abstractmethod
    def load(self) -> LoadedAdvisories:
        """Read every advisory; corrupt files become ``problems``."""

    def unchanged_since(self, fingerprint: str) -> bool:
        """Whether ``fingerprint()`` would still give ``fingerprint``, found more
        cheaply where the source can."""
        return self.fingerprint() == fingerprint


#: Changes this close to a walk may share a modification time with what it saw
#: (file systems keep times in ticks of milliseconds, some in seconds).
_RECENT_NS = 2_000_000_000
#: The line a fingerprint ends with when only a new walk can check it.
_WALK = "walk"


def _stat_fingerprint(root: Path, suffixes: tuple[str, ...]) -> str:
    """Every advisory file's path, size and modification time under ``root``, and
    every directory's modification time, one per line after the root's.

    Hidden directories (``.git``, ``.github``) are skipped and linked directories
    are not followed, as in loading; ``.git-commit`` counts. ``os.scandir`` keeps
    this to one system call per directory and file. Directories are recorded so that
    ``_stat_unchanged`` can check a fingerprint without listing them again: adding,
    removing or renaming an entry changes its directory's modification time. It
    ends with ``_WALK`` when that check would not do: something had changed just
    before (a change right after could leave every time as it was), a directory
    could not be read, or a name holds a line break.
    """
    started = time.time_ns()
    # Walked by its resolved name, so that every spelling of one directory (relative
    # from anywhere, absolute, through links) has one fingerprint.
    resolved = root.resolve()
    top = str(resolved)
    newest = resolved.stat().st_mtime_ns
    head = f"{top} {newest}"
    skip = len(top) + 1
    lines = []
    walk = "\n" in top
    stack = [top]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    name = entry.name
                    if entry.is_dir(follow_symlinks=False):
                        if not name.startswith("."):
                            stack.append(entry.path)
                            st = entry.stat(follow_symlinks=False)
                            lines.append(f"{entry.path[skip:]} dir {st.st_mtime_ns}")
                            newest = max(newest, st.st_mtime_ns)
                            walk = walk or "\n" in name
                    elif name.endswith(suffixes) or name == ".git-commit":
                        try:
                            st = entry.stat()
                        except OSError:  # a dangling link: loading reports it
                            st = entry.stat(follow_symlinks=False)
                        lines.append(f"{entry.path[skip:]} {st.st_size} {st.st_mtime_ns}")
                        newest = max(newest, st.st_mtime_ns)
                        walk = walk or "\n" in name
        except OSError as exc:
            lines.append(f"{exc.filename} error {exc.errno}")
            walk = True
    lines.sort()
    if walk or newest >= started - _RECENT_NS:
        lines.append(_WALK)
    return "\n".join([head, *lines])


def _stat_unchanged(root: Path, fingerprint: str) -> bool | None:
    """Whether nothing a ``_stat_fingerprint`` of ``root`` recorded has changed since,
    by one ``stat`` of each file and directory it names, none listed: about half the
    time of a new fingerprint. ``None`` when only a new fingerprint can tell.
    """
    lines = fingerprint.split("\n")
    if lines[-1] == _WALK:
        return None
    try:
        resolved = root.resolve()
        top = str(resolved)
        if lines[0] != f"{top} {resolved.stat().st_mtime_ns}":
            return False
        prefix = top + os.sep
        # os.stat on the recorded text: a Path object per entry would cost as much as
        # the system call.
        for line in lines[1:]:
            path, size, mtime = line.rsplit(" ", 2)
            if size == "dir":
                st = os.stat(prefix + path, follow_symlinks=False)  # noqa: PTH116
                if not stat.S_ISDIR(st.st_mode) or str(st.st_mtime_ns) != mtime:
                    return False
                continue
            try:
                st = os.stat(prefix + path)  # noqa: PTH116
            except OSError:  # a dangling link, as the fingerprint took it
                st = os.stat(prefix + path, follow_symlinks=False)  # noqa: PTH116
            if str(st.st_size) != size or str(st.st_mtime_ns) != mtime:
                return False
    except (ValueError, OSError):  # not a line of a fingerprint; gone or unreadable now
        return False
    return True


_COMMIT_ID = re.compile(r"[0-9a-f]{7,64}")


def _snapshot_commit(root: Path) -> str | None:
    """A ``.git-commit`` file names the commit an exported copy was taken from."""
    marker = root / ".git-commit"
    if not os.path.lexists(marker):
        return None
    try:
        text = _read_tree_file(marker, root.resolve(), 1024).decode("ascii").strip()
    except (InputError, UnicodeDecodeError):
        return None
    # Only a commit id: the marker ends up in every report.
    return text if _COMMIT_ID.fullmatch(text) else None


def _require_dir(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(f"{path}: advisory database not found")
    if not path.is_dir():
        raise DatabaseError(f"{path}: not a directory")


# -- reading files of a database tree -------------------------------------------
#
# A database directory may come from anywhere (a git URL included), so it may
# hold FIFOs, devices, links out of the tree or huge files. Only regular files
# are read, each under a size limit; links to files are followed only inside
# the tree, links to directories never. Any other file where an advisory is
# expected becomes a problem of the load, and the rest of the database is used.

_LINKED_DIRECTORY = "a symbolic link to a directory, not followed"


def _scan(directory: Path, problems: list[str]) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError as exc:
        problems.append(f"{directory}: cannot read directory ({exc.strerror or exc})")
        return []


def _is_linked_directory(entry: os.DirEntry[str]) -> bool:
    return entry.is_symlink() and entry.is_dir(follow_symlinks=True)


def _read_tree_file(path: Path, root: Path, max_bytes: int) -> bytes:
    """The bytes of a database file; ``AdvisoryError`` naming it when it is not one."""
    from cratewatch.untrusted.files import read_regular_file

    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(root):
            raise AdvisoryError(f"{path}: a symbolic link out of the database, not followed")
    return read_regular_file(path, max_bytes=max_bytes, error=AdvisoryError)


def _rustsec_files(root: Path, problems: list[str]) -> list[tuple[Path, tuple[str, ...]]]:
    """The files of a RustSec tree that may hold advisories, with their relative parts.

    ``crates/<name>/*.md`` and ``rust/<name>/*.md`` (and ``*.toml`` before 2020),
    and the ``Advisories.toml`` of 2017 to 2018.
    """
    from cratewatch.advisories.layout import ADVISORIES_TOML, is_advisory_path

    found: list[tuple[Path, tuple[str, ...]]] = []
    if os.path.lexists(root / ADVISORIES_TOML):
        found.append((root / ADVISORIES_TOML, (ADVISORIES_TOML,)))
    for collection in Collection:
        top = root / collection.value
        if top.is_symlink():
            problems.append(f"{top}: {_LINKED_DIRECTORY}")
            continue
        if not top.is_dir():
            continue
        for crate in _scan(top, problems):
            if _is_linked_directory(crate):
                problems.append(f"{crate.path}: {_LINKED_DIRECTORY}")
                continue
            if not crate.is_dir(follow_symlinks=False):
                continue
            for entry in _scan(Path(crate.path), problems):
                parts = (collection.value, crate.name, entry.name)
                if _is_linked_directory(entry):
                    problems.append(f"{entry.path}: {_LINKED_DIRECTORY}")
                elif is_advisory_path(parts):
                    found.append((Path(entry.path), parts))
    found.sort(key=lambda item: str(item[0]))
    return found


def _json_files(root: Path, problems: list[str]) -> list[Path]:
    """Every ``*.json`` under ``root``, hidden directories and linked ones left out."""
    found = []
    stack = [root]
    while stack:
        for entry in _scan(stack.pop(), problems):
            if entry.name.startswith(".") and entry.is_dir():
                continue
            if _is_linked_directory(entry):
                problems.append(f"{entry.path}: {_LINKED_DIRECTORY}")
            elif entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            elif entry.name.endswith(".json"):
                found.append(Path(entry.path))
    return sorted(found, key=str)


class _DirectorySource(AdvisorySource):
    """Advisory files of some suffixes somewhere under a directory."""

    suffixes: tuple[str, ...] = ()

    def __init__(self, path: Path) -> None:
        self.path = path

    def describe(self) -> str:
        return str(self.path.resolve())

    def fingerprint(self) -> str:
        _require_dir(self.path)
        return _stat_fingerprint(self.path, self.suffixes)

    def unchanged_since(self, fingerprint: str) -> bool:
        _require_dir(self.path)
        unchanged = _stat_unchanged(self.path, fingerprint)
        if unchanged is None:
            return self.fingerprint() == fingerprint
        return unchanged


class RustSecDirectory(_DirectorySource):
    """A checkout of the RustSec advisory-db, in any layout it has had.

    Today ``crates/<name>/*.md`` and ``rust/<name>/*.md``; before October 2020
    ``*.toml`` files in the same places; before September 2018 also one
    ``Advisories.toml``.
    """

    suffixes = (".md", ".toml")

    def load(self) -> LoadedAdvisories:
        from cratewatch.advisories.git import head_commit
        from cratewatch.advisories.layout import MAX_FILE_BYTES, parse_tree

        _require_dir(self.path)
        root = self.path.resolve()
        result = LoadedAdvisories(commit=_snapshot_commit(self.path))
        files = _rustsec_files(self.path, result.problems)

        def read(path: Path) -> bytes:
            return _read_tree_file(path, root, MAX_FILE_BYTES)

        parse_tree(
            ((str(path), parts, path) for path, parts in files),
            read,
            result.advisories,
            result.problems,
        )
        if (self.path / ".git").exists():
            with contextlib.suppress(DatabaseError):  # a broken checkout still has advisories
                result.commit, result.updated = head_commit(self.path)
        if result.updated is None:
            result.updated = _newest_advisory_date(result.advisories)
        if not result.advisories and not result.problems:
            raise DatabaseError(f"{self.path}: no advisories found (expected crates/<name>/*.md)")
        return result


def _newest_advisory_date(advisories: list[Advisory]) -> dt.datetime | None:
    """How current a copy without git history is: its newest advisory date.

    Dates in the future (a typo in an advisory) are left out.
    """
    today = dt.datetime.now(dt.UTC).date()
    dates = [a.date for a in advisories if a.date is not None and a.date <= today]
    if not dates:
        return None
    newest = max(dates)
    return dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC)


class OsvDirectory(_DirectorySource):
    """A directory of OSV JSON files (searched recursively)."""

    suffixes = (".json",)

    def load(self) -> LoadedAdvisories:
        from cratewatch.advisories.layout import MAX_FILE_BYTES
        from cratewatch.advisories.osv import parse_osv_record

        _require_dir(self.path)
        root = self.path.resolve()
        result = LoadedAdvisories(commit=_snapshot_commit(self.path))
        for file in _json_files(self.path, result.problems):
            try:
                data = _read_tree_file(file, root, MAX_FILE_BYTES)
                result.advisories.extend(parse_osv_record(data, str(file)))
            except AdvisoryError as exc:
                result.problems.append(str(exc))
        if not result.advisories and not result.problems:
            raise DatabaseError(f"{self.path}: no OSV JSON files found")
        result.updated = _newest_advisory_date(result.advisories)
        return result


class OsvZip(AdvisorySource):
    """A zip of OSV JSON files, as OSV publishes per ecosystem (``crates.io/all.zip``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def describe(self) -> str:
        return str(self.path.resolve())

    def fingerprint(self) -> str:
        try:
            st = self.path.stat()
        except OSError as exc:
            raise DatabaseError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        return f"{self.path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}"

    def load(self) -> LoadedAdvisories:
        import zipfile
        import zlib

        from cratewatch.advisories.layout import MAX_FILE_BYTES
        from cratewatch.advisories.osv import parse_osv_record
        from cratewatch.untrusted.files import regular_file_problem

        problem = regular_file_problem(self.path)
        if problem is not None:
            raise DatabaseError(f"{self.path}: {problem}")
        result = LoadedAdvisories()
        try:
            with zipfile.ZipFile(self.path) as archive:
                for info in sorted(archive.infolist(), key=lambda i: i.filename):
                    if info.is_dir() or not info.filename.endswith(".json"):
                        continue
                    where = f"{self.path}!{info.filename}"
                    if info.file_size > MAX_FILE_BYTES:  # zipfile reads no more than this
                        result.problems.append(
                            f"{where}: {info.file_size:,} bytes, over the limit of "
                            f"{MAX_FILE_BYTES:,}"
                        )
                        continue
                    try:
                        data = archive.read(info)
                    except (*_ZIP_ENTRY_ERRORS, zipfile.BadZipFile, zlib.error) as exc:
                        # An encrypted, corrupt or oddly compressed entry spoils
                        # only itself.
                        result.problems.append(f"{where}: cannot read: {exc}")
                        continue
                    try:
                        result.advisories.extend(parse_osv_record(data, where))
                    except AdvisoryError as exc:
                        result.problems.append(str(exc))
        except (OSError, zipfile.BadZipFile) as exc:
            raise DatabaseError(f"{self.path}: cannot read OSV zip: {exc}") from None
        if not result.advisories and not result.problems:
            raise DatabaseError(f"{self.path}: the zip holds no OSV JSON files")
        result.updated = _newest_advisory_date(result.advisories)
        return result


_ZIP_ENTRY_ERRORS = (RuntimeError, NotImplementedError, EOFError, OSError, ValueError)


class GitHistory(AdvisorySource):
    """A RustSec database in a git repository, as it was at a past moment.

    The tree of the last commit before ``as_of`` is read from git's object
    store; the working tree is neither read nor changed.
    """

    def __init__(self, repository: Path, label: str, as_of: dt.datetime) -> None:
        self.repository = repository
        self.label = label
        self.as_of = as_of

    def describe(self) -> str:
        return f"{self.label} as of {_moment_text(self.as_of)}"

    def commit(self) -> tuple[str, dt.datetime]:
        from cratewatch.advisories.git import commit_before, is_shallow

        found = commit_before(self.repository, self.as_of)
        if found is None:
            hint = (
                " (the clone is shallow: fetch its history by running without --offline)"
                if is_shallow(self.repository)
                else ""
            )
            raise DatabaseError(f"{self.label}: no commit before {_moment_text(self.as_of)}{hint}")
        return found

    def fingerprint(self) -> str:
        commit, _ = self.commit()
        return f"{self.label}\0{commit}"

    def load(self) -> LoadedAdvisories:
        from cratewatch.advisories.git import list_tree, read_blobs
        from cratewatch.advisories.layout import git_tree_files, parse_tree

        commit, updated = self.commit()
        result = LoadedAdvisories(commit=commit)
        result.updated = updated
        entries = list_tree(self.repository, commit)
        files = git_tree_files(entries, f"{self.label}@{commit[:12]}:", result.problems)
        blobs = read_blobs(self.repository, (e.object_id for _, _, e in files))
        parse_tree(files, lambda entry: blobs[entry.object_id], result.advisories, result.problems)
        if not result.advisories and not result.problems:
            raise DatabaseError(
                f"{self.label}@{commit[:12]}: not an advisory database "
                "(no crates/<name>/*.md, crates/<name>/*.toml or Advisories.toml)"
            )
        return result


def _moment_text(moment: dt.datetime) -> str:
    utc = moment.astimezone(dt.UTC)
    if utc.time() == dt.time(0, 0):
        return utc.date().isoformat()
    return utc.isoformat()


class GitSource(AdvisorySource):
    """A RustSec advisory-db git repository, cloned into a local checkout.

    Loading reads the checkout as it is, or with ``as_of`` the repository as it
    was then; ``update()`` fetches. Nothing here touches the network unless
    ``update()`` is called.
    """

    def __init__(self, url: str, checkout: Path, as_of: dt.datetime | None = None) -> None:
        self.url = url
        self.checkout = checkout
        self.as_of = as_of

    def describe(self) -> str:
        if self.as_of is not None:
            return self._history(self.as_of).describe()
        return self.url

    def exists(self) -> bool:
        return (self.checkout / ".git").is_dir()

    def needs_history(self) -> bool:
        """Reading a past state needs the commits a shallow clone does not have."""
        from cratewatch.advisories.git import is_shallow

        return self.as_of is not None and self.exists() and is_shallow(self.checkout)

    def update(self) -> str:
        from cratewatch.advisories.git import clone_or_update

        return clone_or_update(self.url, self.checkout, history=self.as_of is not None)

    def _require_clone(self) -> None:
        if not self.exists():
            raise DatabaseError(
                f"{self.url}: not fetched yet (run `cratewatch db update`, or drop --offline)"
            )

    def _history(self, as_of: dt.datetime) -> GitHistory:
        return GitHistory(self.checkout, self.url, as_of)

    def fingerprint(self) -> str:
        self._require_clone()
        if self.as_of is not None:
            return self._history(self.as_of).fingerprint()
        from cratewatch.advisories.git import head_commit

        commit, _ = head_commit(self.checkout)
        return f"{self.url}\0{commit}"

    def load(self) -> LoadedAdvisories:
        self._require_clone()
        if self.as_of is not None:
            return self._history(self.as_of).load()
        from cratewatch.advisories.git import head_commit

        result = RustSecDirectory(self.checkout).load()
        result.commit, result.updated = head_commit(self.checkout)
        return result


def _looks_like_git_url(spec: str) -> bool:
    return spec.startswith(("https://", "http://", "ssh://", "git://", "file://", "git@"))


def open_source(spec: str, cache_dir: Path, as_of: dt.datetime | None = None) -> AdvisorySource:
    """Pick the source for a ``--db`` value: URL, zip, OSV directory or RustSec directory.

    With ``as_of``, only a git database will do: a URL, or a directory that is a
    git repository of a RustSec database.
    """
    if _looks_like_git_url(spec):
        return GitSource(spec, default_checkout(cache_dir, spec), as_of)
    path = Path(spec)
    if as_of is not None:
        if not path.exists():
            raise DatabaseError(f"{path}: advisory database not found")
        if not (path / ".git").exists():
            raise DatabaseError(f"{path}: not a git repository, so it has no past to read")
        return GitHistory(path, str(path.resolve()), as_of)
    if path.is_file():
        import zipfile

        if zipfile.is_zipfile(path):
            return OsvZip(path)
        raise DatabaseError(f"{path}: not an advisory database (expected a directory or a zip)")
    if not path.exists():
        raise DatabaseError(f"{path}: advisory database not found")
    if _looks_like_rustsec(path):
        return RustSecDirectory(path)
    if any(path.glob("*.json")) or any(path.glob("*/*.json")):
        return OsvDirectory(path)
    raise DatabaseError(
        f"{path}: not an advisory database (no crates/<name>/*.md, crates/<name>/*.toml, "
        "Advisories.toml or OSV *.json files)"
    )


def _looks_like_rustsec(path: Path) -> bool:
    from cratewatch.advisories.layout import ADVISORIES_TOML

    if os.path.lexists(path / ADVISORIES_TOML):
        return True
    crates = path / "crates"
    return crates.is_dir() and _has_advisory_file(crates)


def _has_advisory_file(crates: Path) -> bool:
    """Whether ``crates/*/*.md`` or ``crates/*/*.toml`` matches anything, found as
    pathlib's glob finds it but without its set-up, which costs more than the search."""
    try:
        with os.scandir(crates) as entries:
            for entry in entries:
                if entry.is_dir() and _holds_advisory_file(entry.path):
                    return True
    except OSError:  # unreadable, as the glob takes it: nothing found there
        pass
    return False


def _holds_advisory_file(directory: str) -> bool:
    try:
        with os.scandir(directory) as entries:
            return any(entry.name.endswith((".md", ".toml")) for entry in entries)
    except OSError:
        return False


def default_source(cache_dir: Path, as_of: dt.datetime | None = None) -> GitSource:
    return GitSource(DEFAULT_DATABASE_URL, default_checkout(cache_dir, DEFAULT_DATABASE_URL), as_of)
