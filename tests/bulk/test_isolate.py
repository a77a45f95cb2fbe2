"""Work in a forked child: an item that hangs, crashes, raises or exhausts memory fails
alone, with the reason; the others come back in order."""

from __future__ import annotations

import contextlib
import os
import signal
import time

from cratewatch.isolate import Failed, run_isolated


def _work(item: int) -> int:
    if item == 2:
        time.sleep(30)  # hangs
    if item == 4:
        os.kill(os.getpid(), signal.SIGKILL)  # killed (as the kernel kills for memory)
    if item == 5:
        raise ValueError("bad input")
    if item == 6:
        bytearray(4 * 1024**3)  # more than the memory limit
    if item == 7:
        os._exit(3)
    return item * 10


def test_each_item_fails_alone_with_its_reason() -> None:
    started = time.monotonic()
    results = list(run_isolated(_work, list(range(9)), seconds=1.5, memory=256 * 1024**2))
    assert time.monotonic() - started < 15
    assert results == [
        0,
        10,
        Failed("stopped at the time limit of 1.5 s"),
        30,
        Failed("the scanning process was killed by SIGKILL (out of memory?)"),
        Failed("ValueError: bad input"),
        Failed("MemoryError: "),
        Failed("the scanning process ended early (exit code 3)"),
        80,
    ]


def test_nothing_is_left_running() -> None:
    list(run_isolated(_work, [1, 2, 3], seconds=0.5, memory=256 * 1024**2))
    try:
        ended = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        ended = (0, 0)
    assert ended == (0, 0)


def test_a_consumer_that_stops_early_kills_the_child() -> None:
    results = run_isolated(_work, [1, 2, 3], seconds=30, memory=256 * 1024**2)
    assert next(results) == 10
    results.close()  # the child is sleeping in item 2
    with contextlib.suppress(ChildProcessError):  # no child at all: as good
        assert os.waitpid(-1, os.WNOHANG) == (0, 0)
