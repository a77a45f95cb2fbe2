"""Shared fixtures: where the real public data lives, and an isolated cache directory."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service.postgres import PostgresServer, create_database, running_server

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"
ADVISORY_DB = SHARED_DATA / "advisory-db"
ADVISORY_DB_OSV = SHARED_DATA / "advisory-db-osv"
CARGO_LOCKS = SHARED_DATA / "cargo-locks"
INDEX_SUBSET = SHARED_DATA / "crates.io-index-subset"
INDEX_2020 = SHARED_DATA / "crates.io-index-2020.tar.gz"
NEWEST_RIPGREP = CARGO_LOCKS / "BurntSushi__ripgrep__2026-08-04__3fce3b5bb023.Cargo.lock"

_databases = itertools.count(1)


def check_golden(path: Path, text: str) -> None:
    """Compare ``text`` with the golden file ``path``; ``CRATEWATCH_UPDATE_GOLDEN=1``
    rewrites the file instead."""
    if os.environ.get("CRATEWATCH_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"missing golden file {path}; run with CRATEWATCH_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"output differs from {path}; CRATEWATCH_UPDATE_GOLDEN=1 updates"


def require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path.name}")
    return path


@pytest.fixture(autouse=True)
def isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own cache directory, so no test sees another's clone or cache."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(cache))
    return cache


def all_lockfiles() -> list[Path]:
    return sorted(CARGO_LOCKS.glob("*.lock")) if CARGO_LOCKS.is_dir() else []


@pytest.fixture(scope="session")
def store_2020(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An ecosystem store of the complete 2020 index, ingested once per test run (~15 s)."""
    from cratewatch.ecosystem.ingest import ingest_index

    path = tmp_path_factory.mktemp("store-2020") / "store"
    ingest_index(str(require(INDEX_2020)), path)
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the session (``tests/service/postgres.py``)."""
    with running_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A new, empty database of its own on the session's server."""
    return create_database(postgres_server, f"db_{next(_databases)}")
