"""One ``cratewatch typosquat`` end to end: options in, a typed report out, nothing printed;
and screening a whole registry on every core (``--all``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from cratewatch.errors import InputError, UsageError
from cratewatch.parallel import map_on_cores
from cratewatch.typosquat.names import name_problem, shown_name
from cratewatch.typosquat.screen import Screener, Verdict
from cratewatch.typosquat.sources import Population

__all__ = [
    "NameResult",
    "TyposquatOptions",
    "TyposquatReport",
    "run_typosquat",
    "screen_population",
]

Progress = Callable[[str, int | None, int | None], None]


class TyposquatOptions(NamedTuple):
    names: tuple[str, ...] = ()  # from the command line: one that is not a crate name is an error
    names_file: Path | None = None  # one per line: a malformed line gets its own result
    all: bool = False  # every crate of the population
    index_spec: str | None = None  # the corpus: an index directory or archive ...
    store: Path | None = None  # ... or an ecosystem store (default: the ingested one)
    top: int = 3000
    owners: tuple[str, ...] = ()
    allowlist: Path | None = None
    baseline: bool = False  # crates.io's own check instead of ours


class NameResult(NamedTuple):
    """One screened name: its verdict, or why it is not a crate name at all."""

    name: str
    verdict: Verdict | None
    problem: str | None = None

    @property
    def flagged(self) -> bool:
        return self.verdict is not None and self.verdict.flagged


class TyposquatReport(NamedTuple):
    results: tuple[NameResult, ...]  # --all: only the flagged names
    screened: int  # names screened (--all: the whole population)
    baseline: bool

    @property
    def failed(self) -> bool:
        return any(r.flagged for r in self.results)

    @property
    def invalid(self) -> int:
        return sum(1 for r in self.results if r.verdict is None)


def run_typosquat(options: TyposquatOptions, progress: Progress | None = None) -> TyposquatReport:
    """Screen what ``options`` names against its corpus."""
    if options.all == bool(options.names or options.names_file):
        raise UsageError(
            "give crate names (or --names-file), or --all to screen every crate of the index"
        )
    if options.top < 1:
        raise UsageError("--top must be at least 1")
    for name in options.names:
        problem = name_problem(name)
        if problem is not None:
            raise UsageError(f"{shown_name(name)} is not a valid crate name: {problem}")
    listed = _lines(options.names_file, "file of names") if options.names_file else []
    allowlist = _lines(options.allowlist, "allowlist") if options.allowlist else []
    say = progress or (lambda stage, done, total: None)
    pop = _population(options, say)
    say("ranking the popular crates", None, None)
    screener = Screener(
        pop.corpus(options.top),
        baseline=options.baseline,
        allowlist=allowlist,
        standing=pop.standing(),
    )
    if options.all:
        verdicts = screen_population(
            screener, pop, progress=lambda done, total: say("screening", done, total)
        )
        results = tuple(NameResult(v.name, v) for v in verdicts)
        return TyposquatReport(results, len(pop.names), options.baseline)
    found = [NameResult(name, screener.screen(name, options.owners)) for name in options.names]
    for name in listed:  # a file of names goes on past a malformed line
        problem = name_problem(name)
        verdict = None if problem else screener.screen(name, options.owners)
        found.append(NameResult(name, verdict, problem))
    return TyposquatReport(tuple(found), len(found), options.baseline)


def _population(options: TyposquatOptions, progress: Progress) -> Population:
    from cratewatch.cachedir import default_store_dir, user_cache_dir
    from cratewatch.ecosystem.store import Store
    from cratewatch.typosquat.sources import corpus_store, population

    if options.index_spec is not None and options.store is not None:
        raise UsageError("give --index or --store, not both")
    if options.index_spec is not None:
        return population(corpus_store(options.index_spec, user_cache_dir(), progress))
    return population(Store(options.store or default_store_dir()))


def _lines(path: Path, what: str) -> list[str]:
    """The entries of a file of names: one a line, ``#`` starts a comment."""
    from cratewatch.untrusted.files import read_regular_file

    data = read_regular_file(path, max_bytes=16 * 1024 * 1024)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: cannot read the {what}: not UTF-8 ({exc.reason})") from None
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [entry for entry in entries if entry]


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
