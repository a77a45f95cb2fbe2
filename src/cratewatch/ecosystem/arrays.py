"""Array helpers shared by the ecosystem computations.

``unique`` replaces ``np.unique``: since numpy 2.3 it hashes integer arrays, which
measured 60x slower than sorting on the millions of values these computations
pass it (3.3 s against 0.05 s for 2.8 million int64).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["concat_ranges", "unique", "unique_first"]

IntArray = NDArray[np.int64]


def unique(values: NDArray[Any]) -> IntArray:
    """The distinct values, ascending, as int64."""
    ordered = np.sort(np.asarray(values, dtype=np.int64))
    if ordered.size == 0:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    result: IntArray = ordered[keep]
    return result


def unique_first(values: NDArray[Any]) -> tuple[IntArray, IntArray]:
    """The distinct values, ascending, and the position of each one's first occurrence."""
    values = np.asarray(values, dtype=np.int64)
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    if ordered.size == 0:
        return ordered, order.astype(np.int64)
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep], order[keep].astype(np.int64)


def concat_ranges(starts: IntArray, ends: IntArray) -> IntArray:
    """``np.concatenate([np.arange(s, e) for s, e in zip(starts, ends)])``, vectorised."""
    lengths = ends - starts
    keep = lengths > 0
    starts, lengths = starts[keep], lengths[keep]
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    result: IntArray = np.repeat(starts - offsets, lengths) + np.arange(total, dtype=np.int64)
    return result
