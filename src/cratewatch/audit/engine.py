"""Detection: match a lockfile's packages against advisories and a registry index.

This module decides *what is true* about each package; whether a finding fails
the run, warns or is ignored is policy (``cratewatch.audit.policy``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cratewatch._lean import TYPE_CHECKING, NamedTuple
from cratewatch.advisories.compiled import CompiledDatabase
from cratewatch.model.advisory import Advisory, AdvisoryKind, Collection
from cratewatch.model.findings import Code, Finding, Fix, Severity
from cratewatch.model.lockfile import DependencyPath, Lockfile
from cratewatch.model.package import Package, SourceKind
from cratewatch.model.report import Skipped
from cratewatch.model.version import Comparator, Op, Version, VersionReq

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


class Detection(NamedTuple):
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...]
    audited_count: int


def _skip_reason(package: Package) -> str | None:
    source = package.source
    if source is None or package.id.is_local:
        return "path package (workspace member or local crate): not published on crates.io"
    if source.kind is SourceKind.GIT:
        return f"git source {source.url}: crates.io advisories do not apply to git checkouts"
    if not source.is_crates_io:
        return f"source {source} is not crates.io"
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
    Pre-releases are only suggested when nothing else is safe.
    """
    base = current.without_build()
    compatible = VersionReq((Comparator(Op.CARET, base.major, base.minor, base.patch, base.pre),))
    ordered = sorted(
        c.version for c in candidates if not c.yanked and c.version > current and safe(c.version)
    )
    if not current.pre:
        ordered = [v for v in ordered if not v.pre] or ordered
    for version in ordered:
        if compatible.matches(version):
            return version, True
    return (ordered[0], False) if ordered else (None, False)


class _PackageAudit:
    """Everything known about one package: its advisories, and which versions are safe."""

    def __init__(
        self,
        package: Package,
        advisories: list[Advisory],
        index_versions: Sequence[IndexVersion] | None,
    ) -> None:
        self.package = package
        self.index_versions = index_versions
        # Advisories that some version fixes; an advisory on every version (most
        # `unmaintained` ones) would otherwise rule out every upgrade.
        self._fixable = [a for a in advisories if not a.ranges.affects_all]

    def safe(self, version: Version) -> bool:
        """Not affected by any fixable advisory of this crate: a suggestion never trades
        one known problem for another."""
        return not any(a.affects(version) for a in self._fixable)

    def fix(self, patched: tuple[str, ...], also: Callable[[Version], bool]) -> Fix | None:
        """The patched ranges and, with an index, the smallest safe upgrade; None if neither."""
        upgrade, compatible = None, False
        if self.index_versions:
            upgrade, compatible = smallest_upgrade(
                self.package.version, self.index_versions, lambda v: also(v) and self.safe(v)
            )
        if not patched and upgrade is None:
            return None
        return Fix(patched=patched, upgrade_to=upgrade, semver_compatible=compatible)


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
    ``yanked`` is false) yanked versions are reported; packages the index does
    not know are counted in ``unknown_to_index``.
    """
    findings: list[Finding] = []
    skipped: list[Skipped] = []
    audited: list[Package] = []
    for package in lockfile.packages:
        reason = _skip_reason(package)
        if reason is None:
            audited.append(package)
        else:
            skipped.append(Skipped(package.id, reason))
    if index is not None:
        index.prefetch(sorted({p.name for p in audited}))

    unknown: list[Package] = []
    for package in audited:
        advisories = [
            a
            for a in database.for_crate(package.name)
            # a name that differs only by `-`/`_` is another crate
            if a.package == package.name
            and not a.is_withdrawn
            and a.collection is Collection.CRATES
            and _applies(a, targets)
        ]
        index_versions = index.versions(package.name) if index is not None else None
        state = _PackageAudit(package, advisories, index_versions)
        paths: tuple[DependencyPath, ...] | None = None  # traced once, when first needed
        for advisory in advisories:
            if not advisory.affects(package.version):
                continue
            paths = paths if paths is not None else tuple(lockfile.paths_to(package.id))
            code = _KIND_TO_CODE[advisory.kind]
            findings.append(
                Finding(
                    code=code,
                    severity=_severity(advisory, code),
                    message=f"{package.name} {package.version}: {advisory.title}",
                    package=package.id,
                    advisory=advisory,
                    paths=paths,
                    fix=state.fix(advisory.patched, _fixes(advisory)),
                    level=code.default_level,
                    location=lockfile.path,
                )
            )
        if index is None or not yanked:
            continue
        entry = next((v for v in index_versions or () if v.version == package.version), None)
        if entry is None:
            unknown.append(package)
        elif entry.yanked:
            paths = paths if paths is not None else tuple(lockfile.paths_to(package.id))
            findings.append(
                Finding(
                    code=Code.YANKED,
                    severity=Code.YANKED.default_severity,
                    message=f"{package.name} {package.version} was yanked from its registry",
                    package=package.id,
                    paths=paths,
                    fix=state.fix((), lambda v: True),
                    level=Code.YANKED.default_level,
                    location=lockfile.path,
                )
            )
    if unknown:
        findings.append(_unknown_to_index(unknown, index))
    return Detection(tuple(findings), tuple(skipped), len(audited))


def _fixes(advisory: Advisory) -> Callable[[Version], bool]:
    return lambda version: not advisory.affects(version)


def _unknown_to_index(unknown: list[Package], index: RegistryIndex | None) -> Finding:
    code = Code.YANKED_UNCHECKED
    names = ", ".join(str(p.id) for p in unknown[:10]) + (", ..." if len(unknown) > 10 else "")
    where = index.describe() if index is not None else "the index"
    return Finding(
        code,
        code.default_severity,
        f"{len(unknown)} packages are not in {where}, so whether they are yanked is unknown: "
        f"{names}",
        level=code.default_level,
    )
