"""Human and JSON output of the ``cratewatch ecosystem`` commands (pure functions).

JSON documents carry ``schema_version`` and ``kind`` (``exposure``, ``rank``,
``dependents``, ``dependencies``, ``ingest``); counts sit under the names the
documentation gives, each list beside its count under the same name plus ``_list``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from cratewatch.ecosystem.queries import Dependency, Dependent
from cratewatch.ecosystem.report import ChainStep, ExposureReport, RankReport
from cratewatch.reporters.envelope import envelope
from cratewatch.untrusted.text import printable, printable_line

__all__ = [
    "chain_text",
    "render_dependencies",
    "render_dependents",
    "render_exposure",
    "render_ingest",
    "render_rank",
]

_SHOWN = 20  # list items a human report shows before "and N more"


def _json(kind: str, body: dict[str, Any]) -> str:
    # No indentation: documents list hundreds of thousands of versions, and only the
    # compact form goes through the json module's C encoder (10x faster here).
    return json.dumps({**envelope(kind), **body}) + "\n"


def _text(lines: list[str]) -> str:
    # Crate names, versions and requirements come from the registry: a terminal must
    # see their control characters, not obey them.
    return printable("\n".join(lines) + "\n")


def _chain_dicts(chain: Sequence[ChainStep]) -> list[dict[str, Any]]:
    return [
        {
            "crate": s.crate,
            "version": s.version,
            "requirement": s.requirement,
            "optional": s.optional,
        }
        for s in chain
    ]


def chain_text(chain: Sequence[ChainStep]) -> str:
    """``a 1.0.0 -(^0.3)-> b 0.3.2 -(^0.6, optional)-> smallvec 0.6.13``"""
    parts = []
    for step in chain:
        parts.append(f"{step.crate} {step.version}")
        if step.requirement is not None:
            optional = ", optional" if step.optional else ""
            parts.append(f"-({step.requirement}{optional})->")
    return " ".join(parts)


def _more(items: Sequence[str]) -> str:
    shown = ", ".join(items[:_SHOWN])
    if len(items) > _SHOWN:
        shown += f", … and {len(items) - _SHOWN:,} more"
    return shown or "none"


def render_exposure(report: ExposureReport, fmt: str) -> str:
    if fmt == "json":
        return _json("exposure", _exposure_dict(report))
    o = report.options
    lines = [
        f"Exposure of {report.advisory or report.crate} "
        f"({report.crate}, affected: {report.affected})",
    ]
    if report.withdrawn is not None:
        lines.append(
            f"  WITHDRAWN on {report.withdrawn}: the advisory no longer stands; "
            "below is what it would reach"
        )
    lines += [
        f"  mode: {o.mode.value}"
        + ("" if o.include_yanked else ", yanked versions left out")
        + (", latest versions only" if o.latest_only else ""),
        f"  store: {report.store_source}",
        "",
        f"  affected versions of {report.crate}:  {len(report.affected_versions):,}",
        f"  exposed versions (other crates):  {report.exposed_version_count:,}",
        f"  exposed crates:                   {len(report.exposed_crates):,}",
        f"  crates whose latest is exposed:   {len(report.latest_exposed_crates):,}",
        f"  direct dependent crates:          {len(report.direct_dependent_crates):,}",
        "",
        f"Direct dependents: {_more(report.direct_dependent_crates)}",
    ]
    if report.important:
        lines += ["", f"Most important exposed crates (by {report.ranked_by}):"]
        for item in report.important:
            weight = (
                f"{item.downloads:,} downloads"
                if item.downloads is not None
                else f"{item.dependents:,} dependents"
            )
            latest = "latest exposed" if item.latest_exposed else "older versions exposed"
            lines.append(f"  {item.crate} ({weight}; {latest})")
            lines.append(f"    {chain_text(item.chain)}")
    if report.requested_chain is not None:
        lines += ["", "Chain:", f"  {chain_text(report.requested_chain) or 'not exposed'}"]
    return _text(lines)


def _exposure_dict(report: ExposureReport) -> dict[str, Any]:
    o = report.options
    return {
        "advisory": report.advisory,
        "withdrawn": report.withdrawn,
        "crate": report.crate,
        "affected": report.affected,
        "mode": o.mode.value,
        "include_yanked": o.include_yanked,
        "latest_only": o.latest_only,
        "store": report.store_source,
        "affected_versions": len(report.affected_versions),
        "affected_versions_list": list(report.affected_versions),
        "exposed_versions": report.exposed_version_count,
        "exposed_versions_list": report.exposed_versions,
        "exposed_crates": len(report.exposed_crates),
        "exposed_crates_list": list(report.exposed_crates),
        "latest_exposed_crates": len(report.latest_exposed_crates),
        "latest_exposed_crates_list": list(report.latest_exposed_crates),
        "direct_dependent_crates": len(report.direct_dependent_crates),
        "direct_dependent_crates_list": list(report.direct_dependent_crates),
        "ranked_by": report.ranked_by,
        "most_important": [
            {
                "crate": i.crate,
                "downloads": i.downloads,
                "dependents": i.dependents,
                "version": i.version,
                "latest_exposed": i.latest_exposed,
                "chain": _chain_dicts(i.chain),
            }
            for i in report.important
        ],
        "chain": None if report.requested_chain is None else _chain_dicts(report.requested_chain),
    }


def render_rank(report: RankReport, fmt: str) -> str:
    if fmt == "json":
        return _json(
            "rank",
            {
                "store": report.store_source,
                "signals": [s._asdict() for s in report.signals],
                "crates": [r._asdict() for r in report.rows],
            },
        )
    has_downloads = any(r.downloads is not None for r in report.rows)
    header = (
        f"{'#':>4}  {'crate':<28} {'score':>6} {'transitive':>10} {'direct':>7} {'pagerank':>9}"
    )
    if has_downloads:
        header += f" {'downloads':>14}"
    lines = [f"Criticality ranking ({report.store_source})", "", header]
    for r in report.rows:
        line = (
            f"{r.rank:>4}  {r.crate:<28} {r.score:>6.3f} {r.transitive_dependents:>10,} "
            f"{r.direct_dependents:>7,} {r.pagerank:>9.2e}"
        )
        if has_downloads:
            line += f" {r.downloads or 0:>14,}"
        lines.append(line)
    return _text(lines)


def render_dependents(
    crate: str, version: str | None, rows: list[Dependent], transitive: list[str] | None, fmt: str
) -> str:
    if fmt == "json":
        body: dict[str, Any] = {
            "crate": crate,
            "version": version,
            "dependents": len(rows),
            "dependents_list": [r._asdict() for r in rows],
        }
        if transitive is not None:
            body["transitive_dependents"] = len(transitive)
            body["transitive_dependents_list"] = transitive
        return _json("dependents", body)
    subject = f"{crate} {version}" if version else crate
    lines = [f"{len(rows):,} crates depend on {subject} directly"]
    for r in rows:
        latest = "" if r.latest else " (not in its latest version)"
        lines.append(
            f"  {r.crate:<30} {r.requirement:<16} {r.kind:<6} {r.versions:>4} versions{latest}"
        )
    if transitive is not None:
        lines += ["", f"{len(transitive):,} crates depend on {crate} directly or indirectly"]
    return _text(lines)


def render_dependencies(crate: str, version: str, rows: list[Dependency], fmt: str) -> str:
    if fmt == "json":
        return _json(
            "dependencies",
            {
                "crate": crate,
                "version": version,
                "dependencies": len(rows),
                "dependencies_list": [r._asdict() for r in rows],
            },
        )
    direct = sum(1 for r in rows if r.depth == 1)
    lines = [f"{crate} {version} declares {direct:,} dependencies"]
    if len(rows) > direct:
        lines[0] += f" ({len(rows) - direct:,} more below them)"
    for r in rows:
        extra = [r.kind] if r.kind != "normal" else []
        if r.optional:
            extra.append("optional")
        if r.target:
            extra.append(r.target)
        if r.name != r.crate:
            extra.append(f"as {r.name}")
        note = f" ({', '.join(extra)})" if extra else ""
        indent = "  " * r.depth
        lines.append(f"{indent}{r.crate} {r.requirement} -> {r.resolves_to or '(none)'}{note}")
    return _text(lines)


def render_ingest(meta: dict[str, Any], store: str, fmt: str) -> str:
    if fmt == "json":
        return _json("ingest", {"store": store, **meta})
    text = (
        f"{store}: {meta['crates']:,} crates, {meta['versions']:,} versions, "
        f"{meta['dependencies']:,} dependency rows from {meta['source']} "
        f"in {meta.get('seconds', 0):.1f} s\n"
    )
    invalid = meta.get("invalid_versions", 0)
    if invalid:
        text += f"  {_count(invalid, 'version')} not valid SemVer (kept, never selected)\n"
    skipped = [
        _count(meta.get("skipped_lines", 0), "index line"),
        _count(meta.get("skipped_files", 0), "crate file"),
    ]
    skipped = [s for s in skipped if not s.startswith("0 ")]
    problems: list[str] = meta.get("problems") or []
    if skipped:
        text += f"  skipped, unreadable: {' and '.join(skipped)}\n"
    elif problems:
        text += "  problems:\n"
    for problem in problems:
        # Names and paths come from the registry's files: nothing reaches the terminal raw.
        text += f"    {printable_line(problem)}\n"
    shown = sum(meta.get(k, 0) for k in ("skipped_lines", "skipped_files"))
    if shown > len(problems):
        text += f"    … and {shown - len(problems):,} more\n"
    return text


def _count(n: int, thing: str) -> str:
    return f"{n:,} {thing}" + ("" if n == 1 else "s")
