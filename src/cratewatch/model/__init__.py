"""The pure domain model: no I/O, only values and the rules between them."""

from cratewatch.model.advisory import Advisory, AdvisoryId, AdvisoryKind, Collection, Cvss
from cratewatch.model.findings import Code, Finding, Fix, Level, Severity
from cratewatch.model.lockfile import DependencyPath, Lockfile
from cratewatch.model.package import (
    CrateName,
    GitReference,
    Package,
    PackageId,
    Source,
    SourceKind,
)
from cratewatch.model.ranges import AffectedRanges, Interval
from cratewatch.model.report import DatabaseInfo, Report, Skipped
from cratewatch.model.version import Comparator, Op, Version, VersionReq

__all__ = [
    "Advisory",
    "AdvisoryId",
    "AdvisoryKind",
    "AffectedRanges",
    "Code",
    "Collection",
    "Comparator",
    "CrateName",
    "Cvss",
    "DatabaseInfo",
    "DependencyPath",
    "Finding",
    "Fix",
    "GitReference",
    "Interval",
    "Level",
    "Lockfile",
    "Op",
    "Package",
    "PackageId",
    "Report",
    "Severity",
    "Skipped",
    "Source",
    "SourceKind",
    "Version",
    "VersionReq",
]
