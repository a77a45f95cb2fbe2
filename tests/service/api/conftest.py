"""The API's fixtures: a SQLite store in a temporary directory, seeded through the
store's public API and real screenings."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette now points to httpx2 for its test client; httpx is what the project uses.
    warnings.filterwarnings("ignore", "Using `httpx` with")
    from fastapi.testclient import TestClient

from cratewatch.service.api import ApiSettings, create_app
from cratewatch.service.model import Published
from cratewatch.service.store import Store
from tests.service.api.support import Seeded, Tokens, make_tokens, seed


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'service.sqlite3'}") as opened:
        yield opened


@pytest.fixture
def crate_dir(tmp_path: Path) -> Path:
    return tmp_path / "crates"


@pytest.fixture
def tokens(store: Store) -> Tokens:
    return make_tokens(store)


@pytest.fixture
def seeded(store: Store, crate_dir: Path, tmp_path: Path) -> Seeded:
    return seed(store, crate_dir, tmp_path / "work")


@pytest.fixture
def published() -> list[Published]:
    return []


@pytest.fixture
def settings(crate_dir: Path) -> ApiSettings:
    return ApiSettings(crate_dir=crate_dir)


@pytest.fixture
def client(store: Store, settings: ApiSettings, published: list[Published]) -> Iterator[TestClient]:
    def hook(event: Published) -> bool:
        published.append(event)
        return True

    app = create_app(store, settings, on_publish=hook)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
