"""A plain ``audit`` command line is read without argparse, exactly as argparse reads it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.cli.audit import _AUDIT_FLAGS, _AUDIT_VALUES, quick_audit_arguments
from cratewatch.cli.parser import build_parser
from tests.conftest import ADVISORY_DB, NEWEST_RIPGREP, require

#: Options the quick reading leaves to argparse.
LEFT_TO_ARGPARSE = {"-h", "--help", "--db-as-of"}

TOKENS = [
    *_AUDIT_FLAGS,
    *_AUDIT_VALUES,
    *LEFT_TO_ARGPARSE,
    "Cargo.lock",
    "proj",
    "",
    "a b",
    "-",
    "--",
    "-x y",
    "-5",
    "json",
    "human",
    "sarif",
    "xml",
    "never",
    "always",
    "auto",
    "2026-01-02",
    "RUSTSEC-2021-0003",
    "--format=json",
    "--format=xml",
    "--format=",
    "--db=db",
    "--offline=yes",
    "-o=out",
    "-oout",
    "-qv",
    "--form",
    "--no",
    "--quie",
    "--color=never",
    "audit",
]


def _argparse_reading(arguments: list[str]) -> dict[str, object] | None:
    try:
        return vars(build_parser("cratewatch", "audit").parse_args(arguments))
    except SystemExit:
        return None


def _assert_same_reading(arguments: list[str]) -> bool:
    quick = quick_audit_arguments(arguments)
    if quick is None:
        return False
    assert vars(quick) == _argparse_reading(arguments), arguments
    return True


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=8))
def test_any_command_line_read_quickly_is_read_as_argparse_reads_it(tokens: list[str]) -> None:
    _assert_same_reading(["audit", *tokens])


VALUES = ["Cargo.lock", "", "a b", "a=b", "json", "human", "never", "x86_64-unknown-linux-gnu"]
_plain_option = st.one_of(
    st.sampled_from(sorted(_AUDIT_FLAGS)).map(lambda flag: [flag]),
    st.tuples(
        st.sampled_from(sorted(_AUDIT_VALUES)),
        st.sampled_from(["json", "sarif", "human", "never", "auto", *VALUES]),
        st.booleans(),
    ).map(lambda o: [f"{o[0]}={o[1]}"] if o[2] and o[0].startswith("--") else [o[0], o[1]]),
    st.sampled_from(VALUES).map(lambda path: [path]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_plain_option, max_size=6))
def test_plain_command_lines_are_read_as_argparse_reads_them(options: list[list[str]]) -> None:
    arguments = ["audit", *(token for option in options for token in option)]
    engaged = _assert_same_reading(arguments)
    if _argparse_reading(arguments) is not None and not any(
        token.endswith("=") for token in arguments
    ):
        assert engaged, arguments


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["Cargo.lock"],
        ["Cargo.lock", "--no-config", "--offline", "-q", "--format", "json"],
        ["--db", "a", "--db=b", "--target", "x86_64-unknown-linux-gnu", "proj"],
        ["-o", "report.md", "--format", "markdown", "--color", "always", "--no-color"],
        ["--ignore", "RUSTSEC-2021-0003", "--deny", "unmaintained", "--warn", "yanked"],
        ["--allow", "notice", "--index", "crates.io", "--no-yanked", "--fetch", "-v"],
        ["--manifest-path", "proj/Cargo.toml", "--config", "c.toml", "--typosquat", "idx"],
        ["--quiet", "--verbose", "--output", "", ""],
    ],
)
def test_plain_command_lines_are_read_quickly(arguments: list[str]) -> None:
    assert _assert_same_reading(["audit", *arguments])


@pytest.mark.parametrize(
    "arguments",
    [
        ["--help"],
        ["--db-as-of", "2026-01-02"],
        ["--form", "json"],
        ["-qv"],
        ["--format", "xml"],
        ["a", "b"],
        ["--db"],
        ["--db", "-x"],
        ["--offline=yes"],
        ["-o=out"],
        ["--", "path"],
    ],
)
def test_anything_else_is_left_to_argparse(arguments: list[str]) -> None:
    assert quick_audit_arguments(["audit", *arguments]) is None


def test_every_option_of_audit_is_read_quickly_or_left_to_argparse() -> None:
    parser = build_parser("cratewatch", "audit")
    (commands,) = (a for a in parser._actions if a.dest == "command")
    audit = commands.choices["audit"]
    options = {name for action in audit._actions for name in action.option_strings}
    assert options == {*_AUDIT_FLAGS, *_AUDIT_VALUES, *LEFT_TO_ARGPARSE}


@pytest.mark.parametrize("extra", [[], ["--format", "json"], ["--db", "DB"]])
def test_an_audit_imports_neither_argparse_nor_typing(tmp_path: Path, extra: list[str]) -> None:
    """Start-up is most of an audit, so what it does not need is not imported (see
    docs/benchmarks.md). With ``--db``, the second run, which reads the compiled cache."""
    arguments = ["audit", str(require(NEWEST_RIPGREP)), "--no-config", "--offline", "-q"]
    arguments += [str(require(ADVISORY_DB)) if a == "DB" else a for a in extra]
    script = (
        "import sys\n"
        "from cratewatch.cli.main import main\n"
        f"main({arguments!r})\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "CRATEWATCH_CACHE_DIR": str(tmp_path)}
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        )
    modules = set(done.stdout.splitlines()[-1].split())
    assert "cratewatch.reporters" in modules
    unwanted = {"argparse", "cratewatch.cli.parser", "typing", "shutil", "hashlib"}
    assert not unwanted & modules
