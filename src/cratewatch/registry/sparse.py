"""A sparse HTTP registry index (``https://index.crates.io/``) with an on-disk cache.

Each crate file is fetched with a GET of ``base_url + index_path(name)``; 404, 410
and 451 mean the index does not know the crate. What an audit needs from a file
(its ``[vers, yanked]`` pairs) is cached on disk with the response's ``ETag`` and
``Last-Modified``, and revalidated with ``If-None-Match`` / ``If-Modified-Since``
(a 304 reuses the cache). Offline, only the cache is read and the network is never
touched. ``prefetch`` fetches many crates concurrently over one connection pool.

httpx is imported lazily so that commands which never go online do not pay for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from cratewatch import __version__
from cratewatch.cachedir import user_cache_dir
from cratewatch.errors import RegistryIndexError
from cratewatch.registry.interface import (
    MAX_INDEX_FILE_BYTES,
    IndexVersion,
    RegistryIndex,
    index_path,
    parse_index_file,
    to_index_versions,
)

if TYPE_CHECKING:
    import httpx

__all__ = ["SparseIndex", "http_client", "read_limited"]

NOT_FOUND_STATUSES: Final = frozenset({404, 410, 451})

_CACHE_FORMAT: Final = 2
_CACHE_SUBDIR: Final = "sparse"
_DEFAULT_TIMEOUT: Final = 30.0
_DEFAULT_WORKERS: Final = 8


class _Cached(NamedTuple):
    content: bytes  # the index file as served: an ecosystem ingest needs every field
    etag: str | None
    last_modified: str | None


class SparseIndex(RegistryIndex):
    """A sparse registry index over HTTP(S), cached in ``cache_dir``.

    ``base_url`` may carry Cargo's ``sparse+`` prefix. ``cache_dir`` is the cache root
    (default ``user_cache_dir()``); each index gets its own folder inside it. ``client``
    is an ``httpx.Client`` to use instead of the default one (tests pass one with a
    custom transport); the index closes only a client it created itself.
    """

    def __init__(
        self,
        base_url: str,
        cache_dir: str | os.PathLike[str] | None = None,
        offline: bool = False,
        client: httpx.Client | None = None,
        *,
        max_workers: int = _DEFAULT_WORKERS,
    ) -> None:
        url = base_url.removeprefix("sparse+")
        if not re.match(r"https?://[^/]+", url):
            raise RegistryIndexError(f"{base_url}: not an http(s) URL of a sparse index")
        self.base_url = url if url.endswith("/") else url + "/"
        root = Path(cache_dir) if cache_dir is not None else user_cache_dir()
        self.cache_path = root / _CACHE_SUBDIR / _cache_key(self.base_url)
        self.offline = offline
        self._client = client
        self._owns_client = client is None
        self._max_workers = max(1, max_workers)
        self._memo: dict[str, list[IndexVersion] | None] = {}
        self._files: dict[str, bytes | None] = {}  # fetched this session, by path
        self._failed: dict[str, str] = {}

    def describe(self) -> str:
        return f"sparse index {self.base_url}" + (" (offline)" if self.offline else "")

    def versions(self, name: str) -> list[IndexVersion] | None:
        rel = index_path(name)
        if rel is None:
            return None
        if rel in self._failed:
            raise RegistryIndexError(self._failed[rel])
        if rel not in self._memo:
            self._memo[rel] = self._load(rel)
        found = self._memo[rel]
        return None if found is None else list(found)

    def prefetch(self, names: Iterable[str]) -> None:
        """Load the crates concurrently; a failure is raised later by ``versions``."""
        todo: dict[str, None] = {}  # ordered and without duplicates
        for name in names:
            rel = index_path(name)
            if rel is not None and rel not in self._memo and rel not in self._failed:
                todo[rel] = None
        if not todo:
            return
        if self.offline or len(todo) == 1:
            outcomes = [self._try_load(rel) for rel in todo]
        else:
            from concurrent.futures import ThreadPoolExecutor

            self._http()  # create the shared client before the threads need it
            workers = min(self._max_workers, len(todo))
            with ThreadPoolExecutor(workers, thread_name_prefix="cratewatch-index") as pool:
                outcomes = list(pool.map(self._try_load, todo))
        for rel, (found, error) in zip(todo, outcomes, strict=True):
            if error is None:
                self._memo[rel] = found
            else:
                self._failed[rel] = error

    def close(self) -> None:
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None

    # -- fetching ----------------------------------------------------------------------

    def _try_load(self, rel: str) -> tuple[list[IndexVersion] | None, str | None]:
        try:
            return self._load(rel), None
        except RegistryIndexError as exc:
            return None, str(exc)

    def _load(self, rel: str) -> list[IndexVersion] | None:
        content = self._fetch(rel)
        if content is None:
            return None
        return to_index_versions(parse_index_file(content, self.base_url + rel))

    def crate_file(self, name: str) -> bytes | None:
        """The crate's index file as served (``None`` if unknown), through the cache."""
        rel = index_path(name)
        return None if rel is None else self._fetch(rel)

    def _fetch(self, rel: str) -> bytes | None:
        if rel not in self._files:
            self._files[rel] = self._fetch_once(rel)
        return self._files[rel]

    def _fetch_once(self, rel: str) -> bytes | None:
        url = self.base_url + rel
        cache_file = self.cache_path / rel
        cached = _read_cache(cache_file, url, strict=self.offline)
        if self.offline:
            return None if cached is None else cached.content

        import httpx

        headers: dict[str, str] = {}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        try:
            with self._http().stream("GET", url, headers=headers) as response:
                status = response.status_code
                # Read even an error's body: a connection with unread bytes is not reused.
                content = read_limited(
                    response, url, MAX_INDEX_FILE_BYTES, RegistryIndexError, what=_FOR_INDEX_FILE
                )
        except httpx.HTTPError as exc:
            detail = str(exc) or "request failed"
            raise RegistryIndexError(f"{url}: {type(exc).__name__}: {detail}") from None

        if status == 304 and cached is not None:
            return cached.content
        if status in NOT_FOUND_STATUSES:
            with contextlib.suppress(OSError):
                cache_file.unlink(missing_ok=True)
            return None
        if status != 200:
            raise RegistryIndexError(f"{url}: HTTP {status} {response.reason_phrase}".rstrip())
        try:
            parse_index_file(content, url)
        except RegistryIndexError:
            # Never cached: the next run asks again. Returned all the same, so a reader
            # that skips bad lines (an ecosystem ingest) keeps the good ones; versions()
            # parses it again and reports the bad line.
            return content
        fresh = _Cached(
            content, response.headers.get("ETag"), response.headers.get("Last-Modified")
        )
        _write_cache(cache_file, url, fresh)
        return content

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = http_client(_DEFAULT_TIMEOUT)
        return self._client


_FOR_INDEX_FILE: Final = " for an index file"


def http_client(timeout: float) -> httpx.Client:
    """The client every registry request goes through: redirects followed, and a
    User-Agent naming cratewatch, as crates.io asks of its clients."""
    import httpx

    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": f"cratewatch/{__version__}"},
    )


def read_limited(
    response: httpx.Response,
    url: str,
    limit: int,
    error: type[Exception],
    *,
    what: str = "",
    started: float = 0.0,
    seconds: float | None = None,
) -> bytes:
    """The response body, refused with ``error`` past ``limit`` bytes (before reading it
    when the server says its length) or, with ``seconds``, once that long has passed
    since ``started`` (``time.monotonic()``): a server cannot make a read take all
    memory or all day. ``what`` ends the size messages (" for an index file")."""
    import time

    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise error(f"{url}: {int(declared):,} bytes, over the limit of {limit:,}{what}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise error(f"{url}: more than {limit:,} bytes, over the limit{what}")
        if seconds is not None and time.monotonic() - started > seconds:
            raise error(f"{url}: not read within {seconds:.0f} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _cache_key(base_url: str) -> str:
    """A readable, collision-free folder name for an index URL."""
    host = re.sub(r"[^A-Za-z0-9.-]", "_", base_url.split("://", 1)[1].split("/", 1)[0])
    return f"{host}-{hashlib.sha256(base_url.encode()).hexdigest()[:16]}"


def _read_cache(cache_file: Path, url: str, *, strict: bool) -> _Cached | None:
    """The cached file of ``url``; an unreadable cache is an error only if ``strict``."""
    try:
        data: Any = json.loads(cache_file.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        if strict:
            raise RegistryIndexError(f"{cache_file}: unreadable cache file ({exc})") from None
        return None
    try:
        if data["format"] != _CACHE_FORMAT or data["url"] != url:
            raise ValueError("stale cache format or URL")
        content = data["content"]
        if not isinstance(content, str):
            raise ValueError("content is not text")
        etag, modified = data.get("etag"), data.get("last_modified")
        return _Cached(
            content.encode("utf-8"),
            etag if isinstance(etag, str) else None,
            modified if isinstance(modified, str) else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        if strict:
            raise RegistryIndexError(f"{cache_file}: invalid cache file ({exc})") from None
        return None


def _write_cache(cache_file: Path, url: str, cached: _Cached) -> None:
    """Replace the cache file atomically; a cache that cannot be written is skipped."""
    document = {
        "format": _CACHE_FORMAT,
        "url": url,
        "etag": cached.etag,
        "last_modified": cached.last_modified,
        "content": cached.content.decode("utf-8"),
    }
    tmp = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
        tmp.replace(cache_file)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
