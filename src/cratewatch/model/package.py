"""Crates, their sources and the packages of a resolved dependency graph."""

from __future__ import annotations

import enum

from cratewatch._lean import NamedTuple, NewType
from cratewatch.model.version import Version

__all__ = [
    "CRATES_IO_INDEX",
    "CRATES_IO_SPARSE",
    "CrateName",
    "GitReference",
    "Package",
    "PackageId",
    "Source",
    "SourceKind",
    "normalize_crate_name",
]

CrateName = NewType("CrateName", str)

CRATES_IO_INDEX = "https://github.com/rust-lang/crates.io-index"
CRATES_IO_SPARSE = "https://index.crates.io/"


def normalize_crate_name(name: str) -> str:
    """The one canonical form of a crate name: crates.io treats ``-`` and ``_`` and
    letter case as the same name. Lower case with ``-``: the form the typosquat checks
    split into words."""
    return name.lower().replace("_", "-")


class SourceKind(enum.Enum):
    REGISTRY = "registry"
    SPARSE = "sparse"
    GIT = "git"
    PATH = "path"
    OTHER = "other"


class GitReference(enum.Enum):
    REV = "rev"
    BRANCH = "branch"
    TAG = "tag"
    DEFAULT = "default"


class Source(NamedTuple):
    """Where a package comes from, as written in a lockfile's ``source`` field."""

    kind: SourceKind
    url: str
    git_reference: GitReference | None = None
    git_reference_value: str | None = None
    commit: str | None = None

    @property
    def is_crates_io(self) -> bool:
        if self.kind is SourceKind.REGISTRY:
            return self.url.rstrip("/") == CRATES_IO_INDEX
        if self.kind is SourceKind.SPARSE:
            return self.url.rstrip("/") + "/" == CRATES_IO_SPARSE
        return False

    def __str__(self) -> str:
        text = f"{self.kind.value}+{self.url}"
        if self.git_reference is not None and self.git_reference is not GitReference.DEFAULT:
            text += f"?{self.git_reference.value}={self.git_reference_value}"
        if self.commit:
            text += f"#{self.commit}"
        return text


class PackageId(NamedTuple):
    """A package in a dependency graph: name, version and source (``None`` for path)."""

    name: CrateName
    version: Version
    source: Source | None = None

    @property
    def is_local(self) -> bool:
        """A path package: a workspace member or a crate beside it, never from a registry."""
        return self.source is None or self.source.kind is SourceKind.PATH

    def __str__(self) -> str:
        return f"{self.name} {self.version}"


class Package(NamedTuple):
    """One ``[[package]]`` of a lockfile."""

    id: PackageId
    checksum: str | None = None
    dependencies: tuple[PackageId, ...] = ()

    @property
    def name(self) -> CrateName:
        return self.id.name

    @property
    def version(self) -> Version:
        return self.id.version

    @property
    def source(self) -> Source | None:
        return self.id.source
