"""The detection rules, loaded from ``rules.toml`` (data, not code) and validated once."""

from __future__ import annotations

import enum
import re
from functools import cache
from pathlib import Path
from typing import Any, Final, NamedTuple

import tomli

__all__ = ["RULES_FILE", "Rule", "RuleKind", "Scope", "load_rules"]

RULES_FILE: Final = Path(__file__).resolve().parent / "rules.toml"
_SEVERITIES: Final = ("info", "low", "medium", "high", "critical")
_ID: Final = re.compile(r"(capability|threat)-[a-z0-9]+(-[a-z0-9]+)*")


class RuleKind(enum.Enum):
    CAPABILITY = "capability"  # what the code can do
    THREAT = "threat"  # what malware does


class Scope(enum.Enum):
    CODE = "code"  # Rust code without comments and string literals
    STRINGS = "strings"  # contents of Rust string literals
    TEXT = "text"  # every text file as is


class Rule(NamedTuple):
    id: str
    kind: RuleKind
    severity: str
    description: str
    scope: Scope
    pattern: re.Pattern[str]


@cache
def load_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    """Every rule of ``path``; a malformed rule file is a bug, reported with the rule id."""
    document: Any = tomli.loads(path.read_text(encoding="utf-8"))
    rules = []
    seen: set[str] = set()
    for raw in document.get("rule", []):
        rule_id = raw.get("id", "?")
        where = f"{path.name}: rule {rule_id}"
        if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id) or rule_id in seen:
            raise ValueError(f"{where}: invalid or repeated id")
        if raw.get("severity") not in _SEVERITIES:
            raise ValueError(f"{where}: severity must be one of {', '.join(_SEVERITIES)}")
        kind = RuleKind(raw["kind"])
        if not rule_id.startswith(kind.value + "-"):
            raise ValueError(f"{where}: the id must start with its kind")
        seen.add(rule_id)
        rules.append(
            Rule(
                rule_id,
                kind,
                raw["severity"],
                str(raw["description"]),
                Scope(raw["in"]),
                re.compile(raw["pattern"], re.MULTILINE),
            )
        )
    return tuple(rules)
