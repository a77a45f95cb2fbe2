"""Hand-built tar and gzip streams: the archives an attacker writes, byte by byte.

``tarfile`` refuses to write most of them (negative sizes, lying headers, names it would
normalise), so headers are packed here directly, each with a valid checksum unless a
test asks otherwise.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

BLOCK = 512


def header(
    name: bytes,
    size: int = 0,
    kind: bytes = b"0",
    *,
    link: bytes = b"",
    size_field: bytes | None = None,
    bad_checksum: bool = False,
) -> bytes:
    """One ustar header block."""
    block = bytearray(BLOCK)
    block[0 : len(name[:100])] = name[:100]
    block[100:108] = b"0000644\0"
    block[108:116] = b"0000000\0"
    block[116:124] = b"0000000\0"
    block[124:136] = size_field if size_field is not None else b"%011o\0" % size
    block[136:148] = b"00000000000\0"
    block[156:157] = kind
    block[157 : 157 + len(link[:100])] = link[:100]
    block[257:263] = b"ustar\0"
    block[263:265] = b"00"
    block[148:156] = b" " * 8
    checksum = sum(block) + (1 if bad_checksum else 0)
    block[148:156] = b"%06o\0 " % checksum
    return bytes(block)


def member(name: bytes, data: bytes, kind: bytes = b"0", **options: object) -> bytes:
    """A header and its content, padded to whole blocks."""
    padding = -len(data) % BLOCK
    return header(name, len(data), kind, **options) + data + bytes(padding)  # type: ignore[arg-type]


def end() -> bytes:
    return bytes(2 * BLOCK)


def pax(records: dict[bytes, bytes], name: bytes = b"pax") -> bytes:
    body = b""
    for key, value in records.items():
        text = b" " + key + b"=" + value + b"\n"
        length = len(text) + 1
        while len(str(length).encode() + text) != length:
            length += 1
        body += str(length).encode() + text
    return member(name, body, b"x")


def write_crate(path: Path, tar: bytes, level: int = 1) -> Path:
    """``tar`` gzip'd at ``level`` (0 stores it: no compression ratio to trip over)."""
    path.write_bytes(gzip.compress(tar, compresslevel=level))
    return path


def write_zero_bomb(path: Path, name: bytes, size: int) -> Path:
    """A crate holding one member of ``size`` zero bytes, compressed chunk by chunk so
    that the test never holds it in memory (deflate packs zeros about 1000 to 1)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1 << 20)
    with path.open("wb") as out:
        out.write(compressor.compress(header(name, size)))
        left = size
        while left:
            piece = chunk[: min(left, len(chunk))]
            out.write(compressor.compress(piece))
            left -= len(piece)
        out.write(compressor.compress(bytes(-size % BLOCK) + end()))
        out.write(compressor.flush())
    return path
