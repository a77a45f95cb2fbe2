"""Policy: levels per finding code and ignores, applied in one place after detection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from cratewatch._lean import TYPE_CHECKING, NamedTuple
from cratewatch.model.findings import Code, Finding, Level

if TYPE_CHECKING:
    from cratewatch.audit.baseline import Baseline

__all__ = ["NO_LEVELS", "Ignore", "Policy", "apply_policy", "ignore_diagnostics"]

# No level overrides: every code at its default level (immutable, so it can be shared).
NO_LEVELS: Mapping[Code, Level] = MappingProxyType({})


class Ignore(NamedTuple):
    """Silence findings of an advisory (by id or alias) or of a code, with a reason.

    ``until`` makes the ignore lapse after that date; ``crate`` narrows it to one crate.
    """

    id: str
    reason: str
    until: dt.date | None = None
    crate: str | None = None
    origin: str | None = None  # the configuration file; None for the command line

    def matches(self, finding: Finding) -> bool:
        if self.crate is not None and (
            finding.package is None or finding.package.name != self.crate
        ):
            return False
        if finding.advisory is not None and self.id in finding.advisory.all_ids:
            return True
        return self.id == finding.code.value

    def matches_subject(self, ident: str, crate: str) -> bool:
        """Whether it silences ``ident`` (a scan rule) in ``crate``."""
        return self.id == ident and (self.crate is None or self.crate == crate)

    def active(self, today: dt.date) -> bool:
        return self.until is None or today <= self.until

    def describe(self) -> str:
        scope = f" for crate {self.crate}" if self.crate else ""
        return f"ignore of {self.id}{scope} ({self.origin or 'command line'})"


class Policy(NamedTuple):
    levels: Mapping[Code, Level] = NO_LEVELS
    ignores: tuple[Ignore, ...] = ()
    baseline: Baseline | None = None  # findings accepted earlier: reported, never failing

    def level(self, code: Code) -> Level:
        return self.levels.get(code, code.default_level)


def apply_policy(
    policy: Policy, findings: Iterable[Finding], today: dt.date
) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """Set each finding's level and ignore state; return (findings, diagnostics).

    Diagnostics report ignores that matched nothing and ignores whose ``until``
    date has passed (those no longer silence anything).
    """
    used: set[Ignore] = set()
    expired_hits: set[Ignore] = set()
    result = []
    for finding in findings:
        finding = finding._replace(level=policy.level(finding.code))
        for ignore in policy.ignores:
            if not ignore.matches(finding):
                continue
            if ignore.active(today):
                used.add(ignore)
                finding = finding._replace(ignored_reason=ignore.reason)
                break
            expired_hits.add(ignore)
        result.append(finding)
    if policy.baseline is not None:
        from cratewatch.audit.baseline import apply_baseline

        result = list(apply_baseline(result, policy.baseline))
    return tuple(result), ignore_diagnostics(policy, used, expired_hits, today)


def ignore_diagnostics(
    policy: Policy, used: set[Ignore], expired_hits: set[Ignore], today: dt.date
) -> tuple[Finding, ...]:
    """Diagnostics about the ignores of ``policy``: those that matched nothing (not in
    ``used``) and those past their ``until`` date (in ``expired_hits`` when they would
    still have matched something)."""
    diagnostics = []
    for ignore in policy.ignores:
        if not ignore.active(today):
            code = Code.IGNORE_EXPIRED
            hit = " and the finding is reported again" if ignore in expired_hits else ""
            message = f"{ignore.describe()} expired on {ignore.until}{hit}"
        elif ignore not in used:
            code = Code.IGNORE_UNUSED
            message = f"{ignore.describe()} matched no finding; remove it"
        else:
            continue
        diagnostics.append(
            Finding(
                code,
                code.default_severity,
                message,
                level=policy.level(code),
                location=ignore.origin,
            )
        )
    return tuple(diagnostics)
