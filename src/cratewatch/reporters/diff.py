"""Human and JSON output of ``cratewatch diff``: pure functions of a ``CrateDiff``.

The human report is passed through ``printable`` as a whole: file names, snippets and
dependency names come from the crates, and none of their control characters may reach
the terminal. JSON escapes them by itself.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from cratewatch.reporters.envelope import envelope
from cratewatch.reporters.scan import evidence_to_dict
from cratewatch.untrusted.text import printable

if TYPE_CHECKING:
    from cratewatch.scan.crate import CrateScan
    from cratewatch.scan.diff import AddedDependency, CrateDiff
    from cratewatch.scan.manifest import Dependency

__all__ = ["diff_to_dict", "render_diff_human", "render_diff_json"]

_LISTED = 20  # file paths shown per group in human output


def _side(scan: CrateScan) -> dict[str, Any]:
    return {
        "crate": scan.crate,
        "version": scan.version,
        "path": scan.path,
        "verdict": scan.verdict.value,
        "risk_score": scan.risk_score,
    }


def _dependency(d: Dependency) -> dict[str, Any]:
    return {
        "name": d.name,
        "kind": d.kind,
        "requirement": d.requirement,
        "target": d.target,
        "rename": d.rename,
        "source": d.source,
        "optional": d.optional,
    }


def _added(entry: AddedDependency) -> dict[str, Any]:
    data = _dependency(entry.dependency)
    if entry.squat is not None:
        data["squat_of"] = entry.squat.target
        data["squat_check"] = entry.squat.check
        data["squat_score"] = entry.squat.score
    return data


def diff_to_dict(diff: CrateDiff) -> dict[str, Any]:
    """The JSON form of a diff (one object)."""
    build, proc_macro, files = diff.build_script, diff.proc_macro, diff.files
    return {
        "old": _side(diff.old),
        "new": _side(diff.new),
        "verdict": diff.verdict.value,
        "reasons": list(diff.reasons),
        "capabilities": {
            "added": list(diff.capabilities_added),
            "removed": list(diff.capabilities_removed),
        },
        "threats_added": [evidence_to_dict(e) for e in diff.threats_added],
        "include_bytes_added": [evidence_to_dict(e) for e in diff.include_bytes_added],
        "dependencies": {
            "screened": diff.screened,
            "added": [_added(a) for a in diff.dependencies_added],
            "removed": [_dependency(d) for d in diff.dependencies_removed],
            "changed": [
                {
                    "name": c.new.name,
                    "kind": c.new.kind,
                    "target": c.new.target,
                    "old": c.old.describe(),
                    "new": c.new.describe(),
                }
                for c in diff.dependencies_changed
            ],
        },
        "build_script": {
            "old": list(build.old),
            "new": list(build.new),
            "status": build.status,
            "files_changed": list(build.files_changed),
            "capabilities": {
                "old": list(build.capabilities_old),
                "new": list(build.capabilities_new),
                "added": list(build.capabilities_added),
            },
        },
        "proc_macro": {
            "old": proc_macro.old,
            "new": proc_macro.new,
            "turned_on": proc_macro.turned_on,
            "capabilities": {
                "old": list(proc_macro.capabilities_old),
                "new": list(proc_macro.capabilities_new),
                "added": list(proc_macro.capabilities_added),
            },
        },
        "binaries_added": [
            {"file": b.file, "status": b.status, "size": b.size, "kind": b.kind, "sha256": b.sha256}
            for b in diff.binaries
        ],
        "files": {
            "added": len(files.added),
            "removed": len(files.removed),
            "changed": len(files.changed),
            "paths": {
                "added": list(files.added),
                "removed": list(files.removed),
                "changed": list(files.changed),
            },
        },
        "unsafe": {"old": diff.old.unsafe.total, "new": diff.new.unsafe.total},
        "warnings": list(diff.warnings),
    }


def _describe(d: Dependency) -> str:
    name = f"{d.rename} = {d.name}" if d.rename else d.name
    where = ", ".join(filter(None, (d.kind, d.target, "optional" if d.optional else "")))
    return f"{name} {d.describe()} ({where})"


def _paths(label: str, paths: tuple[str, ...]) -> list[str]:
    if not paths:
        return []
    shown = ", ".join(paths[:_LISTED])
    more = f" and {len(paths) - _LISTED} more" if len(paths) > _LISTED else ""
    return [f"    {label}: {shown}{more}"]


def render_diff_human(diff: CrateDiff) -> str:
    old, new = diff.old, diff.new
    lines = [
        f"{old.crate} {old.version} -> {new.crate} {new.version}: {diff.verdict.value.upper()}"
    ]
    lines += [f"  why: {reason}" for reason in diff.reasons]
    lines.append(
        f"  new version's scan: {new.verdict} (risk {new.risk_score:g});"
        f" old: {old.verdict} (risk {old.risk_score:g})"
    )
    if diff.capabilities_added or diff.capabilities_removed:
        changes = [f"+{c}" for c in diff.capabilities_added]
        changes += [f"-{c}" for c in diff.capabilities_removed]
        lines.append(f"  capabilities: {' '.join(changes)}")
    if diff.threats_added:
        lines.append("  threats added:")
        lines += [
            f"    {e.rule} at {e.file}:{e.line} ({e.context.value}): {e.snippet}"
            for e in diff.threats_added
        ]
    if diff.include_bytes_added:
        lines.append("  include_bytes! added:")
        lines += [f"    {e.file}:{e.line}: {e.snippet}" for e in diff.include_bytes_added]
    if diff.dependencies_added or diff.dependencies_removed or diff.dependencies_changed:
        lines.append("  dependencies:")
        for a in diff.dependencies_added:
            squat = ""
            if a.squat is not None:
                squat = f"  SQUAT of {a.squat.target} ({a.squat.check}, {a.squat.score:.2f})"
            lines.append(f"    + {_describe(a.dependency)}{squat}")
        lines += [f"    - {_describe(d)}" for d in diff.dependencies_removed]
        lines += [
            f"    ~ {c.new.name} ({c.new.kind}{', ' + c.new.target if c.new.target else ''}):"
            f" {c.old.describe()} -> {c.new.describe()}"
            for c in diff.dependencies_changed
        ]
    build = diff.build_script
    if build.status not in ("none", "unchanged"):
        scripts = ", ".join(build.new or build.old)
        line = f"  build script {build.status}: {scripts}"
        if build.capabilities_added:
            line += f" (build-time capabilities added: {', '.join(build.capabilities_added)})"
        lines.append(line)
    if diff.proc_macro.old != diff.proc_macro.new:
        lines.append(f"  proc-macro: turned {'on' if diff.proc_macro.new else 'off'}")
    if diff.proc_macro.capabilities_added:
        added = ", ".join(diff.proc_macro.capabilities_added)
        lines.append(f"  proc-macro capabilities added: {added}")
    if diff.binaries:
        lines.append("  binary files:")
        lines += [
            f"    {b.status} {b.file} ({b.kind}, {b.size:,} bytes, sha256 {b.sha256[:16]})"
            for b in diff.binaries
        ]
    files = diff.files
    unsafe_old, unsafe_new = old.unsafe.total, new.unsafe.total
    lines.append(
        f"  files: {len(files.added)} added, {len(files.removed)} removed,"
        f" {len(files.changed)} changed; unsafe {unsafe_old} -> {unsafe_new}"
        f" ({unsafe_new - unsafe_old:+d})"
    )
    lines += _paths("added", files.added)
    lines += _paths("removed", files.removed)
    lines += [f"  warning: {w}" for w in diff.warnings]
    return printable("\n".join(lines) + "\n")


def render_diff_json(diff: CrateDiff) -> str:
    return json.dumps({**envelope("diff"), **diff_to_dict(diff)}, indent=2) + "\n"
