"""Searches for patterns that begin a word find what a leading ``\\b`` would."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cratewatch.scan.words import word_matches

_PATTERNS = [rb"fn\s+(\w+)", rb"fn\s+\w+\s*\(\s*\)\s*->", rb"0x([0-9a-f_]{2,8})\b", rb"ab\s+ab"]
_TEXTS = st.binary(max_size=80).map(lambda b: bytes(b"fnax0_() ->.\n"[c % 13] for c in b))


@given(_TEXTS, st.sampled_from(_PATTERNS))
def test_word_matches_are_those_of_a_leading_word_boundary(text: bytes, pattern: bytes) -> None:
    expected = [m.span() for m in re.finditer(rb"\b" + pattern, text)]
    assert [m.span() for m in word_matches(re.compile(pattern), text)] == expected


@given(_TEXTS, st.sampled_from(_PATTERNS))
def test_word_matches_also_exclude_the_given_bytes(text: bytes, pattern: bytes) -> None:
    expected = [m.span() for m in re.finditer(rb"(?<![\w.])" + pattern, text)]
    assert [m.span() for m in word_matches(re.compile(pattern), text, b".")] == expected


def test_a_word_inside_a_rejected_match_is_found() -> None:
    # "xab ab ab": the match at 1 is inside a word; the one at 4 overlaps it
    assert [m.start() for m in word_matches(re.compile(rb"ab\s+ab"), b"xab ab ab")] == [4]
