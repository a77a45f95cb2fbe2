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

from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

__all__ = ["UnsafeCounts", "count_unsafe", "parser"]


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


@cache
def parser() -> Any:
    """A tree-sitter parser for Rust (built once per process)."""
    import tree_sitter_rust
    from tree_sitter import Language, Parser

    return Parser(Language(tree_sitter_rust.language()))


def count_unsafe(source: bytes, tree: Any = None) -> UnsafeCounts:
    """The unsafe counts of one Rust source file (malformed code is parsed as far as it
    goes); ``tree`` is its syntax tree when the caller has parsed it already."""
    tree = tree if tree is not None else parser().parse(source)
    counts = dict.fromkeys(("functions", "blocks", "impls", "traits", "extern", "macros"), 0)
    forbids = False
    cursor_stack = [tree.root_node]
    while cursor_stack:
        node = cursor_stack.pop()
        kind = node.type
        if kind == "function_item" or kind == "function_signature_item":
            if _has_unsafe(_child(node, "function_modifiers")):
                counts["functions"] += 1
        elif kind == "unsafe_block":
            counts["blocks"] += 1
        elif kind == "impl_item" and _has_unsafe(node):
            counts["impls"] += 1
        elif kind == "trait_item" and _has_unsafe(node):
            counts["traits"] += 1
        elif kind == "foreign_mod_item":
            counts["extern"] += 1
        elif kind == "inner_attribute_item":
            text = node.text or b""
            forbids = forbids or (b"forbid" in text and b"unsafe_code" in text)
        elif kind == "token_tree":
            counts["macros"] += _unsafe_tokens(node.children)
            continue  # its tokens are counted; nothing below is a real item
        cursor_stack.extend(node.children)
    return UnsafeCounts(
        counts["functions"],
        counts["blocks"],
        counts["impls"],
        counts["traits"],
        counts["extern"],
        counts["macros"],
        forbids,
    )


def _child(node: Any, kind: str) -> Any:
    for child in node.children:
        if child.type == kind:
            return child
    return None


def _has_unsafe(node: Any) -> bool:
    return node is not None and any(c.type == "unsafe" for c in node.children)


def _unsafe_tokens(nodes: Iterable[Any]) -> int:
    count = 0
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if node.type == "unsafe" or (node.type == "identifier" and node.text == b"unsafe"):
            count += 1
        stack.extend(node.children)
    return count
