"""Helpers for the registry index tests: the shared data, tar builders, an HTTP index server."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import tarfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
INDEX_SUBSET = SHARED_DATA / "crates.io-index-subset"
INDEX_2020 = SHARED_DATA / "crates.io-index-2020.tar.gz"

CONFIG = b'{"dl": "https://example.invalid/api/v1/crates"}\n'


def require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def line(name: str, vers: str, *, yanked: bool = False, **extra: object) -> str:
    """One index line in crates.io's format."""
    entry: dict[str, object] = {"name": name, "vers": vers, "deps": [], "cksum": "0" * 64}
    entry["features"] = {}
    entry.update(extra)
    entry["yanked"] = yanked
    return json.dumps(entry, separators=(",", ":"))


def make_tar(path: Path, files: dict[str, bytes | str], *, mode: str = "w:gz") -> Path:
    """Write a tar archive holding ``files`` (member name -> content)."""
    with tarfile.open(path, mode) as tar:  # type: ignore[call-overload]
        for name, content in files.items():
            data = content.encode() if isinstance(content, str) else content
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_600_000_000
            tar.addfile(info, io.BytesIO(data))
    return path


# -- a real HTTP server on 127.0.0.1 ---------------------------------------------------


@dataclass
class IndexServer:
    """A sparse index served from ``root`` with ETag / Last-Modified revalidation."""

    root: Path
    base_url: str = ""
    etags: bool = True
    last_modified: str | None = "Wed, 21 Oct 2015 07:28:00 GMT"
    status_overrides: dict[str, int] = field(default_factory=dict)
    log: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    peers: set[tuple[str, int]] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def statuses(self, path: str) -> list[int]:
        return [status for p, status, _ in self.log if p == path]

    def headers_of(self, path: str) -> list[dict[str, str]]:
        return [headers for p, _, headers in self.log if p == path]


def handler_for(server: IndexServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, so connection reuse is visible

        def do_GET(self) -> None:
            path = self.path
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, body, extra = self._answer(path, headers)
            with server.lock:
                server.log.append((path, status, headers))
                server.peers.add(self.client_address[:2])
            self.send_response(status)
            for key, value in extra.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _answer(self, path: str, headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
            if path in server.status_overrides:
                return server.status_overrides[path], b"no\n", {}
            file = server.root / path.lstrip("/")
            if ".." in path or not file.is_file():
                return 404, b"not found\n", {}
            body = file.read_bytes()
            extra: dict[str, str] = {}
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            if server.etags:
                extra["ETag"] = etag
                if headers.get("if-none-match") == etag:
                    return 304, b"", extra
            if server.last_modified is not None:
                extra["Last-Modified"] = server.last_modified
                if not server.etags and headers.get("if-modified-since") == server.last_modified:
                    return 304, b"", extra
            return 200, body, extra

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextlib.contextmanager
def serving(root: Path) -> Iterator[IndexServer]:
    """An HTTP server on 127.0.0.1 serving ``root`` as a sparse index, for the block's length."""
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


def crate_bytes(tmp_path: Path, name: str, version: str, body: str = "pub fn f() {}\n") -> bytes:
    """A real .crate archive (tar.gz of ``name-version/``) as bytes."""
    root = f"{name}-{version}"
    manifest = f'[package]\nname = "{name}"\nversion = "{version}"\n'
    path = make_tar(
        tmp_path / f"built-{root}.crate",
        {f"{root}/Cargo.toml": manifest, f"{root}/src/lib.rs": body},
    )
    data = path.read_bytes()
    path.unlink()
    return data


def names(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
