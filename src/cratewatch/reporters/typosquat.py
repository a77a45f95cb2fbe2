"""Human and JSON output of ``cratewatch typosquat``: pure functions of a
``TyposquatReport``. Names come from the command line, a file or a registry: they pass
through ``printable_line`` (or ``shown_name`` when they are not crate names) before
they reach a terminal."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from cratewatch.reporters.envelope import envelope
from cratewatch.typosquat.names import shown_name
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    from cratewatch.typosquat.run import NameResult, TyposquatReport

__all__ = ["render_typosquat_human", "render_typosquat_json", "result_to_dict", "tally"]


def result_to_dict(result: NameResult) -> dict[str, Any]:
    if result.verdict is None:
        return {
            "name": result.name,
            "valid": False,
            "problem": result.problem,
            "flagged": False,
            "suspects": [],
        }
    return {
        "name": result.name,
        "valid": True,
        "flagged": result.verdict.flagged,
        "suspects": [s._asdict() for s in result.verdict.suspects],
    }


def render_typosquat_json(report: TyposquatReport) -> str:
    document = {
        **envelope("typosquat"),
        "summary": {
            "screened": report.screened,
            "flagged": sum(1 for r in report.results if r.flagged),
            "invalid": report.invalid,
            "baseline": report.baseline,
            "failed": report.failed,
        },
        "results": [result_to_dict(r) for r in report.results],
    }
    return json.dumps(document, indent=2) + "\n"


def render_typosquat_human(report: TyposquatReport) -> str:
    lines = []
    for result in report.results:
        name, v = printable_line(result.name), result.verdict
        if v is None:
            lines.append(f"{shown_name(result.name)}: not a valid crate name: {result.problem}")
        elif not v.suspects:
            lines.append(f"{name}: no look-alike among the popular crates")
        else:
            best = v.suspects[0]
            mark = "SUSPECT" if v.flagged else "weak"
            lines.append(
                f"{name}: {mark}, looks like {best.target} ({best.check}, {best.score:.2f})"
            )
            for other in v.suspects[1:4]:
                lines.append(f"    also {other.target} ({other.check}, {other.score:.2f})")
    return "\n".join(lines) + "\n"


def tally(report: TyposquatReport) -> str:
    """The closing line on standard error."""
    flagged = sum(1 for r in report.results if r.flagged)
    share = 100 * flagged / max(report.screened, 1)
    text = f"cratewatch: {flagged:,} of {report.screened:,} names flagged ({share:.2f} %)"
    if report.invalid:
        text += f"; {report.invalid:,} are not valid crate names"
    return text
