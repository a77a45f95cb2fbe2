"""``render`` dispatches to every format, and importing the package stays cheap."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from cratewatch.model import Report
from cratewatch.reporters import OutputFormat, render
from cratewatch.reporters.human import render_human
from cratewatch.reporters.json_format import render_json
from cratewatch.reporters.markdown import render_markdown
from cratewatch.reporters.sarif import render_sarif


def test_output_format_values() -> None:
    assert [f.value for f in OutputFormat] == ["human", "json", "sarif", "markdown"]
    assert OutputFormat("sarif") is OutputFormat.SARIF


def test_render_dispatches_to_each_format(full_report: Report, now: dt.datetime) -> None:
    assert render(full_report, OutputFormat.HUMAN, now=now) == render_human(full_report, now=now)
    assert render(full_report, OutputFormat.JSON, now=now) == render_json(full_report, now=now)
    assert render(full_report, OutputFormat.SARIF, now=now) == render_sarif(full_report, now=now)
    assert render(full_report, OutputFormat.MARKDOWN, now=now) == render_markdown(
        full_report, now=now
    )


def test_color_only_affects_human(full_report: Report, now: dt.datetime) -> None:
    for fmt in (OutputFormat.JSON, OutputFormat.SARIF, OutputFormat.MARKDOWN):
        assert render(full_report, fmt, now=now, color=True) == render(full_report, fmt, now=now)
    assert "\x1b[" not in render(full_report, OutputFormat.HUMAN, now=now)


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_ends_with_one_newline(
    fmt: OutputFormat, full_report: Report, empty_report: Report, now: dt.datetime
) -> None:
    for report in (full_report, empty_report):
        text = render(report, fmt, now=now)
        assert text.endswith("\n")
        assert not text.endswith("\n\n")


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_now_defaults_to_generated(fmt: OutputFormat, full_report: Report) -> None:
    assert full_report.generated is not None
    assert render(full_report, fmt) == render(full_report, fmt, now=full_report.generated)


def _imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return set(out.split())


def test_importing_reporters_does_not_import_rich_or_formats() -> None:
    modules = _imported_after("import cratewatch.reporters")
    assert "rich" not in modules
    assert not {m for m in modules if m.startswith("cratewatch.reporters.")}


def test_json_rendering_does_not_import_rich() -> None:
    code = (
        "from cratewatch.model import DatabaseInfo, Report\n"
        "from cratewatch.reporters import OutputFormat, render\n"
        "r = Report('Cargo.lock', 0, 0, DatabaseInfo((), 0), (), (), ())\n"
        "render(r, OutputFormat.JSON)\n"
        "render(r, OutputFormat.SARIF)\n"
        "render(r, OutputFormat.MARKDOWN)\n"
    )
    assert "rich" not in _imported_after(code)
