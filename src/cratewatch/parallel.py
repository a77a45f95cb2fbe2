"""Run one function over many items on every core, results in order.

Workers are forked, so they inherit what the parent prepared (a corpus, rules) instead
of receiving it pickled with every item. Where forking is unavailable, or the work is
too small to pay for the processes, the items run in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

__all__ = ["map_on_cores"]

T = TypeVar("T")
R = TypeVar("R")


def map_on_cores(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    workers: int | None = None,
    chunksize: int = 1,
    min_items: int = 2,
) -> Iterator[R]:
    """``func(item)`` for each item, in order; serial with one worker or fewer than
    ``min_items`` items."""
    count = workers or os.cpu_count() or 1
    if (
        count == 1
        or len(items) < min_items
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield from map(func, items)
        return
    with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(func, items, chunksize=chunksize)
