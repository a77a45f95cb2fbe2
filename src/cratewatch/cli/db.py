"""``cratewatch db``: update the advisory database, and say what it holds."""

from __future__ import annotations

import sys

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.exits import EXIT_OK
from cratewatch.errors import UsageError
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    import argparse

__all__ = ["cmd_db_info", "cmd_db_update"]


def cmd_db_update(args: argparse.Namespace) -> int:
    from cratewatch.advisories.database import load_sources
    from cratewatch.advisories.sources import GitSource, default_source, open_source
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.cli.terminal import ProgressLine

    cache_dir = user_cache_dir()
    sources = [open_source(s, cache_dir) for s in args.db] or [default_source(cache_dir)]
    for source in sources:
        if not isinstance(source, GitSource):
            raise UsageError(f"{source.describe()}: only git repositories can be updated")
        progress = ProgressLine(sys.stderr.isatty())
        try:
            progress(f"fetching {source.url}", None, None)
            commit = source.update()
            info = load_sources([source], cache_dir, progress).info
        finally:
            progress.close()
        invalid = f", {info.invalid_count} invalid" if info.invalid_count else ""
        print(f"{source.url}: at {commit[:12]}, {info.advisory_count} advisories{invalid}")
    return EXIT_OK


def cmd_db_info(args: argparse.Namespace) -> int:
    import datetime as dt
    import json

    from cratewatch.advisories.database import open_database
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.cli.terminal import ProgressLine

    progress = ProgressLine(sys.stderr.isatty())
    try:
        database = open_database(
            list(args.db),
            user_cache_dir(),
            offline=args.offline,
            as_of=args.db_as_of,
            progress=progress,
        )
    finally:
        progress.close()
    info = database.info
    counts: dict[str, int] = {}
    withdrawn = 0
    for advisory in database:
        counts[advisory.kind.value] = counts.get(advisory.kind.value, 0) + 1
        withdrawn += advisory.is_withdrawn
    age = info.age_days(dt.datetime.now(dt.UTC))
    if args.format == "json":
        from cratewatch.reporters.envelope import envelope

        data = {
            **envelope("db-info"),
            "sources": list(info.sources),
            "commit": info.commit,
            "updated": info.updated.isoformat() if info.updated else None,
            "age_days": round(age, 1) if age is not None else None,
            "advisories": info.advisory_count,
            "by_kind": dict(sorted(counts.items())),
            "withdrawn": withdrawn,
            "invalid": info.invalid_count,
            "problems": database.problems,
        }
        print(json.dumps(data, indent=2))
        return EXIT_OK
    updated = info.updated.date().isoformat() if info.updated else "unknown"
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    # Sources, commits and problems come from the database: escaped like error lines.
    print(f"source:     {printable_line(', '.join(info.sources))}")
    print(f"commit:     {printable_line(info.commit or 'unknown')}")
    print(f"updated:    {updated}" + (f" ({int(age)} days ago)" if age is not None else ""))
    print(f"advisories: {info.advisory_count} ({kinds}; {withdrawn} withdrawn)")
    if info.invalid_count:
        print(f"invalid:    {info.invalid_count} advisory files could not be read:")
        for problem in database.problems:
            print(f"  {printable_line(problem)}")
    return EXIT_OK
