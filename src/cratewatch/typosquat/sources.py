"""Where the corpus comes from: an ecosystem store (from an index or a database dump)."""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from cratewatch.ecosystem.store import Store
from cratewatch.model.package import normalize_crate_name
from cratewatch.typosquat.corpus import Corpus
from cratewatch.typosquat.screen import Standing

if TYPE_CHECKING:
    from cratewatch.ecosystem.ingest import Progress

__all__ = ["Population", "corpus_store", "population"]


class Population(NamedTuple):
    """Every crate of a store with what the screen needs to know about it."""

    names: list[str]
    popularity: list[int]
    owners: list[frozenset[str]]
    measure: str  # "downloads" or "dependents"
    created: list[int]  # Unix seconds, 0 when the store has no dates

    def corpus(self, size: int) -> Corpus:
        return Corpus.from_ranking(
            self.names, self.popularity, self.owners, self.measure, size, self.created
        )

    def standing(self) -> dict[str, Standing]:
        """Each crate's own standing by canonical name, for ``Screener(standing=...)``."""
        return {
            normalize_crate_name(name): Standing(popularity, created)
            for name, popularity, created in zip(
                self.names, self.popularity, self.created, strict=True
            )
        }


def population(store: Store) -> Population:
    """Crates of ``store``: downloads when it came from a dump, else dependent counts."""
    values, measure = store.popularity()
    logins = store.texts("owner_names")
    starts = np.asarray(store.crate_owner_start).tolist()
    ids = np.asarray(store.crate_owner_ids).tolist()
    owners = [
        frozenset(logins[i] for i in ids[a:b]) if b > a else frozenset()
        for a, b in itertools.pairwise(starts)
    ]
    return Population(
        store.crate_names,
        values.tolist(),
        owners,
        measure,
        np.asarray(store.crate_created).tolist(),
    )


def corpus_store(index: str, cache_dir: Path, progress: Progress | None = None) -> Store:
    """A store for ``index`` (a local index directory or archive), ingested on first use and
    kept in the cache directory, rebuilt when the index file changes. The ingest reports to
    ``progress`` (stage, done, total) as it goes; the library never prints."""
    from cratewatch.ecosystem.ingest import ingest_index
    from cratewatch.errors import StoreError

    path = Path(index).resolve()
    try:
        st = path.stat()
    except OSError as exc:
        from cratewatch.errors import RegistryIndexError

        raise RegistryIndexError(f"{index}: cannot read ({exc.strerror or exc})") from None
    stamp = f"{path}\0{st.st_size}\0{st.st_mtime_ns}"
    if path.is_dir():  # a checkout changes below its top folder: take every file's time
        newest, count = 0, 0
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for filename in filenames:
                newest = max(newest, (Path(dirpath) / filename).stat().st_mtime_ns)
                count += 1
        stamp += f"\0{newest}\0{count}"
    digest = hashlib.sha256(stamp.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    store_dir = cache_dir / "typosquat-stores" / digest
    try:
        return Store(store_dir)
    except StoreError:
        pass
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    ingest_index(os.fspath(path), store_dir, progress=progress)
    return Store(store_dir)
