"""Open the advisory database an audit uses: sources, cache, snapshot, alias merging.

Resolution order without ``--db``: the RustSec clone in the cache directory
(made by ``cratewatch db update`` or ``--fetch``) when it is newer than the
snapshot shipped with the package, else that snapshot. Nothing here touches the
network unless asked to fetch.

The slow steps (a git clone or fetch, compiling a source that changed) are told
to a ``progress`` observer (``registry.interface.Progress``; these stages have no
count); nothing here prints.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from cratewatch import __version__
from cratewatch._lean import TYPE_CHECKING
from cratewatch.advisories.compiled import FORMAT, CompiledDatabase
from cratewatch.advisories.locations import DEFAULT_DATABASE_URL, default_checkout
from cratewatch.errors import DatabaseError, UsageError
from cratewatch.model.advisory import Advisory
from cratewatch.model.package import normalize_crate_name
from cratewatch.model.report import DatabaseInfo

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence
    from typing import Any

    # Sources (git, parsers, zip) are imported only when a database must be
    # built or fetched: an audit from the compiled cache never needs them.
    from cratewatch.advisories.sources import AdvisorySource, GitSource
    from cratewatch.registry.interface import Progress

__all__ = ["load_sources", "merge_by_alias", "open_database", "open_snapshot"]

SNAPSHOT_RESOURCE = "advisory-db.compiled"


def merge_by_alias(groups: list[list[Advisory]]) -> list[Advisory]:
    """Merge advisories from different sources that share an id or alias for one crate.

    ``groups`` holds each source's advisories, in priority order. Records of one
    source are never merged with each other: RustSec sometimes files two
    advisories with a common CVE, and both must be reported as cargo-audit does.
    A record of a later source that shares an id or alias (RUSTSEC / CVE / GHSA)
    with an earlier one is folded into it: its ids become ``extra_ids``.
    """
    merged: list[Advisory] = []
    for group in groups:
        owner: dict[tuple[str, str], int] = {}
        for index, kept in enumerate(merged):
            crate = normalize_crate_name(kept.package)
            for advisory_id in kept.all_ids:
                owner.setdefault((crate, advisory_id), index)
        for advisory in group:
            crate = normalize_crate_name(advisory.package)
            hit = next((owner[(crate, i)] for i in advisory.all_ids if (crate, i) in owner), None)
            if hit is None:
                merged.append(advisory)
            else:
                merged[hit] = _absorb(merged[hit], advisory)
    return merged


_FILLABLE = ("patched", "unaffected", "cvss", "url", "references", "categories", "keywords")


def _absorb(primary: Advisory, other: Advisory) -> Advisory:
    """Fold ``other`` into ``primary``: its ids, and what ``primary`` lacks.

    An OSV record has no ``patched`` list and no function version ranges of its
    own; when it comes first, the RustSec record's are kept this way.
    """
    known = set(primary.all_ids)
    changes: dict[str, Any] = {}
    extra = tuple(i for i in other.all_ids if i not in known)
    if extra:
        changes["extra_ids"] = primary.extra_ids + extra
    for name in _FILLABLE:
        if not getattr(primary, name) and getattr(other, name):
            changes[name] = getattr(other, name)
    if not any(f.versions for f in primary.affected_functions) and any(
        f.versions for f in other.affected_functions
    ):
        changes["affected_functions"] = other.affected_functions
    return primary._replace(**changes) if changes else primary


def load_sources(
    sources: list[AdvisorySource], cache_dir: Path, progress: Progress | None = None
) -> CompiledDatabase:
    """Load and merge ``sources``, through the compiled cache when it is current;
    ``progress`` hears when they must be compiled again."""
    import zlib

    # The key only names the file: two source lists sharing one would rebuild each
    # other's cache, never use it, as the fingerprint names every source.
    described = "\0".join(s.describe() for s in sources).encode()
    key = f"{zlib.crc32(described):08x}{zlib.adler32(described):08x}"
    cache_path = cache_dir / "compiled" / f"{key}.compiled"
    if cache_path.is_file():
        try:
            cached = CompiledDatabase.load(cache_path)
        except DatabaseError:
            cached = None  # a damaged cache is rebuilt, never trusted
        if cached is not None and _is_current(cached, sources):
            return cached
    # Taken before the sources are read: a change while they are read makes the
    # next audit compile them again.
    fingerprint = (__version__, str(FORMAT), *(s.fingerprint() for s in sources))
    if progress is not None:
        where = ", ".join(s.describe() for s in sources)
        progress(f"compiling the advisory database {where}", None, None)
    database = build_database(sources, fingerprint)
    with contextlib.suppress(OSError):  # an unwritable cache only costs speed
        database.save(cache_path)
    return database


def _is_current(cached: CompiledDatabase, sources: list[AdvisorySource]) -> bool:
    """Whether ``cached`` was compiled by this version from ``sources`` as they are now."""
    stored = cached.fingerprint
    if stored[:2] != (__version__, str(FORMAT)) or len(stored) != 2 + len(sources):
        return False
    return all(s.unchanged_since(f) for s, f in zip(sources, stored[2:], strict=True))


def build_database(
    sources: list[AdvisorySource], fingerprint: Sequence[str] = ()
) -> CompiledDatabase:
    groups: list[list[Advisory]] = []
    problems: list[str] = []
    commit = updated = None
    for source in sources:
        loaded = source.load()
        groups.append(loaded.advisories)
        problems.extend(loaded.problems)
        commit = commit or loaded.commit
        if loaded.updated is not None and (updated is None or loaded.updated > updated):
            updated = loaded.updated
    merged = merge_by_alias(groups)
    if not merged:
        where = ", ".join(s.describe() for s in sources)
        raise DatabaseError(f"{where}: no valid advisory ({len(problems)} could not be read)")
    info = DatabaseInfo(
        sources=tuple(s.describe() for s in sources),
        advisory_count=len(merged),
        commit=commit,
        updated=updated,
        invalid_count=len(problems),
    )
    return CompiledDatabase.from_advisories(merged, info, problems, fingerprint)


def open_snapshot() -> CompiledDatabase:
    # The package is always installed as files (see pyproject.toml), so the data
    # file sits beside the modules; importlib.resources would add start-up time.
    return CompiledDatabase.load(
        Path(__file__).resolve().parent.parent / "data" / SNAPSHOT_RESOURCE
    )


def open_database(
    specs: list[str],
    cache_dir: Path,
    *,
    offline: bool = False,
    fetch: bool = False,
    as_of: dt.datetime | None = None,
    progress: Progress | None = None,
) -> CompiledDatabase:
    """The database for an audit: ``--db`` sources, else the default clone or the snapshot.

    With ``as_of``, every source is a git database read as it was then; without
    ``--db``, that is the RustSec clone (the snapshot has no history). ``progress``
    hears of fetches and compilations.
    """
    if fetch and offline:
        raise UsageError("--fetch and --offline contradict each other")
    if (
        specs
        or fetch
        or as_of is not None
        or (default_checkout(cache_dir, DEFAULT_DATABASE_URL) / ".git").is_dir()
    ):
        return _open_sources(
            specs, cache_dir, offline=offline, fetch=fetch, as_of=as_of, progress=progress
        )
    return open_snapshot()


def _open_sources(
    specs: list[str],
    cache_dir: Path,
    *,
    offline: bool,
    fetch: bool,
    as_of: dt.datetime | None,
    progress: Progress | None,
) -> CompiledDatabase:
    from cratewatch.advisories.sources import GitSource, default_source, open_source

    if specs:
        sources = [open_source(spec, cache_dir, as_of) for spec in specs]
        for source in sources:
            if isinstance(source, GitSource):
                _prepare_clone(source, offline=offline, fetch=fetch, progress=progress)
        return load_sources(sources, cache_dir, progress)
    default = default_source(cache_dir, as_of)
    if as_of is not None:
        _prepare_clone(default, offline=offline, fetch=fetch, progress=progress)
        return load_sources([default], cache_dir, progress)
    if fetch and not offline:
        _fetch(default, progress)
    snapshot = open_snapshot()
    if not default.exists():
        return snapshot
    clone = load_sources([default], cache_dir, progress)
    if snapshot.info.updated and clone.info.updated and snapshot.info.updated > clone.info.updated:
        return snapshot
    return clone


def _prepare_clone(
    source: GitSource, *, offline: bool, fetch: bool, progress: Progress | None
) -> None:
    """Clone or fetch ``source`` when asked to, when it is missing, or when a past
    state must be read from a shallow clone; never with ``offline``."""
    if offline:
        if not source.exists():
            raise DatabaseError(f"{source.url}: not fetched yet and --offline is set")
        return
    if fetch or not source.exists() or source.needs_history():
        _fetch(source, progress)


def _fetch(source: GitSource, progress: Progress | None) -> None:
    if progress is not None:
        progress(f"fetching {source.url}", None, None)
    source.update()
