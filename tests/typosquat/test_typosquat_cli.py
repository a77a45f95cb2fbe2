"""``cratewatch typosquat`` end to end, and the quality figures on the real 2020 index."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
from pathlib import Path

import pytest

from cratewatch.cli.main import main
from cratewatch.ecosystem.store import Store
from cratewatch.typosquat.screen import Screener
from cratewatch.typosquat.sources import population
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.conftest import INDEX_SUBSET, require

# Real squats from RustSec's malicious advisories whose target was popular in 2020.
REAL_SQUATS = {
    "rustdecimal": "rust_decimal",
    "postgress": "postgres",
    "serd": "serde",
    "oncecell": "once_cell",
    "lazystatic": "lazy_static",
    "envlogger": "env_logger",
    "tracings": "tracing",
    "rands": "rand",
    "bit-flags": "bitflags",
    "if-cfg": "cfg-if",
    "proc-macro1": "proc-macro2",
    "postgresderive": "postgres",
    "windowsservice": "windows-service",
}


def test_names_against_an_index(tmp_path: Path) -> None:
    index = require(INDEX_SUBSET)
    result = run("typosquat", "serd", "serde_json", "--index", index, "--format", "json")
    assert result.exit_code == 1, result.stderr
    entries = json.loads(result.stdout)["results"]
    assert [e["name"] for e in entries] == ["serd", "serde_json"]
    assert entries[0]["suspects"][0] == {
        "target": "serde",
        "check": "omitted-character",
        "score": entries[0]["suspects"][0]["score"],
    }
    assert entries[1]["suspects"] == [] and not entries[1]["flagged"]
    clean = run("typosquat", "serde_json", "--index", index)
    assert clean.exit_code == 0 and "no look-alike" in clean.output

    allow = tmp_path / "allow.txt"
    allow.write_text("serd  # reviewed\n")
    assert run("typosquat", "serd", "--index", index, "--allowlist", allow).exit_code == 0


def test_all_and_errors(tmp_path: Path) -> None:
    index = require(INDEX_SUBSET)
    result = run("typosquat", "--all", "--index", index, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert "names flagged" in result.stderr
    assert all(entry["flagged"] for entry in json.loads(result.stdout)["results"])
    assert_one_line_error(run("typosquat", "--index", index), 2, "--all")
    assert_one_line_error(
        run("typosquat", "x", "--index", index, "--store", tmp_path), 2, "not both"
    )
    assert_one_line_error(
        run("typosquat", "x", "--store", tmp_path / "none"), 3, "no ecosystem store"
    )


@pytest.fixture(scope="module")
def screeners(store_2020: Path) -> tuple[Screener, Screener, list[str]]:
    pop = population(Store(store_2020))
    corpus = pop.corpus(3000)
    return Screener(corpus), Screener(corpus, baseline=True), pop.names


def test_flag_rate_on_every_2020_name_and_real_squats(
    screeners: tuple[Screener, Screener, list[str]], store_2020: Path
) -> None:
    from cratewatch.typosquat.run import screen_population

    ours, _, names = screeners
    flagged = screen_population(ours, population(Store(store_2020)))
    assert len(flagged) / len(names) < 0.016  # below the flag rate crates.io saw
    for squat, target in REAL_SQUATS.items():
        verdict = ours.screen(squat)
        assert verdict.flagged and verdict.suspects[0].target == target, squat


# Typomania 0.1.2 configured as crates.io configures it (its typosquat module: the checks, their
# parameters, the typo table and the affix check), run over every 2020 name against the same top
# 3,000: the names it reports, each with its sorted "check:target" hits, one line per name sorted,
# hash as below.
TYPOMANIA_FLAGGED = 1808
TYPOMANIA_DIGEST = "5e401ba4a9df15ab9576d78b5ea9600903a8f52004acd4fe48504d17eba64533"


def test_baseline_is_crates_io_check_exactly(
    screeners: tuple[Screener, Screener, list[str]],
) -> None:
    from cratewatch.typosquat.baseline import CratesIoChecks

    _, baseline, names = screeners
    checks = CratesIoChecks(baseline.corpus)
    lines = []
    for name in names:
        hits = {f"{check}:{target}" for check, target in checks.hits(name)}
        assert baseline.screen(name).flagged == bool(hits), name
        if hits:
            lines.append(f"{name}\t{','.join(sorted(hits))}")
    lines.sort()
    assert len(lines) == TYPOMANIA_FLAGGED
    assert hashlib.sha256("\n".join(lines).encode()).hexdigest() == TYPOMANIA_DIGEST
    assert not baseline.screen("serde_json").suspects  # popular itself
    assert ("affix", "rust-argon2") in set(checks.hits("argon2"))  # an affix dropped


def test_baseline_misses_squats_we_catch(
    screeners: tuple[Screener, Screener, list[str]],
) -> None:
    _, baseline, _ = screeners
    missed = {s for s in REAL_SQUATS if not baseline.screen(s).flagged}
    assert missed == {"tracings", "rands", "postgresderive"}


def test_the_first_corpus_build_shows_progress_on_a_terminal() -> None:
    from tests.typosquat.test_audit_typosquat import _Terminal

    err = _Terminal()
    args = ["typosquat", "serd", "--index", str(require(INDEX_SUBSET))]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        assert main(args) == 1
    assert "parsing versions" in err.getvalue() and err.getvalue().endswith("\r")
    err = _Terminal()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        main(args)
    assert "parsing versions" not in err.getvalue()  # the corpus is in the cache now
