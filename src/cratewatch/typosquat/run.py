"""Screen many names at once, on every core (``cratewatch typosquat --all``)."""

from __future__ import annotations

from collections.abc import Callable

from cratewatch.parallel import map_on_cores
from cratewatch.typosquat.screen import Screener, Verdict
from cratewatch.typosquat.sources import Population

__all__ = ["screen_population"]

_CHUNK = 2_000

# Set in the parent before the pool forks, so workers inherit the screener and the
# population instead of receiving them pickled with every chunk.
_SHARED: tuple[Screener, Population] | None = None


def _screen_chunk(bounds: tuple[int, int]) -> list[Verdict]:
    assert _SHARED is not None
    screener, pop = _SHARED
    start, end = bounds
    verdicts = (
        screener.screen(pop.names[i], pop.owners[i], pop.popularity[i], pop.created[i])
        for i in range(start, end)
    )
    return [v for v in verdicts if v.flagged]


def screen_population(
    screener: Screener,
    pop: Population,
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Verdict]:
    """The flagged verdicts of every crate of ``pop``, in name order."""
    global _SHARED
    chunks = [(i, min(i + _CHUNK, len(pop.names))) for i in range(0, len(pop.names), _CHUNK)]
    _SHARED = (screener, pop)
    flagged: list[Verdict] = []
    try:
        results = map_on_cores(_screen_chunk, chunks, workers=workers)
        for (_, end), found in zip(chunks, results, strict=True):
            flagged += found
            if progress:
                progress(end, len(pop.names))
    finally:
        _SHARED = None
    return flagged
