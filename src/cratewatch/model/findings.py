"""Findings: what an analysis reports, each under a stable code.

Detection produces ``Finding`` values with the code's default severity and
level; policy (``cratewatch.audit.policy``) may change the level or mark a
finding ignored; reporters only present them.
"""

from __future__ import annotations

import enum

from cratewatch._lean import NamedTuple
from cratewatch.model.advisory import Advisory
from cratewatch.model.lockfile import DependencyPath
from cratewatch.model.package import PackageId
from cratewatch.model.version import Version

__all__ = ["Code", "Finding", "Fix", "Level", "Severity"]


class Severity(enum.IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()


class Level(enum.Enum):
    """What a finding means for the run: fail it, warn, or stay silent."""

    DENY = "deny"
    WARN = "warn"
    ALLOW = "allow"


class Code(enum.Enum):
    """Stable finding codes. Values never change once released; see docs/findings.md."""

    # about a package of the audited graph
    VULNERABILITY = "vulnerability"
    MALICIOUS = "malicious"
    UNSOUND = "unsound"
    UNMAINTAINED = "unmaintained"
    NOTICE = "notice"
    YANKED = "yanked"
    TYPOSQUAT = "typosquat"
    YANKED_UNCHECKED = "yanked-unchecked"
    # about the run itself
    ADVISORY_INVALID = "advisory-invalid"
    DATABASE_STALE = "database-stale"
    IGNORE_UNUSED = "ignore-unused"
    IGNORE_EXPIRED = "ignore-expired"
    LOCKFILE_WARNING = "lockfile-warning"
    BINARY_PARTIAL = "binary-partial"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self][0]

    @property
    def default_severity(self) -> Severity:
        return _DESCRIPTIONS[self][1]

    @property
    def default_level(self) -> Level:
        return _DESCRIPTIONS[self][2]


_DESCRIPTIONS: dict[Code, tuple[str, Severity, Level]] = {
    Code.VULNERABILITY: (
        "a dependency version is affected by a security vulnerability",
        Severity.HIGH,
        Level.DENY,
    ),
    Code.MALICIOUS: (
        "a dependency is known malicious code (RustSec category `malicious`)",
        Severity.CRITICAL,
        Level.DENY,
    ),
    Code.UNSOUND: (
        "a dependency has an unsound API that can cause undefined behaviour",
        Severity.MEDIUM,
        Level.WARN,
    ),
    Code.UNMAINTAINED: (
        "a dependency is no longer maintained",
        Severity.LOW,
        Level.WARN,
    ),
    Code.NOTICE: (
        "an informational notice about a dependency",
        Severity.INFO,
        Level.WARN,
    ),
    Code.YANKED: (
        "a dependency version was yanked from its registry",
        Severity.LOW,
        Level.WARN,
    ),
    Code.YANKED_UNCHECKED: (
        "packages missing from the registry index, so their yanked state is unknown",
        Severity.INFO,
        Level.WARN,
    ),
    Code.TYPOSQUAT: (
        "a dependency's name looks like a squat of a more popular crate the project does not use",
        Severity.MEDIUM,
        Level.WARN,
    ),
    Code.ADVISORY_INVALID: (
        "an advisory file could not be read; the rest of the database was used",
        Severity.MEDIUM,
        Level.WARN,
    ),
    Code.DATABASE_STALE: (
        "the advisory database is older than the configured maximum age",
        Severity.LOW,
        Level.WARN,
    ),
    Code.IGNORE_UNUSED: (
        "an ignore entry matched no finding",
        Severity.INFO,
        Level.WARN,
    ),
    Code.IGNORE_EXPIRED: (
        "an ignore entry's `until` date has passed, so it no longer applies",
        Severity.LOW,
        Level.WARN,
    ),
    Code.LOCKFILE_WARNING: (
        "a lockfile entry is malformed in a way cargo tolerates (a dependency that names "
        "no package or several, a malformed checksum); the rest of the lockfile was audited",
        Severity.LOW,
        Level.WARN,
    ),
    Code.BINARY_PARTIAL: (
        "an audited binary has no embedded dependency list (cargo-auditable): only the crates "
        "its panic messages name were audited",
        Severity.MEDIUM,
        Level.WARN,
    ),
}


class Fix(NamedTuple):
    """How to get rid of a finding."""

    patched: tuple[str, ...] = ()
    upgrade_to: Version | None = None
    semver_compatible: bool = False


class Finding(NamedTuple):
    code: Code
    severity: Severity
    message: str
    package: PackageId | None = None
    advisory: Advisory | None = None
    paths: tuple[DependencyPath, ...] = ()
    fix: Fix | None = None
    level: Level = Level.WARN
    ignored_reason: str | None = None
    location: str | None = None

    @property
    def advisory_id(self) -> str | None:
        return self.advisory.id if self.advisory is not None else None

    @property
    def is_failure(self) -> bool:
        return self.level is Level.DENY and self.ignored_reason is None
