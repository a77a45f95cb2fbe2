"""``cratewatch reach`` and ``audit --reachability`` as users run them: exit codes, one-line
errors, the JSON documents' schema, and inputs built to make the search work hard."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from cratewatch.reach import graph
from cratewatch.reporters.envelope import SCHEMA_FILE
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.conftest import ADVISORY_DB
from tests.reach.test_workspaces import WORKSPACES
from tests.reporters.test_render_sarif import validate

VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))

DB = ("--db", ADVISORY_DB, "--offline")
LOCK_HEADER = "version = 3\n"
TIME = (
    '[[package]]\nname = "time"\nversion = "0.1.45"\n'
    'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
    'checksum = "' + "0" * 64 + '"\n'
)


def test_fail_on_reachable_fails_only_on_reachable_findings() -> None:
    reachable = WORKSPACES / "direct-call"
    dead = WORKSPACES / "dead-code-in-binary"
    assert run("reach", reachable, *DB, "--fail-on", "reachable").exit_code == 1
    assert run("reach", dead, *DB, "--fail-on", "reachable").exit_code == 0
    assert run("reach", dead, *DB).exit_code == 1  # any finding, as audit fails
    result = run("reach", dead, *DB)
    assert "not-reachable (never-called)" in result.stdout
    assert "0 reachable, 1 not reachable, 0 unknown" in result.stdout


def test_audit_with_reachability_adds_the_answers() -> None:
    result = run("audit", WORKSPACES / "re-export-chain", *DB, "--reachability", "--format", "json")
    document = json.loads(result.stdout)
    VALIDATOR.validate(document)
    states = {f["advisory"]: f["state"] for f in document["reachability"]}
    assert states == {"RUSTSEC-2019-0033": "reachable", "RUSTSEC-2019-0034": "not-reachable"}
    human = run("audit", WORKSPACES / "re-export-chain", *DB, "--reachability")
    assert "Reachability of the vulnerable functions:" in human.stdout
    assert "HeaderMap::reserve" in human.stdout


def test_reachability_in_sarif_and_markdown() -> None:
    workspace = WORKSPACES / "re-export-chain"
    sarif = json.loads(run("audit", workspace, *DB, "--reachability", "--format", "sarif").stdout)
    validate(sarif)
    states = {
        r["ruleId"]: r["properties"]["reachability"]["state"]
        for r in sarif["runs"][0]["results"]
        if "reachability" in r["properties"]
    }
    assert states == {"RUSTSEC-2019-0033": "reachable", "RUSTSEC-2019-0034": "not-reachable"}
    markdown = run("audit", workspace, *DB, "--reachability", "--format", "markdown").stdout
    assert "## Reachability of the vulnerable functions" in markdown
    assert "| RUSTSEC-2019-0034 | http 0.1.19 | not-reachable (never-called) |" in markdown


def test_a_directory_without_a_project_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("reach", tmp_path, *DB), 3, str(tmp_path))
    (tmp_path / "Cargo.lock").write_text(LOCK_HEADER + TIME)
    (tmp_path / "Cargo.toml").write_text("[package\nname = ")
    assert_one_line_error(run("reach", tmp_path, *DB), 3, "Cargo.toml")


def _project(tmp_path: Path, lib: str, files: dict[str, str] | None = None) -> Path:
    """A binary depending on the vendored `time` of the direct-call workspace."""
    (tmp_path / "src").mkdir(parents=True)
    (tmp_path / "Cargo.toml").write_text(
        '[package]\nname = "app"\nversion = "0.1.0"\n[dependencies]\ntime = "0.1"\n'
    )
    (tmp_path / "Cargo.lock").write_text(
        LOCK_HEADER
        + '[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["time"]\n\n'
        + TIME
    )
    (tmp_path / "src" / "main.rs").write_text(lib)
    for name, text in (files or {}).items():
        (tmp_path / "src" / name).write_text(text)
    shutil.copytree(WORKSPACES / "direct-call" / "vendor", tmp_path / "vendor")
    return tmp_path


def test_import_cycles_and_deep_nesting_end(tmp_path: Path) -> None:
    cycle = "\n".join(
        f"pub mod m{i} {{ pub use super::m{(i + 1) % 40}::*; pub use super::*; }}"
        for i in range(40)
    )
    nested = "use a::" + "{b::" * 200 + "c" + "}" * 200 + ";\n"
    main = (
        cycle + "\n" + nested + "fn main() { m0::missing(); m7::now(); ((((((time::now())))))); }\n"
    )
    project = _project(tmp_path, main)
    result = run("reach", project, *DB, "--format", "json")
    document = json.loads(result.stdout)
    VALIDATOR.validate(document)
    assert [f["state"] for f in document["findings"]] == ["reachable"]


def test_control_characters_from_sources_never_reach_the_terminal(tmp_path: Path) -> None:
    project = _project(tmp_path, '#[path = "\x1b[31m.rs"]\nmod bad;\nfn main() { time::now(); }\n')
    result = run("reach", project, *DB)
    assert "module bad: no file" in result.stdout
    assert "\x1b" not in result.stdout + result.stderr
    assert "reachable, runtime" in result.stdout


def test_modules_that_name_their_own_file_are_read_once(tmp_path: Path) -> None:
    modules = "".join(f'#[path = "main.rs"]\nmod m{i};\n' for i in range(200))
    project = _project(tmp_path, modules + "fn main() { time::now(); }\n")
    result = run("reach", project, *DB, "--format", "json")
    document = json.loads(result.stdout)
    assert [f["state"] for f in document["findings"]] == ["reachable"]
    assert any("read once" in p for p in document["problems"])


def test_a_search_stopped_at_its_bounds_says_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(graph, "MAX_TOTAL_RESOLVE_STEPS", 3)
    result = run("reach", WORKSPACES / "dead-code-in-binary", *DB, "--format", "json", "--no-cache")
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["state"], finding["reason"]) == ("unknown", "search-bounded")
