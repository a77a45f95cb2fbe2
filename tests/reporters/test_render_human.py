"""The human report: golden files, grouping, colour and the stale-database warning."""

from __future__ import annotations

import datetime as dt
import pickle
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable

import pytest

from cratewatch.model import (
    Code,
    CrateName,
    Finding,
    Level,
    PackageId,
    Report,
    Severity,
    Version,
)
from cratewatch.reporters.human import render_human
from tests.reporters.conftest import HYPER, silence_stale, stale_diagnostic

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def plain(text: str) -> str:
    return "\n".join(ANSI.sub("", line).rstrip() for line in text.splitlines()) + "\n"


def test_golden_full(
    full_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("full.txt", render_human(full_report, now=now))


def test_golden_stale(
    stale_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("stale.txt", render_human(stale_report, now=now))


def test_golden_empty(
    empty_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("empty.txt", render_human(empty_report, now=now))


def test_no_line_longer_than_width(full_report: Report, now: dt.datetime) -> None:
    for width in (60, 100):
        text = render_human(full_report, now=now, width=width)
        assert max(len(line) for line in text.splitlines()) <= width


def test_color_adds_only_styles(full_report: Report, now: dt.datetime) -> None:
    colored = render_human(full_report, now=now, color=True, width=100)
    assert "\x1b[" in colored
    assert "\x1b[1;31mFAILED" in colored
    assert plain(colored) == render_human(full_report, now=now)


def test_no_color_has_no_escapes(full_report: Report, now: dt.datetime) -> None:
    assert "\x1b" not in render_human(full_report, now=now, color=False)


def test_finding_details(full_report: Report, now: dt.datetime) -> None:
    text = render_human(full_report, now=now)
    assert "RUSTSEC-2021-0003  Buffer overflow in `SmallVec::insert_many`" in text
    assert "smallvec 0.6.13" in text
    assert "app 0.1.0 -> hyper 0.12.35 -> smallvec 0.6.13" in text
    assert "app 0.1.0 -> parking_lot_core 0.6.2 -> smallvec 0.6.13" in text
    assert "upgrade to 0.6.14 (semver-compatible)" in text
    assert "critical, deny" in text
    assert "9.8 critical (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H)" in text


def test_allowed_findings_are_only_counted(full_report: Report, now: dt.datetime) -> None:
    text = render_human(full_report, now=now)
    assert "RUSTSEC-2021-0145" not in text
    assert "1 allowed" in text


def test_ignored_listed_briefly(full_report: Report, now: dt.datetime) -> None:
    text = render_human(full_report, now=now)
    ignored = text[text.index("Ignored (1)") :]
    assert "RUSTSEC-2020-0071  time 0.1.45  chrono is built without" in ignored
    assert "Potential segfault" not in text


def test_diagnostics_and_skipped(full_report: Report, now: dt.datetime) -> None:
    text = render_human(full_report, now=now)
    assert (
        "warning[ignore-unused]: ignore entry RUSTSEC-2019-0033 matched no finding "
        "(cratewatch.toml:12)" in text
    )
    assert "Skipped 1 package (not audited):" in text
    assert "mylib 0.3.0 (git source: not published on crates.io)" in text


def test_groups_most_severe_first(full_report: Report, now: dt.datetime) -> None:
    malicious = Finding(
        Code.MALICIOUS,
        Severity.CRITICAL,
        "evil-crate 1.0.0 is malicious",
        package=PackageId(CrateName("evil-crate"), Version.parse("1.0.0")),
        level=Level.DENY,
    )
    notice = Finding(
        Code.NOTICE, Severity.INFO, "a notice", package=full_report.findings[1].package
    )
    report = full_report._replace(findings=(notice, *full_report.findings, malicious))
    text = render_human(report, now=now)
    order = [
        text.index(title)
        for title in (
            "Malicious crates (1)",
            "Vulnerabilities (1)",
            "Unmaintained crates (1)",
            "Notices (1)",
        )
    ]
    assert order == sorted(order)


def test_many_skipped_names_are_capped(full_report: Report, now: dt.datetime) -> None:
    skipped = full_report.skipped[0]
    many = tuple(
        skipped._replace(package=skipped.package._replace(name=CrateName(f"lib{i:02}")))
        for i in range(13)
    )
    text = render_human(full_report._replace(skipped=many), now=now)
    assert "Skipped 13 packages" in text
    assert "lib09 0.3.0 and 3 more" in text
    assert "lib10" not in text


@pytest.mark.parametrize(("days", "limit"), [(10, 7), (91, 90), (90, None), (400, None)])
def test_stale_warning_follows_the_diagnostic(
    days: int, limit: int | None, full_report: Report, now: dt.datetime
) -> None:
    """The audit's ``database-stale`` diagnostic (by ``max-db-age-days``) decides, not the age."""
    database = full_report.database._replace(updated=now - dt.timedelta(days=days))
    diagnostics = full_report.diagnostics
    if limit is not None:
        diagnostics = (*diagnostics, stale_diagnostic(days, limit))
    report = full_report._replace(database=database, diagnostics=diagnostics)
    text = render_human(report, now=now)
    assert ("WARNING" in text) is (limit is not None)
    assert f"({days} days ago)" in text
    if limit is not None:
        assert f"{days} days old (limit {limit})" in text


@pytest.mark.parametrize(
    ("ignored_reason", "level"),
    [("offline mirror", Level.WARN), (None, Level.ALLOW)],
)
def test_no_stale_warning_when_diagnostic_is_silenced(
    ignored_reason: str | None, level: Level, stale_report: Report, now: dt.datetime
) -> None:
    text = render_human(silence_stale(stale_report, ignored_reason, level), now=now)
    assert "WARNING" not in text
    assert "(177 days ago)" in text


def test_stale_warning(stale_report: Report, now: dt.datetime) -> None:
    text = render_human(stale_report, now=now)
    assert "WARNING" in text
    assert "177 days old" in text


def test_fix_none(full_report: Report, now: dt.datetime) -> None:
    """No fix known: said for an advisory finding, nothing for a finding without one."""
    smallvec = full_report.findings[0]._replace(fix=None)
    yanked = Finding(Code.YANKED, Severity.LOW, "hyper 0.12.35 was yanked", package=HYPER)
    text = render_human(full_report._replace(findings=(smallvec, yanked)), now=now)
    vulnerabilities = text[text.index("Vulnerabilities (1)") : text.index("Yanked versions (1)")]
    assert "fix        no fix known" in vulnerabilities
    yanked_text = text[text.index("Yanked versions (1)") :]
    assert "fix" not in yanked_text.split("\n\n")[0]


def test_location_none_and_not_a_file(full_report: Report, now: dt.datetime) -> None:
    unused = Finding(
        Code.IGNORE_UNUSED, Severity.INFO, "ignore of RUSTSEC-2099-0001 matched no finding"
    )
    text = render_human(full_report._replace(diagnostics=(unused,)), now=now)
    assert "warning[ignore-unused]: ignore of RUSTSEC-2099-0001 matched no finding\n" in text


def test_markup_in_text_is_not_interpreted(full_report: Report, now: dt.datetime) -> None:
    finding = full_report.findings[1]._replace(ignored_reason="[bold]not markup[/]")
    report = full_report._replace(findings=(finding,))
    assert "[bold]not markup[/]" in render_human(report, now=now, color=True, width=100)


def test_escape_sequences_in_data_never_reach_the_terminal(
    full_report: Report, now: dt.datetime
) -> None:
    hostile = "\x1b]0;owned\x07\x1b[2J\x9b31mplain words\x7f"
    finding = full_report.findings[1]._replace(ignored_reason=hostile)
    report = full_report._replace(findings=(finding,))
    assert "]0;owned[2J31mplain words" in render_human(report, now=now)
    colored = render_human(report, now=now, color=True)
    assert "\x9b" not in colored and "\x07" not in colored and "\x7f" not in colored
    assert "\x1b]" not in colored and "\x1b[2J" not in colored


def test_empty_report(empty_report: Report, now: dt.datetime) -> None:
    text = render_human(empty_report, now=now)
    assert "last update unknown" in text
    assert text.rstrip().endswith("passed: no findings; 4 of 4 packages audited")


def test_rendering_imports_no_heavy_modules(stale_report: Report, now: dt.datetime) -> None:
    """Start-up matters: the human report needs neither rich nor dataclasses nor inspect.

    The report is handed to a fresh interpreter pickled, as building it here
    imports pytest (which imports both).
    """
    script = textwrap.dedent(
        """
        import pickle, sys

        heavy = {"rich", "dataclasses", "inspect"}
        report, now = pickle.load(sys.stdin.buffer)
        from cratewatch.reporters import OutputFormat, render

        assert not heavy & set(sys.modules), heavy & set(sys.modules)
        for color in (False, True):
            text = render(report, OutputFormat.HUMAN, color=color, now=now)
            assert "WARNING" in text and "FAILED" in text, text
        print(sorted(name for name in sys.modules if name.partition(".")[0] in heavy))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=pickle.dumps((stale_report, now)),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == "[]"


def test_quiet_keeps_only_what_fails_or_warns(full_report: Report, now: dt.datetime) -> None:
    full = render_human(full_report, now=now)
    quiet = render_human(full_report, now=now, quiet=True)
    blocks = quiet.split("\n\n")
    assert blocks[0].startswith("Vulnerabilities (1)\n") and blocks[0] in full
    assert blocks[1].startswith("Unmaintained crates (1)\n") and blocks[1] in full
    assert blocks[2:] == [
        "warning[advisory-invalid]: crates/foo/RUSTSEC-2026-9999.md: invalid version "
        "requirement '>=1.0,'\n"
        "warning[ignore-unused]: ignore entry RUSTSEC-2019-0033 matched no finding "
        "(cratewatch.toml:12)\n"
    ]
    for extra in ("audit of", "Advisory database", "Sources:", "Ignored", "Skipped", "FAILED"):
        assert extra in full and extra not in quiet
    colored = render_human(full_report, now=now, quiet=True, color=True, width=100)
    assert "\x1b[" in colored and plain(colored) == quiet


def test_quiet_drops_the_stale_box_but_keeps_its_diagnostic(
    stale_report: Report, now: dt.datetime
) -> None:
    quiet = render_human(stale_report, now=now, quiet=True)
    assert "WARNING" in render_human(stale_report, now=now) and "WARNING" not in quiet
    assert "warning[database-stale]" in quiet


def test_quiet_with_nothing_to_say_is_empty(empty_report: Report, now: dt.datetime) -> None:
    assert render_human(empty_report, now=now, quiet=True) == ""
    assert render_human(empty_report, now=now, quiet=True, color=True) == ""
