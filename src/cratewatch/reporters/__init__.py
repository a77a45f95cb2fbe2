"""Reporters: pure functions from a ``Report`` to text.

``render(report, fmt)`` is the one entry point. Each format lives in its own
module and is imported only when asked for, so that the CLI pays start-up time
only for the format it prints.

The helpers below the entry point are shared by the reporters so that every
format sorts, words and dates things the same way. They are internal to this
package: other code should go through ``render`` or a format's module.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable

from cratewatch._lean import TYPE_CHECKING, NamedTuple
from cratewatch.model.findings import Code, Level

if TYPE_CHECKING:
    from typing import Any, Never

    from cratewatch.model import Advisory, DependencyPath, Finding, Fix, Report, Skipped

__all__ = ["OutputFormat", "render"]

TOOL_NAME = "cratewatch"

#: What the reporters say about a finding on an advisory when no fix is known.
NO_FIX = "no fix known"

# Patterns, compiled when first used (by ``re``'s cache): most reports have no
# finding with a location.
_LINE_SUFFIX = r"^(?P<path>.+):(?P<line>[1-9][0-9]*)$"
_SEPARATORS = r"[\\/]"
_SUFFIX = r"[^.]\.[^.\s]+$"


class OutputFormat(enum.Enum):
    """The formats ``cratewatch audit --format`` can produce."""

    HUMAN = "human"
    JSON = "json"
    SARIF = "sarif"
    MARKDOWN = "markdown"


def render(
    report: Report,
    fmt: OutputFormat,
    *,
    color: bool = False,
    now: dt.datetime | None = None,
) -> str:
    """Render ``report`` in ``fmt``; the text ends with a newline.

    ``now`` is the time against which the database's age is computed; it
    defaults to ``report.generated`` and then to the current time. ``color``
    only affects the human format.
    """
    if fmt is OutputFormat.HUMAN:
        from cratewatch.reporters.human import render_human

        return render_human(report, color=color, now=now)
    if fmt is OutputFormat.JSON:
        from cratewatch.reporters.json_format import render_json

        return render_json(report, now=now)
    if fmt is OutputFormat.SARIF:
        from cratewatch.reporters.sarif import render_sarif

        return render_sarif(report, now=now)
    if fmt is OutputFormat.MARKDOWN:
        from cratewatch.reporters.markdown import render_markdown

        return render_markdown(report, now=now)
    unhandled: Never = fmt  # type checkers prove every format is handled above
    raise AssertionError(f"unknown format {unhandled}")


# --- helpers shared by the reporters -------------------------------------------------


def tool_version() -> str:
    from cratewatch import __version__

    return __version__


def resolve_now(report: Report, now: dt.datetime | None) -> dt.datetime:
    """The reference time: ``now``, else when the report was made, else the clock."""
    if now is not None:
        return as_utc(now)
    if report.generated is not None:
        return as_utc(report.generated)
    return dt.datetime.now(dt.UTC)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """An aware UTC datetime; a naive one is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def iso_utc(moment: dt.datetime) -> str:
    """``2026-11-02T08:15:00Z``: UTC, whole seconds, as SARIF and JSON consumers expect."""
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def database_age_days(report: Report, now: dt.datetime) -> float | None:
    """Age of the advisory database in days, ``None`` when its date is unknown.

    ``DatabaseInfo.age_days`` with both times in UTC, a naive one taken as UTC.
    """
    db = report.database
    if db.updated is None:
        return None
    return db._replace(updated=as_utc(db.updated)).age_days(as_utc(now))


def database_dict(report: Report, now: dt.datetime) -> dict[str, Any]:
    """The advisory database as JSON values, as the JSON and SARIF reports give it."""
    db = report.database
    age = database_age_days(report, now)
    return {
        "sources": list(db.sources),
        "advisory_count": db.advisory_count,
        "commit": db.commit,
        "updated": iso_utc(db.updated) if db.updated is not None else None,
        "age_days": round(age, 2) if age is not None else None,
        "invalid_count": db.invalid_count,
    }


def is_shown(finding: Finding) -> bool:
    """Not ignored and not at level ``allow``: what the human and Markdown reports show."""
    return finding.ignored_reason is None and finding.level is not Level.ALLOW


def shown_diagnostics(report: Report) -> list[Finding]:
    return [f for f in sorted_findings(report.diagnostics) if is_shown(f)]


def stale_database_messages(report: Report) -> list[str]:
    """Messages of the shown ``database-stale`` diagnostics.

    The audit emits one when the database is older than the configured
    ``max-db-age-days``; the reporters warn prominently only then.
    """
    return [f.message for f in shown_diagnostics(report) if f.code is Code.DATABASE_STALE]


class LevelCounts(NamedTuple):
    """Entries by level, ignored ones excluded, and the number of ignored entries."""

    deny: int = 0
    warn: int = 0
    allow: int = 0
    ignored: int = 0

    def of(self, level: Level) -> int:
        if level is Level.DENY:
            return self.deny
        if level is Level.WARN:
            return self.warn
        return self.allow


def level_counts(entries: Iterable[Finding]) -> LevelCounts:
    counts = dict.fromkeys(Level, 0)
    ignored = 0
    for entry in entries:
        if entry.ignored_reason is not None:
            ignored += 1
        else:
            counts[entry.level] += 1
    return LevelCounts(counts[Level.DENY], counts[Level.WARN], counts[Level.ALLOW], ignored)


def file_location(location: str | None) -> tuple[str, int | None] | None:
    """``("cratewatch.toml", 12)`` for ``cratewatch.toml:12``, ``(path, None)`` without a line.

    ``None`` when there is no location or it does not look like a file path
    (``command line``): a file path has a directory separator or a suffix.
    """
    if not location or "://" in location or not location.isprintable():
        return None
    match = re.match(_LINE_SUFFIX, location)
    path, line = (match["path"], int(match["line"])) if match else (location, None)
    if not (re.search(_SEPARATORS, path) or re.search(_SUFFIX, path)):
        return None
    return path, line


def finding_sort_key(finding: Finding) -> tuple[object, ...]:
    """Crate, version, advisory id, then code and message: a total, stable order."""
    package = finding.package
    return (
        package is not None,
        package.name if package is not None else "",
        package.version.precedence if package is not None else (),
        str(package.version) if package is not None else "",
        finding.advisory_id or "",
        finding.code.value,
        finding.message,
    )


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=finding_sort_key)


def sorted_skipped(skipped: Iterable[Skipped]) -> list[Skipped]:
    return sorted(
        skipped,
        key=lambda s: (
            s.package.name,
            s.package.version.precedence,
            str(s.package.version),
            str(s.package.source or ""),
        ),
    )


def path_strings(path: DependencyPath) -> list[str]:
    """``["app 0.1.0", "hyper 0.12.35", "smallvec 0.6.13"]``, root first."""
    return [str(package) for package in path]


def format_path(path: DependencyPath, arrow: str = "->") -> str:
    return f" {arrow} ".join(path_strings(path))


def advisory_url(advisory: Advisory) -> str:
    """The page to read about an advisory.

    RustSec advisories have a page of their own; for other ids the advisory's
    ``url``, and failing that the OSV page of the id.
    """
    if advisory.id.startswith("RUSTSEC-"):
        return f"https://rustsec.org/advisories/{advisory.id}.html"
    if advisory.url:
        return advisory.url
    return f"https://osv.dev/vulnerability/{advisory.id}"


def advisory_references(advisory: Advisory) -> list[str]:
    """The advisory's own ``url`` followed by its references, without repeats."""
    refs = [advisory.url] if advisory.url else []
    refs.extend(advisory.references)
    return list(dict.fromkeys(refs))


def _same(text: str) -> str:
    return text


def fix_text(
    fix: Fix | None,
    *,
    version: Callable[[str], str] = _same,
    requirement: Callable[[str], str] = _same,
) -> str | None:
    """``upgrade to 0.6.14 (semver-compatible)`` / ``patched: >=1.2``; ``None`` if no fix.

    ``version`` and ``requirement`` format the upgrade version and the patched
    requirements (for markup); by default they are given as they are.
    """
    if fix is None:
        return None
    if fix.upgrade_to is not None:
        kind = "semver-compatible" if fix.semver_compatible else "semver-incompatible"
        return f"upgrade to {version(str(fix.upgrade_to))} ({kind})"
    if fix.patched:
        return "patched: " + ", ".join(requirement(p) for p in fix.patched)
    return None


def finding_fix_text(
    finding: Finding,
    *,
    version: Callable[[str], str] = _same,
    requirement: Callable[[str], str] = _same,
) -> str | None:
    """``fix_text`` of the finding's fix; ``NO_FIX`` for an advisory finding without one.

    ``None`` for other findings without a fix (about the run, or yanked with
    no upgrade known): there is nothing to say.
    """
    text = fix_text(finding.fix, version=version, requirement=requirement)
    if text is None and finding.advisory is not None:
        return NO_FIX
    return text


def sentence(text: str) -> str:
    """``text`` with a capital first letter and a final full stop."""
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def plural(count: int, singular: str, many: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (many or singular + 's')}"
