"""``check bans``: banned and allowed crates, duplicate versions, wildcard requirements,
feature bans and build-time code, as cargo-deny decides them.

Every package of the graph is judged in name and version order. Duplicates are counted
among the packages reachable without development dependencies (unless
``multiple-versions-include-dev``), less those ``skip`` names and the trees ``skip-tree``
roots (to their ``depth``); each duplicate finding names, for every version, who pulls it
in. A ``*`` requirement is looked for in every dependency a manifest declares (all kinds
and targets), except path dependencies where ``allow-wildcard-paths`` allows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import Final

from cratewatch.check.config import BansConfig, BuildConfig, SkipTree
from cratewatch.model.findings import Code, Finding, Level
from cratewatch.model.package import PackageId, SourceKind
from cratewatch.project.graph import DependencyGraph

__all__ = ["check_bans"]

_MAX_WHO: Final = 3  # dependents named per duplicate version


def check_bans(graph: DependencyGraph, config: BansConfig, config_path: str) -> list[Finding]:
    findings: list[Finding] = []
    ordered = sorted(graph.packages, key=_order)
    for pid in ordered:
        findings += _denied(graph, pid, config)
        exempt = config.allow_workspace and pid in graph.members
        if config.allow and not exempt and not any(spec.matches(pid) for spec in config.allow):
            findings.append(
                _finding(Code.BAN_NOT_ALLOWED, f"{pid} is not on the allow list", pid, graph)
            )
        findings += _features(graph, pid, config)
    counted, skipped_by, tree_roots = _duplicate_candidates(graph, config)
    for name, versions in groupby((p for p in ordered if p in counted), key=lambda p: p.name):
        group = list(versions)
        if len(group) < 2:
            continue
        denied = any(
            entry.deny_multiple_versions and entry.spec.matches(p)
            for entry in config.deny
            for p in group
        )
        code = Code.BAN_DUPLICATE_DENIED if denied else Code.BAN_DUPLICATE
        who = "; ".join(f"{p.version} (by {_who(graph, p)})" for p in group)
        findings.append(
            Finding(
                code,
                code.default_severity,
                f"{len(group)} versions of {name}: {who}",
                package=group[0],
                paths=tuple(graph.member_paths(p, limit=1)[0] for p in group),
            )
        )
    if config.wildcards is not Level.ALLOW:
        for pid in ordered:
            if pid in counted:
                findings += _wildcards(graph, pid, config)
    for spec in config.skip:
        if spec not in skipped_by:
            findings.append(
                _config_finding(
                    Code.BAN_UNMATCHED_SKIP, f"skip of {spec} matched no package", config_path
                )
            )
    for tree in config.skip_tree:
        if tree not in tree_roots:
            findings.append(
                _config_finding(
                    Code.BAN_UNMATCHED_SKIP,
                    f"skip-tree root {tree.spec} is not in the graph",
                    config_path,
                )
            )
    if config.build is not None:
        findings += _build_scripts(graph, ordered, config.build, config_path)
    return findings


def _order(pid: PackageId) -> tuple[str, object]:
    return (pid.name, pid.version)


def _finding(code: Code, message: str, pid: PackageId, graph: DependencyGraph) -> Finding:
    return Finding(
        code, code.default_severity, message, package=pid, paths=graph.member_paths(pid, limit=1)
    )


def _config_finding(code: Code, message: str, config_path: str) -> Finding:
    return Finding(code, code.default_severity, message, location=config_path)


def _who(graph: DependencyGraph, pid: PackageId) -> str:
    users = sorted({str(e.user) for e in graph.users.get(pid, ())})
    if not users:
        return "the workspace" if pid in graph.members else "nothing"
    more = f" and {len(users) - _MAX_WHO} more" if len(users) > _MAX_WHO else ""
    return ", ".join(users[:_MAX_WHO]) + more


def _denied(graph: DependencyGraph, pid: PackageId, config: BansConfig) -> list[Finding]:
    if config.allow_workspace and pid in graph.members:
        return []
    out = []
    for entry in config.deny:
        if entry.deny_multiple_versions or not entry.spec.matches(pid):
            continue
        if entry.wrappers is not None:
            users = [e.user for e in graph.users.get(pid, ())]
            outside = [u for u in users if u.name not in entry.wrappers]
            if not outside:
                continue  # every direct user is a wrapper
            out.append(
                _finding(
                    Code.BAN_UNMATCHED_WRAPPER,
                    f"{outside[0]} uses the banned {pid} directly but is not one of its wrappers",
                    pid,
                    graph,
                )
            )
        reason = f": {entry.spec.reason}" if entry.spec.reason else ""
        instead = f" (use {entry.spec.use_instead} instead)" if entry.spec.use_instead else ""
        out.append(_finding(Code.BAN_DENIED, f"{pid} is banned{reason}{instead}", pid, graph))
    return out


def _features(graph: DependencyGraph, pid: PackageId, config: BansConfig) -> list[Finding]:
    enabled = graph.features.get(pid, frozenset())
    manifest = graph.manifests.get(pid)
    declared = set(manifest.features) if manifest is not None else set()
    if manifest is not None:
        declared |= {d.name or d.key for d in manifest.dependencies if d.optional}
    default_level = (
        config.workspace_default_features
        if pid in graph.members
        else config.external_default_features
    )
    default_on = "default" in enabled
    out = []
    if default_on and default_level is Level.WARN:
        out.append(
            _finding(
                Code.BAN_DEFAULT_FEATURES, f"{pid} has its default features enabled", pid, graph
            )
        )
    matched = False
    for ban in config.features:
        if not ban.spec.matches(pid):
            continue
        matched = True
        not_allowed = sorted(
            f
            for f in enabled
            if f not in ban.allow
            and not (f == "default" and default_level not in (None, Level.DENY))
        )
        if ban.exact:
            missing = [f for f in ban.allow if f not in enabled]
            if missing or not_allowed:
                out.append(
                    _finding(
                        Code.BAN_FEATURE,
                        f"{pid}: enabled features differ from the exact list (not allowed: "
                        f"{', '.join(not_allowed) or 'none'}; "
                        f"missing: {', '.join(missing) or 'none'})",
                        pid,
                        graph,
                    )
                )
                continue
        else:
            if ban.allow:
                reachable = _implied(set(ban.allow), manifest.features if manifest else {})
                for feature in not_allowed:
                    if feature not in reachable:
                        out.append(
                            _finding(
                                Code.BAN_FEATURE,
                                f"{pid}: feature {feature!r} is not allowed",
                                pid,
                                graph,
                            )
                        )
            if (
                default_level is Level.DENY
                and default_on
                and "default" not in (*ban.allow, *ban.deny)
            ):
                out.append(
                    _finding(
                        Code.BAN_DEFAULT_FEATURES,
                        f"{pid} has its default features enabled",
                        pid,
                        graph,
                    )
                )
            for feature in ban.deny:
                if feature in enabled:
                    out.append(
                        _finding(
                            Code.BAN_FEATURE, f"{pid}: feature {feature!r} is denied", pid, graph
                        )
                    )
        for feature in (*ban.allow, *ban.deny):
            if manifest is not None and feature not in declared:
                out.append(
                    _finding(
                        Code.BAN_UNKNOWN_FEATURE,
                        f"{pid} has no feature {feature!r} (feature ban)",
                        pid,
                        graph,
                    )
                )
    if not matched and default_level is Level.DENY and default_on:
        out.append(
            _finding(
                Code.BAN_DEFAULT_FEATURES, f"{pid} has its default features enabled", pid, graph
            )
        )
    return out


def _implied(start: set[str], table: dict[str, tuple[str, ...]] | object) -> set[str]:
    """The features ``start`` turns on through the ``[features]`` table (plain names)."""
    features = table if isinstance(table, dict) else {}
    seen = set(start)
    stack = list(start)
    while stack:
        for entry in features.get(stack.pop(), ()):
            if ":" not in entry and "/" not in entry and entry not in seen:
                seen.add(entry)
                stack.append(entry)
    return seen


def _duplicate_candidates(
    graph: DependencyGraph, config: BansConfig
) -> tuple[set[PackageId], set[object], set[SkipTree]]:
    """The packages counted for duplicates and wildcards; which skips matched; which
    skip-tree roots were found."""
    if config.multiple_versions_include_dev:
        candidates = set(graph.packages)
    else:
        candidates = graph.reachable(frozenset({"normal", "build"}))
    skipped_by: set[object] = set()
    counted = set()
    tree_roots: set[SkipTree] = set()
    in_trees: set[PackageId] = set()
    for tree in config.skip_tree:
        for root in (p for p in graph.packages if tree.spec.matches(p)):
            tree_roots.add(tree)
            in_trees |= _subtree(graph, root, tree.depth)
    for pid in candidates:
        skips = [spec for spec in config.skip if spec.matches(pid)]
        if skips:
            skipped_by.update(skips)
        elif pid not in in_trees:
            counted.add(pid)
    return counted, skipped_by, tree_roots


def _subtree(graph: DependencyGraph, root: PackageId, depth: int | None) -> set[PackageId]:
    """``root`` and what it depends on, to ``depth`` levels (1: the root alone)."""
    found = {root}
    frontier = [root]
    level = 1
    while frontier and (depth is None or level < depth):
        frontier = [e.used for p in frontier for e in graph.edges.get(p, ()) if e.used not in found]
        found.update(frontier)
        level += 1
    return found


def _wildcards(graph: DependencyGraph, pid: PackageId, config: BansConfig) -> list[Finding]:
    if pid.source is not None and pid.source.kind is SourceKind.GIT:
        return []
    manifest = graph.manifests.get(pid)
    if manifest is None:
        return []
    private = manifest.publish == ()
    wild = []
    for dep in manifest.dependencies:
        if dep.requirement.strip() != "*":
            continue
        if config.allow_wildcard_paths and dep.path and (private or dep.kind == "dev"):
            continue
        wild.append(dep.package)
    if not wild:
        return []
    names = ", ".join(sorted(set(wild)))
    return [
        _finding(
            Code.BAN_WILDCARD,
            f"{pid} depends on {names} with the `*` version requirement",
            pid,
            graph,
        )
    ]


def _build_scripts(
    graph: DependencyGraph, ordered: Iterable[PackageId], build: BuildConfig, config_path: str
) -> list[Finding]:
    out = []
    if build.allow_build_scripts is not None:
        for pid in ordered:
            manifest = graph.manifests.get(pid)
            if manifest is None or not manifest.build:
                continue
            if not any(spec.matches(pid) for spec in build.allow_build_scripts):
                out.append(
                    _finding(
                        Code.BAN_BUILD_SCRIPT,
                        f"{pid} has a build script and is not in `allow-build-scripts`",
                        pid,
                        graph,
                    )
                )
    if build.scan_files and build.executables is not Level.ALLOW:
        from cratewatch.check.build_files import scan_build_files

        out += scan_build_files(graph, list(ordered), build, config_path)
    return out
