"""Count ``unsafe`` in Rust sources from their syntax trees, without building anything.

cargo-geiger counts unsafe code by compiling the crate; this counts it from the source
with tree-sitter's Rust grammar, so it works on any crate, for any target, in
milliseconds, and never runs a build script. What is counted, per file and per crate:

- ``functions``: ``unsafe fn`` items (free functions and methods);
- ``blocks``: ``unsafe { ... }`` expressions;
- ``impls``: ``unsafe impl`` (``Send``, ``Sync`` and other unsafe traits);
- ``traits``: ``unsafe trait`` declarations;
- ``extern_blocks``: ``extern "C" { ... }`` blocks, whose functions are unsafe to call;
- ``in_macros``: the ``unsafe`` keyword inside macro bodies, which tree-sitter keeps as
  unparsed token trees (``macro_rules!`` and macro calls), counted token by token;
- ``forbids_unsafe``: the file says ``#![forbid(unsafe_code)]``.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["UnsafeCounts", "count_unsafe"]


class UnsafeCounts(NamedTuple):
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


def count_unsafe(source: bytes) -> UnsafeCounts:
    """The unsafe counts of one Rust source file (malformed code is parsed as far as it
    goes)."""
    from cratewatch.scan.syntax import parse_rust  # it builds on UnsafeCounts

    return parse_rust(source).unsafe
