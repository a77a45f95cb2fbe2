"""Read Cargo.lock files of every format version into a ``Lockfile``.

Formats, as Cargo writes them:

* v1 (no ``version`` key): dependencies as ``"name version (source)"``, checksums
  in a ``[metadata]`` table, and in the oldest files the root package in ``[root]``.
* v2 (no ``version`` key): dependencies shortened to ``"name"`` or
  ``"name version"`` when unambiguous, ``checksum`` on each package.
* v3 (``version = 3``) and v4 (``version = 4``): the v2 layout with a version
  marker; v4 also percent-encodes git URLs, which we keep as written.

A dependency reference never carries the ``#commit`` part of a git source, and
v1 and v2 files write a ``branch=master`` source without its query, so a
reference matches a package by kind and canonical URL, and by git reference
only when the reference names one. What cargo reads without complaint is read
here too: a reference that matches no package or several (a bad merge can leave
a bare ``"name"`` beside two versions of it) is left out of the graph, as cargo
does, and a malformed checksum is kept as written; each becomes a line of
``Lockfile.warnings``, so that the rest of the file is still audited.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import tomli

from cratewatch._lean import TYPE_CHECKING, NamedTuple
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
from cratewatch.untrusted.files import DEFAULT_MAX_BYTES, read_regular_file

if TYPE_CHECKING:
    from typing import Any

__all__ = ["MAX_LOCKFILE_BYTES", "parse_lockfile", "parse_source", "read_lockfile"]

#: The largest real lockfiles are a few MB; anything far beyond is not a lockfile.
MAX_LOCKFILE_BYTES = DEFAULT_MAX_BYTES

_SUPPORTED_VERSIONS = (1, 2, 3, 4)
_CHECKSUM_KEY = "checksum "
_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")
# Older cargo wrote `ref=` for what is now `branch=`.
_GIT_QUERY_KEYS = {
    "rev": GitReference.REV,
    "branch": GitReference.BRANCH,
    "ref": GitReference.BRANCH,
    "tag": GitReference.TAG,
}


def read_lockfile(path: Path) -> Lockfile:
    """Read and validate the Cargo.lock at ``path`` (a regular file under the size limit)."""
    data = read_regular_file(path, max_bytes=MAX_LOCKFILE_BYTES, error=LockfileError)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise LockfileError(f"{path}: lockfile is not UTF-8 text") from None
    return parse_lockfile(text, str(path))


def parse_lockfile(text: str, path: str = "Cargo.lock") -> Lockfile:
    try:
        doc = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise LockfileError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomli's own nesting limit, or Python's stack
        raise LockfileError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    return _Reader(path, doc).read()


def parse_source(text: str) -> Source:
    """Parse a lockfile ``source`` string such as ``git+https://host/repo?tag=v1#abc``."""
    kind_text, sep, rest = text.partition("+")
    if not sep:
        raise ValueError(f"source '{_brief(text)}' has no kind prefix")
    if kind_text == "git":
        from urllib.parse import parse_qsl  # only git sources need it

        url, _, commit = rest.partition("#")
        split = urlsplit(url)
        reference, value = GitReference.DEFAULT, None
        for key, val in parse_qsl(split.query):
            if key in _GIT_QUERY_KEYS:
                reference, value = _GIT_QUERY_KEYS[key], val
        base = split._replace(query="").geturl()
        return Source(SourceKind.GIT, base, reference, value, commit or None)
    try:
        kind = SourceKind(kind_text)
    except ValueError:
        return Source(SourceKind.OTHER, text)
    return Source(kind, rest)


def _canonical_url(url: str) -> str:
    """The URL as cargo compares sources: without a trailing slash, and for plain
    URLs without a ``.git`` suffix and with GitHub's case folded."""
    split = urlsplit(url)
    scheme, netloc, path = split.scheme.lower(), split.netloc.lower(), split.path
    if path.endswith("/"):
        path = path[:-1]
    if "+" not in scheme:
        if split.hostname == "github.com":
            scheme, path = "https", path.lower()
        if path.endswith(".git"):
            path = path[:-4]
    return urlunsplit((scheme, netloc, path, split.query, ""))


def _brief(value: object, limit: int = 80) -> str:
    """A value for an error line: bounded, whatever the file holds."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Entry(NamedTuple):
    """A package as a dependency reference sees it: its id, and its version and
    source as written."""

    id: PackageId
    version: str
    source: str | None


class _Reference(NamedTuple):
    name: str
    version: str | None
    source: str | None


class _Reader:
    def __init__(self, path: str, doc: Mapping[str, Any]) -> None:
        self.path = path
        self.doc = doc
        self.warnings: list[str] = []
        self.by_name: dict[str, list[_Entry]] = {}
        self.quick: dict[str, PackageId] = {}

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

        headers = [self._header(i, raw) for i, raw in enumerate(raw_packages)]
        for pid, raw in headers:
            entry = _Entry(pid, raw["version"], raw.get("source"))
            self.by_name.setdefault(pid.name, []).append(entry)
        # Most references are a bare unique name (v2 and later) or name, version and
        # source exactly as the package writes them (v1): looked up without parsing.
        for name, entries in self.by_name.items():
            if len(entries) == 1:
                self.quick[name] = entries[0].id
            for entry in entries:
                if entry.source is not None:
                    self.quick[f"{name} {entry.version} ({entry.source})"] = entry.id
        checksums = self._metadata_checksums()
        packages = []
        for pid, raw in headers:
            deps = raw.get("dependencies", [])
            if not isinstance(deps, list) or not all(isinstance(d, str) for d in deps):
                raise self.fail(f"package '{pid}': 'dependencies' must be a list of strings")
            resolved = []
            for dep in deps:
                target = self._resolve(pid, dep)
                if target is not None:
                    resolved.append(target)
            checksum = raw.get("checksum")
            if checksum is None and not pid.is_local:
                checksum = checksums.get(pid)
            packages.append(Package(pid, self._checksum(pid, checksum), tuple(resolved)))
        return Lockfile(self.path, format_version, tuple(packages), tuple(self.warnings))

    def _format_version(self, raw_packages: list[Any]) -> int:
        version = self.doc.get("version")
        if version is not None:
            if type(version) is not int or version not in _SUPPORTED_VERSIONS:
                raise self.fail(f"unsupported lockfile format version {_brief(version)}")
            return version
        if "metadata" in self.doc or "root" in self.doc:
            return 1
        for raw in raw_packages:
            deps = raw.get("dependencies", []) if isinstance(raw, dict) else []
            if isinstance(deps, list) and any(isinstance(d, str) and "(" in d for d in deps):
                return 1
        return 2

    def _metadata_checksums(self) -> dict[PackageId, object]:
        """v1 checksums, keyed ``"checksum name version (source)"``; keys that name no
        package are stale and ignored, as cargo ignores them."""
        metadata = self.doc.get("metadata", {})
        if not isinstance(metadata, dict):
            raise self.fail("'metadata' must be a table")
        checksums: dict[PackageId, object] = {}
        for key, value in metadata.items():
            if not key.startswith(_CHECKSUM_KEY) or value == "<none>":
                continue
            text = key[len(_CHECKSUM_KEY) :]
            quick = self.quick.get(text)
            if quick is not None:
                checksums[quick] = value
                continue
            reference = _split_reference(text)
            found = self._candidates(reference) if reference is not None else None
            if found is not None and len(found) == 1:
                checksums[found[0].id] = value
        return checksums

    def _checksum(self, pid: PackageId, checksum: object) -> str | None:
        if checksum is None:
            return None
        if not isinstance(checksum, str):
            self.warnings.append(
                f"package '{pid}': checksum is not a string ({_brief(checksum)}); "
                "the package is audited without one"
            )
            return None
        if _SHA256_HEX.fullmatch(checksum) is None:
            self.warnings.append(
                f"package '{pid}': checksum '{_brief(checksum)}' is not a SHA-256 hex digest"
            )
        return checksum

    def _header(self, index: int, raw: Any) -> tuple[PackageId, Mapping[str, Any]]:
        where = f"package #{index + 1}"
        if not isinstance(raw, dict):
            raise self.fail(f"{where} is not a table")
        name = raw.get("name")
        if not isinstance(name, str) or not name:
            raise self.fail(f"{where}: missing 'name'")
        version_text = raw.get("version")
        if not isinstance(version_text, str):
            raise self.fail(f"{where} '{_brief(name)}': missing 'version'")
        try:
            version = Version.parse(version_text)
        except VersionError as exc:
            raise self.fail(
                f"package '{_brief(name)}': invalid version '{_brief(version_text)}': {exc}"
            ) from None
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

    def _resolve(self, owner: PackageId, dep: str) -> PackageId | None:
        """The package a dependency reference names; None (with a warning) when it
        names none or several, which cargo also leaves out of the graph."""
        quick = self.quick.get(dep)
        if quick is not None:
            return quick
        reference = _split_reference(dep)
        found = self._candidates(reference) if reference is not None else None
        if found is None:
            raise self.fail(f"package '{owner}': malformed dependency '{_brief(dep)}'")
        if len(found) == 1:
            return found[0].id
        if not found:
            self.warnings.append(
                f"package '{owner}': dependency '{_brief(dep)}' matches no package; "
                "left out of the dependency graph"
            )
            return None
        names = ", ".join(_describe(found))
        self.warnings.append(
            f"package '{owner}': dependency '{_brief(dep)}' is ambiguous ({names}); "
            "left out of the dependency graph, as cargo does"
        )
        return None

    def _candidates(self, reference: _Reference) -> list[_Entry] | None:
        """The packages ``reference`` can mean, narrowed as cargo narrows them; one
        means resolved. None when the reference's source cannot be parsed."""
        found = self.by_name.get(reference.name, [])
        if reference.version is not None:
            found = [entry for entry in found if entry.version == reference.version]
        elif len({entry.version for entry in found}) > 1:
            return found  # a bare name must have a single version
        if reference.source is None:
            # A path package never has a source, so a reference without one means
            # the path package when there is one.
            local = [entry for entry in found if entry.id.is_local]
            return local or found
        exact = [entry for entry in found if entry.source == reference.source]
        if len(exact) == 1:
            return exact
        try:
            wanted = parse_source(reference.source)
        except ValueError:
            return None
        return _same_source(found, wanted)


def _split_reference(text: str) -> _Reference | None:
    """``name [version [(source)]]``, split as cargo splits it; None if malformed."""
    parts = text.split(" ", 2)
    version = parts[1] if len(parts) > 1 else None
    source = None
    if len(parts) > 2:
        if not (parts[2].startswith("(") and parts[2].endswith(")")):
            return None
        source = parts[2][1:-1]
    return _Reference(parts[0], version, source)


def _same_source(found: list[_Entry], wanted: Source) -> list[_Entry]:
    """The entries from the source a reference names.

    Sources match by kind and canonical URL, and by git reference only when the
    reference carries one; the commit is never compared unless it decides
    between packages that match otherwise."""
    url = _canonical_url(wanted.url)
    reference = _git_reference(wanted)
    named = reference[0] is not GitReference.DEFAULT
    matches: list[tuple[_Entry, Source]] = []
    for entry in found:
        source = entry.id.source
        if source is None or source.kind is not wanted.kind:
            continue
        if named and _git_reference(source) != reference:
            continue
        if _canonical_url(source.url) == url:
            matches.append((entry, source))
    if len(matches) > 1:
        matches = [m for m in matches if _git_reference(m[1]) == reference] or matches
    if len(matches) > 1 and wanted.commit:
        matches = [m for m in matches if m[1].commit == wanted.commit] or matches
    return [entry for entry, _ in matches]


def _git_reference(source: Source) -> tuple[GitReference, str | None]:
    return source.git_reference or GitReference.DEFAULT, source.git_reference_value


def _describe(entries: list[_Entry]) -> list[str]:
    """Each package as ``name version``, with its source where the version repeats."""
    versions = [entry.version for entry in entries]
    return sorted(
        {
            f"{entry.id} ({_brief(entry.source) if entry.source else 'path'})"
            if versions.count(entry.version) > 1
            else str(entry.id)
            for entry in entries
        }
    )
