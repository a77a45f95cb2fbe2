"""The per-file cache of scan results (``scan/cache.py``): a scan with it, cold or warm, is
the scan without it; whatever a result depends on misses the cache when it changes; the
file is shared by processes, bounded in size, and rebuilt when it is not a cache."""

from __future__ import annotations

import json
import multiprocessing
import shutil
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import tomli

import cratewatch
from cratewatch.advisories.database import open_snapshot
from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan import cache as cache_module
from cratewatch.scan.analyze import Context, Evidence, FileScan
from cratewatch.scan.cache import CACHE_FILE, ScanCache, _decode, _encode, fingerprint
from cratewatch.scan.callgraph import Function
from cratewatch.scan.crate import CrateScan, scan_all, scan_path
from cratewatch.scan.dependencies import DependencyCheck, known_malware
from cratewatch.scan.syntax import ModuleDecl
from tests.cli.test_audit_cli import run

HERE = Path(__file__).resolve().parent
INCIDENTS = sorted(p for p in (HERE / "incidents").iterdir() if (p / "Cargo.toml").is_file())
TECHNIQUES = [
    HERE / "techniques" / cell["family"] / cell["dir"]
    for cell in tomli.loads((HERE / "techniques" / "cells.toml").read_text())["cell"]
]
SAMPLES = INCIDENTS + TECHNIQUES


@pytest.fixture(scope="module")
def check() -> DependencyCheck:
    return known_malware(open_snapshot())


def _assert_same(found: list[CrateScan], expected: list[CrateScan]) -> None:
    assert len(found) == len(expected)
    for got, want in zip(found, expected, strict=True):
        assert got == want, want.path


def test_every_sample_scans_the_same_cold_and_warm(tmp_path: Path, check: DependencyCheck) -> None:
    assert len(INCIDENTS) > 90 and len(TECHNIQUES) > 70
    uncached = scan_all(SAMPLES, check=check)
    # filled by the workers of the process pool at once, then read in this process
    filling = scan_all(SAMPLES, check=check, cache=ScanCache(tmp_path / CACHE_FILE))
    warm_cache = ScanCache(tmp_path / CACHE_FILE)
    warm = scan_all(SAMPLES, check=check, cache=warm_cache, workers=1)
    _assert_same(filling, uncached)
    _assert_same(warm, uncached)
    assert warm_cache.misses == 0
    assert warm_cache.hits >= sum(len(list(sample.rglob("*.rs"))) for sample in SAMPLES)


_ADDED = "pub fn added_in_the_new_version(x: u64) -> u64 {\n    x.wrapping_mul(31) ^ 7\n}\n"


def test_every_sample_s_new_version_scans_the_same_with_the_old_version_s_cache(
    tmp_path: Path, check: DependencyCheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new version adds a file to the library: its crate-wide entries (the data flow)
    miss, and the data flow reads the other files' facts as kept, parsing only the new
    file (and a file whose kept nodes the interpreter runs)."""
    new = []
    for index, sample in enumerate(SAMPLES):
        copy = tmp_path / "new" / f"{index}-{sample.name}"
        shutil.copytree(sample, copy, symlinks=True)
        (copy / "src").mkdir(exist_ok=True)
        (copy / "src" / "added_in_the_new_version.rs").write_text(_ADDED)
        new.append(copy)
    uncached = scan_all(new, check=check)
    cache = ScanCache(tmp_path / CACHE_FILE)
    scan_all(SAMPLES, check=check, cache=cache)
    import cratewatch.scan.dataflow as dataflow

    kept, parsed = [], []
    monkeypatch.setattr(dataflow, "decoded", _counted(dataflow.decoded, kept))
    monkeypatch.setattr(dataflow, "parsed", _counted(dataflow.parsed, parsed))
    _assert_same(scan_all(new, check=check, cache=cache, workers=1), uncached)
    assert len(kept) > 100
    assert {args[0] for args in parsed} == {"src/added_in_the_new_version.rs"}


def _counted(function: Any, calls: list[tuple[Any, ...]]) -> Any:
    def counted(*args: Any) -> Any:
        calls.append(args)
        return function(*args)

    return counted


def _crate(root: Path, files: dict[str, str]) -> Path:
    for name, text in {
        "Cargo.toml": '[package]\nname = "demo"\nversion = "1.0.0"\n',
        **files,
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_a_changed_file_misses_the_cache(tmp_path: Path) -> None:
    crate = _crate(
        tmp_path / "demo",
        {
            "src/lib.rs": "mod net;\npub fn run() { net::get(); }\n",
            "src/net.rs": "pub fn get() -> u32 { 1 }\n",
            "README.md": "A crate.\n",
        },
    )
    cache = ScanCache(tmp_path / "cache" / CACHE_FILE)
    first = scan_path(crate, cache=cache)
    # the four files, and all that follows the code across files (no unit can run a
    # program or reach the network: no data flow is followed)
    assert cache.hits == 0 and cache.misses == 5
    assert scan_path(crate, cache=cache) == first
    assert (cache.hits, cache.misses) == (5, 5)
    # the new version: one file changed, with something to find in it
    (crate / "src/net.rs").write_text(
        'pub fn get() -> u32 {\n    std::process::Command::new("sh").spawn().ok();\n    1\n}\n'
    )
    changed = scan_path(crate, cache=cache)
    assert changed == scan_path(crate) != first
    assert "process-spawn" in changed.capabilities
    # only src/net.rs analysed again, the code followed across files again, and the data
    # flow of the unit that now runs a program
    assert (cache.hits, cache.misses) == (5 + 3, 5 + 3)


def test_included_data_is_checked_before_an_entry_is_used(tmp_path: Path) -> None:
    """``include_str!`` data is read as a literal of the including file: an entry made
    with other data is not used, though the including file is unchanged."""
    crate = _crate(
        tmp_path / "demo",
        {
            "src/lib.rs": 'pub const HOOK: &str = include_str!("hook.txt");\n',
            "src/hook.txt": "https://example.org/status\n",
        },
    )
    cache = ScanCache(tmp_path / "cache" / CACHE_FILE)
    before = scan_path(crate, cache=cache)
    (crate / "src/hook.txt").write_text("https://discord.com/api/webhooks/1/placeholder\n")
    after = scan_path(crate, cache=cache)
    assert after == scan_path(crate) != before
    assert any(e.rule == "threat-discord-webhook" for e in after.findings)


def test_other_rules_or_another_scanner_miss_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = HERE / "incidents" / "telegram-build-script"
    path = tmp_path / CACHE_FILE
    scan_path(sample, cache=ScanCache(path))
    monkeypatch.setattr(cache_module, "fingerprint", lambda: "other rules")
    other = ScanCache(path)
    assert scan_path(sample, cache=other) == scan_path(sample)
    assert other.hits == 0 and other.misses > 0


def test_the_fingerprint_follows_the_rules_and_the_scanner_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Path(cratewatch.__file__).parent
    copy = tmp_path / "cratewatch"
    shutil.copytree(package / "scan", copy / "scan", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "model").mkdir()
    shutil.copy(package / "model" / "scan.py", copy / "model" / "scan.py")
    monkeypatch.setattr(cratewatch, "__file__", str(copy / "__init__.py"))
    compute = fingerprint.__wrapped__
    original = compute()
    assert original == fingerprint()  # the same files as the package's
    seen = {original}
    changes = ("scan/rules.toml", "scan/analyze.py", "scan/callgraph.py", "model/scan.py")
    # (the sub-packages' sources too: what the data flow keeps depends on them)
    changes += ("scan/dataflow/hints.py", "scan/interpret/interpreter.py")
    for changed in changes:
        text = (copy / changed).read_bytes()
        (copy / changed).write_bytes(text + b"\n# changed\n")
        seen.add(compute())
        (copy / changed).write_bytes(text)
    assert len(seen) == len(changes) + 1
    assert compute() == original


def test_values_are_json_of_the_results_types() -> None:
    scan = FileScan(
        [Evidence("threat-x", "build.rs", 3, "x => base64: 'y'", Context.BUILD, "windows")],
        UnsafeCounts(1, 2, 3, 4, 5, 6, True),
        ((ModuleDecl("tests/posix", 4, "p.rs"), "test"),),
        ("p.rs",),
        (("capability-network", 7),),
        (ModuleDecl("net", 2),),
        ("gen.rs",),
        ("scripts/x.sh",),
        ("OUT_DIR/gen.rs", "fn main() {}"),
    )
    text = json.dumps(_encode(FileScan, scan))
    assert _decode(FileScan, json.loads(text)) == scan
    assert _decode(
        FileScan, json.loads(json.dumps(_encode(FileScan, FileScan([], UnsafeCounts()))))
    ) == FileScan([], UnsafeCounts())
    function = Function(
        "src/a.rs", "run", 1, 9, True, "Drop", frozenset({"f", "g!"}), frozenset({"m"}),
        frozenset({"v"}), frozenset({("fs", "write")}), "Guard", "fn",
    )  # fmt: skip
    assert _decode(list[Function], json.loads(json.dumps(_encode(list[Function], [function])))) == [
        function
    ]
    for wrong in ([], [[], [0, 0, 0, 0, 0, 0, "no"]], {"evidence": []}, "x"):
        with pytest.raises((ValueError, TypeError, cache_module._Bad)):
            _decode(FileScan, wrong)


def test_entries_are_json(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    scan_path(HERE / "incidents" / "telegram-build-script", cache=ScanCache(path))
    with sqlite3.connect(path) as connection:
        values = [value for (value,) in connection.execute("SELECT value FROM entries")]
    assert values and all(isinstance(v, bytes) and json.loads(v) is not None for v in values)


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a database at all\n" * 500)


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")


def _other_format(path: Path) -> None:
    scan_path(HERE / "incidents" / "telegram-build-script", cache=ScanCache(path))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = 'cratewatch scan cache 0'")


def _corrupt(path: Path) -> None:
    scan_path(HERE / "incidents" / "telegram-build-script", cache=ScanCache(path))
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:] = bytes((i * 7) & 0xFF for i in range(len(data) - 100))
    path.write_bytes(bytes(data))


def _tampered(path: Path) -> None:
    scan_path(HERE / "incidents" / "telegram-build-script", cache=ScanCache(path))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE entries SET value = '[[], [1, 2]]' WHERE rowid % 2 = 0")
        connection.execute("UPDATE entries SET value = 'not json' WHERE rowid % 2 = 1")


@pytest.mark.parametrize("spoil", [_garbage, _foreign, _other_format, _corrupt, _tampered])
def test_a_spoilt_cache_is_passed_over_and_rebuilt(tmp_path: Path, spoil: object) -> None:
    assert callable(spoil)
    sample = HERE / "incidents" / "telegram-build-script"
    path = tmp_path / CACHE_FILE
    spoil(path)
    first = ScanCache(path)
    assert scan_path(sample, cache=first) == scan_path(sample)
    assert first.usable and first.hits == 0
    again = ScanCache(path)
    assert scan_path(sample, cache=again) == scan_path(sample)
    assert again.hits > 0 and again.misses == 0


def test_an_unusable_cache_directory_leaves_the_scan_alone(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    cache = ScanCache(tmp_path / "file" / CACHE_FILE)  # its folder cannot be made
    sample = HERE / "incidents" / "telegram-build-script"
    assert scan_path(sample, cache=cache) == scan_path(sample)
    assert not cache.usable


def test_the_file_stays_under_its_size_and_keeps_the_newest(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    cache = ScanCache(path, max_bytes=256 * 1024)
    for sample in INCIDENTS:
        scan_path(sample, cache=cache)
        with sqlite3.connect(path) as connection:
            pages, free, size = (
                connection.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("page_count", "freelist_count", "page_size")
            )
        # over by at most what one process writes between two looks at the size
        assert (pages - free) * size <= cache.max_bytes * 1.25
    cache.close()
    oldest, newest = ScanCache(path), ScanCache(path)
    scan_path(INCIDENTS[-1], cache=newest)
    assert newest.misses == 0
    scan_path(INCIDENTS[0], cache=oldest)
    assert oldest.hits == 0


def _scan_all_in_child(path: str) -> tuple[list[CrateScan], bool]:
    cache = ScanCache(Path(path))
    results = [scan_path(sample, cache=cache) for sample in INCIDENTS[:40]]
    return results, cache.usable


def test_processes_write_the_same_file_at_once(tmp_path: Path) -> None:
    path = str(tmp_path / CACHE_FILE)
    ScanCache(Path(path)).prepare()
    expected = [scan_path(sample) for sample in INCIDENTS[:40]]
    with ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("fork")) as pool:
        outcomes = list(pool.map(_scan_all_in_child, [path] * 4))
    for results, usable in outcomes:
        assert usable  # never busy past the timeout, never corrupt
        _assert_same(results, expected)


def test_scan_keeps_the_cache_by_default_and_not_with_no_cache(
    tmp_path: Path, isolated_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = HERE / "incidents" / "clean-sys-build-script"
    assert run("scan", sample, "--no-cache").exit_code == 0
    assert not (isolated_cache / CACHE_FILE).exists()
    assert run("scan", sample).exit_code == 0
    assert (isolated_cache / CACHE_FILE).is_file()
    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(tmp_path / "other"))
    json_uncached = run("scan", sample, "--no-cache", "--format", "json").stdout
    assert run("scan", sample, "--format", "json").stdout == json_uncached  # cold
    assert run("scan", sample, "--format", "json").stdout == json_uncached  # warm


def test_values_orjson_refuses_are_kept_all_the_same(tmp_path: Path) -> None:
    """An integer past 64 bits and a path that is not UTF-8 (held with surrogates) are
    written and read back through the standard library's json."""
    path = tmp_path / "cache" / CACHE_FILE
    values = {
        "src/lib.rs": [2**70, "u128"],
        "src/\udcff.rs": ["src/\udcff.rs", 1],
        "src/main.rs": [[1, 2], None, True, "ß"],
    }
    writer = ScanCache(path)
    writer.prepare()
    for name, value in values.items():
        writer.keep(name, b"fn main() {}", "test", value)
    writer.close()
    reader = ScanCache(path)
    reader.prepare()
    assert {name: reader.kept(name, b"fn main() {}", "test") for name in values} == values


_CLOCK = (
    "pub fn today() -> u64 {\n"
    "    let now = std::time::SystemTime::now();\n"
    "    now.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0) / 86_400\n"
    "}\n"
)
_GATED = (
    "pub fn settle(x: u64) -> u64 {\n"
    "    if crate::clock::today() > 20_000 + 673 { x / 2 } else { x }\n"
    "}\n"
)


def test_date_gates_are_kept_while_the_files_they_were_read_from_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A unit's date gates are read again only where a file they were read from changed,
    or a file changed so that the search for the files to read finds it (a new caller of
    the clock's helper)."""
    crate = _crate(
        tmp_path / "demo",
        {
            "src/lib.rs": "mod clock;\nmod fees;\nmod util;\n",
            "src/clock.rs": _CLOCK,
            # the clock compared with no date: nothing found, from two files read
            "src/fees.rs": _GATED.replace("20_000 + 673", "x"),
            "src/util.rs": "pub fn half(x: u64) -> u64 { x / 2 }\n",
        },
    )
    cache = ScanCache(tmp_path / "cache" / CACHE_FILE)
    first = scan_path(crate, cache=cache)
    assert not any(e.rule == "capability-fixed-date" for e in first.findings)
    read: list[tuple[Any, ...]] = []
    monkeypatch.setattr(cache_module, "date_evidence", _counted(cache_module.date_evidence, read))
    (crate / "src/util.rs").write_text("pub fn half(x: u64) -> u64 {\n    x >> 1\n}\n")
    rescanned = scan_path(crate, cache=cache)
    assert read == []
    assert rescanned == scan_path(crate)
    # a date gate in the changed file, which the search for the helper's callers finds
    (crate / "src/util.rs").write_text(_GATED.replace("settle", "halve"))
    read.clear()
    changed = scan_path(crate, cache=cache)
    assert len(read) == 1
    assert changed == scan_path(crate)
    assert [e.file for e in changed.findings if e.rule == "capability-fixed-date"] == [
        "src/util.rs"
    ]


def test_a_kept_search_of_another_shape_is_not_searched_with(tmp_path: Path) -> None:
    """The scan cache's file may be shared: a pattern kept with a unit's date gates is
    searched with again only if it is of the shapes the date gates search with."""
    cache = ScanCache(tmp_path / CACHE_FILE)
    files = {"src/lib.rs": b"a" * 64 + b"!"}
    hostile = [[], [["(a+)+$", ["src/lib.rs"], []]], []]
    assert cache._searched_again(hostile, files) is None
    fair = [[], [[r"\b(today)\s*\(", ["src/lib.rs"], []]], []]
    assert cache._searched_again(fair, files) == []
