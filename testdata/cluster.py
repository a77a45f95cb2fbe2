"""A dask.distributed cluster on 127.0.0.1, started as an operator starts one: ``dask
scheduler`` and one-thread ``dask worker`` processes (with their nannies), each in a
session of its own, so that a worker can be killed with its nanny in the middle of a
run. What the registry scan's cluster tests and benchmark run against."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: the ``dask`` command of the Python running this
DASK = Path(sys.executable).with_name("dask")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def dask_cluster(workers: int = 2) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """The scheduler's address and the worker processes, once every worker has joined;
    everything is killed on the way out."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet: dict[str, Any] = {
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "start_new_session": True,
    }
    scheduler = [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port)]
    started = [subprocess.Popen([*scheduler, "--no-dashboard"], **quiet)]
    worker = [str(DASK), "worker", address, "--nthreads", "1", "--host", "127.0.0.1"]
    try:
        started += [subprocess.Popen([*worker, "--no-dashboard"], **quiet) for _ in range(workers)]
        with Client(address, timeout=60) as client:  # type: ignore[no-untyped-call]
            client.wait_for_workers(workers, timeout=60)
        yield address, started[1:]
    finally:
        for process in reversed(started):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
