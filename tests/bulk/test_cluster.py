"""Registry scans on a real dask.distributed cluster on 127.0.0.1 (``dask scheduler``
and two ``dask worker`` processes, as an operator starts them) and on a LocalCluster:
the same results as the local pool, and none lost or written twice when a worker is
killed in the middle of the run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from testdata.cluster import dask_cluster
from testdata.mirror import build
from tests.bulk.conftest import ROOT, generated_crate, results, sample_dirs

distributed = pytest.importorskip("distributed")


def cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cratewatch", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_a_dask_cluster_and_a_local_cluster_give_the_local_pools_results(
    mirror: Path, tmp_path: Path
) -> None:
    local = f"sqlite:///{tmp_path / 'local.sqlite3'}"
    ran = cli("scan", "--registry", str(mirror), "--all-versions", "--store", local)
    assert ran.returncode == 0, ran.stderr
    with dask_cluster() as (address, _workers):
        remote = f"sqlite:///{tmp_path / 'cluster.sqlite3'}"
        ran = cli(
            "scan", "--registry", str(mirror), "--all-versions", "--store", remote,
            "--cluster", address, "--batch-size", "0.001",
        )  # fmt: skip
        assert ran.returncode == 0, ran.stderr
        assert f"dask cluster {address} (2 slots)" in ran.stdout
        # the scheduler dask's own configuration names (here: its environment variable)
        configured = f"sqlite:///{tmp_path / 'configured.sqlite3'}"
        ran = cli(
            "scan", "--registry", str(mirror), "--latest", "--store", configured,
            "--cluster", "dask", env={"DASK_SCHEDULER_ADDRESS": address},
        )  # fmt: skip
        assert ran.returncode == 0, ran.stderr
        assert f"{len(sample_dirs())} recorded" in ran.stdout
    assert results(remote) == results(local)
    ran = cli(
        "scan", "--registry", str(mirror), "--latest", "--store", configured, "--cluster", "dask"
    )
    assert ran.returncode == 2
    assert ran.stderr == "error: --cluster dask: dask's configuration names no scheduler-address\n"

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        other = f"sqlite:///{tmp_path / 'localcluster.sqlite3'}"
        ran = cli(
            "scan", "--registry", str(mirror), "--all-versions", "--store", other,
            "--cluster", cluster.scheduler_address,
        )  # fmt: skip
        assert ran.returncode == 0, ran.stderr
    assert results(other) == results(local)


def screened(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM screenings").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_a_worker_killed_mid_scan_loses_no_result_and_writes_none_twice(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    slow = [generated_crate(sources, f"generated-{i}", 0.9, seed=i) for i in range(16)]
    mirror = tmp_path / "mirror"
    build(mirror, [*slow, *sample_dirs()])
    undisturbed = f"sqlite:///{tmp_path / 'undisturbed.sqlite3'}"
    ran = cli("scan", "--registry", str(mirror), "--all-versions", "--store", undisturbed)
    assert ran.returncode == 0, ran.stderr

    database = tmp_path / "killed.sqlite3"
    with dask_cluster() as (address, workers):
        run = subprocess.Popen(
            [
                sys.executable, "-m", "cratewatch", "scan", "--registry", str(mirror),
                "--all-versions", "--store", f"sqlite:///{database}", "--cluster", address,
                "--batch-size", "0.001",
            ],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 300
        while screened(database) < 3 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert run.poll() is None, "the scan ended before a worker could be killed"
        os.killpg(workers[0].pid, signal.SIGKILL)
        out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert f"{len(slow) + len(sample_dirs())} recorded" in out
    assert results(f"sqlite:///{database}") == results(undisturbed)
