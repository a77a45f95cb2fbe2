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
import hashlib
import os
from pathlib import Path

from cratewatch.advisories.locations import DEFAULT_DATABASE_URL, default_checkout
from cratewatch.errors import AdvisoryError, DatabaseError
from cratewatch.model.advisory import Advisory, Collection

__all__ = [
    "AdvisorySource",
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
        """Changes whenever the source's content may have changed."""

    @abc.abstractmethod
    def load(self) -> LoadedAdvisories:
        """Read every advisory; corrupt files become ``problems``."""


def _stat_fingerprint(root: Path, suffix: str) -> str:
    """Hash of every ``suffix`` file's path, size and modification time under ``root``.

    Hidden directories (``.git``, ``.github``) are skipped; ``.git-commit`` counts.
    ``os.scandir`` keeps this to one system call per directory and file.
    """
    lines = [str(root.resolve())]
    stack = [str(root)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                name = entry.name
                if entry.is_dir(follow_symlinks=False):
                    if not name.startswith("."):
                        stack.append(entry.path)
                elif name.endswith(suffix) or name == ".git-commit":
                    st = entry.stat()
                    lines.append(f"{entry.path}\0{st.st_size}\0{st.st_mtime_ns}")
    lines.sort()
    return hashlib.sha1("\n".join(lines).encode()).hexdigest()


def _snapshot_commit(root: Path) -> str | None:
    """A ``.git-commit`` file names the commit an exported copy was taken from."""
    marker = root / ".git-commit"
    if marker.is_file():
        text = marker.read_text(encoding="utf-8", errors="replace").strip()
        return text or None
    return None


def _require_dir(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(f"{path}: advisory database not found")
    if not path.is_dir():
        raise DatabaseError(f"{path}: not a directory")


class _DirectorySource(AdvisorySource):
    """Advisory files of one suffix somewhere under a directory."""

    suffix = ""

    def __init__(self, path: Path) -> None:
        self.path = path

    def describe(self) -> str:
        return str(self.path.resolve())

    def fingerprint(self) -> str:
        _require_dir(self.path)
        return _stat_fingerprint(self.path, self.suffix)


class RustSecDirectory(_DirectorySource):
    """A checkout of the RustSec advisory-db: ``crates/<name>/*.md``, ``rust/<name>/*.md``."""

    suffix = ".md"

    def load(self) -> LoadedAdvisories:
        from cratewatch.advisories.git import head_commit
        from cratewatch.advisories.rustsec import read_rustsec_advisory

        _require_dir(self.path)
        result = LoadedAdvisories(commit=_snapshot_commit(self.path))
        for collection in Collection:
            for file in sorted((self.path / collection.value).glob("*/*.md")):
                try:
                    result.advisories.append(read_rustsec_advisory(file, collection))
                except AdvisoryError as exc:
                    result.problems.append(str(exc))
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

    suffix = ".json"

    def load(self) -> LoadedAdvisories:
        from cratewatch.advisories.osv import parse_osv_record

        _require_dir(self.path)
        result = LoadedAdvisories(commit=_snapshot_commit(self.path))
        for file in sorted(self.path.rglob("*.json")):
            try:
                result.advisories.extend(parse_osv_record(file.read_bytes(), str(file)))
            except AdvisoryError as exc:
                result.problems.append(str(exc))
            except OSError as exc:
                result.problems.append(f"{file}: cannot read: {exc.strerror or exc}")
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
        return hashlib.sha1(
            f"{self.path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}".encode()
        ).hexdigest()

    def load(self) -> LoadedAdvisories:
        import zipfile

        from cratewatch.advisories.osv import parse_osv_record

        result = LoadedAdvisories()
        try:
            with zipfile.ZipFile(self.path) as archive:
                for info in sorted(archive.infolist(), key=lambda i: i.filename):
                    if info.is_dir() or not info.filename.endswith(".json"):
                        continue
                    where = f"{self.path}!{info.filename}"
                    try:
                        result.advisories.extend(parse_osv_record(archive.read(info), where))
                    except AdvisoryError as exc:
                        result.problems.append(str(exc))
        except (OSError, zipfile.BadZipFile) as exc:
            raise DatabaseError(f"{self.path}: cannot read OSV zip: {exc}") from None
        if not result.advisories and not result.problems:
            raise DatabaseError(f"{self.path}: the zip holds no OSV JSON files")
        result.updated = _newest_advisory_date(result.advisories)
        return result


class GitSource(AdvisorySource):
    """A RustSec advisory-db git repository, cloned into a local checkout.

    Loading reads the checkout as it is; ``update()`` fetches. Nothing here
    touches the network unless ``update()`` is called.
    """

    def __init__(self, url: str, checkout: Path) -> None:
        self.url = url
        self.checkout = checkout

    def describe(self) -> str:
        return self.url

    def exists(self) -> bool:
        return (self.checkout / ".git").is_dir()

    def update(self) -> str:
        from cratewatch.advisories.git import clone_or_update

        return clone_or_update(self.url, self.checkout)

    def fingerprint(self) -> str:
        if not self.exists():
            raise DatabaseError(
                f"{self.url}: not fetched yet (run `cratewatch db update`, or drop --offline)"
            )
        from cratewatch.advisories.git import head_commit

        commit, _ = head_commit(self.checkout)
        return hashlib.sha1(f"{self.url}\0{commit}".encode()).hexdigest()

    def load(self) -> LoadedAdvisories:
        self.fingerprint()
        from cratewatch.advisories.git import head_commit

        result = RustSecDirectory(self.checkout).load()
        result.commit, result.updated = head_commit(self.checkout)
        return result


def _looks_like_git_url(spec: str) -> bool:
    return spec.startswith(("https://", "http://", "ssh://", "git://", "file://", "git@"))


def open_source(spec: str, cache_dir: Path) -> AdvisorySource:
    """Pick the source for a ``--db`` value: URL, zip, OSV directory or RustSec directory."""
    if _looks_like_git_url(spec):
        return GitSource(spec, default_checkout(cache_dir, spec))
    path = Path(spec)
    if path.is_file():
        import zipfile

        if zipfile.is_zipfile(path):
            return OsvZip(path)
        raise DatabaseError(f"{path}: not an advisory database (expected a directory or a zip)")
    if not path.exists():
        raise DatabaseError(f"{path}: advisory database not found")
    if (path / "crates").is_dir() and any((path / "crates").glob("*/*.md")):
        return RustSecDirectory(path)
    if any(path.glob("*.json")) or any(path.glob("*/*.json")):
        return OsvDirectory(path)
    raise DatabaseError(
        f"{path}: not an advisory database (no crates/<name>/*.md and no OSV *.json files)"
    )


def default_source(cache_dir: Path) -> GitSource:
    return GitSource(DEFAULT_DATABASE_URL, default_checkout(cache_dir, DEFAULT_DATABASE_URL))
