"""Every hostile input is handled by a whole ``cratewatch`` process in bounded time and
memory, with an honest exit code and a one-line error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import CASES, LOCKFILE, MAX_RSS_MB, Case, run_case


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bounded(case: Case, tmp_path: Path) -> None:
    if not LOCKFILE.is_file():
        pytest.skip("the shared data is not here")
    outcome = run_case(case, tmp_path)
    assert outcome.seconds < case.seconds, outcome
    assert outcome.rss_mb < MAX_RSS_MB, outcome
    assert outcome.exit_code in case.exit_codes, outcome
    assert "Traceback" not in outcome.stderr and "internal error" not in outcome.stderr
    if outcome.exit_code in (2, 3):
        lines = [line for line in outcome.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: "), outcome.stderr
