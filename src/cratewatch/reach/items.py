"""A crate's modules, items and the names its functions use, from tree-sitter trees.

Each target of a crate (its library, binaries, build script) is a module tree: from the
root file along ``mod name;`` (``name.rs``, ``name/mod.rs``, ``#[path]``) and inline
``mod name { .. }`` blocks. Each module holds its items by name (functions, types,
traits, modules, ``macro_rules!`` macros) and its ``use`` imports (aliases, globs,
``pub use`` re-exports). Each function keeps what its body names, unresolved: paths
(called or used as values: a function stored in a table is a call waiting to happen),
method calls with what is known of the receiver's type (a constructor's type, an
annotation, a parameter's type or trait bound, ``self``), macro invocations with the
calls written in their arguments, and the types it builds. Resolution (``resolve.py``)
and the reachability search (``graph.py``) come after, once every crate is read.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Final, NamedTuple

from cratewatch.project.files import MAX_FILE_BYTES
from cratewatch.scan.syntax import node_text, parser

__all__ = ["Function", "Module", "Reference", "Target", "read_target"]

MAX_MODULE_DEPTH: Final = 64  # nested modules followed
MAX_NESTING: Final = 64  # of use lists and parenthesised receivers followed
MAX_MACRO_ITEMS: Final = 20_000  # item-level macro invocations of one target read for items
# what may hold items in a macro's tokens: error recovery, `cfg_if!`'s if / else blocks
_ITEM_CONTAINERS: Final = frozenset(
    {"ERROR", "expression_statement", "block", "if_expression", "else_clause"}
)
_QUALIFIED: Final = re.compile(r"\s*<\s*&?\s*(?:mut\s+)?([\w:]+)[^>]*>\s*::\s*(.*)", re.DOTALL)
_TYPE_NAME: Final = re.compile(r"\b[A-Z]\w*")
_CFG_ATTR_PATH: Final = re.compile(r',\s*path\s*=\s*"([^"]*)"')
_ITEM_WORD: Final = re.compile(
    rb"\b(?:fn|mod|use|impl|trait|struct|enum|static|const|macro_rules)\b"
)
_GENERICS: Final = re.compile(r"::\s*<[^<>]*(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>[^<>]*)*>")
_TYPE_ARGS: Final = re.compile(r"<[^<>]*(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>[^<>]*)*>")
_WRAPPERS: Final = re.compile(r"^(?:&\s*(?:'\w+\s+)?(?:mut\s+)?|Box\s*<|Rc\s*<|Arc\s*<|mut\s+)+")
_MACRO_CALL: Final = re.compile(
    r"(?<![\w.$])((?:\$crate\s*::\s*|::\s*)?[A-Za-z_]\w*(?:\s*::\s*[A-Za-z_]\w*)*)\s*(!)?\s*[(\[{]"
)
_MACRO_METHOD: Final = re.compile(r"\.\s*([A-Za-z_]\w*)\s*\(")
_KEYWORDS: Final = frozenset(
    [
        "if",
        "while",
        "for",
        "match",
        "loop",
        "return",
        "let",
        "fn",
        "in",
        "as",
        "move",
        "ref",
        "mut",
        "self",
        "Self",
        "super",
        "crate",
        "where",
        "unsafe",
        "async",
        "await",
        "impl",
        "dyn",
        "else",
        "break",
        "continue",
        "struct",
        "enum",
        "trait",
        "type",
        "use",
        "mod",
        "pub",
    ]
)
_BODY_QUERY: Final = """
(call_expression
  function: (field_expression value: (_) @receiver field: (field_identifier) @method))
(call_expression function: (generic_function
  function: (field_expression value: (_) @receiver field: (field_identifier) @method)))
(scoped_identifier) @path
(identifier) @name
(macro_invocation) @macro
(struct_expression name: (_) @struct)
(let_declaration) @let
"""
# what holds a path that is not itself a reference: a longer path, an import, a macro's name
_INSIDE_A_PATH: Final = frozenset({"scoped_identifier", "use_declaration", "macro_invocation"})
_NOT_A_REFERENCE: Final = frozenset(
    {
        "scoped_identifier",
        "scoped_use_list",
        "use_declaration",
        "let_declaration",
        "parameter",
        "closure_parameters",
        "field_pattern",
        "tuple_pattern",
        "tuple_struct_pattern",
        "struct_pattern",
        "reference_pattern",
        "mut_pattern",
        "or_pattern",
        "slice_pattern",
        "captured_pattern",
        "for_expression",
        "macro_invocation",
        "function_item",
        "lifetime",
        "label",
        "shorthand_field_initializer",
    }
)


class Reference(NamedTuple):
    """Something a function's body names."""

    kind: str  # "path" (called or used as a value), "method", "macro", "struct"
    text: str  # the path as written (generic arguments left out), or the method's name
    line: int
    # method: what its receiver is known to be: ("type", path), ("trait", path), ("call",
    # the path of the function that made it), ("field", "Struct.field") for `self.field`,
    # or ("", "")
    receiver: tuple[str, str] = ("", "")
    tokens: str = ""  # macro: its arguments as written


class Function(NamedTuple):
    key: tuple[str, int]  # (file, byte offset): one function of one crate
    name: str
    module: tuple[str, ...]  # the module path from the crate root
    owner: str  # the impl's or trait's type name ("" for a free function)
    trait: str  # the trait an impl implements ("" for none)
    public: bool
    cfgs: tuple[str, ...]  # cfg predicates on it and what encloses it
    test: bool  # test code: #[test], or under #[cfg(test)]
    file: str
    line: int
    references: tuple[Reference, ...]
    constructs: bool  # returns Self or its owner type (a constructor)
    returns: tuple[str, str] = ("", "")  # its declared return type, as a receiver's type
    # the types named in its return type when its body uses `?`: their `From` impls run
    converts: tuple[str, ...] = ()


class Module(NamedTuple):
    path: tuple[str, ...]
    public: bool  # reachable from outside the crate through pub modules
    cfgs: tuple[str, ...]
    test: bool
    items: dict[str, list[tuple[str, Any]]]  # name -> [("fn"|"type"|"trait"|"mod"|"macro", x)]
    imports: list[tuple[str, str, bool]]  # (alias, path, pub); alias "*" for a glob
    file: str


class Target(NamedTuple):
    modules: dict[tuple[str, ...], Module]
    functions: list[Function]
    macros: dict[str, tuple[str, bool]]  # name -> (body text, #[macro_export])
    impls: list[tuple[str, str]]  # (trait, type) of every impl of a trait
    problems: list[str]
    # (struct, field) -> what its declared type says, as a receiver's type
    fields: dict[tuple[str, str], tuple[str, str]]


def read_target(files: Mapping[str, bytes], root: str) -> Target:
    """The module tree of the target whose root file is ``root`` (a path in ``files``)."""
    target = Target({}, [], {}, [], [], {})
    if root not in files:
        target.problems.append(f"{root}: not found")
        return target
    _Reader(files, target).file(_Place(root, posixpath.dirname(root), (), True, (), False, 0))
    return target


class _Place(NamedTuple):
    """Where items are read: their file, the directory of its ``mod name;`` files, their
    module, whether it is public, the cfg predicates and test state around them, and how
    deep in modules and macros they are."""

    path: str
    directory: str
    module: tuple[str, ...]
    public: bool
    cfgs: tuple[str, ...]
    test: bool
    depth: int


class _Reader:
    """Reads a target's files into ``target``."""

    def __init__(self, files: Mapping[str, bytes], target: Target) -> None:
        self.files = files
        self.target = target
        self.read: set[str] = set()  # files read: each is one module's, read once
        self.macros_left = MAX_MACRO_ITEMS  # macro invocations whose items are read

    def file(self, place: _Place) -> None:
        data = self.files.get(place.path)
        if data is None or len(data) > MAX_FILE_BYTES:
            problem = "not found" if data is None else "too large"
            self.target.problems.append(f"{place.path}: {problem}")
            return
        if place.path in self.read:  # `#[path]` naming a file already read (itself, a cycle)
            self.target.problems.append(f"{place.path}: a module of two places, read once")
            return
        self.read.add(place.path)
        self.items(parser().parse(data).root_node, place)

    def items(self, node: Any, place: _Place) -> None:
        target, path, module = self.target, place.path, place.module
        this = target.modules.setdefault(
            module, Module(module, place.public, place.cfgs, place.test, {}, [], path)
        )
        for child, attributes in _attributed(node):
            own_cfgs, own_test, attrs = _attributes(attributes)
            # the place of what this item holds: its cfg predicates added
            inner = place._replace(
                cfgs=place.cfgs + own_cfgs, test=place.test or own_test, depth=place.depth + 1
            )
            pub = _is_pub(child)
            visible = pub and place.public
            kind = child.type
            name_node = child.child_by_field_name("name")
            name = node_text(name_node) if name_node is not None else ""
            if kind == "function_item":
                target.functions.append(_function(child, inner, "", "", visible))
                this.items.setdefault(name, []).append(("fn", target.functions[-1]))
            elif kind == "mod_item" and name and place.depth < MAX_MODULE_DEPTH:
                this.items.setdefault(name, []).append(("mod", (*module, name)))
                self._module(
                    child, name, attrs, inner._replace(module=(*module, name), public=visible)
                )
            elif kind in ("struct_item", "enum_item", "union_item", "type_item"):
                this.items.setdefault(name, []).append(("type", (module, name)))
                if kind == "struct_item":
                    self._fields(name, child.child_by_field_name("body"))
            elif kind == "trait_item":
                this.items.setdefault(name, []).append(("trait", (module, name)))
                for method, method_place in _members(child.child_by_field_name("body"), inner):
                    if method.child_by_field_name("body") is not None:
                        target.functions.append(
                            _function(method, method_place, name, name, visible)
                        )
            elif kind == "impl_item":
                owner = _type_name(child.child_by_field_name("type"))
                trait_node = child.child_by_field_name("trait")
                trait = _type_name(trait_node) if trait_node is not None else ""
                if trait:
                    target.impls.append((trait, owner))
                for method, method_place in _members(child.child_by_field_name("body"), inner):
                    public = (bool(trait) or _is_pub(method)) and place.public
                    target.functions.append(_function(method, method_place, owner, trait, public))
            elif kind == "use_declaration":
                for alias, used in _uses(child.child_by_field_name("argument"), ""):
                    this.imports.append((alias, used, pub))
            elif kind == "macro_definition" and name:
                target.macros[name] = (node_text(child), "macro_export" in attrs)
                this.items.setdefault(name + "!", []).append(("macro", name))
            elif kind == "extern_crate_declaration":
                crate = child.child_by_field_name("name")
                alias = child.child_by_field_name("alias")
                if crate is not None:
                    shown = node_text(alias) if alias is not None else node_text(crate)
                    this.imports.append((shown, "::" + node_text(crate), pub))
                    if "macro_use" in attrs:
                        this.imports.append(("!*", "::" + node_text(crate), False))
            elif kind in ("const_item", "static_item") and name:
                # a static's or constant's value is read like a body: a table of function
                # pointers calls what it holds wherever the table is used
                value = _function(child, inner, "", "", visible)._replace(name=name)
                target.functions.append(value)
                this.items.setdefault(name, []).append(("fn", value))
            elif kind == "macro_invocation" and place.depth < MAX_MODULE_DEPTH:
                # items written inside a macro (`cfg_if! { .. }`, `cfg_rt! { pub mod rt; }`):
                # read as if written here, the macro taken to emit them as they are
                self.macros_left -= 1
                if self.macros_left < 0:
                    continue
                written = _macro_items(self.files.get(path, b""), child)
                if written is not None:
                    self.items(written, inner)
            elif kind in _ITEM_CONTAINERS and place.depth < MAX_MODULE_DEPTH:
                # what error recovery or a macro's `if #[cfg(..)] { .. }` leaves around items
                self.items(child, inner)

    def _module(self, node: Any, name: str, attrs: Mapping[str, str], place: _Place) -> None:
        """A ``mod name { .. }`` block, or the file of ``mod name;``."""
        body = node.child_by_field_name("body")
        if body is not None:
            self.items(body, place._replace(directory=posixpath.join(place.directory, name)))
            return
        parent = place.path
        file, sub = _module_file(self.files, parent, place.directory, name, attrs.get("path"))
        if file is None:
            named = f" {attrs['path']}" if "path" in attrs else ""
            self.target.problems.append(f"{parent}: module {name}: no file{named}")
        else:
            self.file(place._replace(path=file, directory=sub))

    def _fields(self, struct: str, body: Any) -> None:
        """A struct's fields whose declared types can type a receiver (``self.clock``)."""
        for field in body.named_children if body is not None else ():
            name = field.child_by_field_name("name")
            declared = field.child_by_field_name("type")
            if name is not None and declared is not None:
                known = _annotated(node_text(declared), {})
                if known[0]:
                    self.target.fields[(struct, node_text(name))] = known


def _macro_items(data: bytes, invocation: Any) -> Any:
    """The items written in a macro invocation's token tree, parsed where they are (only
    that range of the file: offsets and lines stay the file's)."""
    from tree_sitter import Range

    tokens = next((c for c in invocation.named_children if c.type == "token_tree"), None)
    if tokens is None or tokens.end_byte - tokens.start_byte < 4:
        return None
    if not _ITEM_WORD.search(data, tokens.start_byte, tokens.end_byte):
        return None  # no item keyword: an invocation that emits no items we could read
    inside = Range(tokens.start_point, tokens.end_point, tokens.start_byte, tokens.end_byte)
    ranged = _range_parser()
    ranged.included_ranges = [inside]
    return ranged.parse(data).root_node


@cache
def _range_parser() -> Any:
    """A parser of its own for parts of files (its included ranges change per call)."""
    from tree_sitter import Parser

    return Parser(parser().language)


def _members(body: Any, place: _Place) -> Iterator[tuple[Any, _Place]]:
    """The functions of an impl or trait block, each with its place (its own cfg)."""
    for child, attributes in _attributed(body) if body is not None else ():
        if child.type == "function_item":
            cfgs, test, _ = _attributes(attributes)
            yield child, place._replace(cfgs=place.cfgs + cfgs, test=place.test or test)


def _attributed(node: Any) -> Iterator[tuple[Any, list[Any]]]:
    """The items of a block, each with the attributes written before it (comments
    between them skipped)."""
    attributes: list[Any] = []
    for child in node.named_children:
        if child.type == "attribute_item":
            attributes.append(child)
        elif child.type not in ("line_comment", "block_comment"):
            yield child, attributes
            attributes = []


def _attributes(attributes: list[Any]) -> tuple[tuple[str, ...], bool, dict[str, str]]:
    """An item's cfg predicates, whether it is test code, and its other attributes."""
    cfgs = []
    test = False
    other: dict[str, str] = {}
    for attribute in attributes:
        text = node_text(attribute).strip()
        inner = text[2:-1].strip() if text.startswith("#[") and text.endswith("]") else ""
        if inner.startswith("cfg(") and inner.endswith(")"):
            predicate = inner[4:-1].strip()
            if predicate == "test":
                test = True
            else:
                cfgs.append(predicate)
        elif inner in ("test", "bench") or inner.endswith("::test") or inner.startswith("test("):
            test = True
        elif inner.startswith("path") and "=" in inner:
            other["path"] = inner.split("=", 1)[1].strip().strip('"')
        elif inner.startswith("cfg_attr(") and (found := _CFG_ATTR_PATH.search(inner)):
            # `#[cfg_attr(unix, path = "sys/unix.rs")]`: the first platform's file is read
            other.setdefault("path", found.group(1))
        else:
            other[inner.split("(", 1)[0].strip()] = inner
    return tuple(cfgs), test, other


def _module_file(
    files: Mapping[str, bytes], path: str, directory: str, name: str, explicit: str | None
) -> tuple[str | None, str]:
    """The file of ``mod name;`` declared in ``path``, and the directory of its own
    ``mod`` declarations."""
    if explicit:
        file = posixpath.normpath(posixpath.join(posixpath.dirname(path), explicit))
        return (file if file in files else None), posixpath.dirname(file)
    for file in (
        posixpath.join(directory, f"{name}.rs"),
        posixpath.join(directory, name, "mod.rs"),
    ):
        if file in files:
            return file, posixpath.join(directory, name)
    return None, ""


def _is_pub(node: Any) -> bool:
    for child in node.children:
        if child.type == "visibility_modifier":
            return node_text(child) == "pub"  # pub(crate), pub(super): not outside
    return False


def _type_name(node: Any) -> str:
    """The last segment of a type, without generic arguments (``a::Foo<T>`` is ``Foo``)."""
    if node is None:
        return ""
    text = _TYPE_ARGS.sub("", node_text(node)).strip()
    return text.rsplit("::", 1)[-1].strip().removeprefix("dyn ").strip()


def _uses(node: Any, prefix: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """The (alias, path) pairs a ``use`` tree brings in; alias ``*`` for a glob."""
    if node is None or depth > MAX_NESTING:
        return
    kind = node.type

    def joined(text: str) -> str:
        return f"{prefix}::{text}" if prefix else text

    if kind in ("identifier", "scoped_identifier", "crate", "self", "super", "metavariable"):
        text = node_text(node).replace(" ", "")
        full = joined(text)
        last = full.rsplit("::", 1)[-1]
        if last == "self":
            full = full.rsplit("::", 1)[0]
            last = full.rsplit("::", 1)[-1]
        yield last, full
    elif kind == "use_as_clause":
        path = node.child_by_field_name("path")
        alias = node.child_by_field_name("alias")
        if path is not None and alias is not None:
            full = joined(node_text(path).replace(" ", ""))
            if full.endswith("::self"):
                full = full[: -len("::self")]
            yield node_text(alias), full
    elif kind == "use_wildcard":
        inner = node.named_children[0] if node.named_children else None
        base = joined(node_text(inner).replace(" ", "")) if inner is not None else prefix
        yield "*", base
    elif kind == "scoped_use_list":
        path = node.child_by_field_name("path")
        base = joined(node_text(path).replace(" ", "")) if path is not None else prefix
        yield from _uses(node.child_by_field_name("list"), base, depth + 1)
    elif kind == "use_list":
        for child in node.named_children:
            yield from _uses(child, prefix, depth + 1)


def _function(node: Any, place: _Place, owner: str, trait: str, public: bool) -> Function:
    name_node = node.child_by_field_name("name")
    result = node.child_by_field_name("return_type")
    returned = _type_name(result) if result is not None else ""
    return Function(
        key=(place.path, node.start_byte),
        name=node_text(name_node) if name_node is not None else "",
        module=place.module,
        owner=owner,
        trait=trait,
        public=public,
        cfgs=place.cfgs,
        test=place.test,
        file=place.path,
        line=node.start_point[0] + 1,
        references=tuple(_references(node, owner)),
        constructs=bool(owner) and returned in ("Self", owner),
        returns=_annotated(node_text(result), {}) if result is not None else ("", ""),
        converts=_converted(node, result),
    )


def _converted(node: Any, result: Any) -> tuple[str, ...]:
    """The type names of a function's return type (``Result<T, MyError>``), when its body
    uses ``?``: the error it meets is converted with ``From`` into one of them."""
    body = node.child_by_field_name("body")
    if result is None or body is None or b"?" not in (body.text or b""):
        return ()
    return tuple(dict.fromkeys(_TYPE_NAME.findall(node_text(result))))


def _references(node: Any, owner: str) -> Iterator[Reference]:
    """What a function's body (or a static's value) names."""
    from tree_sitter import QueryCursor

    body = node.child_by_field_name("body") or node.child_by_field_name("value")
    if body is None:
        return
    matches = [match for _, match in QueryCursor(_body_query()).matches(body)]
    lets = sorted((m["let"][0] for m in matches if "let" in m), key=_start)
    local_types = _local_types(node, lets, owner)
    for match in matches:
        if "method" in match:
            (receiver,), (method,) = match["receiver"], match["method"]
            yield Reference(
                "method",
                node_text(method),
                method.start_point[0] + 1,
                _receiver_type(receiver, local_types, owner),
            )
        elif "path" in match:
            (path,) = match["path"]
            parent = path.parent
            if parent is None or parent.type not in _INSIDE_A_PATH:
                yield Reference("path", _path_text(path), path.start_point[0] + 1)
        elif "name" in match:
            (name,) = match["name"]
            parent = name.parent
            if parent is None or parent.type in _NOT_A_REFERENCE:
                # (a `let`'s value is a reference: `let f: fn() = tick;`, `let g = Guard;`)
                if parent is None or parent.type != "let_declaration":
                    continue
                if parent.child_by_field_name("value") != name:
                    continue
            text = node_text(name)
            if text not in local_types and text not in _KEYWORDS:
                yield Reference("path", text, name.start_point[0] + 1)
        elif "struct" in match:
            (built,) = match["struct"]
            yield Reference("struct", _path_text(built), built.start_point[0] + 1)
        elif "macro" in match:
            (macro,) = match["macro"]
            called = macro.child_by_field_name("macro")
            tokens = next((c for c in macro.named_children if c.type == "token_tree"), None)
            yield Reference(
                "macro",
                _path_text(called) if called is not None else "",
                macro.start_point[0] + 1,
                tokens=node_text(tokens) if tokens is not None else "",
            )


def macro_references(tokens: str, line: int) -> Iterator[Reference]:
    """What the tokens of a macro's arguments or body call: paths followed by
    parentheses, macros, and method calls (their receivers unknown)."""
    for match in _MACRO_CALL.finditer(tokens):
        text = re.sub(r"\s+", "", match.group(1))
        if text.rsplit("::", 1)[-1] in _KEYWORDS and not match.group(2):
            continue
        at = line + tokens.count("\n", 0, match.start())
        if match.group(2):
            yield Reference("macro", text, at)
        else:
            yield Reference("path", text, at)
    for match in _MACRO_METHOD.finditer(tokens):
        yield Reference("method", match.group(1), line + tokens.count("\n", 0, match.start()))


def _local_types(function: Any, lets: list[Any], owner: str) -> dict[str, tuple[str, str]]:
    """What is known of the types of a function's parameters and ``let`` bindings
    (``lets``, in the order they are written)."""
    bounds = _bounds(function)
    types: dict[str, tuple[str, str]] = {}
    parameters = function.child_by_field_name("parameters")
    for parameter in parameters.named_children if parameters is not None else ():
        if parameter.type == "parameter":
            pattern = parameter.child_by_field_name("pattern")
            kind = parameter.child_by_field_name("type")
            if pattern is not None and kind is not None and pattern.type == "identifier":
                types[node_text(pattern)] = _annotated(node_text(kind), bounds)
    for let in lets:
        pattern = let.child_by_field_name("pattern")
        if pattern is None:
            continue
        if pattern.type == "mut_pattern" and pattern.named_children:
            pattern = pattern.named_children[0]
        if pattern.type != "identifier":
            continue
        kind = let.child_by_field_name("type")
        value = let.child_by_field_name("value")
        if kind is not None:
            types[node_text(pattern)] = _annotated(node_text(kind), bounds)
        elif value is not None:
            types[node_text(pattern)] = _receiver_type(value, types, owner)
    return types


def _bounds(function: Any) -> dict[str, str]:
    """Generic parameters and their first trait bound (``<C: Clock>``, ``where C: Clock``)."""
    bounds: dict[str, str] = {}
    text = ""
    generics = function.child_by_field_name("type_parameters")
    if generics is not None:
        text += node_text(generics)
    for child in function.named_children:
        if child.type == "where_clause":
            text += " " + node_text(child)
    for match in re.finditer(r"\b([A-Z]\w*)\s*:\s*(?:\?Sized\s*\+\s*)?([A-Za-z_][\w:]*)", text):
        bounds.setdefault(match.group(1), match.group(2))
    return bounds


def _annotated(text: str, bounds: Mapping[str, str]) -> tuple[str, str]:
    text = _WRAPPERS.sub("", text.strip()).strip()
    for prefix in ("dyn ", "impl "):
        if text.startswith(prefix):
            return "trait", _TYPE_ARGS.sub("", text[len(prefix) :]).split("+")[0].strip()
    name = _TYPE_ARGS.sub("", text).strip().rstrip(">").strip()
    if name in bounds:
        return "trait", bounds[name]
    return ("type", name) if name and (name[0].isupper() or "::" in name) else ("", "")


def _receiver_type(
    receiver: Any, types: Mapping[str, tuple[str, str]], owner: str, depth: int = 0
) -> tuple[str, str]:
    kind = receiver.type
    if depth > MAX_NESTING:
        return "", ""
    if kind == "self":
        return ("type", owner) if owner else ("", "")
    if kind == "identifier":
        return types.get(node_text(receiver), ("", ""))
    if kind in ("reference_expression", "parenthesized_expression", "try_expression"):
        inner = receiver.named_children[-1] if receiver.named_children else None
        return _receiver_type(inner, types, owner, depth + 1) if inner is not None else ("", "")
    if kind == "field_expression" and owner:
        value = receiver.child_by_field_name("value")
        field = receiver.child_by_field_name("field")
        if value is not None and value.type == "self" and field is not None:
            return "field", f"{owner}.{node_text(field)}"
    if kind == "struct_expression":
        name = receiver.child_by_field_name("name")
        return ("type", _path_text(name)) if name is not None else ("", "")
    if kind == "call_expression":
        function = receiver.child_by_field_name("function")
        if function is not None and function.type == "generic_function":
            function = function.child_by_field_name("function")
        if function is not None and function.type in ("scoped_identifier", "identifier"):
            return "call", _path_text(function)  # what the function returns
    return "", ""


def _path_text(node: Any) -> str:
    """A path as written, without generic arguments and spaces; ``<T as Trait>::f`` and
    ``<T>::f`` are ``T::f`` (the type's own impl is looked for first)."""
    text = node_text(node)
    qualified = _QUALIFIED.match(text)
    if qualified is not None:
        text = f"{qualified.group(1)}::{qualified.group(2)}"
    return _GENERICS.sub("", text).replace(" ", "").replace("\n", "")


def _start(node: Any) -> int:
    return int(node.start_byte)


_QUERY_CACHE: list[Any] = []


def _body_query() -> Any:
    if not _QUERY_CACHE:
        from tree_sitter import Query

        _QUERY_CACHE.append(Query(parser().language, _BODY_QUERY))
    return _QUERY_CACHE[0]
