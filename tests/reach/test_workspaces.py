"""``cratewatch reach`` on the labelled workspaces of ``workspaces/``: one per shape of
code (direct calls, aliases, re-exports, methods, ``dyn``, macros, features, targets,
tests, build scripts ...), each with its expected answer in ``expected.toml``. Every
path shown must be valid: each step's line names the function it leads to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tomli

from cratewatch.cli.main import main
from tests.conftest import ADVISORY_DB

WORKSPACES = Path(__file__).resolve().parent / "workspaces"
CASES = sorted(p.name for p in WORKSPACES.iterdir() if (p / "expected.toml").is_file())


def _reach(workspace: Path, expected: dict, capsys: pytest.CaptureFixture[str]) -> dict:
    arguments = ["reach", str(workspace), "--db", str(ADVISORY_DB), "--offline", "--format", "json"]
    first = expected["finding"][0] if expected.get("finding") else {}
    if "target" in first:
        arguments += ["--target", first["target"]]
    for feature in first.get("features", []):
        arguments += ["--features", feature]
    main(arguments)
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("case", CASES)
def test_workspace(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = WORKSPACES / case
    expected = tomli.loads((workspace / "expected.toml").read_text())
    document = _reach(workspace, expected, capsys)
    answers = {(f["advisory"], f["package"]["name"]): f for f in document["findings"]}
    for want in expected.get("finding", []):
        got = answers.get((want["advisory"], want["crate"]))
        assert got is not None, f"no finding {want['advisory']} in {sorted(answers)}"
        assert got["state"] == want["state"], got
        if want["state"] == "reachable":
            assert got["phase"] == want.get("phase", "runtime"), got
            names = [step["function"].rsplit("::", 1)[-1] for step in got["path"]]
            assert names[0] == want["entry"], got["path"]
            _in_order(want.get("via", []), names)
            _valid(workspace, got["path"])
        else:
            assert got["reason"] == want["reason"], got


def _in_order(wanted: list[str], names: list[str]) -> None:
    at = 0
    for name in wanted:
        assert name in names[at:], (wanted, names)
        at = names.index(name, at) + 1


def _valid(workspace: Path, path: list[dict]) -> None:
    """Each step after the first is named on the line its step gives (or the line
    invokes a macro that names it)."""
    for step in path[1:]:
        file = workspace / step["file"]
        line = file.read_text().splitlines()[step["line"] - 1]
        name = step["function"].rsplit("::", 1)[-1]
        assert name in line or "!" in line, (step, line)
