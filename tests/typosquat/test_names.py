"""Names that are not crate names: a usage error on the command line, a result of their own
in a file of names; every real 2020 name passes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.ecosystem.store import Store
from cratewatch.typosquat.names import MAX_LENGTH, name_problem
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.conftest import INDEX_SUBSET, require

_CRATE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")


@given(st.text(st.sampled_from("aZ09-_ !é日\x1b."), max_size=70))
def test_a_name_is_valid_exactly_when_crates_io_would_take_it(name: str) -> None:
    assert (name_problem(name) is None) == bool(_CRATE_NAME.fullmatch(name))


def test_every_name_of_the_2020_index_is_valid(store_2020: Path) -> None:
    names = Store(store_2020).crate_names
    assert len(names) == 43_451
    assert [n for n in names if name_problem(n)] == []
    assert max(len(n) for n in names) <= MAX_LENGTH


@pytest.mark.parametrize(
    ("name", "shown", "problem"),
    [
        ("", "''", "empty"),
        ("serde json", "'serde json'", "has ' '"),
        ("tokio!", "'tokio!'", "has '!'"),
        ("日本語", "'日本語'", "starts with '日'"),
        ("2fast", "'2fast'", "starts with a digit"),
        ("_private", "'_private'", "starts with '_'"),
        ("x" * 10_000, "'" + "x" * 40 + "...'", "10,000 characters, over the limit of 64"),
        ("evil\x1b[2K", "'evil\\x1b[2K'", "has U+001B"),
    ],
)
def test_a_name_on_the_command_line_that_is_no_crate_name_is_a_usage_error(
    name: str, shown: str, problem: str
) -> None:
    result = run("typosquat", "--index", require(INDEX_SUBSET), "serd", "--", name)
    assert_one_line_error(result, 2, f"{shown} is not a valid crate name", problem)
    assert len(result.stderr) < 200 and "\x1b" not in result.stderr


def test_a_file_of_names_gives_each_malformed_name_its_own_result(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("serd\n\n# new today\nserde json  # spaces\n日本語\n" + "x" * 10_000 + "\n")
    args = ("typosquat", "--names-file", names, "--index", require(INDEX_SUBSET))
    result = run(*args, "--format", "json")
    assert result.exit_code == 1  # serd is flagged
    entries = json.loads(result.stdout)["results"]
    assert [(e["name"][:12], e["valid"], e["flagged"]) for e in entries] == [
        ("serd", True, True),
        ("serde json", False, False),
        ("日本語", False, False),
        ("x" * 12, False, False),
    ]
    assert entries[1]["problem"].startswith("has ' '")
    assert "3 are not valid crate names" in result.stderr
    human = run(*args)
    assert "'serde json': not a valid crate name: has ' '" in human.stdout
    assert max(len(line) for line in human.stdout.splitlines()) < 200

    only_invalid = tmp_path / "invalid.txt"
    only_invalid.write_text("tokio!\n")
    assert run("typosquat", "--names-file", only_invalid, "--index", INDEX_SUBSET).exit_code == 0
    assert_one_line_error(
        run("typosquat", "--names-file", tmp_path / "none.txt", "--index", INDEX_SUBSET),
        3,
        "none.txt",
    )
