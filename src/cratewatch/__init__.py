"""cratewatch: supply-chain security for the Rust crate ecosystem.

The nouns of the domain are exported here; ``cratewatch.audit`` runs an audit.
"""

from cratewatch.errors import CratewatchError
from cratewatch.model import (
    Advisory,
    AffectedRanges,
    Code,
    Finding,
    Lockfile,
    Package,
    PackageId,
    Report,
    Severity,
    Version,
    VersionReq,
)

__version__ = "0.1.0"

__all__ = [
    "Advisory",
    "AffectedRanges",
    "Code",
    "CratewatchError",
    "Finding",
    "Lockfile",
    "Package",
    "PackageId",
    "Report",
    "Severity",
    "Version",
    "VersionReq",
    "__version__",
]
