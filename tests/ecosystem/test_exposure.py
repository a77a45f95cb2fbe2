"""Exposure against a brute-force reference on random registries, and its chains."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import numpy as np
import pytest

from cratewatch.ecosystem.exposure import (
    ExposureOptions,
    Mode,
    affected_mask,
    chain,
    direct_dependent_crates,
    exposed_crates,
    latest_exposed_crates,
    propagate,
)
from cratewatch.ecosystem.ingest import ingest_index
from cratewatch.ecosystem.store import DEP_DEV, Store
from cratewatch.model.version import Version, VersionReq
from tests.ecosystem.support import (
    brute_force_exposure,
    index_dep,
    index_record,
    random_registry,
    write_index,
)

SEEDS = range(40)


def _store(records: list[dict[str, object]], tmp_path: Path) -> Store:
    index = write_index(records, tmp_path / "index")  # type: ignore[arg-type]
    ingest_index(str(index), tmp_path / "store")
    return Store(tmp_path / "store")


def _as_levels(store: Store, levels: np.ndarray) -> dict[tuple[str, str], int]:
    names, nums = store.crate_names, store.texts("version_nums")
    return {
        (names[int(store.ver_crate[v])], nums[v]): int(levels[v])
        for v in np.flatnonzero(levels >= 0)
    }


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("mode", "include_yanked"),
    [(Mode.CONSERVATIVE, True), (Mode.NO_OPTIONAL, True), (Mode.CONSERVATIVE, False)],
)
def test_matches_brute_force(seed: int, mode: Mode, include_yanked: bool, tmp_path: Path) -> None:
    rng = random.Random(seed)
    records = random_registry(rng)
    store = _store(records, tmp_path)
    crate_name = rng.choice(sorted({r["name"] for r in records}))
    crate = store.crate_id(crate_name)
    assert crate is not None
    versions = [r["vers"] for r in records if r["name"] == crate_name]
    affected = set(rng.sample(versions, rng.randrange(1, len(versions) + 1)))

    options = ExposureOptions(mode, include_yanked=include_yanked)
    mask = affected_mask(store, crate, affected.__contains__)
    exposure = propagate(store, crate, mask, options)
    expected = brute_force_exposure(
        records,
        crate_name,
        affected,
        optional=mode is Mode.CONSERVATIVE,
        include_yanked=include_yanked,
    )
    assert _as_levels(store, exposure.level) == expected


@pytest.mark.parametrize("seed", SEEDS)
def test_every_chain_is_a_real_shortest_chain(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    records = random_registry(rng)
    store = _store(records, tmp_path)
    crate = int(store.ver_crate[rng.randrange(store.version_count)])
    exposure = propagate(
        store, crate, affected_mask(store, crate, lambda _v: True), ExposureOptions()
    )
    reqs = store.texts("dep_reqs")
    for v in np.flatnonzero(exposure.exposed):
        links = chain(store, exposure, int(v))
        assert len(links) == exposure.level[v] + 1
        assert links[-1].row == -1 and exposure.affected[links[-1].version]
        for link, following in itertools.pairwise(links):
            assert int(store.dep_from[link.row]) == link.version
            assert not store.dep_flags[link.row] & DEP_DEV
            assert store.dep_crate[link.row] == store.ver_crate[following.version]
            req = VersionReq.parse(reqs[int(store.dep_req[link.row])])
            assert req.matches(Version.parse(store.version_text(following.version)))


def test_summaries_on_a_hand_made_registry(tmp_path: Path) -> None:
    records = [
        index_record("vuln", "0.1.0", []),
        index_record("vuln", "0.2.0", []),
        index_record("app", "1.0.0", [index_dep("vuln", "^0.1")]),
        index_record("app", "1.1.0", [index_dep("vuln", "^0.2")]),  # latest is fixed
        index_record(
            "lib", "2.0.0", [index_dep("app", "=1.0.0")]
        ),  # latest exposed through app 1.0.0
        index_record("tests-only", "1.0.0", [index_dep("vuln", "*", kind="dev")]),
        index_record("opt", "1.0.0", [index_dep("vuln", "0.1", optional=True)]),
        index_record("renamer", "1.0.0", [index_dep("v", "0.1.0", package="vuln")]),
    ]
    store = _store(records, tmp_path)
    names = store.crate_names
    vuln = store.crate_id("vuln")
    assert vuln is not None
    mask = affected_mask(store, vuln, lambda v: v == "0.1.0")
    exposure = propagate(store, vuln, mask, ExposureOptions())
    assert {names[c] for c in exposed_crates(store, exposure)} == {"app", "lib", "opt", "renamer"}
    assert {names[c] for c in latest_exposed_crates(store, exposure)} == {"lib", "opt", "renamer"}
    direct = direct_dependent_crates(store, exposure, ExposureOptions())
    assert {names[c] for c in direct} == {"app", "opt", "renamer"}

    narrow = propagate(store, vuln, mask, ExposureOptions(Mode.NO_OPTIONAL))
    assert {names[c] for c in exposed_crates(store, narrow)} == {"app", "lib", "renamer"}

    latest = propagate(store, vuln, mask, ExposureOptions(latest_only=True))
    # app's latest (1.1.0) is not exposed, so lib cannot be reached through app 1.0.0
    assert {names[c] for c in exposed_crates(store, latest)} == {"opt", "renamer"}


def test_pre_releases_of_two_versions(tmp_path: Path) -> None:
    versions = ["1.0.0-alpha", "1.0.0", "1.5.0-rc.1", "2.0.0-alpha"]
    records = [index_record("t", v, []) for v in versions]
    records.append(index_record("u", "1.0.0", [index_dep("t", ">=1.0.0-alpha, <2.0.0-beta")]))
    store = _store(records, tmp_path)
    t = store.crate_id("t")
    assert t is not None
    reached = {}
    for version in versions:
        mask = affected_mask(store, t, lambda v, version=version: v == version)
        exposure = propagate(store, t, mask, ExposureOptions())
        reached[version] = [store.crate_names[c] for c in exposed_crates(store, exposure)]
    # Cargo selects 1.0.0-alpha, 1.0.0 and 2.0.0-alpha, never 1.5.0-rc.1
    assert reached == {"1.0.0-alpha": ["u"], "1.0.0": ["u"], "1.5.0-rc.1": [], "2.0.0-alpha": ["u"]}
    from cratewatch.ecosystem.queries import dependencies_of

    (only,) = dependencies_of(store, store.latest_version(store.crate_id("u") or 0))
    assert only.requirement == ">=1.0.0-alpha, <2.0.0-beta"  # one declaration, listed once


def test_chains_mark_optional_edges(tmp_path: Path) -> None:
    from cratewatch.ecosystem.report import chain_steps, exposure_report
    from cratewatch.reporters.ecosystem import render_exposure

    records = [
        index_record("vuln", "1.0.0", []),
        index_record("mid", "1.0.0", [index_dep("vuln", "1", optional=True)]),
        index_record("top", "1.0.0", [index_dep("mid", "1")]),
    ]
    store = _store(records, tmp_path)
    vuln = store.crate_id("vuln")
    top = store.crate_id("top")
    assert vuln is not None and top is not None
    mask = affected_mask(store, vuln, lambda _v: True)
    exposure = propagate(store, vuln, mask, ExposureOptions())
    steps = chain_steps(store, exposure, store.latest_version(top))
    assert [(s.crate, s.optional) for s in steps] == [
        ("top", False),
        ("mid", True),
        ("vuln", False),
    ]
    report = exposure_report(
        store,
        exposure,
        ExposureOptions(),
        advisory=None,
        affected="*",
        chain_for=store.latest_version(top),
    )
    assert report.requested_chain == steps
    human = render_exposure(report, "human")
    assert "top 1.0.0 -(1)-> mid 1.0.0 -(1, optional)-> vuln 1.0.0" in human
    document = json.loads(render_exposure(report, "json"))
    assert [s["optional"] for s in document["chain"]] == [False, True, False]
    for item in document["most_important"]:
        assert all(isinstance(s["optional"], bool) for s in item["chain"])


def test_import_graph_of_the_ecosystem_package_has_no_cycle() -> None:
    import ast

    import cratewatch.ecosystem as package

    folder = Path(package.__file__).parent
    edges: dict[str, set[str]] = {}
    for file in folder.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(file.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
        edges[file.stem] = {
            m.rsplit(".", 1)[1] for m in imported if m.startswith("cratewatch.ecosystem.")
        }
    assert "exposure" not in edges["features"]  # the circle that used to be there

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        for target in edges.get(module, ()):
            visit(target, (*path, module))

    for module in edges:
        visit(module, ())
