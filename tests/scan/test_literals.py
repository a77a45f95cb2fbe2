"""Rust literals as written: integers in any base, the escapes of strings (scan/literals.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cratewatch.scan.literals import Placeholder, format_pieces, integer, unescape


@given(
    st.integers(min_value=0, max_value=(1 << 128) - 1),
    st.sampled_from(["{:d}", "0x{:x}", "0x{:X}", "0o{:o}", "0b{:b}"]),
    st.sampled_from(["", "u8", "u32", "i64", "usize", "u128"]),
)
def test_an_integer_literal_in_any_base_with_any_suffix(
    value: int, spelled: str, suffix: str
) -> None:
    text = spelled.format(value)
    grouped = "_".join(text[i : i + 3] for i in range(0, len(text), 3))  # `1_000` digit groups
    assert integer(text + suffix) == value
    assert integer(grouped + suffix) == value or not grouped[-1:].isalnum()


def test_what_is_no_integer() -> None:
    assert [integer(t) for t in ("", "x1", "0xg", "1.5", "-3", "u8")] == [None] * 6


@given(
    st.text(
        alphabet=st.characters(min_codepoint=1, max_codepoint=0x2FFFF, exclude_categories=["Cs"])
    )
)
def test_escaping_every_character_is_undone(text: str) -> None:
    escaped = "".join(f"\\u{{{ord(c):x}}}" for c in text)
    assert unescape(escaped) == text


def test_the_escapes_of_rust() -> None:
    assert unescape(r"a\x41\n\t\\\"\u{1F600}\0") == 'aA\n\t\\"\U0001f600\0'
    assert unescape("one \\\n    two") == "one two"  # a line continuation
    assert unescape(r"\u{D800}") == "\ufffd"  # not a character


def test_a_format_template_in_pieces() -> None:
    assert format_pieces("https://{host}:{}/{0:>4}{{x}}") == [
        "https://",
        Placeholder("host", ""),
        ":",
        Placeholder("", ""),
        "/",
        Placeholder("0", ">4"),
        "{x}",
    ]
    assert format_pieces("a { b") is None  # a brace alone: no template Rust accepts
