"""The JSON report: cratewatch's versioned, machine-readable contract.

``render_json(report)`` returns one JSON object (UTF-8, two-space indent, keys
in the fixed order below, a final newline). The same report always gives the
same bytes: findings are sorted and every list has a defined order. Consumers
must ignore keys they do not know; keys are only added within a major
``schema_version``, never removed or retyped.

Top level
---------
``schema_version`` (string)
    ``"MAJOR.MINOR"`` of this contract, currently ``"1.2"``. A change of MAJOR
    means a key was removed or changed meaning; MINOR means keys were added.
``tool`` (object)
    ``name``: always ``"cratewatch"``; ``version``: the cratewatch version.
``kind`` (string)
    Always ``"audit"``: what the document holds (every JSON document of cratewatch
    starts with ``schema_version``, ``tool`` and ``kind``).
``lockfile`` (string)
    The audited ``Cargo.lock``, as the path was given.
``generated`` (string or null)
    When the audit ran, ``YYYY-MM-DDTHH:MM:SSZ`` (UTC); null if unknown.
``summary`` (object)
    ``packages`` (int): packages in the lockfile.
    ``audited`` (int): packages checked against the advisories.
    ``skipped`` (int): packages not audited (length of top-level ``skipped``).
    ``findings`` (int): length of ``findings``.
    ``diagnostics`` (int): length of ``diagnostics``.
    ``ignored`` (int): entries of ``findings`` and ``diagnostics`` whose
    ``ignored`` is not null.
    ``by_code`` (object): for every finding code, in the order of the list in
    ``findings[].code`` below, the number of entries of ``findings`` and
    ``diagnostics`` with that code, ignored ones included. Every code is
    present, with 0 when it did not occur.
    ``by_level`` (object): ``deny``, ``warn``, ``allow``: the number of
    entries of ``findings`` and ``diagnostics`` at that level, ignored ones
    excluded. ``by_level`` values plus ``ignored`` add up to ``findings`` plus
    ``diagnostics``.
    ``by_severity`` (object): ``critical``, ``high``, ``medium``, ``low``,
    ``info``: counted like ``by_level``.
    ``failed`` (bool): true iff some entry of ``findings`` or ``diagnostics``
    has level ``deny`` and is not ignored; the CLI's exit status follows it.
``database`` (object)
    ``sources`` (list of strings): where the advisories were loaded from
    (repository URLs or directories), in load order.
    ``advisory_count`` (int): advisories loaded.
    ``commit`` (string or null): the advisory database's git commit.
    ``updated`` (string or null): when the database was last updated,
    ``YYYY-MM-DDTHH:MM:SSZ`` (UTC).
    ``age_days`` (number or null): days between ``updated`` and the time of
    rendering (``generated`` unless the caller gave another), two decimals;
    null when ``updated`` is null.
    ``invalid_count`` (int): advisory files that could not be read and were
    left out.
``targets`` (list of strings)
    The target triples the audit was restricted to; empty means all platforms.
``findings`` (list of objects)
    What the audit found about packages of the lockfile, sorted by ``crate``,
    then ``version`` (SemVer precedence), then ``advisory_id``, then ``code``
    and ``message``. Each object has, in this order:

    ``code`` (string): one of ``vulnerability``, ``malicious``, ``unsound``,
    ``unmaintained``, ``notice``, ``yanked``, ``typosquat``, ``yanked-unchecked``,
    ``advisory-invalid``, ``database-stale``, ``ignore-unused``,
    ``ignore-expired`` (stable values; see docs/findings.md).
    ``severity`` (string): ``critical``, ``high``, ``medium``, ``low`` or
    ``info``.
    ``level`` (string): ``deny`` (fails the run unless ignored), ``warn`` or
    ``allow`` (reported here, silent in the human output).
    ``crate`` (string or null): the crate's name; null for findings about the
    run rather than a package.
    ``version`` (string or null): the crate's version.
    ``source`` (string or null): the package's lockfile source, such as
    ``registry+https://github.com/rust-lang/crates.io-index``; null for path
    packages and for findings without a crate.
    ``advisory_id`` (string or null): ``RUSTSEC-YYYY-NNNN`` or another
    database's id; null for findings not based on an advisory (e.g. ``yanked``).
    ``aliases`` (list of strings): other ids of the advisory (CVE, GHSA), in
    the advisory's order; empty without an advisory.
    ``title`` (string or null): the advisory's one-line title.
    ``message`` (string): a human-readable description of the finding;
    always present, also when there is no advisory.
    ``date`` (string or null): the advisory's date, ``YYYY-MM-DD``.
    ``paths`` (list of lists of strings): dependency paths from a workspace
    root to the package, each root first and the package last, each element
    ``"name version"``; shortest paths first. Empty when unknown or not about
    a package.
    ``fix`` (object or null): null when no fix is known. Otherwise
    ``patched`` (list of strings): the advisory's patched version
    requirements, e.g. ``">= 0.6.14, < 1.0.0"``; ``upgrade_to`` (string or
    null): the version the audit suggests upgrading to, null when it knows
    none; ``semver_compatible`` (bool): true iff ``upgrade_to`` is
    semver-compatible with ``version``, so that ``cargo update`` can apply it
    without a manifest change.
    ``ignored`` (string or null): the reason given in the configuration when
    the finding is ignored; null when it is not ignored.
    ``url`` (string or null): a page about the advisory (for RustSec ids the
    rustsec.org page, else the advisory's own URL, else its OSV page); null
    without an advisory.
    ``references`` (list of strings): the advisory's own URL and further
    references, without repeats.
    ``cvss`` (object or null): ``vector`` (string, e.g.
    ``CVSS:3.1/AV:N/...``), ``version`` (string, e.g. ``"3.1"``), ``score``
    (number, the base score 0.0-10.0), ``rating`` (string: ``none``, ``low``,
    ``medium``, ``high``, ``critical``); null when the advisory has no CVSS.
    ``affected_functions`` (list of objects): ``path`` (string, e.g.
    ``smallvec::SmallVec::insert_many``) and ``versions`` (list of version
    requirement strings in which that function is affected).
    ``categories`` (list of strings): RustSec categories, e.g.
    ``memory-corruption``.
    ``keywords`` (list of strings): the advisory's keywords.
    ``location`` (string or null): a file (and optionally ``:line``) the
    finding points at, e.g. ``cratewatch.toml:12``; null means the lockfile
    (also for findings whose origin is not a file, such as ignores given on
    the command line).
``diagnostics`` (list of objects)
    Findings about the run itself (``advisory-invalid``, ``database-stale``,
    ``ignore-unused``, ``ignore-expired``, ...), same shape and order as
    ``findings``; ``crate`` and ``advisory_id`` are usually null.
``skipped`` (list of objects)
    Packages that were not audited, sorted by crate and version: ``crate``
    (string), ``version`` (string), ``source`` (string or null, as in
    ``findings``) and ``reason`` (string).
"""

from __future__ import annotations

import datetime as dt
import json

from cratewatch._lean import TYPE_CHECKING
from cratewatch.model import Code, Finding, Level, Report, Severity
from cratewatch.reporters import (
    advisory_references,
    advisory_url,
    database_dict,
    file_location,
    iso_utc,
    level_counts,
    path_strings,
    resolve_now,
    sorted_findings,
    sorted_skipped,
)
from cratewatch.reporters.envelope import envelope

if TYPE_CHECKING:
    from typing import Any

__all__ = ["finding_to_dict", "render_json", "report_to_dict"]


def render_json(report: Report, *, now: dt.datetime | None = None) -> str:
    """The report as JSON text, ending with a newline."""
    return json.dumps(report_to_dict(report, now=now), indent=2, ensure_ascii=False) + "\n"


def report_to_dict(report: Report, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The JSON contract as Python values (see the module docstring)."""
    return {
        **envelope(report.kind),
        "lockfile": report.lockfile,
        "generated": iso_utc(report.generated) if report.generated is not None else None,
        "summary": _summary(report),
        "database": database_dict(report, resolve_now(report, now)),
        "targets": list(report.targets),
        "findings": [finding_to_dict(f) for f in sorted_findings(report.findings)],
        "diagnostics": [finding_to_dict(f) for f in sorted_findings(report.diagnostics)],
        "skipped": [
            {
                "crate": s.package.name,
                "version": str(s.package.version),
                "source": str(s.package.source) if s.package.source is not None else None,
                "reason": s.reason,
            }
            for s in sorted_skipped(report.skipped)
        ],
    }


def _summary(report: Report) -> dict[str, Any]:
    entries = (*report.findings, *report.diagnostics)
    active = [f for f in entries if f.ignored_reason is None]
    counts = level_counts(entries)
    return {
        "packages": report.package_count,
        "audited": report.audited_count,
        "skipped": len(report.skipped),
        "findings": len(report.findings),
        "diagnostics": len(report.diagnostics),
        "ignored": counts.ignored,
        "by_code": {code.value: sum(f.code is code for f in entries) for code in Code},
        "by_level": {level.value: counts.of(level) for level in Level},
        "by_severity": {
            severity.label: sum(f.severity is severity for f in active)
            for severity in sorted(Severity, reverse=True)
        },
        "failed": report.failed,
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """One entry of ``findings`` / ``diagnostics``."""
    package = finding.package
    advisory = finding.advisory
    fix = finding.fix
    cvss = advisory.cvss if advisory is not None else None
    return {
        "code": finding.code.value,
        "severity": finding.severity.label,
        "level": finding.level.value,
        "crate": package.name if package is not None else None,
        "version": str(package.version) if package is not None else None,
        "source": str(package.source) if package is not None and package.source else None,
        "advisory_id": advisory.id if advisory is not None else None,
        "aliases": list(advisory.aliases) if advisory is not None else [],
        "title": advisory.title if advisory is not None else None,
        "message": finding.message,
        "date": advisory.date.isoformat() if advisory is not None and advisory.date else None,
        "paths": [path_strings(path) for path in finding.paths],
        "fix": (
            {
                "patched": list(fix.patched),
                "upgrade_to": str(fix.upgrade_to) if fix.upgrade_to is not None else None,
                "semver_compatible": fix.semver_compatible,
            }
            if fix is not None
            else None
        ),
        "ignored": finding.ignored_reason,
        "url": advisory_url(advisory) if advisory is not None else None,
        "references": advisory_references(advisory) if advisory is not None else [],
        "cvss": (
            {
                "vector": cvss.vector,
                "version": cvss.version,
                "score": cvss.base_score,
                "rating": cvss.rating,
            }
            if cvss is not None
            else None
        ),
        "affected_functions": (
            [{"path": f.path, "versions": list(f.versions)} for f in advisory.affected_functions]
            if advisory is not None
            else []
        ),
        "categories": list(advisory.categories) if advisory is not None else [],
        "keywords": list(advisory.keywords) if advisory is not None else [],
        "location": finding.location if file_location(finding.location) is not None else None,
    }
