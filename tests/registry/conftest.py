"""Fixtures for the registry index tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.registry.support import IndexServer, serving


@pytest.fixture
def index_server(tmp_path: Path) -> Iterator[IndexServer]:
    """An HTTP server on 127.0.0.1 serving a writable index directory (initially empty)."""
    root = tmp_path / "served"
    root.mkdir()
    with serving(root) as state:
        yield state
