"""The documentation names every finding code, so the list cannot drift from the code."""

from __future__ import annotations

from cratewatch.model.findings import Code
from tests.conftest import PROJECT_ROOT


def test_every_code_is_documented() -> None:
    findings = (PROJECT_ROOT / "docs" / "findings.md").read_text()
    contract = (PROJECT_ROOT / "docs" / "json-output.md").read_text()
    readme = (PROJECT_ROOT / "README.md").read_text()
    for code in Code:
        assert (
            f"| `{code.value}` | {code.default_severity.label} | {code.default_level.value} |"
            in findings
        )
        assert f"`{code.value}`" in contract
        assert code.value in readme


def test_every_scan_rule_is_documented_with_its_kind_tactic_severity_and_scope() -> None:
    from cratewatch.scan.rules import load_rules

    scan = (PROJECT_ROOT / "docs" / "scan.md").read_text()
    for rule in load_rules():
        tactic = rule.tactic.value if rule.tactic else ""
        cells = [f"`{rule.id}`", rule.kind.value, tactic, rule.severity.label, rule.scope.value]
        row = "| " + " | ".join(cells) + " |"
        assert row.replace("|  |", "| |") in scan, rule.id
