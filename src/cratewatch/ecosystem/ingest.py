"""Build an ecosystem store from a registry index or a crates.io database dump."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cratewatch.ecosystem.builder import RawGraph, build_tables
from cratewatch.ecosystem.store import write_store
from cratewatch.errors import UsageError
from cratewatch.registry.interface import Progress

__all__ = ["Progress", "ingest_dump", "ingest_index"]


def ingest_index(
    spec: str,
    store: Path,
    *,
    roots: Sequence[str] = (),
    cache_dir: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Read a whole index (directory, archive, or sparse URL crawled from ``roots``) into
    a store at ``store``; returns the store's metadata (counts)."""
    from cratewatch.ecosystem.index_source import (
        IndexReader,
        crawl_sparse,
        local_crate_files,
        read_index,
    )

    report = progress or _silent
    started = time.monotonic()
    text = str(spec)
    if text == "crates.io":
        from cratewatch.model.package import CRATES_IO_SPARSE

        text = CRATES_IO_SPARSE
    if re.match(r"(sparse\+)?https?://", text):
        if not roots:
            raise UsageError(
                "a sparse index cannot be listed: name the crates to start from with --crate"
            )
        from cratewatch.registry.sparse import SparseIndex

        sparse = SparseIndex(text, cache_dir)
        try:
            reader = crawl_sparse(sparse, roots, lambda n: report("crates fetched", n, None))
        finally:
            sparse.close()
        source = f"sparse index {sparse.base_url}"
    else:
        reader = IndexReader()
        files = local_crate_files(
            text, lambda read, size: report("reading the index", read, size), reader.bad_file
        )
        # An archive reports how far into the file it is; a directory, crate files read.
        count = (lambda n: report("crate files read", n, None)) if Path(text).is_dir() else None
        read_index(files, count, reader)
        source = f"index {Path(text).resolve()}"
    raw, unknown = reader.graph()
    meta: dict[str, Any] = {
        "source": source,
        "source_kind": "index",
        "ingested_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "dropped_unknown_crate": unknown,
        "dropped_other_registry": reader.other_registry,
        "repeated_versions": reader.repeated,
        "skipped_lines": reader.skipped_lines,
        "skipped_files": reader.skipped_files,
        "problems": reader.problems,
    }
    return _finish(raw, meta, store, report, started)


def ingest_dump(dump: Path, store: Path, *, progress: Progress | None = None) -> dict[str, Any]:
    """Read a crates.io database dump (``db-dump.tar.gz``) into a store at ``store``."""
    from cratewatch.ecosystem.dump_source import read_dump

    report = progress or _silent
    started = time.monotonic()
    raw, meta = read_dump(Path(dump), report)
    return _finish(raw, meta, store, report, started)


def _finish(
    raw: RawGraph, meta: dict[str, Any], store: Path, report: Progress, started: float
) -> dict[str, Any]:
    tables = build_tables(raw, meta, lambda stage: report(stage, None, None))
    report("writing the store", None, None)
    write_store(tables, store)
    tables.meta["seconds"] = round(time.monotonic() - started, 2)
    return tables.meta


def _silent(_stage: str, _done: int | None, _total: int | None) -> None:
    pass
