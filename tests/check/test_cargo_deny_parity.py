"""``cratewatch check`` gives cargo-deny 0.14.2's findings: for every configuration of
``configs/`` on the vendored workspace of ``projects/``, the findings cargo-deny printed
(recorded by ``benchmarks/check_vs_cargo_deny.py --write``, in ``cargo_deny_expected/``)
and cratewatch's are the same, crate for crate, code for code, level for level."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.check.parity import findings_of
from tests.cli.test_audit_cli import run

HERE = Path(__file__).parent
EXPECTED = sorted((HERE / "cargo_deny_expected").glob("*.json"))


@pytest.mark.parametrize("graph_from", ["files", "cargo"])
@pytest.mark.parametrize("expected", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_the_same_findings_as_cargo_deny(expected: Path, graph_from: str) -> None:
    """With the graph read from the files, and from ``cargo metadata`` (Debian's cargo,
    which .ci/run installs, reads these vendored crates and the version 3 lockfile)."""
    project, config = expected.stem.split("__")
    result = run(
        "check",
        "licenses",
        "bans",
        "sources",
        HERE / "projects" / project,
        "--config",
        HERE / "configs" / f"{config}.toml",
        "--graph-from",
        graph_from,
        "--format",
        "json",
        "-q",
    )
    assert result.exit_code in (0, 1), result.output
    theirs = Counter({tuple(row[:4]): row[4] for row in json.loads(expected.read_text())})
    assert findings_of(json.loads(result.stdout)) == theirs


def test_every_configuration_was_compared() -> None:
    configs = {p.stem for p in (HERE / "configs").glob("*.toml")}
    assert {p.stem.split("__")[1] for p in EXPECTED} == configs
