"""The envelope every JSON document of cratewatch starts with.

``schema_version`` (``"MAJOR.MINOR"``: keys are only added within a major version),
``tool`` (``name``, ``version``) and ``kind`` (``audit``, ``scan``, ``diff``,
``typosquat``, ``exposure``, ...), so that a consumer reading any document knows what it
holds before reading the rest. The keys of each kind are described in
docs/json-output.md and in the JSON Schema shipped in the package (``SCHEMA_FILE``).
"""

from __future__ import annotations

from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.model.report import SCHEMA_VERSION
from cratewatch.reporters import TOOL_NAME, tool_version

if TYPE_CHECKING:
    from typing import Any, Final

__all__ = ["SCHEMA_FILE", "envelope"]

#: The JSON Schema (draft 2020-12) of every document, shipped in the package.
SCHEMA_FILE: Final = Path(__file__).resolve().parents[1] / "data" / "cratewatch.schema.json"


def envelope(kind: str) -> dict[str, Any]:
    """The first keys of a JSON document of this ``kind``."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": tool_version()},
        "kind": kind,
    }
