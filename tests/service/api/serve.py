"""Serve the app on 127.0.0.1 for the browser test, as ``cratewatch serve`` would:
``python -m tests.service.api.serve STORE_URL CRATE_DIR PORT SESSION_KEY_HEX``."""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn

from cratewatch.service.api import ApiSettings, create_app
from cratewatch.service.store import Store


def main(argv: list[str]) -> None:
    url, crate_dir, port, key = argv
    store = Store(url)
    settings = ApiSettings(crate_dir=Path(crate_dir), session_key=bytes.fromhex(key))
    uvicorn.run(create_app(store, settings), host="127.0.0.1", port=int(port), log_level="warning")


if __name__ == "__main__":
    main(sys.argv[1:])
