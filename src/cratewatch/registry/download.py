"""Download ``.crate`` archives from a registry, as Cargo does, checksum-verified.

Cargo's sparse-registry protocol: ``config.json`` gives the ``dl`` URL template, the
crate's index file gives each version's ``cksum``, and the archive is streamed to a
temporary file (within a size limit), verified against it, and only then renamed into
place. Every failure is a one-line ``DownloadError`` naming the crate and the URL.

``parse_dl_template`` and ``expand_dl_template`` are the ``config.json`` half of that
for callers that read the file themselves (a git index holds it in its tree), and
``CrateDownloader.download_from`` downloads from a URL they expanded.

httpx is imported lazily so that code that never downloads never pays for it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from cratewatch.closeable import Closeable
from cratewatch.errors import DownloadError, RegistryIndexError, UsageError, VersionError
from cratewatch.model.package import CRATES_IO_INDEX, CRATES_IO_SPARSE
from cratewatch.model.version import Version
from cratewatch.registry.interface import index_path, iter_index_lines, iter_index_objects

if TYPE_CHECKING:
    import httpx

    from cratewatch.registry.sparse import SparseIndex

__all__ = [
    "MAX_CRATE_BYTES",
    "ChecksumMismatch",
    "CrateDownloader",
    "IndexVersions",
    "download_crate",
    "expand_dl_template",
    "parse_crate_spec",
    "parse_dl_template",
]

MAX_CRATE_BYTES: Final = 64 * 1024 * 1024  # crates.io refuses uploads far below this

_CRATE_NAME: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SHA256: Final = re.compile(r"[0-9a-fA-F]{64}")
_DL_MARKERS: Final = ("{crate}", "{version}", "{prefix}", "{lowerprefix}", "{sha256-checksum}")
_DL_MARKER: Final = re.compile("|".join(re.escape(marker) for marker in _DL_MARKERS))
# An http(s) URL with a host, without spaces or control characters.
_DL_URL: Final = re.compile(r"https?://[^\x00-\x20\x7f/?#]+[^\x00-\x20\x7f]*")
_MAX_DL_CHARS: Final = 2048
_NOT_FOUND: Final = frozenset({404, 410, 451})
_TIMEOUT: Final = 30.0
_CHUNK: Final = 1 << 16


class ChecksumMismatch(DownloadError):
    """The registry served an archive whose SHA-256 is not the one the index (or the
    lockfile) pins. ``kept`` is where it was kept when the caller asked for that (a
    registry's screening scans what is served, and reports the mismatch)."""

    def __init__(self, message: str, actual: str, expected: str, kept: Path | None) -> None:
        super().__init__(message)
        self.actual = actual
        self.expected = expected
        self.kept = kept


def parse_crate_spec(spec: str) -> tuple[str, str | None]:
    """Split ``name@version`` (or a bare ``name``) into name and version.

    >>> parse_crate_spec("serde@1.0.210")
    ('serde', '1.0.210')

    Raises ``UsageError`` for anything else: the spec comes from the command line.
    """
    name, at, version = spec.partition("@")
    if not _CRATE_NAME.fullmatch(name) or (at and not version):
        raise UsageError(
            f"{spec!r}: not a crate (expected NAME or NAME@VERSION, e.g. serde@1.0.210)"
        )
    if not at:
        return name, None
    try:
        Version.parse(version)
    except VersionError as exc:
        raise UsageError(f"{spec!r}: {version!r} is not an exact crate version ({exc})") from None
    return name, version


def download_crate(
    name: str,
    version: str | None,
    *,
    registry: str = CRATES_IO_SPARSE,
    dest: Path,
    client: httpx.Client | None = None,
    expected_sha256: str | None = None,
    max_bytes: int = MAX_CRATE_BYTES,
) -> Path:
    """Download one crate into ``dest/<name>-<version>.crate``; see ``CrateDownloader``."""
    with CrateDownloader(registry, client=client, max_bytes=max_bytes) as downloader:
        return downloader.download(name, version, dest=dest, expected_sha256=expected_sha256)


def parse_dl_template(data: bytes, where: str) -> str:
    """The ``dl`` template of a registry's ``config.json`` (its bytes; ``where`` names
    the file in messages).

    A one-line ``DownloadError`` for a file that is not a JSON object, a registry that
    requires authentication, and a ``dl`` that is missing or not an http(s) URL (a
    ``file://`` template would read the local disk).
    """
    try:
        config: Any = json.loads(data)
    except ValueError as exc:
        raise DownloadError(f"{where}: not valid JSON ({exc})") from None
    except RecursionError:
        raise DownloadError(f"{where}: not valid JSON (nested too deeply)") from None
    if not isinstance(config, dict):
        raise DownloadError(f"{where}: not a JSON object")
    if config.get("auth-required") is True:
        raise DownloadError(f"{where}: the registry requires authentication (unsupported)")
    dl = config.get("dl")
    if not isinstance(dl, str) or len(dl) > _MAX_DL_CHARS or not _DL_URL.fullmatch(dl):
        raise DownloadError(f"{where}: no http(s) download URL ('dl')")
    return dl


def expand_dl_template(template: str, name: str, version: str, sha256: str) -> str:
    """The download URL of ``name`` ``version`` from a ``dl`` template, as Cargo makes it.

    Cargo's markers ``{crate}``, ``{version}``, ``{prefix}``, ``{lowerprefix}`` and
    ``{sha256-checksum}`` are replaced (in one pass: what is put in is never read again);
    a template without any marker is ``<dl>/<name>/<version>/download``, with no slash
    trimmed.

    >>> expand_dl_template("https://static.crates.io/crates", "serde", "1.0.0", "ab")
    'https://static.crates.io/crates/serde/1.0.0/download'
    >>> expand_dl_template("https://r.example/{lowerprefix}/{crate}-{version}", "Abc", "1.0.0", "")
    'https://r.example/3/a/Abc-1.0.0'
    """
    if not _DL_MARKER.search(template):
        return f"{template}/{name}/{version}/download"
    values = {
        "{crate}": name,
        "{version}": version,
        "{prefix}": _prefix(name),
        "{lowerprefix}": _prefix(name.lower()),
        "{sha256-checksum}": sha256,
    }
    return _DL_MARKER.sub(lambda match: values[match[0]], template)


class CrateDownloader(Closeable):
    """Downloads ``.crate`` archives from one sparse registry.

    ``registry`` is a sparse index URL (Cargo's ``sparse+`` prefix allowed) or
    ``crates.io``. The registry's ``config.json`` and the index files are fetched once per
    downloader (index files through cratewatch's index cache in ``cache_dir``). ``client``
    is an ``httpx.Client`` to use instead of the default one; the downloader closes only
    a client it created itself. Every failure is a one-line ``DownloadError``.
    """

    def __init__(
        self,
        registry: str = CRATES_IO_SPARSE,
        *,
        client: httpx.Client | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        max_bytes: int = MAX_CRATE_BYTES,
    ) -> None:
        self.registry = _registry_url(registry)
        self.max_bytes = max_bytes
        self._client = client
        self._owns_client = client is None
        self._cache_dir = cache_dir
        self._index: SparseIndex | None = None
        self._template: str | None = None

    def download(
        self,
        name: str,
        version: str | None = None,
        *,
        dest: Path,
        expected_sha256: str | None = None,
        keep_mismatch: Path | None = None,
    ) -> Path:
        """Download ``name`` at ``version`` into ``dest/<name>-<version>.crate``.

        Without ``version``, the newest version that is not yanked (a pre-release only if
        there is nothing else). The archive is verified against ``expected_sha256`` (a
        lockfile's checksum) if given, else against the index's ``cksum``; it is written
        to a temporary file and renamed into place only once verified. One that fails is
        a ``ChecksumMismatch``, kept at ``keep_mismatch`` when that is given.
        """
        if not _CRATE_NAME.fullmatch(name):
            raise DownloadError(f"{name!r}: not a valid crate name")
        if version is not None and not _has_version({"vers": version}):
            raise DownloadError(f"{name} {version}: not an exact crate version")
        expected = expected_sha256
        if expected is not None and not _SHA256.fullmatch(expected):
            raise DownloadError(f"{name}: {expected!r} is not a SHA-256 checksum")
        self._dl_template()  # not a registry at all is the first thing to say
        if version is None or expected is None:
            name, version, cksum = self._lookup(name, version)
            expected = expected or cksum
        url = expand_dl_template(self._dl_template(), name, version, expected.lower())
        target = dest / f"{name}-{version}.crate"
        return self._fetch(url, f"{name} {version}", target, expected, keep_mismatch)

    def download_from(
        self,
        url: str,
        name: str,
        version: str,
        *,
        dest: Path,
        expected_sha256: str,
        keep_mismatch: Path | None = None,
    ) -> Path:
        """Download ``name`` ``version`` from ``url`` (expanded from a ``dl`` template
        read elsewhere: a git index's ``config.json``) into ``dest/<name>-<version>.crate``.

        As ``download``, without asking the registry anything: streamed within the size
        limit, verified against ``expected_sha256``, renamed into place once verified; an
        archive that fails is a ``ChecksumMismatch``, kept at ``keep_mismatch`` if given.
        """
        if not _CRATE_NAME.fullmatch(name):
            raise DownloadError(f"{name!r}: not a valid crate name")
        if not _has_version({"vers": version}):
            raise DownloadError(f"{name} {version}: not an exact crate version")
        if not _SHA256.fullmatch(expected_sha256):
            raise DownloadError(f"{name}: {expected_sha256!r} is not a SHA-256 checksum")
        if len(url) > _MAX_DL_CHARS or not _DL_URL.fullmatch(url):
            raise DownloadError(f"cannot download {name} {version}: not an http(s) URL")
        target = dest / f"{name}-{version}.crate"
        return self._fetch(url, f"{name} {version}", target, expected_sha256, keep_mismatch)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()  # never closes our client: it was handed one
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None

    # -- the registry ------------------------------------------------------------------

    def _lookup(self, name: str, version: str | None) -> tuple[str, str, str]:
        """The crate's name as published, the version to download and its checksum."""
        where = self.registry + (index_path(name) or name)
        try:
            data = self._sparse().crate_file(name)
            if data is None:
                raise DownloadError(f"{name}: no such crate in the registry {self.registry}")
            rows = [row for row in iter_index_objects(data, where) if _has_version(row)]
        except RegistryIndexError as exc:
            raise DownloadError(f"cannot look up crate {name}: {exc}") from None
        if version is None:
            row = _newest(rows)
            if row is None:
                raise DownloadError(
                    f"{name}: every version in {where} is yanked (name one: {name}@VERSION)"
                )
        else:
            row = next((o for o in rows if o["vers"] == version), None)
            if row is None:
                newest = _newest(rows)
                hint = f" (newest: {newest['vers']})" if newest is not None else ""
                raise DownloadError(f"{name} {version}: no such version in {where}{hint}")
        vers: str = row["vers"]
        cksum = row.get("cksum")
        if not isinstance(cksum, str) or not _SHA256.fullmatch(cksum):
            raise DownloadError(f"{name} {vers}: {where} gives no valid checksum")
        published = row.get("name")
        if isinstance(published, str) and published.lower() == name.lower():
            name = published
        return name, vers, cksum.lower()

    def _dl_template(self) -> str:
        if self._template is None:
            import httpx

            url = self.registry + "config.json"
            try:
                response = self._http().get(url, follow_redirects=True)
            except httpx.HTTPError as exc:
                detail = str(exc) or "request failed"
                raise DownloadError(f"{url}: {type(exc).__name__}: {detail}") from None
            if response.status_code in _NOT_FOUND:
                raise DownloadError(f"{url}: not found: not a sparse registry")
            if response.status_code != 200:
                raise DownloadError(f"{url}: {_status(response)}")
            self._template = parse_dl_template(response.content, url)
        return self._template

    def _fetch(
        self, url: str, label: str, target: Path, expected: str, keep: Path | None = None
    ) -> Path:
        import httpx

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".part"
            )
        except OSError as exc:
            raise DownloadError(f"{target.parent}: cannot write ({exc.strerror or exc})") from None
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            with (
                os.fdopen(handle, "wb") as out,
                self._http().stream("GET", url, follow_redirects=True) as response,
            ):
                if response.status_code in _NOT_FOUND:
                    raise DownloadError(
                        f"cannot download {label}: {url}: {_status(response)} (not on the registry)"
                    )
                if response.status_code != 200:
                    raise DownloadError(f"cannot download {label}: {url}: {_status(response)}")
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise self._too_big(label, url, int(declared))
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise self._too_big(label, url, None)
                    digest.update(chunk)
                    out.write(chunk)
            actual = digest.hexdigest()
            if actual != expected.lower():
                if keep is not None:
                    keep.parent.mkdir(parents=True, exist_ok=True)
                    temp.replace(keep)
                raise ChecksumMismatch(
                    f"cannot download {label}: {url}: checksum mismatch "
                    f"(SHA-256 {actual}, expected {expected.lower()})",
                    actual,
                    expected.lower(),
                    keep,
                )
            temp.replace(target)
        except httpx.HTTPError as exc:
            detail = str(exc) or "request failed"
            raise DownloadError(
                f"cannot download {label}: {url}: {type(exc).__name__}: {detail}"
            ) from None
        except OSError as exc:
            raise DownloadError(f"{target}: cannot write ({exc.strerror or exc})") from None
        finally:
            temp.unlink(missing_ok=True)  # gone already after a successful rename
        return target

    def _too_big(self, label: str, url: str, declared: int | None) -> DownloadError:
        size = "" if declared is None else f"{declared:,} bytes, "
        return DownloadError(
            f"cannot download {label}: {url}: {size}over the limit of {self.max_bytes:,} "
            "bytes: refused"
        )

    def _sparse(self) -> SparseIndex:
        if self._index is None:
            from cratewatch.registry.sparse import SparseIndex

            self._index = SparseIndex(self.registry, self._cache_dir, client=self._http())
        return self._index

    def _http(self) -> httpx.Client:
        if self._client is None:
            from cratewatch.registry.sparse import http_client

            self._client = http_client(_TIMEOUT)
        return self._client


class IndexVersions(Closeable):
    """The versions a sparse registry's index lists for a crate, read afresh at every
    call (through the index cache, revalidated with its ``ETag``): the version lookup
    of a feed of new crates, in the registry the downloads come from.

    ``registry``, ``client`` and ``cache_dir`` are as for ``CrateDownloader``. A crate
    the index does not know (yet: a new crate may reach the index after the feed names
    it), one without a valid version, and an index that cannot be read are a one-line
    ``RegistryIndexError``, so that the caller can ask again later.
    """

    def __init__(
        self,
        registry: str = CRATES_IO_SPARSE,
        *,
        client: httpx.Client | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        try:
            self.registry = _registry_url(registry)
        except DownloadError as exc:
            raise RegistryIndexError(str(exc)) from None
        self._client = client
        self._owns_client = client is None
        self._cache_dir = cache_dir

    def __call__(self, name: str) -> list[str]:
        """Every valid version of ``name`` the index lists (yanked ones too), in its order."""
        from cratewatch.registry.sparse import SparseIndex, http_client

        if not _CRATE_NAME.fullmatch(name):
            raise RegistryIndexError(f"{name!r}: not a valid crate name")
        where = self.registry + (index_path(name) or name)
        if self._client is None:
            self._client = http_client(_TIMEOUT)
        # A new SparseIndex each time: one remembers what it read for its lifetime.
        index = SparseIndex(self.registry, self._cache_dir, client=self._client)
        data = index.crate_file(name)
        if data is None:
            raise RegistryIndexError(f"{where}: not in the index (yet)")
        lines = iter_index_lines(data, where, on_problem=lambda _n, _p: None)  # one bad line
        found = [row["vers"] for _lineno, row in lines if _has_version(row)]  # costs one version
        if not found:
            raise RegistryIndexError(f"{where}: no valid version")
        return list(dict.fromkeys(found))

    def close(self) -> None:
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None


def _registry_url(text: str) -> str:
    """A sparse registry's base URL, ending with a slash."""
    bare = text.removeprefix("sparse+")
    if bare == "crates.io" or bare.removeprefix("registry+").rstrip("/") == CRATES_IO_INDEX:
        return CRATES_IO_SPARSE
    if not re.match(r"https?://[^/]+", bare):
        raise DownloadError(f"{text}: not the http(s) URL of a sparse registry")
    return bare if bare.endswith("/") else bare + "/"


def _prefix(name: str) -> str:
    """Cargo's ``{prefix}`` of a crate name: ``1``, ``2``, ``3/a``, or ``ab/cd``."""
    if len(name) <= 2:
        return str(len(name))
    if len(name) == 3:
        return f"3/{name[0]}"
    return f"{name[:2]}/{name[2:4]}"


def _has_version(row: dict[str, Any]) -> bool:
    vers = row.get("vers")
    if not isinstance(vers, str):
        return False
    try:
        Version.parse(vers)
    except VersionError:
        return False
    return True


def _newest(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The newest row that is not yanked, preferring releases to pre-releases."""
    live = [(Version.parse(row["vers"]), row) for row in rows if row.get("yanked") is not True]
    if not live:
        return None
    return max(live, key=lambda pair: (not pair[0].pre, pair[0]))[1]


def _status(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
