"""``cratewatch scan --registry MIRROR`` and ``cratewatch rescan`` on the local pool:
every version screened once into the store, a rerun skips what is done, a hostile
archive is stopped by a limit and recorded, an archive that cannot be fetched is
listed and tried again, downloads come from the index's ``dl`` URL (a server on
127.0.0.1), and a rescan after a rules change keeps the registry's own signals."""

from __future__ import annotations

import http.server
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cratewatch.cli.main import main
from cratewatch.service.model import Risk, Signal
from cratewatch.service.screening import current_rules_version
from cratewatch.service.store import Store
from testdata.mirror import build
from tests.bulk.conftest import INCIDENTS, MALICIOUS, generated_crate, key, results, sample_dirs
from tests.service.ports import free_port
from tests.test_json_schema import VALIDATOR


def scan(mirror: Path, store: str, *more: str) -> int:
    return main(["scan", "--registry", str(mirror), "--store", store, "--workers", "2", *more])


def test_every_version_is_screened_once_and_a_rerun_skips_them(
    mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    assert scan(mirror, url, "--all-versions") == 0
    out = capsys.readouterr().out
    total = len(sample_dirs()) + 1
    assert f"{total} versions selected, 0 screened by these rules before, {total} recorded" in out
    found = results(url)
    assert len(found) == total
    names = {name for name, _ in found}
    for sample in MALICIOUS:
        manifest = (INCIDENTS / sample / "Cargo.toml").read_text()
        crate = manifest.split('name = "', 1)[1].split('"', 1)[0]
        assert crate in names
        assert any(risk == "critical" for (n, _), (risk, _) in found.items() if n == crate)
    assert found[("envfile-loader", "0.99.0")][0] == "none"
    with Store(url) as store:
        facts = {name: f for name, _, _, _, f in store.screened_facts()}
        assert facts["semver"] is not None and facts["semver"]["unsafe"] is True
        rows = {r.key.version: r for r in store.crate_history("envfile-loader")}
        assert rows["0.99.0"].source == "registry-scan" and rows["0.99.0"].published is not None
    assert scan(mirror, url, "--latest", "--format", "json") == 0
    document = json.loads(capsys.readouterr().out)
    VALIDATOR.validate(document)
    assert document["kind"] == "registry-scan"
    assert document["selected"] == total - 1 and document["already_screened"] == total - 1
    assert document["recorded"] == 0 and document["tasks"] == 0
    assert results(url) == found


def test_a_crate_that_hangs_the_scan_is_stopped_and_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = generated_crate(tmp_path / "src", "huge-generated", 10, seed=1)
    small = sample_dirs()[0]
    mirror = tmp_path / "mirror"
    build(mirror, [big, small])
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    assert scan(mirror, url, "--all-versions", "--time-limit", "3", "--batch-size", "64") == 0
    assert "2 recorded" in capsys.readouterr().out
    with Store(url) as store:
        detail = store.version(store.crate_history("huge-generated")[0].key)
        assert detail is not None
        (screening,) = detail.screenings
        assert screening.risk is Risk.HIGH and screening.facts is None
        assert [s.code for s in screening.signals] == ["scan-failed"]
        assert "stopped at the time limit of 3 s" in screening.signals[0].message
    found = results(url)
    assert found[("huge-generated", "1.0.0")][1] == ("scan-failed",)
    assert len(found) == 2  # the other crate of the batch was scanned
    # a rerun does not try it again: it is recorded
    assert scan(mirror, url, "--all-versions", "--time-limit", "3") == 0
    assert "2 screened by these rules before, 0 recorded" in capsys.readouterr().out


def test_an_archive_missing_from_the_mirror_is_listed_and_tried_again(
    own_mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = next(own_mirror.glob("semver-*.crate"), None) or next(own_mirror.glob("*.crate"))
    kept = tmp_path / archive.name
    archive.rename(kept)
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    assert scan(own_mirror, url, "--all-versions") == 1
    captured = capsys.readouterr()
    assert "1 not fetched" in captured.out
    assert f"not scanned: {archive.name.removesuffix('.crate').rsplit('-', 1)[0]}" in captured.err
    assert "no such file" in captured.err
    archive.symlink_to("/dev/zero")  # a device where the archive belongs: never read
    assert scan(own_mirror, url, "--all-versions") == 1
    assert "a character device, not a file" in capsys.readouterr().err
    archive.unlink()
    kept.rename(archive)
    assert scan(own_mirror, url, "--all-versions") == 0
    assert "1 recorded" in capsys.readouterr().out


class _Registry(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def served(mirror: Path) -> Iterator[str]:
    """The mirror's archives on an HTTP server on 127.0.0.1, ``/<name>-<version>.crate``."""

    def handler(*args: object, **kwargs: object) -> _Registry:
        return _Registry(*args, directory=str(mirror), **kwargs)  # type: ignore[arg-type]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_workers_download_what_an_index_with_a_dl_url_names(
    mirror: Path, tmp_path: Path, served: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    index = tmp_path / "index"
    shutil.copytree(mirror / "index", index)
    (index / "config.json").write_text(json.dumps({"dl": served + "/{crate}-{version}.crate"}))
    # one archive served is not the one the index pins
    semver = next((index).rglob("envfile-loader"))
    lines = semver.read_text().splitlines()
    first = json.loads(lines[0])
    first["cksum"] = "0" * 64
    semver.write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n")
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    assert main(["scan", "--registry", str(index), "--all-versions", "--store", url]) == 0
    assert f"{len(sample_dirs()) + 1} recorded" in capsys.readouterr().out
    found = results(url)
    assert "checksum-mismatch" in found[("envfile-loader", "0.15.8")][1]
    assert found[("envfile-loader", "0.99.0")] == ("none", ())


def test_a_rescan_screens_what_other_rules_judged_and_keeps_registry_signals(
    mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "store.sqlite3"
    url = f"sqlite:///{database}"
    assert scan(mirror, url, "--all-versions") == 0
    before = results(url)
    with Store(url) as store:  # read a page at a time: every version once, in id order
        stale = [row.key for row, _ in store.stale_versions("other rules", page=2)]
        assert len(stale) == len(set(stale)) == len(before)
        assert len(list(store.screened_facts(page=2))) == len(before)
    typosquat = {"code": "typosquat", "risk": "medium", "message": "imitates dotenv"}
    with sqlite3.connect(database) as db:
        db.execute("UPDATE screenings SET rules_version = 'screening-0+old-rules'")
        db.execute(
            "UPDATE screenings SET signals = ? WHERE version_id = "
            "(SELECT id FROM versions WHERE name = 'envfile-loader' AND version = '0.99.0')",
            (json.dumps([typosquat]),),
        )
    capsys.readouterr()
    assert main(["rescan", "--store", url, "--workers", "2"]) == 0
    assert f"{len(before)} versions selected" in capsys.readouterr().out
    with Store(url) as store:
        detail = store.version(key(store, "envfile-loader", "0.99.0"))
        assert detail is not None
        latest = detail.screenings[-1]
        assert latest.rules_version == current_rules_version()
        assert latest.signals == (Signal("typosquat", Risk.MEDIUM, "imitates dotenv"),)
        assert latest.risk is Risk.MEDIUM
    assert main(["rescan", "--store", url]) == 0
    assert "0 versions selected" in capsys.readouterr().out


def test_a_rescan_lists_the_versions_whose_archive_is_not_kept(
    own_mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "store.sqlite3"
    url = f"sqlite:///{database}"
    assert scan(own_mirror, url, "--all-versions") == 0
    with sqlite3.connect(database) as db:
        db.execute("UPDATE screenings SET rules_version = 'screening-0+old-rules'")
    gone = next(own_mirror.glob("envfile-loader-0.99.0.crate"))
    gone.unlink()
    capsys.readouterr()
    assert main(["rescan", "--store", url, "--crate-dir", str(tmp_path / "none")]) == 1
    captured = capsys.readouterr()
    assert f"{len(sample_dirs())} recorded" in captured.out and "1 not fetched" in captured.out
    assert "not scanned: envfile-loader 0.99.0" in captured.err
    assert "archive not kept" in captured.err


def test_a_postgresql_store_takes_the_results(
    mirror: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert scan(mirror, postgres_url, "--latest") == 0
    assert f"{len(sample_dirs())} recorded" in capsys.readouterr().out
    with Store(postgres_url) as store:
        assert len(list(store.screened_facts())) == len(sample_dirs())


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--all-versions", "--latest"], "give --all-versions or --latest, not both"),
        (["--latest", "--time-limit", "0"], "--time-limit must be positive"),
        (["--latest", "extra.crate"], "a registry scan takes no PATH"),
        (["--since", "yesterday"], "is not a date"),
        (["--latest", "--format", "sarif"], "prints a summary: --format human or json"),
    ],
)
def test_usage_errors_are_one_line(
    mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    try:
        code = scan(mirror, url, *argv)
    except SystemExit as exit:  # argparse's own check of the value
        code = int(str(exit.code))
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_cluster_without_a_selection_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--cluster", "tcp://127.0.0.1:9", "x.crate"]) == 2
    assert "--cluster runs a whole-registry scan" in capsys.readouterr().err


def test_an_unreachable_cluster_is_a_one_line_error(
    mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    port = free_port()
    assert scan(mirror, url, "--latest", "--cluster", f"tcp://127.0.0.1:{port}") == 2
    err = capsys.readouterr().err
    assert "cannot reach the scheduler" in err and err.count("\n") == 1
