"""Where ``cratewatch scan`` finds crates besides plain paths: the packages of a Cargo.lock
in local sources, or a ``.crate`` downloaded from a registry.

Local sources, as Cargo and distributions lay them out:

* ``cargo vendor``: ``vendor/<name>/`` (its ``Cargo.toml`` says which version) or, for a
  second version of a crate and with ``--versioned-dirs``, ``vendor/<name>-<version>/``;
* Cargo's caches: archives in ``$CARGO_HOME/registry/cache/<index>/<name>-<version>.crate``
  and their extracted sources in ``$CARGO_HOME/registry/src/<index>/<name>-<version>/``;
* Debian's ``librust-*-dev`` packages: ``/usr/share/cargo/registry/<name>-<version>/``.

A ``.crate`` archive is checked against the lockfile's checksum (Cargo pins the SHA-256
of the archive); one that differs is not used, and is reported, since a cached archive
that is not what the lockfile pins is itself worth a look. Directories cannot be checked
that way (Debian writes checksums of its own, and Cargo never re-verifies
``registry/src``), so a directory of the right name and version counts as found.

Downloads follow Cargo's sparse-registry protocol: ``config.json`` gives the ``dl`` URL
template, the crate's index file gives each version's ``cksum``, and the archive is
verified against it before it is kept.

httpx is imported lazily so that scanning local sources never pays for it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import tomli

from cratewatch.closeable import Closeable
from cratewatch.errors import InputError, RegistryIndexError, UsageError, VersionError
from cratewatch.lockfile.cargo_lock import read_lockfile
from cratewatch.model.package import CRATES_IO_INDEX, CRATES_IO_SPARSE, Package, SourceKind
from cratewatch.model.scan import NotScanned
from cratewatch.model.version import Version
from cratewatch.registry.interface import index_path, iter_index_objects
from cratewatch.scan.extract import ScanInputError
from cratewatch.untrusted.files import read_regular_file

if TYPE_CHECKING:
    import httpx

    from cratewatch.registry.sparse import SparseIndex

__all__ = [
    "DEBIAN_REGISTRY",
    "MAX_CRATE_BYTES",
    "CrateDownloader",
    "LockedCrates",
    "crates_from_lockfile",
    "default_source_dirs",
    "download_crate",
    "parse_crate_spec",
]

DEBIAN_REGISTRY: Final = Path("/usr/share/cargo/registry")
MAX_CRATE_BYTES: Final = 64 * 1024 * 1024  # crates.io refuses uploads far below this

_CRATE_NAME: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SHA256: Final = re.compile(r"[0-9a-fA-F]{64}")
_DL_MARKERS: Final = ("{crate}", "{version}", "{prefix}", "{lowerprefix}", "{sha256-checksum}")
_NOT_FOUND: Final = frozenset({404, 410, 451})
_TIMEOUT: Final = 30.0
_MAX_MANIFEST_BYTES: Final = 10 * 1024 * 1024
_CHUNK: Final = 1 << 16


# -- a Cargo.lock resolved against local sources ----------------------------------------


class LockedCrates(NamedTuple):
    """The packages of a Cargo.lock, sorted by what was found for them.

    ``found``: a ``.crate`` or crate directory per package, in lockfile order, each once.
    ``missing``: registry packages in no source directory.
    ``skipped``: packages not looked for (workspace members, path dependencies) or that
    local sources rarely hold (git sources not found).
    ``rejected``: packages whose local copies were found but not used (a ``.crate`` whose
    SHA-256 differs from the lockfile's), when no other copy was.
    Each entry of the last three is ``"name version"`` and the reason.
    """

    found: list[Path]
    missing: list[NotScanned]
    skipped: list[NotScanned]
    rejected: list[NotScanned]


def crates_from_lockfile(lockfile: Path, source_dirs: Sequence[Path]) -> LockedCrates:
    """Find the packages of ``lockfile`` in ``source_dirs``; the first directory that has
    a package wins. Raises ``LockfileError`` for an unreadable lockfile and
    ``ScanInputError`` for a source directory that does not exist."""
    locked = read_lockfile(lockfile)
    sources = [_SourceDir(path) for path in source_dirs]
    found: dict[Path, None] = {}  # ordered and without duplicates
    missing: list[NotScanned] = []
    skipped: list[NotScanned] = []
    rejected: list[NotScanned] = []
    for package in locked.packages:
        label = f"{package.name} {package.version}"
        source = package.source
        if source is None or source.kind is SourceKind.PATH:
            skipped.append(NotScanned(label, "workspace member or path dependency"))
            continue
        path, rejection = _locate(package, sources)
        if path is not None:
            found[path] = None
        elif source.kind is SourceKind.GIT:
            reason = f"git source {source.url}: not in the source directories"
            skipped.append(NotScanned(label, reason))
        elif rejection is not None:
            rejected.append(NotScanned(label, rejection))
        else:
            missing.append(NotScanned(label, "in no source directory"))
    return LockedCrates(list(found), missing, skipped, rejected)


def default_source_dirs(
    lockfile: Path,
    *,
    cargo_home: Path | None = None,
    system_registry: Path = DEBIAN_REGISTRY,
) -> list[Path]:
    """The usual places of a project's crate sources that exist, best first.

    The project's vendor directories (``vendor/`` beside the lockfile and any
    ``directory`` source of its ``.cargo/config.toml``), then Cargo's cached archives
    (checked against the lockfile's checksums), then Cargo's extracted sources, then
    Debian's registry. ``cargo_home`` defaults to ``$CARGO_HOME``, else ``~/.cargo``.
    """
    project = lockfile.parent
    registry = (cargo_home if cargo_home is not None else _cargo_home()) / "registry"
    candidates = [
        *_configured_directories(project),
        project / "vendor",
        *_subdirectories(registry / "cache"),
        *_subdirectories(registry / "src"),
        system_registry,
    ]
    result: dict[Path, None] = {}
    for path in candidates:
        if path.is_dir():
            result.setdefault(path, None)
    return list(result)


class _SourceDir:
    """A source directory listed once: its crate directories and ``.crate`` files by name."""

    __slots__ = ("archives", "directories", "path")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.directories: dict[str, Path] = {}
        self.archives: dict[str, Path] = {}
        try:
            with os.scandir(path) as entries:
                for entry in entries:
                    if entry.name.endswith(".crate"):
                        if entry.is_file():
                            self.archives[entry.name.removesuffix(".crate")] = Path(entry.path)
                    elif entry.is_dir():
                        self.directories[entry.name] = Path(entry.path)
        except FileNotFoundError:
            raise ScanInputError(f"{path}: no such source directory") from None
        except NotADirectoryError:
            raise ScanInputError(f"{path}: not a directory of crate sources") from None
        except OSError as exc:
            raise ScanInputError(f"{path}: cannot list ({exc.strerror or exc})") from None

    def candidates(self, name: str, version: str) -> Iterator[Path]:
        key = f"{name}-{version}"
        if key in self.archives:
            yield self.archives[key]
        directory = self.directories.get(key)
        if directory is not None and (directory / "Cargo.toml").is_file():
            yield directory
        directory = self.directories.get(name)  # cargo vendor's unversioned layout
        if directory is not None and _manifest_version(directory) == version:
            yield directory


def _locate(package: Package, sources: list[_SourceDir]) -> tuple[Path | None, str | None]:
    """The first usable copy of ``package``, or the reason the first unusable one was not."""
    name, version = str(package.name), str(package.version)
    rejection = None
    for source in sources:
        for path in source.candidates(name, version):
            if path.is_dir() or package.checksum is None:
                return path, None
            problem = _archive_problem(path, package.checksum)
            if problem is None:
                return path, None
            rejection = rejection or f"{path}: {problem}"
    return None, rejection


def _archive_problem(path: Path, checksum: str) -> str | None:
    try:
        digest = _sha256_file(path)
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if digest != checksum.lower():
        return f"SHA-256 {digest} differs from the lockfile's {checksum}"
    return None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _manifest_version(directory: Path) -> str | None:
    try:
        data = read_regular_file(directory / "Cargo.toml", max_bytes=_MAX_MANIFEST_BYTES)
        document: Any = tomli.loads(data.decode("utf-8"))
    except (InputError, UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
        return None
    package = document.get("package")
    version = package.get("version") if isinstance(package, dict) else None
    return version if isinstance(version, str) else None


def _cargo_home() -> Path:
    explicit = os.environ.get("CARGO_HOME")
    return Path(explicit).expanduser() if explicit else Path.home() / ".cargo"


def _subdirectories(path: Path) -> list[Path]:
    try:
        return sorted(Path(e.path) for e in os.scandir(path) if e.is_dir())
    except OSError:
        return []


def _configured_directories(project: Path) -> list[Path]:
    """``directory`` sources of the project's Cargo configuration (``cargo vendor DIR``).

    Relative paths are relative to the folder holding ``.cargo``, as Cargo reads them.
    """
    found = []
    for name in ("config.toml", "config"):
        try:
            data = read_regular_file(project / ".cargo" / name, max_bytes=_MAX_MANIFEST_BYTES)
            document: Any = tomli.loads(data.decode("utf-8"))
        except (InputError, UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
            continue  # no configuration, or one Cargo itself will complain about
        sources = document.get("source")
        for table in sources.values() if isinstance(sources, dict) else ():
            directory = table.get("directory") if isinstance(table, dict) else None
            if isinstance(directory, str) and directory:
                found.append(project / Path(directory).expanduser())
    return found


# -- downloads from a sparse registry ---------------------------------------------------


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


class CrateDownloader(Closeable):
    """Downloads ``.crate`` archives from one sparse registry.

    ``registry`` is a sparse index URL (Cargo's ``sparse+`` prefix allowed) or
    ``crates.io``. The registry's ``config.json`` and the index files are fetched once per
    downloader (index files through cratewatch's index cache in ``cache_dir``). ``client``
    is an ``httpx.Client`` to use instead of the default one; the downloader closes only
    a client it created itself. Every failure is a one-line ``ScanInputError``.
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
    ) -> Path:
        """Download ``name`` at ``version`` into ``dest/<name>-<version>.crate``.

        Without ``version``, the newest version that is not yanked (a pre-release only if
        there is nothing else). The archive is verified against ``expected_sha256`` (a
        lockfile's checksum) if given, else against the index's ``cksum``; it is written
        to a temporary file and renamed into place only once verified.
        """
        if not _CRATE_NAME.fullmatch(name):
            raise ScanInputError(f"{name!r}: not a valid crate name")
        if version is not None and not _has_version({"vers": version}):
            raise ScanInputError(f"{name} {version}: not an exact crate version")
        expected = expected_sha256
        if expected is not None and not _SHA256.fullmatch(expected):
            raise ScanInputError(f"{name}: {expected!r} is not a SHA-256 checksum")
        self._dl_template()  # not a registry at all is the first thing to say
        if version is None or expected is None:
            name, version, cksum = self._lookup(name, version)
            expected = expected or cksum
        url = self._download_url(name, version, expected.lower())
        return self._fetch(url, f"{name} {version}", dest / f"{name}-{version}.crate", expected)

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
                raise ScanInputError(f"{name}: no such crate in the registry {self.registry}")
            rows = [row for row in iter_index_objects(data, where) if _has_version(row)]
        except RegistryIndexError as exc:
            raise ScanInputError(f"cannot look up crate {name}: {exc}") from None
        if version is None:
            row = _newest(rows)
            if row is None:
                raise ScanInputError(
                    f"{name}: every version in {where} is yanked (name one: {name}@VERSION)"
                )
        else:
            row = next((o for o in rows if o["vers"] == version), None)
            if row is None:
                newest = _newest(rows)
                hint = f" (newest: {newest['vers']})" if newest is not None else ""
                raise ScanInputError(f"{name} {version}: no such version in {where}{hint}")
        vers: str = row["vers"]
        cksum = row.get("cksum")
        if not isinstance(cksum, str) or not _SHA256.fullmatch(cksum):
            raise ScanInputError(f"{name} {vers}: {where} gives no valid checksum")
        published = row.get("name")
        if isinstance(published, str) and published.lower() == name.lower():
            name = published
        return name, vers, cksum.lower()

    def _download_url(self, name: str, version: str, sha256: str) -> str:
        template = self._dl_template()
        if not any(marker in template for marker in _DL_MARKERS):
            return f"{template}/{name}/{version}/download"  # as Cargo does: no slash trimmed
        replacements = {
            "{crate}": name,
            "{version}": version,
            "{prefix}": _prefix(name),
            "{lowerprefix}": _prefix(name.lower()),
            "{sha256-checksum}": sha256,
        }
        for marker, value in replacements.items():
            template = template.replace(marker, value)
        return template

    def _dl_template(self) -> str:
        if self._template is None:
            import httpx

            url = self.registry + "config.json"
            try:
                response = self._http().get(url, follow_redirects=True)
            except httpx.HTTPError as exc:
                detail = str(exc) or "request failed"
                raise ScanInputError(f"{url}: {type(exc).__name__}: {detail}") from None
            if response.status_code in _NOT_FOUND:
                raise ScanInputError(f"{url}: not found: not a sparse registry")
            if response.status_code != 200:
                raise ScanInputError(f"{url}: {_status(response)}")
            try:
                config: Any = json.loads(response.content)
            except ValueError as exc:
                raise ScanInputError(f"{url}: not valid JSON ({exc})") from None
            except RecursionError:
                raise ScanInputError(f"{url}: not valid JSON (nested too deeply)") from None
            if not isinstance(config, dict):
                raise ScanInputError(f"{url}: not a JSON object")
            if config.get("auth-required") is True:
                raise ScanInputError(f"{url}: the registry requires authentication (unsupported)")
            dl = config.get("dl")
            if not isinstance(dl, str) or not re.match(r"https?://", dl):
                raise ScanInputError(f"{url}: no http(s) download URL ('dl')")
            self._template = dl
        return self._template

    def _fetch(self, url: str, label: str, target: Path, expected: str) -> Path:
        import httpx

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".part"
            )
        except OSError as exc:
            raise ScanInputError(f"{target.parent}: cannot write ({exc.strerror or exc})") from None
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            with (
                os.fdopen(handle, "wb") as out,
                self._http().stream("GET", url, follow_redirects=True) as response,
            ):
                if response.status_code in _NOT_FOUND:
                    raise ScanInputError(
                        f"cannot download {label}: {url}: {_status(response)} (not on the registry)"
                    )
                if response.status_code != 200:
                    raise ScanInputError(f"cannot download {label}: {url}: {_status(response)}")
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
                raise ScanInputError(
                    f"cannot download {label}: {url}: checksum mismatch "
                    f"(SHA-256 {actual}, expected {expected.lower()})"
                )
            temp.replace(target)
        except httpx.HTTPError as exc:
            detail = str(exc) or "request failed"
            raise ScanInputError(
                f"cannot download {label}: {url}: {type(exc).__name__}: {detail}"
            ) from None
        except OSError as exc:
            raise ScanInputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        finally:
            temp.unlink(missing_ok=True)  # gone already after a successful rename
        return target

    def _too_big(self, label: str, url: str, declared: int | None) -> ScanInputError:
        size = "" if declared is None else f"{declared:,} bytes, "
        return ScanInputError(
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


def _registry_url(text: str) -> str:
    """A sparse registry's base URL, ending with a slash."""
    bare = text.removeprefix("sparse+")
    if bare == "crates.io" or bare.removeprefix("registry+").rstrip("/") == CRATES_IO_INDEX:
        return CRATES_IO_SPARSE
    if not re.match(r"https?://[^/]+", bare):
        raise ScanInputError(f"{text}: not the http(s) URL of a sparse registry")
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
