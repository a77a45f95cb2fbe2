"""Read a whole registry index (checkout, tar archive or sparse crawl) into a ``RawGraph``.

Every line of every crate file is one published version with its dependencies. A
dependency that renames its crate (``package = "..."`` in Cargo.toml) appears in the
index with ``name`` the name the dependent uses and ``package`` the real crate; a
missing ``kind`` is a normal dependency (old index entries omit it); ``features2``
(features using ``dep:`` or ``crate?/feature``) is merged into ``features``.
Dependencies on another registry, or on a crate the index does not have, are dropped
and counted.

Index files come from whoever runs the registry. Every field read here is checked for
its JSON type before it is used; a line that is not JSON, not an object, or has a
field of the wrong type is skipped and reported (file or URL, line, crate and
version), as Cargo skips index lines it cannot read; so is a line about another crate
than the file's. So is a crate file that cannot be read (a FIFO or device in a
checkout, an oversized archive member).

A sparse index cannot be listed, so a sparse ingest starts from the crates it is given
and follows their dependencies until no new crate appears.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Final

import numpy as np

from cratewatch.ecosystem.builder import RawGraph
from cratewatch.errors import RegistryIndexError
from cratewatch.model.package import CRATES_IO_INDEX, normalize_crate_name
from cratewatch.registry.interface import index_path, iter_index_lines, iter_index_objects

__all__ = [
    "MAX_PROBLEMS",
    "IndexReader",
    "crawl_sparse",
    "read_index",
    "record_problem",
    "records_of",
]

CrateFile = tuple[str, bytes, str]  # (crate name, file content, where)
Tick = Callable[[int], None]

#: Problems kept word for word (all are counted): enough to see what is wrong.
MAX_PROBLEMS: Final = 20

_KINDS: Final = {"normal": 0, "build": 1, "dev": 2}
_SAME_REGISTRY: Final = (None, CRATES_IO_INDEX, "registry+" + CRATES_IO_INDEX)
_MISSING: Final = object()


def records_of(files: Iterable[CrateFile]) -> Iterator[dict[str, Any]]:
    """Every index record (one version of one crate) of the files, as JSON objects."""
    for _name, data, where in files:
        yield from iter_index_objects(data, where)


def local_crate_files(
    path: str | os.PathLike[str],
    on_bytes: Callable[[int, int], None] | None = None,
    on_problem: Callable[[str, str], None] | None = None,
) -> Iterator[CrateFile]:
    """The crate files of an index checkout, a local registry or a tar archive (``on_bytes`` as in
    ``iter_archive_crate_files``; a directory does not report it). A crate file that
    cannot be read is an error, or with ``on_problem(crate, message)`` skipped."""
    from cratewatch.registry.local import (
        ARCHIVE_SUFFIXES,
        iter_archive_crate_files,
        iter_directory_crate_files,
    )

    p = Path(path)
    if p.is_dir() and not (p / "config.json").exists() and (p / "index").is_dir():
        # a local registry (Cargo's local-registry layout): its index has no config.json
        return iter_directory_crate_files(p / "index", on_problem, require_config=False)
    if p.is_dir():
        return iter_directory_crate_files(p, on_problem)
    if p.is_file() and p.name.lower().endswith(ARCHIVE_SUFFIXES):
        return iter_archive_crate_files(p, on_bytes, on_problem)
    if not p.exists():
        raise RegistryIndexError(f"{p}: no such file or directory")
    raise RegistryIndexError(f"{p}: not an index directory or a .tar.gz / .tar archive of one")


def _json_type(value: Any) -> str:
    if value is _MISSING:
        return "missing"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def _wrong(field: str, value: Any, expected: str) -> str:
    found = _json_type(value)
    return (
        f"'{field}' is missing" if found == "missing" else f"'{field}' is {found}, not {expected}"
    )


def _features_problem(record: dict[str, Any]) -> str | None:
    for key in ("features", "features2"):
        table = record.get(key)
        if table is None:
            continue
        if type(table) is not dict:
            return _wrong(key, table, "an object")
        for feature, entries in table.items():
            if type(entries) is not list or any(type(e) is not str for e in entries):
                return f"'{key}' entry '{feature}' is not a list of strings"
    return None


# dependency fields read here: (key, expected Python type, its JSON name); null is
# allowed for each (Cargo writes "target": null, "registry": null and the like)
_DEP_FIELDS: Final = (
    ("req", str, "a string"),
    ("features", list, "a list"),
    ("optional", bool, "a boolean"),
    ("default_features", bool, "a boolean"),
    ("target", str, "a string"),
    ("kind", str, "a string"),
    ("registry", str, "a string"),
    ("package", str, "a string"),
)


def _dependency_problem(dep: Any) -> str | None:
    if type(dep) is not dict:
        return f" is {_json_type(dep)}, not an object"
    if type(name := dep.get("name", _MISSING)) is not str:
        return ": " + _wrong("name", name, "a string")
    for key, kind, expected in _DEP_FIELDS:
        value = dep.get(key)
        if value is not None and type(value) is not kind:
            return f" ('{name}'): " + _wrong(key, value, expected)
    features = dep.get("features")
    if features is not None and any(type(f) is not str for f in features):
        return f" ('{name}'): 'features' is not a list of strings"
    return None


def record_problem(record: dict[str, Any]) -> str | None:
    """Why an index record cannot be read (a field of the wrong JSON type), else None;
    the message names the version when it is readable."""
    name, vers = record.get("name", _MISSING), record.get("vers", _MISSING)
    if type(name) is not str:
        return _wrong("name", name, "a string")
    if type(vers) is not str:
        return _wrong("vers", vers, "a string")
    problem = None
    yanked = record.get("yanked")
    if yanked is not None and type(yanked) is not bool:
        problem = _wrong("yanked", yanked, "a boolean")
    deps = record.get("deps")
    if problem is None and deps is not None:
        if type(deps) is not list:
            problem = _wrong("deps", deps, "a list")
        else:
            for i, dep in enumerate(deps, 1):
                found = _dependency_problem(dep)
                if found is not None:
                    problem = f"dependency {i}{found}"
                    break
    if problem is None:
        problem = _features_problem(record)
    return None if problem is None else f"version {vers}: {problem}"


class _Unreadable(Exception):
    """A record with a field of the wrong type, found while it was being added."""


class IndexReader:
    """Collects index records; ``graph()`` then returns them as a ``RawGraph``.

    Lines and files that cannot be read are counted (``skipped_lines``,
    ``skipped_files``) and the first ``MAX_PROBLEMS`` messages kept in ``problems``.
    """

    def __init__(self) -> None:
        self.crate_names: list[str] = []
        self._crate_of: dict[str, int] = {}
        self.ver_crate: list[int] = []
        self.ver_nums: list[str] = []
        self.ver_yanked: list[bool] = []
        self.ver_features: list[str] = []
        # dependency rows, with the depended-on crate as a lowercased name until the end
        self._dep_from: list[int] = []
        self._dep_target_name: list[str] = []
        self._dep_kind: list[int] = []
        self._dep_optional: list[bool] = []
        self._dep_default: list[bool] = []
        self._dep_req: list[int] = []
        self._dep_name: list[int] = []
        self._dep_features: list[int] = []
        self._dep_target: list[int] = []
        # requirement, dependency name, feature list (a tuple), target -> id
        self._texts: tuple[dict[Any, int], ...] = ({}, {}, {}, {"": 0})
        self._seen: set[tuple[int, str]] = set()
        self.other_registry = 0
        self.repeated = 0
        self.skipped_lines = 0
        self.skipped_files = 0
        self.problems: list[str] = []

    def _problem(self, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(message)

    def bad_line(self, message: str) -> None:
        self.skipped_lines += 1
        self._problem(message)

    def bad_file(self, _crate: str, message: str) -> None:
        self.skipped_files += 1
        self._problem(message)

    @property
    def dependency_rows(self) -> int:
        return len(self._dep_target_name)

    def dependency_crates(self, start: int) -> list[str]:
        """Lowercased names of the crates that dependency rows ``start:`` name."""
        return self._dep_target_name[start:]

    def add_file(self, data: bytes, where: str, crate: str) -> None:
        """Every line of one crate file (of ``crate``, lowercased, as its place in the
        index says); a bad line, or one about another crate, is skipped and reported."""

        def bad(lineno: int, problem: str) -> None:
            self.bad_line(f"{where}: line {lineno} (crate {crate}): {problem}")

        for lineno, record in iter_index_lines(data, where, bad):
            name = record.get("name")
            if type(name) is str and name.lower() != crate:
                # One file must not publish versions of other crates.
                bad(lineno, f"the line is about crate {name!r}, not {crate}")
                continue
            try:
                self.add(record)
            except _Unreadable:
                bad(lineno, str(record_problem(record)))

    def add(self, record: dict[str, Any]) -> None:
        """One record; raises ``_Unreadable``, having added nothing, if a field it reads
        has the wrong JSON type (``record_problem`` then says which)."""
        name, vers = record.get("name"), record.get("vers")
        yanked, deps = record.get("yanked"), record.get("deps")
        if (
            type(name) is not str
            or type(vers) is not str
            or (yanked is not None and type(yanked) is not bool)
            or (deps is not None and type(deps) is not list)
            or _features_problem(record) is not None
        ):
            raise _Unreadable
        key = name.lower()
        crate = self._crate_of.get(key)
        created = crate is None
        if crate is None:
            crate = self._crate_of[key] = len(self.crate_names)
            self.crate_names.append(name)
        if (crate, vers) in self._seen:
            # A few index files list a version twice (27 lines in the 2020 index); the
            # registry has one such version, so keep the first line, as crates.io's
            # database does.
            self.repeated += 1
            return
        rows, other_registry = len(self._dep_from), self.other_registry
        try:
            for dep in deps or ():
                self._add_dep(len(self.ver_nums), dep)
        except _Unreadable:
            for column in self._dep_columns():
                del column[rows:]
            self.other_registry = other_registry
            if created:  # a crate with no version would have no latest one
                self.crate_names.pop()
                del self._crate_of[key]
            raise
        self._seen.add((crate, vers))
        self.ver_crate.append(crate)
        self.ver_nums.append(vers)
        self.ver_yanked.append(yanked is True)
        features = _features(record)
        self.ver_features.append(
            json.dumps(features, separators=(",", ":"), sort_keys=True) if features else ""
        )

    def _dep_columns(self) -> tuple[list[Any], ...]:
        return (
            self._dep_from,
            self._dep_target_name,
            self._dep_kind,
            self._dep_optional,
            self._dep_default,
            self._dep_req,
            self._dep_name,
            self._dep_features,
            self._dep_target,
        )

    def _add_dep(self, version: int, dep: Any) -> None:
        # The hot loop of an ingest (1.5 million rows in the 2020 index): each field is
        # read once and type-checked in one expression, texts are interned inline, and
        # feature lists by tuple, JSON-encoded once at the end.
        if type(dep) is not dict:
            raise _Unreadable
        get = dep.get
        name, req, features, target = get("name"), get("req"), get("features"), get("target")
        kind, optional, default = get("kind"), get("optional"), get("default_features")
        registry, package = get("registry"), get("package")
        if (
            type(name) is not str
            or (req is not None and type(req) is not str)
            or (features is not None and type(features) is not list)
            or (target is not None and type(target) is not str)
            or (kind is not None and type(kind) is not str)
            or (optional is not None and type(optional) is not bool)
            or (default is not None and type(default) is not bool)
            or (registry is not None and type(registry) is not str)
            or (package is not None and type(package) is not str)
        ):
            raise _Unreadable
        key: Any = ()
        if features:
            for feature in features:
                if type(feature) is not str:
                    raise _Unreadable
            key = tuple(features)
        if registry not in _SAME_REGISTRY:
            self.other_registry += 1
            return
        crate = package or name
        reqs, names, feature_lists, targets = self._texts
        self._dep_from.append(version)
        self._dep_target_name.append(crate.lower())
        self._dep_kind.append(_KINDS.get(kind or "normal", 0))
        self._dep_optional.append(optional is True)
        self._dep_default.append(default is not False)
        self._dep_req.append(_intern(reqs, "*" if req is None else req))
        self._dep_name.append(_intern(names, name))
        self._dep_features.append(_intern(feature_lists, key))
        self._dep_target.append(_intern(targets, target or ""))

    def graph(self) -> tuple[RawGraph, int]:
        """The collected graph, and how many rows named a crate the index does not have."""
        crate_of = self._crate_of
        normalized: dict[str, int] = {}
        for key, i in crate_of.items():
            normalized.setdefault(normalize_crate_name(key), i)
        targets = np.fromiter(
            (
                crate_of.get(t, normalized.get(normalize_crate_name(t), -1))
                for t in self._dep_target_name
            ),
            dtype=np.int64,
            count=len(self._dep_target_name),
        )
        unknown = int((targets < 0).sum())
        reqs, names, feature_lists, target_texts = self._texts

        def ints(values: list[int]) -> np.ndarray[Any, np.dtype[np.int64]]:
            return np.array(values, dtype=np.int64)

        def bools(values: list[bool]) -> np.ndarray[Any, np.dtype[np.bool_]]:
            return np.array(values, dtype=bool)

        raw = RawGraph(
            crate_names=self.crate_names,
            crate_downloads=None,
            crate_created=None,
            owner_names=[],
            owner_crate=ints([]),
            owner_id=ints([]),
            ver_crate=ints(self.ver_crate),
            ver_nums=self.ver_nums,
            ver_yanked=bools(self.ver_yanked),
            ver_features=self.ver_features,
            ver_downloads=None,
            dep_from=ints(self._dep_from),
            dep_crate=targets,
            dep_kind=np.array(self._dep_kind, dtype=np.int8),
            dep_optional=bools(self._dep_optional),
            dep_default_features=bools(self._dep_default),
            dep_req=ints(self._dep_req),
            dep_name=ints(self._dep_name),
            dep_features=ints(self._dep_features),
            dep_target=ints(self._dep_target),
            req_texts=list(reqs),
            name_texts=list(names),
            feature_texts=[json.dumps(list(features)) for features in feature_lists],
            target_texts=list(target_texts),
        )
        return raw, unknown


def read_index(
    files: Iterable[CrateFile], tick: Tick | None = None, reader: IndexReader | None = None
) -> IndexReader:
    """Read every record of ``files``; ``tick(crates_read)`` every 1,000 crate files."""
    reader = reader or IndexReader()
    for count, (name, data, where) in enumerate(files, 1):
        reader.add_file(data, where, name)
        if tick is not None and count % 1000 == 0:
            tick(count)
    return reader


def crawl_sparse(
    index: Any, roots: Iterable[str], tick: Tick | None = None, reader: IndexReader | None = None
) -> IndexReader:
    """Read the crate files of ``roots`` and of everything they depend on from a sparse
    index (a ``SparseIndex``); files are fetched in batches, concurrently, through its
    cache. Crates the index does not have are skipped; a file that cannot be fetched is
    an error (``RegistryIndexError``), a bad line in one is skipped and reported."""
    reader = reader or IndexReader()
    seen: set[str] = set()
    todo = list(dict.fromkeys(r.lower() for r in roots))
    while todo:
        batch, todo = todo, []
        seen.update(batch)
        index.prefetch(batch)
        for name in batch:
            data = index.crate_file(name)
            if data is None:
                continue
            start = reader.dependency_rows
            reader.add_file(data, f"{index.base_url}{index_path(name)}", name)
            for target in reader.dependency_crates(start):
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        if tick is not None:
            tick(len(seen))
    return reader


def _features(record: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key in ("features", "features2"):
        table = record.get(key)
        if table:
            merged.update(table)
    return merged


def _intern(table: dict[Any, int], text: Any) -> int:
    found = table.get(text)
    if found is None:
        found = table[text] = len(table)
    return found
