"""The ecosystem store: the whole registry graph as memory-mapped numpy columns.

A store is a directory::

    meta.json                 format, source, counts, what the source provided
    crate_names.txt           one name per line; crate i is line i (sorted by name)
    crate_downloads.npy       int64, total downloads (0 when the source has none)
    crate_dependents.npy      int64, crates with a normal or build dependency on it
    crate_created.npy         int64, creation time in Unix seconds (0 when the source has none)
    owner_names.txt           owner logins (users, then teams as "github:org:team")
    crate_owner_start.npy     int64 offsets into crate_owner_ids (CSR by crate)
    crate_owner_ids.npy       int32 owner indices
    version_nums.txt          version text; version i is line i
    version_features.txt      the version's features as JSON ("" when it has none)
    version_licenses.txt      the version's `license` as published ("" when unknown)
    ver_crate.npy             int32 crate of each version
    ver_flags.npy             uint8 VERSION_* bits
    ver_downloads.npy         int64
    crate_start.npy           int64: the versions of crate c are crate_start[c]:crate_start[c+1]
    dep_*.npy                 one row per dependency declaration, sorted by the crate
                              depended on (see ``Store`` for the columns)
    dep_reqs.txt, dep_names.txt, dep_features.txt, dep_targets.txt
                              the distinct texts the dep_* id columns point into

Versions are grouped by crate and sorted by SemVer precedence inside each crate, so the
versions a requirement selects lie between two positions (see ``requirements.py``);
those positions are computed once at ingest and stored with the dependency row. A
version that is not valid SemVer comes after the crate's valid ones (flag
``VERSION_INVALID``), outside every such run.

Why numpy files rather than a database: every question this store answers is a scan
or a fixed point over all rows, which numpy runs at memory speed, and ``np.load`` with
``mmap_mode`` opens a store of 20 million dependency rows in milliseconds, where the
same columns would first have to be copied out of SQLite or DuckDB on every command.
Texts stay in line-per-item files that are only read when an answer names them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from bisect import bisect_left
from pathlib import Path
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from cratewatch.errors import StoreError
from cratewatch.model.package import normalize_crate_name
from cratewatch.registry.leftovers import remove_stale

__all__ = [
    "DEP_BUILD",
    "DEP_DEFAULT_FEATURES",
    "DEP_DEV",
    "DEP_EXTRA",
    "DEP_OPTIONAL",
    "DEP_TARGETED",
    "FORMAT",
    "VERSION_INVALID",
    "VERSION_LATEST",
    "VERSION_PRERELEASE",
    "VERSION_YANKED",
    "Store",
    "StoreTables",
    "write_store",
]

FORMAT: Final = 4  # 3: versions that are not SemVer are kept (VERSION_INVALID); 4: licenses

# ver_flags bits
VERSION_YANKED: Final = 1
VERSION_PRERELEASE: Final = 2
VERSION_LATEST: Final = 4  # the crate's highest non-yanked release (or highest version)
# not valid SemVer: sorted after the crate's valid versions, selected by no requirement
VERSION_INVALID: Final = 8

# dep_flags bits; no kind bit means a normal dependency
DEP_BUILD: Final = 1
DEP_DEV: Final = 2
DEP_OPTIONAL: Final = 4
DEP_DEFAULT_FEATURES: Final = 8
DEP_TARGETED: Final = 16
DEP_EXTRA: Final = 32  # continuation row: more pre-releases selected by the row before it

_META: Final = "meta.json"
_TEXTS: Final = (
    "crate_names",
    "owner_names",
    "version_nums",
    "version_features",
    "version_licenses",
    "dep_reqs",
    "dep_names",
    "dep_features",
    "dep_targets",
)
_ARRAYS: Final = (
    "crate_downloads",
    "crate_dependents",
    "crate_created",
    "crate_owner_start",
    "crate_owner_ids",
    "ver_crate",
    "ver_flags",
    "ver_downloads",
    "crate_start",
    "dep_from",
    "dep_crate",
    "dep_flags",
    "dep_req",
    "dep_name",
    "dep_features",
    "dep_target",
    "dep_lo",
    "dep_hi",
    "dep_pre_lo",
    "dep_pre_hi",
)


class StoreTables:
    """Everything a store holds, in memory: what ``write_store`` writes.

    ``texts`` maps each name of ``_TEXTS`` to its list of strings; ``arrays`` each name
    of ``_ARRAYS`` to its array; ``meta`` is free-form JSON (counts, source).
    """

    __slots__ = ("arrays", "meta", "texts")

    def __init__(
        self,
        texts: dict[str, list[str]],
        arrays: dict[str, NDArray[Any]],
        meta: dict[str, Any],
    ) -> None:
        self.texts = texts
        self.arrays = arrays
        self.meta = meta


def write_store(tables: StoreTables, path: Path) -> None:
    """Write a store directory, replacing an existing store only once the new one is complete.

    A path that exists and is not a store (no ``meta.json``) is never replaced. The new
    store is written to ``.<name>.<pid>.tmp`` beside it, and the old one moved to
    ``.<name>.<pid>.old`` for the moment of the swap; whatever stops the write (an
    error, a SIGTERM turned into ``SystemExit``) removes the first and puts the second
    back. What a killed run leaves behind is removed by the next one (``leftovers``).
    """
    path = Path(path).resolve()
    if path.exists() and not (path / _META).is_file():
        raise StoreError(f"{path}: exists and is not an ecosystem store; not replacing it")
    remove_stale(path.parent, _leftover_pattern(path.name))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    old = path.with_name(f".{path.name}.{os.getpid()}.old")
    moved_away = False
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for name in _TEXTS:
            text = "\n".join(_escape(item) for item in tables.texts[name])
            (tmp / f"{name}.txt").write_text(text, encoding="utf-8", errors="surrogateescape")
        for name in _ARRAYS:
            np.save(tmp / f"{name}.npy", tables.arrays[name], allow_pickle=False)
        counts = {name: len(tables.texts[name]) for name in _TEXTS}
        meta = {"format": FORMAT, **tables.meta, "text_counts": counts}
        (tmp / _META).write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
        if path.exists():
            path.replace(old)
            moved_away = True
        tmp.replace(path)
        moved_away = False
    except BaseException as exc:  # leave nothing half-written behind, whatever stopped us
        if moved_away:
            with contextlib.suppress(OSError):
                old.replace(path)
        shutil.rmtree(tmp, ignore_errors=True)
        if not isinstance(exc, Exception):
            raise
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise StoreError(f"{path}: cannot write the store ({detail})") from None
    shutil.rmtree(old, ignore_errors=True)


def _leftover_pattern(name: str) -> re.Pattern[str]:
    """The temporary names ``write_store`` gives a store called ``name``."""
    return re.compile(re.escape(f".{name}.") + r"(?P<pid>\d+)\.(?:tmp|old)")


def _escape(text: str) -> str:
    """One line per item: a line break inside a text (no valid name, version, requirement
    or target has one) is stored as the two characters ``\\n``."""
    if "\n" in text or "\r" in text or "\\" in text:
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return text


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "r": "\r"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


class Store:
    """A store opened for reading: arrays are memory-mapped, texts read on first use.

    Columns (one entry per version ``v``, per crate ``c`` or per dependency row ``d``):

    - ``ver_crate[v]``, ``ver_flags[v]`` (``VERSION_*``), ``ver_downloads[v]``;
      ``crate_start[c]`` .. ``crate_start[c+1]``: the versions of crate ``c``.
    - ``dep_from[d]`` the depending version; ``dep_crate[d]`` the crate depended on;
      ``dep_flags[d]`` (``DEP_*``); ``dep_req/name/features/target[d]`` ids into the
      distinct texts; versions ``dep_lo[d]:dep_hi[d]`` hold every release the
      requirement selects (pre-releases inside are not selected), versions
      ``dep_pre_lo[d]:dep_pre_hi[d]`` the pre-releases it selects.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        # A store is opened far more often than written: its leftovers go here too.
        remove_stale(self.path.resolve().parent, _leftover_pattern(self.path.name))
        meta_file = self.path / _META
        try:
            meta: Any = json.loads(meta_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise StoreError(
                f"{self.path}: no ecosystem store here (create one with "
                "'cratewatch ecosystem ingest')"
            ) from None
        except (OSError, ValueError) as exc:
            raise StoreError(f"{meta_file}: unreadable store metadata ({exc})") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise StoreError(
                f"{self.path}: store format {meta.get('format') if isinstance(meta, dict) else '?'}"
                f" is not {FORMAT}; ingest again"
            )
        self.meta: dict[str, Any] = meta
        self._texts: dict[str, list[str]] = {}
        arrays: dict[str, NDArray[Any]] = {}
        for name in _ARRAYS:
            file = self.path / f"{name}.npy"
            try:
                arrays[name] = np.load(file, mmap_mode="r", allow_pickle=False)
            except (OSError, ValueError) as exc:
                raise StoreError(f"{file}: unreadable store column ({exc})") from None
        self.crate_downloads = arrays["crate_downloads"]
        self.crate_dependents = arrays["crate_dependents"]
        self.crate_created = arrays["crate_created"]
        self.crate_owner_start = arrays["crate_owner_start"]
        self.crate_owner_ids = arrays["crate_owner_ids"]
        self.ver_crate = arrays["ver_crate"]
        self.ver_flags = arrays["ver_flags"]
        self.ver_downloads = arrays["ver_downloads"]
        self.crate_start = arrays["crate_start"]
        self.dep_from = arrays["dep_from"]
        self.dep_crate = arrays["dep_crate"]
        self.dep_flags = arrays["dep_flags"]
        self.dep_req = arrays["dep_req"]
        self.dep_name = arrays["dep_name"]
        self.dep_features = arrays["dep_features"]
        self.dep_target = arrays["dep_target"]
        self.dep_lo = arrays["dep_lo"]
        self.dep_hi = arrays["dep_hi"]
        self.dep_pre_lo = arrays["dep_pre_lo"]
        self.dep_pre_hi = arrays["dep_pre_hi"]
        self._crate_index: dict[str, int] | None = None
        self._dep_row_start: NDArray[np.int64] | None = None
        self._by_source: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None

    @property
    def crate_count(self) -> int:
        return len(self.crate_start) - 1

    @property
    def version_count(self) -> int:
        return len(self.ver_crate)

    @property
    def has_downloads(self) -> bool:
        return bool(self.meta.get("has_downloads"))

    def texts(self, name: str) -> list[str]:
        """One of the text columns (``crate_names``, ``version_nums``, ``dep_reqs``, ...)."""
        if name not in self._texts:
            file = self.path / f"{name}.txt"
            try:
                text = file.read_text(encoding="utf-8", errors="surrogateescape")
            except OSError as exc:
                raise StoreError(f"{file}: unreadable store column ({exc})") from None
            expected = self.meta.get("text_counts", {}).get(name)
            items = text.split("\n") if text or expected == 1 else []
            if "\\" in text:
                items = [_unescape(item) for item in items]
            if expected is not None and len(items) != expected:
                raise StoreError(f"{file}: {len(items)} lines where the store has {expected}")
            self._texts[name] = items
        return self._texts[name]

    def popularity(self) -> tuple[NDArray[np.int64], str]:
        """Per crate: downloads when the store came from a dump, else dependent crates;
        and which of the two (``"downloads"`` or ``"dependents"``)."""
        if self.has_downloads:
            return np.asarray(self.crate_downloads), "downloads"
        return np.asarray(self.crate_dependents), "dependents"

    @property
    def crate_names(self) -> list[str]:
        return self.texts("crate_names")

    def crate_id(self, name: str) -> int | None:
        """The crate named ``name``: exact, else ignoring case and ``-``/``_``."""
        names = self.crate_names
        i = bisect_left(names, name)  # crates are sorted by name
        if i < len(names) and names[i] == name:
            return i
        if self._crate_index is None:
            index: dict[str, int] = {}
            for j, crate in enumerate(names):
                index.setdefault(normalize_crate_name(crate), j)
            self._crate_index = index
        return self._crate_index.get(normalize_crate_name(name))

    def version_text(self, v: int) -> str:
        return self.texts("version_nums")[v]

    def version_license(self, v: int) -> str:
        """The version's ``license`` as crates.io published it ("" when unknown)."""
        return self.texts("version_licenses")[v]

    def find_version(self, name: str, version: str) -> int | None:
        """The version ``version`` of the crate ``name``, if the store has it."""
        c = self.crate_id(name)
        if c is None:
            return None
        found = [v for v in self.crate_versions(c) if self.version_text(v) == version]
        return found[0] if found else None

    def crate_versions(self, c: int) -> range:
        return range(int(self.crate_start[c]), int(self.crate_start[c + 1]))

    def latest_version(self, c: int) -> int:
        """The crate's latest version (highest non-yanked release, else highest)."""
        versions = self.crate_versions(c)
        flags = self.ver_flags[versions.start : versions.stop]
        return versions.start + int(np.flatnonzero(flags & VERSION_LATEST)[0])

    def rows_on_crate(self, c: int) -> range:
        """The dependency rows naming crate ``c`` (rows are sorted by that crate)."""
        start = self.row_starts()
        return range(int(start[c]), int(start[c + 1]))

    def row_starts(self) -> NDArray[np.int64]:
        if self._dep_row_start is None:
            self._dep_row_start = np.searchsorted(
                self.dep_crate, np.arange(self.crate_count + 1), side="left"
            ).astype(np.int64)
        return self._dep_row_start

    def rows_declared_by(self, v: int) -> NDArray[np.int64]:
        """The dependency rows version ``v`` declares (an index by source is built once)."""
        if self._by_source is None:
            order = np.argsort(np.asarray(self.dep_from), kind="stable")
            starts = np.searchsorted(
                np.asarray(self.dep_from)[order], np.arange(self.version_count + 1)
            )
            self._by_source = (order.astype(np.int64), starts.astype(np.int64))
        order, starts = self._by_source
        return order[starts[v] : starts[v + 1]]

    def owners(self, c: int) -> list[str]:
        names = self.texts("owner_names")
        start, end = int(self.crate_owner_start[c]), int(self.crate_owner_start[c + 1])
        return [names[i] for i in self.crate_owner_ids[start:end]]
