"""Owners and publishers from crates.io's database dump, for the registry signals.

A registry index says nothing of who owns a crate or who published a version; the
database dump (``db-dump.tar.gz``, published daily) has both: ``crate_owners`` (with
when each owner was added), ``users`` and ``teams`` (logins and display names), and
``versions.published_by``. ``import_owners`` reads them with the ecosystem layer's dump
reader (``ecosystem/dump_source.py``: tables extracted from the tar, parsed by DuckDB,
columns matched by name) and replaces the store's previous import in one transaction:

* each crate of the dump, by canonical name, with its first publication (the earlier of
  ``crates.created_at`` and its oldest version's ``created_at``);
* each crate's current owners: login (a team's is ``github:org:team``), display name,
  since when;
* who published each version (crate, version, login); versions from before crates.io
  recorded it (early 2017) have none.

Logins and names are the registry's text, hostile like everything a registry gives:
they are stored as given and escaped where shown.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from cratewatch.errors import DumpError

if TYPE_CHECKING:
    from cratewatch.ecosystem.dump_source import DumpTables
    from cratewatch.service.store import OwnerImport, Store

__all__ = ["OWNER_TABLES", "import_owners"]

#: The tables an import reads (the others of the dump are skipped while extracting).
OWNER_TABLES: Final = ("crates", "versions", "crate_owners", "users", "teams")
_REQUIRED: Final = ("crates", "versions", "crate_owners", "users")
_BATCH: Final = 50_000


def import_owners(store: Store, dump: Path) -> OwnerImport:
    """Read ``dump``'s owners and publishers and replace the store's previous import
    with them, in one transaction. A dump that cannot be read (no such file, not a tar,
    a table or column missing, a malformed CSV) is a one-line ``DumpError`` naming it,
    and the store keeps what it had."""
    try:
        stat = dump.stat()
    except FileNotFoundError:
        raise DumpError(f"{dump}: no such file") from None
    except OSError as exc:
        raise DumpError(f"{dump}: cannot read ({exc.strerror or exc})") from None
    if importlib.util.find_spec("duckdb") is None:
        raise DumpError(
            f"{dump}: reading a database dump needs the 'ecosystem' extra (duckdb is not "
            "installed): pip install 'cratewatch[ecosystem]'"
        )
    from cratewatch.ecosystem.dump_source import open_tables

    with open_tables(dump, OWNER_TABLES, _REQUIRED) as tables:
        _stage(tables)
        timestamp = tables.metadata.get("timestamp")
        return store.replace_owners(
            _rows(tables.con, "SELECT crate, first FROM out_crates", time=1),
            _rows(tables.con, "SELECT crate, login, name, since FROM out_owners", time=3),
            _rows(tables.con, "SELECT crate, version, login FROM out_publishers"),
            file=str(dump),
            size=stat.st_size,
            mtime_ns=stat.st_mtime_ns,
            dump_timestamp=timestamp if isinstance(timestamp, str) else None,
        )


def _stage(tables: DumpTables) -> None:
    """The three results in DuckDB tables ``out_crates``, ``out_owners`` and
    ``out_publishers``: canonical names, one row per key, in key order (DuckDB keeps a
    table's insertion order; sorted rows fill the store's B-trees fastest)."""
    con = tables.con
    crate_cols = tables.need("crates", ("id", "name"))
    created = "TRY_CAST(created_at AS TIMESTAMP)" if "created_at" in crate_cols else "NULL"
    con.execute(
        "CREATE TABLE k AS SELECT CAST(id AS BIGINT) AS id, "
        f"lower(replace(name, '_', '-')) AS crate, {created} AS created "
        f"FROM {tables.relation('crates')} WHERE name IS NOT NULL"
    )

    # users, then teams: one id space per kind (crate_owners.owner_kind 0 and 1)
    con.execute("CREATE TABLE o (kind INTEGER, id BIGINT, login VARCHAR, name VARCHAR)")
    for table, kind, login in (("users", 0, "gh_login"), ("teams", 1, "login")):
        if table not in tables.files:
            continue  # an old dump without teams: its team owners are left out
        found = tables.need(table, ("id", login))
        name = "NULLIF(name, '')" if "name" in found else "NULL"
        con.execute(
            f"INSERT INTO o SELECT {kind}, CAST(id AS BIGINT), {login}, {name} "
            f"FROM {tables.relation(table)} WHERE NULLIF({login}, '') IS NOT NULL"
        )

    version_cols = tables.need("versions", ("crate_id", "num"))
    by = "CAST(published_by AS BIGINT)" if "published_by" in version_cols else "NULL"
    at = "TRY_CAST(created_at AS TIMESTAMP)" if "created_at" in version_cols else "NULL"
    con.execute(
        "CREATE TABLE v AS SELECT CAST(crate_id AS BIGINT) AS crate_id, num, "
        f"{by} AS published_by, {at} AS created FROM {tables.relation('versions')} "
        "WHERE num IS NOT NULL"
    )
    con.execute(
        "CREATE TABLE out_crates AS SELECT k.crate, min(least(k.created, f.first)) AS first "
        "FROM k LEFT JOIN (SELECT crate_id, min(created) AS first FROM v GROUP BY crate_id) f "
        "ON f.crate_id = k.id GROUP BY k.crate ORDER BY k.crate"
    )
    con.execute(
        "CREATE TABLE out_publishers AS SELECT k.crate, v.num AS version, min(o.login) AS login "
        "FROM v JOIN k ON k.id = v.crate_id JOIN o ON o.kind = 0 AND o.id = v.published_by "
        "GROUP BY k.crate, v.num ORDER BY k.crate, v.num"
    )

    owner_cols = tables.need("crate_owners", ("crate_id", "owner_id"))
    owner_kind = (
        "COALESCE(TRY_CAST(co.owner_kind AS INTEGER), 0)" if "owner_kind" in owner_cols else "0"
    )
    since = "TRY_CAST(co.created_at AS TIMESTAMP)" if "created_at" in owner_cols else "NULL"
    # crates.io exports only current owners; a dump that has the flag says so itself
    current = "co.deleted IS DISTINCT FROM 't'" if "deleted" in owner_cols else "true"
    con.execute(
        "CREATE TABLE out_owners AS SELECT k.crate, o.login, max(o.name) AS name, "
        f"min({since}) AS since FROM {tables.relation('crate_owners')} co "
        "JOIN k ON k.id = CAST(co.crate_id AS BIGINT) "
        f"JOIN o ON o.id = CAST(co.owner_id AS BIGINT) AND o.kind = {owner_kind} "
        f"WHERE {current} GROUP BY k.crate, o.login ORDER BY k.crate, o.login"
    )


def _rows(con: Any, query: str, *, time: int | None = None) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query``, fetched in batches; column ``time`` (a naive UTC time, as
    the dump writes them) made aware."""
    result = con.execute(query)
    while batch := result.fetchmany(_BATCH):
        if time is None:
            yield from batch
            continue
        for row in batch:
            when = row[time]
            if when is not None:
                row = (*row[:time], when.replace(tzinfo=dt.UTC), *row[time + 1 :])
            yield row
