"""``cratewatch ecosystem stats``: the scans of a small registry, joined with its graph.

The registry (a local registry built from crates written here) is chosen so that every
share is known: ``core-unsafe`` uses unsafe; ``middle`` depends on it; ``top`` on
``middle`` (unsafe two levels down); ``optional-user`` only optionally (not counted);
``builder`` has a build script starting a program; ``derive-macro`` is a procedural
macro; ``ffi-binding`` declares foreign functions; ``plain`` has none of it, in two
releases. Files dated 2019 and 2021 give the years of publication."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cratewatch.bulk.run import BulkOptions, mirror_targets, run_bulk
from cratewatch.cli.main import main
from cratewatch.ecosystem.stats import FactRow, ecosystem_stats
from cratewatch.ecosystem.store import Store as GraphStore
from cratewatch.registry.mirror import open_mirror
from cratewatch.scan.dependencies import DependencyCheck
from cratewatch.service.store import Store
from testdata.mirror import build
from tests.conftest import check_golden
from tests.test_json_schema import VALIDATOR

GOLDEN = Path(__file__).parent / "golden"
Y2019, Y2021 = 1_560_000_000, 1_625_000_000  # June 2019, June 2021
CRATES = {
    "core-unsafe": ("1.0.0", Y2019, "", "pub fn get(p: *const u8) -> u8 { unsafe { *p } }\n"),
    "middle": ("1.0.0", Y2019, 'core-unsafe = "1"\n', "pub fn m() {}\n"),
    "top": ("2.0.0", Y2021, 'middle = "1"\n', "pub fn t() {}\n"),
    "optional-user": (
        "1.0.0", Y2021, 'core-unsafe = { version = "1", optional = true }\n', "pub fn o() {}\n"
    ),
    "builder": ("0.1.0", Y2021, "", "pub fn b() {}\n"),
    "derive-macro": ("0.3.0", Y2019, "", "pub fn d() {}\n"),
    "ffi-binding": ("0.2.0", Y2021, "", 'extern "C" { pub fn abs(x: i32) -> i32; }\n'),
    "plain": ("1.0.0", Y2019, "", "pub fn p() {}\n"),
}  # fmt: skip


def write_crate(root: Path, name: str, version: str, when: int, deps: str, lib: str) -> Path:
    crate = root / f"{name}-{version}"
    (crate / "src").mkdir(parents=True)
    manifest = f'[package]\nname = "{name}"\nversion = "{version}"\nedition = "2021"\n'
    if name == "builder":
        manifest += 'build = "build.rs"\n'
        (crate / "build.rs").write_text(
            'fn main() { std::process::Command::new("cc").arg("--version").status().ok(); }\n'
        )
    if name == "derive-macro":
        manifest += "[lib]\nproc-macro = true\n"
    manifest += f"[dependencies]\n{deps}"
    (crate / "Cargo.toml").write_text(manifest)
    (crate / "src" / "lib.rs").write_text(lib)
    for file in crate.rglob("*"):
        os.utime(file, (when, when))
    return crate


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """The registry scanned into a store, and its ecosystem store."""
    work = tmp_path_factory.mktemp("stats")
    sources = [write_crate(work / "src", name, *spec) for name, spec in CRATES.items()]
    sources.append(write_crate(work / "src", "plain", "1.1.0", Y2021, "", "pub fn p() {}\n"))
    mirror = work / "mirror"
    build(mirror, sources)
    url = f"sqlite:///{work / 'results.sqlite3'}"
    with Store(url) as store:
        targets = mirror_targets(open_mirror(mirror), latest=False)
        summary = run_bulk(targets, store, BulkOptions(workers=2), DependencyCheck({}))
        assert summary.recorded == len(CRATES) + 1
    assert (
        main(["ecosystem", "ingest", "--index", str(mirror), "--store", str(work / "graph")]) == 0
    )
    return url, work / "graph"


def test_each_share_is_what_the_crates_are(scanned: tuple[str, Path]) -> None:
    url, graph = scanned
    with Store(url) as store:
        rows = [FactRow(*row) for row in store.screened_facts()]
    stats = ecosystem_stats(rows, GraphStore(graph))
    assert (stats.screened, stats.complete, stats.crates) == (9, 9, 8)
    assert stats.all_versions == {
        "unsafe": 1,
        "build_script": 1,
        "proc_macro": 1,
        "ffi": 1,
        "network": 0,
        "process": 1,
        "depends_on_unsafe_directly": 1,
        "depends_on_unsafe": 2,
    }
    assert stats.latest == stats.all_versions  # plain 1.1.0 adds nothing
    assert {y: n for y, (n, _) in stats.by_year.items()} == {2019: 4, 2021: 5}
    assert stats.by_year[2021][1]["depends_on_unsafe"] == 1  # top
    assert stats.graph == {
        "versions": 9,
        "screened_in_graph": 9,
        "dependencies": 2,
        "dependencies_scanned": 2,
    }
    without = ecosystem_stats(rows)
    assert "depends_on_unsafe" not in without.all_versions and without.graph is None


def test_the_reports_are_the_golden_ones(
    scanned: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, graph = scanned
    base = ["ecosystem", "stats", "--results", url, "--store", str(graph)]
    assert main(base) == 0
    check_golden(GOLDEN / "stats.md", capsys.readouterr().out)
    assert main([*base, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    VALIDATOR.validate(document)
    document["tool"]["version"] = "X"
    check_golden(GOLDEN / "stats.json", json.dumps(document, indent=2) + "\n")
    assert document["latest"]["shares"]["unsafe"] == 12.5
    assert main([*base, "--format", "html", "-o", str(tmp_path / "a.html")]) == 0
    assert main([*base, "--format", "html", "-o", str(tmp_path / "b.html")]) == 0
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert main([*base, "--plots", str(tmp_path / "plots")]) == 0
    names = sorted(p.name for p in (tmp_path / "plots").iterdir())
    assert names == ["by-year.png", "by-year.svg", "shares.png", "shares.svg"]
    assert (tmp_path / "plots" / "shares.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_scans_or_no_graph_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert main(["ecosystem", "stats", "--results", empty]) == 2
    assert "no screened versions" in capsys.readouterr().err
    missing = tmp_path / "missing"
    assert main(["ecosystem", "stats", "--results", empty, "--store", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "no such ecosystem store" in err and err.count("\n") == 1


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_the_page_shows_its_tables_and_plots_in_a_browser(
    scanned: tuple[str, Path], tmp_path: Path
) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    url, graph = scanned
    page_file = tmp_path / "stats.html"
    argv = ["ecosystem", "stats", "--results", url, "--store", str(graph), "--format", "html"]
    assert main([*argv, "-o", str(page_file)]) == 0
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            assert page.locator("#shares tbody tr").count() == 8
            assert page.locator("#by-year tbody tr").count() == 2
            first = page.locator("#shares tbody tr").first.inner_text()
            assert "uses unsafe" in first and "12.50 %" in first
            figures = page.locator("figure svg")
            assert figures.count() == 2
            for i in range(2):
                box = figures.nth(i).bounding_box()
                assert box is not None and box["width"] > 300 and box["height"] > 150
        finally:
            browser.close()


def test_resolved_edges_are_the_resolution_of_dependencies_of(store_2020: Path) -> None:
    """The whole-graph resolution the statistics use takes, for every dependency row of
    the 2020 index, the version ``ecosystem dependencies`` takes for it one at a time."""
    import numpy as np

    from cratewatch.ecosystem.queries import _newest_selected, resolved_edges
    from cratewatch.ecosystem.store import DEP_DEV, DEP_EXTRA, DEP_OPTIONAL

    store = GraphStore(store_2020)
    sources, targets = resolved_edges(store)
    flags = np.asarray(store.dep_flags)
    rows = np.flatnonzero((flags & (DEP_DEV | DEP_OPTIONAL | DEP_EXTRA)) == 0)
    expected = [(int(store.dep_from[r]), _newest_selected(store, int(r))) for r in rows]
    expected_pairs = [(a, b) for a, b in expected if b is not None]
    assert len(sources) == len(expected_pairs) > 500_000
    assert list(zip(sources.tolist(), targets.tolist(), strict=True)) == expected_pairs
