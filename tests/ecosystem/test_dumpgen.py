"""Generated crates.io database dumps: the real layout, row contents, consistency, scale shape."""

from __future__ import annotations

import csv
import io
import json
import re
import tarfile
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cratewatch.errors import VersionError
from cratewatch.model.version import Version, VersionReq
from testdata.dumpgen import DumpStats, dump_from_index_records, synthetic_dump
from tests.conftest import INDEX_SUBSET, require
from tests.ecosystem.support import index_dep, index_record

COLUMNS = {
    "crates": "created_at,description,documentation,downloads,homepage,id,max_features,"
    "max_upload_size,name,readme,repository,updated_at",
    "versions": "bin_names,checksum,crate_id,crate_size,created_at,downloads,edition,features,"
    "has_lib,id,license,links,num,published_by,rust_version,updated_at,yanked",
    "dependencies": "crate_id,default_features,explicit_name,features,id,kind,optional,req,"
    "target,version_id",
    "crate_owners": "crate_id,created_at,created_by,owner_id,owner_kind",
    "users": "gh_avatar,gh_id,gh_login,id,name",
    "teams": "avatar,github_id,id,login,name,org_id",
    "version_downloads": "date,downloads,version_id",
}
STAMP = datetime(2020, 10, 1, 2, 0, 1, tzinfo=UTC)
TOP = "2020-10-01-020001"
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{0,5}[1-9])?")

Row = dict[str, str]


RECORDS = [
    # serde's versions are out of order: created_at must follow semver order.
    index_record("serde", "1.0.0", [], features={"default": ["std"], "std": []}, cksum="a" * 64),
    index_record("serde", "0.9.0", [], cksum="b" * 64),
    index_record("serde", "1.0.1", [], yanked=True, cksum="c" * 64),
    index_record("serde", "1.0.0", [], cksum="d" * 64),  # a repeat: the first record wins
    index_record("serde_derive", "1.0.0", [index_dep("serde", "^1.0", kind="dev")]),
    index_record("serde_json", "1.0.0", [index_dep("serde", "^1.0.100")]),
    index_record("serde-yaml", "0.8.0", [index_dep("serde", "1")]),
    index_record("serde_cbor", "0.11.0", [index_dep("serde", "1")]),
    index_record(
        "app",
        "0.1.0",
        [
            # renamed: `ser = { package = "serde", ... }`
            index_dep(
                "ser", "1", package="serde", features=["derive", "std"], default_features=False
            ),
            # no "kind" (old index entries): normal; optional and target-specific
            index_dep("serde_derive", "=1.0.0", kind=..., optional=True, target="cfg(windows)"),
            # quotes in the target; features [""] as in the 2020 index
            index_dep(
                "serde-json", "*", kind="build", target='cfg(target_os = "linux")', features=[""]
            ),
            index_dep("winapi", "0.3"),  # not among the records: dropped
            index_dep("serde", "1", registry="https://example.com/index"),  # another registry
            index_dep(
                "serde_cbor", "0.11", registry="https://github.com/rust-lang/crates.io-index"
            ),
        ],
        features={"default": []},
        features2={"yaml": ["dep:serde-yaml", "serde?/std"]},
        links="app",
    ),
]


def _read(dump: Path) -> tuple[list[str], dict[str, Any], dict[str, tuple[str, list[Row]]], bytes]:
    """Member names, metadata, each table's header line and rows, README."""
    tables: dict[str, tuple[str, list[Row]]] = {}
    with tarfile.open(dump, "r:gz") as tar:
        names = tar.getnames()
        metadata = json.loads(_member(tar, f"{names[0]}/metadata.json"))
        readme = _member(tar, f"{names[0]}/README.md")
        for name in names:
            if name.endswith(".csv"):
                text = _member(tar, name).decode()
                header = text.split("\n", 1)[0]
                rows = list(csv.DictReader(io.StringIO(text, newline="")))
                tables[name.rsplit("/", 1)[1].removesuffix(".csv")] = (header, rows)
    return names, metadata, tables, readme


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    handle = tar.extractfile(name)
    assert handle is not None
    return handle.read()


def _csv_bytes(dump: Path) -> dict[str, bytes]:
    with tarfile.open(dump, "r:gz") as tar:
        return {m.name: _member(tar, m.name) for m in tar.getmembers() if m.isfile()}


def _by(rows: list[Row], key: str) -> dict[str, Row]:
    return {row[key]: row for row in rows}


@pytest.fixture(scope="module")
def index_dump(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DumpStats]:
    out = tmp_path_factory.mktemp("index") / "db-dump.tar.gz"
    stats = dump_from_index_records(iter(RECORDS), out, seed=7, timestamp=STAMP)
    return out, stats


def test_index_dump_layout(index_dump: tuple[Path, DumpStats]) -> None:
    dump, stats = index_dump
    names, metadata, tables, readme = _read(dump)
    assert names[0] == TOP
    assert all(n == TOP or n.startswith(f"{TOP}/") for n in names)
    assert {f"{TOP}/metadata.json", f"{TOP}/README.md"} <= set(names)
    assert metadata["timestamp"] == "2020-10-01T02:00:01Z"
    assert re.fullmatch(r"[0-9a-f]{40}", metadata["crates_io_commit"])
    assert b"crates.io" in readme
    assert {name: header for name, (header, _) in tables.items()} == COLUMNS
    assert stats == DumpStats(
        crates=6,
        versions=8,
        dependencies=8,
        dropped_dependencies=2,
        users=stats.users,
        teams=stats.teams,
        owners=len(tables["crate_owners"][1]),
    )
    assert stats.users == len(tables["users"][1]) and stats.teams == len(tables["teams"][1])
    assert stats.teams >= 1


def test_index_dump_rows(index_dump: tuple[Path, DumpStats]) -> None:
    _, _, tables, _ = _read(index_dump[0])
    crates = _by(tables["crates"][1], "name")
    assert set(crates) == {"serde", "serde_derive", "serde_json", "serde-yaml", "serde_cbor", "app"}
    crate_name = {row["id"]: name for name, row in crates.items()}
    versions = tables["versions"][1]
    by_crate: dict[str, list[Row]] = defaultdict(list)
    for row in versions:
        by_crate[crate_name[row["crate_id"]]].append(row)
    serde = sorted(by_crate["serde"], key=lambda r: r["created_at"])
    assert [r["num"] for r in serde] == ["0.9.0", "1.0.0", "1.0.1"]  # semver order in time
    assert [r["yanked"] for r in serde] == ["f", "f", "t"]
    assert [r["checksum"] for r in serde] == ["b" * 64, "a" * 64, "c" * 64]
    assert json.loads(serde[1]["features"]) == {"default": ["std"], "std": []}
    assert serde[1]["features"] == '{"std": [], "default": ["std"]}'  # as jsonb prints it
    (app,) = by_crate["app"]
    assert json.loads(app["features"]) == {
        "default": [],
        "yaml": ["dep:serde-yaml", "serde?/std"],
    }
    assert app["links"] == "app" and serde[0]["links"] == ""
    for row in versions:
        assert TIMESTAMP.fullmatch(row["created_at"]) and TIMESTAMP.fullmatch(row["updated_at"])
        assert row["bin_names"] == "" or re.fullmatch(r"\{[^{}]*\}", row["bin_names"])
        assert int(row["downloads"]) >= 0 and row["has_lib"] in ("", "t", "f")

    deps = tables["dependencies"][1]
    version_of = {row["id"]: row for row in versions}
    app_deps = [d for d in deps if version_of[d["version_id"]]["crate_id"] == app["crate_id"]]
    assert [d["id"] for d in app_deps] == sorted((d["id"] for d in app_deps), key=int)
    renamed, derive, json_, cbor = app_deps
    assert crate_name[renamed["crate_id"]] == "serde"
    assert renamed["explicit_name"] == "ser"
    assert (renamed["features"], renamed["default_features"]) == ("{derive,std}", "f")
    assert (renamed["kind"], renamed["optional"], renamed["target"]) == ("0", "f", "")
    assert crate_name[derive["crate_id"]] == "serde_derive"
    assert (derive["kind"], derive["optional"], derive["target"]) == ("0", "t", "cfg(windows)")
    assert (derive["req"], derive["explicit_name"], derive["features"]) == ("=1.0.0", "", "{}")
    # `serde-json` names crate `serde_json`: crates.io names ignore - and _ differences.
    assert crate_name[json_["crate_id"]] == "serde_json"
    assert (json_["kind"], json_["target"], json_["features"]) == (
        "1",
        'cfg(target_os = "linux")',
        '{""}',
    )
    assert crate_name[cbor["crate_id"]] == "serde_cbor" and cbor["req"] == "0.11"
    (dev,) = [
        d
        for d in deps
        if version_of[d["version_id"]]["crate_id"] == by_crate["serde_derive"][0]["crate_id"]
    ]
    assert (dev["kind"], dev["req"], crate_name[dev["crate_id"]]) == ("2", "^1.0", "serde")


def test_index_dump_quoting(index_dump: tuple[Path, DumpStats]) -> None:
    data = _csv_bytes(index_dump[0])
    dependencies = data[f"{TOP}/data/dependencies.csv"].decode()
    assert '"cfg(target_os = ""linux"")"' in dependencies
    assert '"{derive,std}"' in dependencies
    assert ',"{""""}",' in dependencies  # {""} quoted for CSV
    assert ",{}," in dependencies  # no quotes where none are needed
    assert "\r" not in dependencies and dependencies.endswith("\n")


def test_index_dump_consistency(index_dump: tuple[Path, DumpStats]) -> None:
    _, _, tables, _ = _read(index_dump[0])
    crates = _by(tables["crates"][1], "id")
    versions = _by(tables["versions"][1], "id")
    users = _by(tables["users"][1], "id")
    teams = _by(tables["teams"][1], "id")
    assert sorted(map(int, crates)) == list(range(1, len(crates) + 1))
    assert sorted(map(int, versions)) == list(range(1, len(versions) + 1))
    deps = tables["dependencies"][1]
    assert [int(d["id"]) for d in deps] == list(range(1, len(deps) + 1))
    assert [int(d["version_id"]) for d in deps] == sorted(int(d["version_id"]) for d in deps)
    for dep in deps:
        assert dep["version_id"] in versions and dep["crate_id"] in crates
    for version in versions.values():
        assert version["crate_id"] in crates
        assert version["published_by"] == "" or version["published_by"] in users
    # Versions ids follow publication time; crate ids follow creation.
    by_id = [versions[str(i)]["created_at"] for i in range(1, len(versions) + 1)]
    assert by_id == sorted(by_id)
    created = [crates[str(i)]["created_at"] for i in range(1, len(crates) + 1)]
    assert created == sorted(created)
    # A crate's downloads are its versions' sum; recent daily rows stay below the total.
    total: Counter[str] = Counter()
    for version in versions.values():
        total[version["crate_id"]] += int(version["downloads"])
    assert {c: int(row["downloads"]) for c, row in crates.items()} == dict(total)
    recent: Counter[str] = Counter()
    for row in tables["version_downloads"][1]:
        assert re.fullmatch(r"2020-09-(2[89]|30)", row["date"])
        recent[row["version_id"]] += int(row["downloads"])
    assert tables["version_downloads"][1]
    for version_id, count in recent.items():
        assert 0 < count < int(versions[version_id]["downloads"])
    # Owners: 1-3 users per crate, teams only as owner_kind 1.
    owners: dict[str, list[Row]] = defaultdict(list)
    for row in tables["crate_owners"][1]:
        owners[row["crate_id"]].append(row)
        assert row["owner_id"] in (users if row["owner_kind"] == "0" else teams)
        assert row["owner_kind"] in ("0", "1") and row["created_by"] in users
        assert row["created_at"] >= crates[row["crate_id"]]["created_at"]
    assert set(owners) == set(crates)
    for rows in owners.values():
        assert 1 <= sum(r["owner_kind"] == "0" for r in rows) <= 3
    assert any(r["owner_kind"] == "1" for rows in owners.values() for r in rows)
    # The serde family mostly shares its first crate's owner.
    primary = {c: rows[0]["owner_id"] for c, rows in owners.items()}
    by_name = {row["name"]: c for c, row in crates.items()}
    family = ["serde_derive", "serde_json", "serde-yaml", "serde_cbor"]
    assert sum(primary[by_name[n]] == primary[by_name["serde"]] for n in family) >= 2
    for user in users.values():
        assert user["gh_avatar"] == f"https://avatars.githubusercontent.com/u/{user['gh_id']}?v=4"
    for team in teams.values():
        assert re.fullmatch(r"github:[^:]+:[^:]+", team["login"])


def test_index_dump_is_deterministic(index_dump: tuple[Path, DumpStats], tmp_path: Path) -> None:
    again = dump_from_index_records(RECORDS, tmp_path / "a.tar.gz", seed=7, timestamp=STAMP)
    assert again == index_dump[1]
    assert (tmp_path / "a.tar.gz").read_bytes() == index_dump[0].read_bytes()
    dump_from_index_records(RECORDS, tmp_path / "b.tar.gz", seed=8, timestamp=STAMP)
    first, other = _csv_bytes(index_dump[0]), _csv_bytes(tmp_path / "b.tar.gz")
    assert first.keys() == other.keys()
    assert first[f"{TOP}/data/crates.csv"] != other[f"{TOP}/data/crates.csv"]


def test_index_dump_default_time_and_empty_input(tmp_path: Path) -> None:
    stats = dump_from_index_records([], tmp_path / "empty.tar.gz")
    assert (stats.crates, stats.versions, stats.dependencies) == (0, 0, 0)
    names, metadata, tables, _ = _read(tmp_path / "empty.tar.gz")
    assert metadata["timestamp"] == "2025-06-01T02:00:01Z" and names[0] == "2025-06-01-020001"
    assert {name: header for name, (header, _) in tables.items()} == COLUMNS
    assert all(not rows for name, (_, rows) in tables.items() if name not in ("users", "teams"))


def test_index_subset(tmp_path: Path) -> None:
    records = [
        json.loads(line)
        for file in sorted(require(INDEX_SUBSET).rglob("*"))
        if file.is_file() and file.name != "config.json"
        for line in file.read_text().splitlines()
        if line.strip()
    ]
    stats = dump_from_index_records(records, tmp_path / "subset.tar.gz")
    assert stats.crates == len({r["name"] for r in records})
    assert stats.versions == len({(r["name"], r["vers"]) for r in records})
    assert stats.dependencies + stats.dropped_dependencies == sum(len(r["deps"]) for r in records)
    # The subset holds 784 of the 43,451 crates: dependencies on the others are dropped.
    assert 0 < stats.dropped_dependencies < stats.dependencies / 3
    _, _, tables, _ = _read(tmp_path / "subset.tar.gz")
    renamed = [d for d in tables["dependencies"][1] if d["explicit_name"]]
    assert renamed  # the real index renames dependencies (`package = ...`)


# -- synthetic_dump ---------------------------------------------------------------------

CRATES, VERSIONS, DEPENDENCIES = 300, 2_000, 15_000


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DumpStats]:
    out = tmp_path_factory.mktemp("synthetic") / "db-dump.tar.gz"
    stats = synthetic_dump(out, crates=CRATES, versions=VERSIONS, dependencies=DEPENDENCIES, seed=3)
    return out, stats


def _parse_req(text: str) -> VersionReq:
    return VersionReq.parse(text)


def test_synthetic_counts_and_layout(synthetic: tuple[Path, DumpStats]) -> None:
    dump, stats = synthetic
    names, metadata, tables, _ = _read(dump)
    assert {name: header for name, (header, _) in tables.items()} == COLUMNS
    assert names[0] == "2025-06-01-020001" and metadata["timestamp"] == "2025-06-01T02:00:01Z"
    assert (stats.crates, stats.versions, stats.dependencies) == (CRATES, VERSIONS, DEPENDENCIES)
    assert len(tables["crates"][1]) == CRATES
    assert len(tables["versions"][1]) == VERSIONS
    assert len(tables["dependencies"][1]) == DEPENDENCIES
    assert len(tables["crate_owners"][1]) == stats.owners
    assert (len(tables["users"][1]), len(tables["teams"][1])) == (stats.users, stats.teams)
    assert tables["version_downloads"][1]


def test_synthetic_ids_and_versions(synthetic: tuple[Path, DumpStats]) -> None:
    _, _, tables, _ = _read(synthetic[0])
    crates = _by(tables["crates"][1], "id")
    versions = _by(tables["versions"][1], "id")
    deps = tables["dependencies"][1]
    assert [int(d["id"]) for d in deps] == list(range(1, DEPENDENCIES + 1))
    for dep in deps:
        assert dep["version_id"] in versions and dep["crate_id"] in crates
        assert dep["kind"] in ("0", "1", "2")
        assert dep["optional"] in ("t", "f") and dep["default_features"] in ("t", "f")
        assert re.fullmatch(r"\{([^{}\",]+(,[^{}\",]+)*)?\}", dep["features"])
        if dep["kind"] == "2":
            assert dep["optional"] == "f"
    per_crate: dict[str, list[Row]] = defaultdict(list)
    for version in versions.values():
        assert version["crate_id"] in crates
        assert re.fullmatch(r"[0-9a-f]{64}", version["checksum"])
        assert version["yanked"] in ("t", "f") and TIMESTAMP.fullmatch(version["created_at"])
        features = json.loads(version["features"])
        assert isinstance(features, dict)
        per_crate[version["crate_id"]].append(version)
    assert set(per_crate) == set(crates)
    for crate_id, rows in per_crate.items():
        rows.sort(key=lambda r: int(r["id"]))
        numbers = [Version.parse(r["num"]) for r in rows]
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
        times = [r["created_at"] for r in rows]
        assert times == sorted(times) and times[0] == crates[crate_id]["created_at"]
        assert sum(int(r["downloads"]) for r in rows) == int(crates[crate_id]["downloads"])
    nums = [r["num"] for r in versions.values()]
    yanked = sum(r["yanked"] == "t" for r in versions.values()) / VERSIONS
    assert 0.01 < yanked < 0.06
    assert 0.005 < sum("-" in n for n in nums) / VERSIONS < 0.06
    assert sum(n.startswith(("0.", "1.")) for n in nums) / VERSIONS > 0.6
    counts = sorted(len(rows) for rows in per_crate.values())
    assert counts[len(counts) // 4] <= 2 and counts[len(counts) // 2] <= 5
    assert counts[-1] >= 40  # a few crates with many versions


def test_synthetic_dependencies_look_real(synthetic: tuple[Path, DumpStats]) -> None:
    _, _, tables, _ = _read(synthetic[0])
    versions = _by(tables["versions"][1], "id")
    crates = _by(tables["crates"][1], "id")
    deps = tables["dependencies"][1]
    parsed: dict[str, list[Version]] = defaultdict(list)
    for version in versions.values():
        parsed[version["crate_id"]].append(Version.parse(version["num"]))
    matched = 0
    for dep in deps:
        try:
            req = _parse_req(dep["req"])
        except VersionError:  # pragma: no cover - reported by the assertion below
            pytest.fail(f"unparsable requirement {dep['req']!r}")
        matched += any(req.matches(v) for v in parsed[dep["crate_id"]])
    assert matched / len(deps) > 0.95
    kinds = Counter(d["kind"] for d in deps)
    assert 0.65 < kinds["0"] / len(deps) < 0.85 and 0.1 < kinds["2"] / len(deps) < 0.3
    assert 0.02 < sum(d["optional"] == "t" for d in deps) / len(deps) < 0.15
    targets = Counter(d["target"] for d in deps if d["target"])
    assert 0.01 < sum(targets.values()) / len(deps) < 0.1
    styles = Counter(re.sub(r"\d+", "N", d["req"]) for d in deps)
    for style in ("N.N.N", "^N.N.N", "N.N", "=N.N.N", "~N.N.N", "*", "N.N.*"):
        assert styles[style] > 0, style
    assert any(s.startswith(">=N.N, <") for s in styles)
    # Normal and build dependencies point to older crates (ids follow creation).
    for dep in deps:
        source = versions[dep["version_id"]]["crate_id"]
        if dep["kind"] != "2":
            assert int(dep["crate_id"]) < int(source)
        assert dep["crate_id"] != source
    # Reverse dependencies are heavy-tailed: the top 1% of crates hold a large share.
    dependents: dict[str, set[str]] = defaultdict(set)
    for dep in deps:
        dependents[dep["crate_id"]].add(versions[dep["version_id"]]["crate_id"])
    incoming = sorted((len(s) for s in dependents.values()), reverse=True)
    top = max(1, len(crates) // 100)
    assert sum(incoming[:top]) / sum(incoming) > 0.1  # ten times a uniform share
    assert sum(incoming[: 10 * top]) / sum(incoming) > 0.4
    with_deps = {versions[d["version_id"]]["crate_id"] for d in deps}
    assert incoming[0] / len(with_deps) > 0.25  # a serde: in a good part of all crates


def test_synthetic_names_and_owners(synthetic: tuple[Path, DumpStats]) -> None:
    _, _, tables, _ = _read(synthetic[0])
    names = [row["name"] for row in tables["crates"][1]]
    assert len({n.replace("_", "-") for n in names}) == len(names)
    for name in names:
        assert re.fullmatch(r"[a-z][a-z0-9]*([-_][a-z0-9]+)*", name) and len(name) <= 64
    assert any("-" in n for n in names) and any("_" in n for n in names)
    owners: dict[str, int] = Counter(
        r["crate_id"] for r in tables["crate_owners"][1] if r["owner_kind"] == "0"
    )
    assert len(owners) == CRATES and set(owners.values()) <= {1, 2, 3}
    per_user = Counter(r["owner_id"] for r in tables["crate_owners"][1] if r["owner_kind"] == "0")
    assert max(per_user.values()) >= 5  # a few prolific owners


def test_synthetic_is_deterministic(synthetic: tuple[Path, DumpStats], tmp_path: Path) -> None:
    again = synthetic_dump(
        tmp_path / "again.tar.gz",
        crates=CRATES,
        versions=VERSIONS,
        dependencies=DEPENDENCIES,
        seed=3,
    )
    assert again == synthetic[1]
    assert (tmp_path / "again.tar.gz").read_bytes() == synthetic[0].read_bytes()


def test_synthetic_edge_sizes(tmp_path: Path) -> None:
    stats = synthetic_dump(tmp_path / "one.tar.gz", crates=1, versions=1, dependencies=0)
    assert (stats.crates, stats.versions, stats.dependencies) == (1, 1, 0)
    stats = synthetic_dump(tmp_path / "flat.tar.gz", crates=5, versions=5, dependencies=10)
    _, _, tables, _ = _read(tmp_path / "flat.tar.gz")
    assert len(tables["dependencies"][1]) == 10 and len(tables["versions"][1]) == 5
    with pytest.raises(ValueError, match="versions"):
        synthetic_dump(tmp_path / "x.tar.gz", crates=10, versions=5, dependencies=0)
    with pytest.raises(ValueError, match="dependencies"):
        synthetic_dump(tmp_path / "x.tar.gz", crates=3, versions=3, dependencies=100)
    with pytest.raises(ValueError, match="crate"):
        synthetic_dump(tmp_path / "x.tar.gz", crates=0, versions=0, dependencies=0)
    assert not (tmp_path / "x.tar.gz").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flat.tar.gz", "one.tar.gz"]


def test_the_dump_reader_loads_generated_dumps(
    synthetic: tuple[Path, DumpStats], index_dump: tuple[Path, DumpStats]
) -> None:
    from cratewatch.ecosystem.dump_source import read_dump

    for dump, stats in (synthetic, index_dump):
        raw, meta = read_dump(dump)
        assert len(raw.crate_names) == stats.crates
        assert len(raw.ver_nums) == stats.versions
        assert len(raw.dep_from) == stats.dependencies
        assert len(raw.owner_crate) == stats.owners
        assert meta["dump_timestamp"]


def test_the_generator_is_a_script_beside_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    from cratewatch.ecosystem.ingest import ingest_dump
    from testdata.generate_dump import main
    from tests.cli.test_audit_cli import run
    from tests.conftest import PROJECT_ROOT
    from tests.ecosystem.support import write_index

    index = write_index(
        [index_record("a", "1.0.0", [index_dep("b", "^1")]), index_record("b", "1.2.0", [])],
        tmp_path / "index",
    )
    out = tmp_path / "db-dump.tar.gz"
    assert main([str(out), "--from-index", str(index)]) == 0
    assert capsys.readouterr().out == f"{out}: 2 crates, 2 versions, 1 dependency rows\n"
    assert ingest_dump(out, tmp_path / "store")["dependencies"] == 1
    assert main([str(tmp_path / "x.tar.gz"), "--crates", "0"]) == 2
    assert capsys.readouterr().err.startswith("error: synthetic_dump: at least one crate")

    done = subprocess.run(
        [sys.executable, "-m", "testdata.generate_dump", "--help"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--from-index" in done.stdout
    assert not (PROJECT_ROOT / "src" / "cratewatch" / "ecosystem" / "dumpgen.py").exists()
    assert run("ecosystem", "generate-dump", str(tmp_path / "y.tar.gz")).exit_code == 2
