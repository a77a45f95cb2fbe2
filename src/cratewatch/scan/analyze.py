"""Apply the rules to a crate's files: evidence with file, line, snippet and context.

Rust files are parsed with tree-sitter, so a rule sees what it asks for: ``code`` rules
run on the source with comments and string literals blanked out (a URL in a comment is
not a network call), ``strings`` rules on each string literal's contents (macro arguments
included: tree-sitter keeps string tokens inside macro bodies), ``text`` rules on every
text file. Where a file sits gives its context, which the verdict weighs: ``build``
(the build script runs on every developer's and CI machine at build time),
``proc-macro`` (runs inside the compiler), ``test`` (tests, benches, examples: not
shipped to dependents) or ``library``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any, NamedTuple

from cratewatch.scan.rules import Rule, Scope, load_rules
from cratewatch.scan.unsafe_counts import parser

__all__ = ["Context", "Evidence", "analyze_file", "file_context"]

_SNIPPET = 120


class Context(enum.Enum):
    BUILD = "build"
    PROC_MACRO = "proc-macro"
    TEST = "test"
    LIBRARY = "library"


class Evidence(NamedTuple):
    rule: str
    file: str
    line: int
    snippet: str
    context: Context


def file_context(path: str, build_script: str, proc_macro: bool) -> Context:
    """The context of ``path`` (relative to the crate root) in a crate whose build script
    is ``build_script`` and which is, or is not, a procedural macro crate."""
    if path == build_script or path.startswith("build/"):
        return Context.BUILD
    top = path.split("/", 1)[0]
    if top in ("tests", "benches", "examples"):
        return Context.TEST
    return Context.PROC_MACRO if proc_macro else Context.LIBRARY


def analyze_file(
    path: str,
    data: bytes,
    context: Context,
    rules: tuple[Rule, ...] | None = None,
    tree: Any = None,
) -> list[Evidence]:
    """Every rule hit in one file (Rust files get the code and strings views); ``tree`` is
    the file's syntax tree when the caller has parsed it already."""
    rules = load_rules() if rules is None else rules
    text = data.decode("utf-8", errors="replace")
    found: list[Evidence] = []
    for rule in rules:
        if rule.scope is Scope.TEXT:
            found += _matches(rule, path, text, text, 0, context)
    if not path.endswith(".rs"):
        return found
    code, strings = _views(data, tree if tree is not None else parser().parse(data))
    for rule in rules:
        if rule.scope is Scope.CODE:
            found += _matches(rule, path, code, text, 0, context)
        elif rule.scope is Scope.STRINGS:
            for line, content in strings:
                for hit in _matches(rule, path, content, content, line - 1, context, once=True):
                    # show the source line, not only the string's contents
                    found.append(hit._replace(snippet=_line(text, hit.line)))
    return found


def _matches(
    rule: Rule,
    path: str,
    view: str,
    original: str,
    first_line: int,
    context: Context,
    *,
    once: bool = False,
) -> Iterator[Evidence]:
    for match in rule.pattern.finditer(view):
        line = first_line + view.count("\n", 0, match.start()) + 1
        start = original.rfind("\n", 0, match.start()) + 1
        end = original.find("\n", match.end())
        snippet = original[start : end if end >= 0 else len(original)].strip()[:_SNIPPET]
        yield Evidence(rule.id, path, line, snippet, context)
        if once:
            return


def _line(text: str, number: int) -> str:
    lines = text.split("\n")
    return lines[number - 1].strip()[:_SNIPPET] if 0 < number <= len(lines) else ""


def _views(data: bytes, tree: Any) -> tuple[str, list[tuple[int, str]]]:
    """The code view (comments and strings blanked, same line numbers) and each string
    literal's contents with its line."""
    blank = bytearray(data)
    strings: list[tuple[int, str]] = []
    stack: list[Any] = [tree.root_node]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in ("line_comment", "block_comment", "string_literal", "raw_string_literal"):
            for i in range(node.start_byte, node.end_byte):
                if blank[i] != 0x0A:
                    blank[i] = 0x20
            if kind != "line_comment" and kind != "block_comment":
                content = b"".join(
                    (c.text or b"") for c in node.children if c.type == "string_content"
                )
                strings.append((node.start_point[0] + 1, content.decode("utf-8", errors="replace")))
            continue
        stack.extend(node.children)
    strings.sort()
    return blank.decode("utf-8", errors="replace"), strings
