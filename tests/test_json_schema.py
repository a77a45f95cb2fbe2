"""One JSON Schema for every document cratewatch writes: it is valid, it agrees with the
model's enums, real outputs of every command validate against it, and docs/json-output.md
describes every key it names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cratewatch.model.findings import Code, Level, Severity
from cratewatch.model.reach import ReachReason, ReachState
from cratewatch.model.scan import ArchiveIssue, Verdict
from cratewatch.reporters.envelope import SCHEMA_FILE
from tests.cli.test_audit_cli import run
from tests.conftest import ADVISORY_DB, CARGO_LOCKS, PROJECT_ROOT
from tests.reach.test_workspaces import WORKSPACES

SCHEMA: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
DEFS = SCHEMA["$defs"]
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
GOLDEN = [
    PROJECT_ROOT / "tests" / "reporters" / "golden" / "full.json",
    PROJECT_ROOT / "tests" / "reporters" / "golden" / "empty.json",
    PROJECT_ROOT / "tests" / "scan" / "golden" / "diff-compromised-release.json",
    *sorted((PROJECT_ROOT / "tests" / "ecosystem" / "golden").glob("*.json")),
]


def test_the_schema_is_valid_and_ships_with_the_package() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA_FILE.is_relative_to(PROJECT_ROOT / "src" / "cratewatch")


def test_its_enums_are_the_models() -> None:
    finding = DEFS["finding"]["properties"]
    assert finding["code"]["enum"] == [c.value for c in Code]
    assert finding["severity"]["enum"] == [s.label for s in Severity]
    assert finding["level"]["enum"] == [level.value for level in Level]
    crate = DEFS["crate_scan"]["properties"]
    assert crate["verdict"]["enum"] == [v.value for v in Verdict]
    problem = crate["problems"]["items"]["properties"]
    assert problem["code"]["enum"] == [i.value for i in ArchiveIssue]
    assert DEFS["scan_diagnostic"]["properties"]["code"]["enum"] == [c.value for c in Code]
    answer = DEFS["reach"]["properties"]["findings"]["items"]["properties"]
    assert answer["state"]["enum"] == [s.value for s in ReachState]
    assert answer["reason"]["enum"] == [None, *[r.value for r in ReachReason]]


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_golden_documents_validate(golden: Path) -> None:
    VALIDATOR.validate(json.loads(golden.read_text(encoding="utf-8")))


def test_documents_of_every_command_validate(tmp_path: Path) -> None:
    lockfile = CARGO_LOCKS / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock"
    crate = tmp_path / "demo"
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text('[package]\nname = "demo"\nversion = "0.1.0"\n')
    (crate / "src" / "lib.rs").write_text('pub const U: &str = "http://192.0.2.1/x";\n')
    documents = {
        "audit": run("audit", "--no-config", "--format", "json", lockfile),
        "scan": run("scan", crate, "--format", "json"),
        "diff": run("diff", crate, crate, "--format", "json"),
        "db-info": run("db", "info", "--format", "json"),
        "reach": run(
            "reach",
            WORKSPACES / "re-export-chain",
            "--db",
            ADVISORY_DB,
            "--offline",
            "--format",
            "json",
        ),
    }
    for kind, result in documents.items():
        document = json.loads(result.stdout)
        assert document["kind"] == kind
        assert list(document)[:3] == ["schema_version", "tool", "kind"]
        VALIDATOR.validate(document)


def _keys(schema: Any) -> Iterator[str]:
    """Every property name a schema (and what it refers to) names."""
    if isinstance(schema, dict):
        ref = schema.get("$ref", "")
        if ref.startswith("#/$defs/") and "/properties/" not in ref:
            yield from _keys(DEFS[ref.removeprefix("#/$defs/")])
        for name, sub in schema.get("properties", {}).items():
            yield name
            yield from _keys(sub)
        for key in ("items", "additionalProperties"):
            yield from _keys(schema.get(key))
        for key in ("oneOf", "anyOf", "allOf"):
            for sub in schema.get(key, []):
                yield from _keys(sub)


def _section(docs: str, kind: str) -> str:
    section = re.search(rf"^## `{kind}`.*?(?=^## |\Z)", docs, re.MULTILINE | re.DOTALL)
    assert section is not None, f"docs/json-output.md has no section for {kind}"
    return section.group()


# The envelope is described once, before the sections; a diff's evidence is the scan's.
_ALSO_IN = {"diff": ["scan"]}


@pytest.mark.parametrize("kind", ["audit", "scan", "diff", "typosquat", "reach"])
def test_the_docs_describe_every_key(kind: str) -> None:
    docs = (PROJECT_ROOT / "docs" / "json-output.md").read_text(encoding="utf-8")
    intro = docs.split("\n## ", 1)[0]
    text = intro + "".join(_section(docs, k) for k in [kind, *_ALSO_IN.get(kind, [])])
    undocumented = sorted(
        {key for key in _keys(DEFS[kind]) if not re.search(rf"`{re.escape(key)}`", text)}
    )
    assert undocumented == []
