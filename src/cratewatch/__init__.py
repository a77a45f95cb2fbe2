"""cratewatch: supply-chain security for the Rust crate ecosystem.

The nouns of the domain are exported here; ``cratewatch.audit`` runs an audit.
They are imported on first use, so that ``python -m cratewatch`` (which imports
this package first) pays only for what the command it runs needs.
"""

from __future__ import annotations

from cratewatch._lean import TYPE_CHECKING

if TYPE_CHECKING:
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


def __getattr__(name: str) -> object:
    if name == "CratewatchError":
        from cratewatch.errors import CratewatchError

        return CratewatchError
    if name in __all__:
        import cratewatch.model

        return getattr(cratewatch.model, name)
    raise AttributeError(f"module 'cratewatch' has no attribute '{name}'")
