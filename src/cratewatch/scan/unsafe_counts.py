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

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.syntax import parse_rust

__all__ = ["UnsafeCounts", "count_unsafe"]


def count_unsafe(source: bytes) -> UnsafeCounts:
    """The unsafe counts of one Rust source file (malformed code is parsed as far as it
    goes)."""
    return parse_rust(source).unsafe
