"""One ``cratewatch scan`` end to end: options in, a typed report out, nothing printed.

What was asked for and could not be scanned is part of the report, never dropped: a link
in a folder of crates (reported, not followed), a locked crate found in no source
directory, a cached archive that fails the lockfile's checksum, a download that failed.
Each of them fails the run, as does a crate that could not be examined fully: scanning
part of what was asked is not success. Packages a lockfile holds that a scan does not
look for (workspace members, path and git dependencies) are listed apart, as skipped.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from cratewatch.errors import CratewatchError
from cratewatch.model.findings import Finding
from cratewatch.model.package import CRATES_IO_SPARSE
from cratewatch.model.scan import ArchiveIssue, NotScanned, Verdict
from cratewatch.scan.cache import ScanCache
from cratewatch.scan.crate import CrateScan, find_crates, scan_all
from cratewatch.scan.dependencies import DependencyCheck
from cratewatch.scan.policy import ScanPolicy, scan_diagnostics

__all__ = ["ScanOptions", "ScanReport", "dependency_check", "run_scan"]

Progress = Callable[[str, int | None, int | None], None]


class ScanOptions(NamedTuple):
    paths: tuple[Path, ...] = ()
    lockfile: Path | None = None
    sources: tuple[Path, ...] = ()  # for --lockfile; empty: the usual places
    downloads: tuple[str, ...] = ()  # NAME or NAME@VERSION
    registry: str = CRATES_IO_SPARSE
    db: tuple[str, ...] = ()
    offline: bool = False
    typosquat: str | None = None
    fail_on: Verdict = Verdict.MALICIOUS
    policy: ScanPolicy = ScanPolicy()
    workers: int | None = None
    cache: bool = True  # per-file results kept in the user cache directory (scan/cache.py)


class ScanReport(NamedTuple):
    crates: tuple[CrateScan, ...]
    not_scanned: tuple[NotScanned, ...]  # asked for, not scanned: fails the run
    skipped: tuple[NotScanned, ...]  # lockfile packages a scan does not look for
    fail_on: Verdict
    lockfile: str | None = None
    sources: tuple[str, ...] = ()  # where --lockfile's crates were looked for
    diagnostics: tuple[Finding, ...] = ()  # about the policy's ignores

    @property
    def failing(self) -> tuple[CrateScan, ...]:
        """The crates whose verdict fails the run: ``fail_on`` or worse, and every crate
        that could not be examined fully."""
        return tuple(
            c
            for c in self.crates
            if c.verdict.rank >= self.fail_on.rank or c.verdict is Verdict.INCOMPLETE or c.denied
        )

    @property
    def examined(self) -> tuple[CrateScan, ...]:
        """The crates of which something could be read (an archive that is not a
        ``.crate`` at all gives a crate with nothing read)."""
        return tuple(
            c
            for c in self.crates
            if not any(p.issue is ArchiveIssue.UNREADABLE and not p.member for p in c.problems)
        )

    @property
    def failed(self) -> bool:
        return bool(self.failing or self.not_scanned) or any(d.is_failure for d in self.diagnostics)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for c in self.crates if c.verdict is verdict)


def dependency_check(db: tuple[str, ...], offline: bool, typosquat: str | None) -> DependencyCheck:
    """Known-malicious crates from the advisory database (``db``, else the local clone
    or the bundled snapshot; never fetched here), and a typosquat screener if asked."""
    from cratewatch.advisories.database import open_database
    from cratewatch.audit.typosquat import open_screener
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.scan.dependencies import known_malware

    cache_dir = user_cache_dir()
    database = open_database(list(db), cache_dir, offline=offline)
    screener = open_screener(typosquat, cache_dir) if typosquat else None
    return known_malware(database, screener)


def run_scan(options: ScanOptions, progress: Progress | None = None) -> ScanReport:
    """Scan what ``options`` names. Raises ``CratewatchError`` only for what makes the
    whole run impossible (a missing path, an unreadable lockfile or database)."""
    from cratewatch.errors import UsageError

    if not (options.paths or options.lockfile or options.downloads):
        raise UsageError("scan: give crate paths, --lockfile or --download")
    if options.downloads and options.offline:
        raise UsageError("--download needs the network, and --offline is set")
    check = dependency_check(options.db, options.offline, options.typosquat)
    crates: list[Path] = []
    not_scanned: list[NotScanned] = []
    skipped: list[NotScanned] = []
    for path in options.paths:
        found, links = find_crates(path)
        crates += found
        not_scanned += links
    sources: list[Path] = []
    if options.lockfile is not None:
        from cratewatch.scan.sources import crates_from_lockfile, default_source_dirs

        sources = list(options.sources) or default_source_dirs(options.lockfile)
        locked = crates_from_lockfile(options.lockfile, sources)
        crates += locked.found
        not_scanned += locked.missing + locked.rejected
        skipped += locked.skipped
    with tempfile.TemporaryDirectory(prefix="cratewatch-scan-") as downloads:
        crates += _download(options, Path(downloads), not_scanned)
        results = scan_all(
            crates,
            workers=options.workers,
            progress=(lambda done, total: progress("scanning crates", done, total))
            if progress
            else None,
            check=check,
            policy=options.policy,
            cache=ScanCache.default() if options.cache else None,
        )
    return ScanReport(
        crates=tuple(results),
        not_scanned=tuple(not_scanned),
        skipped=tuple(skipped),
        fail_on=options.fail_on,
        lockfile=str(options.lockfile) if options.lockfile is not None else None,
        sources=tuple(str(s) for s in sources),
        diagnostics=scan_diagnostics(
            options.policy, ((e.rule, c.crate) for c in results for e in c.findings)
        ),
    )


def _download(options: ScanOptions, dest: Path, not_scanned: list[NotScanned]) -> list[Path]:
    """The crates of ``--download``; one that cannot be fetched is not scanned, and the
    others are."""
    if not options.downloads:
        return []
    from cratewatch.registry.download import CrateDownloader, parse_crate_spec

    fetched = []
    with CrateDownloader(options.registry) as downloader:
        for spec in options.downloads:
            name, version = parse_crate_spec(spec)
            try:
                fetched.append(downloader.download(name, version, dest=dest))
            except CratewatchError as exc:
                not_scanned.append(NotScanned(spec, str(exc)))
    return fetched
