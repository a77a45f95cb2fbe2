"""``cratewatch scan`` end to end: the incident samples, a Cargo.lock with a vendor
directory, a download from a registry on 127.0.0.1, SARIF, and bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from cratewatch.registry.download import CrateDownloader
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.registry.support import IndexServer, crate_bytes, serving
from tests.registry.test_download import publish, set_dl
from tests.scan.test_sources import crate_dir, write_lockfile

INCIDENTS = Path(__file__).resolve().parent / "incidents"
CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"


def test_json_verdicts_on_incident_samples() -> None:
    result = run(
        "scan",
        INCIDENTS / "telegram-build-script",
        INCIDENTS / "finch-rust-clone",
        INCIDENTS / "clean-sys-build-script",
        "--format",
        "json",
    )
    assert result.exit_code == 1, result.output  # a malicious crate fails the run
    by_dir = {Path(entry["path"]).name: entry for entry in json.loads(result.stdout)["crates"]}
    assert by_dir["telegram-build-script"]["verdict"] == "malicious"
    assert by_dir["clean-sys-build-script"]["verdict"] == "clean"
    finch = by_dir["finch-rust-clone"]
    assert finch["verdict"] == "suspicious"
    (dependency,) = [f for f in finch["findings"] if f["rule"] == "threat-malicious-dependency"]
    assert dependency["file"] == "Cargo.toml"
    assert "sha-rust" in dependency["snippet"]
    assert "RUSTSEC-" in dependency["snippet"]
    assert set(finch) >= {"crate", "version", "verdict", "risk_score", "capabilities", "unsafe"}


def test_the_report_does_not_depend_on_the_hash_seed() -> None:
    """A sample whose data flow cuts a function's visits: the functions are visited in an
    order of the scan's own, so every run reports the same."""
    sample = INCIDENTS / "holdout28-ham-logbook-sync-tqsl-keys-aprs-is-telemetry"
    command = [sys.executable, "-m", "cratewatch", "scan", str(sample), "--format", "json"]
    command += ["--no-cache", "--offline"]
    reports = {
        subprocess.run(
            command, env=os.environ | {"PYTHONHASHSEED": seed}, capture_output=True, check=False
        ).stdout
        for seed in ("1", "2", "7")
    }
    assert len(reports) == 1
    assert json.loads(reports.pop())["crates"][0]["verdict"] == "malicious"


def test_fail_on_suspicious() -> None:
    sample = INCIDENTS / "finch-rust-clone"
    assert run("scan", sample).exit_code == 0
    assert run("scan", sample, "--fail-on", "suspicious").exit_code == 1


def test_sarif_output_names_rules_and_locations() -> None:
    result = run("scan", INCIDENTS / "proc-macro1-build-dropper", "--format", "sarif")
    log = json.loads(result.stdout)
    (sarif_run,) = log["runs"]
    rules = {rule["id"] for rule in sarif_run["tool"]["driver"]["rules"]}
    assert {"threat-obfuscated-string", "verdict-malicious"} <= rules
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif_run["results"]
    }
    assert any(uri.endswith("proc-macro1-build-dropper/build.rs") for uri in uris)


def test_lockfile_with_a_vendor_directory(tmp_path: Path) -> None:
    project = tmp_path / "project"
    vendor = project / "vendor"
    crate_dir(vendor, "tidy", "tidy", "1.0.0")
    shutil.copytree(INCIDENTS / "telegram-build-script", vendor / "postgress")
    manifest = (vendor / "postgress" / "Cargo.toml").read_text()
    version = manifest.split('version = "', 1)[1].split('"', 1)[0]
    lockfile = write_lockfile(
        project / "Cargo.lock",
        [
            ("project", "0.1.0", None, None),
            ("tidy", "1.0.0", CRATES_IO, None),
            ("postgress", version, CRATES_IO, None),
            ("absent", "2.0.0", CRATES_IO, None),
        ],
    )
    result = run("scan", "--lockfile", lockfile, "--format", "json")
    assert result.exit_code == 1
    verdicts = {entry["crate"]: entry["verdict"] for entry in json.loads(result.stdout)["crates"]}
    assert verdicts == {"tidy": "clean", "postgress": "malicious"}
    assert "2 crates scanned (1 malicious, 1 clean); 1 not scanned; 1 skipped" in result.stderr
    document = json.loads(result.stdout)
    assert document["not_scanned"] == [
        {"subject": "absent 2.0.0", "reason": "in no source directory"}
    ]
    assert document["skipped"] == [
        {"subject": "project 0.1.0", "reason": "workspace member or path dependency"}
    ]


def test_a_lockfile_of_which_nothing_is_found_is_not_success(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "vendor").mkdir(parents=True)
    lockfile = write_lockfile(
        project / "Cargo.lock",
        [("project", "0.1.0", None, None), ("absent", "2.0.0", CRATES_IO, None)],
    )
    result = run("scan", "--lockfile", lockfile, "--sources", project / "vendor")
    assert_one_line_error(result, 3, "nothing was scanned", "absent 2.0.0: in no source directory")


def test_a_partial_lockfile_scan_fails(tmp_path: Path) -> None:
    project = tmp_path / "project"
    crate_dir(project / "vendor", "tidy", "tidy", "1.0.0")
    lockfile = write_lockfile(
        project / "Cargo.lock",
        [("tidy", "1.0.0", CRATES_IO, None), ("absent", "2.0.0", CRATES_IO, None)],
    )
    result = run("scan", "--lockfile", lockfile)
    assert result.exit_code == 1
    assert "not scanned: absent 2.0.0: in no source directory" in result.stdout
    assert result.stdout.rstrip().endswith("(fails on malicious or worse)")
    assert "scan failed: 1 crates scanned (1 clean); 1 not scanned" in result.stdout


def test_one_bad_archive_in_a_folder_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "crates"
    crate_dir(folder, "tidy", "tidy", "1.0.0")
    (folder / "bad-1.0.0.crate").write_bytes(b"not gzip")
    outside = tmp_path / "outside"
    crate_dir(outside, "far", "far", "1.0.0")
    (folder / "far").symlink_to(outside / "far", target_is_directory=True)
    result = run("scan", folder, "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    verdicts = {Path(c["path"]).name: c["verdict"] for c in document["crates"]}
    assert verdicts == {"tidy": "clean", "bad-1.0.0.crate": "incomplete"}
    [link] = document["not_scanned"]
    assert link["subject"].endswith("far") and "not followed" in link["reason"]


@pytest.fixture
def registry(tmp_path: Path) -> IndexServer:
    root = tmp_path / "served"
    root.mkdir()
    with serving(root) as server:
        set_dl(server, server.base_url + "api/v1/crates")
        yield server


def test_download_from_a_registry(
    tmp_path: Path, registry: IndexServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = 'pub fn f() { let _ = "https://api.telegram.org/bot0:EXAMPLE/sendMessage"; }\n'
    publish(registry, "demo", "1.0.0", crate_bytes(tmp_path, "demo", "1.0.0"))
    publish(registry, "demo", "1.1.0", crate_bytes(tmp_path, "demo", "1.1.0", body))
    # the downloader's own client, kept off any proxy from the environment
    original = CrateDownloader.__init__

    def local_client(self: CrateDownloader, registry: str, **kwargs: object) -> None:
        kwargs["client"] = httpx.Client(trust_env=False, timeout=10)
        original(self, registry, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(CrateDownloader, "__init__", local_client)
    result = run("scan", "--download", "demo", "--registry", registry.base_url, "--format", "json")
    (entry,) = json.loads(result.stdout)["crates"]
    assert (entry["crate"], entry["version"], entry["verdict"]) == ("demo", "1.1.0", "suspicious")
    missing = run("scan", "--download", "nothere@1.0.0", "--registry", registry.base_url)
    assert_one_line_error(missing, 3, "nothere")


def test_bad_input_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("scan"), 2, "--lockfile")
    assert_one_line_error(run("scan", tmp_path / "nothing"), 3, "nothing")
    bad = tmp_path / "bad-1.0.0.crate"
    bad.write_bytes(b"not a gzip archive")
    assert_one_line_error(run("scan", bad), 3, "bad-1.0.0.crate")
    assert_one_line_error(run("scan", "--download", "demo@1.0.0", "--offline"), 2, "--offline")
