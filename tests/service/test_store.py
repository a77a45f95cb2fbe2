"""The service's store, on SQLite and on a real PostgreSQL server (see conftest.py)."""

from __future__ import annotations

import datetime as dt
import re
import socket
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from cratewatch.errors import ServiceStoreError
from cratewatch.service.model import (
    Published,
    Risk,
    Role,
    Screening,
    Signal,
    TriageState,
    VersionKey,
    Yanked,
)
from cratewatch.service.queue import JobState
from cratewatch.service.schema import metadata
from cratewatch.service.store import SYSTEM, Store, VersionFilter, default_store_url
from tests.service.conftest import Clock

CHECKSUM = "ab" * 32
OTHER_CHECKSUM = "cd" * 32


def published(
    name: str = "serde_json",
    version: str = "1.0.0",
    checksum: str | None = CHECKSUM,
    *,
    source: str = "git-index",
    seen: dt.datetime | None = None,
) -> Published:
    return Published(
        name, version, checksum, source, seen or dt.datetime(2026, 12, 1, 11, 0, tzinfo=dt.UTC)
    )


def screening(
    name: str = "serde_json",
    version: str = "1.0.0",
    checksum: str = CHECKSUM,
    *,
    risk: Risk = Risk.LOW,
    rules: str = "rules-1",
) -> Screening:
    return Screening(
        name,
        version,
        checksum,
        risk,
        (Signal("new-capability-network", risk, "opens sockets in build.rs"),),
        {"verdict": "clean"},
        None,
        dt.datetime(2026, 12, 1, 11, 5, tzinfo=dt.UTC),
        rules,
    )


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


# -- opening ----------------------------------------------------------------------------


def test_migrated_schema_is_the_schema_the_code_queries(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_reopening_migrates_nothing_and_keeps_data(store_url: str) -> None:
    with Store(store_url) as first:
        assert first.record_event(published())
    with Store(store_url) as second:
        assert not second.record_event(published())
        assert len(second.versions().items) == 1


def test_a_schema_newer_than_the_code_is_refused(store_url: str) -> None:
    with Store(store_url) as store, store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(ServiceStoreError, match=r"schema revision 9999 is newer"):
        Store(store_url)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("mysql://db.example/cratewatch", "unsupported scheme 'mysql'"),
        ("sqlite://", "needs a file"),
        ("sqlite:///:memory:", "needs a file"),
        ("postgresql://user@localhost", "names no database"),
        ("not a url", "not a store URL"),
    ],
)
def test_bad_urls_are_one_line_errors(url: str, problem: str) -> None:
    with pytest.raises(ServiceStoreError) as caught:
        Store(url)
    message = str(caught.value)
    assert message.startswith("store ") and problem in message and "\n" not in message


def test_an_unreachable_server_is_a_one_line_error_without_the_password() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening: connections are refused
        with pytest.raises(ServiceStoreError) as caught:
            Store(f"postgresql://watcher:hunter2@127.0.0.1:{port}/cratewatch")
    message = str(caught.value)
    assert message.startswith(f"store postgresql+psycopg://watcher:***@127.0.0.1:{port}/")
    assert "cannot connect" in message and "hunter2" not in message and "\n" not in message


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "service.sqlite3"
    path.write_bytes(b"not a database, just text " * 100)
    with pytest.raises(ServiceStoreError, match=r"^store sqlite:///.*: file is not a database$"):
        Store(f"sqlite:///{path}")


def test_the_default_store_is_in_the_user_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_store_url() == f"sqlite:///{tmp_path}/cratewatch/service.sqlite3"
    with Store() as store:
        assert store.dialect == "sqlite"
    assert (tmp_path / "cratewatch" / "service.sqlite3").is_file()


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 's.sqlite3'}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


# -- events and versions ----------------------------------------------------------------


def test_an_event_is_recorded_and_queued_once(store: Store) -> None:
    assert store.record_event(published())
    assert not store.record_event(published())  # the same feed, replayed
    assert not store.record_event(published(source="rss"))  # another feed, same version
    assert not store.record_event(published(name="Serde-JSON"))  # another spelling
    assert count(store, "events") == 1
    assert count(store, "versions") == 1
    (job,) = store.jobs()
    assert (job.kind, job.key, job.state) == ("screen", f"serde-json 1.0.0 {CHECKSUM}", "queued")
    assert job.payload["name"] == "serde_json" and job.payload["checksum"] == CHECKSUM


def test_another_checksum_is_another_version_to_screen(store: Store) -> None:
    assert store.record_event(published())
    assert store.record_event(published(checksum=OTHER_CHECKSUM))
    assert len(store.jobs()) == 2


def test_a_version_seen_without_checksum_is_pinned_when_one_is_known(store: Store) -> None:
    assert store.record_event(published(checksum=None, source="rss"))
    assert not store.record_event(published(checksum=None, source="rss"))
    assert not store.record_event(published())  # the index's line: the same version, pinned
    (row,) = store.crate_history("serde_json")
    assert row.key == VersionKey("serde_json", "1.0.0", CHECKSUM) and row.source == "rss"
    assert len(store.jobs()) == 1
    assert not store.record_event(published(checksum=None))  # known now


def test_yanks_are_news_only_when_they_change_the_state(store: Store, clock: Clock) -> None:
    store.record_event(published())
    seen = clock()
    assert store.record_event(Yanked("serde_json", "1.0.0", True, "git-index", seen))
    assert not store.record_event(Yanked("serde_json", "1.0.0", True, "rss", seen))
    assert store.crate_history("serde_json")[0].yanked
    assert store.record_event(Yanked("serde_json", "1.0.0", False, "git-index", seen))
    assert not store.crate_history("serde_json")[0].yanked
    # A yank of a version never seen is kept (it is news), once.
    assert store.record_event(Yanked("other", "0.1.0", True, "git-index", seen))
    assert not store.record_event(Yanked("other", "0.1.0", True, "git-index", seen))
    assert count(store, "events") == 4


def test_the_feed_cursor_moves_with_the_event(store: Store) -> None:
    assert store.cursor("git-index") is None
    store.record_event(published(), cursor=("git-index", "commit-1"))
    assert store.cursor("git-index") == "commit-1"
    store.set_cursor("git-index", "commit-2")
    assert store.cursor("git-index") == "commit-2"


def test_versions_are_listed_newest_first_with_filters_and_pages(store: Store) -> None:
    start = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    for i in range(7):
        seen = start + dt.timedelta(hours=i)
        store.record_event(published("alpha" if i % 2 else "beta", f"1.0.{i}", seen=seen))
    store.save_screening(screening("alpha", "1.0.3", risk=Risk.HIGH))
    store.save_screening(screening("beta", "1.0.4", risk=Risk.NONE))

    listed = store.versions()
    assert [r.key.version for r in listed.items] == [f"1.0.{i}" for i in range(6, -1, -1)]
    assert listed.cursor is None

    pages, cursor = [], None
    while True:
        page = store.versions(limit=3, cursor=cursor)
        pages.append([r.key.version for r in page.items])
        if (cursor := page.cursor) is None:
            break
    assert pages == [["1.0.6", "1.0.5", "1.0.4"], ["1.0.3", "1.0.2", "1.0.1"], ["1.0.0"]]

    def versions_of(filters: VersionFilter) -> list[str]:
        return [r.key.version for r in store.versions(filters).items]

    assert versions_of(VersionFilter(crate="ALPHA")) == ["1.0.5", "1.0.3", "1.0.1"]
    assert versions_of(VersionFilter(risk=Risk.MEDIUM)) == ["1.0.3"]
    assert versions_of(VersionFilter(risk=Risk.NONE)) == ["1.0.4", "1.0.3"]
    assert versions_of(VersionFilter(state=TriageState.NEEDS_REVIEW)) == ["1.0.3"]
    assert versions_of(VersionFilter(state=TriageState.AUTO_CLEAN)) == ["1.0.4"]
    since = start + dt.timedelta(hours=5)
    assert versions_of(VersionFilter(since=since)) == ["1.0.6", "1.0.5"]
    with pytest.raises(ValueError, match="invalid cursor"):
        store.versions(cursor="nonsense")


def test_previous_version_and_history(store: Store) -> None:
    for i, version in enumerate(["1.0.0", "1.2.0", "1.10.0", "1.1.0", "2.0.0-rc.1", "not-semver"]):
        seen = dt.datetime(2026, 11, 1, tzinfo=dt.UTC) + dt.timedelta(days=i)
        store.record_event(published("tokio", version, seen=seen))
    history = [r.key.version for r in store.crate_history("tokio")]
    assert history == ["1.0.0", "1.2.0", "1.10.0", "1.1.0", "2.0.0-rc.1", "not-semver"]

    def previous(before: str) -> str | None:
        row = store.previous_version("tokio", before)
        return None if row is None else row.key.version

    assert previous("2.0.0") == "2.0.0-rc.1"
    assert previous("2.0.0-rc.1") == "1.10.0"
    assert previous("1.10.0") == "1.2.0"
    assert previous("1.0.0") is None
    assert store.previous_version("no-such-crate", "1.0.0") is None


# -- screenings and triage --------------------------------------------------------------


def test_a_screening_is_saved_once_per_version_and_rules(store: Store) -> None:
    store.record_event(published())
    assert store.save_screening(screening(risk=Risk.HIGH))
    assert not store.save_screening(screening(risk=Risk.HIGH))
    assert not store.save_screening(screening(risk=Risk.LOW))  # the first one stands
    assert count(store, "screenings") == 1
    assert store.save_screening(screening(risk=Risk.LOW, rules="rules-2"))  # a rescan

    detail = store.version(VersionKey("serde_json", "1.0.0", CHECKSUM))
    assert detail is not None
    assert [(s.rules_version, s.risk) for s in detail.screenings] == [
        ("rules-1", Risk.HIGH),
        ("rules-2", Risk.LOW),
    ]
    assert detail.screenings[0].signals == screening(risk=Risk.HIGH).signals
    assert detail.screenings[0].scan == {"verdict": "clean"}
    assert detail.version.risk is Risk.LOW and detail.version.state is TriageState.AUTO_CLEAN
    assert [(t.state, t.who) for t in detail.triage] == [
        (TriageState.NEEDS_REVIEW, SYSTEM),
        (TriageState.AUTO_CLEAN, SYSTEM),
    ]


def test_a_reviewers_decision_outlives_a_rescan(store: Store) -> None:
    key = VersionKey("serde_json", "1.0.0", CHECKSUM)
    store.record_event(published())
    store.save_screening(screening(risk=Risk.HIGH))
    store.set_triage(key, TriageState.CONFIRMED_MALICIOUS, "alice", "exfiltrates ~/.ssh")
    store.save_screening(screening(risk=Risk.NONE, rules="rules-2"))
    detail = store.version(key)
    assert detail is not None and detail.version.state is TriageState.CONFIRMED_MALICIOUS
    assert detail.triage[-1].who == "alice"


def test_a_screening_of_an_unreported_version_creates_it(store: Store) -> None:
    assert store.save_screening(screening("submitted", "0.1.0"))
    (row,) = store.crate_history("submitted")
    assert row.source == "screening" and row.risk is Risk.LOW


def test_the_triage_log_is_append_only(store: Store, clock: Clock) -> None:
    key = VersionKey("serde_json", "1.0.0", CHECKSUM)
    store.record_event(published())
    store.save_screening(screening(risk=Risk.MEDIUM))
    clock.advance(60)
    store.set_triage(key, TriageState.FALSE_POSITIVE, "alice", "the URL is the crate's docs")
    clock.advance(60)
    entry = store.set_triage(key, TriageState.NEEDS_REVIEW, "bob", "reopened: new evidence")
    assert entry.who == "bob" and entry.at == clock()

    detail = store.version(key)
    assert detail is not None
    assert [(t.state, t.who, t.why) for t in detail.triage] == [
        (TriageState.NEEDS_REVIEW, SYSTEM, "screened with rules rules-1: risk medium"),
        (TriageState.FALSE_POSITIVE, "alice", "the URL is the crate's docs"),
        (TriageState.NEEDS_REVIEW, "bob", "reopened: new evidence"),
    ]
    assert detail.version.state is TriageState.NEEDS_REVIEW
    # The database itself refuses to rewrite history, whoever asks.
    for statement in ("UPDATE triage_log SET who = 'mallory'", "DELETE FROM triage_log"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as c:
            c.execute(sa.text(statement))
    assert count(store, "triage_log") == 3


def test_triage_needs_a_known_version_and_a_reason(store: Store) -> None:
    key = VersionKey("serde_json", "1.0.0", CHECKSUM)
    with pytest.raises(ServiceStoreError, match=r"^store .*: no version serde_json 1\.0\.0"):
        store.set_triage(key, TriageState.FALSE_POSITIVE, "alice", "fine")
    store.record_event(published())
    with pytest.raises(ValueError, match="who made it and why"):
        store.set_triage(key, TriageState.FALSE_POSITIVE, "alice", " ")


# -- tokens, allowlist, advisories ------------------------------------------------------


def test_tokens_are_stored_hashed_and_checked(store: Store) -> None:
    reader = store.create_token("dashboard", Role.READER)
    admin = store.create_token("ops", Role.ADMIN)
    assert reader.secret != admin.secret and reader.secret.startswith("cwt_")
    assert store.check_token(reader.secret) is Role.READER
    assert store.check_token(admin.secret) is Role.ADMIN
    assert store.check_token("cwt_guess") is None
    assert Role.ADMIN.allows(Role.REVIEWER) and not Role.READER.allows(Role.REVIEWER)

    with store.engine.connect() as conn:
        stored = [
            str(value) for row in conn.execute(sa.text("SELECT * FROM tokens")) for value in row
        ]
    assert not any(reader.secret in v or admin.secret in v for v in stored)
    if store.dialect == "sqlite":
        path = Path(str(store.engine.url.database))
        for file in path.parent.glob(path.name + "*"):  # the database and its WAL
            assert reader.secret.encode() not in file.read_bytes()

    assert store.revoke_token(reader.id)
    assert not store.revoke_token(reader.id)
    assert store.check_token(reader.secret) is None
    assert [(t.name, t.revoked is not None) for t in store.tokens()] == [
        ("dashboard", True),
        ("ops", False),
    ]


def test_the_allowlist(store: Store) -> None:
    assert store.allow("Windows_Sys", who="alice", why="Microsoft's own crate")
    assert not store.allow("windows-sys", who="bob", why="again")
    assert store.allow("cc", version="1.0.83", who="alice", why="reviewed build.rs")
    assert store.is_allowed("windows_sys", "0.52.0")
    assert store.is_allowed("cc", "1.0.83") and not store.is_allowed("cc", "1.0.84")
    assert [(e.crate, e.version, e.who) for e in store.allowlist()] == [
        ("cc", "1.0.83", "alice"),
        ("windows-sys", None, "alice"),
    ]
    assert store.disallow("cc", version="1.0.83")
    assert not store.is_allowed("cc", "1.0.83")


def test_advisories_and_their_exposure(store: Store) -> None:
    advisory: dict[str, Any] = {"id": "RUSTSEC-2021-0003", "package": "smallvec"}
    with pytest.raises(ServiceStoreError, match="no advisory RUSTSEC-2021-0003"):
        store.set_exposures("RUSTSEC-2021-0003", [("smallvec", "0.6.13")])
    store.save_advisory("RUSTSEC-2021-0003", advisory)
    assert store.advisory("RUSTSEC-2021-0003") == advisory
    assert store.set_exposures("RUSTSEC-2021-0003", [("smallvec", "0.6.13"), ("SmallVec", "1.6.0")])
    assert store.exposures("RUSTSEC-2021-0003") == (("smallvec", "0.6.13"), ("smallvec", "1.6.0"))
    assert store.set_exposures("RUSTSEC-2021-0003", [("smallvec", "1.6.0")]) == 1
    assert store.advisories_exposing("smallvec", "1.6.0") == ("RUSTSEC-2021-0003",)
    assert store.advisories_exposing("smallvec", "0.6.13") == ()


def test_jobs_are_counted_by_state(store: Store) -> None:
    store.record_event(published())
    assert store.job_counts()[JobState.QUEUED] == 1


# -- the API's list over a million versions ---------------------------------------------

MILLION = 1_000_000


def _fill_million(store: Store) -> None:
    """A million versions written by the database itself (the ORM-free way is 100 times
    faster than inserting from Python): 1 % need review, 0.5 % are high-risk."""
    state = "CASE WHEN i % 100 = 0 THEN 'needs-review' ELSE 'auto-clean' END"
    risk = "CASE WHEN i % 200 = 0 THEN 3 ELSE i % 2 END"
    if store.dialect == "sqlite":
        sql = f"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {MILLION})
            INSERT INTO versions (name, crate, version, checksum, first_seen, source, yanked,
                                  risk_rank, state)
            SELECT 'crate' || (i % 20000), 'crate' || (i % 20000), '1.0.' || i, '',
                   datetime(1700000000 + i * 60, 'unixepoch') || '.000000', 'git-index', 0,
                   {risk}, {state}
            FROM n"""
    else:
        sql = f"""
            INSERT INTO versions (name, crate, version, checksum, first_seen, source, yanked,
                                  risk_rank, state)
            SELECT 'crate' || (i % 20000), 'crate' || (i % 20000), '1.0.' || i, '',
                   to_timestamp(1700000000 + i * 60), 'git-index', false, {risk}, {state}
            FROM generate_series(1, {MILLION}) AS i"""
    with store.engine.begin() as conn:
        conn.execute(sa.text(sql))
    with store.engine.connect() as conn:
        # Fresh statistics, as autovacuum (PostgreSQL) or ANALYZE (SQLite) would keep.
        conn.exec_driver_sql("ANALYZE")
        conn.commit()


def _plan(store: Store, query: sa.Select[Any]) -> str:
    with store.engine.connect() as conn:
        compiled = query.compile(dialect=conn.dialect)
        raw = compiled.construct_params()

        def value(name: str) -> Any:
            processor = compiled.binds[name].type.bind_processor(conn.dialect)
            return processor(raw[name]) if processor else raw[name]

        if store.dialect == "sqlite":
            assert compiled.positiontup is not None
            params: Any = tuple(value(name) for name in compiled.positiontup)
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
            return "\n".join(str(row[-1]) for row in rows)
        params = {name: value(name) for name in raw}
        return "\n".join(str(row[0]) for row in conn.exec_driver_sql(f"EXPLAIN {compiled}", params))


def test_the_version_list_over_a_million_rows_uses_indexes(store: Store) -> None:
    _fill_million(store)
    assert count(store, "versions") == MILLION
    page = store.versions(VersionFilter(state=TriageState.NEEDS_REVIEW), limit=3)
    cursor = page.cursor
    assert cursor is not None and len(page.items) == 3
    since = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    # Each filter and the indexes that may serve it: the planner picks among them by
    # its statistics (for a crate's 50 versions, PostgreSQL sorts what the unique index
    # finds; for a rare risk, SQLite walks the time index), and never reads the table.
    cases = [
        (VersionFilter(), {"ix_versions_first_seen_id"}),
        (VersionFilter(since=since), {"ix_versions_first_seen_id"}),
        (VersionFilter(state=TriageState.NEEDS_REVIEW), {"ix_versions_state_first_seen_id"}),
        (
            VersionFilter(crate="crate7"),
            {"ix_versions_crate_first_seen_id", "uq_versions_crate_version_checksum"},
        ),
        (
            VersionFilter(risk=Risk.HIGH),
            {"ix_versions_risk_rank_first_seen_id", "ix_versions_first_seen_id"},
        ),
    ]
    for filters, indexes in cases:
        for page_cursor in (None, cursor):
            plan = _plan(store, store.versions_query(filters, limit=50, cursor=page_cursor))
            assert any(index in plan for index in indexes), (filters, plan)
            assert "Seq Scan" not in plan, plan
            assert not re.search(r"^SCAN versions$", plan, re.MULTILINE), plan


def test_the_cli_starts_without_the_store_libraries() -> None:
    import subprocess
    import sys

    code = (
        "import sys, cratewatch.cli.main\n"
        "loaded = {'sqlalchemy', 'psycopg', 'alembic'} & {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(loaded))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_screening_s_notifications_are_queued_with_it_once(store: Store) -> None:
    """Saved in the screening's transaction: a worker killed after the save cannot lose
    them, and a screening saved again (already done by these rules) queues none."""
    from cratewatch.service.queue import NOTIFY

    assert store.record_event(published())
    job = store.claim()
    assert job is not None
    note = [("needs-review serde_json 1.0.0 webhook-0", "webhook-0", {"kind": "needs-review"})]
    assert store.save_screening(screening(risk=Risk.HIGH), job=job, notifications=note)
    assert not store.save_screening(screening(risk=Risk.HIGH), notifications=note)
    sent = store.claim([NOTIFY])
    assert sent is not None and sent.payload["channel"] == "webhook-0"
    assert store.claim([NOTIFY]) is None
