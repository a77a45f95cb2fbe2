"""What a source scan decides about a crate, and what can be wrong with a crate's archive.

Pure values: the scanner (``scan/``) produces them, the reporters present them.
"""

from __future__ import annotations

import enum
from typing import Final, NamedTuple

__all__ = [
    "CRATE_FACTS",
    "ArchiveIssue",
    "ArchiveProblem",
    "NotScanned",
    "Tactic",
    "UnsafeCounts",
    "Verdict",
]

#: the yes/no facts kept of every scanned crate (``scan/facts.py`` tells each), in the
#: order the ecosystem's statistics show them
CRATE_FACTS: Final = ("unsafe", "build_script", "proc_macro", "ffi", "network", "process")


class Verdict(enum.StrEnum):
    """A crate's verdict, from best to worst (``rank``).

    ``incomplete`` is worse than ``suspicious``: a crate that could not be read fully
    may hide anything in the part not read, so a gate must not pass it.
    """

    CLEAN = "clean"
    SUSPICIOUS = "suspicious"
    INCOMPLETE = "incomplete"
    MALICIOUS = "malicious"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {verdict: rank for rank, verdict in enumerate(Verdict)}


class Tactic(enum.StrEnum):
    """What a threat achieves for malware (every threat rule names one)."""

    EXFILTRATION = "exfiltration"  # sends data out: bot APIs, webhooks, paste hosts, bare IPs
    EXECUTION = "execution"  # runs fetched or hidden code
    CONCEALMENT = "concealment"  # hides strings, payloads or files
    COLLECTION = "collection"  # gathers credentials and keys
    EVASION = "evasion"  # acts only in CI, or only without an antivirus
    PERSISTENCE = "persistence"  # installs itself to run again
    WEAKENING = "weakening"  # turns protections off (TLS verification)
    IMPACT = "impact"  # destroys, sabotages or takes resources (wipers, miners)


class ArchiveIssue(enum.StrEnum):
    """What can be wrong with a crate's archive or directory: stable codes.

    ``blocking`` issues mean the crate could not be examined fully (verdict
    ``incomplete``); the others are oddities that no ``cargo package`` output has, kept
    as evidence of tampering.
    """

    # the crate could not be examined fully
    UNREADABLE = "unreadable"  # not a gzip'd tar, or a corrupt compressed stream
    TRUNCATED = "truncated"  # the archive ends inside a header or a member
    BAD_HEADER = "bad-header"  # checksum, size field or extended header invalid
    UNSAFE_PATH = "unsafe-path"  # absolute, or climbing out with ..
    LINK_OUT = "link-out"  # a link that points outside the crate
    OVERSIZED_MEMBER = "oversized-member"  # one member over the per-file limit
    SIZE_LIMIT = "size-limit"  # the whole crate over the size or compression-ratio limit
    TOO_MANY_MEMBERS = "too-many-members"
    # oddities: evidence
    BACKSLASH_NAME = "backslash-name"  # a name with '\', another file than the '/' one
    SEVERAL_TOP_FOLDERS = "several-top-folders"
    TOP_FOLDER_MISMATCH = "top-folder-mismatch"  # not <name>-<version> of the manifest
    DUPLICATE_MEMBER = "duplicate-member"  # the last copy is the one unpacked
    FILE_AND_FOLDER = "file-and-folder"  # one path both a file and a folder
    NO_MANIFEST = "no-manifest"  # no Cargo.toml at the crate's root
    MANIFEST_FOLDER = "manifest-folder"  # Cargo.toml is a folder
    MANIFEST_NOT_UTF8 = "manifest-not-utf8"
    NAME_NOT_UTF8 = "name-not-utf8"
    NON_CANONICAL_NAME = "non-canonical-name"  # '//', '/./', a leading './'
    LINK = "link"  # a symbolic or hard link inside the crate (cargo package writes none)
    # a link in a crate directory to a file outside it: not read. Not evidence of
    # tampering: `cargo package` stores what links point to, so no published crate has
    # one; checkouts and distribution packages (Debian's shared licence files) do
    EXTERNAL_LINK = "external-link"
    SPECIAL_FILE = "special-file"  # a device, FIFO or socket
    UNKNOWN_MEMBER = "unknown-member"  # a tar member type cargo never writes

    @property
    def blocking(self) -> bool:
        return self in _BLOCKING

    @property
    def evidence(self) -> bool:
        """An oddity counted as evidence of tampering (threat-archive-tampering)."""
        return self not in _BLOCKING and self is not ArchiveIssue.EXTERNAL_LINK


_BLOCKING = frozenset(
    {
        ArchiveIssue.UNREADABLE,
        ArchiveIssue.TRUNCATED,
        ArchiveIssue.BAD_HEADER,
        ArchiveIssue.UNSAFE_PATH,
        ArchiveIssue.LINK_OUT,
        ArchiveIssue.OVERSIZED_MEMBER,
        ArchiveIssue.SIZE_LIMIT,
        ArchiveIssue.TOO_MANY_MEMBERS,
    }
)


class ArchiveProblem(NamedTuple):
    """One thing wrong with a crate's archive or directory."""

    issue: ArchiveIssue
    member: str  # the member's name as written ("" for the whole archive)
    detail: str  # one line, for people

    def __str__(self) -> str:
        where = f"{self.member!r}: " if self.member else ""
        return f"{self.issue.value}: {where}{self.detail}"


class NotScanned(NamedTuple):
    """Something a scan was asked for and did not scan, and why: a link not followed, a
    locked crate in no source directory, an archive failing its checksum, a package a
    scan does not look for."""

    subject: str  # a path, or "name version"
    reason: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.reason}"


class UnsafeCounts(NamedTuple):
    """How much ``unsafe`` a file or crate has, counted from its syntax trees (see
    ``scan/unsafe_counts.py`` for what each count is)."""

    functions: int = 0
    blocks: int = 0
    impls: int = 0
    traits: int = 0
    extern_blocks: int = 0
    in_macros: int = 0
    forbids_unsafe: bool = False

    @property
    def total(self) -> int:
        return (
            self.functions + self.blocks + self.impls + self.traits + self.extern_blocks
            + self.in_macros
        )  # fmt: skip

    def __add__(self, other: object) -> UnsafeCounts:
        if not isinstance(other, UnsafeCounts):
            return NotImplemented
        return UnsafeCounts(
            self.functions + other.functions,
            self.blocks + other.blocks,
            self.impls + other.impls,
            self.traits + other.traits,
            self.extern_blocks + other.extern_blocks,
            self.in_macros + other.in_macros,
            self.forbids_unsafe or other.forbids_unsafe,
        )
