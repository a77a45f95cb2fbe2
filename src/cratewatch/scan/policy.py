"""Policy for the scan's rules: levels and ignores, applied in one place after detection.

The same ``Ignore`` as the audit's (a reason, an optional ``until`` date and crate), the
same levels, the same diagnostics about ignores that matched nothing or expired. For a
rule, ``allow`` and an active ignore mean its evidence is kept in the report, marked with
the reason, but counts for neither the verdict nor the risk score; ``deny`` means any hit
of the rule outside tests fails the run, whatever the crate's verdict; ``warn`` is the
default: the rule counts as the verdict weighs it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from cratewatch.audit.policy import Ignore, Policy, ignore_diagnostics
from cratewatch.model.findings import Finding, Level

__all__ = ["ALLOWED", "ScanPolicy", "scan_diagnostics"]

ALLOWED = "allowed by the configuration"
_NO_LEVELS: Mapping[str, Level] = MappingProxyType({})


class ScanPolicy(NamedTuple):
    levels: Mapping[str, Level] = _NO_LEVELS  # rule id -> level
    ignores: tuple[Ignore, ...] = ()
    today: dt.date | None = None  # None: the day the scan runs

    def silenced(self, rule: str, crate: str) -> str:
        """Why evidence of ``rule`` in ``crate`` does not count ("" when it does)."""
        if self.levels.get(rule) is Level.ALLOW:
            return ALLOWED
        today = self.today or dt.date.today()
        for ignore in self.ignores:
            if ignore.active(today) and ignore.matches_subject(rule, crate):
                return ignore.reason
        return ""

    def denies(self, rule: str) -> bool:
        return self.levels.get(rule) is Level.DENY


def scan_diagnostics(policy: ScanPolicy, found: Iterable[tuple[str, str]]) -> tuple[Finding, ...]:
    """``ignore-unused`` and ``ignore-expired`` for the policy's ignores, given the (rule,
    crate) pairs the scan found."""
    if not policy.ignores:
        return ()
    today = policy.today or dt.date.today()
    hits = set(found)
    used: set[Ignore] = set()
    expired_hits: set[Ignore] = set()
    for ignore in policy.ignores:
        if any(ignore.matches_subject(rule, crate) for rule, crate in hits):
            (used if ignore.active(today) else expired_hits).add(ignore)
    return ignore_diagnostics(Policy(ignores=policy.ignores), used, expired_hits, today)
