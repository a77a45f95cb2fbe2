"""Registry indexes on the local disk: a checkout directory or a tar archive of one.

An archive is read once into a compact SQLite cache (crate name -> the crate's
``[vers, yanked]`` pairs as JSON) in the user cache directory, stamped with the
archive's resolved path, size and modification time; a changed archive is detected by
its stamp and rebuilt. If the cache directory cannot be written, the cache is built in
memory for the current run.

Measured on the 2020 crates.io index (18 MB .tar.gz, 43,451 crates, 259,132 versions):
building the cache takes about 10 s once (one streaming pass with the standard library's
``tarfile``, parsing every JSON line) and makes a 6.5 MB file; later runs open
it and load a lockfile's crates in 15-25 ms, where re-reading the archive each time would
cost seconds.

Neither source is trusted: only regular files are read (a FIFO would block the read
forever, a link to ``/dev/zero`` never end it), crate files only up to
``MAX_INDEX_FILE_BYTES``, and an archive's links, devices and other special members
are skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import lzma
import os
import re
import sqlite3
import stat
import tarfile
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Final

from cratewatch.cachedir import user_cache_dir
from cratewatch.errors import RegistryIndexError
from cratewatch.registry.interface import (
    MAX_INDEX_FILE_BYTES,
    IndexEntry,
    IndexVersion,
    Progress,
    RegistryIndex,
    index_path,
    parse_index_file,
    to_index_versions,
)
from cratewatch.registry.leftovers import remove_stale
from cratewatch.untrusted.files import file_kind, read_regular_file

__all__ = [
    "ARCHIVE_SUFFIXES",
    "ArchiveIndex",
    "CrateFile",
    "DirectoryIndex",
    "iter_archive_crate_files",
    "iter_directory_crate_files",
    "open_index",
]

ARCHIVE_SUFFIXES: Final = (".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")

_CACHE_FORMAT: Final = "1"
_CACHE_SUBDIR: Final = "index-archives"
_CONFIG: Final = "config.json"
_BATCH: Final = 500  # names per query, well under SQLite's limit on parameters
# what _build_file names its temporary file: <digest>.sqlite3.<pid>.<thread>.tmp
_TEMPORARY: Final = re.compile(r"[0-9a-f]{24}\.sqlite3\.(?P<pid>\d+)\.\d+\.tmp")

_Row = tuple[str, str | None, str | None]  # (name, entries JSON, error)
CrateFile = tuple[str, bytes, str]  # (lowercased crate name, content, where)
OnProblem = Callable[[str, str], None]  # (crate name, message): a crate file skipped


class DirectoryIndex(RegistryIndex):
    """An index checkout: a directory with ``config.json`` and the crate files."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not self.path.is_dir():
            raise RegistryIndexError(f"{self.path}: no such directory")
        if not (self.path / _CONFIG).is_file():
            raise RegistryIndexError(f"{self.path}: not a registry index (no {_CONFIG})")
        self._memo: dict[str, list[IndexVersion] | None] = {}

    def describe(self) -> str:
        return f"index directory {self.path}"

    def versions(self, name: str) -> list[IndexVersion] | None:
        rel = index_path(name)
        if rel is None:
            return None
        if rel not in self._memo:
            self._memo[rel] = self._load(self.path / rel)
        found = self._memo[rel]
        return None if found is None else list(found)

    @staticmethod
    def _load(file: Path) -> list[IndexVersion] | None:
        try:
            file.stat()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            pass  # the read below names the problem
        data = read_regular_file(file, max_bytes=MAX_INDEX_FILE_BYTES, error=RegistryIndexError)
        return to_index_versions(parse_index_file(data, str(file)))


class ArchiveIndex(RegistryIndex):
    """A ``.tar.gz``/``.tgz``/``.tar`` archive of an index checkout, read through a cache.

    The archive is opened lazily: errors about it (not an archive, no ``config.json``)
    come from the first ``versions`` or ``prefetch`` call. ``cache_dir`` defaults to
    ``user_cache_dir()``; ``cache_file`` tells where the cache is once it is open
    (``None`` while unopened or when it lives in memory). ``progress`` is told how far
    into the archive a cache build is (``(stage, bytes read, archive size)``).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        cache_dir: str | os.PathLike[str] | None = None,
        *,
        progress: Progress | None = None,
    ) -> None:
        self.path = Path(path)
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            raise RegistryIndexError(f"{self.path}: no such file") from None
        except OSError as exc:
            raise RegistryIndexError(f"{self.path}: cannot read ({exc.strerror or exc})") from None
        if not stat.S_ISREG(mode):
            raise RegistryIndexError(f"{self.path}: not a regular file")
        self._cache_dir = None if cache_dir is None else Path(cache_dir)
        self.cache_file: Path | None = None
        self._db: sqlite3.Connection | None = None
        self._memo: dict[str, list[IndexVersion] | None] = {}
        self._lock = threading.Lock()
        self._progress = progress

    def describe(self) -> str:
        return f"index archive {self.path}"

    def prefetch(self, names: Iterable[str]) -> None:
        """Open (or build) the cache and load the crates with a few batched queries."""
        keys = list(dict.fromkeys(n.lower() for n in names if index_path(n) is not None))
        with self._lock:
            db = self._connection()
            keys = [k for k in keys if k not in self._memo]
            rows: dict[str, tuple[str | None, str | None]] = {}
            for start in range(0, len(keys), _BATCH):
                chunk = keys[start : start + _BATCH]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT name, entries, error FROM crates WHERE name IN ({marks})"
                try:
                    rows.update((n, (e, err)) for n, e, err in db.execute(query, chunk))
                except sqlite3.Error as exc:
                    raise RegistryIndexError(f"{self.cache_file or self.path}: {exc}") from None
            for key in keys:
                entries, error = rows.get(key, (None, None))
                if error is None:  # errors are raised by versions(), for the crate asked
                    self._memo[key] = None if entries is None else _decode(entries)

    def versions(self, name: str) -> list[IndexVersion] | None:
        if index_path(name) is None:
            return None
        key = name.lower()
        with self._lock:
            if key not in self._memo:
                self._memo[key] = self._lookup(key)
            found = self._memo[key]
        return None if found is None else list(found)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _lookup(self, key: str) -> list[IndexVersion] | None:
        try:
            row = (
                self._connection()
                .execute("SELECT entries, error FROM crates WHERE name = ?", (key,))
                .fetchone()
            )
        except sqlite3.Error as exc:
            raise RegistryIndexError(f"{self.cache_file or self.path}: {exc}") from None
        if row is None:
            return None
        entries, error = row
        if error is not None:
            raise RegistryIndexError(error)
        return _decode(entries)

    # -- the cache ---------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = self._open_cache()
        return self._db

    def _open_cache(self) -> sqlite3.Connection:
        resolved = self.path.resolve()
        try:
            st = resolved.stat()
        except OSError as exc:
            raise RegistryIndexError(f"{self.path}: cannot read ({exc.strerror or exc})") from None
        stamp = {
            "format": _CACHE_FORMAT,
            "archive": str(resolved),
            "size": str(st.st_size),
            "mtime_ns": str(st.st_mtime_ns),
        }
        root = (self._cache_dir or user_cache_dir()) / _CACHE_SUBDIR
        digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()
        cache_file = root / f"{digest[:24]}.sqlite3"
        remove_stale(root, _TEMPORARY)

        db = _open_if_current(cache_file, stamp)
        if db is None:
            built = self._build_file(root, cache_file, stamp)
            db = _open_if_current(cache_file, stamp) if built else None
        if db is None:  # unwritable or unusable cache directory: keep it in memory
            db = sqlite3.connect(":memory:", check_same_thread=False)
            _build(db, self.path, stamp, self._progress)
            return db
        self.cache_file = cache_file
        return db

    def _build_file(self, root: Path, cache_file: Path, stamp: dict[str, str]) -> bool:
        """Build the cache into a temporary file and move it in place; False if I/O fails."""
        try:
            root.mkdir(parents=True, exist_ok=True)
            tmp = root / f"{cache_file.name}.{os.getpid()}.{threading.get_ident()}.tmp"
            tmp.unlink(missing_ok=True)
        except OSError:
            return False
        try:
            db = sqlite3.connect(tmp)
            try:
                _build(db, self.path, stamp, self._progress)
            finally:
                db.close()
            tmp.replace(cache_file)
        except (OSError, sqlite3.Error):
            return False
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        return True


def _decode(entries: str) -> list[IndexVersion]:
    return to_index_versions((vers, bool(yanked)) for vers, yanked in json.loads(entries))


def _open_if_current(cache_file: Path, stamp: dict[str, str]) -> sqlite3.Connection | None:
    """Open an existing cache whose stamp matches, else ``None``."""
    if not cache_file.is_file():
        return None
    try:
        db = sqlite3.connect(cache_file, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        found = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        found = None
    if found != stamp:
        db.close()
        return None
    return db


def _build(
    db: sqlite3.Connection, archive: Path, stamp: dict[str, str], progress: Progress | None
) -> None:
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute(
        "CREATE TABLE crates (name TEXT PRIMARY KEY, entries TEXT, error TEXT) WITHOUT ROWID"
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    with db:
        rows = _scan_archive(archive, progress)
        db.executemany("INSERT OR REPLACE INTO crates VALUES (?, ?, ?)", rows)
        db.executemany("INSERT INTO meta VALUES (?, ?)", stamp.items())


def _scan_archive(archive: Path, progress: Progress | None = None) -> Iterator[_Row]:
    """One pass over the archive: a row per crate file; raises if it is not an index.

    A crate file that cannot be read (too large) becomes an error row, raised when an
    audit asks for that crate."""
    unreadable: list[_Row] = []
    on_bytes: Callable[[int, int], None] | None = None
    if progress is not None:
        report = progress

        def tell(read: int, size: int) -> None:
            report("reading the index archive", read, size)

        on_bytes = tell

    def skipped(name: str, message: str) -> None:
        unreadable.append((name, None, message))

    for name, data, where in iter_archive_crate_files(archive, on_bytes, skipped):
        yield _row(name, data, where)
        yield from unreadable
        unreadable.clear()
    yield from unreadable


def iter_archive_crate_files(
    archive: Path,
    on_bytes: Callable[[int, int], None] | None = None,
    on_problem: OnProblem | None = None,
) -> Iterator[CrateFile]:
    """(lowercased crate name, file content, ``archive:member``) of every crate file.

    One streaming pass; raises ``RegistryIndexError`` if the file is not a readable tar
    archive of an index (no ``config.json``). ``on_bytes(read, size)`` is told how far
    into the archive file the pass is, every 256 members. Only regular members are
    read; a crate file over ``MAX_INDEX_FILE_BYTES`` is an error, or with
    ``on_problem`` reported to it and skipped.
    """
    seen_config = False
    raw = _open_regular(archive)
    size = os.fstat(raw.fileno()).st_size
    with raw:
        try:
            for count, (member, data) in enumerate(_tar_files(raw), 1):
                if on_bytes is not None and count % 256 == 0:
                    on_bytes(raw.tell(), size)
                parts = [p for p in member.name.split("/") if p not in ("", ".")]
                if not parts:
                    continue
                if parts[-1] == _CONFIG:
                    seen_config = seen_config or not any(p.startswith(".") for p in parts)
                    continue
                name = _crate_name(parts)
                if name is None:
                    continue
                where = f"{archive}:{member.name}"
                if data is None:
                    message = (
                        f"{where}: {member.size:,} bytes, over the limit of "
                        f"{MAX_INDEX_FILE_BYTES:,} for an index file"
                    )
                    if on_problem is None:
                        raise RegistryIndexError(message)
                    on_problem(name, message)
                    continue
                yield name, data, where
        except (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raise RegistryIndexError(f"{archive}: not a readable tar archive ({exc})") from None
        except OSError as exc:
            raise RegistryIndexError(f"{archive}: cannot read ({exc.strerror or exc})") from None
    if not seen_config:
        raise RegistryIndexError(f"{archive}: not a registry index archive (no {_CONFIG})")


def iter_directory_crate_files(
    root: Path, on_problem: OnProblem | None = None, *, require_config: bool = True
) -> Iterator[CrateFile]:
    """(lowercased crate name, file content, path) of every crate file of an index checkout
    (with ``require_config`` False, also of an index without ``config.json``: a local
    registry's).

    Links are followed, but only regular files up to ``MAX_INDEX_FILE_BYTES`` are read:
    any other file where a crate file belongs is an error, or with ``on_problem``
    reported to it and skipped.
    """
    if require_config:
        DirectoryIndex(root)  # validates: a directory with config.json
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel_parts = Path(dirpath).relative_to(root).parts
        for filename in sorted(filenames):
            name = _crate_name([*rel_parts, filename])
            if name is None:
                continue
            file = Path(dirpath) / filename
            try:
                data = read_regular_file(
                    file, max_bytes=MAX_INDEX_FILE_BYTES, error=RegistryIndexError
                )
            except RegistryIndexError as exc:
                if on_problem is None:
                    raise
                on_problem(name, str(exc))
                continue
            yield name, data, str(file)


def _crate_name(parts: list[str]) -> str | None:
    """The crate a member path holds if it sits where the index layout puts that crate."""
    rel = index_path(parts[-1])
    if rel is None:
        return None
    want = rel.split("/")
    if len(parts) < len(want) or [p.lower() for p in parts[-len(want) :]] != want:
        return None
    if any(p.startswith(".") for p in parts[: -len(want)]):  # .git and the like
        return None
    return want[-1]


def _row(name: str, data: bytes, where: str) -> _Row:
    try:
        entries: list[IndexEntry] = parse_index_file(data, where)
    except RegistryIndexError as exc:
        return (name, None, str(exc))
    return (name, json.dumps(entries, separators=(",", ":")), None)


def _tar_files(raw: BinaryIO) -> Iterator[tuple[tarfile.TarInfo, bytes | None]]:
    """(member, content) of every regular member in one streaming pass; the content is
    ``None`` when the member is over ``MAX_INDEX_FILE_BYTES``. Links, devices and FIFOs
    are skipped: an index has none, and they name something outside the archive."""
    with tarfile.open(fileobj=raw, mode="r|*") as archive:
        for member in archive:
            if not member.isreg():
                continue
            if member.size > MAX_INDEX_FILE_BYTES:
                yield member, None
                continue
            handle = archive.extractfile(member)
            if handle is not None:
                yield member, handle.read(MAX_INDEX_FILE_BYTES + 1)


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file (a FIFO would block the open)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise RegistryIndexError(f"{path}: cannot read ({exc.strerror or exc})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise RegistryIndexError(f"{path}: {file_kind(mode)}, not an index archive")
    return os.fdopen(fd, "rb")


def open_index(
    path: str | os.PathLike[str],
    *,
    cache_dir: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> RegistryIndex:
    """Open an index directory or archive, chosen from what ``path`` is; ``progress``
    follows the one long step, building an archive's cache."""
    p = Path(path)
    if p.is_dir():
        return DirectoryIndex(p)
    if p.is_file():
        if p.name.lower().endswith(ARCHIVE_SUFFIXES):
            return ArchiveIndex(p, cache_dir=cache_dir, progress=progress)
        raise RegistryIndexError(
            f"{p}: unsupported registry index (expected a directory or a .tar.gz, .tgz or "
            ".tar archive)"
        )
    if not p.exists():
        raise RegistryIndexError(f"{p}: no such file or directory")
    raise RegistryIndexError(f"{p}: not a directory or a regular file")
