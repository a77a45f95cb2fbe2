"""Human and JSON output of ``cratewatch scan``: pure functions of a ``ScanReport``.

Everything a crate gives us (its name, member names, snippets, the reasons quoting
them) passes through ``printable_line`` before it reaches the human report: a crate
cannot print escape sequences on the reviewer's terminal. JSON escapes control
characters by itself.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from cratewatch.model.scan import Verdict
from cratewatch.reporters.envelope import envelope
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    from cratewatch.scan.analyze import Evidence
    from cratewatch.scan.crate import CrateScan
    from cratewatch.scan.run import ScanReport

__all__ = ["crate_to_dict", "evidence_to_dict", "render_scan_human", "render_scan_json"]


def evidence_to_dict(e: Evidence) -> dict[str, Any]:
    """One piece of evidence in JSON, with its rule's kind and severity."""
    from cratewatch.scan.rules import rules_by_id

    rule = rules_by_id()[e.rule]
    return {
        "rule": e.rule,
        "kind": rule.kind.value,
        "severity": rule.severity.label,
        "file": e.file,
        "line": e.line,
        "context": e.context.value,
        "cfg": e.cfg,
        "snippet": e.snippet,
        "ignored": e.ignored or None,
    }


def crate_to_dict(result: CrateScan) -> dict[str, Any]:
    return {
        "crate": result.crate,
        "version": result.version,
        "path": result.path,
        "verdict": result.verdict.value,
        "reasons": list(result.reasons),
        "risk_score": result.risk_score,
        "capabilities": list(result.capabilities),
        "unsafe": {**result.unsafe._asdict(), "total": result.unsafe.total},
        "findings": [evidence_to_dict(e) for e in result.findings],
        "denied": list(result.denied),
        "problems": [
            {
                "code": p.issue.value,
                "blocking": p.issue.blocking,
                "member": p.member,
                "detail": p.detail,
            }
            for p in result.problems
        ],
    }


def render_scan_json(report: ScanReport) -> str:
    document = {
        **envelope("scan"),
        "summary": {
            "crates": len(report.crates),
            "by_verdict": {v.value: report.count(v) for v in Verdict},
            "not_scanned": len(report.not_scanned),
            "skipped": len(report.skipped),
            "fail_on": report.fail_on.value,
            "failed": report.failed,
        },
        "lockfile": report.lockfile,
        "sources": list(report.sources),
        "crates": [crate_to_dict(r) for r in report.crates],
        "not_scanned": [{"subject": n.subject, "reason": n.reason} for n in report.not_scanned],
        "skipped": [{"subject": n.subject, "reason": n.reason} for n in report.skipped],
        "diagnostics": [
            {
                "code": d.code.value,
                "level": d.level.value,
                "message": d.message,
                "location": d.location,
            }
            for d in report.diagnostics
        ],
    }
    return json.dumps(document, indent=2) + "\n"


def render_scan_human(report: ScanReport, *, verbose: bool = False) -> str:
    """One block per crate, then what was not scanned, then a closing tally."""
    lines = []
    for r in report.crates:
        name = printable_line(f"{r.crate} {r.version}".strip())
        caps = ", ".join(r.capabilities) or "none"
        lines.append(
            f"{name}: {r.verdict.value.upper()} (risk {r.risk_score:g}; capabilities: {caps};"
            f" unsafe: {r.unsafe.total})"
        )
        lines += [f"    why: {printable_line(reason)}" for reason in r.reasons]
        lines += [
            f"    denied: {rule} (at the deny level in the configuration)" for rule in r.denied
        ]
        lines += [f"    archive: {printable_line(str(problem))}" for problem in r.problems]
        silenced = sum(1 for e in r.findings if e.ignored)
        if silenced:
            lines.append(f"    not counted: {silenced} hits of rules allowed or ignored")
        for e in r.findings:
            if e.ignored:
                continue
            if e.rule.startswith("threat-") and e.rule != "threat-archive-tampering":
                where = f"{e.context.value}, cfg({e.cfg})" if e.cfg else e.context.value
                lines.append(
                    f"    {e.rule} at {printable_line(e.file)}:{e.line} ({where}): "
                    f"{printable_line(e.snippet)}"
                )
    for entry in report.not_scanned:
        lines.append(f"not scanned: {printable_line(str(entry))}")
    for d in report.diagnostics:
        where = f" ({d.location})" if d.location else ""
        lines.append(f"{d.level.value}: {d.code.value}: {printable_line(d.message)}{where}")
    if verbose:
        lines += [f"skipped: {printable_line(str(entry))}" for entry in report.skipped]
    lines.append(tally(report))
    return "\n".join(lines) + "\n"


def tally(report: ScanReport) -> str:
    """The closing line: how many crates of each verdict, what was not scanned, and
    whether the run fails."""
    counts = [f"{report.count(v)} {v.value}" for v in reversed(Verdict) if report.count(v)]
    parts = [f"{len(report.crates)} crates scanned" + (f" ({', '.join(counts)})" if counts else "")]
    if report.not_scanned:
        parts.append(f"{len(report.not_scanned)} not scanned")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    outcome = "failed" if report.failed else "passed"
    return f"scan {outcome}: {'; '.join(parts)} (fails on {report.fail_on.value} or worse)"
