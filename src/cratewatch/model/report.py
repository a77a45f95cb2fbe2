"""The result of an audit: the JSON contract's in-memory form."""

from __future__ import annotations

import datetime as dt

from cratewatch._lean import NamedTuple
from cratewatch.model.findings import Finding, Level
from cratewatch.model.package import PackageId

__all__ = ["SCHEMA_VERSION", "DatabaseInfo", "Report", "Skipped"]

#: 1.1: ``kind`` in every document; the ``lockfile-warning`` code; scan, diff and
#: typosquat documents in the same envelope. 1.2: the ``reach`` document, audit's
#: ``reachability``, the ``binary-partial`` code.
SCHEMA_VERSION = "1.2"


class Skipped(NamedTuple):
    """A package that was not audited, and why."""

    package: PackageId
    reason: str


class DatabaseInfo(NamedTuple):
    """Where the advisories came from and how fresh they are."""

    sources: tuple[str, ...]
    advisory_count: int
    commit: str | None = None
    updated: dt.datetime | None = None
    invalid_count: int = 0

    def age_days(self, now: dt.datetime) -> float | None:
        if self.updated is None:
            return None
        return (now - self.updated).total_seconds() / 86400


class Report(NamedTuple):
    lockfile: str
    package_count: int
    audited_count: int
    database: DatabaseInfo
    findings: tuple[Finding, ...]
    diagnostics: tuple[Finding, ...]
    skipped: tuple[Skipped, ...]
    targets: tuple[str, ...] = ()
    generated: dt.datetime | None = None
    kind: str = "audit"  # or "check": cargo-deny's checks (the same findings' shape)

    @property
    def failed(self) -> bool:
        return any(f.is_failure for f in (*self.findings, *self.diagnostics))

    def visible_findings(self) -> tuple[Finding, ...]:
        return tuple(
            f for f in self.findings if f.level is not Level.ALLOW and f.ignored_reason is None
        )
