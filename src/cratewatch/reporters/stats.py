"""The ecosystem's statistics as JSON, Markdown and a standalone HTML page with its
plots (``reporters/plots.py``). Crate names never appear: only counts and shares."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any, Final

from cratewatch.ecosystem.stats import PAINTER

if TYPE_CHECKING:
    from cratewatch.ecosystem.stats import EcosystemStats

__all__ = ["LABELS", "render_stats_html", "render_stats_json", "render_stats_markdown", "shares"]

LABELS: Final = {
    "unsafe": "uses unsafe",
    "build_script": "has a build script",
    "proc_macro": "is a procedural macro",
    "ffi": "declares foreign functions or links native code",
    "network": "can open network connections",
    "process": "can start other programs",
    "depends_on_unsafe_directly": "a direct dependency uses unsafe",
    "depends_on_unsafe": "a dependency, direct or further down, uses unsafe",
}


def _percent(count: int, total: int) -> float:
    return round(100.0 * count / total, 2) if total else 0.0


def shares(counts: dict[str, int], total: int) -> dict[str, float]:
    """Each count as a percentage of ``total``, to two decimals."""
    return {column: _percent(count, total) for column, count in counts.items()}


def _document(stats: EcosystemStats) -> dict[str, Any]:
    from cratewatch.reporters.envelope import envelope

    return {
        **envelope("ecosystem-stats"),
        "screened_versions": stats.screened,
        "complete_versions": stats.complete,
        "columns": [{"id": c, "label": LABELS[c]} for c in stats.all_versions],
        "latest": {
            "crates": stats.crates,
            "counts": stats.latest,
            "shares": shares(stats.latest, stats.crates),
        },
        "all_versions": {
            "versions": stats.complete,
            "counts": stats.all_versions,
            "shares": shares(stats.all_versions, stats.complete),
        },
        "by_year": [
            {"year": year, "versions": count, "counts": counts, "shares": shares(counts, count)}
            for year, (count, counts) in stats.by_year.items()
        ],
        "graph": stats.graph,
        "painter": PAINTER,
    }


def render_stats_json(stats: EcosystemStats) -> str:
    return json.dumps(_document(stats), indent=2) + "\n"


def render_stats_markdown(stats: EcosystemStats) -> str:
    doc = _document(stats)
    columns = list(stats.all_versions)
    lines = [
        "# Ecosystem statistics",
        "",
        f"{stats.complete} versions of {stats.crates} crates scanned completely "
        f"({stats.screened} screened).",
        "",
        "| share of | latest versions | all versions |",
        "|---|---:|---:|",
    ]
    for c in columns:
        lines.append(
            f"| {LABELS[c]} | {doc['latest']['shares'][c]:.2f} % | "
            f"{doc['all_versions']['shares'][c]:.2f} % |"
        )
    lines += ["", "## By year of publication", ""]
    lines.append("| year | versions | " + " | ".join(LABELS[c] for c in columns) + " |")
    lines.append("|---|---:|" + "---:|" * len(columns))
    for row in doc["by_year"]:
        year = row["year"] if row["year"] is not None else "unknown"
        cells = " | ".join(f"{row['shares'][c]:.2f} %" for c in columns)
        lines.append(f"| {year} | {row['versions']} | {cells} |")
    if stats.graph is not None:
        g = stats.graph
        lines += [
            "",
            f"Dependency graph: {g['screened_in_graph']} of the screened versions found in it; "
            f"{g['dependencies_scanned']} of their {g['dependencies']} resolved dependencies "
            "were scanned (a dependency not scanned counts as not using unsafe).",
        ]
    return "\n".join(lines) + "\n"


def render_stats_html(stats: EcosystemStats, plots: dict[str, str]) -> str:
    """A standalone page (no external resources): the tables and ``plots`` (title ->
    SVG text, as ``reporters/plots.py`` draws them)."""
    doc = _document(stats)
    columns = list(stats.all_versions)
    rows = "".join(
        f"<tr><th>{html.escape(LABELS[c])}</th><td>{doc['latest']['shares'][c]:.2f} %</td>"
        f"<td>{doc['all_versions']['shares'][c]:.2f} %</td></tr>"
        for c in columns
    )
    head = "".join(f"<th>{html.escape(LABELS[c])}</th>" for c in columns)
    years = "".join(
        "<tr><th>{}</th><td>{}</td>{}</tr>".format(
            row["year"] if row["year"] is not None else "unknown",
            row["versions"],
            "".join(f"<td>{row['shares'][c]:.2f} %</td>" for c in columns),
        )
        for row in doc["by_year"]
    )
    figures = "".join(
        f"<figure>{svg}<figcaption>{html.escape(title)}</figcaption></figure>"
        for title, svg in plots.items()
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ecosystem statistics</title>
<style>body{{font-family:sans-serif;max-width:70em;margin:2em auto}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:.3em .6em}}
td{{text-align:right}}figure{{margin:1em 0}}svg{{max-width:100%;height:auto}}</style>
</head><body>
<h1>Ecosystem statistics</h1>
<p id="summary">{stats.complete} versions of {stats.crates} crates scanned completely
({stats.screened} screened).</p>
<table id="shares"><thead><tr><th>share of</th><th>latest versions</th><th>all versions</th>
</tr></thead><tbody>{rows}</tbody></table>
<h2>By year of publication</h2>
<table id="by-year"><thead><tr><th>year</th><th>versions</th>{head}</tr></thead>
<tbody>{years}</tbody></table>
{figures}
</body></html>
"""
