"""A gzip'd tar stream read with limits of our own, never with ``tarfile``.

``tarfile`` trusts its headers: a pax header can trigger a regular-expression blow-up
(CVE-2024-6232), a GNU long-name record of 1 GiB is read into memory whole, a negative
size raises an internal error, and skipping a member inflates all of it. Here every
header is checked before it is used (checksum, size field, type), extended headers
(pax, GNU long names) are bounded and parsed linearly, the inflated bytes are counted
against a budget as they come, and a member over its limit ends the read: what follows
it cannot be reached without inflating it, and the caller reports the crate as not
examined fully instead.

Names are returned as bytes, as written: the caller decides what they mean.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO, Final, NamedTuple

from cratewatch.model.scan import ArchiveIssue

__all__ = ["Member", "TarLimits", "TarStop", "read_members"]

_BLOCK: Final = 512
_CHUNK: Final = 64 * 1024
#: Extended headers (pax records, GNU long names) larger than this are refused: real
#: ones hold a path of at most a few kB.
_MAX_EXTENDED: Final = 64 * 1024

# Member types (POSIX ustar and GNU): regular files, links, specials, folders, and the
# extended headers that describe the member after them.
_REGULAR: Final = frozenset(b"07\0")
_HARD_LINK, _SYMLINK, _FOLDER = ord("1"), ord("2"), ord("5")
_SPECIAL: Final = frozenset(b"346")
_PAX, _PAX_GLOBAL, _GNU_LONG_NAME, _GNU_LONG_LINK = ord("x"), ord("g"), ord("L"), ord("K")


class TarLimits(NamedTuple):
    max_member_bytes: int
    max_total_bytes: int  # inflated bytes of the whole stream, headers included
    max_members: int


class Member(NamedTuple):
    name: bytes
    kind: str  # "file", "folder", "symlink", "hardlink", "special", "unknown"
    data: bytes  # the content of regular files; b"" for the others
    link: bytes = b""  # the target of links


class TarStop(Exception):
    """The stream cannot be read past this point; ``issue`` says why."""

    def __init__(self, issue: ArchiveIssue, detail: str, member: str = "") -> None:
        super().__init__(detail)
        self.issue = issue
        self.detail = detail
        self.member = member


class _Inflater:
    """The inflated bytes of a gzip stream, read on demand, within a budget."""

    def __init__(self, raw: BinaryIO, budget: int) -> None:
        self._raw = raw
        self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._buffer = bytearray()
        self._start = 0
        self._budget = budget
        self.produced = 0
        self.ended = False  # the gzip stream is over (or the input is)

    def _fill(self, wanted: int) -> None:
        while len(self._buffer) - self._start < wanted and not self.ended:
            pending = self._inflate.unconsumed_tail
            if not pending:
                pending = self._raw.read(_CHUNK)
                if not pending:
                    self.ended = True
                    if not self._inflate.eof:
                        raise TarStop(ArchiveIssue.TRUNCATED, "the gzip stream ends early")
                    break
            try:
                out = self._inflate.decompress(pending, _CHUNK * 4)
            except zlib.error as exc:
                raise TarStop(ArchiveIssue.UNREADABLE, f"not a valid gzip stream ({exc})") from None
            self.produced += len(out)
            if self.produced > self._budget:
                raise TarStop(
                    ArchiveIssue.SIZE_LIMIT,
                    f"inflates to more than {self._budget:,} bytes (size or compression-ratio "
                    "limit): the rest was not read",
                )
            if self._start > _CHUNK * 16:
                del self._buffer[: self._start]
                self._start = 0
            self._buffer += out
            if self._inflate.eof:
                self.ended = True  # what follows the first gzip member is never unpacked

    def read(self, size: int) -> bytes:
        """Exactly ``size`` bytes, or fewer at the end of the stream."""
        self._fill(size)
        end = min(self._start + size, len(self._buffer))
        data = bytes(self._buffer[self._start : end])
        self._start = end
        return data


def read_members(raw: BinaryIO, limits: TarLimits) -> Iterator[Member]:
    """The members of the gzip'd tar ``raw``; ``TarStop`` where it cannot be read further.

    Regular files over ``max_member_bytes`` stop the read (their content is not
    inflated to skip it). The end is two zero blocks, or the end of the stream.
    """
    stream = _Inflater(raw, limits.max_total_bytes)
    long_name: bytes | None = None
    long_link: bytes | None = None
    pax: dict[bytes, bytes] = {}
    count = 0
    while True:
        header = stream.read(_BLOCK)
        if not header or header == bytes(_BLOCK):
            return  # end of archive (a second zero block, if any, is not needed)
        if len(header) < _BLOCK:
            raise TarStop(ArchiveIssue.TRUNCATED, "the archive ends inside a header")
        count += 1
        if count > limits.max_members:
            raise TarStop(
                ArchiveIssue.TOO_MANY_MEMBERS,
                f"more than {limits.max_members:,} entries: the rest was not read",
            )
        name = _header_name(header)
        shown = name.decode("utf-8", "backslashreplace")
        _check_sum(header, shown)
        size = _size(header, shown)
        kind = header[156]
        if kind in (_PAX, _PAX_GLOBAL, _GNU_LONG_NAME, _GNU_LONG_LINK):
            if size > _MAX_EXTENDED:
                raise TarStop(
                    ArchiveIssue.BAD_HEADER,
                    f"an extended header of {size:,} bytes (more than {_MAX_EXTENDED:,})",
                    shown,
                )
            body = _content(stream, size, shown)
            if kind == _GNU_LONG_NAME:
                long_name = body.split(b"\0", 1)[0]
            elif kind == _GNU_LONG_LINK:
                long_link = body.split(b"\0", 1)[0]
            elif kind == _PAX:
                pax = _pax_records(body, shown)
            continue  # a global pax header sets defaults that cargo's reader ignores
        if long_name is not None:
            name = long_name
        if b"path" in pax:
            name = pax[b"path"]
        link = long_link if long_link is not None else _field(header, 157, 100)
        if b"linkpath" in pax:
            link = pax[b"linkpath"]
        if b"size" in pax:
            size = _pax_size(pax[b"size"], shown)
        long_name = long_link = None
        pax = {}
        shown = name.decode("utf-8", "backslashreplace")
        if kind in _REGULAR:
            if size > limits.max_member_bytes:
                raise TarStop(
                    ArchiveIssue.OVERSIZED_MEMBER,
                    f"{size:,} bytes, over the per-file limit of {limits.max_member_bytes:,}: "
                    "it and the rest of the archive were not read",
                    shown,
                )
            yield Member(name, "file", _content(stream, size, shown))
            continue
        _content(stream, size, shown)  # links and folders have none; unknown types may
        if kind == _FOLDER:
            yield Member(name, "folder", b"")
        elif kind == _SYMLINK:
            yield Member(name, "symlink", b"", link)
        elif kind == _HARD_LINK:
            yield Member(name, "hardlink", b"", link)
        elif kind in _SPECIAL:
            yield Member(name, "special", b"")
        else:
            yield Member(name, "unknown", b"")


def _content(stream: _Inflater, size: int, shown: str) -> bytes:
    """A member's ``size`` bytes, and the padding to the next block."""
    data = stream.read(size)
    if len(data) < size:
        raise TarStop(ArchiveIssue.TRUNCATED, "the archive ends inside this member", shown)
    padding = -size % _BLOCK
    if padding and len(stream.read(padding)) < padding:
        raise TarStop(ArchiveIssue.TRUNCATED, "the archive ends inside this member", shown)
    return data


def _field(header: bytes, start: int, length: int) -> bytes:
    return header[start : start + length].split(b"\0", 1)[0]


def _header_name(header: bytes) -> bytes:
    name = _field(header, 0, 100)
    if header[257:263] == b"ustar\0":  # POSIX: a prefix holds the leading folders
        prefix = _field(header, 345, 155)
        if prefix:
            return prefix + b"/" + name
    return name


def _check_sum(header: bytes, shown: str) -> None:
    try:
        stored = int(header[148:156].replace(b"\0", b" ").strip() or b"-1", 8)
    except ValueError:
        stored = -1
    blanked = header[:148] + b" " * 8 + header[156:]
    unsigned = sum(blanked)
    signed = sum(b - 256 if b > 127 else b for b in blanked)
    if stored not in (unsigned, signed):
        raise TarStop(ArchiveIssue.BAD_HEADER, "header checksum mismatch", shown)


def _size(header: bytes, shown: str) -> int:
    field = header[124:136]
    if field[0] & 0x80:  # GNU base-256: big-endian two's complement
        value = int.from_bytes(field[1:], "big")
        if field[0] & 0x40:
            raise TarStop(ArchiveIssue.BAD_HEADER, "a negative member size", shown)
        return value
    text = field.replace(b"\0", b" ").strip()
    if not text:
        return 0
    try:
        value = int(text, 8)
    except ValueError:
        raise TarStop(
            ArchiveIssue.BAD_HEADER, f"size field {text!r} is not a number", shown
        ) from None
    if value < 0:
        raise TarStop(ArchiveIssue.BAD_HEADER, "a negative member size", shown)
    return value


def _pax_records(body: bytes, shown: str) -> dict[bytes, bytes]:
    """``"<length> <key>=<value>\\n"`` records, each checked, in one pass."""
    records: dict[bytes, bytes] = {}
    at = 0
    while at < len(body):
        if body[at] == 0:
            break  # zero padding after the records
        space = body.find(b" ", at, at + 20)
        length_text = body[at:space] if space > at else b""
        if not length_text.isdigit():
            raise TarStop(ArchiveIssue.BAD_HEADER, "a malformed pax record", shown)
        end = at + int(length_text)
        record = body[space + 1 : end]
        if end <= space or end > len(body) or not record.endswith(b"\n") or b"=" not in record:
            raise TarStop(ArchiveIssue.BAD_HEADER, "a malformed pax record", shown)
        key, _, value = record[:-1].partition(b"=")
        records[key] = value
        at = end
    return records


def _pax_size(text: bytes, shown: str) -> int:
    if not text.isdigit() or len(text) > 20:
        raise TarStop(ArchiveIssue.BAD_HEADER, f"pax size {text[:30]!r} is not a size", shown)
    return int(text)
