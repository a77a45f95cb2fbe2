"""Each row of the technique table (docs/techniques.md) has an inert sample crate of its own
under techniques/, listed in techniques/cells.toml; a row the table says is covered has its
sample caught by the rules it names, with at least the verdict it says."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import tomli
import tree_sitter
import tree_sitter_rust

from cratewatch.advisories.database import open_snapshot
from cratewatch.model.scan import Verdict
from cratewatch.scan.analyze import Context
from cratewatch.scan.crate import RUNS_IN_TESTS_TOO, scan_path
from cratewatch.scan.dependencies import DependencyCheck, known_malware
from cratewatch.scan.rules import load_rules
from cratewatch.service.signals import CODES
from cratewatch.typosquat.screen import Screener
from tests.typosquat.test_checks import corpus

TECHNIQUES = Path(__file__).resolve().parent / "techniques"
TABLE = Path(__file__).resolve().parents[2] / "docs" / "techniques.md"
CELLS: list[dict[str, Any]] = tomli.loads((TECHNIQUES / "cells.toml").read_text())["cell"]
COVERED = [c for c in CELLS if c.get("covered", True)]
# the table's families, in the order of its numbered sections
FAMILIES = (
    "entry-points",
    "sources",
    "channels",
    "execution",
    "persistence",
    "hiding",
    "gating",
    "dependencies",
)


def _id(cell: dict[str, Any]) -> str:
    return f"{cell['family']}/{cell['dir']}"


def _table_rows() -> dict[int, int]:
    """How many technique rows each numbered section of the table has."""
    rows: dict[int, int] = {}
    section = 0
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\d+)\. ", line)
        if heading:
            section = int(heading.group(1))
        elif line.startswith("## "):
            section = 0
        elif section and line.startswith("|") and not re.match(r"\|\s*(technique\s*\||-)", line):
            rows[section] = rows.get(section, 0) + 1
    return rows


def test_every_row_of_the_table_has_a_cell() -> None:
    rows = _table_rows()
    assert sorted(rows) == list(range(1, len(FAMILIES) + 1))
    cells = {family: sum(c["family"] == family for c in CELLS) for family in FAMILIES}
    assert [cells[family] for family in FAMILIES] == [rows[n] for n in sorted(rows)]
    assert len(CELLS) == sum(rows.values())


def test_every_sample_is_listed_once() -> None:
    listed = [_id(c) for c in CELLS]
    assert len(listed) == len(set(listed))
    found = {
        f"{family.name}/{sample.name}"
        for family in TECHNIQUES.iterdir()
        if family.is_dir()
        for sample in family.iterdir()
        if sample.is_dir()
    }
    assert found == set(listed)
    for cell in CELLS:
        assert (TECHNIQUES / cell["family"] / cell["dir"] / "Cargo.toml").is_file()


def test_cells_are_well_formed() -> None:
    known = {rule.id for rule in load_rules()}
    for cell in CELLS:
        assert cell["family"] in FAMILIES
        assert cell["technique"]
        assert Verdict(cell["verdict"]) in (Verdict.CLEAN, Verdict.SUSPICIOUS, Verdict.MALICIOUS)
        assert set(cell["rules"]) <= known, _id(cell)
        if "signal" in cell:
            assert cell["signal"] in CODES, _id(cell)
            assert cell["rules"] == [] and cell["verdict"] == "clean", _id(cell)
        elif cell.get("covered", True):
            assert cell["rules"], f"{_id(cell)}: a covered row names the rules that catch it"
        else:
            assert cell["rules"] == [] and cell["verdict"] == "clean", _id(cell)


def test_samples_are_valid_rust() -> None:
    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_rust.language()))
    broken = [
        str(path.relative_to(TECHNIQUES))
        for path in sorted(TECHNIQUES.rglob("*.rs"))
        if parser.parse(path.read_bytes()).root_node.has_error
    ]
    assert broken == []


@pytest.fixture(scope="module")
def check() -> DependencyCheck:
    """The bundled advisory snapshot's malicious crates, and a small popular corpus."""
    return known_malware(open_snapshot(), Screener(corpus()))


@pytest.mark.parametrize("cell", COVERED, ids=[_id(c) for c in COVERED])
def test_covered_technique_is_caught(cell: dict[str, Any], check: DependencyCheck) -> None:
    scan = scan_path(TECHNIQUES / cell["family"] / cell["dir"], check)
    # what counts for the verdict: outside tests, and a known-malicious dev-dependency
    fired = {
        e.rule
        for e in scan.findings
        if e.context is not Context.TEST or e.rule in RUNS_IN_TESTS_TOO
    }
    assert set(cell["rules"]) <= fired, f"missing {sorted(set(cell['rules']) - fired)}"
    assert scan.verdict.rank >= Verdict(cell["verdict"]).rank, scan.reasons
    assert scan.verdict is not Verdict.INCOMPLETE, scan.reasons
