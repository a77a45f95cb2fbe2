"""Reports built by hand for the reporter tests, and the golden-file fixture.

Set ``CRATEWATCH_UPDATE_GOLDEN=1`` to (re)write the golden files instead of
comparing against them; review the diff before committing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

import cratewatch
from cratewatch.model import (
    Advisory,
    AdvisoryId,
    AffectedRanges,
    Code,
    CrateName,
    Cvss,
    DatabaseInfo,
    Finding,
    Fix,
    GitReference,
    Level,
    PackageId,
    Report,
    Severity,
    Skipped,
    Source,
    SourceKind,
    Version,
    VersionReq,
)
from cratewatch.model.advisory import FunctionRanges
from cratewatch.model.package import CRATES_IO_INDEX
from tests.conftest import check_golden

GOLDEN_DIR = Path(__file__).parent / "golden"
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
CRATES_IO = Source(SourceKind.REGISTRY, CRATES_IO_INDEX)


def pkg(name: str, version: str, source: Source | None = CRATES_IO) -> PackageId:
    return PackageId(CrateName(name), Version.parse(version), source)


def ranges(*unaffected: str) -> AffectedRanges:
    return AffectedRanges.from_unaffected([VersionReq.parse(r) for r in unaffected])


APP = pkg("app", "0.1.0", None)
HYPER = pkg("hyper", "0.12.35")
PARKING_LOT_CORE = pkg("parking_lot_core", "0.6.2")
SMALLVEC = pkg("smallvec", "0.6.13")
FAILURE = pkg("failure", "0.1.8")
CHRONO = pkg("chrono", "0.4.19")
TIME = pkg("time", "0.1.45")
CLAP = pkg("clap", "2.34.0")
ATTY = pkg("atty", "0.2.14")
MYLIB = pkg(
    "mylib",
    "0.3.0",
    Source(
        SourceKind.GIT,
        "https://github.com/example/mylib",
        GitReference.BRANCH,
        "main",
        "a1b2c3d4e5f60718293a4b5c6d7e8f9011223344",
    ),
)

SMALLVEC_ADVISORY = Advisory(
    id=AdvisoryId("RUSTSEC-2021-0003"),
    package=CrateName("smallvec"),
    title="Buffer overflow in `SmallVec::insert_many`",
    ranges=ranges(">= 0.6.14, < 1.0.0", ">= 1.6.1"),
    date=dt.date(2021, 1, 8),
    description=(
        "A bug in the `SmallVec::insert_many` method caused it to allocate a buffer "
        "that was smaller than needed. It then wrote past the end of the buffer, "
        "causing a buffer overflow and memory corruption on the heap."
    ),
    aliases=("CVE-2021-25900", "GHSA-43w2-9j62-hq99"),
    url="https://github.com/servo/rust-smallvec/issues/252",
    categories=("memory-corruption",),
    keywords=("buffer-overflow", "heap-overflow"),
    cvss=Cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "3.1", 9.8, "critical"),
    affected_functions=(
        FunctionRanges("smallvec::SmallVec::insert_many", ("< 0.6.14", ">= 1.0.0, < 1.6.1")),
    ),
    patched=(">= 0.6.14, < 1.0.0", ">= 1.6.1"),
    source="https://github.com/rustsec/advisory-db",
)

FAILURE_ADVISORY = Advisory(
    id=AdvisoryId("RUSTSEC-2020-0036"),
    package=CrateName("failure"),
    title="failure is officially deprecated/unmaintained",
    ranges=ranges(),
    date=dt.date(2020, 5, 2),
    description=(
        "The `failure` crate is officially end-of-life: it has been marked as "
        "deprecated by the former maintainer."
    ),
    url="https://github.com/rust-lang-nursery/failure/pull/347",
    informational="unmaintained",
    source="https://github.com/rustsec/advisory-db",
)

TIME_ADVISORY = Advisory(
    id=AdvisoryId("RUSTSEC-2020-0071"),
    package=CrateName("time"),
    title="Potential segfault in the time crate",
    ranges=ranges(">= 0.2.23", "= 0.2.0", "= 0.2.1", "= 0.2.2"),
    date=dt.date(2020, 11, 18),
    description="Unix-like operating systems may segfault due to dereferencing a dangling "
    "pointer in specific circumstances.",
    aliases=("CVE-2020-26235", "GHSA-wcg3-cvx6-7396"),
    url="https://github.com/time-rs/time/issues/293",
    categories=("code-execution", "memory-corruption"),
    cvss=Cvss("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H", "3.1", 6.2, "medium"),
    patched=(">= 0.2.23",),
    unaffected=("= 0.2.0", "= 0.2.1", "= 0.2.2"),
    source="https://github.com/rustsec/advisory-db",
)

ATTY_ADVISORY = Advisory(
    id=AdvisoryId("RUSTSEC-2021-0145"),
    package=CrateName("atty"),
    title="Potential unaligned read",
    ranges=ranges(),
    date=dt.date(2021, 7, 4),
    description="On windows, `atty` dereferences a potentially unaligned pointer.",
    url="https://github.com/softprops/atty/issues/50",
    informational="unsound",
    affected_os=("windows",),
    source="https://github.com/rustsec/advisory-db",
)


def full_report_value() -> Report:
    findings = (
        Finding(
            code=Code.VULNERABILITY,
            severity=Severity.CRITICAL,
            message="smallvec 0.6.13 is affected by RUSTSEC-2021-0003",
            package=SMALLVEC,
            advisory=SMALLVEC_ADVISORY,
            paths=((APP, HYPER, SMALLVEC), (APP, PARKING_LOT_CORE, SMALLVEC)),
            fix=Fix(
                patched=SMALLVEC_ADVISORY.patched,
                upgrade_to=Version.parse("0.6.14"),
                semver_compatible=True,
            ),
            level=Level.DENY,
        ),
        Finding(
            code=Code.UNMAINTAINED,
            severity=Severity.LOW,
            message="failure 0.1.8 is unmaintained (RUSTSEC-2020-0036)",
            package=FAILURE,
            advisory=FAILURE_ADVISORY,
            paths=((APP, FAILURE),),
            level=Level.WARN,
        ),
        Finding(
            code=Code.VULNERABILITY,
            severity=Severity.MEDIUM,
            message="time 0.1.45 is affected by RUSTSEC-2020-0071",
            package=TIME,
            advisory=TIME_ADVISORY,
            paths=((APP, CHRONO, TIME),),
            fix=Fix(
                patched=TIME_ADVISORY.patched,
                upgrade_to=Version.parse("0.2.23"),
                semver_compatible=False,
            ),
            level=Level.DENY,
            ignored_reason="chrono is built without the `oldtime` feature path that calls "
            "localtime_r; re-check by 2027-01-01",
        ),
        Finding(
            code=Code.UNSOUND,
            severity=Severity.MEDIUM,
            message="atty 0.2.14 has an unsound API (RUSTSEC-2021-0145)",
            package=ATTY,
            advisory=ATTY_ADVISORY,
            paths=((APP, CLAP, ATTY),),
            level=Level.ALLOW,
        ),
    )
    diagnostics = (
        Finding(
            code=Code.IGNORE_UNUSED,
            severity=Severity.INFO,
            message="ignore entry RUSTSEC-2019-0033 matched no finding",
            level=Level.WARN,
            location="cratewatch.toml:12",
        ),
        Finding(
            code=Code.ADVISORY_INVALID,
            severity=Severity.MEDIUM,
            message="crates/foo/RUSTSEC-2026-9999.md: invalid version requirement '>=1.0,'",
            level=Level.WARN,
        ),
    )
    return Report(
        lockfile="Cargo.lock",
        package_count=9,
        audited_count=8,
        database=DatabaseInfo(
            sources=("https://github.com/rustsec/advisory-db",),
            advisory_count=873,
            commit="5d0e2f5b6f1f4c0e8a3b9d7c6e5f4a3b2c1d0e9f",
            updated=dt.datetime(2026, 11, 2, 8, 15, tzinfo=dt.UTC),
            invalid_count=1,
        ),
        findings=findings,
        diagnostics=diagnostics,
        skipped=(Skipped(MYLIB, "git source: not published on crates.io"),),
        targets=("x86_64-unknown-linux-gnu",),
        generated=NOW,
    )


def empty_report_value() -> Report:
    return Report(
        lockfile="Cargo.lock",
        package_count=4,
        audited_count=4,
        database=DatabaseInfo(
            sources=("https://github.com/rustsec/advisory-db",), advisory_count=873
        ),
        findings=(),
        diagnostics=(),
        skipped=(),
    )


@pytest.fixture(autouse=True)
def fixed_tool_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden files must not change with each release."""
    monkeypatch.setattr(cratewatch, "__version__", "1.2.3")


@pytest.fixture
def now() -> dt.datetime:
    return NOW


@pytest.fixture
def full_report() -> Report:
    return full_report_value()


@pytest.fixture
def empty_report() -> Report:
    return empty_report_value()


def stale_diagnostic(days: int, limit: int = 90) -> Finding:
    """The ``database-stale`` diagnostic the audit emits above ``max-db-age-days``."""
    return Finding(
        code=Code.DATABASE_STALE,
        severity=Severity.LOW,
        message=f"advisory database is {days} days old (limit {limit}); run `cratewatch db update`",
        level=Level.WARN,
    )


@pytest.fixture
def stale_report() -> Report:
    """The full report with a database last updated 177 days before ``NOW``, and the
    ``database-stale`` diagnostic that the audit emits for it."""
    report = full_report_value()
    database = report.database._replace(
        updated=dt.datetime(2026, 6, 1, 9, 30, tzinfo=dt.UTC), invalid_count=0
    )
    return report._replace(
        database=database, diagnostics=(*report.diagnostics, stale_diagnostic(177))
    )


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """``golden(name, text)``: compare ``text`` with ``golden/<name>`` (or rewrite it)."""

    def check(name: str, text: str) -> None:
        check_golden(GOLDEN_DIR / name, text)

    return check


def silence_stale(report: Report, ignored_reason: str | None, level: Level) -> Report:
    """The report with its ``database-stale`` diagnostic ignored or set to ``level``."""
    diagnostics = tuple(
        d._replace(ignored_reason=ignored_reason, level=level)
        if d.code is Code.DATABASE_STALE
        else d
        for d in report.diagnostics
    )
    return report._replace(diagnostics=diagnostics)
