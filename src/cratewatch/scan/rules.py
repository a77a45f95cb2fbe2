"""The detection rules, loaded from ``rules.toml`` (data, not code) and validated once."""

from __future__ import annotations

import enum
import re
from functools import cache
from pathlib import Path
from typing import Any, Final, NamedTuple

import tomli

from cratewatch.model.findings import Severity
from cratewatch.model.scan import Tactic

__all__ = ["RULES_FILE", "Rule", "RuleKind", "Scope", "load_rules", "rules_by_id"]

RULES_FILE: Final = Path(__file__).resolve().parent / "rules.toml"
SYNTAX_FACTS: Final = ("unsafe", "ffi")
_PATTERNLESS: Final = ("flow", "manifest", "syntax", "archive", "dataflow", "dates")
_ID: Final = re.compile(r"(capability|threat)-[a-z0-9]+(-[a-z0-9]+)*")


class RuleKind(enum.Enum):
    CAPABILITY = "capability"  # what the code can do
    THREAT = "threat"  # what malware does


class Scope(enum.Enum):
    CODE = "code"  # Rust code without comments and string literals
    STRINGS = "strings"  # contents of Rust string literals, and strings decoded from them
    DECODED = "decoded"  # only strings rebuilt from base64, hex, XOR, reversed, bytes
    SOURCE = "source"  # Rust source as written
    TEXT = "text"  # every text file as is
    FLOW = "flow"  # other rules' hits together in one function or impl (build script: anywhere)
    MANIFEST = "manifest"  # the dependencies of Cargo.toml, checked in code
    SYNTAX = "syntax"  # a fact of the syntax tree (SYNTAX_FACTS)
    ARCHIVE = "archive"  # an oddity of the crate's archive (model.scan.ArchiveIssue)
    DATAFLOW = "dataflow"  # data followed from a source to a sink (the dataflow package)
    DATES = "dates"  # the clock compared with a date the crate computes (dates.py)


class Rule(NamedTuple):
    id: str
    kind: RuleKind
    severity: Severity
    description: str
    scope: Scope
    pattern: re.Pattern[str] | None  # every scope but flow
    requires: tuple[frozenset[str], ...] = ()  # flow: one rule of each group must hit
    min_entropy: float = 0.0  # a match counts only if its entropy (bits/char) reaches this
    tactic: Tactic | None = None  # threats: what the malware achieves with it
    whole_file: bool = False  # flow: the groups may meet anywhere in the file
    syntax: str = ""  # syntax rules: which fact of the tree
    contexts: frozenset[str] = frozenset()  # only in files of these contexts (all if empty)
    # flow: when its steps meet only along calls between functions, one of these rules
    # must also hit in the compilation unit (empty: no such condition)
    joined_with: frozenset[str] = frozenset()
    # flow: not in a file where one of these rules hits (for a flow along calls, in any
    # file of its steps): what code doing the same for a stated purpose shows
    unless: frozenset[str] = frozenset()
    # text rules: only files of these kinds (analyze.file_kind: "script", "cargo-config",
    # "editor-task", "tool-hook", "ci-workflow", "native", "rust"); empty: every text file
    files: frozenset[str] = frozenset()
    # threats: whether a hit makes a crate suspicious on its own. A corroborating threat
    # (`alone = false`) is what tools of some kind do for their stated purpose (a TLS
    # library's option to skip verification, a test helper's CI check, a dotenv loader's
    # `.env`): it counts towards combined tactics and flows, never alone
    alone: bool = True
    # threats: the code a hit is in runs without being called ("load-time initialiser"):
    # it weighs like a flow reached from such an entry (crate.py)
    runs_as: str = ""
    # flow: whether its steps are also joined along the calls between functions (not with
    # `within = "block"`: one function or impl block only, for steps common apart)
    along_calls: bool = True
    # flow: joined along calls only where its groups' steps come in the order written
    # (a download, then a write, then a run), each placed at its line or at the call
    # that leads to it
    ordered: bool = False
    # flow: whether its steps may all be on one line (a folder and the write into it:
    # `fs::write(".claude/x.md", s)`); otherwise the last step must be on another line than
    # the first (a `curl` call fetches and writes at once, but does not run what it fetched)
    one_line: bool = False
    # code rules: whether a hit makes a file worth parsing (`parse = false`: a step that
    # completes no flow in its file alone, read from the lexer's code view where the file
    # gives the rules nothing else, as a function's name joined along calls)
    parse: bool = True


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
        severities = {s.label: s for s in Severity}
        if raw.get("severity") not in severities:
            raise ValueError(f"{where}: severity must be one of {', '.join(severities)}")
        kind = RuleKind(raw["kind"])
        if not rule_id.startswith(kind.value + "-"):
            raise ValueError(f"{where}: the id must start with its kind")
        seen.add(rule_id)
        tactics = {t.value: t for t in Tactic}
        tactic = tactics.get(raw.get("tactic", ""))
        if (kind is RuleKind.THREAT) != (tactic is not None) or ("tactic" in raw) != bool(tactic):
            raise ValueError(f"{where}: threats, and only threats, have a tactic: {list(tactics)}")
        scope = Scope(raw["in"])
        requires = tuple(frozenset(group) for group in raw.get("requires", []))
        if (scope is Scope.FLOW) != bool(requires) or ("pattern" in raw) == (
            scope.value in _PATTERNLESS
        ):
            raise ValueError(f"{where}: flow rules need `requires`, pattern rules a `pattern`")
        syntax = raw.get("syntax", "")
        if (scope is Scope.SYNTAX) != (syntax in SYNTAX_FACTS):
            raise ValueError(f"{where}: syntax rules name one of {SYNTAX_FACTS}")
        if "alone" in raw and kind is not RuleKind.THREAT:
            raise ValueError(f"{where}: only threats say whether they count alone")
        if "runs_as" in raw and kind is not RuleKind.THREAT:
            raise ValueError(f"{where}: only threats say how their code runs")
        if ("ordered" in raw or "one_line" in raw) and scope is not Scope.FLOW:
            raise ValueError(f"{where}: only flow rules say how their steps are placed")
        if "parse" in raw and (scope is not Scope.CODE or kind is not RuleKind.CAPABILITY):
            raise ValueError(f"{where}: only capabilities read in code say whether to parse")
        if "files" in raw and scope is not Scope.TEXT:
            raise ValueError(f"{where}: only text rules name the kinds of file they read")
        joined_with = frozenset(raw.get("joined_with", ()))
        unless = frozenset(raw.get("unless", ()))
        unknown = ({r for group in requires for r in group} | joined_with | unless) - seen
        if unknown:
            raise ValueError(f"{where}: requires rules defined before it: {sorted(unknown)}")
        rules.append(
            Rule(
                rule_id,
                kind,
                severities[raw["severity"]],
                str(raw["description"]),
                scope,
                re.compile(raw["pattern"], re.MULTILINE | re.ASCII) if "pattern" in raw else None,
                requires,
                float(raw.get("min_entropy", 0.0)),
                tactic,
                raw.get("within", "function") == "file",
                syntax,
                frozenset(raw.get("when", ())),
                joined_with,
                unless,
                frozenset(raw.get("files", ())),
                bool(raw.get("alone", True)),
                str(raw.get("runs_as", "")),
                raw.get("within", "function") != "block",
                bool(raw.get("ordered", False)),
                bool(raw.get("one_line", False)),
                bool(raw.get("parse", True)),
            )
        )
    return tuple(rules)


@cache
def rules_by_id() -> dict[str, Rule]:
    """The rules of ``rules.toml`` by id (built once; callers must not change it)."""
    return {rule.id: rule for rule in load_rules()}
