"""Reports of ``cratewatch reach``: a human summary and the JSON document (kind ``reach``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cratewatch.model.reach import ReachState
from cratewatch.model.report import Report
from cratewatch.reach.run import ReachedFinding
from cratewatch.reporters.envelope import envelope
from cratewatch.untrusted.text import printable_line

__all__ = ["reach_human", "reach_json", "reach_markdown", "sarif_with_reachability"]


def reach_human(results: Sequence[ReachedFinding], problems: Sequence[str]) -> str:
    lines = []
    for result in results:
        finding, answer = result.finding, result.reachability
        package = finding.package
        advisory = finding.advisory
        head = f"{advisory.id if advisory else '?'} {package.name if package else ''} "
        head += f"{package.version if package else ''}: {answer.state.value}"
        if answer.reason is not None:
            head += f" ({answer.reason.value})"
        if answer.phase is not None and answer.state is ReachState.REACHABLE:
            head += f", {answer.phase.value}"
        lines.append(printable_line(head))
        if answer.detail:
            lines.append("    " + printable_line(answer.detail))
        for step in answer.path:
            where = f"{step.file}:{step.line}"
            needs = f"  [needs cfg({', '.join(step.conditions)})]" if step.conditions else ""
            lines.append(printable_line(f"      {step.function}  at {where}{needs}"))
    counts = {state: 0 for state in ReachState}
    for result in results:
        counts[result.reachability.state] += 1
    lines.append(
        f"{len(results)} advisory findings: {counts[ReachState.REACHABLE]} reachable, "
        f"{counts[ReachState.NOT_REACHABLE]} not reachable, {counts[ReachState.UNKNOWN]} unknown"
    )
    lines += [printable_line(f"warning: {p}") for p in problems]
    return "\n".join(lines) + "\n"


def reach_markdown(results: Sequence[ReachedFinding]) -> str:
    """A Markdown section: each advisory finding's answer, the path in words."""
    lines = [
        "## Reachability of the vulnerable functions",
        "",
        "| advisory | crate | answer | how |",
        "|---|---|---|---|",
    ]
    for result in results:
        finding, answer = result.finding, result.reachability
        shown = answer.state.value + (f" ({answer.reason.value})" if answer.reason else "")
        cells = [
            finding.advisory_id or "",
            f"{finding.package.name} {finding.package.version}" if finding.package else "",
            shown,
            answer.detail,
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def sarif_with_reachability(document: dict[str, Any], results: Sequence[ReachedFinding]) -> None:
    """Each SARIF result of an advisory finding gets a ``reachability`` property (the
    ``reach`` document's answer: state, reason, detail, path)."""
    answers = {
        (r.finding.advisory_id, str(r.finding.package.name), str(r.finding.package.version)): r
        for r in results
        if r.finding.package is not None
    }
    for run in document.get("runs", []):
        for result in run.get("results", []):
            properties = result.setdefault("properties", {})
            key = (result.get("ruleId"), properties.get("crate"), properties.get("version"))
            if key in answers:
                properties["reachability"] = _answer(answers[key])


def _cell(text: str) -> str:
    return printable_line(text).replace("|", "\\|")


def _answer(result: ReachedFinding) -> dict[str, Any]:
    answer = result.reachability
    return {
        "state": answer.state.value,
        "reason": answer.reason.value if answer.reason else None,
        "detail": answer.detail,
        "phase": answer.phase.value if answer.phase else None,
        "conditions": list(answer.conditions),
        "used": answer.used,
        "path": [
            {
                "function": s.function,
                "file": s.file,
                "line": s.line,
                "conditions": list(s.conditions),
            }
            for s in answer.path
        ],
    }


def reach_json(
    report: Report, results: Sequence[ReachedFinding], problems: Sequence[str]
) -> dict[str, Any]:
    document = envelope("reach")
    document["lockfile"] = report.lockfile
    document["findings"] = [
        {
            "advisory": r.finding.advisory_id,
            "package": {
                "name": str(r.finding.package.name),
                "version": str(r.finding.package.version),
            }
            if r.finding.package
            else None,
            "code": r.finding.code.value,
            **_answer(r),
        }
        for r in results
    ]
    document["problems"] = list(problems)
    return document
