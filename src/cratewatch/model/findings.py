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
    LICENSE_REJECTED = "license-rejected"
    LICENSE_UNLICENSED = "license-unlicensed"
    LICENSE_WARNED = "license-warned"
    LICENSE_UNUSED = "license-not-encountered"
    LICENSE_EXCEPTION_UNUSED = "license-exception-not-encountered"
    BAN_DENIED = "ban-denied"
    BAN_NOT_ALLOWED = "ban-not-allowed"
    BAN_UNMATCHED_WRAPPER = "ban-unmatched-wrapper"
    BAN_DUPLICATE = "ban-duplicate"
    BAN_DUPLICATE_DENIED = "ban-duplicate-denied"
    BAN_WILDCARD = "ban-wildcard"
    BAN_UNMATCHED_SKIP = "ban-unmatched-skip"
    BAN_FEATURE = "ban-feature"
    BAN_DEFAULT_FEATURES = "ban-default-features"
    BAN_UNKNOWN_FEATURE = "ban-unknown-feature"
    BAN_BUILD_SCRIPT = "ban-build-script"
    BAN_EXECUTABLE = "ban-executable"
    BAN_SCRIPT = "ban-script"
    BAN_UNMATCHED_BYPASS = "ban-unmatched-bypass"
    SOURCE_REGISTRY_NOT_ALLOWED = "source-registry-not-allowed"
    SOURCE_GIT_NOT_ALLOWED = "source-git-not-allowed"
    SOURCE_GIT_UNDERSPECIFIED = "source-git-underspecified"
    SOURCE_UNUSED = "source-not-encountered"
    CONFIG_NOTE = "config-note"

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
    Code.LICENSE_REJECTED: (
        "a package's license expression is not satisfied by the allowed licenses",
        Severity.HIGH,
        Level.DENY,
    ),
    Code.LICENSE_UNLICENSED: (
        "no license could be found for a package (no `license`, no license file read with "
        "enough confidence)",
        Severity.HIGH,
        Level.DENY,
    ),
    Code.LICENSE_WARNED: (
        "a package's license is accepted only by a `warn` level (copyleft or default, cargo-"
        "deny 0.14's policy)",
        Severity.LOW,
        Level.WARN,
    ),
    Code.LICENSE_UNUSED: (
        "an allowed license no checked package uses",
        Severity.INFO,
        Level.WARN,
    ),
    Code.LICENSE_EXCEPTION_UNUSED: (
        "a license exception no package needed",
        Severity.INFO,
        Level.WARN,
    ),
    Code.BAN_DENIED: (
        "a package the policy bans is in the graph",
        Severity.HIGH,
        Level.DENY,
    ),
    Code.BAN_NOT_ALLOWED: (
        "a package is not on the policy's allow list",
        Severity.HIGH,
        Level.DENY,
    ),
    Code.BAN_UNMATCHED_WRAPPER: (
        "a banned crate is used directly by a crate not listed as its wrapper",
        Severity.INFO,
        Level.WARN,
    ),
    Code.BAN_DUPLICATE: (
        "several versions of one crate are in the graph",
        Severity.LOW,
        Level.WARN,
    ),
    Code.BAN_DUPLICATE_DENIED: (
        "several versions of a crate whose ban entry denies multiple versions",
        Severity.MEDIUM,
        Level.DENY,
    ),
    Code.BAN_WILDCARD: (
        "a package depends on a crate with the `*` version requirement",
        Severity.LOW,
        Level.ALLOW,
    ),
    Code.BAN_UNMATCHED_SKIP: (
        "a `skip` or `skip-tree` entry matched no package",
        Severity.INFO,
        Level.WARN,
    ),
    Code.BAN_FEATURE: (
        "a package has a feature enabled that the policy denies or does not allow",
        Severity.MEDIUM,
        Level.DENY,
    ),
    Code.BAN_DEFAULT_FEATURES: (
        "a package's `default` feature is enabled where the policy's default-features level "
        "says so",
        Severity.LOW,
        Level.WARN,
    ),
    Code.BAN_UNKNOWN_FEATURE: (
        "a feature ban names a feature the package does not have",
        Severity.INFO,
        Level.WARN,
    ),
    Code.BAN_BUILD_SCRIPT: (
        "a package has a build script the policy does not allow",
        Severity.MEDIUM,
        Level.DENY,
    ),
    Code.BAN_EXECUTABLE: (
        "a package that runs at build time ships an executable, a file with a denied extension "
        "or a file failing its checksum",
        Severity.HIGH,
        Level.DENY,
    ),
    Code.BAN_SCRIPT: (
        "a package that runs at build time ships a script with an interpreter line",
        Severity.LOW,
        Level.ALLOW,
    ),
    Code.BAN_UNMATCHED_BYPASS: (
        "a build bypass entry, path or glob matched nothing",
        Severity.INFO,
        Level.WARN,
    ),
    Code.SOURCE_REGISTRY_NOT_ALLOWED: (
        "a package comes from a registry the policy does not allow",
        Severity.MEDIUM,
        Level.WARN,
    ),
    Code.SOURCE_GIT_NOT_ALLOWED: (
        "a package comes from a git repository the policy does not allow",
        Severity.MEDIUM,
        Level.WARN,
    ),
    Code.SOURCE_GIT_UNDERSPECIFIED: (
        "a git dependency is pinned less firmly than `required-git-spec` (a branch instead of a"
        " commit)",
        Severity.MEDIUM,
        Level.DENY,
    ),
    Code.SOURCE_UNUSED: (
        "an allowed source or organisation no package comes from",
        Severity.INFO,
        Level.WARN,
    ),
    Code.CONFIG_NOTE: (
        "a configuration key that moved or was removed in cargo-deny: honoured, with its new place",
        Severity.INFO,
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
