"""Which executable format a file is, from its first bytes.

Every ``cratewatch audit`` asks this of its input, so this module imports nothing heavier
than ``pathlib`` (not ``typing``: see ``cratewatch._lean``)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["binary_format", "is_binary"]

_MACHO_MAGICS = frozenset(
    {
        b"\xfe\xed\xfa\xce",
        b"\xce\xfa\xed\xfe",
        b"\xfe\xed\xfa\xcf",
        b"\xcf\xfa\xed\xfe",
        b"\xca\xfe\xba\xbe",  # universal ("fat") binaries, big-endian headers
        b"\xca\xfe\xba\xbf",
    }
)


def binary_format(head: bytes) -> str | None:
    """The format a file's first four bytes announce: "ELF", "PE", "Mach-O",
    "WebAssembly", or None."""
    if head.startswith(b"\x7fELF"):
        return "ELF"
    if head.startswith(b"MZ"):
        return "PE"
    if head[:4] in _MACHO_MAGICS:
        return "Mach-O"
    if head.startswith(b"\0asm"):
        return "WebAssembly"
    return None


def is_binary(path: Path) -> bool:
    """Whether ``path`` is a regular file in one of those formats (a FIFO or a device is
    never opened: a read from one can block forever)."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as stream:
            return binary_format(stream.read(4)) is not None
    except OSError:
        return False
