"""Fixtures for the registry index tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.registry.support import IndexServer, handler_for


@pytest.fixture
def index_server(tmp_path: Path) -> Iterator[IndexServer]:
    """An HTTP server on 127.0.0.1 serving a writable index directory (initially empty)."""
    root = tmp_path / "served"
    root.mkdir()
    state = IndexServer(root)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(state))
    httpd.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
