"""The RustSec advisory format, in every form the advisory database has had.

- Since October 2020, ``crates/<name>/RUSTSEC-*.md``: Markdown whose first block is
  a ```` ```toml ```` fence holding ``[advisory]``, ``[affected]`` and ``[versions]``;
  the first ``#`` heading after it is the title.
- From 2017 to October 2020, ``crates/<name>/RUSTSEC-*.toml``: plain TOML with the
  title and description in ``[advisory]``. Its fields were renamed over the years
  (``patched_versions``, ``dwf``, ``affected_functions``, ``obsolete``, ...) and are
  read here under today's names.
- From 2017 to 2018, besides those files, one ``Advisories.toml`` at the top of
  the repository holding an ``[[advisory]]`` array: the file cargo-audit read then.

Everything is validated here, so an ``Advisory`` in memory is always sound.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli

from cratewatch.advisories.cvss_score import parse_cvss
from cratewatch.advisories.limits import MAX_FILE_BYTES
from cratewatch.errors import AdvisoryError, VersionError
from cratewatch.model.advisory import Advisory, AdvisoryId, Collection, FunctionRanges
from cratewatch.model.package import CrateName
from cratewatch.model.ranges import AffectedRanges, Interval
from cratewatch.model.version import VersionReq
from cratewatch.untrusted.files import read_regular_file

__all__ = [
    "MAX_FILE_BYTES",
    "parse_advisories_toml",
    "parse_legacy_advisory",
    "parse_rustsec_advisory",
    "read_rustsec_advisory",
    "split_front_matter",
]

_ID = re.compile(r"^[A-Z][A-Z0-9]*-[0-9A-Za-z-]+$")
_LOOSE_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_KNOWN = {
    "advisory": {
        "id",
        "package",
        "date",
        "url",
        "references",
        "categories",
        "keywords",
        "aliases",
        "related",
        "informational",
        "cvss",
        "withdrawn",
        "yanked",
        "license",
        "expect-deleted",
        "title",
        "description",
    },
    "affected": {"arch", "os", "functions"},
    "versions": {"patched", "unaffected"},
}


def read_rustsec_advisory(path: Path, collection: Collection = Collection.CRATES) -> Advisory:
    data = read_regular_file(path, max_bytes=MAX_FILE_BYTES, error=AdvisoryError)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AdvisoryError(f"{path}: cannot read advisory: {exc}") from None
    if path.suffix == ".toml":
        return parse_legacy_advisory(text, str(path), collection, file_id=path.stem)
    return parse_rustsec_advisory(text, str(path), collection)


def split_front_matter(text: str) -> tuple[str, str] | None:
    r"""The TOML of the ```` ```toml ```` block opening ``text``, and the Markdown after it.

    Found with ``str.find`` in linear time, with the result the regular expression
    ``\A\s*```toml\s*\n(.*?)\n```[ \t]*\n?(.*)\Z`` gives. That expression, used
    before, backtracked into the blank lines after an unclosed opening fence and
    rescanned the rest of the text for each of them: 42 s for a 128 kB advisory.
    """
    start = len(text) - len(text.lstrip())
    if not text.startswith("```toml", start):
        return None
    after = start + len("```toml")
    blank_end = len(text) - len(text[after:].lstrip())
    last_newline = text.rfind("\n", after, blank_end)
    if last_newline < 0:
        return None
    toml_start = last_newline + 1
    close = text.find("\n```", toml_start)
    if close < 0:
        # The block may still close right at the blank run's last newline, when
        # the run holds another newline to open an (empty) block before it.
        before = text.rfind("\n", after, last_newline)
        if before < 0 or not text.startswith("```", toml_start):
            return None
        toml_start, close = before + 1, last_newline
    body_start = len(text) - len(text[close + len("\n```") :].lstrip(" \t"))
    if text.startswith("\n", body_start):
        body_start += 1
    return text[toml_start:close], text[body_start:]


def parse_rustsec_advisory(
    text: str, path: str = "<advisory>", collection: Collection = Collection.CRATES
) -> Advisory:
    """A Markdown advisory (the format since October 2020)."""
    parts = split_front_matter(text)
    if parts is None:
        raise AdvisoryError(f"{path}: missing ```toml front matter")
    toml, body = parts
    # In a file with CRLF line ends the block ends in the CR before "\n```".
    doc = _load_toml(toml.removesuffix("\r"), path, "invalid TOML front matter")
    try:
        return _build(doc, body, collection, path)
    except (AdvisoryError, VersionError, ValueError, TypeError) as exc:
        raise AdvisoryError(f"{path}: {exc}") from None


def parse_legacy_advisory(
    text: str,
    path: str = "<advisory>",
    collection: Collection = Collection.CRATES,
    file_id: str | None = None,
) -> Advisory:
    """A plain TOML advisory file (2017 to 2020); ``file_id`` is its file name's stem.

    The oldest files carry no ``id``: it was only in ``Advisories.toml`` and in
    the file name, so the file name gives it.
    """
    doc = _load_toml(text, path, "invalid TOML")
    try:
        advisory = doc.get("advisory")
        if isinstance(advisory, list) and len(advisory) == 1:
            doc = {**doc, "advisory": advisory[0]}  # one file of 2018 used ``[[advisory]]``
        return _build(_modernize(doc, file_id), "", collection, path)
    except (AdvisoryError, VersionError, ValueError, TypeError) as exc:
        raise AdvisoryError(f"{path}: {exc}") from None


def parse_advisories_toml(
    text: str, path: str = "Advisories.toml"
) -> tuple[list[Advisory], list[str]]:
    """The ``[[advisory]]`` entries of an ``Advisories.toml`` (2017 to 2018).

    Returns the advisories and a problem for each entry that is not one.
    """
    doc = _load_toml(text, path, "invalid TOML")
    entries = doc.get("advisory")
    if set(doc) != {"advisory"} or not isinstance(entries, list):
        raise AdvisoryError(f"{path}: expected only an [[advisory]] array")
    advisories: list[Advisory] = []
    problems: list[str] = []
    for number, entry in enumerate(entries, 1):
        where = f"{path}: advisory {number}"
        try:
            if not isinstance(entry, dict):
                raise ValueError("not a table")
            where += f" ({entry['id']})" if isinstance(entry.get("id"), str) else ""
            advisories.append(
                _build(_modernize({"advisory": entry}, None), "", Collection.CRATES, path)
            )
        except (AdvisoryError, VersionError, ValueError, TypeError) as exc:
            problems.append(f"{where}: {exc}")
    return advisories, problems


def _load_toml(text: str, path: str, what: str) -> dict[str, Any]:
    try:
        return tomli.loads(text)
    except (tomli.TOMLDecodeError, RecursionError) as exc:
        raise AdvisoryError(f"{path}: {what}: {exc}") from None


# Fields of the TOML era, each with where it lives today; they were renamed as
# the format grew (``dwf``, Distributed Weakness Filing ids, became ``aliases``;
# ``affected_*`` moved to ``[affected]``; version lists to ``[versions]``).
_RENAMED = {
    "crate_name": ("advisory", "package"),
    "dwf": ("advisory", "aliases"),
    "category": ("advisory", "categories"),
    "patched_versions": ("versions", "patched"),
    "unaffected_versions": ("versions", "unaffected"),
    "unaffected": ("versions", "unaffected"),
    "affected_os": ("affected", "os"),
    "affected_platforms": ("affected", "os"),
    "affected_arch": ("affected", "arch"),
    "affected_functions": ("affected", "functions"),
    "functions": ("affected", "functions"),
}


def _modernize(doc: Mapping[str, Any], file_id: str | None) -> dict[str, Any]:
    """A TOML-era advisory document in today's shape, for ``_build`` to validate."""
    tables: dict[str, dict[str, Any]] = {}
    for name, value in doc.items():
        if name == "affected_paths":
            continue  # folded into [affected] functions below
        if not isinstance(value, dict):
            raise ValueError(f"[{name}] must be a table")
        tables[name] = dict(value)
    advisory = tables.setdefault("advisory", {})
    for old, (table, new) in _RENAMED.items():
        if old not in advisory:
            continue
        value = advisory.pop(old)
        if old == "affected_platforms" and isinstance(value, list):
            value = [v.strip("*") if isinstance(v, str) else v for v in value]  # "*windows*"
        if new == "functions" and isinstance(value, list):
            value = {path: [] for path in value}  # paths only, for every affected version
        _put(tables.setdefault(table, {}), new, value, old)
    if "affected_paths" in doc:  # one 2019 draft: requirement -> function paths
        paths = doc["affected_paths"]
        if not isinstance(paths, dict):
            raise ValueError("[affected_paths] must be a table")
        functions: dict[str, list[Any]] = {}
        for requirement, names in paths.items():
            if not isinstance(names, list):
                raise ValueError("[affected_paths] must map requirements to lists of paths")
            for name in names:
                functions.setdefault(name, []).append(requirement)
        _put(tables.setdefault("affected", {}), "functions", functions, "affected_paths")
    if "obsolete" in advisory:  # became ``yanked`` in 2020, then ``withdrawn``
        _put(advisory, "yanked", advisory.pop("obsolete"), "obsolete")
    references = advisory.get("references")
    if isinstance(references, list) and any(
        isinstance(r, str) and _ID.match(r) for r in references
    ):
        # Before 2020 ``references`` named other advisories; today that is ``related``.
        ids = [r for r in references if isinstance(r, str) and _ID.match(r)]
        advisory["references"] = [r for r in references if r not in ids]
        _put(advisory, "related", ids, "references")
    if "id" not in advisory and file_id is not None and _ID.match(file_id):
        advisory["id"] = file_id
    return dict(tables)


def _put(table: dict[str, Any], key: str, value: Any, old: str) -> None:
    if key not in table:
        table[key] = value
    elif isinstance(table[key], list) and isinstance(value, list):
        table[key] = [*table[key], *value]
    elif isinstance(table[key], dict) and isinstance(value, dict):
        table[key] = {**table[key], **value}
    else:
        raise ValueError(f"both '{old}' and '{key}' given")


def _table(doc: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = doc.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"[{key}] must be a table")
    unknown = set(value) - _KNOWN[key]
    if unknown:
        raise ValueError(f"unknown field(s) in [{key}]: {', '.join(sorted(unknown))}")
    return value


def _str(table: Mapping[str, Any], key: str, required: bool = False) -> str | None:
    value = table.get(key)
    if value is None:
        if required:
            raise ValueError(f"missing required field '{key}'")
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string")
    return value


def _strs(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' must be a list of strings")
    return tuple(value)


def _date(table: Mapping[str, Any], key: str, required: bool = False) -> dt.date | None:
    value = table.get(key)
    if value is None:
        if required:
            raise ValueError(f"missing required field '{key}'")
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        loose = _LOOSE_DATE.match(value)  # a few 2019 files wrote 2019-9-14
        try:
            if loose:
                return dt.date(*(int(part) for part in loose.groups()))
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"'{key}' must be a date YYYY-MM-DD, got {value!r}")


def _requirements(texts: tuple[str, ...], key: str) -> list[VersionReq]:
    reqs = []
    for text in texts:
        try:
            reqs.append(VersionReq.parse(text))
        except VersionError as exc:
            raise ValueError(f"{key}: invalid requirement '{text}': {exc}") from None
    return reqs


def _affected_ranges(requirements: list[VersionReq]) -> AffectedRanges:
    """The versions outside every requirement, as the rustsec crate reads them.

    Until June 2021 some advisories listed a range inside another (``>= 0.2.2``
    beside ``>= 0.3.6``), which the rustsec crate of the time read as a union. A
    range inside another adds nothing to the union, so it is left out; ranges
    that overlap only in part stay an error, as they are today.
    """
    try:
        return AffectedRanges.from_unaffected(requirements)
    except VersionError:
        intervals = [Interval.from_requirement(r) for r in requirements]
        kept = [
            requirement
            for i, requirement in enumerate(requirements)
            if not any(
                _within(intervals[i], other) and (intervals[i] != other or j < i)
                for j, other in enumerate(intervals)
                if j != i
            )
        ]
        if len(kept) == len(requirements):
            raise
        return AffectedRanges.from_unaffected(kept)


def _within(inner: Interval, outer: Interval) -> bool:
    """Does ``outer`` hold every version of ``inner``?"""
    if outer.start is not None:
        if inner.start is None:
            return False
        low, high = outer.start.version.precedence, inner.start.version.precedence
        if low > high or (low == high and inner.start.inclusive and not outer.start.inclusive):
            return False
    if outer.end is not None:
        if inner.end is None:
            return False
        low, high = inner.end.version.precedence, outer.end.version.precedence
        if low > high or (low == high and inner.end.inclusive and not outer.end.inclusive):
            return False
    return True


def _title_and_description(body: str) -> tuple[str, str]:
    lines = body.strip().splitlines()
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return line[2:].strip(), "\n".join(lines[i + 1 :]).strip()
    return "", body.strip()


def _build(doc: Mapping[str, Any], body: str, collection: Collection, path: str) -> Advisory:
    unknown = set(doc) - set(_KNOWN)
    if unknown:
        raise ValueError(f"unknown table(s): {', '.join(sorted(unknown))}")
    adv = _table(doc, "advisory")
    affected = _table(doc, "affected")
    versions = _table(doc, "versions")

    advisory_id = _str(adv, "id", required=True)
    assert advisory_id is not None
    if not _ID.match(advisory_id):
        raise ValueError(f"malformed advisory id '{advisory_id}'")
    package = _str(adv, "package", required=True)
    assert package is not None
    patched = _strs(versions, "patched")
    unaffected = _strs(versions, "unaffected")
    ranges = _affected_ranges(
        _requirements(patched, "patched") + _requirements(unaffected, "unaffected")
    )
    functions = affected.get("functions", {})
    if not isinstance(functions, dict):
        raise ValueError("[affected.functions] must be a table")
    function_ranges = []
    for fn_path, reqs in functions.items():
        if not isinstance(reqs, list) or not all(isinstance(r, str) for r in reqs):
            raise ValueError(f"affected function '{fn_path}' must map to a list of requirements")
        _requirements(tuple(reqs), f"affected function '{fn_path}'")
        function_ranges.append(FunctionRanges(fn_path, tuple(reqs)))
    cvss_text = _str(adv, "cvss")
    withdrawn = _date(adv, "withdrawn")
    yanked = adv.get("yanked", False)  # 2020 to 2022: withdrawn, without a date
    if not isinstance(yanked, bool):
        raise ValueError("'yanked' must be a boolean")
    if yanked and withdrawn is None:
        withdrawn = _date(adv, "date", required=True)
    expect_deleted = adv.get("expect-deleted", False)
    if not isinstance(expect_deleted, bool):
        raise ValueError("'expect-deleted' must be a boolean")
    title, description = _title_and_description(body)
    title = _str(adv, "title") or title
    if not title:
        raise ValueError("advisory has no title (a '# ' heading after the front matter)")
    url = _str(adv, "url")
    return Advisory(
        id=AdvisoryId(advisory_id),
        package=CrateName(package),
        title=title,
        ranges=ranges,
        date=_date(adv, "date", required=True),
        description=_str(adv, "description") or description,
        aliases=_strs(adv, "aliases"),
        related=_strs(adv, "related"),
        url=url,
        references=_strs(adv, "references"),
        categories=_strs(adv, "categories"),
        keywords=_strs(adv, "keywords"),
        cvss=parse_cvss(cvss_text) if cvss_text else None,
        informational=_str(adv, "informational"),
        withdrawn=withdrawn,
        expect_deleted=expect_deleted,
        license=_str(adv, "license") or "CC0-1.0",
        collection=collection,
        affected_os=_strs(affected, "os"),
        affected_arch=_strs(affected, "arch"),
        affected_functions=tuple(function_ranges),
        patched=patched,
        unaffected=unaffected,
        source="rustsec",
    )
