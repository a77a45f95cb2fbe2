"""``#[cfg(...)]`` predicates, evaluated for a target, a set of features and test code.

A predicate is three-valued here: true, false, or unknown. Without ``--target`` every
platform predicate (``windows``, ``target_os = "linux"``, ``not(unix)``) is unknown,
which counts as "true on some target": code behind it may run, and the path that needs
it says so. With a target, rustc's own ``target_os`` and ``target_arch`` of the triple
(``model.target``) decide, and the family, environment and pointer width follow from
them.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from cratewatch.model.target import Target

__all__ = ["CfgEnv", "evaluate", "target_cfg"]

_UNIX_OS: Final = frozenset(
    [
        "linux",
        "macos",
        "ios",
        "tvos",
        "watchos",
        "visionos",
        "android",
        "freebsd",
        "netbsd",
        "openbsd",
        "dragonfly",
        "solaris",
        "illumos",
        "haiku",
        "fuchsia",
        "redox",
        "nto",
        "aix",
        "hurd",
        "horizon",
        "espidf",
        "vita",
        "l4re",
        "nuttx",
        "cygwin",
    ]
)
_WIDE_ARCH: Final = frozenset(
    [
        "x86_64",
        "aarch64",
        "powerpc64",
        "mips64",
        "riscv64",
        "s390x",
        "sparc64",
        "loongarch64",
        "wasm64",
        "bpf",
    ]
)
_TOKEN: Final = re.compile(r'\s*(?:([A-Za-z_][A-Za-z0-9_]*)|("(?:[^"\\]|\\.)*")|([(),=]))')
_MAX_DEPTH: Final = 32  # of nested all()/any()/not(): deeper is unknown


class CfgEnv(NamedTuple):
    """What a predicate is evaluated against."""

    target: dict[str, frozenset[str]] | None  # cfg keys to values; None: any target
    features: frozenset[str]
    test: bool = False  # test code is being compiled (cfg(test))


def target_cfg(target: Target) -> dict[str, frozenset[str]]:
    """The cfg names and values rustc sets for ``target`` (those code tests)."""
    os, arch = target.os, target.arch
    family = "windows" if os == "windows" else "unix" if os in _UNIX_OS else ""
    if arch.startswith("wasm"):
        family = family or "wasm"
    parts = target.triple.split("-")
    env = next((e for e in ("musl", "gnu", "msvc", "sgx", "uclibc") if e in parts[-1]), "")
    cfg: dict[str, frozenset[str]] = {
        "target_os": frozenset({os}),
        "target_arch": frozenset({arch}),
        "target_family": frozenset({family} if family else ()),
        "target_env": frozenset({env}),
        "target_vendor": frozenset({parts[1]} if len(parts) > 2 else ()),
        "target_pointer_width": frozenset({"64" if arch in _WIDE_ARCH else "32"}),
        "target_endian": frozenset({"big" if "be" in parts[0] or arch == "s390x" else "little"}),
    }
    if family in ("unix", "windows"):
        cfg[family] = frozenset({""})  # `cfg(unix)`, `cfg(windows)`
    # not a cfg name: what `[target.x86_64-pc-windows-msvc.dependencies]` tables are matched by
    cfg["target_triple"] = frozenset({target.triple})
    return cfg


def evaluate(predicate: str, env: CfgEnv) -> bool | None:
    """The value of the text inside ``cfg(...)``: True, False, or None for unknown (a
    platform predicate without a target, or text that is no predicate)."""
    text = predicate.strip()
    items: list[str] = []
    at = 0
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None:
            return None
        items.append(match.group(1) or match.group(2) or match.group(3))
        at = match.end()
    try:
        value, rest = _parse(items, env, 0)
    except (IndexError, ValueError):
        return None
    return value if not rest else None


def _parse(items: list[str], env: CfgEnv, depth: int) -> tuple[bool | None, list[str]]:
    if depth > _MAX_DEPTH:
        raise ValueError("too deep")
    name, rest = items[0], items[1:]
    if name in ("all", "any", "not") and rest[:1] == ["("]:
        rest = rest[1:]
        values = []
        while rest[0] != ")":
            value, rest = _parse(rest, env, depth + 1)
            values.append(value)
            if rest[0] == ",":
                rest = rest[1:]
        rest = rest[1:]
        if name == "not":
            if len(values) != 1:
                raise ValueError("not() takes one predicate")
            return (None if values[0] is None else not values[0]), rest
        if name == "all":
            return _all(values), rest
        return _any(values), rest
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(name)
    if rest[:1] == ["="]:
        written = rest[1]
        if not written.startswith('"'):
            raise ValueError(written)
        return _atom(name, written[1:-1], env), rest[2:]
    return _atom(name, None, env), rest


def _atom(name: str, value: str | None, env: CfgEnv) -> bool | None:
    if name == "feature":
        return value in env.features
    if name == "test":
        return env.test
    if name in ("debug_assertions", "panic"):
        return None  # profile settings: either way
    if env.target is None:
        return None
    values = env.target.get(name)
    if values is None:
        # a cfg the target does not set (a custom --cfg, `docsrs`, `loom`): off, as in rustc
        return False
    return (value in values) if value is not None else bool(values)


def _all(values: list[bool | None]) -> bool | None:
    if any(v is False for v in values):
        return False
    return None if any(v is None for v in values) else True


def _any(values: list[bool | None]) -> bool | None:
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False
