"""Read a crates.io database dump (``db-dump.tar.gz``) into a ``RawGraph``.

The dump is a tar of PostgreSQL table exports: ``<date>/data/<table>.csv`` with a
header row, RFC 4180 quoting, booleans as ``t``/``f``, arrays as ``{a,b}``, and
``<date>/metadata.json``. Columns are matched by name (crates.io adds columns over
time), so older and newer dumps both load; ``dependencies.kind`` and
``dependencies.explicit_name`` may be missing (a normal dependency, not renamed), and
download counts are read from ``crates.csv`` or, when it has none, summed from
``versions.csv``.

The CSV files are parsed by DuckDB: today's dump has 20 million dependency rows, and
DuckDB reads them on all cores, turns ids into positions with hash joins and hands the
columns to numpy without a Python object per row. The tables are first extracted from
the tar into a temporary directory (one sequential pass over the gzip stream).
"""

from __future__ import annotations

import json
import os
import re
import tarfile
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, NamedTuple

import numpy as np

from cratewatch.ecosystem.builder import RawGraph
from cratewatch.errors import DumpError
from cratewatch.registry.leftovers import remove_stale

__all__ = ["TABLES", "DumpTables", "open_tables", "read_dump"]

TABLES: Final = (
    "crates",
    "versions",
    "dependencies",
    "crate_owners",
    "users",
    "teams",
)
_REQUIRED: Final = ("crates", "versions", "dependencies")
_TEMPORARY: Final = re.compile(r"cratewatch-dump-(?P<pid>\d+)-[A-Za-z0-9_]+")
# crates.io's metadata.json is two short fields; anything near this is not one
_MAX_METADATA_BYTES: Final = 1024 * 1024


def read_dump(
    dump: Path, progress: Callable[[str, int | None, int | None], None] | None = None
) -> tuple[RawGraph, dict[str, Any]]:
    """The graph of ``dump`` and metadata (source, dump timestamp); ``progress`` is told
    ``(stage, done, total)`` as in ``ingest.Progress``."""
    report = progress or (lambda _stage, _done, _total: None)

    def say(stage: str) -> None:
        report(stage, None, None)

    problems: list[str] = []
    with open_tables(
        dump,
        on_bytes=lambda read, size: report("extracting the dump", read, size),
        on_problem=problems.append,
    ) as tables:
        say("reading tables")
        raw, dropped = _load(tables.con, tables.files, dump, say)
        metadata = tables.metadata
    timestamp = metadata.get("timestamp")
    meta: dict[str, Any] = {
        "source": f"database dump {dump.resolve()}",
        "source_kind": "dump",
        "dump_timestamp": timestamp if isinstance(timestamp, str) else None,
        "dropped_unknown_crate": dropped,
        "problems": problems,
    }
    return raw, meta


class DumpTables(NamedTuple):
    """The tables of a dump, extracted, with a DuckDB connection to query them."""

    dump: Path
    con: Any  # duckdb.DuckDBPyConnection
    files: dict[str, Path]  # table -> its extracted CSV file
    metadata: dict[str, Any]  # metadata.json ({} when absent or unreadable)

    def relation(self, table: str) -> str:
        """SQL reading ``table`` (every column as text)."""
        return _csv(self.files[table])

    def columns(self, table: str) -> set[str]:
        return _columns(self.con, self.files[table])

    def need(self, table: str, wanted: tuple[str, ...]) -> set[str]:
        """The table's columns; a ``DumpError`` naming the first of ``wanted`` it lacks."""
        found = self.columns(table)
        _need(found, wanted, table, self.dump)
        return found


@contextmanager
def open_tables(
    dump: Path,
    tables: Iterable[str] = TABLES,
    required: Iterable[str] = _REQUIRED,
    *,
    on_bytes: Callable[[int, int], None] | None = None,
    on_problem: Callable[[str], None] | None = None,
) -> Iterator[DumpTables]:
    """``tables`` of ``dump`` extracted into a temporary directory (removed afterwards)
    and a DuckDB connection over them. A table of ``required`` missing from the dump, an
    archive that is not a readable tar and a DuckDB error while the block runs (a
    malformed CSV) are one-line ``DumpError``s naming the dump."""
    wanted = frozenset(tables)
    # The process id in the name lets a later run tell a killed run's tables (gigabytes
    # at today's scale) from a live run's.
    remove_stale(Path(tempfile.gettempdir()), _TEMPORARY)
    with tempfile.TemporaryDirectory(prefix=f"cratewatch-dump-{os.getpid()}-") as tmp:
        files, metadata = _extract(
            dump,
            Path(tmp),
            on_bytes or (lambda _read, _size: None),
            on_problem or (lambda _problem: None),
            wanted,
        )
        missing = [t for t in required if t not in files]
        if missing:
            raise DumpError(f"{dump}: not a crates.io database dump (no {missing[0]}.csv)")
        import duckdb

        con = duckdb.connect(config={"temp_directory": str(Path(tmp) / "duckdb")})
        try:
            yield DumpTables(dump, con, files, metadata)
        except duckdb.Error as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise DumpError(f"{dump}: malformed table ({message})") from None
        finally:
            con.close()


def _extract(
    dump: Path,
    into: Path,
    on_bytes: Callable[[int, int], None],
    on_problem: Callable[[str], None],
    tables: frozenset[str] = frozenset(TABLES),
) -> tuple[dict[str, Path], dict[str, Any]]:
    files: dict[str, Path] = {}
    metadata: dict[str, Any] = {}
    try:
        with dump.open("rb") as raw, tarfile.open(fileobj=raw, mode="r|*") as archive:
            size = os.fstat(raw.fileno()).st_size
            for member in archive:
                parts = member.name.split("/")
                if not member.isreg():
                    continue
                if parts[-1] == "metadata.json":
                    metadata = _metadata(archive, member, f"{dump}:{member.name}", on_problem)
                    continue
                table = parts[-1].removesuffix(".csv")
                if len(parts) >= 2 and parts[-2] == "data" and table in tables:
                    target = into / f"{table}.csv"
                    handle = archive.extractfile(member)
                    if handle is None:
                        continue
                    with target.open("wb") as out:
                        while chunk := handle.read(1 << 20):
                            out.write(chunk)
                            on_bytes(raw.tell(), size)
                    files[table] = target
    except FileNotFoundError:
        raise DumpError(f"{dump}: no such file") from None
    except (tarfile.TarError, EOFError, zlib.error) as exc:
        raise DumpError(f"{dump}: not a readable tar archive ({exc})") from None
    except OSError as exc:
        raise DumpError(f"{dump}: cannot read ({exc.strerror or exc})") from None
    return files, metadata


def _metadata(
    archive: tarfile.TarFile, member: tarfile.TarInfo, where: str, on_problem: Callable[[str], None]
) -> dict[str, Any]:
    """The dump's ``metadata.json`` (only its timestamp is used); one that cannot be
    read is reported and the dump read without it."""
    if member.size > _MAX_METADATA_BYTES:
        on_problem(f"{where}: {member.size:,} bytes, not crates.io's metadata; ignored")
        return {}
    handle = archive.extractfile(member)
    try:
        found = json.loads(handle.read(_MAX_METADATA_BYTES)) if handle else {}
    except ValueError as exc:
        on_problem(f"{where}: malformed JSON ({exc}); ignored")
        return {}
    except RecursionError:
        on_problem(f"{where}: malformed JSON (nested too deeply); ignored")
        return {}
    if not isinstance(found, dict):
        on_problem(f"{where}: not a JSON object; ignored")
        return {}
    return found


def _columns(con: Any, file: Path) -> set[str]:
    rel = con.sql(f"SELECT * FROM {_csv(file)} LIMIT 0")
    return {c.lower() for c in rel.columns}


def _csv(file: Path) -> str:
    path = str(file).replace("'", "''")
    return f"read_csv('{path}', header = true, all_varchar = true, quote = '\"', escape = '\"')"


def _need(columns: set[str], wanted: tuple[str, ...], table: str, dump: Path) -> None:
    for column in wanted:
        if column not in columns:
            raise DumpError(f"{dump}: {table}.csv has no column '{column}'")


def _load(
    con: Any, files: dict[str, Path], dump: Path, say: Callable[[str], None]
) -> tuple[RawGraph, int]:
    crate_cols = _columns(con, files["crates"])
    _need(crate_cols, ("id", "name"), "crates", dump)
    downloads = "CAST(downloads AS BIGINT)" if "downloads" in crate_cols else "NULL"
    created = (
        "CAST(epoch(TRY_CAST(created_at AS TIMESTAMP)) AS BIGINT)"
        if "created_at" in crate_cols
        else "NULL"
    )
    con.execute(
        f"CREATE TABLE c AS SELECT row_number() OVER (ORDER BY CAST(id AS BIGINT)) - 1 AS pos, "
        f"CAST(id AS BIGINT) AS id, name, {downloads} AS downloads, {created} AS created "
        f"FROM {_csv(files['crates'])}"
    )
    crates = con.execute("SELECT name, downloads, created FROM c ORDER BY pos").fetchnumpy()

    version_cols = _columns(con, files["versions"])
    _need(version_cols, ("id", "crate_id", "num", "yanked"), "versions", dump)
    v_features = "features" if "features" in version_cols else "NULL"
    v_downloads = "CAST(v.downloads AS BIGINT)" if "downloads" in version_cols else "NULL"
    v_license = "v.license" if "license" in version_cols else "NULL"
    con.execute(
        "CREATE TABLE v AS SELECT row_number() OVER (ORDER BY CAST(v.id AS BIGINT)) - 1 AS pos, "
        f"CAST(v.id AS BIGINT) AS id, c.pos AS crate, v.num, v.yanked = 't' AS yanked, "
        f"{v_features} AS features, {v_downloads} AS downloads, {v_license} AS license "
        f"FROM {_csv(files['versions'])} v JOIN c ON c.id = CAST(v.crate_id AS BIGINT)"
    )
    versions = con.execute(
        "SELECT crate, num, yanked, features, downloads, license FROM v ORDER BY pos"
    ).fetchnumpy()

    say("reading dependencies")
    dep_cols = _columns(con, files["dependencies"])
    _need(
        dep_cols,
        ("version_id", "crate_id", "req", "optional", "default_features"),
        "dependencies",
        dump,
    )
    kind = "COALESCE(TRY_CAST(d.kind AS TINYINT), 0)" if "kind" in dep_cols else "0"
    features = "COALESCE(d.features, '{}')" if "features" in dep_cols else "'{}'"
    target = "COALESCE(d.target, '')" if "target" in dep_cols else "''"
    explicit = "NULLIF(d.explicit_name, '')" if "explicit_name" in dep_cols else "NULL"
    raw_rows = con.execute(f"SELECT count(*) FROM {_csv(files['dependencies'])}").fetchone()
    con.execute(
        "CREATE TABLE d AS SELECT v.pos AS src, c.pos AS crate, COALESCE(d.req, '') AS req, "
        f"{kind} AS kind, d.optional = 't' AS optional, d.default_features = 't' AS dflt, "
        f"{features} AS features, {target} AS target, COALESCE({explicit}, c.name) AS name "
        f"FROM {_csv(files['dependencies'])} d "
        "JOIN v ON v.id = CAST(d.version_id AS BIGINT) "
        "JOIN c ON c.id = CAST(d.crate_id AS BIGINT)"
    )
    kept = con.execute("SELECT count(*) FROM d").fetchone()
    dropped = int(raw_rows[0]) - int(kept[0])  # rows naming a version or crate not in the dump
    texts: dict[str, list[str]] = {}
    for column in ("req", "features", "target", "name"):
        con.execute(
            f"CREATE TABLE t_{column} AS SELECT {column} AS text, "
            f"row_number() OVER (ORDER BY {column}) - 1 AS tid "
            f"FROM (SELECT DISTINCT {column} FROM d)"
        )
        rows = con.execute(f"SELECT text FROM t_{column} ORDER BY tid").fetchall()
        texts[column] = [str(r[0]) for r in rows]
    deps = con.execute(
        "SELECT d.src, d.crate, d.kind, d.optional, d.dflt, "
        "t_req.tid AS req, t_features.tid AS features, t_target.tid AS target, "
        "t_name.tid AS name FROM d "
        "JOIN t_req ON t_req.text = d.req "
        "JOIN t_features ON t_features.text = d.features "
        "JOIN t_target ON t_target.text = d.target "
        "JOIN t_name ON t_name.text = d.name"
    ).fetchnumpy()

    owner_names, owner_crate, owner_id = _owners(con, files, dump)

    def ints(values: Any) -> np.ndarray[Any, np.dtype[np.int64]]:
        return np.asarray(values, dtype=np.int64)

    def bools(values: Any) -> np.ndarray[Any, np.dtype[np.bool_]]:
        return np.asarray(np.ma.filled(values, False), dtype=bool)

    def optional_counts(values: Any) -> np.ndarray[Any, np.dtype[np.int64]] | None:
        if values is None or (len(values) and np.ma.getmaskarray(values).all()):
            return None
        return np.asarray(np.ma.filled(values, 0), dtype=np.int64)

    version_features = [
        "" if f is None or f in ("", "{}") else str(f) for f in versions["features"].tolist()
    ]
    graph = RawGraph(
        crate_names=[str(n) for n in crates["name"].tolist()],
        crate_downloads=optional_counts(crates["downloads"]),
        crate_created=optional_counts(crates["created"]),
        owner_names=owner_names,
        owner_crate=owner_crate,
        owner_id=owner_id,
        ver_crate=ints(versions["crate"]),
        ver_nums=[str(n) for n in versions["num"].tolist()],
        ver_yanked=bools(versions["yanked"]),
        ver_features=version_features,
        ver_downloads=optional_counts(versions["downloads"]),
        ver_licenses=["" if t is None else str(t) for t in versions["license"].tolist()],
        dep_from=ints(deps["src"]),
        dep_crate=ints(deps["crate"]),
        dep_kind=np.asarray(deps["kind"], dtype=np.int8),
        dep_optional=bools(deps["optional"]),
        dep_default_features=bools(deps["dflt"]),
        dep_req=ints(deps["req"]),
        dep_name=ints(deps["name"]),
        dep_features=ints(deps["features"]),
        dep_target=ints(deps["target"]),
        req_texts=texts["req"],
        name_texts=texts["name"],
        feature_texts=[json.dumps(_pg_array(t)) for t in texts["features"]],
        target_texts=texts["target"],
    )
    return graph, dropped


def _owners(
    con: Any, files: dict[str, Path], dump: Path
) -> tuple[list[str], np.ndarray[Any, np.dtype[np.int64]], np.ndarray[Any, np.dtype[np.int64]]]:
    """Owner logins (users, then teams) and (crate position, owner position) pairs."""
    empty = np.zeros(0, dtype=np.int64)
    if "crate_owners" not in files:
        return [], empty, empty
    logins: list[str] = []
    con.execute("CREATE TABLE o (kind INTEGER, id BIGINT, login VARCHAR, pos BIGINT)")
    for table, kind, login in (("users", 0, "gh_login"), ("teams", 1, "login")):
        if table not in files:
            continue
        _need(_columns(con, files[table]), ("id", login), table, dump)
        con.execute(
            f"INSERT INTO o SELECT {kind}, CAST(id AS BIGINT), {login}, "
            f"{len(logins)} + row_number() OVER (ORDER BY CAST(id AS BIGINT)) - 1 "
            f"FROM {_csv(files[table])}"
        )
        logins += [
            str(r[0])
            for r in con.execute(f"SELECT login FROM o WHERE kind = {kind} ORDER BY pos").fetchall()
        ]
    owner_cols = _columns(con, files["crate_owners"])
    _need(owner_cols, ("crate_id", "owner_id"), "crate_owners", dump)
    owner_kind = (
        "COALESCE(TRY_CAST(co.owner_kind AS INTEGER), 0)" if "owner_kind" in owner_cols else "0"
    )
    pairs = con.execute(
        "SELECT c.pos AS crate, o.pos AS owner "
        f"FROM {_csv(files['crate_owners'])} co "
        "JOIN c ON c.id = CAST(co.crate_id AS BIGINT) "
        "JOIN o ON o.id = CAST(co.owner_id AS BIGINT) "
        f"AND o.kind = {owner_kind}"
    ).fetchnumpy()
    return (
        logins,
        np.asarray(pairs["crate"], dtype=np.int64),
        np.asarray(pairs["owner"], dtype=np.int64),
    )


def _pg_array(text: str) -> list[str]:
    """``{a,"b c"}`` -> ``["a", "b c"]`` (PostgreSQL array literal of simple strings)."""
    inner = text.strip()
    if inner.startswith("{") and inner.endswith("}"):
        inner = inner[1:-1]
    if not inner:
        return []
    return [item.strip().strip('"') for item in inner.split(",")]
