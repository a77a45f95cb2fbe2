"""RustSec Markdown and OSV JSON parsing, on the real advisory database and its OSV export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cratewatch.advisories.osv import parse_osv_record
from cratewatch.advisories.rustsec import parse_rustsec_advisory, read_rustsec_advisory
from cratewatch.errors import AdvisoryError
from cratewatch.model import AdvisoryKind, Collection, Version
from tests.conftest import ADVISORY_DB, ADVISORY_DB_OSV, require


def _rustsec_files() -> list[Path]:
    return sorted(require(ADVISORY_DB).glob("crates/*/*.md"))


def test_every_real_rustsec_advisory_parses_with_the_documented_counts() -> None:
    advisories = [read_rustsec_advisory(p) for p in _rustsec_files()]
    advisories += [
        read_rustsec_advisory(p, Collection.RUST) for p in ADVISORY_DB.glob("rust/*/*.md")
    ]
    assert len(advisories) == 1225
    kinds = [a.kind for a in advisories]
    assert kinds.count(AdvisoryKind.MALICIOUS) == 73
    assert kinds.count(AdvisoryKind.UNMAINTAINED) == 267
    assert kinds.count(AdvisoryKind.NOTICE) == 6
    assert sum(a.informational is not None for a in advisories) == 476
    assert sum(a.is_withdrawn for a in advisories) == 13
    assert sum(bool(a.affected_functions) for a in advisories) == 260
    assert sum(bool(a.affected_os) for a in advisories) == 27
    assert sum(bool(a.affected_arch) for a in advisories) == 7
    assert sum(a.cvss is not None and a.cvss.version == "4.0" for a in advisories) == 57


def test_rustsec_fields_of_a_known_advisory() -> None:
    advisory = read_rustsec_advisory(require(ADVISORY_DB / "crates/smallvec/RUSTSEC-2021-0003.md"))
    assert advisory.id == "RUSTSEC-2021-0003" and advisory.package == "smallvec"
    assert advisory.title == "Buffer overflow in SmallVec::insert_many"
    assert advisory.aliases == ("CVE-2021-25900", "GHSA-43w2-9j62-hq99")
    assert advisory.cvss is not None and advisory.cvss.base_score == 9.8
    assert advisory.cvss.rating == "critical"
    assert advisory.patched == (">= 0.6.14, < 1.0.0", ">= 1.6.1")
    assert advisory.unaffected == ("< 0.6.3",)
    assert advisory.affected_functions[0].path == "smallvec::SmallVec::insert_many"
    assert advisory.kind is AdvisoryKind.VULNERABILITY
    for text, affected in [
        ("0.6.2", False),
        ("0.6.3", True),
        ("0.6.13", True),
        ("0.6.14", False),
        ("1.0.0", True),
        ("1.6.0", True),
        ("1.6.1", False),
    ]:
        assert advisory.affects(Version.parse(text)) is affected, text


def test_osv_export_agrees_with_the_markdown_on_affected_versions() -> None:
    """Both formats of the same advisory must affect the same versions."""
    checked = 0
    for md in _rustsec_files():
        osv_file = require(ADVISORY_DB_OSV) / "crates" / (md.stem + ".json")
        if not osv_file.exists():
            continue
        rustsec = read_rustsec_advisory(md)
        (osv,) = parse_osv_record(osv_file.read_bytes(), str(osv_file))
        assert (osv.id, osv.package, osv.kind) == (rustsec.id, rustsec.package, rustsec.kind)
        assert osv.is_withdrawn == rustsec.is_withdrawn
        probes = {Version(0, 0, 0), Version(0, 1, 0), Version(99, 0, 0)}
        for requirement in (*rustsec.patched, *rustsec.unaffected):
            for part in (
                requirement.replace(">", " ")
                .replace("<", " ")
                .replace("=", " ")
                .replace("^", " ")
                .replace("~", " ")
                .replace(",", " ")
                .split()
            ):
                try:
                    v = Version.parse(
                        part if part.count(".") == 2 else part + ".0" * (2 - part.count("."))
                    )
                except ValueError:
                    continue
                probes |= {
                    v,
                    Version(v.major, v.minor, v.patch, "alpha"),
                    Version(v.major, v.minor, v.patch + 1),
                }
        for probe in probes:
            assert osv.affects(probe) == rustsec.affects(probe), (md.stem, str(probe))
        checked += 1
    assert checked > 1150


GOOD = """```toml
[advisory]
id = "RUSTSEC-2099-0001"
package = "demo"
date = "2099-01-01"
informational = "unsound"
withdrawn = "2099-02-01"
expect-deleted = true
related = ["RUSTSEC-2099-0002"]
keywords = ["k"]

[affected]
os = ["windows"]
arch = ["x86"]

[versions]
patched = [">= 1.2.3"]
```

# Demo title

Body text.
"""


def test_rustsec_every_optional_field() -> None:
    advisory = parse_rustsec_advisory(GOOD)
    assert advisory.title == "Demo title" and advisory.description == "Body text."
    assert advisory.kind is AdvisoryKind.UNSOUND
    assert advisory.withdrawn is not None and advisory.expect_deleted
    assert advisory.related == ("RUSTSEC-2099-0002",)
    assert advisory.affected_os == ("windows",) and advisory.affected_arch == ("x86",)
    assert advisory.affects(Version.parse("1.2.3-alpha"))  # below 1.2.3 by precedence
    assert not advisory.affects(Version.parse("1.2.3"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter", "missing ```toml front matter"),
        ("```toml\n[advisory\n```\n# t\n", "invalid TOML front matter"),
        (GOOD.replace('id = "RUSTSEC-2099-0001"\n', ""), "missing required field 'id'"),
        (GOOD.replace('date = "2099-01-01"', 'date = "yesterday"'), "'date' must be a date"),
        (GOOD.replace('">= 1.2.3"', '">= 1.2.x.y"'), "patched: invalid requirement"),
        (
            GOOD.replace('">= 1.2.3"', '">= 1.0.0, < 3.0.0", ">= 2.0.0"'),
            "overlapping version ranges",
        ),
        (
            GOOD.replace("[affected]", "[affected]\nbogus = 1"),
            "unknown field(s) in [affected]: bogus",
        ),
        (GOOD.replace("# Demo title", ""), "advisory has no title"),
        (GOOD.replace('keywords = ["k"]', 'cvss = "CVSS:3.1/AV:Q"'), "invalid CVSS vector"),
    ],
)
def test_corrupt_rustsec_advisories(text: str, message: str) -> None:
    with pytest.raises(AdvisoryError) as info:
        parse_rustsec_advisory(text, "crates/demo/RUSTSEC-2099-0001.md")
    assert str(info.value).startswith("crates/demo/RUSTSEC-2099-0001.md: ")
    assert message in str(info.value)


def test_osv_record_with_several_ecosystems_and_events() -> None:
    record = {
        "id": "GHSA-xxxx-yyyy-zzzz",
        "aliases": ["CVE-2099-1"],
        "summary": "demo",
        "published": "2099-01-01T00:00:00Z",
        "affected": [
            {"package": {"ecosystem": "PyPI", "name": "demo"}, "ranges": []},
            {
                "package": {"ecosystem": "crates.io", "name": "demo"},
                "ranges": [
                    {
                        "type": "SEMVER",
                        "events": [
                            {"introduced": "0"},
                            {"fixed": "1.0.0"},
                            {"introduced": "2.0.0"},
                            {"last_affected": "2.1.0"},
                        ],
                    }
                ],
                "versions": ["3.0.0"],
            },
        ],
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
    }
    (advisory,) = parse_osv_record(json.dumps(record))
    assert advisory.package == "demo" and advisory.cvss is not None
    affected = {
        v: advisory.affects(Version.parse(v))
        for v in ["0.5.0", "1.0.0", "2.0.0", "2.1.0", "2.1.1", "3.0.0"]
    }
    assert affected == {
        "0.5.0": True,
        "1.0.0": False,
        "2.0.0": True,
        "2.1.0": True,
        "2.1.1": False,
        "3.0.0": True,
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[]", "must be a JSON object"),
        ('{"affected": []}', "missing 'id'"),
        (
            '{"id": "X-1", "affected": [{"package": {"ecosystem": "crates.io", "name": "a"}, '
            '"ranges": [{"type": "SEMVER", "events": [{"introduced": "one"}]}]}]}',
            "one",
        ),
    ],
)
def test_corrupt_osv_records(data: str, message: str) -> None:
    with pytest.raises(AdvisoryError) as info:
        parse_osv_record(data, "osv/X-1.json")
    assert str(info.value).startswith("osv/X-1.json: ") and message in str(info.value)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "X-1", "affected": {"package": {}}}, "'affected' must be a list of objects"),
        ({"id": "X-1", "affected": "abc"}, "'affected' must be a list of objects"),
        ({"id": "X-1", "references": ["http://x"]}, "'references' must be a list of objects"),
        ({"id": "X-1", "severity": ["x"]}, "'severity' must be a list of objects"),
        ({"id": "X-1", "aliases": "CVE-1"}, "'aliases' must be a list of strings"),
        (
            {"id": "X-1", "affected": [{"package": "smallvec"}]},
            "'affected[].package' must be a JSON object",
        ),
        (
            {
                "id": "X-1",
                "affected": [
                    {
                        "package": {"ecosystem": "crates.io", "name": "a"},
                        "ranges": ["x"],
                    }
                ],
            },
            "'ranges' must be a list of objects",
        ),
        (
            {
                "id": "X-1",
                "affected": [
                    {
                        "package": {"ecosystem": "crates.io", "name": "a"},
                        "versions": ["1.0.0"],
                        "database_specific": {"categories": "malicious"},
                    }
                ],
            },
            "'categories' must be a list of strings",
        ),
    ],
)
def test_osv_records_of_the_wrong_shape(record: object, message: str) -> None:
    with pytest.raises(AdvisoryError) as info:
        parse_osv_record(json.dumps(record), "osv/X-1.json")
    assert str(info.value) == f"osv/X-1.json: {message}"


def test_deeply_nested_input_is_an_advisory_error() -> None:
    nested = "[" * 100_000 + "]" * 100_000
    with pytest.raises(AdvisoryError, match="invalid JSON"):
        parse_osv_record(nested, "deep.json")
    toml = "```toml\n[advisory]\nx = " + "[" * 100_000 + "]" * 100_000 + "\n```\n# t\n"
    with pytest.raises(AdvisoryError, match="invalid TOML"):
        parse_rustsec_advisory(toml, "deep.md")


def test_osv_patched_ranges_are_derived_from_the_events() -> None:
    (advisory,) = parse_osv_record(
        require(ADVISORY_DB_OSV / "crates" / "RUSTSEC-2021-0003.json").read_bytes()
    )
    assert advisory.patched == (">= 0.6.14, < 1.0.0", ">= 1.6.1")
