"""Read Cargo.lock files of every format version into a ``Lockfile``.

Formats, as Cargo writes them:

* v1 (no ``version`` key): dependencies as ``"name version (source)"``, checksums
  in a ``[metadata]`` table, and in the oldest files the root package in ``[root]``.
* v2 (no ``version`` key): dependencies shortened to ``"name"`` or
  ``"name version"`` when unambiguous, ``checksum`` on each package.
* v3 (``version = 3``) and v4 (``version = 4``): the v2 layout with a version
  marker; v4 also percent-encodes git URLs, which we keep as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli

from cratewatch.errors import LockfileError, VersionError
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import (
    CrateName,
    GitReference,
    Package,
    PackageId,
    Source,
    SourceKind,
)
from cratewatch.model.version import Version

__all__ = ["parse_lockfile", "parse_source", "read_lockfile"]

_SUPPORTED_VERSIONS = (1, 2, 3, 4)
_DEP_RE = re.compile(r"^(?P<name>\S+)(?: (?P<version>\S+))?(?: \((?P<source>[^)]+)\))?$")
_CHECKSUM_RE = re.compile(r"^checksum (?P<name>\S+) (?P<version>\S+) \((?P<source>[^)]+)\)$")


def read_lockfile(path: Path) -> Lockfile:
    """Read and validate the Cargo.lock at ``path``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LockfileError(f"{path}: cannot read lockfile: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise LockfileError(f"{path}: lockfile is not UTF-8 text") from None
    return parse_lockfile(text, str(path))


def parse_lockfile(text: str, path: str = "Cargo.lock") -> Lockfile:
    try:
        doc = tomli.loads(text)
    except (tomli.TOMLDecodeError, RecursionError) as exc:
        raise LockfileError(f"{path}: invalid TOML: {exc}") from None
    return _Reader(path, doc).read()


def parse_source(text: str) -> Source:
    """Parse a lockfile ``source`` string such as ``git+https://host/repo?tag=v1#abc``."""
    kind_text, sep, rest = text.partition("+")
    if not sep:
        raise ValueError(f"source '{text}' has no kind prefix")
    if kind_text == "git":
        from urllib.parse import parse_qsl, urlsplit  # only git sources need it

        url, _, commit = rest.partition("#")
        split = urlsplit(url)
        reference, value = GitReference.DEFAULT, None
        for key, val in parse_qsl(split.query):
            if key in ("rev", "branch", "tag"):
                reference, value = GitReference(key), val
        base = split._replace(query="").geturl()
        return Source(SourceKind.GIT, base, reference, value, commit or None)
    try:
        kind = SourceKind(kind_text)
    except ValueError:
        return Source(SourceKind.OTHER, text)
    return Source(kind, rest)


class _Reader:
    def __init__(self, path: str, doc: Mapping[str, Any]) -> None:
        self.path = path
        self.doc = doc

    def fail(self, message: str) -> LockfileError:
        return LockfileError(f"{self.path}: {message}")

    def read(self) -> Lockfile:
        raw_packages = self.doc.get("package", [])
        if not isinstance(raw_packages, list):
            raise self.fail("'package' must be an array of tables")
        root = self.doc.get("root")
        if root is not None:
            if not isinstance(root, dict):
                raise self.fail("'root' must be a table")
            raw_packages = [root, *raw_packages]
        if not raw_packages:
            raise self.fail("lockfile lists no packages")
        format_version = self._format_version(raw_packages)
        checksums = self._metadata_checksums()

        headers = [self._header(i, raw) for i, raw in enumerate(raw_packages)]
        by_name: dict[str, list[tuple[PackageId, Any]]] = {}
        for pid, raw in headers:
            by_name.setdefault(pid.name, []).append((pid, raw.get("source")))
        packages = []
        for (pid, raw), index in zip(headers, range(len(headers)), strict=True):
            deps = raw.get("dependencies", [])
            if not isinstance(deps, list) or not all(isinstance(d, str) for d in deps):
                raise self.fail(f"package '{pid}': 'dependencies' must be a list of strings")
            resolved = tuple(self._resolve(pid, dep, by_name) for dep in deps)
            checksum = raw.get("checksum")
            if checksum is None and pid.source is not None:
                checksum = checksums.get((pid.name, str(pid.version), str(raw.get("source"))))
            if checksum is not None and not isinstance(checksum, str):
                raise self.fail(f"package #{index + 1} '{pid}': 'checksum' must be a string")
            packages.append(Package(pid, checksum, resolved))
        return Lockfile(self.path, format_version, tuple(packages))

    def _format_version(self, raw_packages: list[Any]) -> int:
        version = self.doc.get("version")
        if version is not None:
            if type(version) is not int or version not in _SUPPORTED_VERSIONS:
                raise self.fail(f"unsupported lockfile format version {version!r}")
            return version
        if "metadata" in self.doc or "root" in self.doc:
            return 1
        for raw in raw_packages:
            deps = raw.get("dependencies", []) if isinstance(raw, dict) else []
            if isinstance(deps, list) and any(isinstance(d, str) and "(" in d for d in deps):
                return 1
        return 2

    def _metadata_checksums(self) -> dict[tuple[str, str, str], str]:
        metadata = self.doc.get("metadata", {})
        if not isinstance(metadata, dict):
            raise self.fail("'metadata' must be a table")
        checksums = {}
        for key, value in metadata.items():
            match = _CHECKSUM_RE.match(key)
            if match and isinstance(value, str) and value != "<none>":
                checksums[(match["name"], match["version"], match["source"])] = value
        return checksums

    def _header(self, index: int, raw: Any) -> tuple[PackageId, Mapping[str, Any]]:
        where = f"package #{index + 1}"
        if not isinstance(raw, dict):
            raise self.fail(f"{where} is not a table")
        name = raw.get("name")
        if not isinstance(name, str) or not name:
            raise self.fail(f"{where}: missing 'name'")
        version_text = raw.get("version")
        if not isinstance(version_text, str):
            raise self.fail(f"{where} '{name}': missing 'version'")
        try:
            version = Version.parse(version_text)
        except VersionError as exc:
            raise self.fail(f"package '{name}': invalid version '{version_text}': {exc}") from None
        source_text = raw.get("source")
        source = None
        if source_text is not None:
            if not isinstance(source_text, str):
                raise self.fail(f"package '{name} {version}': 'source' must be a string")
            try:
                source = parse_source(source_text)
            except ValueError as exc:
                raise self.fail(f"package '{name} {version}': {exc}") from None
        return PackageId(CrateName(name), version, source), raw

    def _resolve(
        self, owner: PackageId, dep: str, by_name: Mapping[str, list[tuple[PackageId, Any]]]
    ) -> PackageId:
        """Find the package a dependency string names (by name, version, source)."""
        match = _DEP_RE.match(dep)
        if match is None:
            raise self.fail(f"package '{owner}': malformed dependency '{dep}'")
        candidates = by_name.get(match["name"], [])
        if match["version"] is not None:
            candidates = [c for c in candidates if str(c[0].version) == match["version"]]
        if match["source"] is not None:
            candidates = [c for c in candidates if c[1] == match["source"]]
        if len(candidates) == 1:
            return candidates[0][0]
        if not candidates:
            raise self.fail(f"package '{owner}': dependency '{dep}' matches no package")
        raise self.fail(f"package '{owner}': dependency '{dep}' is ambiguous")
