"""Small compiled binaries for the tests, built the way cargo-auditable builds its own: the
compressed dependency list as a constant placed in a section named ``.dep-v0`` (``__DATA,
.dep-v0`` on Mach-O) and linked into a tiny program. Debian's clang and lld build all four
formats on Linux without any platform SDK (the programs import nothing); a WebAssembly
module gets its custom section from llvm-objcopy. ``.ci/run`` installs the three."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

__all__ = ["build", "dependency_list", "universal"]

_PROGRAM = "int start(void) { return 42; }\n"
_LINK = {
    "ELF": ["--target=x86_64-linux-gnu", "-fuse-ld=lld", "-nostdlib", "-static", "-Wl,-e,start"],
    "PE": [
        "--target=x86_64-pc-windows-msvc",
        "-fuse-ld=lld",
        "-nostdlib",
        "-Wl,/entry:start",
        "-Wl,/subsystem:console",
    ],
    "Mach-O": [
        "--target=x86_64-apple-macos11",
        "-nostdlib",
        "-Wl,-e,_start",
        "-Wl,-platform_version,macos,11.0,11.0",
    ],
    "Mach-O arm64": [
        "--target=arm64-apple-macos11",
        "-nostdlib",
        "-Wl,-e,_start",
        "-Wl,-platform_version,macos,11.0,11.0",
    ],
    "WebAssembly": ["--target=wasm32", "-nostdlib", "-Wl,--no-entry", "-Wl,--export=start"],
}


def dependency_list(packages: list[dict[str, Any]]) -> bytes:
    """The section's contents: cargo-auditable's JSON, zlib-compressed."""
    return zlib.compress(json.dumps({"packages": packages}).encode())


def _tool(name: str) -> str:
    """A tool by its name, or by Debian's versioned name (``ld64.lld-14``)."""
    if found := shutil.which(name):
        return found
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        versioned = sorted(Path(directory).glob(f"{name}-[0-9]*")) if directory else []
        if versioned:
            return str(versioned[-1])
    raise RuntimeError(f"{name} is not installed (.ci/run installs clang, lld and llvm)")


def build(
    directory: Path, kind: str, section: bytes | None = None, strings: tuple[str, ...] = ()
) -> Path:
    """A binary of format ``kind`` with ``section`` as its ``.dep-v0`` (none when None) and
    ``strings`` kept in its data, as a panic message's source path is."""
    source = directory / f"{kind.replace(' ', '-')}.c"
    lines = [_PROGRAM]
    for i, text in enumerate(strings):
        lines.append(f'__attribute__((used)) const char text_{i}[] = "{text}";\n')
    native = section is not None and kind != "WebAssembly"
    if native:
        name = "__DATA,.dep-v0" if kind.startswith("Mach-O") else ".dep-v0"
        values = ",".join(map(str, section or b""))
        attribute = f'__attribute__((used, section("{name}")))'
        lines.append(f"{attribute} const unsigned char dep_v0[] = {{{values}}};\n")
    source.write_text("".join(lines))
    out = directory / f"{kind.replace(' ', '-')}.bin"
    command = [_tool("clang"), *_LINK[kind], str(source), "-o", str(out)]
    if kind.startswith("Mach-O"):
        command.insert(1, f"--ld-path={_tool('ld64.lld')}")
        command.append(f"-Wl,-arch,{'arm64' if kind.endswith('arm64') else 'x86_64'}")
    subprocess.run(command, check=True, capture_output=True)
    if section is not None and not native:
        blob = directory / "dep-v0"
        blob.write_bytes(section)
        objcopy = _tool("llvm-objcopy")
        subprocess.run([objcopy, "--add-section", f".dep-v0={blob}", str(out)], check=True)
    return out


def universal(directory: Path, slices: list[Path]) -> Path:
    """A universal ("fat") Mach-O file of thin ones: a big-endian header, one entry per
    architecture (its CPU type read from the slice), the slices at 16 KiB boundaries."""
    header = struct.pack(">II", 0xCAFEBABE, len(slices))
    offset, body, entries = 0x4000, b"", b""
    for path in slices:
        data = path.read_bytes()
        cputype, subtype = struct.unpack("<ii", data[4:12])
        entries += struct.pack(">iiIII", cputype, subtype, offset + len(body), len(data), 14)
        body += data + b"\0" * (-len(data) % 0x4000)
    out = directory / "universal.bin"
    out.write_bytes((header + entries).ljust(offset, b"\0") + body)
    return out
