"""What one version is judged: its archive scanned, diffed with the previous version,
its names screened, and what the registry knows about it, as one ``Screening``.

``screen_version`` reads the archive(s) and nothing else: the registry's facts come
through a ``RegistryView``, the time from the caller. Nothing from a crate is executed,
built or imported. The same inputs give the same screening.

``fetch_crate`` obtains the archive of a published version: the event's local file, or a
download from the registry, whose checksum failure is not the end of it: the archive the
registry served is kept and screened, and the mismatch is the ``checksum-mismatch``
signal.

``current_rules_version()`` names what judged a screening (the scanner's rules, the package's
version, ``SCREENING_VERSION``), so that a rescan can tell the stale results.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from cratewatch.errors import InputError
from cratewatch.model.package import normalize_crate_name
from cratewatch.service.model import Published, Risk, Screening, Signal
from cratewatch.service.signals import (
    WELL_KNOWN_PUBLISHERS,
    Publisher,
    checksum_signals,
    diff_signals,
    new_publisher_signals,
    owner_affiliation_signals,
    publisher_impersonation_signals,
    release_after_yanks_signals,
    scan_signals,
    typosquat_signals,
    worst_risk,
    young_dependency_signals,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cratewatch.registry.download import CrateDownloader
    from cratewatch.scan.cache import ScanCache
    from cratewatch.scan.crate import CrateScan
    from cratewatch.scan.dependencies import DependencyCheck
    from cratewatch.scan.diff import CrateDiff
    from cratewatch.scan.extract import CrateArchive
    from cratewatch.scan.manifest import Dependency
    from cratewatch.scan.run import ScanReport
    from cratewatch.service.view import RegistryView
    from cratewatch.typosquat.screen import Screener

__all__ = [
    "SCREENING_VERSION",
    "Fetched",
    "current_rules_version",
    "fetch_crate",
    "scan_screening",
    "screen_version",
]

# Raise whenever what a screening decides changes without the rules or the package
# version changing (a signal added, a threshold moved): every result becomes stale.
SCREENING_VERSION: Final = 1


@cache
def current_rules_version() -> str:
    """``screening-<N>+cratewatch-<version>+rules-<12 hex>``: changes with the scanner's
    rules file, the package's version and ``SCREENING_VERSION``."""
    from cratewatch import __version__
    from cratewatch.scan.rules import RULES_FILE

    rules = hashlib.sha256(RULES_FILE.read_bytes()).hexdigest()[:12]
    return f"screening-{SCREENING_VERSION}+cratewatch-{__version__}+rules-{rules}"


def _sha256(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the archive ({exc.strerror or exc})") from None


def screen_version(
    crate: Path,
    name: str,
    version: str,
    checksum: str | None,
    view: RegistryView,
    rules_version: str | None = None,
    *,
    published: dt.datetime | None = None,
    now: dt.datetime | None = None,
    publishers: Sequence[Publisher] = WELL_KNOWN_PUBLISHERS,
    cache: ScanCache | None = None,
) -> Screening:
    """Screen ``name`` ``version``, whose ``.crate`` is at ``crate`` and whose index
    checksum is ``checksum`` (None: the index did not say).

    ``published`` is when the registry published the version, the time the registry's
    signals count from (default: ``now``); ``now`` is the screening's own time (default:
    the clock). ``rules_version`` defaults to ``current_rules_version()``. An archive that
    is not a readable ``.crate`` is not an error: the scan says it could not be examined
    (``scan-incomplete``); a missing file is a one-line ``InputError``. ``cache`` keeps
    per-file scan results: the previous version's scan, for the diff, is then mostly
    read back, and so are the new version's unchanged files."""
    from cratewatch.reporters.diff import render_diff_json
    from cratewatch.scan.dependencies import DependencyCheck
    from cratewatch.scan.manifest import read_manifest

    now = now or dt.datetime.now(dt.UTC)
    when = published or now
    actual = _sha256(crate)
    signals: list[Signal] = checksum_signals(checksum, actual)

    # the archive's file name decides its top folder, as cargo's; the name, not the
    # path, is what the documents show
    where = f"{name}-{version}.crate"
    check = DependencyCheck(view.malicious_crates(), compromised=view.compromised_releases())
    archive, scan = _scan(crate, where, check, cache)
    manifest = read_manifest(archive.files)

    diff: CrateDiff | None = None
    first = view.first_published(name)
    previous = view.previous_crate(name, version)
    screener = view.screener()
    if previous is not None:
        diff, problem = _diff(previous, archive, scan, screener, cache)
        if problem is not None:
            signals.append(problem)
    # Without a publication time, a version with nothing before it is taken as the
    # first: the service screens within a minute of publication, and screening a name
    # once too often costs less than missing a squat.
    new_crate = previous is None and (first is None or published is None or first >= published)
    added: tuple[Dependency, ...] = (
        tuple(a.dependency for a in diff.dependencies_added)
        if diff is not None
        else manifest.dependencies
        if new_crate
        else ()
    )

    signals += scan_signals(scan, diff)
    if diff is not None:
        signals += diff_signals(diff)
    history = view.owners(name)
    signals += typosquat_signals(
        name,
        new_crate=new_crate,
        owners=sorted(history.logins()) if history is not None else (),
        added=added,
        dependencies=manifest.dependencies,
        screener=screener,
    )
    names = sorted({normalize_crate_name(d.name) for d in added if d.kind != "dev"})
    signals += young_dependency_signals(
        added,
        when,
        {n: view.first_published(n) for n in names},
        {n: view.owners(n) for n in names},
        history,
    )
    signals += release_after_yanks_signals(version, when, view.recent_yanks(name, when))
    signals += new_publisher_signals(version, when, first, history)
    if history is not None:
        own = normalize_crate_name(name)
        signals += owner_affiliation_signals(
            [a for a in view.owned_malware(o.login for o in history.owners) if a[1] != own]
        )
    signals += publisher_impersonation_signals(
        name,
        new_crate=new_crate,
        authors=_authors(archive.files.get("Cargo.toml", b"")),
        history=history,
        publishers=publishers,
    )
    return _judged(
        name,
        version,
        checksum or actual,
        signals,
        (archive, scan),
        json.loads(render_diff_json(diff)) if diff is not None else None,
        now,
        rules_version,
    )


def scan_screening(
    crate: Path,
    name: str,
    version: str,
    checksum: str | None,
    check: DependencyCheck,
    *,
    carried: Sequence[Signal] = (),
    now: dt.datetime | None = None,
    cache: ScanCache | None = None,
) -> Screening:
    """A screening of the archive alone, what a registry scan and a rescan record: its
    checksum, its scan (``check``: the known-malicious crates its dependencies are
    checked against), and ``carried`` (the signals of an earlier screening that no
    rule decides: what the registry knew when the version was published)."""
    now = now or dt.datetime.now(dt.UTC)
    actual = _sha256(crate)
    signals = checksum_signals(checksum, actual)
    archive, scan = _scan(crate, f"{name}-{version}.crate", check, cache)
    signals += scan_signals(scan)
    signals += carried
    return _judged(name, version, checksum or actual, signals, (archive, scan), None, now, None)


def _judged(
    name: str,
    version: str,
    checksum: str,
    signals: list[Signal],
    scanned: tuple[CrateArchive, CrateScan],
    diff: dict[str, object] | None,
    now: dt.datetime,
    rules_version: str | None,
) -> Screening:
    from cratewatch.reporters.scan import render_scan_json
    from cratewatch.scan.facts import crate_facts

    return Screening(
        name=name,
        version=version,
        checksum=checksum.lower(),
        risk=worst_risk(signals),
        signals=tuple(signals),
        scan=json.loads(render_scan_json(_report(scanned[1]))),
        diff=diff,
        screened=now,
        rules_version=rules_version or current_rules_version(),
        facts=crate_facts(*scanned),
    )


def _scan(
    path: Path, where: str, check: DependencyCheck, cache: ScanCache | None = None
) -> tuple[CrateArchive, CrateScan]:
    """The archive and its scan; a crate the scanner fails on is a crate not examined
    fully (``scan_path``'s rule), never an error that loses the screening."""
    from cratewatch.model.scan import ArchiveIssue, ArchiveProblem
    from cratewatch.scan.crate import scan_crate
    from cratewatch.scan.extract import CrateArchive, read_crate

    archive = read_crate(path)
    try:
        return archive, scan_crate(archive, where, check, cache=cache)
    except (RecursionError, MemoryError, ValueError, UnicodeError) as exc:
        detail = f"the scanner could not analyse it ({type(exc).__name__})"
        failed = CrateArchive(
            archive.root, {}, (ArchiveProblem(ArchiveIssue.UNREADABLE, "", detail),)
        )
        return failed, scan_crate(failed, where, None)


def _diff(
    previous: Path,
    archive: CrateArchive,
    scan: CrateScan,
    screener: Screener | None,
    cache: ScanCache | None = None,
) -> tuple[CrateDiff | None, Signal | None]:
    """The diff with the previous version; one that cannot be read is a signal, not an
    error: the version is still screened on its own."""
    from cratewatch.scan.crate import scan_crate
    from cratewatch.scan.diff import diff_crates, read_side
    from cratewatch.scan.extract import ScanInputError

    try:
        old_archive = read_side(previous)
        old_scan = scan_crate(old_archive, previous.name, cache=cache)
        return diff_crates(old_archive, old_scan, archive, scan, screener), None
    except (ScanInputError, OSError, RecursionError, MemoryError, ValueError, UnicodeError) as exc:
        detail = str(exc).replace(str(previous), previous.name) or type(exc).__name__
        return None, Signal("diff-unavailable", Risk.LOW, f"no diff: {detail}")


def _report(scan: CrateScan) -> ScanReport:
    from cratewatch.model.scan import Verdict
    from cratewatch.scan.run import ScanReport

    return ScanReport(crates=(scan,), not_scanned=(), skipped=(), fail_on=Verdict.MALICIOUS)


def _authors(manifest: bytes) -> tuple[str, ...]:
    """``package.authors`` as strings (a crate may write anything there)."""
    import tomli

    try:
        document: Any = tomli.loads(manifest.decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
        return ()
    package = document.get("package") if isinstance(document, dict) else None
    authors = package.get("authors") if isinstance(package, dict) else None
    if not isinstance(authors, list):
        return ()
    return tuple(a for a in authors if isinstance(a, str))


# -- obtaining the archive -------------------------------------------------------------


class Fetched(NamedTuple):
    """The archive of a published version, and the checksum to screen it against (the
    event's, else the index's; None when neither said)."""

    path: Path
    checksum: str | None


def fetch_crate(event: Published, dest: Path, downloader: CrateDownloader) -> Fetched:
    """The ``.crate`` of ``event``: its local ``crate_path`` when it has one, else
    downloaded into ``dest`` with ``downloader``: from the event's ``download_url`` when
    it has one and a checksum (a git index's event: its ``config.json`` gave the URL),
    else through the sparse registry's ``dl`` template; verified against the event's
    checksum or the index's.

    When the served archive fails its checksum, it is kept, with the expected checksum:
    ``screen_version`` then reports ``checksum-mismatch`` and still scans what the
    registry serves. Any other failure (no such version, the registry unreachable) is a
    one-line ``DownloadError``."""
    from cratewatch.registry.download import ChecksumMismatch

    if event.crate_path is not None:
        return Fetched(Path(event.crate_path), event.checksum)
    kept = dest / "checksum-mismatch" / f"{event.name}-{event.version}.crate"
    try:
        if event.download_url is not None and event.checksum is not None:
            path = downloader.download_from(
                event.download_url,
                event.name,
                event.version,
                dest=dest,
                expected_sha256=event.checksum,
                keep_mismatch=kept,
            )
        else:
            path = downloader.download(
                event.name,
                event.version,
                dest=dest,
                expected_sha256=event.checksum,
                keep_mismatch=kept,
            )
        return Fetched(path, event.checksum or _sha256(path))
    except ChecksumMismatch as mismatch:
        assert mismatch.kept is not None
        return Fetched(mismatch.kept, mismatch.expected)
