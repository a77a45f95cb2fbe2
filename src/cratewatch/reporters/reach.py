"""Reports of ``cratewatch reach``: a human summary and the JSON document (kind ``reach``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cratewatch.model.reach import ReachState
from cratewatch.model.report import Report
from cratewatch.reach.run import ReachedFinding
from cratewatch.reporters.envelope import envelope
from cratewatch.untrusted.text import printable_line

__all__ = ["reach_human", "reach_json"]


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


def reach_json(
    report: Report, results: Sequence[ReachedFinding], problems: Sequence[str]
) -> dict[str, Any]:
    document = envelope("reach")
    document["lockfile"] = report.lockfile
    document["findings"] = [
        {
            "advisory": r.finding.advisory.id if r.finding.advisory else None,
            "package": {
                "name": str(r.finding.package.name),
                "version": str(r.finding.package.version),
            }
            if r.finding.package
            else None,
            "code": r.finding.code.value,
            "state": r.reachability.state.value,
            "reason": r.reachability.reason.value if r.reachability.reason else None,
            "detail": r.reachability.detail,
            "phase": r.reachability.phase.value if r.reachability.phase else None,
            "conditions": list(r.reachability.conditions),
            "used": r.reachability.used,
            "path": [
                {
                    "function": s.function,
                    "file": s.file,
                    "line": s.line,
                    "conditions": list(s.conditions),
                }
                for s in r.reachability.path
            ],
        }
        for r in results
    ]
    document["problems"] = list(problems)
    return document
