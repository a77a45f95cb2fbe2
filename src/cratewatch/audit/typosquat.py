"""The ``typosquat`` finding: a dependency whose name imitates a popular crate.

A dependency is reported when the screen flags its name and the project does not also
depend on the crate it imitates (a project using both ``serde`` and ``serde_json`` is not
fooled by either). Only crates.io packages are screened: the corpus is crates.io's.
"""

from __future__ import annotations

from pathlib import Path

from cratewatch.model.findings import Code, Finding
from cratewatch.model.lockfile import Lockfile
from cratewatch.typosquat.corpus import canonical
from cratewatch.typosquat.screen import Screener

__all__ = ["open_screener", "typosquat_findings"]

CORPUS_SIZE = 3000


def open_screener(spec: str, cache_dir: Path) -> Screener:
    """A screener over the top crates of ``spec``: an ecosystem store directory, or a
    registry index directory or archive (ingested once into the cache)."""
    from cratewatch.ecosystem.store import Store
    from cratewatch.typosquat.sources import corpus_store, population

    path = Path(spec)
    store = Store(path) if (path / "meta.json").is_file() else corpus_store(spec, cache_dir)
    return Screener(population(store).corpus(CORPUS_SIZE))


def typosquat_findings(lockfile: Lockfile, screener: Screener) -> tuple[Finding, ...]:
    used = {canonical(p.name) for p in lockfile.packages}
    findings = []
    code = Code.TYPOSQUAT
    for package in lockfile.packages:
        source = package.id.source
        if source is None or not source.is_crates_io:
            continue
        verdict = screener.screen(package.name)
        if not verdict.flagged:
            continue
        best = verdict.suspects[0]
        if canonical(best.target) in used:
            continue  # the project uses the real crate too: a deliberate choice
        findings.append(
            Finding(
                code=code,
                severity=code.default_severity,
                message=(
                    f"{package.name} looks like a squat of {best.target} "
                    f"({best.check}, score {best.score:.2f}), which this project does not use"
                ),
                package=package.id,
                paths=tuple(lockfile.paths_to(package.id)),
                level=code.default_level,
                location=lockfile.path,
            )
        )
    return tuple(findings)
