"""Reporters: pure functions from a ``Report`` to text.

``render(report, fmt)`` is the one entry point. Each format lives in its own
module and is imported only when asked for, so that the CLI does not pay for
``rich`` (or anything else) when it prints JSON.

The helpers below the entry point are shared by the reporters so that every
format sorts, words and dates things the same way. They are internal to this
package: other code should go through ``render`` or a format's module.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, assert_never

if TYPE_CHECKING:
    from cratewatch.model import Advisory, DependencyPath, Finding, Fix, Report, Skipped

__all__ = ["STALE_DATABASE_DAYS", "OutputFormat", "render"]

#: A database older than this many days is called out prominently.
STALE_DATABASE_DAYS = 90

TOOL_NAME = "cratewatch"


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
    assert_never(fmt)


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
    """Age of the advisory database in days, ``None`` when its date is unknown."""
    updated = report.database.updated
    if updated is None:
        return None
    return (as_utc(now) - as_utc(updated)).total_seconds() / 86400


def is_stale(age_days: float | None) -> bool:
    return age_days is not None and age_days > STALE_DATABASE_DAYS


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


def fix_text(fix: Fix | None) -> str | None:
    """``upgrade to 0.6.14 (semver-compatible)`` / ``patched: >=1.2``; ``None`` if no fix."""
    if fix is None:
        return None
    if fix.upgrade_to is not None:
        kind = "semver-compatible" if fix.semver_compatible else "semver-incompatible"
        return f"upgrade to {fix.upgrade_to} ({kind})"
    if fix.patched:
        return "patched: " + ", ".join(fix.patched)
    return None


def plural(count: int, singular: str, many: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (many or singular + 's')}"
