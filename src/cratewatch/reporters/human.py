"""The human-readable report, rendered with rich.

Layout, top to bottom: a header (lockfile, packages, database and its age), a
prominent warning when the audit found the database stale (a ``database-stale``
diagnostic, by the configured ``max-db-age-days``), the findings grouped by code
(most severe group first) and sorted by crate within a group, the ignored
findings in brief, diagnostics as warnings, the skipped packages, and a
one-line result. Findings at level ``allow`` are only counted.

rich is imported here and only here, when a human report is asked for.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Sequence
from io import StringIO
from typing import TYPE_CHECKING

from cratewatch.model import Code, Finding, Level, Report, Severity, Skipped
from cratewatch.reporters import (
    NO_FIX,
    TOOL_NAME,
    advisory_url,
    database_age_days,
    finding_fix_text,
    format_path,
    is_shown,
    level_counts,
    plural,
    resolve_now,
    sentence,
    shown_diagnostics,
    sorted_findings,
    sorted_skipped,
    stale_database_messages,
    tool_version,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

__all__ = ["DEFAULT_WIDTH", "render_human"]

DEFAULT_WIDTH = 100
_MAX_NAMES = 10

_GROUP_TITLES: dict[Code, str] = {
    Code.VULNERABILITY: "Vulnerabilities",
    Code.MALICIOUS: "Malicious crates",
    Code.UNSOUND: "Unsound APIs",
    Code.UNMAINTAINED: "Unmaintained crates",
    Code.NOTICE: "Notices",
    Code.YANKED: "Yanked versions",
    Code.YANKED_UNCHECKED: "Yanked state unknown",
    Code.ADVISORY_INVALID: "Invalid advisories",
    Code.DATABASE_STALE: "Stale database",
    Code.IGNORE_UNUSED: "Unused ignore entries",
    Code.IGNORE_EXPIRED: "Expired ignore entries",
}

_SEVERITY_STYLES: dict[Severity, str] = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}

_LEVEL_STYLES: dict[Level, str] = {
    Level.DENY: "bold red",
    Level.WARN: "bold yellow",
    Level.ALLOW: "dim",
}

_LEVEL_RANK: dict[Level, int] = {Level.DENY: 2, Level.WARN: 1, Level.ALLOW: 0}
_CODE_ORDER: dict[Code, int] = {code: i for i, code in enumerate(Code)}


def render_human(
    report: Report,
    *,
    color: bool = False,
    now: dt.datetime | None = None,
    width: int | None = None,
) -> str:
    """The report as text for a person; ANSI styles only when ``color``.

    ``width`` defaults to 100 columns, or to the terminal's width when
    ``color`` is set (colour implies the caller is writing to a terminal).
    """
    from rich.console import Console

    if width is None:
        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns if color else DEFAULT_WIDTH
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        force_jupyter=False,
        force_interactive=False,
        color_system="standard" if color else None,
        no_color=not color,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    _write(console, report, resolve_now(report, now))
    text = buffer.getvalue()
    if not color:
        text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    return text


def _write(console: Console, report: Report, now: dt.datetime) -> None:
    from rich.text import Text

    stale = stale_database_messages(report)
    console.print(_header(report, database_age_days(report, now), stale=bool(stale)))
    if stale:
        console.print()
        console.print(_stale_warning(stale))

    visible = [f for f in report.findings if is_shown(f)]
    for code, group in _groups(visible):
        console.print()
        level = max((f.level for f in group), key=_LEVEL_RANK.__getitem__)
        console.print(
            Text.assemble(
                (_GROUP_TITLES.get(code, code.value), _LEVEL_STYLES[level]),
                f" ({len(group)})",
            )
        )
        for i, finding in enumerate(group):
            if i:
                console.print()
            console.print(_finding(finding))

    ignored = sorted_findings(f for f in report.findings if f.ignored_reason is not None)
    if ignored:
        console.print()
        console.print(Text(f"Ignored ({len(ignored)})", style="bold"))
        console.print(_ignored(ignored))

    diagnostics = shown_diagnostics(report)
    if diagnostics:
        console.print()
        for diagnostic in diagnostics:
            console.print(_diagnostic(diagnostic))

    if report.skipped:
        console.print()
        console.print(_skipped(report.skipped))

    console.print()
    console.print(_result(report))


def _header(report: Report, age: float | None, *, stale: bool) -> RenderableType:
    from rich.text import Text

    text = Text()
    text.append(f"{TOOL_NAME} {tool_version()}", style="bold")
    text.append(" audit of ")
    text.append(report.lockfile, style="bold")
    text.append(
        f": {plural(report.package_count, 'package')}, {report.audited_count} audited"
        f", {len(report.skipped)} skipped\n"
    )
    db = report.database
    text.append("Advisory database: ")
    text.append(plural(db.advisory_count, "advisory", "advisories"))
    if db.invalid_count:
        text.append(f" ({plural(db.invalid_count, 'unreadable file')} left out)")
    if db.updated is not None and age is not None:
        text.append(f", updated {db.updated.date().isoformat()} (")
        text.append(_age_words(age), style="bold red" if stale else "")
        text.append(")")
    else:
        text.append(", last update unknown")
    if db.sources or db.commit:
        text.append("\nSources: " + (", ".join(db.sources) or "unknown"))
        if db.commit:
            text.append(f" (commit {db.commit[:12]})")
    if report.targets:
        text.append("\nTargets: " + ", ".join(report.targets))
    return text


def _age_words(age: float) -> str:
    days = int(age)
    if days < 1:
        return "less than a day ago"
    return f"{plural(days, 'day')} ago"


def _stale_warning(messages: Sequence[str]) -> RenderableType:
    """The ``database-stale`` diagnostics' messages, and what a stale database means."""
    from rich.panel import Panel
    from rich.text import Text

    message = Text(
        " ".join(sentence(m) for m in messages)
        + " Advisories published since the last update are missing from this audit.",
        style="bold",
    )
    return Panel(message, title="WARNING", title_align="left", border_style="bold red")


def _groups(findings: Sequence[Finding]) -> list[tuple[Code, list[Finding]]]:
    by_code: dict[Code, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)

    def rank(item: tuple[Code, list[Finding]]) -> tuple[int, int, int, int]:
        code, group = item
        return (
            -max(f.severity for f in group),
            -max(_LEVEL_RANK[f.level] for f in group),
            -code.default_severity,
            _CODE_ORDER[code],
        )

    return sorted(((c, sorted_findings(g)) for c, g in by_code.items()), key=rank)


def _finding(finding: Finding) -> RenderableType:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    advisory = finding.advisory
    title = Table.grid(padding=(0, 2))
    title.add_column(style="bold", no_wrap=True)
    title.add_column(overflow="fold")
    if advisory is not None:
        title.add_row(advisory.id, advisory.title)
    else:
        title.add_row(finding.code.value, finding.message)

    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="dim", no_wrap=True)
    fields.add_column(overflow="fold")
    if finding.package is not None:
        fields.add_row("crate", Text.assemble((str(finding.package), "bold")))

    severity = Text.assemble(
        (finding.severity.label, _SEVERITY_STYLES[finding.severity]),
        ", ",
        (finding.level.value, _LEVEL_STYLES[finding.level]),
    )
    fields.add_row("severity", severity)
    if advisory is not None and advisory.cvss is not None:
        cvss = advisory.cvss
        fields.add_row("cvss", f"{cvss.base_score:.1f} {cvss.rating} ({cvss.vector})")

    for i, path in enumerate(finding.paths):
        fields.add_row("path" if i == 0 else "", format_path(path))

    fix = finding_fix_text(finding)
    if fix is not None:
        fields.add_row("fix", Text.assemble((fix, "yellow" if fix == NO_FIX else "green")))

    if advisory is not None:
        for i, function in enumerate(advisory.affected_functions):
            versions = f" ({'; '.join(function.versions)})" if function.versions else ""
            fields.add_row("functions" if i == 0 else "", function.path + versions)
        if advisory.aliases:
            fields.add_row("aliases", ", ".join(advisory.aliases))
        fields.add_row("info", advisory_url(advisory))
    elif finding.location:
        fields.add_row("location", finding.location)

    from rich.console import Group

    return Group(Padding(title, (0, 0, 0, 2)), Padding(fields, (0, 0, 0, 4)))


def _ignored(findings: Sequence[Finding]) -> RenderableType:
    from rich.padding import Padding
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for finding in findings:
        table.add_row(
            finding.advisory_id or finding.code.value,
            str(finding.package) if finding.package is not None else "",
            finding.ignored_reason or "",
        )
    return Padding(table, (0, 0, 0, 2))


def _diagnostic(finding: Finding) -> RenderableType:
    from rich.text import Text

    kind = "error" if finding.level is Level.DENY else "warning"
    text = Text()
    text.append(f"{kind}[{finding.code.value}]", style=_LEVEL_STYLES[finding.level])
    text.append(": ")
    text.append(finding.message)
    if finding.location:
        text.append(f" ({finding.location})", style="dim")
    return text


def _skipped(skipped: Sequence[Skipped]) -> RenderableType:
    from rich.text import Text

    by_reason: dict[str, list[str]] = {}
    for entry in sorted_skipped(skipped):
        by_reason.setdefault(entry.reason, []).append(str(entry.package))
    text = Text()
    text.append(f"Skipped {plural(len(skipped), 'package')}", style="bold")
    text.append(" (not audited):")
    for reason, names in sorted(by_reason.items()):
        shown = ", ".join(names[:_MAX_NAMES])
        if len(names) > _MAX_NAMES:
            shown += f" and {len(names) - _MAX_NAMES} more"
        text.append(f"\n  {shown} ({reason})")
    return text


def _result(report: Report) -> RenderableType:
    from rich.text import Text

    found = level_counts(report.findings)
    run = level_counts(report.diagnostics)
    deny, warn, allowed = found.deny, found.warn, found.allow
    ignored = found.ignored + run.ignored
    diagnostics = run.deny + run.warn

    parts: list[str] = []
    if deny or warn:
        parts.append(f"{plural(deny + warn, 'finding')} ({deny} deny, {warn} warn)")
    if allowed:
        parts.append(f"{allowed} allowed")
    if ignored:
        parts.append(f"{ignored} ignored")
    if diagnostics:
        parts.append(plural(diagnostics, "diagnostic"))
    if not (deny or warn):
        parts.insert(0, "no findings")
    summary = (
        ", ".join(parts)
        + f"; {report.audited_count} of {plural(report.package_count, 'package')} audited"
    )

    text = Text()
    if report.failed:
        text.append("FAILED", style="bold red")
    elif deny or warn or diagnostics:
        text.append("passed with warnings", style="bold yellow")
    else:
        text.append("passed", style="bold green")
    text.append(": " + summary)
    return text
