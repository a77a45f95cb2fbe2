"""Read a whole registry index (checkout, tar archive or sparse crawl) into a ``RawGraph``.

Every line of every crate file is one published version with its dependencies. A
dependency that renames its crate (``package = "..."`` in Cargo.toml) appears in the
index with ``name`` the name the dependent uses and ``package`` the real crate; a
missing ``kind`` is a normal dependency (old index entries omit it); ``features2``
(features using ``dep:`` or ``crate?/feature``) is merged into ``features``.
Dependencies on another registry, or on a crate the index does not have, are dropped
and counted.

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
from cratewatch.registry.interface import iter_index_objects

__all__ = ["IndexReader", "crawl_sparse", "read_index", "records_of"]

CrateFile = tuple[str, bytes, str]  # (crate name, file content, where)
Tick = Callable[[int], None]

_KINDS: Final = {"normal": 0, "build": 1, "dev": 2}
_SAME_REGISTRY: Final = (None, CRATES_IO_INDEX, "registry+" + CRATES_IO_INDEX)


def records_of(files: Iterable[CrateFile]) -> Iterator[dict[str, Any]]:
    """Every index record (one version of one crate) of the files, as JSON objects."""
    for _name, data, where in files:
        yield from iter_index_objects(data, where)


def local_crate_files(
    path: str | os.PathLike[str], on_bytes: Callable[[int, int], None] | None = None
) -> Iterator[CrateFile]:
    """The crate files of an index checkout or tar archive (``on_bytes`` as in
    ``iter_archive_crate_files``; a directory does not report it)."""
    from cratewatch.registry.local import (
        ARCHIVE_SUFFIXES,
        iter_archive_crate_files,
        iter_directory_crate_files,
    )

    p = Path(path)
    if p.is_dir():
        return iter_directory_crate_files(p)
    if p.is_file() and p.name.lower().endswith(ARCHIVE_SUFFIXES):
        return iter_archive_crate_files(p, on_bytes)
    if not p.exists():
        raise RegistryIndexError(f"{p}: no such file or directory")
    raise RegistryIndexError(f"{p}: not an index directory or a .tar.gz / .tar archive of one")


class IndexReader:
    """Collects index records; ``graph()`` then returns them as a ``RawGraph``."""

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
        self.malformed = 0
        self.repeated = 0

    def add(self, record: dict[str, Any]) -> None:
        name, vers = record.get("name"), record.get("vers")
        if not isinstance(name, str) or not isinstance(vers, str):
            self.malformed += 1
            return
        key = name.lower()
        crate = self._crate_of.get(key)
        if crate is None:
            crate = self._crate_of[key] = len(self.crate_names)
            self.crate_names.append(name)
        if (crate, vers) in self._seen:
            # A few index files list a version twice (27 lines in the 2020 index); the
            # registry has one such version, so keep the first line, as crates.io's
            # database does.
            self.repeated += 1
            return
        self._seen.add((crate, vers))
        version = len(self.ver_nums)
        self.ver_crate.append(crate)
        self.ver_nums.append(vers)
        self.ver_yanked.append(record.get("yanked") is True)
        features = _features(record)
        self.ver_features.append(
            json.dumps(features, separators=(",", ":"), sort_keys=True) if features else ""
        )
        deps = record.get("deps")
        for dep in deps if isinstance(deps, list) else ():
            self._add_dep(version, dep)

    def _add_dep(self, version: int, dep: Any) -> None:
        # The hot loop of an ingest (1.5 million rows in the 2020 index): texts are
        # interned inline, and feature lists by tuple, JSON-encoded once at the end.
        if type(dep) is not dict or type(name := dep.get("name")) is not str:
            self.malformed += 1
            return
        if (registry := dep.get("registry")) is not None and registry not in _SAME_REGISTRY:
            self.other_registry += 1
            return
        package = dep.get("package")
        crate = package if type(package) is str else name
        reqs, names, feature_lists, targets = self._texts
        features = dep.get("features")
        key: Any = tuple(f for f in features if type(f) is str) if type(features) is list else ()
        req = dep.get("req", "*")
        target = dep.get("target")
        if type(target) is not str:
            target = ""
        self._dep_from.append(version)
        self._dep_target_name.append(crate.lower())
        self._dep_kind.append(_KINDS.get(dep.get("kind") or "normal", 0))
        self._dep_optional.append(dep.get("optional") is True)
        self._dep_default.append(dep.get("default_features") is not False)
        if type(req) is not str:
            req = str(req)
        self._dep_req.append(_intern(reqs, req))
        self._dep_name.append(_intern(names, name))
        self._dep_features.append(_intern(feature_lists, key))
        self._dep_target.append(_intern(targets, target))

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


def read_index(files: Iterable[CrateFile], tick: Tick | None = None) -> IndexReader:
    """Read every record of ``files``; ``tick(crates_read)`` every 1,000 crate files."""
    reader = IndexReader()
    for count, (_name, data, where) in enumerate(files, 1):
        for record in iter_index_objects(data, where):
            reader.add(record)
        if tick is not None and count % 1000 == 0:
            tick(count)
    return reader


def crawl_sparse(index: Any, roots: Iterable[str], tick: Tick | None = None) -> Iterator[CrateFile]:
    """The crate files of ``roots`` and of everything they depend on, from a sparse index.

    ``index`` is a ``SparseIndex``; files are fetched in batches (concurrently, through
    its cache). Crates the index does not have are skipped.
    """
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
            where = f"{index.base_url}{name}"
            yield name, data, where
            for record in iter_index_objects(data, where):
                for dep in record.get("deps") or ():
                    if isinstance(dep, dict) and dep.get("registry") in _SAME_REGISTRY:
                        target = dep.get("package") or dep.get("name")
                        if isinstance(target, str) and target.lower() not in seen:
                            seen.add(target.lower())
                            todo.append(target.lower())
        if tick is not None:
            tick(len(seen))


def _features(record: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key in ("features", "features2"):
        table = record.get(key)
        if isinstance(table, dict):
            merged.update(table)
    return merged


def _intern(table: dict[Any, int], text: Any) -> int:
    found = table.get(text)
    if found is None:
        found = table[text] = len(table)
    return found
