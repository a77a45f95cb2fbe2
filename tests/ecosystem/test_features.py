"""Feature-aware exposure: Cargo's feature rules, and a log -> sval -> smallvec registry."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cratewatch.ecosystem.exposure import (
    ExposureOptions,
    Mode,
    affected_mask,
    exposed_crates,
    propagate,
)
from cratewatch.ecosystem.features import feature_closure
from cratewatch.ecosystem.ingest import ingest_index
from cratewatch.ecosystem.store import Store
from tests.ecosystem.support import index_dep, index_record, random_registry, write_index


def test_closure_follows_features_dep_syntax_and_weak_features() -> None:
    table = {
        "default": ["std"],
        "std": ["serde?/std", "log"],
        "json": ["dep:serde_json", "serde/derive"],
        "fast": ["simd"],
        "simd": [],
    }
    optional = frozenset({"serde", "serde_json", "log", "rayon"})
    closure = feature_closure(table, optional, frozenset({"default"}))
    assert closure.features >= {"default", "std", "log"}
    assert closure.dependencies == {"log"}  # implicit feature of an optional dependency
    assert "serde" not in closure.dependency_features  # "serde?/std" alone turns nothing on

    closure = feature_closure(table, optional, frozenset({"default", "json"}))
    assert closure.dependencies == {"log", "serde_json", "serde"}
    assert closure.dependency_features["serde"] == {"derive", "std"}  # weak one applies now

    # "dep:serde_json" hides the implicit feature "serde_json"
    assert feature_closure(table, optional, frozenset({"serde_json"})).dependencies == set()
    assert feature_closure(table, optional, frozenset({"rayon"})).dependencies == {"rayon"}


def _rec(name: str, vers: str, deps: list[dict[str, Any]], **features: list[str]) -> dict:
    return index_record(name, vers, deps, features=features)


_dep = index_dep


@pytest.fixture
def log_registry(tmp_path: Path) -> Store:
    """``log`` reaches ``smallvec`` only through its optional ``sval`` (feature ``kv``)."""
    records = [
        _rec("smallvec", "1.4.0", []),
        _rec("sval", "0.5.2", [_dep("smallvec", "^1")]),
        _rec("log", "0.4.11", [_dep("sval", "^0.5", optional=True)], kv=["sval"], std=[]),
        _rec("plain-user", "1.0.0", [_dep("log", "0.4")]),
        _rec("kv-user", "1.0.0", [_dep("log", "0.4", "kv")]),
        _rec("indirect", "1.0.0", [_dep("kv-user", "1")]),
        _rec("opt-kv", "1.0.0", [_dep("log", "0.4", "kv", optional=True)], default=["log"]),
        _rec("opt-off", "1.0.0", [_dep("log", "0.4", "kv", optional=True)], extra=["log"]),
        _rec("feature-turns-on", "1.0.0", [_dep("log", "0.4")], default=["log/kv"]),
        _rec(
            "renamed",
            "1.0.0",
            [_dep("logger", "0.4", package="log", optional=True)],
            default=["logger/kv"],
        ),
        _rec(
            "no-defaults",
            "1.0.0",
            [_dep("opt-kv", "1", default_features=False)],
        ),
    ]
    write_index(records, tmp_path / "index")
    ingest_index(str(tmp_path / "index"), tmp_path / "store")
    return Store(tmp_path / "store")


def _exposed(store: Store, mode: Mode) -> set[str]:
    crate = store.crate_id("smallvec")
    assert crate is not None
    exposure = propagate(
        store, crate, affected_mask(store, crate, lambda _v: True), ExposureOptions(mode)
    )
    return {store.crate_names[c] for c in exposed_crates(store, exposure)}


def test_modes_narrow_as_documented(log_registry: Store) -> None:
    every = {
        "sval",
        "log",
        "plain-user",
        "kv-user",
        "indirect",
        "opt-kv",
        "opt-off",
        "feature-turns-on",
        "renamed",
        "no-defaults",
    }
    assert _exposed(log_registry, Mode.CONSERVATIVE) == every
    assert _exposed(log_registry, Mode.NO_OPTIONAL) == {"sval"}
    assert _exposed(log_registry, Mode.FEATURES) == {
        "sval",
        "kv-user",  # asks log for "kv"
        "indirect",  # through kv-user
        "opt-kv",  # its default feature turns on log with "kv"
        "feature-turns-on",  # "log/kv" in its default feature
        "renamed",  # "logger/kv", logger being log renamed
    }


@pytest.mark.parametrize("seed", range(25))
def test_features_mode_lies_between_the_other_two(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    records = random_registry(rng)
    for record in records:  # give the optional dependencies some features to hang on
        optional = [d["name"] for d in record["deps"] if d["optional"]]
        if optional and rng.random() < 0.7:
            record["features"] = {"default": [rng.choice(optional)]}
        for dep in record["deps"]:
            if rng.random() < 0.3:
                dep["default_features"] = False
    write_index(records, tmp_path / "index")
    ingest_index(str(tmp_path / "index"), tmp_path / "store")
    store = Store(tmp_path / "store")
    crate = int(store.ver_crate[rng.randrange(store.version_count)])
    affected = affected_mask(store, crate, lambda _v: True)
    results = {
        mode: propagate(store, crate, affected, ExposureOptions(mode)).exposed for mode in Mode
    }
    narrow, features, wide = (
        results[Mode.NO_OPTIONAL],
        results[Mode.FEATURES],
        results[Mode.CONSERVATIVE],
    )
    assert np.all(narrow <= features) and np.all(features <= wide)
