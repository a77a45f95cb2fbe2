"""Where the tasks run: the local process pool, or a dask.distributed cluster.

Both are a ``concurrent.futures.Executor`` (dask's through ``Client.get_executor``), so
the scan submits, waits and records through one code path whichever runs it. A dask
cluster reruns the tasks of a worker that dies on the workers left; the store's unique
key of (version, rules) keeps a result computed twice from being written twice.

dask is imported only when a cluster is asked for.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from cratewatch.errors import UsageError

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["Engine", "open_engine", "run_all"]

T = TypeVar("T")
R = TypeVar("R")


class Engine(NamedTuple):
    executor: Executor
    slots: int  # tasks that run at once
    describe: str


@contextlib.contextmanager
def open_engine(cluster: str | None, workers: int | None) -> Iterator[Engine]:
    """The local pool of ``workers`` processes (default: one per core), or with
    ``cluster`` the dask.distributed scheduler at that address (``tcp://HOST:8786``;
    ``dask``: the one dask's own configuration names, ``scheduler-address``)."""
    if cluster is None:
        count = workers or os.cpu_count() or 1
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(count, mp_context=context) as pool:
            yield Engine(pool, count, f"local pool of {count} processes")
        return
    with _dask_client(cluster) as client:
        slots = sum(client.nthreads().values()) or 1  # type: ignore[no-untyped-call]
        executor = client.get_executor(pure=False)  # type: ignore[no-untyped-call]
        yield Engine(executor, slots, f"dask cluster {cluster} ({slots} slots)")


@contextlib.contextmanager
def _dask_client(cluster: str) -> Iterator[Client]:
    try:
        import dask
        from distributed import Client
    except ImportError:
        raise UsageError(
            "--cluster needs dask.distributed: pip install 'cratewatch[cluster]'"
        ) from None
    address = dask.config.get("scheduler-address", None) if cluster == "dask" else cluster
    if not address:
        raise UsageError("--cluster dask: dask's configuration names no scheduler-address")
    try:
        client = Client(address, timeout=10, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"--cluster {address}: cannot reach the scheduler ({exc})") from None
    try:
        yield client
    finally:
        client.close()  # type: ignore[no-untyped-call]


def run_all(
    engine: Engine,
    func: Callable[[T], R],
    tasks: Iterable[T],
    on_result: Callable[[R], None],
    *,
    window: int | None = None,
) -> None:
    """``func(task)`` for every task on the engine, ``on_result`` told each result as it
    arrives (in completion order), with at most ``window`` tasks submitted and not yet
    done (default: four per slot), so that a registry of millions of versions is never
    all in flight. The first task that raises stops the run with its error."""
    limit = window or 4 * engine.slots
    pending: set[Future[R]] = set()
    try:
        for task in tasks:
            if len(pending) >= limit:
                pending = _drain(pending, on_result)
            pending.add(engine.executor.submit(func, task))
        while pending:
            pending = _drain(pending, on_result)
    finally:
        for future in pending:
            future.cancel()


def _drain(pending: set[Future[R]], on_result: Callable[[R], None]) -> set[Future[R]]:
    done, still = wait(pending, return_when=FIRST_COMPLETED)
    for future in done:
        on_result(future.result())
    return set(still)
