"""Detection: match a lockfile's packages against advisories and a registry index.

This module decides *what is true* about each package; whether a finding fails
the run, warns or is ignored is policy (``cratewatch.audit.policy``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.model.advisory import Advisory, AdvisoryKind, Collection
from cratewatch.model.findings import Code, Finding, Fix, Severity
from cratewatch.model.lockfile import Lockfile
from cratewatch.model.package import Package, SourceKind
from cratewatch.model.report import Skipped
from cratewatch.model.version import Version, VersionReq

if TYPE_CHECKING:
    from cratewatch.model.target import Target
    from cratewatch.registry.interface import IndexVersion, RegistryIndex

__all__ = ["Detection", "detect"]

_KIND_TO_CODE = {
    AdvisoryKind.VULNERABILITY: Code.VULNERABILITY,
    AdvisoryKind.MALICIOUS: Code.MALICIOUS,
    AdvisoryKind.UNMAINTAINED: Code.UNMAINTAINED,
    AdvisoryKind.UNSOUND: Code.UNSOUND,
    AdvisoryKind.NOTICE: Code.NOTICE,
}
_CVSS_SEVERITY = {
    "none": Severity.INFO,
    "low": Severity.LOW,
    "medium": Severity.MEDIUM,
    "high": Severity.HIGH,
    "critical": Severity.CRITICAL,
}


@dataclass(frozen=True, slots=True)
class Detection:
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...]
    audited_count: int


def _skip_reason(package: Package) -> str | None:
    source = package.source
    if source is None:
        return "path package (workspace member or local crate): not published on crates.io"
    if source.kind is SourceKind.GIT:
        return f"git source {source.url}: crates.io advisories do not apply to git checkouts"
    if not source.is_crates_io:
        return f"registry {source.url} is not crates.io"
    return None


def _severity(advisory: Advisory, code: Code) -> Severity:
    if code is Code.VULNERABILITY and advisory.cvss is not None:
        return _CVSS_SEVERITY.get(advisory.cvss.rating, code.default_severity)
    return code.default_severity


def _applies(advisory: Advisory, targets: Sequence[Target]) -> bool:
    """Relevant on at least one chosen target (all platforms when none is chosen)."""
    if not targets:
        return True
    return any(
        advisory.applies_to_platform(frozenset({t.os}), frozenset({t.arch})) for t in targets
    )


def smallest_upgrade(
    current: Version, candidates: Sequence[IndexVersion], safe: Callable[[Version], bool]
) -> tuple[Version | None, bool]:
    """The smallest non-yanked version above ``current`` accepted by ``safe``.

    Prefers one that is semver-compatible with ``current`` (``^current``), so the
    fix is a plain ``cargo update``; otherwise the smallest safe one overall.
    """
    compatible = VersionReq.parse(f"^{current.without_build()}")
    ordered = sorted(
        (c.version for c in candidates if not c.yanked and c.version > current and safe(c.version)),
    )
    if not current.pre:
        ordered = [v for v in ordered if not v.pre] or ordered
    for version in ordered:
        if compatible.matches(version):
            return version, True
    return (ordered[0], False) if ordered else (None, False)


def _fix(
    advisory: Advisory, version: Version, index_versions: Sequence[IndexVersion] | None
) -> Fix:
    if not index_versions:
        return Fix(patched=advisory.patched)
    upgrade, compatible = smallest_upgrade(
        version, index_versions, lambda v: not advisory.affects(v)
    )
    return Fix(patched=advisory.patched, upgrade_to=upgrade, semver_compatible=compatible)


def detect(
    lockfile: Lockfile,
    database: CompiledDatabase,
    *,
    targets: Sequence[Target] = (),
    index: RegistryIndex | None = None,
    yanked: bool = True,
) -> Detection:
    """Every advisory and yanked finding for the crates.io packages of ``lockfile``.

    With an ``index``, fixes name the smallest safe upgrade, and (unless
    ``yanked`` is false) yanked versions are reported.
    """
    findings: list[Finding] = []
    skipped: list[Skipped] = []
    audited = [p for p in lockfile.packages if _skip_reason(p) is None]
    for package in lockfile.packages:
        reason = _skip_reason(package)
        if reason is not None:
            skipped.append(Skipped(package.id, reason))
    if index is not None:
        index.prefetch(sorted({p.name for p in audited}))

    for package in audited:
        index_versions = index.versions(package.name) if index is not None else None
        for advisory in database.for_crate(package.name):
            if advisory.package != package.name:
                continue  # a name that differs only by `-`/`_` is another crate
            if advisory.is_withdrawn or advisory.collection is not Collection.CRATES:
                continue
            if not _applies(advisory, targets) or not advisory.affects(package.version):
                continue
            code = _KIND_TO_CODE[advisory.kind]
            findings.append(
                Finding(
                    code=code,
                    severity=_severity(advisory, code),
                    message=f"{package.name} {package.version}: {advisory.title}",
                    package=package.id,
                    advisory=advisory,
                    paths=tuple(lockfile.paths_to(package.id)),
                    fix=_fix(advisory, package.version, index_versions),
                    level=code.default_level,
                    location=lockfile.path,
                )
            )
        if yanked and index_versions is not None:
            yanked_finding = _yanked_finding(lockfile, package, index_versions)
            if yanked_finding is not None:
                findings.append(yanked_finding)
    return Detection(tuple(findings), tuple(skipped), len(audited))


def _yanked_finding(
    lockfile: Lockfile, package: Package, index_versions: Sequence[IndexVersion]
) -> Finding | None:
    entry = next((v for v in index_versions if v.version == package.version), None)
    if entry is None or not entry.yanked:
        return None
    upgrade, compatible = smallest_upgrade(package.version, index_versions, lambda v: True)
    return Finding(
        code=Code.YANKED,
        severity=Code.YANKED.default_severity,
        message=f"{package.name} {package.version} was yanked from crates.io",
        package=package.id,
        paths=tuple(lockfile.paths_to(package.id)),
        fix=Fix(upgrade_to=upgrade, semver_compatible=compatible),
        level=Code.YANKED.default_level,
        location=lockfile.path,
    )
