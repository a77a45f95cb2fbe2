"""``scripts/build_snapshot.py``, which makes the snapshot shipped in the package."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.advisories.database import SNAPSHOT_RESOURCE
from tests.conftest import ADVISORY_DB, PROJECT_ROOT, require

SHIPPED = PROJECT_ROOT / "src" / "cratewatch" / "data" / SNAPSHOT_RESOURCE


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_snapshot", PROJECT_ROOT / "scripts" / "build_snapshot.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_snapshot_is_what_the_script_makes_of_the_shared_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / SNAPSHOT_RESOURCE
    assert load_script().main([str(require(ADVISORY_DB))], output) == 0
    assert capsys.readouterr().out.startswith(f"{SNAPSHOT_RESOURCE}: 1225 advisories, ")
    built = CompiledDatabase.load(output)
    assert built.info.sources == ("RustSec advisory-db snapshot shipped with cratewatch",)
    assert built.info.commit == (ADVISORY_DB / ".git-commit").read_text().strip()
    assert output.read_bytes() == SHIPPED.read_bytes()  # refresh it when this fails


def test_the_script_explains_itself_without_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert load_script().main([]) == 2
    assert "build_snapshot.py PATH/TO/advisory-db" in capsys.readouterr().err
