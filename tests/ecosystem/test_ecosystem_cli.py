"""``cratewatch ecosystem`` on the real index subset: every source, every command, errors."""

from __future__ import annotations

import contextlib
import itertools
import json
from pathlib import Path

import pytest

from cratewatch.cli.main import main
from cratewatch.ecosystem.store import Store
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.conftest import ADVISORY_DB, INDEX_SUBSET, PROJECT_ROOT, check_golden, require
from tests.registry.support import make_tar, serving

GOLDEN = PROJECT_ROOT / "tests" / "ecosystem" / "golden"


@pytest.fixture(scope="module")
def subset_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("eco") / "store"
    result = run("ecosystem", "ingest", "--index", require(INDEX_SUBSET), "--store", store)
    assert result.exit_code == 0, result.stderr
    assert "784 crates, 17,360 versions, 74,988 dependency rows" in result.output
    return store


def _check_golden(name: str, text: str) -> None:
    check_golden(GOLDEN / name, text.replace(str(INDEX_SUBSET.resolve()), "<INDEX_SUBSET>"))


def _json(*args: str | Path) -> dict:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document: dict = json.loads(result.stdout)
    return document


def test_exposure_of_an_advisory_golden(subset_store: Path) -> None:
    args = ("ecosystem", "exposure", "RUSTSEC-2021-0003", "--store", subset_store)
    db = ("--db", require(ADVISORY_DB), "--top", "3")
    human = run(*args, *db)
    assert human.exit_code == 0, human.stderr
    _check_golden("exposure-RUSTSEC-2021-0003.txt", human.output)
    document = _json(*args, *db)
    latest_features = _json(*args, *db, "--latest", "--mode", "features")
    _check_golden(
        "exposure-RUSTSEC-2021-0003-latest-features.json",
        json.dumps(latest_features, indent=2) + "\n",
    )
    versions = document["exposed_versions_list"]
    assert document["exposed_versions"] == sum(len(v) for v in versions.values())
    assert sorted(versions) == document["exposed_crates_list"]
    for key in (
        "exposed_crates",
        "latest_exposed_crates",
        "direct_dependent_crates",
    ):
        assert document[key] == len(document[f"{key}_list"])
    assert document["affected_versions_list"][0] == "0.6.3"


def test_exposure_of_a_withdrawn_advisory_says_so(subset_store: Path) -> None:
    # RUSTSEC-2020-0053 (dirs unmaintained) was withdrawn on 2021-04-19.
    args = ("ecosystem", "exposure", "RUSTSEC-2020-0053", "--store", subset_store)
    db = ("--db", require(ADVISORY_DB))
    human = run(*args, *db)
    assert human.exit_code == 0, human.stderr
    assert human.output.splitlines()[1] == (
        "  WITHDRAWN on 2021-04-19: the advisory no longer stands; below is what it would reach"
    )
    assert _json(*args, *db)["withdrawn"] == "2021-04-19"
    standing = ("ecosystem", "exposure", "RUSTSEC-2021-0003", "--store", subset_store, *db)
    assert _json(*standing)["withdrawn"] is None
    assert "WITHDRAWN" not in run(*standing).output


def test_feature_aware_search_reports_progress(
    subset_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from cratewatch.ecosystem.exposure import ExposureOptions, Mode, affected_mask, propagate

    store = Store(subset_store)
    crate = store.crate_id("smallvec")
    assert crate is not None
    affected = affected_mask(store, crate, lambda _v: True)
    seen: list[tuple[str, int | None, int | None]] = []
    propagate(store, crate, affected, ExposureOptions(Mode.FEATURES), lambda *c: seen.append(c))
    reached = [done for stage, done, _ in seen if stage.startswith("feature-aware search")]
    assert len(reached) >= 2 and reached == sorted(reached)  # one per round at least
    propagate(store, crate, affected, ExposureOptions(), lambda *c: seen.append(c))
    assert len(seen) == len(reached)  # the quick modes say nothing

    def on_a_terminal(*extra: str) -> str:
        err = io.StringIO()
        err.isatty = lambda: True  # type: ignore[method-assign]
        monkeypatch.setattr("sys.stderr", err)
        base = ("ecosystem", "exposure", "--crate", "smallvec", "--affected", "*")
        with contextlib.redirect_stdout(io.StringIO()):
            assert main([*base, "--store", str(subset_store), "--mode", "features", *extra]) == 0
        return err.getvalue()

    shown = on_a_terminal()
    assert "feature-aware search: versions reached" in shown
    assert shown.endswith("\r")  # the line is cleared at the end
    assert on_a_terminal("-q") == ""


def test_exposure_modes_narrow(subset_store: Path) -> None:
    base = ("ecosystem", "exposure", "--crate", "smallvec", "--affected", "<0.6.14")
    counts = {
        mode: _json(*base, "--store", subset_store, "--mode", mode)["exposed_crates"]
        for mode in ("conservative", "no-optional", "features")
    }
    assert counts["no-optional"] <= counts["features"] < counts["conservative"]
    alias = _json(*base, "--store", subset_store, "--no-optional")
    assert alias["exposed_crates"] == counts["no-optional"]
    latest = _json(*base, "--store", subset_store, "--latest", "--no-yanked")
    assert latest["latest_only"] and not latest["include_yanked"]
    assert latest["exposed_crates"] == latest["latest_exposed_crates"]


def test_chain_for_a_named_crate(subset_store: Path) -> None:
    args = ("ecosystem", "exposure", "--crate", "smallvec", "--affected", "<0.6.14")
    document = _json(*args, "--store", subset_store, "--chain", "crossbeam-channel@0.3.8")
    chain = document["chain"]
    assert [step["crate"] for step in chain] == ["crossbeam-channel", "smallvec"]
    assert chain[0]["requirement"] == "^0.6.2" and chain[-1]["requirement"] is None
    text = run(*args, "--store", subset_store, "--chain", "crossbeam-channel").output
    assert "Chain:\n  crossbeam-channel 0.3.8 -(^0.6.2)-> smallvec 0.6.13" in text
    # 0.3.9 dropped smallvec: not exposed, so no chain
    unexposed = _json(*args, "--store", subset_store, "--chain", "crossbeam-channel@0.3.9")
    assert unexposed["chain"] == []


def test_dependents_and_dependencies(subset_store: Path) -> None:
    store = ("--store", subset_store)
    dependents = _json("ecosystem", "dependents", "smallvec", "--version", "0.6.13", *store)
    names = {d["crate"] for d in dependents["dependents_list"]}
    assert {"crossbeam-channel", "parking_lot_core"} <= names
    assert dependents["dependents"] == len(names)
    everything = _json("ecosystem", "dependents", "smallvec", "--transitive", *store)
    assert everything["transitive_dependents"] >= everything["dependents"]

    deps = _json("ecosystem", "dependencies", "regex", "--version", "1.3.9", *store)
    by_crate = {d["crate"]: d for d in deps["dependencies_list"]}
    assert by_crate["regex-syntax"]["resolves_to"] == "0.6.18"
    assert by_crate["memchr"]["optional"] is True
    deep = _json("ecosystem", "dependencies", "tokio", "--transitive", *store)
    assert max(d["depth"] for d in deep["dependencies_list"]) >= 2


def test_rank(subset_store: Path) -> None:
    document = _json("ecosystem", "rank", "--top", "5", "--store", subset_store)
    crates = document["crates"]
    assert len(crates) == 5 and crates[0]["rank"] == 1
    assert {c["crate"] for c in crates} & {"libc", "serde", "proc-macro2", "quote", "syn"}
    assert all(a["score"] >= b["score"] for a, b in itertools.pairwise(crates))
    assert "downloads" not in {s["name"] for s in document["signals"]}


def test_archive_and_directory_ingest_agree(tmp_path: Path) -> None:
    root = require(INDEX_SUBSET)
    files = {"index/config.json": (root / "config.json").read_bytes()}
    for file in sorted((root / "se").rglob("*")):
        if file.is_file():
            files[f"index/{file.relative_to(root)}"] = file.read_bytes()
    archive = make_tar(tmp_path / "index.tar.gz", files)
    result = run("ecosystem", "ingest", "--index", archive, "--store", tmp_path / "s")
    assert result.exit_code == 0, result.stderr
    store = Store(tmp_path / "s")
    assert store.crate_id("serde_json") is not None
    assert store.meta["source_kind"] == "index"


def test_sparse_crawl_follows_dependencies_and_revalidates(tmp_path: Path) -> None:
    root = require(INDEX_SUBSET)
    with serving(root) as server:
        args = ("ecosystem", "ingest", "--index", server.base_url, "--crate", "regex")
        result = run(*args, "--store", tmp_path / "s")
        assert result.exit_code == 0, result.stderr
        store = Store(tmp_path / "s")
        names = set(store.crate_names)
        assert {"regex", "regex-syntax", "aho-corasick", "memchr", "thread_local"} <= names
        assert "serde" not in names or "serde" in names  # whatever regex's graph reaches
        assert all(path.startswith("/") for path, _, _ in server.log)
        again = run(*args, "--store", tmp_path / "s2")
        assert again.exit_code == 0
        assert 304 in server.statuses("/re/ge/regex")


def test_errors_are_one_line(tmp_path: Path, subset_store: Path) -> None:
    assert_one_line_error(
        run("ecosystem", "exposure", "--crate", "x", "--affected", "*", "--store", tmp_path),
        3,
        "no ecosystem store",
    )
    assert_one_line_error(
        run("ecosystem", "dependents", "no-such-crate", "--store", subset_store), 2, "no such crate"
    )
    assert_one_line_error(
        run("ecosystem", "ingest", "--store", tmp_path / "x"), 2, "exactly one of --index"
    )
    assert_one_line_error(
        run("ecosystem", "exposure", "--store", subset_store, "--crate", "serde"), 2, "--affected"
    )
    bad = tmp_path / "db-dump.tar.gz"
    bad.write_bytes(b"not a tar")
    assert_one_line_error(
        run("ecosystem", "ingest", "--dump", bad, "--store", tmp_path / "y"),
        3,
        str(bad),
    )
    assert not (tmp_path / "y").exists()
    assert_one_line_error(
        run("ecosystem", "ingest", "--index", tmp_path / "missing", "--store", tmp_path / "z"),
        3,
        "no such file",
    )
    assert_one_line_error(
        run("ecosystem", "dependencies", "serde", "--version", "9.9.9", "--store", subset_store),
        2,
        "no version 9.9.9",
    )
    exposure = ("ecosystem", "exposure", "--store", subset_store, "--crate", "serde")
    assert_one_line_error(run(*exposure, "--affected", "garbage!!"), 2, "--affected 'garbage!!'")
    assert_one_line_error(run(*exposure, "--affected", "*", "--top", "-1"), 2, "--top")
    assert_one_line_error(
        run("ecosystem", "ingest", "--index", INDEX_SUBSET, "--crate", "x", "--store", tmp_path),
        2,
        "sparse index",
    )


def test_progress_observer_and_bar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from cratewatch.cli.terminal import ProgressLine
    from cratewatch.ecosystem.ingest import ingest_index

    root = require(INDEX_SUBSET)
    files = {"config.json": (root / "config.json").read_bytes()}
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.name != "config.json":
            files[str(file.relative_to(root))] = file.read_bytes()
    archive = make_tar(tmp_path / "index.tar.gz", files)
    seen: list[tuple[str, int | None, int | None]] = []
    ingest_index(str(archive), tmp_path / "s", progress=lambda *call: seen.append(call))
    fractions = [(d, t) for stage, d, t in seen if stage == "reading the index"]
    assert fractions and all(d is not None and t and 0 < d <= t for d, t in fractions)
    assert ("writing the store", None, None) in seen

    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    line = ProgressLine(True)
    line("reading the index", 50, 100)
    line.close()
    assert "reading the index [" + "#" * 15 + "." * 15 + "]  50%" in err.getvalue()
    quiet = ProgressLine(False)
    quiet("stage", 1, 2)
    assert err.getvalue().count("reading") == 1
