"""Security advisories about crates, independent of the format they came in."""

from __future__ import annotations

import datetime as dt
import enum

from cratewatch._lean import NamedTuple, NewType
from cratewatch.model.package import CrateName
from cratewatch.model.ranges import AffectedRanges
from cratewatch.model.version import Version

__all__ = [
    "Advisory",
    "AdvisoryId",
    "AdvisoryKind",
    "Collection",
    "Cvss",
    "FunctionRanges",
]

AdvisoryId = NewType("AdvisoryId", str)


class AdvisoryKind(enum.Enum):
    """What an advisory reports; informational kinds are kept apart."""

    VULNERABILITY = "vulnerability"
    MALICIOUS = "malicious"
    UNMAINTAINED = "unmaintained"
    UNSOUND = "unsound"
    NOTICE = "notice"


class Collection(enum.Enum):
    """RustSec's two collections: crates on crates.io, and the Rust toolchain."""

    CRATES = "crates"
    RUST = "rust"


class Cvss(NamedTuple):
    """A CVSS vector with its base score and qualitative rating."""

    vector: str
    version: str
    base_score: float
    rating: str  # none / low / medium / high / critical


class FunctionRanges(NamedTuple):
    """An affected function path and the versions in which it is affected."""

    path: str
    versions: tuple[str, ...]


class Advisory(NamedTuple):
    """One advisory about one crate (multi-crate OSV records become several)."""

    id: AdvisoryId
    package: CrateName
    title: str
    ranges: AffectedRanges
    date: dt.date | None = None
    description: str = ""
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    url: str | None = None
    references: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    cvss: Cvss | None = None
    informational: str | None = None
    withdrawn: dt.date | None = None
    expect_deleted: bool = False
    license: str | None = None
    collection: Collection = Collection.CRATES
    affected_os: tuple[str, ...] = ()
    affected_arch: tuple[str, ...] = ()
    affected_functions: tuple[FunctionRanges, ...] = ()
    patched: tuple[str, ...] = ()
    unaffected: tuple[str, ...] = ()
    source: str = ""
    extra_ids: tuple[str, ...] = ()  # ids of records merged into this one

    @property
    def kind(self) -> AdvisoryKind:
        if "malicious" in self.categories or self.informational == "malicious":
            return AdvisoryKind.MALICIOUS
        if self.informational is None:
            return AdvisoryKind.VULNERABILITY
        try:
            return AdvisoryKind(self.informational)
        except ValueError:
            return AdvisoryKind.NOTICE

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn is not None

    @property
    def all_ids(self) -> tuple[str, ...]:
        return (self.id, *self.aliases, *self.extra_ids)

    def affects(self, version: Version) -> bool:
        return self.ranges.affects(version)

    def applies_to_platform(self, os_names: frozenset[str], arches: frozenset[str]) -> bool:
        """Is the advisory relevant on a target with this OS and architecture?

        An empty ``affected.os`` / ``arch`` list means every platform.
        """
        if self.affected_os and os_names and not (set(self.affected_os) & os_names):
            return False
        return not (self.affected_arch and arches and not set(self.affected_arch) & arches)
