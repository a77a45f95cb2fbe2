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
