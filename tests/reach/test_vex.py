"""The VEX documents of ``cratewatch reach``: CycloneDX 1.6 validated against its schema
(shipped with cyclonedx-python-lib), OpenVEX read by an independent implementation of the
specification (vexipy's validating model) and checked against its rules (v0.2.0:
statuses, justifications, the statements each status needs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from vexipy import Document

from cratewatch.cli.main import main
from tests.conftest import ADVISORY_DB

WORKSPACES = Path(__file__).resolve().parent / "workspaces"
_STATUSES = {"not_affected", "affected", "fixed", "under_investigation"}
_JUSTIFICATIONS = {
    "component_not_present",
    "vulnerable_code_not_present",
    "vulnerable_code_not_in_execute_path",
    "vulnerable_code_cannot_be_controlled_by_adversary",
    "inline_mitigations_already_exist",
}


def _run(case: str, form: str, capsys: pytest.CaptureFixture[str]) -> str:
    arguments = ["reach", str(WORKSPACES / case), "--db", str(ADVISORY_DB), "--offline"]
    main([*arguments, "--format", form])
    return capsys.readouterr().out


@pytest.mark.parametrize("case", ["re-export-chain", "optional-dependency-feature-off"])
def test_cyclonedx_vex_is_valid_and_says_what_reach_found(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _run(case, "cyclonedx-vex", capsys)
    problem = JsonStrictValidator(SchemaVersion.V1_6).validate_str(text)
    assert problem is None, problem
    document = json.loads(text)
    answers = json.loads(_run(case, "json", capsys))["findings"]
    analyses = {v["id"]: v["analysis"] for v in document["vulnerabilities"]}
    for answer in answers:
        analysis = analyses[answer["advisory"]]
        if answer["state"] == "reachable":
            assert analysis["state"] == "exploitable"
        elif answer["state"] == "not-reachable":
            assert analysis["state"] == "not_affected"
            assert analysis["justification"] in (
                "code_not_reachable",
                "requires_configuration",
                "requires_environment",
                "code_not_present",
            )
        assert answer["reason"] is None or answer["reason"] in analysis["detail"]
    assert {c["purl"] for c in document["components"]} == {
        f"pkg:cargo/{a['package']['name']}@{a['package']['version']}" for a in answers
    }


def test_openvex_follows_the_specification(capsys: pytest.CaptureFixture[str]) -> None:
    text = _run("re-export-chain", "openvex", capsys)
    assert len(Document.from_json(text).statements) == 2  # an implementation of the spec reads it
    document = json.loads(text)
    assert document["@context"] == "https://openvex.dev/ns/v0.2.0"
    for key in ("@id", "author", "timestamp", "version", "statements"):
        assert document[key], key
    statuses = set()
    for statement in document["statements"]:
        statuses.add(statement["status"])
        assert statement["status"] in _STATUSES
        assert statement["vulnerability"]["name"].startswith("RUSTSEC-")
        assert statement["products"][0]["subcomponents"][0]["@id"] == "pkg:cargo/http@0.1.19"
        if statement["status"] == "not_affected":  # a justification or an impact statement
            assert statement["justification"] in _JUSTIFICATIONS
        if statement["status"] == "affected":
            assert statement["action_statement"]
    assert statuses == {"affected", "not_affected"}
