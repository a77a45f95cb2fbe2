"""The Markdown report: golden files, table integrity and escaping."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from cratewatch.model import Code, Finding, Level, Report, Severity
from cratewatch.reporters.markdown import render_markdown
from tests.reporters.conftest import HYPER, silence_stale, stale_diagnostic


def tables(text: str) -> list[list[str]]:
    """The Markdown tables of ``text``, each as its lines."""
    found: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def cells(line: str) -> int:
    """Number of cells in a table row, not counting escaped pipes."""
    return line.replace("\\|", "").count("|") - 1


def test_golden_full(
    full_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("full.md", render_markdown(full_report, now=now))


def test_golden_stale(
    stale_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("stale.md", render_markdown(stale_report, now=now))


def test_golden_empty(
    empty_report: Report, now: dt.datetime, golden: Callable[[str, str], None]
) -> None:
    golden("empty.md", render_markdown(empty_report, now=now))


def test_tables_are_rectangular(full_report: Report, now: dt.datetime) -> None:
    found = tables(render_markdown(full_report, now=now))
    assert len(found) == 4  # summary, findings, ignored and allowed, skipped
    for table in found:
        assert {cells(line) for line in table} == {cells(table[0])}


def test_findings_table(full_report: Report, now: dt.datetime) -> None:
    text = render_markdown(full_report, now=now)
    assert "[RUSTSEC-2021-0003](https://rustsec.org/advisories/RUSTSEC-2021-0003.html)" in text
    assert "app 0.1.0 → hyper 0.12.35 → smallvec 0.6.13<br>" in text
    assert "upgrade to **0.6.14** (semver-compatible)" in text
    assert "Buffer overflow in `SmallVec::insert_many`" in text
    findings = text[text.index("## Findings") : text.index("## Diagnostics")]
    assert findings.index("RUSTSEC-2021-0003") < findings.index("RUSTSEC-2020-0036")
    assert "RUSTSEC-2020-0071" not in findings
    assert "RUSTSEC-2021-0145" not in findings


def test_ignored_and_skipped_sections(full_report: Report, now: dt.datetime) -> None:
    text = render_markdown(full_report, now=now)
    quiet = text[text.index("## Ignored and allowed") : text.index("## Skipped packages")]
    assert "allowed by policy" in quiet
    assert "ignored: chrono is built without the `oldtime` feature" in quiet
    assert "| mylib | 0.3.0 |" in text


def test_hostile_text_cannot_break_tables(full_report: Report, now: dt.datetime) -> None:
    finding = full_report.findings[2]._replace(ignored_reason="a | b\n\n# heading <script>`x")
    report = full_report._replace(findings=(finding,))
    text = render_markdown(report, now=now)
    assert "a \\| b \\# heading \\<script\\>\\`x" in text
    for table in tables(text):
        assert {cells(line) for line in table} == {cells(table[0])}


def test_stale_alert(stale_report: Report, full_report: Report, now: dt.datetime) -> None:
    assert "> [!WARNING]" in render_markdown(stale_report, now=now)
    assert "[!WARNING]" not in render_markdown(full_report, now=now)


def test_stale_alert_follows_the_diagnostic(full_report: Report, now: dt.datetime) -> None:
    """A young database over a strict ``max-db-age-days`` warns; an old one without the
    diagnostic does not (the age is still in the summary)."""
    young = full_report._replace(diagnostics=(*full_report.diagnostics, stale_diagnostic(23, 7)))
    text = render_markdown(young, now=now)
    assert "> [!WARNING]\n> Advisory database is 23 days old (limit 7)" in text
    assert "(**23 days old**)" in text
    old = full_report._replace(
        database=full_report.database._replace(updated=now - dt.timedelta(days=400)),
    )
    text = render_markdown(old, now=now)
    assert "[!WARNING]" not in text
    assert "(400 days old)" in text


@pytest.mark.parametrize(
    ("ignored_reason", "level"),
    [("offline mirror", Level.WARN), (None, Level.ALLOW)],
)
def test_no_stale_alert_when_diagnostic_is_silenced(
    ignored_reason: str | None, level: Level, stale_report: Report, now: dt.datetime
) -> None:
    text = render_markdown(silence_stale(stale_report, ignored_reason, level), now=now)
    assert "[!WARNING]" not in text
    assert "(177 days old)" in text


def test_fix_none(full_report: Report, now: dt.datetime) -> None:
    smallvec = full_report.findings[0]._replace(fix=None)
    yanked = Finding(Code.YANKED, Severity.LOW, "hyper 0.12.35 was yanked", package=HYPER)
    text = render_markdown(full_report._replace(findings=(smallvec, yanked)), now=now)
    rows = {line.split(" | ")[2]: line for line in tables(text)[1][2:]}
    assert rows["`yanked`"].endswith(" | — |")
    assert rows[
        "[RUSTSEC-2021-0003](https://rustsec.org/advisories/RUSTSEC-2021-0003.html)"
    ].endswith(" | no fix known |")


def test_empty_report(empty_report: Report, now: dt.datetime) -> None:
    text = render_markdown(empty_report, now=now)
    assert text.startswith("# cratewatch audit: passed\n")
    assert "No vulnerabilities or other findings." in text
    for section in ("## Diagnostics", "## Ignored and allowed", "## Skipped packages"):
        assert section not in text


def _with_advisory(report: Report, **changes: object) -> Report:
    smallvec = report.findings[0]
    assert smallvec.advisory is not None
    advisory = smallvec.advisory._replace(**changes)
    return report._replace(findings=(smallvec._replace(advisory=advisory),))


FORGED = "\x1b[2K\rerror: everything is fine"


def test_escape_sequences_in_an_advisory_title_are_shown_not_sent(
    full_report: Report, now: dt.datetime
) -> None:
    text = render_markdown(_with_advisory(full_report, title=FORGED), now=now)
    assert "\\\\x1b\\[2K\\\\x0derror: everything is fine" in text
    assert not any(c in text for c in "\x1b\r\x00\x07\x9b")


@pytest.mark.parametrize(
    "hostile",
    [
        FORGED,
        "bell\x07 nul\x00 csi\x9b31m del\x7f",
        "rtl \u202egnp.exe\u202c and \u2028 separator",
        "tab\there\vvertical\ffeed",
    ],
)
def test_no_control_character_reaches_the_report(
    hostile: str, full_report: Report, now: dt.datetime
) -> None:
    finding = full_report.findings[2]._replace(ignored_reason=hostile)
    report = _with_advisory(full_report, title=hostile)
    report = report._replace(
        findings=(*report.findings, finding),
        database=report.database._replace(sources=(hostile,), commit=hostile),
        lockfile=hostile,
    )
    text = render_markdown(report, now=now)
    assert all(c == "\n" or c.isprintable() for c in text)
    for table in tables(text):
        assert {cells(line) for line in table} == {cells(table[0])}


def test_markdown_and_html_in_a_title_stay_text(full_report: Report, now: dt.datetime) -> None:
    title = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** &lt;"
    text = render_markdown(_with_advisory(full_report, title=title), now=now)
    assert (
        "\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\*\\*bold\\*\\* \\&lt;"
        in text
    )


def test_advisory_links_are_http_only_and_cannot_break_out(
    full_report: Report, now: dt.datetime
) -> None:
    script = _with_advisory(full_report, id="GHSA-xxxx", url="javascript:alert(1)")
    text = render_markdown(script, now=now)
    assert "javascript:" not in text and "| GHSA-xxxx |" in text
    odd = _with_advisory(full_report, id="GHSA-xxxx", url='https://e.test/a b)<x>"|`\n')
    text = render_markdown(odd, now=now)
    assert "[GHSA-xxxx](https://e.test/a%20b%29%3Cx%3E%22%7C%60%0A)" in text
