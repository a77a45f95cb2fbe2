"""License expressions as policies judge them: parsing (crates.io's legacy ``/``, GNU
"or later"), satisfaction, and AND / OR evaluation checked against a brute-force reading;
cargo-deny's license-file hash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.check.licenses import license_text_hash
from cratewatch.licenses.expressions import (
    All,
    Any_,
    Requirement,
    evaluate,
    parse_expression,
    parse_licensee,
    requirements,
    satisfies,
)

RING_LICENSE = Path(__file__).parent / "projects" / "web" / "vendor" / "ring-0.16.20" / "LICENSE"


def test_legacy_and_gnu_spellings() -> None:
    assert parse_expression("MIT/Apache-2.0") == Any_(
        (Requirement("MIT", text="MIT"), Requirement("Apache-2.0", text="Apache-2.0"))
    )
    gpl = parse_expression("GPL-2.0+")
    assert isinstance(gpl, Requirement) and (gpl.license, gpl.or_later) == ("GPL-2.0", True)
    only = parse_expression("GPL-2.0-only")
    assert isinstance(only, Requirement) and (only.license, only.or_later) == ("GPL-2.0", False)
    with pytest.raises(ValueError, match="unknown license identifier"):
        parse_expression("Proprietary")


@pytest.mark.parametrize(
    ("allowed", "required", "accepted"),
    [
        ("MIT", "MIT", True),
        ("GPL-3.0", "GPL-2.0-or-later", True),
        ("GPL-2.0", "GPL-3.0-or-later", False),
        ("GPL-3.0", "GPL-2.0-only", False),
        ("Apache-2.0", "Apache-2.0 WITH LLVM-exception", False),
        ("Apache-2.0 WITH LLVM-exception", "Apache-2.0", False),
        ("Apache-2.0 WITH LLVM-exception", "Apache-2.0 WITH LLVM-exception", True),
        ("MPL-2.0", "MPL-1.1+", True),
    ],
)
def test_satisfaction(allowed: str, required: str, accepted: bool) -> None:
    needed = parse_expression(required)
    assert isinstance(needed, Requirement)
    assert satisfies(parse_licensee(allowed), needed) is accepted


IDS = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "Zlib"]
expressions = st.recursive(
    st.sampled_from(IDS),
    lambda inner: st.tuples(inner, st.sampled_from([" AND ", " OR "]), inner).map(
        lambda t: f"({t[0]}{t[1]}{t[2]})"
    ),
    max_leaves=8,
)


@given(expressions, st.sets(st.sampled_from(IDS)))
def test_evaluation_is_the_expressions_logic(text: str, allowed: set[str]) -> None:
    expression = parse_expression(text)
    needed = requirements(expression)
    verdicts = {i: r.license in allowed for i, r in enumerate(needed)}
    python = text.replace(" AND ", " and ").replace(" OR ", " or ")
    for license_id in IDS:
        python = python.replace(license_id, str(license_id in allowed))
    assert evaluate(expression, verdicts) is eval(python)
    assert isinstance(expression, (Requirement, All, Any_))


def test_the_license_file_hash_is_cargo_denys() -> None:
    # the value cargo-deny's documentation gives for ring's LICENSE
    assert license_text_hash(RING_LICENSE.read_bytes()) == 0xBD0EED23
    assert license_text_hash(b"a\r\nb") == license_text_hash(b"a\nb\n")


def test_parsed_expressions_are_kept_and_damaged_entries_parsed_again(tmp_path: Path) -> None:
    import json

    from cratewatch.cachedir import user_cache_dir
    from cratewatch.licenses import expressions

    kept = user_cache_dir() / "license-expressions.json"
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(json.dumps({"0MIT OR ISC": ["any", [["req", 5]]], "0Bad": ["error", "no"]}))
    expressions._kept.cache_clear()
    expressions.parse_expression.cache_clear()
    try:
        assert parse_expression("MIT OR ISC") == Any_(
            (Requirement("MIT", text="MIT"), Requirement("ISC", text="ISC"))
        )  # the damaged entry was parsed again
        with pytest.raises(ValueError, match="no"):
            parse_expression("Bad")  # a kept error is the same error
        written = json.loads(kept.read_text())
        assert written["0MIT OR ISC"][0] == "any"
    finally:
        expressions._kept.cache_clear()
        expressions.parse_expression.cache_clear()
