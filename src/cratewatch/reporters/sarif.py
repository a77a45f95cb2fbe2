"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF consumers.

One run; one rule per advisory id (or, for findings without an advisory, per
finding code); one result per finding and diagnostic. Results point at the
lockfile, or at ``Finding.location`` when it names a file (``path`` or
``path:line``; not, e.g., an ignore given on the command line). Ignored
findings are kept as results with an external suppression carrying the
reason. ``partialFingerprints`` is stable for one advisory on one crate
version, so that code scanning tracks an alert across runs and
dependency-path changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from urllib.parse import quote

from cratewatch._lean import TYPE_CHECKING
from cratewatch.model import Finding, Level, Report, Severity
from cratewatch.reporters import (
    TOOL_NAME,
    advisory_url,
    database_dict,
    file_location,
    finding_fix_text,
    format_path,
    iso_utc,
    resolve_now,
    sentence,
    sorted_findings,
    tool_version,
)

if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "FINGERPRINT_KEY",
    "SARIF_SCHEMA_URI",
    "pascal_name",
    "path_uri",
    "render_sarif",
    "report_to_sarif",
]

SARIF_SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "cratewatch/v1"

_LEVELS = {Level.DENY: "error", Level.WARN: "warning", Level.ALLOW: "note"}
#: One table for both SARIF writers (the audit's and the scan's): a severity's SARIF level
#: and GitHub's ``security-severity`` (a 0-10 score that GitHub maps to critical at 9.0
#: and over, high at 7.0, medium at 4.0, low below).
SARIF_SEVERITY: dict[Severity, tuple[str, str]] = {
    Severity.CRITICAL: ("error", "9.5"),
    Severity.HIGH: ("error", "8.0"),
    Severity.MEDIUM: ("warning", "5.5"),
    Severity.LOW: ("note", "3.0"),
    Severity.INFO: ("note", "1.0"),
}
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:/")


def render_sarif(report: Report, *, now: dt.datetime | None = None) -> str:
    return json.dumps(report_to_sarif(report, now=now), indent=2, ensure_ascii=False) + "\n"


def report_to_sarif(report: Report, *, now: dt.datetime | None = None) -> dict[str, Any]:
    entries = [*sorted_findings(report.findings), *sorted_findings(report.diagnostics)]
    rules: dict[str, dict[str, Any]] = {}
    for finding in entries:
        rule_id = _rule_id(finding)
        if rule_id not in rules:
            rules[rule_id] = _rule(finding)
    rule_ids = sorted(rules)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results = [_result(report, f, index[_rule_id(f)]) for f in entries]

    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": TOOL_NAME,
                "version": tool_version(),
                "rules": [rules[rule_id] for rule_id in rule_ids],
            }
        },
        "invocations": [_invocation(report)],
        "results": results,
        "properties": {
            "lockfile": report.lockfile,
            "packages": report.package_count,
            "audited": report.audited_count,
            "skipped": len(report.skipped),
            "failed": report.failed,
            "targets": list(report.targets),
            "database": database_dict(report, resolve_now(report, now)),
        },
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _invocation(report: Report) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if report.generated is not None:
        invocation["endTimeUtc"] = iso_utc(report.generated)
    return invocation


def _rule_id(finding: Finding) -> str:
    return finding.advisory_id or finding.code.value


def _rule(finding: Finding) -> dict[str, Any]:
    code = finding.code
    advisory = finding.advisory
    level = _LEVELS[code.default_level]
    if advisory is None:
        return {
            "id": code.value,
            "name": pascal_name(code.value),
            "shortDescription": {"text": sentence(code.description)},
            "fullDescription": {"text": sentence(code.description)},
            "defaultConfiguration": {"level": level},
            "properties": {"tags": [TOOL_NAME, code.value]},
        }
    description = advisory.description.strip() or advisory.title
    url = advisory_url(advisory)
    help_text = [description]
    help_markdown = [description]
    if advisory.patched:
        help_text.append("Patched versions: " + ", ".join(advisory.patched))
        help_markdown.append("Patched versions: " + ", ".join(f"`{p}`" for p in advisory.patched))
    else:
        help_text.append("No patched version is available.")
        help_markdown.append("No patched version is available.")
    help_text.append(f"Advisory: {url}")
    help_markdown.append(f"Advisory: [{advisory.id}]({url})")
    tags = list(dict.fromkeys(["security", code.value, *advisory.categories]))
    properties: dict[str, Any] = {"tags": tags}
    if advisory.cvss is not None:
        properties["security-severity"] = f"{advisory.cvss.base_score:.1f}"
        properties["cvss"] = advisory.cvss.vector
    if advisory.aliases:
        properties["aliases"] = list(advisory.aliases)
    return {
        "id": advisory.id,
        "name": pascal_name(code.value),
        "shortDescription": {"text": f"{advisory.package}: {advisory.title}"},
        "fullDescription": {"text": description},
        "help": {"text": "\n\n".join(help_text), "markdown": "\n\n".join(help_markdown)},
        "helpUri": url,
        "defaultConfiguration": {"level": level},
        "properties": properties,
    }


def _result(report: Report, finding: Finding, rule_index: int) -> dict[str, Any]:
    lines = [finding.message]
    lines.extend(f"Dependency path: {format_path(path)}" for path in finding.paths)
    fix = finding_fix_text(finding)
    if fix is not None:
        lines.append(f"Fix: {fix}")

    package = finding.package
    properties: dict[str, Any] = {"code": finding.code.value, "severity": finding.severity.label}
    if package is not None:
        properties["crate"] = package.name
        properties["version"] = str(package.version)
    if finding.paths:
        properties["paths"] = [format_path(path) for path in finding.paths]

    location: dict[str, Any] = {"physicalLocation": _physical_location(report, finding)}
    if package is not None:
        location["logicalLocations"] = [
            {"name": package.name, "fullyQualifiedName": str(package), "kind": "package"}
        ]

    result: dict[str, Any] = {
        "ruleId": _rule_id(finding),
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.level],
        "message": {"text": "\n".join(lines)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: _fingerprint(finding)},
        "properties": properties,
    }
    if finding.ignored_reason is not None:
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": finding.ignored_reason}
        ]
    return result


def _physical_location(report: Report, finding: Finding) -> dict[str, Any]:
    where = file_location(finding.location)
    path, line = (report.lockfile, 1) if where is None else (where[0], where[1] or 1)
    return {"artifactLocation": {"uri": path_uri(path)}, "region": {"startLine": line}}


def path_uri(path: str) -> str:
    """A URI reference for a path as given: relative paths stay relative."""
    text = path.replace("\\", "/")
    if _WINDOWS_DRIVE.match(text):
        return "file:///" + quote(text, safe="/:")
    if text.startswith("/"):
        return "file://" + quote(text, safe="/")
    return quote(text, safe="/")


def _fingerprint(finding: Finding) -> str:
    package = finding.package
    parts = [
        finding.advisory_id or finding.code.value,
        package.name if package is not None else "",
        str(package.version) if package is not None else "",
    ]
    if finding.advisory is None:
        # Without an advisory the message tells apart, e.g., two unused ignore entries.
        parts.append(finding.message)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def pascal_name(identifier: str) -> str:
    """``yanked-crate`` -> ``YankedCrate``: SARIF rule names are PascalCase."""
    return "".join(part.capitalize() for part in identifier.split("-"))
