"""The ``[scan]`` table of ``cratewatch.toml``: the failing verdict and the rules' policy.

[scan]
fail-on = "suspicious"                 # like --fail-on

[scan.levels]                          # deny / warn / allow per rule
threat-ci-gating = "allow"

[[scan.ignore]]
rule = "threat-raw-ip-url"             # a rule of docs/scan.md
reason = "the test server of our own"  # required
until = 2027-06-30                     # optional: the ignore lapses after this date
crate = "netprobe"                     # optional: only for this crate

The file is found as the audit finds it: upward from the scanned path (or lockfile).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from cratewatch.audit.config import brief, parse_ignore, parse_level, read_document
from cratewatch.errors import ConfigError
from cratewatch.model.scan import Verdict
from cratewatch.scan.policy import ScanPolicy

__all__ = ["ScanConfig", "load_scan_config"]

_KEYS = {"fail-on", "levels", "ignore"}


class ScanConfig(NamedTuple):
    path: str | None = None
    fail_on: Verdict | None = None
    policy: ScanPolicy = ScanPolicy()


def load_scan_config(path: Path) -> ScanConfig:
    scan = read_document(path).get("scan", {})
    if not isinstance(scan, dict):
        raise ConfigError(f"{path}: [scan] must be a table")
    unknown = set(scan) - _KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [scan]: {', '.join(sorted(unknown))}")
    fail_on = scan.get("fail-on")
    if fail_on is not None and fail_on not in ("malicious", "suspicious"):
        raise ConfigError(f'{path}: scan.fail-on must be "malicious" or "suspicious"')
    levels = scan.get("levels", {})
    if not isinstance(levels, dict):
        raise ConfigError(f"{path}: [scan.levels] must be a table")
    where = f"{path}: [scan.levels]"
    for rule in levels:
        _check_rule(rule, where)
    ignores = scan.get("ignore", [])
    if not isinstance(ignores, list):
        raise ConfigError(f"{path}: scan.ignore must be an array of tables ([[scan.ignore]])")
    return ScanConfig(
        path=str(path),
        fail_on=Verdict(fail_on) if fail_on is not None else None,
        policy=ScanPolicy(
            levels={rule: parse_level(level, f"{where} {rule}") for rule, level in levels.items()},
            ignores=tuple(
                parse_ignore(
                    raw,
                    f"{path}: scan.ignore #{i + 1}",
                    path,
                    ("rule", "a scan rule"),
                    _rule_problem,
                )
                for i, raw in enumerate(ignores)
            ),
        ),
    )


def _rule_problem(rule: str) -> str | None:
    from cratewatch.scan.rules import rules_by_id

    if rule in rules_by_id():
        return None
    import difflib

    close = difflib.get_close_matches(rule, list(rules_by_id()), n=1)
    hint = f" (did you mean {close[0]}?)" if close else " (see docs/scan.md for the rules)"
    return f"unknown rule {brief(rule, 60)}{hint}"


def _check_rule(rule: Any, where: str) -> None:
    problem = _rule_problem(str(rule))
    if problem is not None:
        raise ConfigError(f"{where}: {problem}")
