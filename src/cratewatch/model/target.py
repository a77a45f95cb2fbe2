"""Rust target triples, reduced to the OS and architecture names RustSec uses."""

from __future__ import annotations

from typing import NamedTuple

from cratewatch.errors import UsageError

__all__ = ["Target"]

# First component of a triple -> RustSec `affected.arch` name.
_ARCH_PREFIXES = (
    ("x86_64", "x86_64"),
    ("i386", "x86"),
    ("i586", "x86"),
    ("i686", "x86"),
    ("aarch64", "aarch64"),
    ("arm64", "aarch64"),
    ("armeb", "arm"),
    ("arm", "arm"),
    ("thumb", "arm"),
    ("mips64", "mips64"),
    ("mips", "mips"),
    ("powerpc64", "powerpc64"),
    ("powerpc", "powerpc"),
    ("riscv32", "riscv32"),
    ("riscv64", "riscv64"),
    ("s390x", "s390x"),
    ("sparc64", "sparc64"),
    ("sparcv9", "sparc64"),
    ("sparc", "sparc"),
    ("wasm32", "wasm32"),
    ("wasm64", "wasm64"),
    ("loongarch64", "loongarch64"),
)

# Triple component -> RustSec `affected.os` name.
_OS_COMPONENTS = {
    "linux": "linux",
    "windows": "windows",
    "darwin": "macos",
    "macos": "macos",
    "ios": "ios",
    "tvos": "tvos",
    "watchos": "watchos",
    "android": "android",
    "androideabi": "android",
    "freebsd": "freebsd",
    "netbsd": "netbsd",
    "openbsd": "openbsd",
    "dragonfly": "dragonfly",
    "solaris": "solaris",
    "illumos": "illumos",
    "fuchsia": "fuchsia",
    "redox": "redox",
    "haiku": "haiku",
    "wasi": "wasi",
    "emscripten": "emscripten",
    "hermit": "hermit",
    "none": "none",
}


class Target(NamedTuple):
    """A target triple with the RustSec OS and architecture names it maps to.

    An OS or architecture RustSec has no name for (``wasm32-unknown-unknown``,
    ``x86_64-unknown-uefi``) is empty: such a target is only affected by
    advisories that do not restrict the OS (or architecture).
    """

    triple: str
    os: str
    arch: str

    @classmethod
    def parse(cls, triple: str) -> Target:
        parts = triple.strip().split("-")
        if len(parts) < 2 or not all(p and p.replace("_", "").isalnum() for p in parts):
            raise UsageError(
                f"invalid target triple '{triple}' (expected e.g. x86_64-unknown-linux-gnu)"
            )
        arch = next((name for prefix, name in _ARCH_PREFIXES if parts[0].startswith(prefix)), "")
        systems = [_os_name(p) for p in parts[1:]]
        known = [name for name in systems if name]
        # `aarch64-linux-android` names both: the more specific system wins.
        os_name = "android" if "android" in known else (known[0] if known else "")
        if not os_name and parts[-1] in ("elf", "eabi", "eabihf"):
            os_name = "none"
        return cls(triple.strip(), os_name, arch)


def _os_name(component: str) -> str:
    if component.startswith("wasip"):  # wasip1, wasip2
        return "wasi"
    return _OS_COMPONENTS.get(component, "")
