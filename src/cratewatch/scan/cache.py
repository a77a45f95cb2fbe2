"""Per-file scan results kept by content, across crates and versions.

A new version of a crate changes a few of its files; the others are byte for byte those
of the version before (and a licence or a vendored module is often the same file in many
crates). So what a scan computes per file is kept in an SQLite file in the user cache
directory (``cachedir.py``): a file's analysis (``analyze.analyze_file``), its functions
for the call graph (``callgraph.file_functions``), the constants evaluation of the few
crates that need it (``constants.py``, keyed by the files it reads), each compilation
unit's data flows (``dataflow.unit_flows``, keyed by the unit's files: it follows units
as wholes), its date gates (``dates.date_evidence``, kept with the files they were read
from and the searches that chose them), all that following the code across files finds
(``flows.CrateFlows``, keyed by all the crate's files), and what the analyses of many
files keep of each (``memo.py``: the data flow's facts of a file, the constants' cheap
test). A rescan then parses only the files that changed.

An entry's key is the SHA-256 of the bytes it was computed from and of everything else
the result depends on:

- the file's path (evidence names it; its suffix and folder say what it is), its
  context, whether it is read as Rust and whether the crate's other files could be read;
- the files it reads through ``include_str!`` / ``include_bytes!``: not known before
  the parse, so recorded with the entry and checked against the crate's files before
  the entry is used;
- the scanner (``fingerprint``): cratewatch's version, the rules, the scanner's own
  source and the parser's versions. The source counts because the version does not
  change with every edit, and a result must never outlive the code that made it.

Values are JSON (written and read by orjson), decoded against the result's types: a
value of another shape is a miss. Nothing read from the file is ever run (as a pickle
would be), since the cache directory may be shared. Several processes use the file at
once (``scan_all``'s workers, concurrent runs): WAL journal, a busy timeout, one short
write transaction per crate. A cache that is busy, unwritable, corrupt or not one of
ours is passed over or rebuilt, never an error: the scan computes what it cannot read.
The file is kept under ``max_bytes`` by deleting the entries used longest ago.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
import types
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import suppress
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Final, TypeVar, Union, get_args, get_origin, get_type_hints

import orjson

from cratewatch.scan.analyze import Context, Evidence, FileScan, analyze_file
from cratewatch.scan.callgraph import Function, file_functions
from cratewatch.scan.constants import constant_files, constants_evidence, evaluated_constants
from cratewatch.scan.dataflow import UnitFlows, unit_flows
from cratewatch.scan.dates import date_evidence, found_in, search_pattern
from cratewatch.scan.flows import CrateFlows, dataflow_evidence

__all__ = [
    "CACHE_FILE",
    "DEFAULT_MAX_BYTES",
    "FRESH",
    "Analyses",
    "ScanCache",
    "fingerprint",
]

CACHE_FILE: Final = "scan-cache.sqlite"
#: The whole Debian corpus (1,514 crates, 470 MB of sources) takes 41 MB.
DEFAULT_MAX_BYTES: Final = 256 * 1024 * 1024
_FORMAT: Final = "cratewatch scan cache 3"
_BUSY_SECONDS: Final = 10.0
#: A hit on an entry last marked used longer ago than this marks it again (in the
#: crate's write): eviction goes by use, without a write for every hit.
_TOUCH_AFTER: Final = 3600
_KEEP: Final = 0.8  # of max_bytes, left after an eviction: not one eviction per crate
_ROW_OVERHEAD: Final = 100  # bytes of a row beyond its key and value (page, indexes)
#: Bytes a process writes between two looks at the file's size (at most; a sixteenth
#: of the size allowed when that is less).
_CHECK_EVERY: Final = 1024 * 1024
_JSON: Final = json.JSONEncoder(separators=(",", ":"), check_circular=False)
# what orjson refuses to write (an integer past 64 bits, a path that is not UTF-8, so held
# with surrogates) is written by the standard library's json instead, marked so that it
# is read back by json too (orjson would read such an integer as a float)
_BY_JSON: Final = b"J"
_T = TypeVar("_T")
# connections made by the process this one was forked from: SQLite forbids using or
# closing them here, so they are kept from the garbage collector
_INHERITED: list[sqlite3.Connection] = []


class Analyses:
    """What a crate's scan computes per file, computed afresh every time
    (``ScanCache`` keeps the results)."""

    def analyze(
        self,
        path: str,
        data: bytes,
        context: Context,
        *,
        rust: bool | None = None,
        read: Callable[[str], bytes | None] | None = None,
    ) -> FileScan:
        return analyze_file(path, data, context, rust=rust, read=read)

    def functions(self, path: str, data: bytes, public_entries: bool) -> list[Function]:
        return file_functions(path, data, public_entries)

    def constants(
        self,
        files: Mapping[str, bytes],
        scanned: Mapping[str, tuple[Context, FileScan]],
        test_gated: frozenset[str],
    ) -> list[Evidence]:
        return evaluated_constants(files, scanned, test_gated)

    def dates(
        self, files: Mapping[str, bytes], unit: Mapping[str, Context], readers: Collection[str]
    ) -> list[Evidence]:
        """The date gates of a compilation unit (``dates.date_evidence``)."""
        return date_evidence(files, unit, readers, files)

    def dataflow(
        self,
        files: Mapping[str, bytes],
        scanned: Mapping[str, tuple[Context, FileScan]],
        test_gated: frozenset[str],
        crate: str,
    ) -> list[Evidence]:
        return dataflow_evidence(files, scanned, test_gated, crate)

    def crate_flows(
        self,
        files: Mapping[str, bytes],
        scanned: Mapping[str, tuple[Context, FileScan]],
        test_gated: frozenset[str],
        crate: str,
        compute: Callable[[], CrateFlows],
    ) -> CrateFlows:
        """What following the crate's code across files finds (``compute``: the crate's
        date gates, data flows and flows along calls)."""
        return compute()

    def begin(self, files: Mapping[str, bytes]) -> None:
        """A crate's scan starts, of these files."""

    def done(self) -> None:
        """The crate's scan is over."""


FRESH: Final = Analyses()


class ScanCache(Analyses):
    """The per-file results of scans, in the SQLite file ``path``."""

    def __init__(self, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.hits = 0  # in this process
        self.misses = 0
        self._fingerprint = ""
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._off = False
        self._pending: dict[bytes, tuple[bytes, bytes]] = {}  # key: file, value; at done()
        self._touched: set[bytes] = set()
        # the stored entries of the crate's files, looked up at once by begin(): key:
        # (value, used); a key of these files that is not there is not in the cache
        self._fetched: dict[bytes, tuple[Any, Any]] = {}
        self._fetched_files: set[bytes] = set()
        self._check_every = min(_CHECK_EVERY, max_bytes // 16)
        self._unchecked = self._check_every  # written since the size was looked at
        # the crate's files by identity, with their digests: a file is hashed once
        # however many analyses read it (the bytes are held, so no id is reused)
        self._digests: dict[int, tuple[bytes, str]] = {}
        self._names: dict[tuple[str, str], bytes] = {}  # (path, digest): ``_file``

    @classmethod
    def default(cls) -> ScanCache:
        from cratewatch.cachedir import user_cache_dir

        return cls(user_cache_dir() / CACHE_FILE)

    @property
    def usable(self) -> bool:
        return not self._off

    def prepare(self) -> None:
        """Open the file now (creating or rebuilding it) and close it again: forked
        workers then open their own connection to a file that is ready."""
        self.close()
        self._connected()
        self.close()

    def close(self) -> None:
        """Write what is pending and close this process's connection."""
        self.done()
        if self._connection is not None and self._pid == os.getpid():
            with suppress(sqlite3.Error):
                self._connection.close()
        self._connection = None

    # -- the analyses

    def analyze(
        self,
        path: str,
        data: bytes,
        context: Context,
        *,
        rust: bool | None = None,
        read: Callable[[str], bytes | None] | None = None,
    ) -> FileScan:
        if self._connected() is None:
            return analyze_file(path, data, context, rust=rust, read=read)
        file = self._file(path, data)
        # analyze_file reads rust=None and rust=False alike
        key = self._key(file, "file", context.value, bool(rust), read is not None)
        stored = self._get(key, file)
        if stored is not None:
            reused: FileScan | None = self._reused(FileScan, stored, read)
            if reused is not None:
                self.hits += 1
                return reused
        self.misses += 1
        reads: list[tuple[str, str | None]] = []

        def recorded(target: str) -> bytes | None:
            assert read is not None
            content = read(target)
            reads.append((target, None if content is None else self._digest(content)))
            return content

        result = analyze_file(
            path, data, context, rust=rust, read=None if read is None else recorded
        )
        self._put(key, file, [reads, _encode(FileScan, result)])
        return result

    def functions(self, path: str, data: bytes, public_entries: bool) -> list[Function]:
        if self._connected() is None:
            return file_functions(path, data, public_entries)
        file = self._file(path, data)
        key = self._key(file, "functions", public_entries)
        reused: list[Function] | None = self._decoded(list[Function], self._get(key, file))
        if reused is not None:
            self.hits += 1
            return reused
        self.misses += 1
        result = file_functions(path, data, public_entries)
        self._put(key, file, _encode(list[Function], result))
        return result

    def constants(
        self,
        files: Mapping[str, bytes],
        scanned: Mapping[str, tuple[Context, FileScan]],
        test_gated: frozenset[str],
    ) -> list[Evidence]:
        connected = self._connected() is not None
        chosen = constant_files(files, scanned, test_gated, self if connected else None)
        if not chosen or not connected:
            return constants_evidence(files, chosen)
        parts = [
            [path, context.value, self._digest(files[path])] for path, context in chosen.items()
        ]
        key = self._key(b"", "constants", parts)
        return self._crate_entry(key, lambda: constants_evidence(files, chosen), list[Evidence])

    def dates(
        self, files: Mapping[str, bytes], unit: Mapping[str, Context], readers: Collection[str]
    ) -> list[Evidence]:
        """A unit's date gates, kept by the unit's paths and contexts and the files that
        read the clock; with the entry are recorded the files it read (those it parsed,
        and others the interpreter read) and each search for the files to parse next with
        what it found: the entry is used where the files hold what they held then and
        the searches, made again, find what they found then (a new version that changes
        none of the files a unit's dates are read from parses none of them)."""
        if self._connected() is None:
            return date_evidence(files, unit, readers, files)
        contexts = sorted([path, context.value] for path, context in unit.items())
        key = self._key(b"", "dates", contexts, sorted(path for path in readers if path in unit))
        stored = self._get(key, key)
        if stored is not None:
            reused: list[Evidence] | None = self._searched_again(stored, files)
            if reused is not None:
                self.hits += 1
                return reused
        self.misses += 1
        reading, searches = _Reads(files), []
        search = found_in(files)

        def recorded(pattern: re.Pattern[bytes], paths: list[str]) -> list[str]:
            found = search(pattern, paths)
            searches.append([pattern.pattern.decode(), paths, found])
            return found

        result = date_evidence(reading, unit, readers, reading, recorded)
        reads = [
            [path, None if content is None else self._digest(content)]
            for path, content in reading.read().items()
        ]
        self._put(key, key, [reads, searches, _encode(list[Evidence], result)])
        return result

    def _searched_again(self, stored: Any, files: Mapping[str, bytes]) -> list[Evidence] | None:
        """A unit's kept date gates (``dates``), if its searches find what they found."""
        try:
            reads, searches, result = stored
            for text, paths, found in searches:
                pattern = search_pattern(text) if isinstance(text, str) else None
                if pattern is None or found_in(files)(pattern, paths) != found:
                    return None
        except _NOT_OURS:
            return None
        reused: list[Evidence] | None = self._reused(list[Evidence], [reads, result], files.get)
        return reused

    def dataflow(
        self,
        files: Mapping[str, bytes],
        scanned: Mapping[str, tuple[Context, FileScan]],
        test_gated: frozenset[str],
        crate: str,
    ) -> list[Evidence]:
        """The data flow's evidence, with each compilation unit's flows kept by the
        contents of its files (``unit_flows``): a new version that changes the library
        follows its build script and binaries no further."""
        if self._connected() is None:
            return dataflow_evidence(files, scanned, test_gated, crate)
        return dataflow_evidence(files, scanned, test_gated, crate, self.unit_flows)

    def unit_flows(
        self,
        unit: Mapping[str, bytes],
        crate: str,
        sending: bool,
        resources: Mapping[str, bytes],
        hiding: bool,
        macro: bool,
        library: frozenset[str],
    ) -> UnitFlows:
        """A unit's flows, kept by its files' paths and contents and what else they
        depend on; the other files of the crate its interpreter read (``include_str!``,
        the manifest) are recorded with the entry and checked before it is used."""
        parts = [[path, self._digest(data)] for path, data in sorted(unit.items())]
        key = self._key(b"", "unit flows", crate, sending, hiding, macro, sorted(library), parts)
        stored = self._get(key, key)
        if stored is not None:
            reused: UnitFlows | None = self._reused(UnitFlows, stored, resources.get)
            if reused is not None:
                self.hits += 1
                return reused
        self.misses += 1
        reading = _Reads(resources)
        result = unit_flows(unit, crate, sending, reading, hiding, macro, library, self)
        reads = [
            [path, None if content is None else self._digest(content)]
            for path, content in reading.read().items()
        ]
        self._put(key, key, [reads, _encode(UnitFlows, result)])
        return result

    def crate_flows(
        self,
        files: Mapping[str, bytes],
        scanned: Mapping[str, tuple[Context, FileScan]],
        test_gated: frozenset[str],
        crate: str,
        compute: Callable[[], CrateFlows],
    ) -> CrateFlows:
        """Kept like the data flow's evidence, by all the crate's files (what they find
        depends on nothing else): a crate scanned again unchanged reads none of its
        files' functions for a call graph and parses none for its date gates."""
        if self._connected() is None:
            return compute()
        parts = self._whole_crate(files, scanned, test_gated)
        return self._crate_entry(self._key(b"", "crate-flows", crate, parts), compute, CrateFlows)

    def _whole_crate(
        self,
        files: Mapping[str, bytes],
        scanned: Mapping[str, tuple[Context, FileScan]],
        test_gated: frozenset[str],
    ) -> list[list[object]]:
        """What names a result computed over all of a crate's files: each file's path,
        contents, context and test gate."""
        return [
            [
                path,
                self._digest(data),
                scanned[path][0].value if path in scanned else "",
                path in test_gated,
            ]
            for path, data in sorted(files.items())
        ]

    def kept(self, path: str, data: bytes, kind: str) -> Any:
        """A summary of a file that an analysis of many files keeps (``memo.py``), or
        None."""
        file = self._file(path, data)
        return self._get(self._key(file, "summary", kind), file)

    def keep(self, path: str, data: bytes, kind: str, value: Any) -> None:
        file = self._file(path, data)
        self._put(self._key(file, "summary", kind), file, value)

    def _crate_entry(self, key: bytes, compute: Callable[[], _T], kind: Any) -> _T:
        """A result of ``kind`` computed over several of a crate's files, kept under
        ``key`` (which names them all): the stored result, or ``compute``'s, then
        stored."""
        found: _T | None = self._decoded(kind, self._get(key, key))
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        result = compute()
        self._put(key, key, _encode(kind, result))
        return result

    def begin(self, files: Mapping[str, bytes]) -> None:
        """Look up the entries of the crate's files at once: a query per five hundred
        files instead of one per analysis."""
        self.done()
        connection = self._connected()
        if connection is None:
            return
        # every file's, text files and test code included: two thirds of a crate's files
        # are small ones read as written, and taking their analyses from one query costs
        # less than the rules on them (binary files are not analysed)
        wanted = [
            self._file(path, data) for path, data in files.items() if b"\0" not in data[:4096]
        ]
        fetched: dict[bytes, tuple[Any, Any]] = {}
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                query = f"SELECT key, value, used FROM entries WHERE file IN ({marks})"
                for key, value, used in connection.execute(query, chunk):
                    fetched[key] = (value, used)
        except sqlite3.Error as exc:
            self._failed(exc)
            return
        self._fetched, self._fetched_files = fetched, set(wanted)

    def done(self) -> None:
        """Write the crate's new entries (and mark those it reused as used) in one
        transaction, then evict if the file is over its size."""
        self._digests.clear()
        self._names.clear()
        self._fetched, self._fetched_files = {}, set()
        pending, touched = self._pending, self._touched - self._pending.keys()
        self._pending, self._touched = {}, set()
        if not pending and not touched:
            return
        connection = self._connected()
        if connection is None:
            return
        now = int(time.time())
        try:
            with _transaction(connection):
                connection.executemany(
                    "INSERT OR REPLACE INTO entries (key, file, value, size, used) "
                    "VALUES (?, ?, ?, ?, ?)",
                    ((k, f, v, len(k) + len(f) + len(v), now) for k, (f, v) in pending.items()),
                )
                connection.executemany(
                    "UPDATE entries SET used = ? WHERE key = ?", ((now, k) for k in touched)
                )
            self._unchecked += sum(len(v) for _, v in pending.values())
            if self._unchecked >= self._check_every:
                self._unchecked = 0
                self._evict(connection)
        except sqlite3.Error as exc:
            self._failed(exc)

    # -- the file

    def _file(self, path: str, data: bytes) -> bytes:
        """What names a file's entries: the scanner, the file's path and its bytes."""
        digest = self._digest(data)
        name = self._names.get((path, digest))
        if name is None:
            name = self._names[(path, digest)] = self._key(b"", "path", path, digest)[:16]
        return name

    def _key(self, file: bytes, kind: str, *parts: object) -> bytes:
        """An entry's key: its file's (``_file``), what it is, and what else it
        depends on. The parts are written as a tuple's ``repr``, which quotes them: a
        path cannot pass for another part, whatever characters it holds."""
        text = repr((self._fingerprint, file, kind, *parts))
        return hashlib.sha256(text.encode("utf-8")).digest()  # repr escapes surrogates

    def _digest(self, data: bytes) -> str:
        known = self._digests.get(id(data))
        if known is not None and known[0] is data:
            return known[1]
        digest = hashlib.sha256(data).hexdigest()
        self._digests[id(data)] = (data, digest)
        return digest

    def _get(self, key: bytes, file: bytes) -> Any:
        """The stored value of ``key`` (an entry of ``file``) as JSON data, or None."""
        pending = self._pending.get(key)
        if pending is not None:
            text = pending[1]
        else:
            row = self._fetched.get(key)
            if row is None and file not in self._fetched_files:
                connection = self._connected()
                if connection is None:
                    return None
                try:
                    row = connection.execute(
                        "SELECT value, used FROM entries WHERE key = ?", (key,)
                    ).fetchone()
                except sqlite3.Error as exc:
                    self._failed(exc)
                    return None
            if row is None:
                return None
            text, used = row
            if not isinstance(used, int) or used < time.time() - _TOUCH_AFTER:
                self._touched.add(key)
        try:
            if text[:1] == _BY_JSON:
                return json.loads(text[1:])
            return orjson.loads(text)
        except (ValueError, TypeError, RecursionError):
            return None

    def _put(self, key: bytes, file: bytes, value: Any) -> None:
        try:
            text = orjson.dumps(value)
        except orjson.JSONEncodeError:
            text = _BY_JSON + _JSON.encode(value).encode()  # (ASCII: it escapes the rest)
        self._pending[key] = file, text

    def _decoded(self, kind: Any, stored: Any) -> Any:
        if stored is None:
            return None
        try:
            return _decode(kind, stored)
        except _NOT_OURS:
            return None

    def _reused(self, kind: Any, stored: Any, read: Callable[[str], bytes | None] | None) -> Any:
        """The stored result of ``kind``, if the files it read hold what they held then."""
        try:
            reads, result = stored
            for target, digest in reads:
                if read is None or not isinstance(target, str):
                    return None
                content = read(target)
                if (None if content is None else self._digest(content)) != digest:
                    return None
            return _decode(kind, result)
        except _NOT_OURS:
            return None

    def _connected(self) -> sqlite3.Connection | None:
        """This process's connection, opened on first use; None when the cache is off."""
        if self._off:
            return None
        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        if self._connection is not None:
            _INHERITED.append(self._connection)
            self._connection = None
        try:
            self._fingerprint = self._fingerprint or fingerprint()
            self._connection = _open(self.path)
            self._pid = os.getpid()
        except (sqlite3.Error, OSError, ValueError, ImportError):
            # no cache (unwritable, busy past the timeout, no parser metadata): the scan
            # computes everything, as with --no-cache
            self._off = True
        return self._connection

    def _evict(self, connection: sqlite3.Connection) -> None:
        """Delete the entries used longest ago while the file is over ``max_bytes``,
        down to ``_KEEP`` of it. The rows' sizes only estimate the pages they free, so
        the size is measured again after each round."""
        for _ in range(8):
            used = _used_bytes(connection)
            if used <= self.max_bytes:
                return
            excess = used - int(self.max_bytes * _KEEP)
            doomed: list[tuple[bytes]] = []
            cursor = connection.execute("SELECT key, size FROM entries ORDER BY used, rowid")
            while excess > 0:
                rows = cursor.fetchmany(1000)
                if not rows:
                    break
                for key, size in rows:
                    doomed.append((key,))
                    excess -= (size if isinstance(size, int) else 0) + _ROW_OVERHEAD
                    if excess <= 0:
                        break
            cursor.close()
            if not doomed:
                return
            with _transaction(connection):
                connection.executemany("DELETE FROM entries WHERE key = ?", doomed)

    def _failed(self, exc: sqlite3.Error) -> None:
        """Stop using the cache in this process; a corrupt file is removed, to be
        made anew by the next run."""
        self._off = True
        if _corrupt(exc):
            with suppress(OSError):
                _remove(self.path)


@cache
def fingerprint() -> str:
    """What the cached results depend on besides their inputs: the cache's format,
    cratewatch's version, Python's, the parser's, the rules and the scanner's source."""
    import cratewatch

    digest = hashlib.sha256()
    parts = [_FORMAT, cratewatch.__version__, f"{sys.version_info[:2]}"]
    for parser in ("tree-sitter", "tree-sitter-rust"):
        parts.append(f"{parser} {metadata.version(parser)}")
    digest.update("\n".join(parts).encode("utf-8"))
    package = Path(cratewatch.__file__).parent
    # (its sub-packages too: the data flow and the interpreter decide what is kept)
    sources = [*sorted((package / "scan").rglob("*.py")), package / "model" / "scan.py"]
    sources += sorted((package / "scan").glob("*.toml"))  # the rules
    for source in sources:
        digest.update(f"\n{source.relative_to(package).as_posix()}\n".encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


# -- the file itself


def _open(path: Path) -> sqlite3.Connection:
    """A connection to the cache file, created if missing, made anew if the file is
    corrupt, not a database, or someone else's (another format)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _connect(path)
    except _Foreign:
        pass
    except sqlite3.DatabaseError as exc:
        if not _corrupt(exc):
            raise
    _remove(path)
    return _connect(path)


class _Foreign(Exception):
    """The file is a database, but not a cache of this format."""


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=_BUSY_SECONDS, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
        connection.execute("PRAGMA synchronous = NORMAL")  # a cache may lose its last writes
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            with _transaction(connection):
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
                )
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, "
                    "file BLOB NOT NULL, value BLOB NOT NULL, size INTEGER NOT NULL, "
                    "used INTEGER NOT NULL)"
                )
                connection.execute("CREATE INDEX IF NOT EXISTS entries_file ON entries (file)")
                connection.execute("CREATE INDEX IF NOT EXISTS entries_used ON entries (used)")
                connection.execute(
                    "INSERT OR IGNORE INTO meta (name, value) VALUES ('format', ?)", (_FORMAT,)
                )
        elif not {"meta", "entries"} <= tables:
            raise _Foreign
        row = connection.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row != (_FORMAT,):
            raise _Foreign
    except BaseException:
        connection.close()
        raise
    return connection


class _transaction:  # a statement more than a thing: with _transaction(c)
    """One write transaction, taken at once (BEGIN IMMEDIATE) so that it waits for
    other writers at its start, where the busy timeout applies, rather than failing
    midway; rolled back on any error."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is None:
            self.connection.execute("COMMIT")
        elif self.connection.in_transaction:
            with suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")


def _corrupt(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _used_bytes(connection: sqlite3.Connection) -> int:
    """The bytes of the file's pages in use (free pages are reused before it grows)."""
    page_size, pages, free = (
        int(connection.execute(f"PRAGMA {name}").fetchone()[0])
        for name in ("page_size", "page_count", "freelist_count")
    )
    return (pages - free) * page_size


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


# -- values as JSON, read back against the types they were made of


class _Reads(Mapping[str, bytes]):
    """A crate's files, recording which of them are looked up (and, once they are
    listed, all of them): what a result computed from them depends on."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self._files = files
        self._read: dict[str, bytes | None] = {}

    def __getitem__(self, path: str) -> bytes:
        content = self._read[path] = self._files.get(path)
        if content is None:
            raise KeyError(path)
        return content

    def __iter__(self) -> Iterator[str]:
        self._read.update(self._files)
        return iter(self._files)

    def __len__(self) -> int:
        self._read.update(self._files)
        return len(self._files)

    def __bool__(self) -> bool:
        return bool(self._files)  # (never empty: it holds the unit's files)

    def read(self) -> dict[str, bytes | None]:
        """The files looked up, with their contents (None: not in the crate)."""
        return self._read


class _Bad(Exception):
    """A stored value of another shape than its type's."""


_NOT_OURS: Final = (_Bad, ValueError, TypeError, KeyError, IndexError, RecursionError)
_Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]


def _encode(kind: Any, value: Any) -> Any:
    return _codec(kind)[0](value)


def _decode(kind: Any, data: Any) -> Any:
    return _codec(kind)[1](data)


@cache
def _codec(kind: Any) -> _Codec:
    """How values of ``kind`` become JSON data and back: named tuples as lists of their
    fields (by their type hints, so a field added to a result is stored with it), enums
    by value, sequences and sets as lists. Decoding checks every type."""
    if kind in _SCALARS:
        return _same, _scalar(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum_codec(kind)
    if isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields"):
        return _record_codec(kind)
    origin, args = get_origin(kind), get_args(kind)
    if origin in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        return _optional_codec(next(a for a in args if a is not type(None)))
    if origin in (list, frozenset) or (origin is tuple and len(args) == 2 and args[1] is ...):
        return _sequence_codec(origin, args[0])
    if origin is tuple:
        return _fixed_codec(args)
    raise TypeError(f"no JSON form for {kind!r}")


_SCALARS: Final = (str, int, bool)


def _same(value: Any) -> Any:
    return value


def _scalar(kind: type) -> Callable[[Any], Any]:
    def decode(data: Any) -> Any:
        if type(data) is not kind:
            raise _Bad
        return data

    return decode


def _enum_codec(kind: type[enum.Enum]) -> _Codec:
    return (lambda value: value.value), kind


def _record_codec(kind: type) -> _Codec:
    """A named tuple as the list of its fields. Scalar fields are checked in place and
    only the others go through codecs of their own: most fields of a scan's results
    are strings and numbers, and a rescan decodes thousands of them."""
    hints = get_type_hints(kind)
    fields: tuple[str, ...] = kind._fields  # type: ignore[attr-defined]
    scalars = [(i, hints[name]) for i, name in enumerate(fields) if hints[name] in _SCALARS]
    nested = [(i, _codec(hints[name])) for i, name in enumerate(fields)]
    nested = [(i, codec) for i, codec in nested if hints[fields[i]] not in _SCALARS]
    count = len(fields)

    def encode(value: Any) -> Any:
        data = list(value)
        for i, (to_json, _) in nested:
            data[i] = to_json(data[i])
        return data

    def decode(data: Any) -> Any:
        if type(data) is not list or len(data) != count:
            raise _Bad
        for i, scalar in scalars:
            if type(data[i]) is not scalar:
                raise _Bad
        for i, (_, from_json) in nested:
            data[i] = from_json(data[i])
        return tuple.__new__(kind, data)  # (its fields counted above: ``kind(*data)``, faster)

    return encode, decode


def _optional_codec(kind: Any) -> _Codec:
    to_json, from_json = _codec(kind)
    return (
        lambda value: None if value is None else to_json(value),
        lambda data: None if data is None else from_json(data),
    )


def _sequence_codec(container: Any, item: Any) -> _Codec:
    to_json, from_json = _codec(item)

    if item in _SCALARS:

        def decode(data: Any) -> Any:
            if type(data) is not list or (data and any(type(d) is not item for d in data)):
                raise _Bad
            return data if container is list else container(data)

        return list, decode

    def decode_items(data: Any) -> Any:
        if type(data) is not list:
            raise _Bad
        items = [from_json(d) for d in data]
        return items if container is list else container(items)

    return (lambda value: [to_json(v) for v in value]), decode_items


def _fixed_codec(items: tuple[Any, ...]) -> _Codec:
    codecs = [_codec(item) for item in items]
    encode = lambda value: [e(v) for (e, _), v in zip(codecs, value, strict=True)]  # noqa: E731

    if all(item in _SCALARS for item in items):  # (a pair of names: checked in place)

        def scalars(data: Any) -> Any:
            if type(data) is not list or len(data) != len(items):
                raise _Bad
            for value, item in zip(data, items, strict=True):
                if type(value) is not item:
                    raise _Bad
            return tuple(data)

        return encode, scalars

    def decode(data: Any) -> Any:
        if type(data) is not list or len(data) != len(codecs):
            raise _Bad
        return tuple(d(v) for (_, d), v in zip(codecs, data, strict=True))

    return encode, decode
