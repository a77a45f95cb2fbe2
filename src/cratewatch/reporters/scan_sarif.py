"""SARIF 2.1.0 output of ``cratewatch scan``, for GitHub code scanning and other consumers.

One run, one result per piece of evidence and one per crate judged ``malicious`` or
``suspicious``; everything is sorted, so the same scan gives the same bytes.

Rules
    Each scanner rule (``scan/rules.toml``) that has results, and ``verdict-malicious`` /
    ``verdict-suspicious`` when a crate got that verdict, sorted by id. The level and
    GitHub's ``security-severity`` come from the rule's severity: critical ``error`` 9.5,
    high ``error`` 8.0, medium ``warning`` 5.5, low ``note`` 3.0, info ``note`` 1.0;
    ``verdict-malicious`` counts as critical, ``verdict-incomplete`` as high,
    ``verdict-suspicious`` as medium. An evidence result is never louder than its crate's
    verdict: ``note`` at most in a crate judged clean or in test code, ``warning`` at most
    in a suspicious crate.

Results
    Evidence: ``<description> (<context>) in <crate> <version>`` at the file and line,
    with the source line as the region's snippet. Exact repeats (one rule matching twice
    on one line) are reported once. Verdicts: one result per ``malicious``,
    ``incomplete`` or ``suspicious`` crate, at line 1 of its ``Cargo.toml``, so that a
    crate's verdict is an alert of its own next to the evidence behind it. Clean crates
    appear only in ``run.properties.crates``, the summary of every crate scanned.

Locations
    The crate's path as given on the command line, joined with the file's path inside
    the crate, with ``/`` separators. For a crate directory that is a real file:
    ``cratewatch scan vendor`` run at the root of a checkout gives
    ``vendor/evil/build.rs``, which GitHub links to the code. For a ``.crate`` archive
    the URI is ``<archive path>/<file inside>`` (``crates/evil-0.1.0.crate/build.rs``):
    no file has that path (a viewer cannot open it), but it names the archive and the
    member, it is as relative as the archive's path, and the snippet shows the code. The
    archive's top folder (normally ``<name>-<version>/``, already in the archive's
    name) is left out. Relative paths stay relative; absolute ones become ``file://``
    URIs, as in the audit's SARIF (GitHub's ``upload-sarif`` makes those under the
    checkout relative).

Fingerprints
    ``partialFingerprints`` hash the crate name, rule, file and snippet (whitespace
    runs collapsed), not the line or the version, so that code scanning tracks an alert
    across runs, lines moving and version bumps that keep the code. Identical hashes
    in one run (the same line twice in a file, or two versions of a crate carrying the
    same code) are told apart by an occurrence number, ``<hash>:<n>``, counted in
    output order (older versions first), as CodeQL does for its line hashes.

Archive problems
    What a crate's archive or directory did wrong (``CrateScan.problems``: unsafe
    paths, links, limits) are ``toolExecutionNotifications`` of the invocation, at
    ``warning`` level, pointing at the crate.

The tool is named ``cratewatch`` as in the audit's SARIF. To upload both to GitHub from
one job, give each upload its own ``category``; the log sets no ``automationDetails``, so
that the category given to ``upload-sarif`` applies.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from cratewatch.errors import VersionError
from cratewatch.model import Version
from cratewatch.model.findings import Severity
from cratewatch.reporters import TOOL_NAME, tool_version
from cratewatch.reporters.sarif import (
    FINGERPRINT_KEY,
    SARIF_SCHEMA_URI,
    SARIF_SEVERITY,
    pascal_name,
    path_uri,
)
from cratewatch.scan.rules import Rule, rules_by_id

if TYPE_CHECKING:
    from cratewatch.scan.analyze import Evidence
    from cratewatch.scan.crate import CrateScan

__all__ = ["VERDICT_RULES", "render_scan_sarif", "scan_to_sarif"]

#: Verdict -> (rule id, severity, description) of the crate-level results.
VERDICT_RULES: Final = {
    "malicious": (
        "verdict-malicious",
        Severity.CRITICAL,
        "the crate looks malicious: a high risk score and a high-severity threat outside tests",
    ),
    "incomplete": (
        "verdict-incomplete",
        Severity.HIGH,
        "the crate could not be examined fully (an archive that cannot be read to its end, "
        "a path or link leaving the crate, a member over a limit): what was not read may "
        "hide anything",
    ),
    "suspicious": (
        "verdict-suspicious",
        Severity.MEDIUM,
        "the crate looks suspicious: a threat outside tests, or network access or library "
        "loading in a build script or procedural macro",
    ),
}
#: The most an evidence result may say, by the verdict of its crate: evidence of a crate
#: judged clean (a threat in its tests, a capability) is a note, never an error.
_LEVEL_CAP: Final = {"clean": "note", "suspicious": "warning"}
_LEVEL_ORDER: Final = ("note", "warning", "error")


def render_scan_sarif(results: list[CrateScan]) -> str:
    """The SARIF log of a scan, as JSON text ending with a newline."""
    return json.dumps(scan_to_sarif(results), indent=2, ensure_ascii=False) + "\n"


def scan_to_sarif(results: Iterable[CrateScan]) -> dict[str, Any]:
    """The SARIF log of a scan, as JSON values."""
    scanner_rules = rules_by_id()
    crates = sorted(results, key=_crate_key)
    scans = [(crate, _distinct_evidence(crate)) for crate in crates]

    found = {e.rule for _, evidence in scans for e in evidence}
    verdicts = {VERDICT_RULES[c.verdict][0] for c in crates if c.verdict in VERDICT_RULES}
    rules = [
        _rule(rule.id, rule.kind.value, rule.severity, rule.description)
        for rule in (scanner_rules[rule_id] for rule_id in found)
    ]
    rules += [
        _rule(rule_id, "verdict", severity, description)
        for rule_id, severity, description in VERDICT_RULES.values()
        if rule_id in verdicts
    ]
    rules.sort(key=lambda rule: str(rule["id"]))
    index = {rule["id"]: i for i, rule in enumerate(rules)}

    occurrences: dict[str, int] = {}

    def fingerprint(*parts: str) -> str:
        digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
        occurrences[digest] = occurrences.get(digest, 0) + 1
        return f"{digest}:{occurrences[digest]}"

    sarif_results: list[dict[str, Any]] = []
    for crate, evidence in scans:
        if crate.verdict in VERDICT_RULES:
            rule_id = VERDICT_RULES[crate.verdict][0]
            sarif_results.append(
                _verdict_result(crate, index[rule_id], fingerprint(crate.crate, rule_id))
            )
        for e in evidence:
            snippet = " ".join(e.snippet.split())
            sarif_results.append(
                _evidence_result(
                    crate,
                    e,
                    scanner_rules[e.rule],
                    index[e.rule],
                    fingerprint(crate.crate, e.rule, e.file, snippet),
                )
            )

    run: dict[str, Any] = {
        "tool": {"driver": {"name": TOOL_NAME, "version": tool_version(), "rules": rules}},
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    _notification(crate, problem) for crate in crates for problem in crate.problems
                ],
            }
        ],
        "results": sarif_results,
        "properties": {"crates": [_summary(crate) for crate in crates]},
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _crate_key(crate: CrateScan) -> tuple[object, ...]:
    """Name, then version by SemVer precedence (unparsable versions last), then path."""
    try:
        precedence: tuple[object, ...] = (0, Version.parse(crate.version).precedence)
    except VersionError:
        precedence = (1, ())
    return (crate.crate, precedence, crate.version, crate.path)


def _distinct_evidence(crate: CrateScan) -> list[Evidence]:
    return sorted(
        set(crate.findings), key=lambda e: (e.file, e.line, e.rule, e.snippet, e.context.value)
    )


def _label(crate: CrateScan) -> str:
    return f"{crate.crate} {crate.version}".strip()


def _artifact(crate: CrateScan, file: str | None) -> dict[str, str]:
    """The crate's path, or a file in it, as a relative URI when the path is relative."""
    base = crate.path.replace("\\", "/")
    path = base if file is None else posixpath.normpath(posixpath.join(base, file))
    return {"uri": path_uri(path)}


def _logical(crate: CrateScan) -> list[dict[str, str]]:
    return [{"name": crate.crate, "fullyQualifiedName": _label(crate), "kind": "package"}]


def _rule(rule_id: str, kind: str, severity: Severity, description: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": pascal_name(rule_id),
        "shortDescription": {"text": description},
        "defaultConfiguration": {"level": SARIF_SEVERITY[severity][0]},
        "properties": {
            "tags": [kind, "security"],
            "security-severity": SARIF_SEVERITY[severity][1],
            "severity": severity.label,
        },
    }


def _evidence_result(
    crate: CrateScan, e: Evidence, rule: Rule, rule_index: int, fingerprint: str
) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": e.line}
    if e.snippet:
        region["snippet"] = {"text": e.snippet}
    return {
        "ruleId": e.rule,
        "ruleIndex": rule_index,
        "level": _evidence_level(crate, e, rule),
        "message": {"text": f"{rule.description} ({e.context.value}) in {_label(crate)}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(crate, e.file),
                    "region": region,
                },
                "logicalLocations": _logical(crate),
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {
            "crate": crate.crate,
            "version": crate.version,
            "context": e.context.value,
            "verdict": crate.verdict,
        },
    }


def _evidence_level(crate: CrateScan, e: Evidence, rule: Rule) -> str:
    from cratewatch.scan.analyze import Context

    level = SARIF_SEVERITY[rule.severity][0]
    cap = "note" if e.context is Context.TEST else _LEVEL_CAP.get(crate.verdict, "error")
    return min(level, cap, key=_LEVEL_ORDER.index)


def _verdict_result(crate: CrateScan, rule_index: int, fingerprint: str) -> dict[str, Any]:
    rule_id, severity, _ = VERDICT_RULES[crate.verdict]
    why = f": {'; '.join(crate.reasons)}" if crate.reasons else ""
    text = (
        f"{_label(crate)} looks {crate.verdict}{why} (risk score {crate.risk_score:g}; "
        f"capabilities: {', '.join(crate.capabilities) or 'none'})"
    )
    return {
        "ruleId": rule_id,
        "ruleIndex": rule_index,
        "level": SARIF_SEVERITY[severity][0],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(crate, "Cargo.toml"),
                    "region": {"startLine": 1},
                },
                "logicalLocations": _logical(crate),
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {
            "crate": crate.crate,
            "version": crate.version,
            "verdict": crate.verdict,
            "reasons": list(crate.reasons),
            "risk_score": crate.risk_score,
            "capabilities": list(crate.capabilities),
        },
    }


def _notification(crate: CrateScan, problem: object) -> dict[str, Any]:
    return {
        "level": "warning",
        "message": {"text": f"{_label(crate) or crate.path}: {problem}"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(crate, None)}}],
        "properties": {"crate": crate.crate, "version": crate.version},
    }


def _summary(crate: CrateScan) -> dict[str, Any]:
    return {
        "crate": crate.crate,
        "version": crate.version,
        "path": crate.path,
        "verdict": crate.verdict,
        "risk_score": crate.risk_score,
        "capabilities": list(crate.capabilities),
    }
