"""What the page shows as evidence, read from the archives the service keeps: the code
around each finding, a text diff against the previous version, the manifest's own
words, and the typosquat targets named by the signals.

Everything here comes from a crate and is untrusted: it is returned as plain text for
the templates to escape, cut to bounded sizes, and never interpreted.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

from cratewatch.service.model import Signal, VersionKey

__all__ = [
    "CodeLine",
    "Excerpt",
    "FileDiff",
    "archive_path",
    "excerpts",
    "file_diffs",
    "findings",
    "manifest_fields",
    "read_archive",
    "typosquat_targets",
]

CONTEXT_LINES: Final = 3
MAX_LINE_CHARS: Final = 300  # minified or packed code: one line can be megabytes
MAX_EXCERPTS: Final = 50
MAX_DIFF_FILES: Final = 20
MAX_DIFF_LINES: Final = 400
MAX_DIFF_FILE_BYTES: Final = 512 * 1024
_SAFE_PART: Final = re.compile(r"[0-9A-Za-z.+-]+")
_IMITATES: Final = re.compile(
    r"(?:the name|new \S+ dependency) (?P<subject>\S+) imitates (?P<target>\S+) \("
)


class CodeLine(NamedTuple):
    number: int
    text: str
    hit: bool  # the finding's own line


class Excerpt(NamedTuple):
    finding: dict[str, Any]
    lines: tuple[CodeLine, ...]  # empty when the file is not at hand


class FileDiff(NamedTuple):
    path: str
    status: str  # added, removed, changed
    lines: tuple[str, ...]
    note: str | None  # why the text is not (fully) shown


def archive_path(crate_dir: Path | None, key: VersionKey, recorded: str | None) -> Path | None:
    """The kept archive of ``key``: in the crate directory, else the local file its event
    named; None when neither is there."""
    if crate_dir is not None and _file_safe(key):
        from cratewatch.service.worker import crate_file

        kept = crate_file(crate_dir, key)
        if kept.parent == crate_dir and kept.is_file():
            return kept
    if recorded:
        path = Path(recorded)
        if path.is_file():
            return path
    return None


def _file_safe(key: VersionKey) -> bool:
    """Whether the key can name a file in the crate directory: a feed may report any
    text as a name or version, and ``../`` must not reach outside it."""
    from cratewatch.typosquat.names import name_problem

    return (
        name_problem(key.name) is None
        and _SAFE_PART.fullmatch(key.version) is not None
        and _SAFE_PART.fullmatch(key.checksum or "x") is not None
    )


def read_archive(path: Path, key: VersionKey) -> dict[str, bytes]:
    """The files of a kept archive, keyed as the scan names them. The archive is read
    under the name ``<name>-<version>.crate``, as it was screened: its file name
    decides which top folder is the crate's."""
    from cratewatch.scan.extract import read_crate

    with tempfile.TemporaryDirectory(prefix="cratewatch-page-") as scratch:
        alias = Path(scratch) / f"{key.name}-{key.version}.crate"
        try:
            alias.symlink_to(path.resolve())
        except OSError:
            return {}
        return read_crate(alias).files


def findings(scan: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The scan document's findings (of its one crate)."""
    if not scan:
        return []
    out: list[dict[str, Any]] = []
    for crate in scan.get("crates") or ():
        if isinstance(crate, dict):
            out += [f for f in crate.get("findings") or () if isinstance(f, dict)]
    return out


def _cut(text: str) -> str:
    return text if len(text) <= MAX_LINE_CHARS else text[:MAX_LINE_CHARS] + " …"


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8", errors="replace").splitlines()


def excerpts(found: Sequence[dict[str, Any]], files: Mapping[str, bytes]) -> list[Excerpt]:
    """Each finding with the lines around it (``CONTEXT_LINES`` either side)."""
    cache: dict[str, list[str]] = {}
    out = []
    for finding in found[:MAX_EXCERPTS]:
        name, line = finding.get("file"), finding.get("line")
        data = files.get(name) if isinstance(name, str) else None
        if data is None or not isinstance(line, int) or line < 1:
            out.append(Excerpt(finding, ()))
            continue
        lines = cache.setdefault(name, _lines(data)) if isinstance(name, str) else []
        first, last = max(1, line - CONTEXT_LINES), min(len(lines), line + CONTEXT_LINES)
        shown = tuple(CodeLine(n, _cut(lines[n - 1]), n == line) for n in range(first, last + 1))
        out.append(Excerpt(finding, shown))
    return out


def _text(data: bytes | None) -> list[str] | None:
    if data is None:
        return []
    if b"\0" in data[:8192] or len(data) > MAX_DIFF_FILE_BYTES:
        return None
    return [_cut(line) for line in _lines(data)]


def file_diffs(
    old: Mapping[str, bytes], new: Mapping[str, bytes], diff: Mapping[str, Any] | None
) -> list[FileDiff]:
    """Unified diffs of the files the diff document lists as added, removed or changed,
    within bounds; binary and very large files are named, not shown."""
    paths = (diff or {}).get("files", {}).get("paths", {}) if diff else {}
    listed: list[tuple[str, str]] = [
        (p, status)
        for status in ("added", "changed", "removed")
        for p in (paths.get(status) or ())
        if isinstance(p, str)
    ]
    out = []
    for path, status in listed[:MAX_DIFF_FILES]:
        before, after = _text(old.get(path)), _text(new.get(path))
        if before is None or after is None:
            out.append(FileDiff(path, status, (), "binary or over 512 KiB: not shown"))
            continue
        lines = list(difflib.unified_diff(before, after, "old", "new", lineterm="", n=2))[2:]
        note = None
        if len(lines) > MAX_DIFF_LINES:
            note = f"{len(lines) - MAX_DIFF_LINES:,} more lines not shown"
            lines = lines[:MAX_DIFF_LINES]
        out.append(FileDiff(path, status, tuple(lines), note))
    if len(listed) > MAX_DIFF_FILES:
        out.append(FileDiff("…", "", (), f"{len(listed) - MAX_DIFF_FILES} more files"))
    return out


def manifest_fields(files: Mapping[str, bytes]) -> list[tuple[str, str]]:
    """What the manifest says about the package (description, homepage, ...), as text:
    a crate writes what it likes there, ``javascript:`` URLs included."""
    import tomli

    try:
        document: Any = tomli.loads(files.get("Cargo.toml", b"").decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
        return []
    package = document.get("package") if isinstance(document, dict) else None
    if not isinstance(package, dict):
        return []
    out = []
    for field in ("description", "authors", "homepage", "repository", "documentation", "license"):
        value = package.get(field)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if isinstance(value, str) and value:
            out.append((field, _cut(value)))
    return out


def typosquat_targets(signals: Iterable[Signal]) -> list[dict[str, str]]:
    """The names a ``typosquat`` signal says are imitated: ``{"name", "imitates"}``."""
    out = []
    for signal in signals:
        if signal.code != "typosquat":
            continue
        match = _IMITATES.search(signal.message)
        if match:
            out.append({"name": match["subject"], "imitates": match["target"]})
    return out
