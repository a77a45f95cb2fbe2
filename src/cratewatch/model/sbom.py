"""What a software bill of materials lists: each package of a project's dependency graph
with its identity, checksum, declared license, how it is used, and what it depends on."""

from __future__ import annotations

import datetime as dt

from cratewatch._lean import NamedTuple
from cratewatch.model.package import PackageId

__all__ = ["Component", "Inventory"]


class Component(NamedTuple):
    package: PackageId
    purl: str  # pkg:cargo/name@version, with the registry or repository when not crates.io
    sha256: str | None  # from the lockfile (registry packages only)
    license: str | None  # the declared SPDX expression, normalised; None when unknown
    license_text: str | None  # a `license` that is no SPDX expression, as written
    kind: str | None  # "runtime", "build" or "dev" (project.kinds); None when unknown
    member: bool  # a member of the workspace: what the SBOM describes
    # (dependency, kinds of the edge: "normal", "build", "dev"; empty when unknown)
    dependencies: tuple[tuple[PackageId, frozenset[str]], ...]


class Inventory(NamedTuple):
    name: str  # the project's: its single member's name, else the workspace directory's
    lockfile: str
    components: tuple[Component, ...]
    generated: dt.datetime
    problems: tuple[str, ...]  # what could not be read (kinds, licenses unknown there)
