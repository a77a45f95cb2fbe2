"""Splitting a RustSec advisory into its TOML front matter and Markdown, in linear time."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.advisories.database import build_database
from cratewatch.advisories.rustsec import parse_rustsec_advisory, split_front_matter
from cratewatch.advisories.sources import RustSecDirectory
from cratewatch.errors import AdvisoryError
from tests.conftest import ADVISORY_DB, require

SMALLVEC = ADVISORY_DB / "crates" / "smallvec" / "RUSTSEC-2021-0003.md"

# The expression the splitter replaces: the reference for what a split is.
OLD_FRONT_MATTER = re.compile(r"\A\s*```toml\s*\n(?P<toml>.*?)\n```[ \t]*\n?(?P<body>.*)\Z", re.S)

# Far more than any test needs; the old expression took about a minute on these.
GENEROUS_SECONDS = 2.0

HOSTILE = {
    "blank lines after an unclosed fence": "```toml" + "\n" * 140_000,
    "blank lines with spaces": "```toml" + " \n" * 70_000 + "x",
    "CRLF blank lines": "```toml" + "\r\n" * 70_000,
    "fence fragments": "```toml\n" + "``\n" * 50_000,
    "unclosed fence then +++ lines": "```toml\n" + "+++\n" * 40_000,
    "many opening fences": "```toml\n" * 20_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_advisories_are_rejected_quickly(text: str) -> None:
    assert len(text.encode()) > 128 * 1024
    started = time.perf_counter()
    with pytest.raises(AdvisoryError) as info:
        parse_rustsec_advisory(text, "hostile.md")
    assert time.perf_counter() - started < GENEROUS_SECONDS
    assert str(info.value).startswith("hostile.md: ") and "\n" not in str(info.value)


def test_a_real_advisory_padded_to_128_kB_still_parses_quickly() -> None:
    real = require(SMALLVEC).read_text()
    padded = real.replace("```toml\n", "```toml" + "\n" * 140_000, 1)
    started = time.perf_counter()
    advisory = parse_rustsec_advisory(padded, "padded.md")
    assert time.perf_counter() - started < GENEROUS_SECONDS
    assert advisory == parse_rustsec_advisory(real, "padded.md")


def test_a_hostile_file_in_a_database_is_one_problem(tmp_path: Path) -> None:
    root = tmp_path / "db"
    shutil.copytree(require(ADVISORY_DB) / "crates" / "smallvec", root / "crates" / "smallvec")
    hostile = root / "crates" / "smallvec" / "RUSTSEC-2099-0001.md"
    hostile.write_text(HOSTILE["blank lines after an unclosed fence"])
    started = time.perf_counter()
    database = build_database([RustSecDirectory(root)])
    assert time.perf_counter() - started < GENEROUS_SECONDS
    assert database.problems == [f"{hostile}: missing ```toml front matter"]
    assert len(database.for_crate("smallvec")) == 5


def test_crlf_line_ends_parse_like_lf() -> None:
    """Real advisories have been committed with CRLF line ends (2020, 2024, 2026)."""
    real = require(SMALLVEC).read_text()
    assert parse_rustsec_advisory(real.replace("\n", "\r\n")) == parse_rustsec_advisory(real)


def test_every_real_advisory_splits_as_the_old_expression_did() -> None:
    for path in sorted(require(ADVISORY_DB).glob("*/*/*.md")):
        text = path.read_text()
        match = OLD_FRONT_MATTER.match(text)
        assert match is not None
        assert split_front_matter(text) == (match["toml"], match["body"]), path


pieces = st.sampled_from(
    ["```toml", "```", "`", "\n```", "\n", "\r\n", " ", "\t", "\x0c", "toml", "x", "[a]", "#"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(pieces, max_size=12).map("".join))
def test_split_equals_the_old_expression(text: str) -> None:
    match = OLD_FRONT_MATTER.match(text)
    expected = None if match is None else (match["toml"], match["body"])
    assert split_front_matter(text) == expected
