"""``reach --download``: dependencies in no source directory fetched from a sparse
registry served on 127.0.0.1, checked against the lockfile's checksums; never the
network without it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cratewatch.registry.download import CrateDownloader
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.reach.test_cli import DB
from tests.reach.test_workspaces import WORKSPACES
from tests.registry.support import IndexServer, make_tar, serving, sha256
from tests.registry.test_download import publish, set_dl


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[IndexServer]:
    root = tmp_path / "served"
    root.mkdir()
    original = CrateDownloader.__init__

    def local_client(self: CrateDownloader, registry: str, **kwargs: object) -> None:
        kwargs["client"] = httpx.Client(trust_env=False, timeout=10)  # 127.0.0.1 only
        original(self, registry, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(CrateDownloader, "__init__", local_client)
    with serving(root) as server:
        set_dl(server, server.base_url + "api/v1/crates")
        yield server


def _project_without_vendor(tmp_path: Path, checksum: str) -> Path:
    project = tmp_path / "project"
    shutil.copytree(WORKSPACES / "direct-call", project, ignore=shutil.ignore_patterns("vendor"))
    lock = project / "Cargo.lock"
    text = lock.read_text()
    start = text.index('name = "time"')
    old = text[text.index("checksum", start) :].split("\n", 1)[0]
    lock.write_text(text.replace(old, f'checksum = "{checksum}"'))
    return project


def test_download_fetches_what_no_source_directory_has(
    tmp_path: Path, registry: IndexServer
) -> None:
    vendored = WORKSPACES / "direct-call" / "vendor" / "time"
    archive = make_tar(
        tmp_path / "time-0.1.45.crate",
        {
            f"time-0.1.45/{p.relative_to(vendored).as_posix()}": p.read_text()
            for p in vendored.rglob("*")
            if p.is_file()
        },
    ).read_bytes()
    publish(registry, "time", "0.1.45", archive)
    project = _project_without_vendor(tmp_path, sha256(archive))
    offline = json.loads(run("reach", project, *DB, "--format", "json").stdout)
    assert [(f["state"], f["reason"]) for f in offline["findings"]] == [("unknown", "no-sources")]
    arguments = ["--db", str(DB[1]), "--registry", registry.base_url, "--format", "json"]
    fetched = json.loads(run("reach", project, "--download", *arguments).stdout)
    assert [f["state"] for f in fetched["findings"]] == ["reachable"]
    assert_one_line_error(run("reach", project, "--download", *DB), 2, "--offline")


def test_a_checksum_that_differs_is_no_source(tmp_path: Path, registry: IndexServer) -> None:
    publish(registry, "time", "0.1.45", b"not the archive the lockfile pins")
    project = _project_without_vendor(tmp_path, "0" * 64)
    arguments = ["--db", str(DB[1]), "--registry", registry.base_url, "--format", "json"]
    document = json.loads(run("reach", project, "--download", *arguments).stdout)
    assert [f["reason"] for f in document["findings"]] == ["no-sources"]
    assert any("cannot download time 0.1.45" in p for p in document["problems"])
