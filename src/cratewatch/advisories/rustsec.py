"""The RustSec advisory format: Markdown with TOML front matter.

A file is a ```` ```toml ```` fenced block holding ``[advisory]``, ``[affected]``
and ``[versions]``, followed by Markdown whose first ``#`` heading is the title.
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
from cratewatch.errors import AdvisoryError, VersionError
from cratewatch.model.advisory import Advisory, AdvisoryId, Collection, FunctionRanges
from cratewatch.model.package import CrateName
from cratewatch.model.ranges import AffectedRanges
from cratewatch.model.version import VersionReq

__all__ = ["parse_rustsec_advisory", "read_rustsec_advisory"]

_FRONT_MATTER = re.compile(r"\A\s*```toml\s*\n(?P<toml>.*?)\n```[ \t]*\n?(?P<body>.*)\Z", re.S)
_ID = re.compile(r"^[A-Z][A-Z0-9]*-[0-9A-Za-z-]+$")
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
        "license",
        "expect-deleted",
        "title",
        "description",
    },
    "affected": {"arch", "os", "functions"},
    "versions": {"patched", "unaffected"},
}


def read_rustsec_advisory(path: Path, collection: Collection = Collection.CRATES) -> Advisory:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AdvisoryError(f"{path}: cannot read advisory: {exc}") from None
    return parse_rustsec_advisory(text, str(path), collection)


def parse_rustsec_advisory(
    text: str, path: str = "<advisory>", collection: Collection = Collection.CRATES
) -> Advisory:
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise AdvisoryError(f"{path}: missing ```toml front matter")
    try:
        doc = tomli.loads(match["toml"])
    except (tomli.TOMLDecodeError, RecursionError) as exc:
        raise AdvisoryError(f"{path}: invalid TOML front matter: {exc}") from None
    try:
        return _build(doc, match["body"], collection, path)
    except (AdvisoryError, VersionError, ValueError, TypeError) as exc:
        raise AdvisoryError(f"{path}: {exc}") from None


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
        try:
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
    ranges = AffectedRanges.from_unaffected(
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
        withdrawn=_date(adv, "withdrawn"),
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
