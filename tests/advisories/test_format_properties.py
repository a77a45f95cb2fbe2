"""Property tests of the advisory parsers: any input is an advisory or an AdvisoryError."""

from __future__ import annotations

import json
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.advisories.osv import parse_osv_record
from cratewatch.advisories.rustsec import parse_rustsec_advisory
from cratewatch.errors import AdvisoryError

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from(["0", "1.2.3", "0.0.0-0", "crates.io", "SEMVER", "x", "CVSS:3.1/AV:N"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(
        st.sampled_from(
            ["id", "affected", "package", "ecosystem", "name", "ranges", "type", "events",
             "introduced", "fixed", "versions", "aliases", "severity", "score", "references",
             "database_specific", "ecosystem_specific", "affects", "os", "withdrawn"]
        ),
        inner,
        max_size=4,
    ),
    max_leaves=12,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_any_json_is_osv_advisories_or_an_advisory_error(value: object) -> None:
    try:
        parse_osv_record(json.dumps(value), "fuzz.json")
    except AdvisoryError as exc:
        assert str(exc).startswith("fuzz.json: ") and "\n" not in str(exc)


toml_values = st.recursive(
    st.integers(-2, 2).map(str)
    | st.booleans().map(lambda b: str(b).lower())
    | st.sampled_from(['">= 1.2.3"', '"^0.1"', '"2020-01-01"', '"windows"', '"x"', "2020-01-01"]),
    lambda inner: st.lists(inner, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
    max_leaves=5,
)
keys = st.sampled_from(
    ["id", "package", "date", "url", "aliases", "informational", "cvss", "withdrawn",
     "categories", "patched", "unaffected", "os", "arch", "functions", "expect-deleted"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["advisory", "affected", "versions"]),
        st.dictionaries(keys, toml_values, max_size=5),
        max_size=3,
    ),
    st.text(string.printable, max_size=40),
)
def test_any_front_matter_is_an_advisory_or_an_advisory_error(
    tables: dict[str, dict[str, str]], body: str
) -> None:
    toml = "".join(
        f"[{table}]\n" + "".join(f"{k} = {v}\n" for k, v in fields.items())
        for table, fields in tables.items()
    )
    try:
        parse_rustsec_advisory(f"```toml\n{toml}```\n\n# Title\n{body}", "fuzz.md")
    except AdvisoryError as exc:
        assert str(exc).startswith("fuzz.md: ") and "\n" not in str(exc)
