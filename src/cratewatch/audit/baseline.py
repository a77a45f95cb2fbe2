"""A baseline: the findings a project accepted on a given day, so that later runs fail only
on new ones (``--baseline FILE``, for ``audit`` and ``check``).

A finding is known by its code, its package (name and version) and what it is about (the
advisory, or the finding's subject for checks without one): upgrading a crate, or a new
advisory for it, makes a new finding. The file is JSON, sorted, one entry per finding, so
that it reviews well in version control; it is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

from cratewatch._lean import NamedTuple
from cratewatch.errors import ConfigError
from cratewatch.model.findings import Finding

__all__ = [
    "FORMAT_VERSION",
    "Baseline",
    "apply_baseline",
    "finding_key",
    "read_baseline",
    "write_baseline",
]

FORMAT_VERSION = 1
_MAX_BYTES = 64 * 1024 * 1024


class Baseline(NamedTuple):
    path: str
    recorded: str  # the date it was written, as written
    keys: frozenset[str]

    def matches(self, finding: Finding) -> bool:
        return finding_key(finding) in self.keys

    @property
    def reason(self) -> str:
        return f"in the baseline {self.path} (recorded {self.recorded})"


def finding_key(finding: Finding) -> str:
    package = finding.package
    subject = finding.advisory_id or (finding.message if package is None else "")
    crate = f"{package.name}@{package.version}" if package is not None else ""
    return f"{finding.code.value}|{crate}|{subject}"


def apply_baseline(findings: Iterable[Finding], baseline: Baseline) -> tuple[Finding, ...]:
    """``findings`` with those of the baseline marked as accepted (ignored, with the
    baseline as the reason); findings ignored otherwise keep their reason."""
    return tuple(
        f._replace(ignored_reason=baseline.reason)
        if f.ignored_reason is None and baseline.matches(f)
        else f
        for f in findings
    )


def read_baseline(path: Path) -> Baseline:
    """The baseline in ``path``. Raises ``ConfigError`` (one line, naming the file)."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise ConfigError(f"{path}: larger than {_MAX_BYTES:,} bytes: not a baseline")
        document = json.loads(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the baseline ({exc.strerror or exc})") from None
    except (ValueError, RecursionError):
        raise ConfigError(f"{path}: not a baseline (not JSON)") from None
    entries = document.get("findings") if isinstance(document, dict) else None
    if (
        not isinstance(document, dict)
        or document.get("version") != FORMAT_VERSION
        or not isinstance(entries, list)
        or not all(isinstance(e, dict) and isinstance(e.get("key"), str) for e in entries)
    ):
        raise ConfigError(
            f"{path}: not a cratewatch baseline of version {FORMAT_VERSION} "
            '({"version": 1, "findings": [{"key": ...}, ...]})'
        )
    return Baseline(
        str(path), str(document.get("recorded", "?")), frozenset(e["key"] for e in entries)
    )


def write_baseline(path: Path, findings: Iterable[Finding], today: dt.date) -> int:
    """Record ``findings`` (those with a package or an advisory) in ``path``; returns how
    many. Raises ``ConfigError`` when it cannot be written."""
    from cratewatch.cachedir import write_whole

    entries = {}
    for finding in findings:
        key = finding_key(finding)
        entries[key] = {
            "key": key,
            "code": finding.code.value,
            "crate": str(finding.package.name) if finding.package else None,
            "version": str(finding.package.version) if finding.package else None,
            "advisory_id": finding.advisory_id,
        }
    document = {
        "version": FORMAT_VERSION,
        "tool": "cratewatch",
        "recorded": today.isoformat(),
        "findings": [entries[k] for k in sorted(entries)],
    }
    try:
        write_whole(path, (json.dumps(document, indent=2) + "\n").encode())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the baseline ({exc.strerror or exc})") from None
    return len(entries)
