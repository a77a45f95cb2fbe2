"""The JSON contract: golden output, required keys, types, order and determinism."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from cratewatch.model import Level, Report, Version
from cratewatch.reporters.envelope import SCHEMA_FILE
from cratewatch.reporters.json_format import render_json, report_to_dict

FINDING_KEYS = [
    "code",
    "severity",
    "level",
    "crate",
    "version",
    "source",
    "advisory_id",
    "aliases",
    "title",
    "message",
    "date",
    "paths",
    "fix",
    "ignored",
    "url",
    "references",
    "cvss",
    "affected_functions",
    "categories",
    "keywords",
    "location",
]

# The shipped schema, with the audit's document as the root (its $defs stay reachable).
_SHIPPED = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
REPORT_SCHEMA: dict[str, Any] = {**_SHIPPED["$defs"]["audit"], "$defs": _SHIPPED["$defs"]}


def test_golden_full(
    full_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("full.json", render_json(full_report, now=now))


def test_golden_empty(
    empty_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("empty.json", render_json(empty_report, now=now))


@pytest.mark.parametrize("which", ["full_report", "empty_report", "stale_report"])
def test_matches_contract_schema(
    which: str, request: pytest.FixtureRequest, now: dt.datetime
) -> None:
    report: Report = request.getfixturevalue(which)
    data = json.loads(render_json(report, now=now))
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(data)


def test_round_trip_and_key_order(full_report: Report, now: dt.datetime) -> None:
    text = render_json(full_report, now=now)
    data = json.loads(text)
    assert data == report_to_dict(full_report, now=now)
    assert list(data) == list(REPORT_SCHEMA["required"])
    for entry in (*data["findings"], *data["diagnostics"]):
        assert list(entry) == FINDING_KEYS


def test_smallvec_finding(full_report: Report, now: dt.datetime) -> None:
    data = report_to_dict(full_report, now=now)
    (smallvec,) = [f for f in data["findings"] if f["crate"] == "smallvec"]
    assert smallvec["advisory_id"] == "RUSTSEC-2021-0003"
    assert smallvec["severity"] == "critical"
    assert smallvec["level"] == "deny"
    assert smallvec["version"] == "0.6.13"
    assert smallvec["paths"][0] == ["app 0.1.0", "hyper 0.12.35", "smallvec 0.6.13"]
    assert smallvec["fix"] == {
        "patched": [">= 0.6.14, < 1.0.0", ">= 1.6.1"],
        "upgrade_to": "0.6.14",
        "semver_compatible": True,
    }
    assert smallvec["cvss"]["score"] == 9.8
    assert smallvec["cvss"]["rating"] == "critical"
    assert smallvec["url"] == "https://rustsec.org/advisories/RUSTSEC-2021-0003.html"
    assert smallvec["references"] == ["https://github.com/servo/rust-smallvec/issues/252"]
    assert smallvec["ignored"] is None


def test_findings_sorted_by_crate_version_advisory(full_report: Report, now: dt.datetime) -> None:
    shuffled = full_report._replace(findings=tuple(reversed(full_report.findings)))
    assert render_json(shuffled, now=now) == render_json(full_report, now=now)
    keys = [
        (f["crate"], f["version"], f["advisory_id"])
        for f in report_to_dict(full_report, now=now)["findings"]
    ]
    assert keys == sorted(keys)


def test_versions_sort_by_semver_precedence(full_report: Report, now: dt.datetime) -> None:
    base = full_report.findings[0]
    package = base.package
    assert package is not None
    findings = tuple(
        base._replace(package=package._replace(version=Version.parse(v)))
        for v in ("0.10.0", "0.9.0", "0.10.0-alpha.1")
    )
    report = full_report._replace(findings=findings)
    versions = [f["version"] for f in report_to_dict(report, now=now)["findings"]]
    assert versions == ["0.9.0", "0.10.0-alpha.1", "0.10.0"]


def test_summary_counts(full_report: Report, now: dt.datetime) -> None:
    summary = report_to_dict(full_report, now=now)["summary"]
    assert summary["packages"] == 9
    assert summary["audited"] == 8
    assert summary["skipped"] == 1
    assert summary["findings"] == 4
    assert summary["diagnostics"] == 2
    assert summary["ignored"] == 1
    assert summary["by_code"]["vulnerability"] == 2
    assert summary["by_code"]["ignore-unused"] == 1
    assert summary["by_level"] == {"deny": 1, "warn": 3, "allow": 1}
    assert sum(summary["by_level"].values()) + summary["ignored"] == 6
    assert sum(summary["by_severity"].values()) + summary["ignored"] == 6
    assert sum(summary["by_code"].values()) == 6
    assert summary["failed"] is True


def test_ignoring_the_only_denied_finding_passes(full_report: Report, now: dt.datetime) -> None:
    findings = tuple(
        f._replace(ignored_reason="accepted")
        if f.level is Level.DENY and f.ignored_reason is None
        else f
        for f in full_report.findings
    )
    report = full_report._replace(findings=findings)
    assert report_to_dict(report, now=now)["summary"]["failed"] is False


def test_database_age(full_report: Report, stale_report: Report, now: dt.datetime) -> None:
    assert report_to_dict(full_report, now=now)["database"]["age_days"] == 23.16
    stale = report_to_dict(stale_report, now=now)["database"]
    assert stale["updated"] == "2026-06-01T09:30:00Z"
    assert stale["age_days"] == pytest.approx(177.10, abs=0.01)


def test_naive_datetimes_are_utc(full_report: Report, now: dt.datetime) -> None:
    naive = full_report._replace(
        generated=now.replace(tzinfo=None),
        database=full_report.database._replace(
            updated=dt.datetime(2026, 11, 2, 8, 15),
        ),
    )
    assert render_json(naive, now=now.replace(tzinfo=None)) == render_json(full_report, now=now)


def test_other_timezones_are_converted(full_report: Report, now: dt.datetime) -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    shifted = full_report._replace(
        generated=now.astimezone(plus_two), database=full_report.database
    )
    data = report_to_dict(shifted, now=now.astimezone(plus_two))
    assert data["generated"] == "2026-11-25T12:00:00Z"
    assert data["database"]["age_days"] == 23.16


def test_empty_report(empty_report: Report, now: dt.datetime) -> None:
    data = json.loads(render_json(empty_report, now=now))
    assert data["findings"] == []
    assert data["diagnostics"] == []
    assert data["skipped"] == []
    assert data["generated"] is None
    assert data["database"]["updated"] is None
    assert data["database"]["age_days"] is None
    assert data["summary"]["failed"] is False
    assert set(data["summary"]["by_code"].values()) == {0}


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        (None, None),
        ("command line", None),
        ("cratewatch.toml:12", "cratewatch.toml:12"),
        ("deny.toml", "deny.toml"),
        ("sub dir/Cargo.lock", "sub dir/Cargo.lock"),
    ],
)
def test_location_is_a_file_or_null(
    location: str | None, expected: str | None, full_report: Report, now: dt.datetime
) -> None:
    diagnostic = full_report.diagnostics[0]._replace(location=location)
    report = full_report._replace(diagnostics=(diagnostic,))
    assert report_to_dict(report, now=now)["diagnostics"][0]["location"] == expected


def test_fix_none_is_null(full_report: Report, now: dt.datetime) -> None:
    finding = full_report.findings[0]._replace(fix=None)
    report = full_report._replace(findings=(finding,))
    data = json.loads(render_json(report, now=now))
    assert data["findings"][0]["fix"] is None
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(data)


def test_non_ascii_is_kept(full_report: Report, now: dt.datetime) -> None:
    finding = full_report.findings[0]._replace(message="défaut → crash")
    report = full_report._replace(findings=(finding,))
    assert "défaut → crash" in render_json(report, now=now)
