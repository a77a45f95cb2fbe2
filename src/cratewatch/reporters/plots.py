"""The ecosystem statistics' plots, drawn with matplotlib (its Agg backend: no display),
as SVG or PNG bytes. The SVG is reproducible (fixed ids, no date), so a page made
twice from the same statistics is the same file."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Final

from cratewatch.reporters.stats import LABELS, shares

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from cratewatch.ecosystem.stats import EcosystemStats

__all__ = ["MIN_VERSIONS", "PLOTS", "draw"]

MIN_VERSIONS: Final = 10  # a year plotted by year has at least this many versions

#: file stem -> title
PLOTS: Final = {
    "shares": "Share of crates (latest versions) and of all versions",
    "by-year": "Share of the versions published each year",
}


def draw(stats: EcosystemStats, fmt: str) -> dict[str, bytes]:
    """Every plot (file stem -> bytes) in ``fmt`` (``svg`` or ``png``)."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "cratewatch"
    return {
        "shares": _save(_shares(stats), fmt),
        "by-year": _save(_by_year(stats), fmt),
    }


def _shares(stats: EcosystemStats) -> Figure:
    from matplotlib.figure import Figure

    columns = list(stats.all_versions)
    latest = shares(stats.latest, stats.crates)
    every = shares(stats.all_versions, stats.complete)
    figure = Figure(figsize=(8, 0.5 + 0.45 * len(columns)))
    axes = figure.add_subplot()
    positions = range(len(columns))
    axes.barh([p + 0.2 for p in positions], [latest[c] for c in columns], 0.4, label="latest")
    axes.barh([p - 0.2 for p in positions], [every[c] for c in columns], 0.4, label="all")
    axes.set_yticks(list(positions), [LABELS[c] for c in columns])
    axes.invert_yaxis()
    axes.set_xlabel("%")
    axes.legend()
    figure.tight_layout()
    return figure


def _by_year(stats: EcosystemStats) -> Figure:
    from matplotlib.figure import Figure

    years = _plotted_years(stats)
    figure = Figure(figsize=(8, 6))
    axes = figure.add_subplot()
    for column in stats.all_versions:
        values = [shares(stats.by_year[y][1], stats.by_year[y][0])[column] for y in years]
        axes.plot(years, values, marker="o", label=LABELS[column])
    axes.set_xlabel(f"year of publication (years with {MIN_VERSIONS} versions or more)")
    axes.set_ylabel("% of versions")
    axes.set_xticks(years)
    axes.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2)
    figure.tight_layout()
    return figure


def _plotted_years(stats: EcosystemStats) -> list[int]:
    """The years with ``MIN_VERSIONS`` versions or more (a share of a handful of versions
    swings from 0 to 100 %; the tables have every year), or every year when none has."""
    years = [y for y in stats.by_year if y is not None]
    enough = [y for y in years if stats.by_year[y][0] >= MIN_VERSIONS]
    return enough or years


def _save(figure: Figure, fmt: str) -> bytes:
    out = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    figure.savefig(out, format=fmt, metadata=metadata)
    return out.getvalue()
