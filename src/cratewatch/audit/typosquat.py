"""The ``typosquat`` finding: a dependency whose name imitates a popular crate.

A dependency is reported when the screen flags its name and the project does not also
depend on the crate it imitates (a project using both ``serde`` and ``serde_json`` is not
fooled by either). Only crates.io packages are screened: the corpus is crates.io's.

The screen judges a dependency the registry knows by the registry's word (its own
dependents or downloads, its successor status). A dependency the registry does not know was
published after the corpus's snapshot, so nothing says it is obscure; the lockfile is then
the only witness. It is reported when the project chose the name, a workspace member
depending on it directly (or when a flagged crate pulls it in); one that only other crates
pull in was chosen by their maintainers (``rustix`` for ``tempfile``, ``adler2`` for
``miniz_oxide`` against a 2020 corpus), and a typo of the project's cannot be there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cratewatch.model.findings import Code, Finding
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import normalize_crate_name
from cratewatch.typosquat.screen import Screener

if TYPE_CHECKING:
    from cratewatch.ecosystem.ingest import Progress
    from cratewatch.model.package import PackageId
    from cratewatch.typosquat.screen import Verdict

__all__ = ["open_screener", "typosquat_findings"]

CORPUS_SIZE = 3000


def open_screener(spec: str, cache_dir: Path, progress: Progress | None = None) -> Screener:
    """A screener over the top crates of ``spec``: an ecosystem store directory, or a
    registry index directory or archive (ingested once into the cache, reported to
    ``progress`` as it goes), with every crate's own standing."""
    from cratewatch.ecosystem.store import Store
    from cratewatch.typosquat.sources import corpus_store, population

    path = Path(spec)
    if (path / "meta.json").is_file():
        store = Store(path)
    else:
        store = corpus_store(spec, cache_dir, progress)
    pop = population(store)
    return Screener(pop.corpus(CORPUS_SIZE), standing=pop.standing())


def typosquat_findings(lockfile: Lockfile, screener: Screener) -> tuple[Finding, ...]:
    used = {normalize_crate_name(p.name) for p in lockfile.packages}
    dependents: dict[PackageId, list[PackageId]] = {}
    for package in lockfile.packages:
        for dep in package.dependencies:
            dependents.setdefault(dep, []).append(package.id)
    flagged: dict[PackageId, Verdict] = {}
    for package in lockfile.packages:
        source = package.id.source
        if source is None or not source.is_crates_io:
            continue
        verdict = screener.screen(package.name)
        if verdict.flagged and normalize_crate_name(verdict.suspects[0].target) not in used:
            flagged[package.id] = verdict  # (using the real crate too is a deliberate choice)
    findings = []
    code = Code.TYPOSQUAT
    for package_id, verdict in flagged.items():
        if not screener.knows(package_id.name) and not _chosen_by_project(
            dependents.get(package_id, []), flagged
        ):
            continue
        best = verdict.suspects[0]
        findings.append(
            Finding(
                code=code,
                severity=code.default_severity,
                message=(
                    f"{package_id.name} looks like a squat of {best.target} "
                    f"({best.check}, score {best.score:.2f}), which this project does not use"
                ),
                package=package_id,
                paths=tuple(lockfile.paths_to(package_id)),
                level=code.default_level,
                location=lockfile.path,
            )
        )
    return tuple(findings)


def _chosen_by_project(dependents: list[PackageId], flagged: dict[PackageId, Verdict]) -> bool:
    """A workspace member (a package of no registry) depends on it, a flagged crate does,
    or nothing does."""
    return not dependents or any(d.source is None or d in flagged for d in dependents)
