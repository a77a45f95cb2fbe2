"""Owners and publishers imported from a crates.io database dump into the service's store
(``service/owners.py``), on SQLite and PostgreSQL: a generated dump read back, a
re-import replacing the previous one in one transaction, malformed dumps refused in one
line with the store left as it was."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tarfile
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from cratewatch.errors import DumpError, ServiceStoreError
from cratewatch.service.owners import import_owners
from cratewatch.service.store import Store
from cratewatch.service.view import Owner, OwnerHistory
from testdata.dumpgen import synthetic_dump
from tests.registry.support import make_tar

TOP = "2026-11-30-020002"
UTC = dt.UTC

Row = Mapping[str, object]


def stamp(when: dt.datetime) -> str:
    """A time as the dump writes it (PostgreSQL's text, UTC, no zone)."""
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def csv_text(rows: Iterable[Row], header: Iterable[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_dump(path: Path, tables: Mapping[str, str | bytes], *, timestamp: str = TOP) -> Path:
    """A ``db-dump.tar.gz`` with these ``data/<table>.csv`` members and a metadata.json."""
    files: dict[str, str | bytes] = {
        f"{TOP}/metadata.json": json.dumps({"timestamp": timestamp, "crates_io_commit": "0"})
    }
    files.update({f"{TOP}/data/{table}.csv": text for table, text in tables.items()})
    return make_tar(path, files)


class Registry:
    """A small crates.io: crates with versions and owners, written as a dump."""

    def __init__(self) -> None:
        self.crates: list[dict[str, object]] = []
        self.versions: list[dict[str, object]] = []
        self.owners: list[dict[str, object]] = []
        self.users: dict[str, int] = {}
        self.names: dict[str, str] = {}
        self.teams: dict[str, int] = {}

    def user(self, login: str, name: str = "") -> int:
        self.names.setdefault(login, name)
        return self.users.setdefault(login, 100 + len(self.users))

    def crate(
        self,
        name: str,
        created: dt.datetime,
        versions: Iterable[tuple[str, dt.datetime, str | None]],
        owners: Iterable[tuple[str, dt.datetime]],
    ) -> None:
        crate_id = 1 + len(self.crates)
        self.crates.append(
            {"id": crate_id, "name": name, "created_at": stamp(created), "downloads": 10}
        )
        for num, when, by in versions:
            self.versions.append(
                {
                    "id": 1 + len(self.versions),
                    "crate_id": crate_id,
                    "num": num,
                    "created_at": stamp(when),
                    "published_by": "" if by is None else self.user(by),
                    "yanked": "f",
                }
            )
        for login, since in owners:
            team = login.startswith("github:")
            owner_id = self.teams.setdefault(login, 7 + len(self.teams)) if team else None
            self.owners.append(
                {
                    "crate_id": crate_id,
                    "owner_id": owner_id if owner_id is not None else self.user(login),
                    "owner_kind": 1 if team else 0,
                    "created_at": stamp(since),
                    "created_by": "",
                }
            )

    def tables(self) -> dict[str, str]:
        users = [{"id": i, "gh_login": login, "name": self.names[login], "gh_id": i}
                 for login, i in self.users.items()]  # fmt: skip
        teams = [{"id": i, "login": login, "name": "maintainers", "github_id": i}
                 for login, i in self.teams.items()]  # fmt: skip
        return {
            "crates": csv_text(self.crates, ["created_at", "downloads", "id", "name"]),
            "versions": csv_text(
                self.versions, ["crate_id", "created_at", "id", "num", "published_by", "yanked"]
            ),
            "crate_owners": csv_text(
                self.owners, ["crate_id", "created_at", "created_by", "owner_id", "owner_kind"]
            ),
            "users": csv_text(users, ["gh_id", "gh_login", "id", "name"]),
            "teams": csv_text(teams, ["github_id", "id", "login", "name"]),
            "dependencies": csv_text([], ["crate_id", "id", "req", "version_id"]),
        }

    def write(self, path: Path) -> Path:
        return write_dump(path, self.tables())


T0 = dt.datetime(2025, 1, 10, 9, 30, tzinfo=UTC)


def small_registry() -> Registry:
    registry = Registry()
    registry.user("alice", 'Alice "A", Liddell')  # a name that the CSV must quote
    registry.crate(
        "Parse_Ly",
        T0,
        [("1.0.0", T0, "alice"), ("1.1.0", T0 + dt.timedelta(days=40), "bob")],
        [("alice", T0), ("bob", T0 + dt.timedelta(days=30)), ("github:acme:core", T0)],
    )
    registry.crate("old-crate", T0, [("0.1.0", T0, None)], [("carol", T0)])
    return registry


# -- a generated dump -------------------------------------------------------------------


def _read_members(dump: Path) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {}
    with tarfile.open(dump, "r:gz") as tar:
        for member in tar:
            if member.name.endswith(".csv"):
                handle = tar.extractfile(member)
                assert handle is not None
                text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
                table = member.name.rsplit("/", 1)[-1].removesuffix(".csv")
                tables[table] = list(csv.DictReader(text))
    return tables


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_a_generated_dump_is_imported_and_answers_owners(store: Store, tmp_path: Path) -> None:
    dump = tmp_path / "db-dump.tar.gz"
    stats = synthetic_dump(dump, crates=300, versions=1500, dependencies=1000, seed=11)
    done = import_owners(store, dump)

    # what the dump says, read here with the csv module alone
    tables = _read_members(dump)
    crate_of = {r["id"]: r["name"].lower().replace("_", "-") for r in tables["crates"]}
    user = {r["id"]: r for r in tables["users"]}
    team = {r["id"]: r for r in tables["teams"]}
    owners: dict[str, set[Owner]] = defaultdict(set)
    for r in tables["crate_owners"]:
        who = team[r["owner_id"]] if r["owner_kind"] == "1" else user[r["owner_id"]]
        login = who["login"] if r["owner_kind"] == "1" else who["gh_login"]
        owners[crate_of[r["crate_id"]]].add(
            Owner(login, _when(r["created_at"]), who["name"] or None)
        )
    publishers: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in tables["versions"]:
        if r["published_by"]:
            publishers[crate_of[r["crate_id"]]].add((r["num"], user[r["published_by"]]["gh_login"]))

    assert (done.crates, done.owners) == (stats.crates, stats.owners)
    assert done.publishers == sum(len(p) for p in publishers.values()) > 0
    assert done.dump_timestamp is not None and done.file == str(dump)
    assert store.owner_import() == done
    assert any(len(o) > 1 for o in owners.values())  # the test sees several owners
    assert any(o.login.startswith("github:") for found in owners.values() for o in found)
    for crate in sorted(crate_of.values()):
        history = store.owner_history(crate.upper())  # any spelling
        assert history is not None
        assert set(history.owners) == owners[crate], crate
        assert set(history.publishers) == publishers[crate], crate
    first = min(tables["crates"], key=lambda r: r["created_at"])
    assert store.dump_first_published(first["name"]) == _when(first["created_at"])
    assert store.owner_history("not-in-the-dump") is None
    assert store.dump_first_published("not-in-the-dump") is None


def test_before_any_import_owners_are_unknown(store: Store) -> None:
    assert store.owner_import() is None
    assert store.owner_history("serde") is None
    assert store.dump_first_published("serde") is None


def test_owners_publishers_and_names_as_the_dump_spells_them(store: Store, tmp_path: Path) -> None:
    import_owners(store, small_registry().write(tmp_path / "dump.tar.gz"))
    history = store.owner_history("parse-ly")
    assert history == OwnerHistory(
        (
            Owner("alice", T0, 'Alice "A", Liddell'),
            Owner("bob", T0 + dt.timedelta(days=30), None),
            Owner("github:acme:core", T0, "maintainers"),
        ),
        (("1.0.0", "alice"), ("1.1.0", "bob")),
    )
    # a version from before crates.io recorded publishers has none
    assert store.owner_history("old_crate") == OwnerHistory((Owner("carol", T0, None),), ())
    assert store.dump_first_published("PARSE_LY") == T0


# -- re-imports -------------------------------------------------------------------------


def test_a_reimport_replaces_the_previous_one(store: Store, tmp_path: Path) -> None:
    import_owners(store, small_registry().write(tmp_path / "first.tar.gz"))
    store.record_publisher("parse_ly", "1.2.0", "mallory")  # the hook, after the dump

    later = Registry()
    later.crate(
        "parse-ly",
        T0,
        [("1.0.0", T0, "alice"), ("1.1.0", T0, "bob"), ("1.2.0", T0, "bob")],
        [("bob", T0)],
    )
    later.crate("newer", T0, [("0.1.0", T0, "dave")], [("dave", T0)])
    done = import_owners(store, later.write(tmp_path / "second.tar.gz"))

    assert (done.crates, done.owners, done.publishers) == (2, 2, 4)
    assert store.owner_history("old-crate") is None  # gone from the newer dump
    history = store.owner_history("parse-ly")
    assert history is not None
    assert history.owners == (Owner("bob", T0, None),)
    # the dump's publisher of 1.2.0 is believed before the hook's
    assert history.publishers == (("1.0.0", "alice"), ("1.1.0", "bob"), ("1.2.0", "bob"))
    assert store.owner_history("newer") == OwnerHistory(
        (Owner("dave", T0, None),), (("0.1.0", "dave"),)
    )


def test_the_hooks_publisher_fills_in_versions_newer_than_the_dump(
    store: Store, tmp_path: Path
) -> None:
    import_owners(store, small_registry().write(tmp_path / "dump.tar.gz"))
    assert store.record_publisher("Parse_Ly", "1.2.0", "mallory")
    assert not store.record_publisher("parse-ly", "1.2.0", "someone-else")  # the first stays
    history = store.owner_history("parse-ly")
    assert history is not None and history.publisher_of("1.2.0") == "mallory"
    # the hook's publishers survive a re-import of a dump that does not have the version
    import_owners(store, small_registry().write(tmp_path / "again.tar.gz"))
    again = store.owner_history("parse-ly")
    assert again is not None and again.publisher_of("1.2.0") == "mallory"


def test_an_import_failing_half_way_keeps_the_previous_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_owners(store, small_registry().write(tmp_path / "first.tar.gz"))
    before = store.owner_history("parse-ly"), store.owner_import()
    original = Store._bulk_insert

    def failing(self: Store, conn: Any, table: sa.Table, *args: Any, **kwargs: Any) -> int:
        if table.name == "version_publishers":
            raise ServiceStoreError("the disk is full")
        return original(self, conn, table, *args, **kwargs)

    monkeypatch.setattr(Store, "_bulk_insert", failing)
    other = Registry()
    other.crate("other", T0, [("1.0.0", T0, "eve")], [("eve", T0)])
    with pytest.raises(ServiceStoreError, match="the disk is full"):
        import_owners(store, other.write(tmp_path / "second.tar.gz"))
    assert (store.owner_history("parse-ly"), store.owner_import()) == before
    assert store.owner_history("other") is None


def test_a_reader_during_an_import_sees_the_previous_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_owners(store, small_registry().write(tmp_path / "first.tar.gz"))
    before = store.owner_history("parse-ly")
    seen: list[OwnerHistory | None] = []
    original = Store._bulk_insert

    def watched(self: Store, conn: Any, table: sa.Table, *args: Any, **kwargs: Any) -> int:
        count = original(self, conn, table, *args, **kwargs)
        if table.name == "crate_owners":  # owners replaced, publishers not yet
            # another connection, as another process would read
            reader = threading.Thread(target=lambda: seen.append(store.owner_history("parse-ly")))
            reader.start()
            reader.join()
        return count

    monkeypatch.setattr(Store, "_bulk_insert", watched)
    later = Registry()
    later.crate("parse-ly", T0, [("2.0.0", T0, "zed")], [("zed", T0)])
    import_owners(store, later.write(tmp_path / "second.tar.gz"))
    assert seen == [before]
    assert store.owner_history("parse-ly") == OwnerHistory(
        (Owner("zed", T0, None),), (("2.0.0", "zed"),)
    )


# -- malformed dumps --------------------------------------------------------------------


def _broken(tmp_path: Path, change: str) -> Path:
    tables: dict[str, str | bytes] = dict(small_registry().tables())
    path = tmp_path / f"{change}.tar.gz"
    if change == "no-owners":
        del tables["crate_owners"]
    elif change == "no-users":
        del tables["users"]
    elif change == "no-column":
        tables["crates"] = csv_text([{"id": 1}], ["id"])
    elif change == "bad-id":
        tables["crates"] = "created_at,id,name\n,not-a-number,parse-ly\n"
    elif change == "bad-quote":
        tables["versions"] = 'crate_id,num,published_by\n1,"1.0.0,100\n2,"0.1",x"y\n'
    elif change == "bad-csv":
        tables["versions"] = b"crate_id,num,published_by\n1,1.0.0,100\n1,1.1\xff\xfe.0,100\n"
    if change == "not-gzip":
        path.write_bytes(b"this is not a database dump\n" * 40)
        return path
    if change == "truncated":
        write_dump(path, tables)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return path
    return write_dump(path, tables)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("no-owners", r"not a crates.io database dump \(no crate_owners.csv\)"),
        ("no-users", r"not a crates.io database dump \(no users.csv\)"),
        ("no-column", r"crates.csv has no column 'name'"),
        ("bad-id", r"malformed table"),
        ("bad-csv", r"malformed table"),
        ("bad-quote", r"malformed table|has no column"),
        ("not-gzip", r"not a readable tar archive"),
        ("truncated", r"not a readable tar archive"),
    ],
)
def test_a_malformed_dump_is_a_one_line_error_and_changes_nothing(
    store: Store, tmp_path: Path, change: str, problem: str
) -> None:
    import_owners(store, small_registry().write(tmp_path / "good.tar.gz"))
    before = store.owner_history("parse-ly"), store.owner_import()
    dump = _broken(tmp_path, change)
    with pytest.raises(DumpError, match=problem) as caught:
        import_owners(store, dump)
    message = str(caught.value)
    assert message.startswith(f"{dump}: ") and "\n" not in message
    assert (store.owner_history("parse-ly"), store.owner_import()) == before


def test_a_missing_dump_is_a_one_line_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(DumpError, match=r"missing.tar.gz: no such file$"):
        import_owners(store, tmp_path / "missing.tar.gz")


def test_an_older_dump_without_teams_or_publishers_still_gives_owners(
    store: Store, tmp_path: Path
) -> None:
    tables: dict[str, str | bytes] = dict(small_registry().tables())
    del tables["teams"]
    versions = csv.DictReader(io.StringIO(str(tables["versions"])))
    tables["versions"] = csv_text(
        ({"crate_id": r["crate_id"], "id": r["id"], "num": r["num"]} for r in versions),
        ["crate_id", "id", "num"],
    )
    import_owners(store, write_dump(tmp_path / "old.tar.gz", tables))
    history = store.owner_history("parse-ly")
    assert history is not None
    assert [o.login for o in history.owners] == ["alice", "bob"]  # the team is left out
    assert history.publishers == ()
