"""One named section of an executable: ELF, PE, Mach-O (thin or universal) or WebAssembly.

Each native format is read by a parser made for it (pyelftools, pefile, macholib: pure
Python, so that a malformed file raises an error instead of crashing the process); a
WebAssembly module's custom sections are a length-prefixed list simple enough to walk here.
The bytes of a binary are hostile: a section larger than ``max_size`` is refused before it
is read, and whatever a parser raises on a malformed file becomes one ``InputError``.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Final

from cratewatch.errors import InputError

__all__ = ["read_section"]

_MAX_WASM_SECTIONS: Final = 100_000


def read_section(path: Path, kind: str, name: str, max_size: int) -> bytes | None:
    """The contents of the section ``name`` of the binary at ``path`` (format ``kind``),
    or None when it has none."""
    readers = {"ELF": _elf, "PE": _pe, "Mach-O": _macho, "WebAssembly": _wasm}
    try:
        return readers[kind](path, name, max_size)
    except InputError:
        raise
    except Exception as error:  # a parser's own errors (some raise OSError): a malformed file
        reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        raise InputError(f"{path}: not a readable {kind} file: {reason}") from None


def _too_large(path: Path, name: str, size: int, max_size: int) -> InputError:
    return InputError(
        f"{path}: section {name} is {size:,} bytes, over the limit of {max_size:,}: not read"
    )


def _elf(path: Path, name: str, max_size: int) -> bytes | None:
    from elftools.elf.elffile import ELFFile

    with path.open("rb") as stream:
        section = ELFFile(stream).get_section_by_name(name)
        if section is None or section["sh_type"] == "SHT_NOBITS":
            return None
        if section["sh_size"] > max_size:
            raise _too_large(path, name, section["sh_size"], max_size)
        data: bytes = section.data()
        return data


def _pe(path: Path, name: str, max_size: int) -> bytes | None:
    import pefile

    image = pefile.PE(str(path), fast_load=True)  # headers and sections, no directories
    try:
        for section in image.sections:
            if section.Name.rstrip(b"\0").decode("latin-1") != name:
                continue
            size = min(section.SizeOfRawData, section.Misc_VirtualSize or section.SizeOfRawData)
            if size > max_size:
                raise _too_large(path, name, size, max_size)
            data: bytes = section.get_data(length=size)
            return data
        return None
    finally:
        image.close()


def _macho(path: Path, name: str, max_size: int) -> bytes | None:
    from macholib.mach_o import LC_SEGMENT, LC_SEGMENT_64
    from macholib.MachO import MachO

    binary = MachO(str(path))
    for header in binary.headers:  # one per architecture of a universal binary
        for command, _segment, sections in header.commands:
            if command.cmd not in (LC_SEGMENT, LC_SEGMENT_64):
                continue
            for section in sections:
                if section.sectname.rstrip(b"\0").decode("latin-1") != name:
                    continue
                if section.size > max_size:
                    raise _too_large(path, name, section.size, max_size)
                with path.open("rb") as stream:
                    stream.seek(header.offset + section.offset)
                    return stream.read(section.size)
    return None


def _wasm(path: Path, name: str, max_size: int) -> bytes | None:
    """A custom section (id 0) of a WebAssembly module: a section is an id byte, a LEB128
    size and its contents; a custom one's contents start with a LEB128-prefixed name."""
    with path.open("rb") as stream:
        if stream.read(8)[4:] != b"\x01\0\0\0":
            raise InputError(f"{path}: not a readable WebAssembly file: unknown version")
        for _ in range(_MAX_WASM_SECTIONS):
            head = stream.read(1)
            if not head:
                return None
            size = _leb128(stream, path)
            start = stream.tell()
            if head == b"\0":
                length = _leb128(stream, path)
                if length <= 256 and stream.read(length) == name.encode():
                    remaining = size - (stream.tell() - start)
                    if remaining < 0:
                        raise InputError(f"{path}: not a readable WebAssembly file: bad section")
                    if remaining > max_size:
                        raise _too_large(path, name, remaining, max_size)
                    return stream.read(remaining)
            stream.seek(start + size)
    raise InputError(f"{path}: not a readable WebAssembly file: too many sections")


def _leb128(stream: BinaryIO, path: Path) -> int:
    """An unsigned LEB128 number of at most 32 bits, as the format's sizes are."""
    value = 0
    for shift in range(0, 35, 7):
        byte = stream.read(1)
        if not byte:
            raise InputError(f"{path}: not a readable WebAssembly file: truncated")
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return value
    raise InputError(f"{path}: not a readable WebAssembly file: bad number")
