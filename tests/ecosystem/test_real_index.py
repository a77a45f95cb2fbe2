"""Sanity checks on the complete 2020 crates.io index (the figures docs/ecosystem.md cites)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cratewatch.ecosystem.exposure import (
    ExposureOptions,
    Mode,
    affected_mask,
    exposed_crates,
    propagate,
)
from cratewatch.ecosystem.report import chain_steps
from cratewatch.ecosystem.store import VERSION_INVALID, Store
from cratewatch.model.version import Version, VersionReq


@pytest.fixture(scope="module")
def store(store_2020: Path) -> Store:
    meta = Store(store_2020).meta
    # 259,132 lines: 27 repeat a version of the same crate; 2 are not SemVer, kept all the same
    assert (meta["crates"], meta["versions"]) == (43_451, 259_105)
    assert (meta["repeated_versions"], meta["invalid_versions"]) == (27, 2)
    assert meta["dependencies"] == 1_532_618
    return Store(store_2020)


def _exposed(store: Store, crate: str, req: str, mode: Mode) -> set[str]:
    c = store.crate_id(crate)
    assert c is not None
    r = VersionReq.parse(req)
    affected = affected_mask(store, c, lambda v: r.matches(Version.parse(v)))
    exposure = propagate(store, c, affected, ExposureOptions(mode))
    return {store.crate_names[i] for i in exposed_crates(store, exposure)}


@pytest.mark.parametrize("crate", ["smallvec", "time", "regex"])
def test_conservative_answer_saturates_and_modes_narrow_it(store: Store, crate: str) -> None:
    wide = _exposed(store, crate, "*", Mode.CONSERVATIVE)
    narrow = _exposed(store, crate, "*", Mode.NO_OPTIONAL)
    assert 28_000 < len(wide) < 29_000  # "about 28,500 crates" through optional paths
    assert narrow < wide and len(narrow) < len(wide) / 2
    if crate == "smallvec":  # the feature-aware search takes seconds: one crate is enough
        features = _exposed(store, crate, "*", Mode.FEATURES)
        assert narrow <= features <= wide
        assert len(features) < len(wide) / 2


def test_log_reaches_smallvec_only_through_sval(store: Store) -> None:
    c = store.crate_id("smallvec")
    assert c is not None
    affected = affected_mask(store, c, lambda _v: True)
    exposure = propagate(store, c, affected, ExposureOptions())
    log = store.crate_id("log")
    assert log is not None
    latest = store.latest_version(log)
    steps = chain_steps(store, exposure, latest)
    assert [(s.crate, s.version) for s in steps][:2] == [("log", "0.4.11"), ("sval", "0.5.2")]
    assert steps[-1].crate == "smallvec"
    narrow = propagate(store, c, affected, ExposureOptions(Mode.NO_OPTIONAL))
    assert not narrow.exposed[latest]
    aware = propagate(store, c, affected, ExposureOptions(Mode.FEATURES))
    assert not aware.exposed[latest]  # nothing in log's default features turns sval on


def test_yanked_and_latest_options_only_remove(store: Store) -> None:
    c = store.crate_id("time")
    assert c is not None
    affected = affected_mask(store, c, lambda v: Version.parse(v) < Version(0, 2, 23))
    full = propagate(store, c, affected, ExposureOptions())
    for options in (ExposureOptions(include_yanked=False), ExposureOptions(latest_only=True)):
        part = propagate(store, c, affected, options)
        assert np.all(part.exposed <= full.exposed) and part.exposed.sum() < full.exposed.sum()


def test_the_two_versions_that_are_not_semver_are_nodes(store: Store) -> None:
    # hxgm30-client's only version, 0.3.0-alpha.01 (a leading zero Cargo rejects),
    # depends on log and serde_json: it reaches smallvec like its neighbours do.
    client = store.crate_id("hxgm30-client")
    assert client is not None
    (v,) = store.crate_versions(client)
    assert store.version_text(v) == "0.3.0-alpha.01"
    assert store.ver_flags[v] & VERSION_INVALID and store.latest_version(client) == v
    smallvec = store.crate_id("smallvec")
    assert smallvec is not None
    affected = affected_mask(store, smallvec, lambda _v: True)
    exposure = propagate(store, smallvec, affected, ExposureOptions())
    assert exposure.exposed[v]
    assert chain_steps(store, exposure, v)[0][:2] == ("hxgm30-client", "0.3.0-alpha.01")

    bluetooth = store.crate_id("bluetooth_client")
    assert bluetooth is not None
    texts = [store.version_text(u) for u in store.crate_versions(bluetooth)]
    assert texts[-1] == "0.0.1-001"  # after the valid versions
    flagged = [bool(store.ver_flags[u] & VERSION_INVALID) for u in store.crate_versions(bluetooth)]
    assert flagged == [False] * (len(texts) - 1) + [True]
