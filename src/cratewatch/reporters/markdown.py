"""A Markdown report for code review: pull-request comments, job summaries, wikis.

Sections: a title with the result, a stale-database alert when the audit
reported a ``database-stale`` diagnostic, a
summary table, a table of findings (advisory links, dependency paths, fixes),
the diagnostics, the ignored and allowed findings, and the skipped packages.
Empty sections are left out. Text from advisories, lockfiles and configuration
is untrusted: control characters are shown as escapes (``\\x1b``), so an escape
sequence in an advisory title cannot rewrite a terminal that shows the report,
and Markdown and HTML characters are escaped, so that it cannot break a table or
inject markup. Links are made only to http(s) addresses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from urllib.parse import quote

from cratewatch.model import Code, Finding, Level, Report
from cratewatch.reporters import (
    TOOL_NAME,
    advisory_url,
    database_age_days,
    finding_fix_text,
    finding_sort_key,
    is_shown,
    level_counts,
    path_strings,
    plural,
    resolve_now,
    sentence,
    shown_diagnostics,
    sorted_findings,
    sorted_skipped,
    stale_database_messages,
    tool_version,
)
from cratewatch.untrusted.text import printable_line

__all__ = ["render_markdown"]

_LEVEL_RANK = {Level.DENY: 0, Level.WARN: 1, Level.ALLOW: 2}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")
_LINE_BREAKS = re.compile(r"(?:\r?\n|[ \t])+")
_ARROW = " → "


def render_markdown(report: Report, *, now: dt.datetime | None = None) -> str:
    moment = resolve_now(report, now)
    age = database_age_days(report, moment)
    out: list[str] = []
    result = "failed" if report.failed else "passed"
    out.append(f"# {TOOL_NAME} audit: {result}")
    out.append("")
    out.append(f"Audit of `{_code(report.lockfile)}` by {TOOL_NAME} {tool_version()}.")

    stale = stale_database_messages(report)
    if stale:
        warning = " ".join(sentence(m) for m in stale) + (
            " Advisories published since the last update are missing from this audit."
        )
        out += ["", "> [!WARNING]", f"> {_escape(warning, code=True)}"]

    out += ["", "## Summary", ""]
    out += _summary(report, age, stale=bool(stale))

    shown = sorted(
        (f for f in report.findings if is_shown(f)),
        key=lambda f: (_LEVEL_RANK[f.level], -f.severity, finding_sort_key(f)),
    )
    out += ["", "## Findings", ""]
    if shown:
        out += _findings_table(shown)
    else:
        out.append("No vulnerabilities or other findings.")

    diagnostics = shown_diagnostics(report)
    if diagnostics:
        out += ["", "## Diagnostics", ""]
        for diagnostic in diagnostics:
            kind = "error" if diagnostic.level is Level.DENY else "warning"
            where = f" (`{_code(diagnostic.location)}`)" if diagnostic.location else ""
            out.append(
                f"- **{kind}** `{diagnostic.code.value}`: "
                f"{_escape(diagnostic.message, code=True)}{where}"
            )

    quiet = sorted_findings(f for f in report.findings if not is_shown(f))
    if quiet:
        out += ["", "## Ignored and allowed", ""]
        out += _table(
            ["Advisory", "Crate", "Title", "Why"],
            (
                [
                    _advisory_link(f),
                    _crate(f),
                    _title(f),
                    f"ignored: {_escape(f.ignored_reason, code=True)}"
                    if f.ignored_reason is not None
                    else "allowed by policy",
                ]
                for f in quiet
            ),
        )

    if report.skipped:
        out += ["", "## Skipped packages", ""]
        out += _table(
            ["Crate", "Version", "Source", "Reason"],
            (
                [
                    _escape(s.package.name),
                    _escape(str(s.package.version)),
                    f"`{_code(str(s.package.source))}`" if s.package.source else "path",
                    _escape(s.reason),
                ]
                for s in sorted_skipped(report.skipped)
            ),
        )
    return "\n".join(out) + "\n"


def _summary(report: Report, age: float | None, *, stale: bool) -> list[str]:
    found = level_counts(report.findings)
    deny, warn, allowed = found.deny, found.warn, found.allow
    ignored = found.ignored + level_counts(report.diagnostics).ignored
    shown = [f.code for f in report.findings if is_shown(f)]
    by_code = [(code, shown.count(code)) for code in Code if code in shown]
    findings = f"{deny + warn} ({deny} deny, {warn} warn)"
    if by_code:
        findings += ": " + ", ".join(f"{code.value} {n}" for code, n in by_code)

    db = report.database
    database = plural(db.advisory_count, "advisory", "advisories")
    if db.commit:
        database += f", commit `{_code(db.commit[:12])}`"
    if db.updated is not None and age is not None:
        days = int(age)
        old = f"**{plural(days, 'day')} old**" if stale else plural(days, "day") + " old"
        database += f", updated {db.updated.date().isoformat()} ({old})"
    else:
        database += ", last update unknown"
    if db.invalid_count:
        database += f", {plural(db.invalid_count, 'advisory file')} unreadable"

    rows = [
        ["Result", "**failed**" if report.failed else "passed"],
        ["Lockfile", f"`{_code(report.lockfile)}`"],
        [
            "Packages",
            f"{report.package_count} ({report.audited_count} audited, "
            f"{len(report.skipped)} skipped)",
        ],
        ["Findings", findings],
        ["Allowed", str(allowed)],
        ["Ignored", str(ignored)],
        ["Diagnostics", str(len(report.diagnostics))],
        ["Advisory database", database],
    ]
    if db.sources:
        rows.append(["Sources", ", ".join(f"`{_code(s)}`" for s in db.sources)])
    if report.targets:
        rows.append(["Targets", ", ".join(f"`{_code(t)}`" for t in report.targets)])
    return _table(["Item", "Value"], rows)


def _findings_table(findings: Iterable[Finding]) -> list[str]:
    return _table(
        ["Severity", "Level", "Advisory", "Crate", "Title", "Dependency paths", "Fix"],
        (
            [
                _severity(f),
                f.level.value,
                _advisory_link(f),
                _crate(f),
                _title(f),
                "<br>".join(_escape(_ARROW.join(path_strings(p))) for p in f.paths) or "—",
                _fix(f),
            ]
            for f in findings
        ),
    )


def _severity(finding: Finding) -> str:
    text = f"**{finding.severity.label}**"
    advisory = finding.advisory
    if advisory is not None and advisory.cvss is not None:
        text += f" (CVSS {advisory.cvss.base_score:.1f})"
    return text


def _advisory_link(finding: Finding) -> str:
    advisory = finding.advisory
    if advisory is None:
        return f"`{finding.code.value}`"
    target = _url(advisory_url(advisory))
    if target is None:
        return _escape(advisory.id)
    return f"[{_escape(advisory.id)}]({target})"


def _crate(finding: Finding) -> str:
    return f"`{_code(str(finding.package))}`" if finding.package is not None else "—"


def _title(finding: Finding) -> str:
    advisory = finding.advisory
    return _escape(advisory.title if advisory is not None else finding.message, code=True)


def _fix(finding: Finding) -> str:
    text = finding_fix_text(
        finding,
        version=lambda version: f"**{_escape(version)}**",
        requirement=lambda requirement: f"`{_code(requirement)}`",
    )
    return text if text is not None else "—"


def _table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def _escape(text: str, *, code: bool = False) -> str:
    """Plain text for a table cell: one line, controls shown, markup characters escaped.

    With ``code``, balanced backticks are kept, because advisory titles use
    them for code (``SmallVec::insert_many``).
    """
    text = _one_line(text)
    if code and text.count("`") % 2 == 0:
        parts = text.split("`")
        return "`".join(
            _SPECIAL.sub(r"\\\1", part) if i % 2 == 0 else part.replace("|", "\\|")
            for i, part in enumerate(parts)
        )
    return _SPECIAL.sub(r"\\\1", text)


def _one_line(text: str) -> str:
    """Line breaks and runs of blanks as one space, every other control as an escape.

    A lone carriage return is not a line break: it is shown (``\\x0d``), since
    its only use in one line of text is to hide what comes before it.
    """
    return printable_line(_LINE_BREAKS.sub(" ", text).strip(" "))


def _code(text: str) -> str:
    """Text for inside a code span in a table: no backticks, pipes escaped."""
    return _one_line(text).replace("`", "'").replace("|", "\\|")


# Characters left as they are in a link target; everything else is percent-encoded,
# so a target cannot close the link, break the table or open HTML.
_URL_SAFE = ":/?#@!$&*+,;=%~-._"


def _url(url: str) -> str | None:
    """A link target for ``url``, or None when it is not an http(s) address."""
    if not url.lower().startswith(("https://", "http://")):
        return None
    return quote(url, safe=_URL_SAFE)
