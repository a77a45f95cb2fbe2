"""Which files of a RustSec advisory-db tree hold advisories, in every layout it has had.

The same rules serve a directory on disk and a commit's tree read from git, so
a past state of the database loads exactly as a checkout of it would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from cratewatch._lean import TYPE_CHECKING
from cratewatch.advisories.limits import MAX_FILE_BYTES
from cratewatch.errors import AdvisoryError
from cratewatch.model.advisory import Advisory, Collection
from cratewatch.model.package import normalize_crate_name

if TYPE_CHECKING:
    from typing import TypeVar

    from cratewatch.advisories.git import TreeEntry

    Handle = TypeVar("Handle")

__all__ = [
    "ADVISORIES_TOML",
    "MAX_FILE_BYTES",
    "git_tree_files",
    "is_advisory_path",
    "parse_tree",
]

#: The one file of all advisories that the database had from 2017 to 2018.
ADVISORIES_TOML = "Advisories.toml"


_COLLECTIONS = {c.value: c for c in Collection}
_SUFFIXES = (".md", ".toml")


def is_advisory_path(parts: tuple[str, ...]) -> bool:
    """``crates/<name>/*.md`` or ``*.toml``, the same under ``rust/``, or ``Advisories.toml``."""
    if parts == (ADVISORIES_TOML,):
        return True
    return len(parts) == 3 and parts[0] in _COLLECTIONS and parts[2].endswith(_SUFFIXES)


def git_tree_files(
    entries: Iterable[TreeEntry], prefix: str, problems: list[str]
) -> list[tuple[str, tuple[str, ...], TreeEntry]]:
    """The advisory files of a commit's tree, named ``prefix + path``.

    Links and submodules where an advisory is expected, and files over the size
    limit, become problems; nothing of them is read.
    """
    found = []
    for entry in entries:
        parts = tuple(entry.path.split("/"))
        if not is_advisory_path(parts):
            continue
        where = prefix + entry.path
        if entry.mode == "120000":
            problems.append(f"{where}: a symbolic link, not followed")
        elif entry.kind != "blob":
            problems.append(f"{where}: a git {entry.kind}, not a file")
        elif entry.size is None or entry.size > MAX_FILE_BYTES:
            size = "unknown size" if entry.size is None else f"{entry.size:,} bytes"
            problems.append(f"{where}: {size}, over the limit of {MAX_FILE_BYTES:,}")
        else:
            found.append((where, parts, entry))
    return found


def parse_tree(
    files: Iterable[tuple[str, tuple[str, ...], Handle]],
    read: Callable[[Handle], bytes],
    advisories: list[Advisory],
    problems: list[str],
) -> None:
    """Parse the advisory files ``files`` (name, relative parts, what ``read`` takes).

    An ``Advisories.toml`` entry is kept only when no per-crate file gives the
    same advisory: from 2017 to 2018 both held every advisory.
    """
    from cratewatch.advisories.rustsec import (
        parse_advisories_toml,
        parse_legacy_advisory,
        parse_rustsec_advisory,
    )

    index: list[Advisory] = []
    for where, parts, handle in files:
        try:
            text = _text(read(handle), where)
            if parts == (ADVISORIES_TOML,):
                found, bad = parse_advisories_toml(text, where)
                index.extend(found)
                problems.extend(bad)
                continue
            collection = _COLLECTIONS[parts[0]]
            name = parts[2]
            if name.endswith(".md"):
                advisories.append(parse_rustsec_advisory(text, where, collection))
            else:
                stem = name.removesuffix(".toml")
                advisories.append(parse_legacy_advisory(text, where, collection, stem))
        except AdvisoryError as exc:
            problems.append(str(exc))
    known = {(a.id, normalize_crate_name(a.package)) for a in advisories}
    advisories.extend(a for a in index if (a.id, normalize_crate_name(a.package)) not in known)


def _text(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AdvisoryError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
