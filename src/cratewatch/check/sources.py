"""``check sources``: where each package comes from, against the allowed registries, git
repositories and organisations, as cargo-deny decides it.

crates.io is allowed when ``allow-registry`` names it (its git or sparse index). Another
registry or a git repository must be named exactly (host and path; a git URL without
``.git``, a trailing ``/`` or ``?branch=master``), or lie under a ``private`` prefix, or
(git) belong to an organisation of ``allow-org`` on GitHub, GitLab or Bitbucket. A git
dependency pinned less firmly than ``required-git-spec`` (``any`` < ``branch`` < ``tag`` <
``rev``) is reported: a branch moves under you, a commit does not.
"""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

from cratewatch.check.config import SourcesConfig
from cratewatch.model.findings import Code, Finding, Level
from cratewatch.model.package import GitReference, PackageId, Source, SourceKind
from cratewatch.project.graph import DependencyGraph

__all__ = ["check_sources"]

_CRATES_IO_SUFFIXES: Final = ("ttps://index.crates.io/", "thub.com/rust-lang/crates.io-index")
_SPECS: Final = ("any", "branch", "tag", "rev")
_REFERENCE_SPEC: Final = {
    GitReference.DEFAULT: "any",
    GitReference.BRANCH: "branch",
    GitReference.TAG: "tag",
    GitReference.REV: "rev",
}
_ORG_HOSTS: Final = {"github.com": "github", "gitlab.com": "gitlab", "bitbucket.org": "bitbucket"}


def check_sources(graph: DependencyGraph, config: SourcesConfig, config_path: str) -> list[Finding]:
    if config.unknown_registry is Level.ALLOW and config.unknown_git is Level.ALLOW:
        return []
    allowed = [
        *((u, True) for u in config.allow_registry),
        *((_normal_git(u), True) for u in config.allow_git),
        *((u, False) for u in config.private),
    ]
    used: set[str] = set()
    used_orgs: set[tuple[str, str]] = set()
    findings = []
    for pid in sorted(graph.packages, key=lambda p: (p.name, p.version)):
        source = pid.source
        if source is None or source.kind in (SourceKind.PATH,):
            continue
        git = source.kind is SourceKind.GIT
        if git:
            spec = _REFERENCE_SPEC.get(source.git_reference or GitReference.DEFAULT, "any")
            # without `required-git-spec`, what moves under you: no pin, or a branch
            required = config.required_git_spec or "tag"
            if _SPECS.index(spec) < _SPECS.index(required):
                code = Code.SOURCE_GIT_UNDERSPECIFIED
                wanted = (
                    f"less than the required {config.required_git_spec}"
                    if config.required_git_spec
                    else "which moves: pin a commit (`rev`)"
                )
                pinned = "by branch" if spec == "branch" else "by no branch, tag or commit"
                findings.append(
                    _finding(code, f"{pid} comes from git pinned {pinned}, {wanted}: {source}", pid)
                )
        url = _normal_git(source.url) if git else source.url
        match = next((u for u, exact in allowed if _matches(source, url, u, exact)), None)
        if match is not None:
            used.add(match)
            continue
        org = _organisation(url) if git else None
        if org is not None and org[1] in config.allow_org.get(org[0], ()):
            used_orgs.add(org)
            continue
        code = Code.SOURCE_GIT_NOT_ALLOWED if git else Code.SOURCE_REGISTRY_NOT_ALLOWED
        kind = "git repository" if git else "registry"
        findings.append(_finding(code, f"{pid} comes from a {kind} not allowed: {source}", pid))
    for url, _ in allowed:
        if url not in used and url != "https://github.com/rust-lang/crates.io-index":
            findings.append(
                Finding(
                    Code.SOURCE_UNUSED,
                    Code.SOURCE_UNUSED.default_severity,
                    f"allowed source {url} is the source of no package",
                    location=config_path,
                )
            )
    for host, names in config.allow_org.items():
        for name in names:
            if (host, name) not in used_orgs:
                findings.append(
                    Finding(
                        Code.SOURCE_UNUSED,
                        Code.SOURCE_UNUSED.default_severity,
                        f"allowed {host} organisation {name!r} is the source of no package",
                        location=config_path,
                    )
                )
    return findings


def _finding(code: Code, message: str, pid: PackageId) -> Finding:
    return Finding(code, code.default_severity, message, package=pid)


def _matches(source: Source, url: str, allowed: str, exact: bool) -> bool:
    if source.is_crates_io:
        return allowed.endswith(_CRATES_IO_SUFFIXES)
    mine, theirs = urlsplit(url), urlsplit(allowed)
    if exact:
        return (mine.hostname or "") == (theirs.hostname or "") and mine.path == theirs.path
    return (mine.hostname or "") == (theirs.hostname or "") and mine.path.startswith(theirs.path)


def _normal_git(url: str) -> str:
    """A git URL as cargo-deny compares them: no ``.git``, no trailing ``/``, no
    ``branch=master``."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/").removesuffix(".git")
    query = "&".join(q for q in parts.query.split("&") if q and q != "branch=master")
    return parts._replace(path=path, query=query, fragment="").geturl()


def _organisation(url: str) -> tuple[str, str] | None:
    parts = urlsplit(url)
    host = _ORG_HOSTS.get((parts.hostname or "").lower())
    segments = [s for s in parts.path.split("/") if s]
    return (host, segments[0]) if host is not None and segments else None
