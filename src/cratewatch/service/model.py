"""The service's values: what a feed reports, what a screening decides, what a reviewer
sets. Pure: no I/O; the store, the feeds and the API sit around them."""

from __future__ import annotations

import datetime as dt
import enum
from typing import NamedTuple

__all__ = [
    "EventKind",
    "Published",
    "Risk",
    "Role",
    "Screening",
    "Signal",
    "TriageState",
    "VersionKey",
    "Yanked",
]


class EventKind(enum.StrEnum):
    PUBLISHED = "published"
    YANKED = "yanked"
    UNYANKED = "unyanked"


class Published(NamedTuple):
    """A new version, as a feed saw it. ``checksum`` is the SHA-256 of the ``.crate`` the
    registry's index pins (None when the feed does not say: an RSS item, an inbox file
    before it is hashed). The key of a version is (name, version, checksum)."""

    name: str
    version: str
    checksum: str | None
    source: str  # which feed: "git-index", "rss", "hook", "inbox", "submit"
    seen: dt.datetime  # when the feed saw it (UTC)
    published: dt.datetime | None = None  # when the registry says it was published
    # what the index line says, when the feed read one: deps, features, yanked ...
    index_line: str | None = None
    crate_path: str | None = None  # a local .crate (inbox, hook upload), else downloaded
    # where the registry serves the .crate, when the feed read its dl template (git index)
    download_url: str | None = None
    # who published it (a login), when the feed says: the publish hook may
    publisher: str | None = None
    yanked: bool = False  # a registry scan sees yanked versions too
    size: int | None = None  # the archive's size, when a mirror says (batches are cut by it)


class Yanked(NamedTuple):
    name: str
    version: str
    yanked: bool  # False: unyanked
    source: str
    seen: dt.datetime


class Risk(enum.StrEnum):
    """A screened version's risk, from best to worst."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Risk).index(self)


class TriageState(enum.StrEnum):
    AUTO_CLEAN = "auto-clean"  # screened, nothing a reviewer must see
    NEEDS_REVIEW = "needs-review"
    CONFIRMED_MALICIOUS = "confirmed-malicious"
    FALSE_POSITIVE = "false-positive"


class Signal(NamedTuple):
    """One reason a version needs a look: a stable code, a sentence, and the evidence
    as JSON-ready data."""

    code: str  # e.g. "scan-malicious", "typosquat", "new-dependency-on-young-crate"
    risk: Risk
    message: str


class Screening(NamedTuple):
    """What one version was judged. ``scan`` and ``diff`` are the scan's and the diff's
    JSON documents (the same as ``cratewatch scan/diff --format json`` prints)."""

    name: str
    version: str
    checksum: str
    risk: Risk
    signals: tuple[Signal, ...]
    scan: dict[str, object] | None
    diff: dict[str, object] | None
    screened: dt.datetime
    rules_version: str  # what judged it: a rescan after a rules change compares this
    # what the crate is, for the ecosystem's statistics (``scan/facts.py``); None when
    # the archive could not be scanned
    facts: dict[str, object] | None = None

    @property
    def state(self) -> TriageState:
        """The state a screening starts in: a reviewer's decision replaces it."""
        return (
            TriageState.NEEDS_REVIEW
            if self.risk.rank >= Risk.MEDIUM.rank
            else TriageState.AUTO_CLEAN
        )


class VersionKey(NamedTuple):
    """What identifies a version: a screening is of exactly these bytes. ``checksum`` is
    the ``.crate``'s SHA-256 in hex, or ``""`` while no feed has said."""

    name: str
    version: str
    checksum: str

    def __str__(self) -> str:
        return f"{self.name} {self.version}" + (f" ({self.checksum[:12]})" if self.checksum else "")


class Role(enum.StrEnum):
    """What an API token may do; each role may do what the ones before it may."""

    READER = "reader"  # list and read
    REVIEWER = "reviewer"  # also set triage states and the allowlist
    ADMIN = "admin"  # also manage tokens

    def allows(self, needed: Role) -> bool:
        order = list(Role)
        return order.index(self) >= order.index(needed)
