"""The ``typosquat`` finding of ``cratewatch audit``."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from cratewatch.audit.typosquat import open_screener, typosquat_findings
from cratewatch.cli.main import main
from cratewatch.lockfile import read_lockfile
from cratewatch.typosquat.screen import Screener, Standing
from tests.cli.test_audit_cli import run
from tests.conftest import ADVISORY_DB, CARGO_LOCKS, INDEX_SUBSET, require
from tests.typosquat.test_typosquat_cli import REAL_SQUATS

REGISTRY = "registry+https://github.com/rust-lang/crates.io-index"


def _lockfile(directory: Path, *crates: str) -> Path:
    lines = ["version = 3", ""]
    lines += ["[[package]]", 'name = "app"', 'version = "0.1.0"', "dependencies = ["]
    lines += [f' "{c}",' for c in crates] + ["]", ""]
    for crate in crates:
        lines += ["[[package]]", f'name = "{crate}"', 'version = "1.0.0"', f'source = "{REGISTRY}"']
        lines += [f'checksum = "{"0" * 64}"', ""]
    path = directory / "Cargo.lock"
    path.write_text("\n".join(lines))
    return path


def _behind(directory: Path, via: str, crates: Iterable[str]) -> Path:
    """A lockfile where the project depends on ``via`` only, and ``via`` on ``crates``."""
    crates = list(crates)
    lines = ["version = 3", ""]
    lines += ["[[package]]", 'name = "app"', 'version = "0.1.0"', f'dependencies = ["{via}"]', ""]
    lines += ["[[package]]", f'name = "{via}"', 'version = "3.0.0"', f'source = "{REGISTRY}"']
    lines += [f'checksum = "{"0" * 64}"', "dependencies = ["]
    lines += [f' "{c}",' for c in crates] + ["]", ""]
    for crate in crates:
        lines += ["[[package]]", f'name = "{crate}"', 'version = "1.0.0"', f'source = "{REGISTRY}"']
        lines += [f'checksum = "{"0" * 64}"', ""]
    path = directory / "behind.Cargo.lock"
    path.write_text("\n".join(lines))
    return path


def _codes(result_stdout: str) -> list[tuple[str, str, str]]:
    report = json.loads(result_stdout)
    return [(f["code"], f["crate"], f["message"]) for f in report["findings"]]


def test_a_squatted_dependency_is_reported(tmp_path: Path) -> None:
    lock = _lockfile(tmp_path, "serd", "serde_json")
    args = ("audit", lock, "--db", require(ADVISORY_DB), "--no-config", "--format", "json")
    result = run(*args, "--typosquat", require(INDEX_SUBSET))
    squats = [c for c in _codes(result.stdout) if c[0] == "typosquat"]
    assert len(squats) == 1
    _, crate, message = squats[0]
    assert crate == "serd" and "looks like a squat of serde" in message
    assert "omitted-character" in message
    # no corpus, no name check
    assert not [c for c in _codes(run(*args).stdout) if c[0] == "typosquat"]


def test_no_finding_when_the_project_uses_the_real_crate(tmp_path: Path) -> None:
    lock = _lockfile(tmp_path, "serd", "serde")
    (tmp_path / "cratewatch.toml").write_text(
        f'[audit]\ntyposquat = "{require(INDEX_SUBSET)}"\ndb = ["{require(ADVISORY_DB)}"]\n'
    )
    result = run("audit", lock, "--config", tmp_path / "cratewatch.toml", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert not [c for c in _codes(result.stdout) if c[0] == "typosquat"]


@pytest.fixture(scope="module")
def screener_2020(store_2020: Path) -> Screener:
    return open_screener(str(store_2020), store_2020.parent)


def test_established_crates_newer_than_the_corpus_are_not_reported(
    screener_2020: Screener,
) -> None:
    """The 22 real lockfiles of ripgrep and bat against the 2020 corpus: rustix, adler2,
    proc-macro-error2 and packed_simd_2 look like squats to the screen, were published after
    2020, and only established crates pull them in."""
    looked_like_squats = set()
    for path in sorted(require(CARGO_LOCKS).glob("*.lock")):
        lockfile = read_lockfile(path)
        for package in lockfile.packages:
            if package.id.source is not None and screener_2020.screen(package.name).flagged:
                looked_like_squats.add(str(package.name))
        assert typosquat_findings(lockfile, screener_2020) == (), path.name
    assert looked_like_squats == {"rustix", "adler2", "proc-macro-error2", "packed_simd_2"}


def test_what_the_lockfile_rule_costs_on_the_real_squats(
    tmp_path: Path, screener_2020: Screener
) -> None:
    """Every real squat is reported when the project depends on it; one that only another,
    unflagged crate pulls in is reported when the registry knows it, and not when it is newer
    than the corpus (the cost of the rule; a current index avoids it)."""
    direct = read_lockfile(_lockfile(tmp_path, *REAL_SQUATS))
    assert {
        str(f.package.name) for f in typosquat_findings(direct, screener_2020) if f.package
    } == set(REAL_SQUATS)
    behind = read_lockfile(_behind(tmp_path, "tempfile", REAL_SQUATS))
    assert not typosquat_findings(behind, screener_2020)
    knowing = Screener(
        screener_2020.corpus,
        standing={**screener_2020.standing, **{s: Standing(0) for s in REAL_SQUATS}},
    )
    assert len(typosquat_findings(behind, knowing)) == len(REAL_SQUATS)


def test_a_successor_with_users_of_its_own_is_not_a_squat(screener_2020: Screener) -> None:
    # the index knows futures01 (4 dependents) and capstone3 (2): half the corpus's least
    # popular crate (4) makes a successor established; a squat like proc-macro1 has none
    assert not screener_2020.screen("futures01").flagged
    assert not screener_2020.screen("capstone3").flagged
    assert screener_2020.screen("proc-macro1").flagged
    assert screener_2020.screen("serde06").flagged  # a successor's name, nobody uses it
    without = Screener(screener_2020.corpus, standing=screener_2020.standing, without=["successor"])
    assert without.screen("futures01").flagged


def test_the_corpus_build_reports_progress_once(tmp_path: Path) -> None:
    seen: list[tuple[str, int | None, int | None]] = []
    index = str(require(INDEX_SUBSET))
    open_screener(index, tmp_path, lambda *event: seen.append(event))
    stages = [stage for stage, _, _ in seen]
    assert "parsing versions" in stages and stages[-1] == "writing the store"
    seen.clear()
    open_screener(index, tmp_path, lambda *event: seen.append(event))
    assert seen == []  # kept in the cache: nothing long left to report


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_progress_line_and_then_a_clean_line(tmp_path: Path) -> None:
    lock = _lockfile(tmp_path, "serd")
    args = ["audit", str(lock), "--db", str(require(ADVISORY_DB)), "--no-config"]
    args += ["--format", "json", "--typosquat", str(require(INDEX_SUBSET))]
    err = _Terminal()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        assert main(args) == 1
    shown = err.getvalue()
    assert "\r[" in shown and "parsing versions" in shown and "writing the store" in shown
    last = shown.rsplit("\r", 2)
    assert last[-2].strip() == ""  # the line is wiped before the summary
    # not a terminal: not a character of it
    plain = run(*args)
    assert "\r" not in plain.stderr and "parsing versions" not in plain.stderr
