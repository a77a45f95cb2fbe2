"""Compiled code a crate ships for its build to link: object files, static and shared
libraries whose source the crate does not have.

What the build script links from such a file runs in every program that depends on the
crate, and no reader of the sources, nor any rule of this scanner, sees what it does. A
crate that ships the source beside the object (``wasm32.s`` beside ``wasm32.o``, kept for
toolchains without an assembler) can be checked; a Windows import library names
functions of a system DLL and carries no code of its own; an object under tests/ that the
build script does not name is a test fixture (a parser's sample binaries)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Final

from cratewatch.binaries.formats import binary_format
from cratewatch.scan.analyze import Context, Evidence

PREBUILT_RULE: Final = "threat-prebuilt-native-code"

_AR_MAGIC: Final = b"!<arch>\n"
_AR_HEADER: Final = 60  # bytes of each member's header
_AR_MEMBERS: Final = (
    100_000  # read no further: an import library of every Win32 function has ~60,000
)
# what an import library's members are: a short import object (its header's first four
# bytes), or a COFF object holding only import sections (GNU dlltool's output)
_SHORT_IMPORT: Final = b"\x00\x00\xff\xff"
_IMPORT_SECTION: Final = b".idata$"
_SOURCE_SUFFIXES: Final = frozenset(
    {".c", ".cc", ".cpp", ".cxx", ".s", ".asm", ".wat", ".zig", ".f", ".f90", ".go", ".m"}
)
_FIXTURE_FOLDERS: Final = frozenset(
    {"tests", "test", "testdata", "test-data", "test_data", "fixtures", "examples", "benches"}
)


def prebuilt_code_evidence(
    files: Mapping[str, bytes], build_scripts: Sequence[str]
) -> list[Evidence]:
    """``threat-prebuilt-native-code`` for each compiled object or library the crate
    ships without its source, in a crate whose build script can link it."""
    if not build_scripts:
        return []  # cargo links nothing of the crate's own without a build script
    scripts = "\n".join(
        files.get(path, b"").decode("utf-8", errors="replace") for path in build_scripts
    )
    stems = {
        _stem(path) for path in files if PurePosixPath(path).suffix.lower() in _SOURCE_SUFFIXES
    }
    found = []
    for path, data in sorted(files.items()):
        kind = _native_kind(data)
        if kind is None or _stem(path) in stems:
            continue
        name = PurePosixPath(path).name
        named = name in scripts or _stem(path) in scripts
        if not named and _FIXTURE_FOLDERS & set(PurePosixPath(path).parts[:-1]):
            continue
        snippet = f"{name}: {kind} with no source in the crate, which has a build script"
        found.append(Evidence(PREBUILT_RULE, path, 1, snippet, Context.BUILD))
    return found


def _stem(path: str) -> str:
    """``libfoo.so.1``, ``libfoo.a``, ``foo.lib`` and ``foo.c`` are all ``foo``."""
    name = PurePosixPath(path).name.lower()
    stem = name.split(".", 1)[0]
    return stem.removeprefix("lib") or stem


def _native_kind(data: bytes) -> str | None:
    """What compiled code ``data`` is, or None (not compiled code, or an import library)."""
    if data.startswith(_AR_MAGIC):
        return None if _import_library(data) else "a static library"
    found = binary_format(data[:4])
    return None if found is None else f"a compiled {found} file"


def _import_library(data: bytes) -> bool:
    """Whether every object in the ``ar`` archive ``data`` is an import stub."""
    offset = len(_AR_MAGIC)
    objects = 0
    for _ in range(_AR_MEMBERS):
        header = data[offset : offset + _AR_HEADER]
        if len(header) < _AR_HEADER:
            break
        try:
            size = int(header[48:58].strip() or b"0")
        except ValueError:
            return False  # not an archive any linker reads
        name = header[:16].strip()
        body = data[offset + _AR_HEADER : offset + _AR_HEADER + size]
        offset += _AR_HEADER + size + (size & 1)  # members are 2-byte aligned
        if name in (b"/", b"//", b"/SYM64/", b"__.SYMDEF", b"__.SYMDEF SORTED"):
            continue  # symbol tables and long names
        objects += 1
        if not (body.startswith(_SHORT_IMPORT) or _IMPORT_SECTION in body):
            return False
    return objects > 0
