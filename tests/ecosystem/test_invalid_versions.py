"""Versions that are not SemVer stay in the store: flagged, sorted last, selected by nothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cratewatch.ecosystem.exposure import ExposureOptions, Mode, affected_mask, propagate
from cratewatch.ecosystem.ingest import ingest_index
from cratewatch.ecosystem.queries import dependencies_of, dependents_of
from cratewatch.ecosystem.report import chain_steps
from cratewatch.ecosystem.store import VERSION_INVALID, VERSION_LATEST, Store
from tests.cli.test_audit_cli import run
from tests.ecosystem.support import index_dep, index_record, write_index


def _store(tmp_path: Path) -> Store:
    records = [
        index_record("bad", "1.0.0", []),
        index_record("bad", "0.3.0-alpha.01", []),  # a leading zero: not SemVer
        index_record("bad", "0.2.0", []),
        index_record("bad", "1.0", []),  # not SemVer either
        index_record("user", "1.0.0", [index_dep("bad", "*")]),
        index_record("user", "2.0.0", [index_dep("bad", ">=0.3.0-alpha.0, <0.4.0")]),
        # the invalid version of "uses" is the only one that depends on "bad"
        index_record("uses", "0.1.0", []),
        index_record("uses", "0.2.0-beta.01", [index_dep("bad", "^0.2")]),
    ]
    write_index(records, tmp_path / "index")  # type: ignore[arg-type]
    meta = ingest_index(str(tmp_path / "index"), tmp_path / "store")
    assert meta["invalid_versions"] == 3 and meta["versions"] == 8
    return Store(tmp_path / "store")


def _texts(store: Store, name: str) -> list[str]:
    crate = store.crate_id(name)
    assert crate is not None
    return [store.version_text(v) for v in store.crate_versions(crate)]


def test_kept_flagged_and_sorted_after_the_valid_ones(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert _texts(store, "bad") == ["0.2.0", "1.0.0", "0.3.0-alpha.01", "1.0"]
    flags = np.asarray(store.ver_flags)
    invalid = {store.version_text(int(v)) for v in np.flatnonzero(flags & VERSION_INVALID)}
    assert invalid == {"0.3.0-alpha.01", "1.0", "0.2.0-beta.01"}
    bad = store.crate_id("bad")
    assert bad is not None
    assert store.version_text(store.latest_version(bad)) == "1.0.0"  # never the latest
    uses = store.crate_id("uses")
    assert uses is not None
    assert flags[store.latest_version(uses)] & VERSION_LATEST
    assert store.version_text(store.latest_version(uses)) == "0.1.0"


def test_no_requirement_selects_one_but_it_can_be_exposed(tmp_path: Path) -> None:
    store = _store(tmp_path)
    bad = store.crate_id("bad")
    assert bad is not None
    everything = affected_mask(store, bad, lambda _text: True)
    affected = {store.version_text(int(v)) for v in np.flatnonzero(everything)}
    assert affected == {"0.2.0", "1.0.0"}  # an advisory's ranges cannot place "1.0"
    user = store.crate_id("user")
    assert user is not None
    v_user_1 = next(v for v in store.crate_versions(user) if store.version_text(v) == "1.0.0")
    # "*" selects 0.2.0 and 1.0.0; ">=0.3.0-alpha.0, <0.4.0" selects nothing at all
    selects = {d.requirement: d.resolves_to for d in dependencies_of(store, v_user_1)}
    assert selects == {"*": "1.0.0"}
    invalid = next(v for v in store.crate_versions(bad) if store.version_text(v) == "1.0")
    assert dependents_of(store, bad, version=invalid) == []

    for mode in Mode:
        exposure = propagate(store, bad, everything, ExposureOptions(mode))
        exposed = {
            (store.crate_names[int(store.ver_crate[v])], store.version_text(int(v)))
            for v in np.flatnonzero(exposure.exposed)
        }
        assert ("uses", "0.2.0-beta.01") in exposed
        assert ("user", "2.0.0") not in exposed and ("user", "1.0.0") in exposed
        assert not exposure.exposed[invalid]
    exposure = propagate(store, bad, everything, ExposureOptions())
    uses = store.crate_id("uses")
    assert uses is not None
    node = next(v for v in store.crate_versions(uses) if store.version_text(v).endswith("01"))
    steps = chain_steps(store, exposure, node)
    assert [(s.crate, s.version) for s in steps] == [("uses", "0.2.0-beta.01"), ("bad", "0.2.0")]


def test_the_cli_names_such_a_version_by_its_text(tmp_path: Path) -> None:
    _store(tmp_path)
    base = ("ecosystem", "exposure", "--crate", "bad", "--affected", "*")
    result = run(*base, "--store", tmp_path / "store", "--chain", "uses@0.2.0-beta.01")
    assert result.exit_code == 0, result.stderr
    assert "uses 0.2.0-beta.01 -(^0.2)-> bad 0.2.0" in result.output
    deps = run(
        "ecosystem",
        "dependencies",
        "uses",
        "--version",
        "0.2.0-beta.01",
        "--store",
        tmp_path / "store",
    )
    assert deps.exit_code == 0, deps.stderr
    assert "bad ^0.2 -> 0.2.0" in deps.output
