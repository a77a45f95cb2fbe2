"""What a scanned crate is, in a few JSON-ready facts: the columns of the ecosystem's
statistics (``ecosystem/stats.py``), kept with each screening.

Counted from the scan of the published archive, tests and examples included, as the
unsafe counts are; capabilities are those the scan reports (outside tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from cratewatch.scan.crate import CrateScan
    from cratewatch.scan.extract import CrateArchive

__all__ = ["crate_facts"]

_NETWORK: Final = frozenset(
    {"network", "network-tool", "network-query", "network-command", "web-server"}
)
_PROCESS: Final = frozenset({"process-spawn", "process-spawn-path", "script-eval"})


def crate_facts(archive: CrateArchive, scan: CrateScan) -> dict[str, Any]:
    """The facts of one scanned crate: ``unsafe`` (any unsafe function, block, impl or
    trait, in or out of macros), ``build_script``, ``proc_macro``, ``ffi``
    (foreign functions declared or native libraries linked), ``network`` and
    ``process`` (the scan's capabilities), with the unsafe count, the capabilities and
    the size of the sources."""
    from cratewatch.model.scan import Verdict
    from cratewatch.scan.manifest import read_manifest

    manifest = read_manifest(archive.files)
    capabilities = set(scan.capabilities)
    return {
        # an archive not examined fully says nothing certain: the statistics leave it out
        "complete": scan.verdict is not Verdict.INCOMPLETE,
        # the unsafe keyword; an extern block (unsafe to call, needing no keyword of its
        # own before edition 2024) is the ffi fact's
        "unsafe": scan.unsafe.total - scan.unsafe.extern_blocks > 0,
        "build_script": bool(manifest.build_scripts),
        "proc_macro": manifest.proc_macro,
        "ffi": "ffi" in capabilities or scan.unsafe.extern_blocks > 0,
        "network": bool(capabilities & _NETWORK),
        "process": bool(capabilities & _PROCESS),
        "unsafe_items": scan.unsafe.total,
        "forbids_unsafe": scan.unsafe.forbids_unsafe,
        "capabilities": sorted(capabilities),
        "files": len(archive.files),
        "rust_bytes": sum(
            len(data) for path, data in archive.files.items() if path.endswith(".rs")
        ),
    }
