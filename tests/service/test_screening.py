"""``screen_version``: the real incident samples and benign crates as ``.crate`` archives,
updates diffed with their previous version, checksums, and the archive's download."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
import tomli

from cratewatch.advisories.database import open_snapshot
from cratewatch.errors import DownloadError, InputError
from cratewatch.registry.download import CrateDownloader
from cratewatch.registry.interface import index_path
from cratewatch.reporters.envelope import SCHEMA_FILE
from cratewatch.scan.dependencies import DependencyCheck, known_malware
from cratewatch.service import screening
from cratewatch.service.model import Published, Risk, Screening, TriageState
from cratewatch.service.screening import (
    current_rules_version,
    fetch_crate,
    screen_version,
)
from cratewatch.service.view import InMemoryView, VersionRecord
from cratewatch.typosquat.corpus import Corpus, Popular
from cratewatch.typosquat.screen import Screener
from tests.registry.support import IndexServer, line, serving
from tests.scan.test_incidents import KNOWN_DIFFERENCES
from tests.service.support import (
    INCIDENTS,
    LIB,
    NETWORK_BUILD_RS,
    T0,
    manifest,
    pack,
    pack_directory,
    simple_crate,
)

LABELS: list[dict[str, Any]] = tomli.loads((INCIDENTS / "labels.toml").read_text())["sample"]
# The hold-out samples are measured by benchmarks/scan_recall.py, never asserted: the
# screening must not be tuned on them either.
# the development samples whose scan verdict is the expected one (tests/scan/test_incidents.py
# lists the known differences) and that a registry could be sent: a crate at the top (not an R
# package carrying one in `src/rust/`)
DEVELOPMENT = [
    s
    for s in LABELS
    if s.get("set", "development") == "development"
    and s["dir"] not in KNOWN_DIFFERENCES
    and (INCIDENTS / s["dir"] / "Cargo.toml").is_file()
]
HARMFUL = [s for s in DEVELOPMENT if s["expected"] != "clean"]
BENIGN = [s for s in DEVELOPMENT if s["expected"] == "clean"]
DEBIAN_SEMVER = sorted(Path("/usr/share/cargo/registry").glob("semver-1.*"))
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def malicious() -> DependencyCheck:
    """The snapshot's malware and compromised releases, as a view is given them."""
    return known_malware(open_snapshot())


def view_of(check: DependencyCheck, **kw: Any) -> InMemoryView:
    return InMemoryView(malicious=check.malicious, compromised=check.compromised, **kw)


def screen(path: Path, name: str, version: str, view: InMemoryView, **kw: Any) -> Screening:
    kw.setdefault("now", T0)
    return screen_version(path, name, version, kw.pop("checksum", None), view, **kw)


def document(data: dict[str, object] | None) -> Any:
    assert data is not None
    return data


def codes(result: Screening) -> list[str]:
    return [s.code for s in result.signals]


# -- incident samples and benign crates -------------------------------------------------


@pytest.mark.parametrize("sample", HARMFUL, ids=[s["dir"] for s in HARMFUL])
def test_every_harmful_sample_needs_review_at_high_risk(
    sample: dict[str, Any], tmp_path: Path, malicious: DependencyCheck
) -> None:
    path, name, version = pack_directory(INCIDENTS / sample["dir"], tmp_path)
    result = screen(path, name, version, view_of(malicious))
    assert result.risk.rank >= Risk.HIGH.rank, result.signals
    assert result.state is TriageState.NEEDS_REVIEW
    assert result.scan is not None and result.diff is None


@pytest.mark.parametrize("sample", BENIGN, ids=[s["dir"] for s in BENIGN])
def test_benign_samples_are_auto_clean(
    sample: dict[str, Any], tmp_path: Path, malicious: DependencyCheck
) -> None:
    path, name, version = pack_directory(INCIDENTS / sample["dir"], tmp_path)
    result = screen(path, name, version, view_of(malicious))
    assert result.risk.rank <= Risk.LOW.rank, result.signals
    assert result.state is TriageState.AUTO_CLEAN


@pytest.mark.skipif(not DEBIAN_SEMVER, reason="Debian's librust-semver-dev is not installed")
def test_a_real_crate_is_clean(tmp_path: Path, malicious: DependencyCheck) -> None:
    path, name, version = pack_directory(DEBIAN_SEMVER[-1], tmp_path)
    result = screen(path, name, version, view_of(malicious))
    assert (result.risk, result.signals) == (Risk.NONE, ())


def test_a_known_malicious_dependency_is_critical(
    tmp_path: Path, malicious: DependencyCheck
) -> None:
    path, name, version = pack_directory(INCIDENTS / "finch-rust-clone", tmp_path)
    result = screen(path, name, version, view_of(malicious))
    found = [s for s in result.signals if s.code == "known-malicious-dependency"]
    assert found and found[0].risk is Risk.CRITICAL and "sha-rust" in found[0].message
    assert result.risk is Risk.CRITICAL


def test_the_documents_are_the_clis(tmp_path: Path, malicious: DependencyCheck) -> None:
    old = simple_crate(tmp_path / "v1", "util", "0.3.1")
    new = simple_crate(tmp_path / "v2", "util", "0.3.2", files={"build.rs": NETWORK_BUILD_RS})
    view = InMemoryView({"util": [VersionRecord("0.3.1", T0 - dt.timedelta(days=400), old)]})
    result = screen(new, "util", "0.3.2", view)
    scan, diff = document(result.scan), document(result.diff)
    jsonschema.validate(scan, SCHEMA)
    jsonschema.validate(diff, SCHEMA)
    assert (scan["kind"], diff["kind"]) == ("scan", "diff")
    (crate,) = scan["crates"]
    # the archive's name, never where it was kept
    assert (crate["crate"], crate["version"]) == ("util", "0.3.2")
    assert (crate["path"], diff["old"]["path"]) == ("util-0.3.2.crate", "util-0.3.1.crate")
    assert str(tmp_path) not in json.dumps([result.scan, result.diff])


# -- updates ----------------------------------------------------------------------------


def test_an_added_build_script_with_network_access_is_flagged_by_the_diff(tmp_path: Path) -> None:
    old = simple_crate(tmp_path / "v1", "util", "0.3.1")
    new = simple_crate(tmp_path / "v2", "util", "0.3.2", files={"build.rs": NETWORK_BUILD_RS})
    view = InMemoryView({"util": [VersionRecord("0.3.1", T0 - dt.timedelta(days=400), old)]})
    result = screen(new, "util", "0.3.2", view, published=T0)
    risky = [s for s in result.signals if s.code == "diff-risky"]
    assert risky and risky[0].risk is Risk.HIGH
    assert "since 0.3.1" in risky[0].message and "in build.rs" in risky[0].message
    assert document(result.diff)["verdict"] == "risky"
    assert result.state is TriageState.NEEDS_REVIEW


def test_a_routine_update_is_auto_clean(tmp_path: Path) -> None:
    old = simple_crate(tmp_path / "v1", "util", "1.0.0", '[dependencies]\nmemchr = "2.5"\n')
    new = simple_crate(tmp_path / "v2", "util", "1.0.1", '[dependencies]\nmemchr = "2.7"\n')
    view = InMemoryView({"util": [VersionRecord("1.0.0", T0 - dt.timedelta(days=400), old)]})
    result = screen(new, "util", "1.0.1", view, published=T0)
    assert (result.risk, result.signals) == (Risk.NONE, ())
    assert document(result.diff)["verdict"] == "unchanged-risk"


def test_a_suspicious_finding_the_previous_version_had_is_low(tmp_path: Path) -> None:
    lib = LIB + b'\npub const MIRROR: &str = "http://192.0.2.7/mirror";\n'
    first = simple_crate(tmp_path / "v1", "mirror", "1.0.0", files={"src/lib.rs": lib})
    alone = screen(first, "mirror", "1.0.0", InMemoryView())
    (signal,) = alone.signals
    assert (signal.code, signal.risk) == ("scan-suspicious", Risk.MEDIUM)

    second = simple_crate(tmp_path / "v2", "mirror", "1.0.1", files={"src/lib.rs": lib})
    view = InMemoryView({"mirror": [VersionRecord("1.0.0", T0 - dt.timedelta(days=30), first)]})
    update = screen(second, "mirror", "1.0.1", view, published=T0)
    (signal,) = update.signals
    assert (signal.code, signal.risk) == ("scan-suspicious", Risk.LOW)
    assert "as in 1.0.0 already" in signal.message
    assert update.state is TriageState.AUTO_CLEAN


def test_a_download_written_while_building_unchecked_is_high(tmp_path: Path) -> None:
    # fetched into OUT_DIR and embedded: whoever holds the mirror chooses what ships
    fetch = (
        b"fn main() {\n"
        b'    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("gm.sf2");\n'
        b'    let body = ureq::get("https://mirror.example/gm.sf2").call().unwrap();\n'
        b"    let mut bytes = Vec::new();\n"
        b"    body.into_reader().read_to_end(&mut bytes).unwrap();\n"
        b"    std::fs::write(&out, &bytes).unwrap();\n}\n"
    )
    levels = {}
    for name, build in {
        "written": fetch,
        "sent": fetch.replace(b"    std::fs::write(&out, &bytes).unwrap();\n", b""),
    }.items():
        crate = simple_crate(tmp_path / name, "soundfont", "0.2.0", files={"build.rs": build})
        (signal,) = screen(crate, "soundfont", "0.2.0", InMemoryView()).signals
        levels[name] = (signal.code, signal.risk)
    assert levels == {
        "written": ("scan-suspicious", Risk.HIGH),
        "sent": ("scan-suspicious", Risk.MEDIUM),
    }


def test_an_unreadable_previous_version_is_a_signal_not_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "v1" / "util-1.0.0.crate"
    broken.parent.mkdir()
    broken.write_bytes(b"this is not gzip")
    new = simple_crate(tmp_path / "v2", "util", "1.0.1")
    view = InMemoryView({"util": [VersionRecord("1.0.0", T0 - dt.timedelta(days=400), broken)]})
    result = screen(new, "util", "1.0.1", view, published=T0)
    assert codes(result) == ["diff-unavailable"] and result.diff is None
    assert str(tmp_path) not in result.signals[0].message
    assert result.risk is Risk.LOW


def test_an_unreadable_archive_is_incomplete(tmp_path: Path) -> None:
    broken = tmp_path / "util-1.0.0.crate"
    broken.write_bytes(b"\x1f\x8b not really gzip")
    result = screen(broken, "util", "1.0.0", InMemoryView())
    assert codes(result) == ["scan-incomplete"] and result.risk is Risk.HIGH
    with pytest.raises(InputError) as caught:
        screen(tmp_path / "absent-1.0.0.crate", "absent", "1.0.0", InMemoryView())
    assert "\n" not in str(caught.value) and "absent-1.0.0.crate" in str(caught.value)


# -- names ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def screener() -> Screener:
    corpus = Corpus(
        [
            Popular("serde", 5000, 1, frozenset({"dtolnay"})),
            Popular("tokio", 4000, 2, frozenset({"carllerche"})),
            Popular("serde_json", 3000, 3, frozenset({"dtolnay"})),
        ],
        "dependents",
    )
    return Screener(corpus)


def test_a_new_crate_and_its_new_dependencies_are_screened(
    tmp_path: Path, screener: Screener
) -> None:
    body = '[dependencies]\ntokioo = "1"\nserde = "1"\n[dev-dependencies]\nserde_jsonn = "1"\n'
    path = simple_crate(tmp_path, "serdee", "0.1.0", body)
    result = screen(path, "serdee", "0.1.0", InMemoryView(screener=screener), published=T0)
    found = {s.message.split(" (")[0]: s.risk for s in result.signals if s.code == "typosquat"}
    assert found == {
        "the name serdee imitates serde": Risk.HIGH,
        "new normal dependency tokioo imitates tokio": Risk.HIGH,
        "new dev dependency serde_jsonn imitates serde_json": Risk.MEDIUM,
    }


def test_an_update_screens_only_the_dependencies_it_adds(
    tmp_path: Path, screener: Screener
) -> None:
    old = simple_crate(tmp_path / "v1", "tool", "1.0.0", '[dependencies]\ntokioo = "1"\n')
    body = '[dependencies]\ntokioo = "1"\nserd = "1"\nserde_json = "1"\n'
    new = simple_crate(tmp_path / "v2", "tool", "1.0.1", body)
    view = InMemoryView(
        {"tool": [VersionRecord("1.0.0", T0 - dt.timedelta(days=400), old)]}, screener=screener
    )
    result = screen(new, "tool", "1.0.1", view, published=T0)
    squats = [s.message for s in result.signals if s.code == "typosquat"]
    assert len(squats) == 1 and squats[0].startswith("new normal dependency serd imitates serde")
    assert "diff-risky" in codes(result)  # the diff screens its added dependencies too
    assert document(result.diff)["dependencies"]["screened"]


# -- checksums, determinism, the rules version -----------------------------------------


def test_a_checksum_mismatch_is_critical_and_the_archive_still_scanned(tmp_path: Path) -> None:
    path = simple_crate(tmp_path, "util", "1.0.0")
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    pinned = "0" * 64
    result = screen(path, "util", "1.0.0", InMemoryView(), checksum=pinned)
    assert codes(result) == ["checksum-mismatch"] and result.risk is Risk.CRITICAL
    assert actual in result.signals[0].message and result.checksum == pinned
    assert document(result.scan)["crates"][0]["verdict"] == "clean"
    agreed = screen(path, "util", "1.0.0", InMemoryView(), checksum=actual.upper())
    assert agreed.signals == () and agreed.checksum == actual
    unpinned = screen(path, "util", "1.0.0", InMemoryView())
    assert unpinned.signals == () and unpinned.checksum == actual


def test_the_same_inputs_give_the_same_screening(
    tmp_path: Path, malicious: DependencyCheck, screener: Screener
) -> None:
    path, name, version = pack_directory(INCIDENTS / "finch-rust-clone", tmp_path)
    view = view_of(malicious, screener=screener)
    first = screen(path, name, version, view, published=T0)
    again = screen(path, name, version, view, published=T0)
    assert first == again
    assert json.dumps(first.scan, sort_keys=False) == json.dumps(again.scan, sort_keys=False)
    assert first.screened == T0


def test_the_rules_version_names_what_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    version = current_rules_version()
    assert version.startswith(f"screening-{screening.SCREENING_VERSION}+cratewatch-")
    assert version == current_rules_version()
    current_rules_version.cache_clear()
    monkeypatch.setattr(screening, "SCREENING_VERSION", screening.SCREENING_VERSION + 1)
    try:
        assert current_rules_version() != version
    finally:
        current_rules_version.cache_clear()


def test_the_rules_version_follows_the_rules_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cratewatch.scan import rules

    version = current_rules_version()
    changed = tmp_path / "rules.toml"
    changed.write_bytes(rules.RULES_FILE.read_bytes() + b"\n# one more line\n")
    current_rules_version.cache_clear()
    monkeypatch.setattr(rules, "RULES_FILE", changed)
    try:
        assert current_rules_version().rsplit("+", 1)[0] == version.rsplit("+", 1)[0]
        assert current_rules_version() != version
    finally:
        current_rules_version.cache_clear()


def test_a_screening_records_the_rules_version(tmp_path: Path) -> None:
    path = simple_crate(tmp_path, "util", "1.0.0")
    assert screen(path, "util", "1.0.0", InMemoryView()).rules_version == current_rules_version()
    given = screen(path, "util", "1.0.0", InMemoryView(), rules_version="r1")
    assert given.rules_version == "r1"


# -- obtaining the archive --------------------------------------------------------------


def event(
    name: str, version: str, checksum: str | None, crate_path: str | None = None
) -> Published:
    return Published(name, version, checksum, "git-index", T0, T0, None, crate_path)


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[IndexServer]:
    root = tmp_path / "served"
    root.mkdir()
    with serving(root) as server:
        config = {"dl": server.base_url + "api/v1/crates", "api": server.base_url}
        (root / "config.json").write_text(json.dumps(config))
        yield server


@pytest.fixture
def downloader(registry: IndexServer, tmp_path: Path) -> Iterator[CrateDownloader]:
    # trust_env=False: no proxy from the environment, the requests go to 127.0.0.1 only
    with (
        httpx.Client(trust_env=False, timeout=10) as client,
        CrateDownloader(registry.base_url, client=client, cache_dir=tmp_path / "cache") as d,
    ):
        yield d


def serve(server: IndexServer, name: str, version: str, data: bytes, cksum: str) -> None:
    rel = index_path(name)
    assert rel is not None
    index_file = server.root / rel
    index_file.parent.mkdir(parents=True, exist_ok=True)
    index_file.write_text(line(name, version, cksum=cksum) + "\n")
    served = server.root / "api" / "v1" / "crates" / name / version / "download"
    served.parent.mkdir(parents=True, exist_ok=True)
    served.write_bytes(data)


def test_a_local_crate_is_used_as_it_is(tmp_path: Path, downloader: CrateDownloader) -> None:
    path = simple_crate(tmp_path, "util", "1.0.0")
    fetched = fetch_crate(event("util", "1.0.0", None, str(path)), tmp_path / "d", downloader)
    assert fetched == (path, None)


def test_a_download_is_verified_against_the_index(
    tmp_path: Path, registry: IndexServer, downloader: CrateDownloader
) -> None:
    data = simple_crate(tmp_path / "src", "util", "1.0.0").read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    serve(registry, "util", "1.0.0", data, digest)
    fetched = fetch_crate(event("util", "1.0.0", None), tmp_path / "d", downloader)
    assert fetched.checksum == digest and fetched.path.read_bytes() == data
    result = screen(fetched.path, "util", "1.0.0", InMemoryView(), checksum=fetched.checksum)
    assert result.signals == ()


@pytest.mark.parametrize("pinned_by", ["index", "event"])
def test_a_served_archive_that_fails_its_checksum_is_kept_and_flagged(
    pinned_by: str, tmp_path: Path, registry: IndexServer, downloader: CrateDownloader
) -> None:
    data = simple_crate(tmp_path / "src", "util", "1.0.0").read_bytes()
    pinned = "ab" * 32
    serve(registry, "util", "1.0.0", data, pinned)
    checksum = pinned if pinned_by == "event" else None
    fetched = fetch_crate(event("util", "1.0.0", checksum), tmp_path / "d", downloader)
    assert fetched.checksum == pinned and fetched.path.read_bytes() == data
    result = screen(fetched.path, "util", "1.0.0", InMemoryView(), checksum=fetched.checksum)
    assert codes(result) == ["checksum-mismatch"] and result.risk is Risk.CRITICAL
    assert document(result.scan)["crates"][0]["crate"] == "util"


def test_other_download_failures_are_one_line_errors(
    tmp_path: Path, registry: IndexServer, downloader: CrateDownloader
) -> None:
    with pytest.raises(DownloadError) as caught:
        fetch_crate(event("absent", "1.0.0", None), tmp_path / "d", downloader)
    assert "\n" not in str(caught.value) and "absent" in str(caught.value)


def test_manifest_helper_is_a_crate(tmp_path: Path) -> None:
    # the archives above are what crates.io serves: one top folder named by the file
    path = pack(tmp_path / "x-1.0.0.crate", {"Cargo.toml": manifest("x", "1.0.0")})
    result = screen(path, "x", "1.0.0", InMemoryView())
    assert document(result.scan)["crates"][0]["problems"] == []
