"""The values the interpreter works with (``interpreter.py``): Rust's integers,
characters, strings, arrays, tuples, ``Option`` and ``Result``, closures, iterators and
scopes, the control flow of a run, what a call yields, and the helpers every part uses;
with the bounds on all of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, NamedTuple

from cratewatch.scan.literals import integer
from cratewatch.scan.syntax import Span, node_at, node_text, syntax_tree

MAX_STEPS: Final = 800_000  # syntax nodes evaluated per unit
# per call tried (a table of a few hundred entries searched for each word of a carried file)
MAX_CALL_STEPS: Final = 400_000
MAX_DEPTH: Final = 32  # calls nested
MAX_VALUE: Final = 64 * 1024  # elements of a string or array
MAX_VARIANTS: Final = 1024  # of an enum whose variants are cast to numbers
MASKS: Final = {
    "u8": 0xFF,
    "i8": 0xFF,
    "u16": 0xFFFF,
    "i16": 0xFFFF,
    "u32": 0xFFFF_FFFF,
    "i32": 0xFFFF_FFFF,
    "u64": (1 << 64) - 1,
    "i64": (1 << 64) - 1,
    "usize": (1 << 64) - 1,
    "isize": (1 << 64) - 1,
    "u128": (1 << 128) - 1,
    "i128": (1 << 128) - 1,
}
SIGNED: Final = frozenset({"i8", "i16", "i32", "i64", "isize", "i128"})
UNSET: Final = object()
DEFAULT: Final = object()  # `unwrap_or_default()` of a type not known yet
END: Final = object()


class Stop(Exception):
    """This call cannot be followed: something the interpreter does not model."""


class NoMethod(Stop):
    """The standard library has no method of this name for this value: a trait of the
    crate may (``impl Beaufort for str``)."""


class Effect(Stop):
    """The call reaches the outside world (the environment, files, processes, the
    network, the clock): it computes nothing from its constants alone."""


class Spent(Exception):
    """The crate's steps are spent: no more calls are tried."""


class Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


class Break(Exception):
    def __init__(self, label: str, value: Any) -> None:
        self.label = label
        self.value = value


class Continue(Exception):
    def __init__(self, label: str) -> None:
        self.label = label


class Char(str):
    """A Rust ``char`` (a string of one character)."""


class Cell:
    """A static initialised once: ``OnceLock``, ``OnceCell`` (set by ``get_or_init``),
    ``LazyLock``, ``Lazy``, ``LazyCell`` (by their function, when first used)."""

    __slots__ = ("init", "value")

    def __init__(self, init: Any = None) -> None:
        self.init = init  # what a lazy static is computed by
        self.value: Any = UNSET


class Record:
    """A value of one of the crate's structs: its fields by name (``Codes { lengths }``)."""

    __slots__ = ("fields", "name")

    def __init__(self, name: str, fields: dict[str, Any]) -> None:
        self.name = name
        self.fields = fields


class Engine(NamedTuple):
    """An encoding engine of the ``base64`` crate (``STANDARD``, ``URL_SAFE_NO_PAD``, ...),
    or ``hex``."""

    name: str


#: the ``base64`` crate's engines, by the names code imports them as
ENGINES: Final = frozenset(
    {"STANDARD", "STANDARD_NO_PAD", "URL_SAFE", "URL_SAFE_NO_PAD", "BASE64_STANDARD"}
)


class Sized(int):
    """An integer whose type is known (``0u32``, ``x as u8``, ``let h: u64``, a typed
    parameter): arithmetic stored back into it wraps at its width, and its bytes
    (``to_le_bytes``) and rotations have one."""

    kind: str

    def __new__(cls, value: int, kind: str) -> Sized:
        sized = super().__new__(cls, wrap(value, kind))
        sized.kind = kind
        return sized

    @property
    def bits(self) -> int:
        return MASKS[self.kind].bit_length()


class Text:
    """A Rust ``String`` or ``&str``: mutable in place, as ``push`` needs."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


class Slot:
    """An element of a list borrowed mutably (``for b in out.iter_mut()``, ``for b in
    &mut out``): reading the name reads the element, ``*b ^= k`` writes it; or a map's
    plain value borrowed through its entry (``*counts.entry(c).or_insert(0) += 1``)."""

    __slots__ = ("index", "items")

    def __init__(self, items: list[Any] | dict[Any, Any], index: Any) -> None:
        self.items = items
        self.index = index

    def get(self) -> Any:
        return self.items[self.index]

    def set(self, value: Any) -> None:
        self.items[self.index] = value


class NameSlot(Slot):
    """A local variable of a number or other plain value borrowed mutably
    (``read_varint(buf, &mut pos)``): ``*pos += 1`` in the callee changes the caller's."""

    __slots__ = ("name", "scope")

    def __init__(self, scope: Scope, name: str) -> None:
        self.scope = scope
        self.name = name

    def get(self) -> Any:
        return self.scope.get(self.name)

    def set(self, value: Any) -> None:
        self.scope.set(self.name, value)


class Entry:
    """``map.entry(key)``: a map's place for a key, filled on first use."""

    __slots__ = ("key", "map")

    def __init__(self, items: Map, key: Any) -> None:
        self.map = items
        self.key = key


class Variant(NamedTuple):
    """``Some(x)``, ``None``, ``Ok(x)``, ``Err(x)``, and a variant of the crate's enums
    (``Step::Xor(0x21)``: its values, one or a tuple)."""

    tag: str
    value: Any


NONE: Final = Variant("None", None)


class Closure(NamedTuple):
    parameters: list[Any]  # pattern nodes
    body: Any
    scope: Scope


class FunctionRef(NamedTuple):
    name: str


class Iter:
    """A lazy iterator; every element drawn costs a step."""

    __slots__ = ("ahead", "items", "tick")

    def __init__(self, items: Iterable[Any], tick: Callable[[], None]) -> None:
        self.items = iter(items)
        self.tick = tick
        self.ahead: list[Any] = []  # an element drawn by `peek` and not yet taken

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        if self.ahead:
            return self.ahead.pop()
        self.tick()
        return next(self.items)

    def peek(self) -> Any:
        """The next element without taking it (``END`` at the end)."""
        if not self.ahead:
            item = next(self, END)
            if item is END:
                return END
            self.ahead.append(item)
        return self.ahead[-1]


class Map(dict[Any, Any]):
    """A ``HashMap`` or ``BTreeMap`` (``ordered``: iterated by key, as a ``BTreeMap`` is;
    a ``HashMap``'s order Rust leaves open, so no decoder can depend on it)."""

    def __init__(self, pairs: Iterable[Any] = (), ordered: bool = False) -> None:
        super().__init__(pairs)
        self.ordered = ordered

    def keys_in_order(self) -> list[Any]:
        return sorted(self, key=order_key) if self.ordered else list(self)


def order_key(value: Any) -> Any:
    """What a value sorts by: characters and strings by their text, numbers as numbers."""
    if isinstance(value, Text | Char):
        return (1, text_value(value))
    if isinstance(value, tuple):
        return (2, tuple(order_key(v) for v in value))
    return (0, value)


class Scope:
    __slots__ = ("names", "parent")

    def __init__(self, parent: Scope | None = None) -> None:
        self.names: dict[str, Any] = {}
        self.parent = parent

    def get(self, name: str) -> Any:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        raise KeyError(name)

    def has(self, name: str) -> bool:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return True
            scope = scope.parent
        return False

    def set(self, name: str, value: Any) -> None:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                scope.names[name] = value
                return
            scope = scope.parent
        raise Stop(f"assignment to unknown {name}")


class Outcome(NamedTuple):
    """What a call returned, with the literal text it was given or read (what a result
    that merely repeats it shows in plain sight); or that it reached the outside world
    (``effects``), so that what it returns is no decoding of its constants. ``made``:
    the texts it decoded from bytes on the way (``String::from_utf8``), whatever became
    of them (parsed into addresses, split, or the call stopped before returning)."""

    value: Any
    literals: frozenset[str]
    effects: bool = False
    made: tuple[str, ...] = ()


class Definitions:
    """The syntax of a compilation unit's functions that do not take ``self`` (their
    ``function_item`` nodes), of its constants' values and of its enums' variant lists,
    by name, each with the file it is in; and the crate's files, for ``include_str!``
    and ``include_bytes!``.

    A definition kept from an earlier scan stands as the ``Span`` of its node: ``node``
    parses its file when it is first needed (most units never run a call)."""

    def __init__(self, files: Mapping[str, bytes] | None = None) -> None:
        self.functions: dict[str, list[tuple[str, Any]]] = {}
        self.methods: dict[str, list[tuple[str, Any]]] = {}  # functions taking `self`
        self.constants: dict[str, list[tuple[str, Any]]] = {}
        # the unit-like variants of its enums: by a variant's name, its enum's variant list
        # (what `as u8` makes of one: its discriminant)
        self.variants: dict[str, list[tuple[str, Any]]] = {}
        # the structs that derive `Default` (`#[derive(Default)]`), by name: what
        # `Type::default()` makes of their fields' types
        self.defaults: dict[str, list[tuple[str, Any]]] = {}
        self.files: Mapping[str, bytes] = files or {}
        self._trees: dict[str, Any] = {}

    def add(self, other: Definitions) -> None:
        """Another file's definitions, after this one's."""
        for mine, theirs in (
            (self.functions, other.functions),
            (self.methods, other.methods),
            (self.constants, other.constants),
            (self.variants, other.variants),
            (self.defaults, other.defaults),
        ):
            for name, entries in theirs.items():
                mine.setdefault(name, []).extend(entries)

    def text(self, path: str, node: Any) -> str:
        """``node_text`` of a node or of the node at a ``Span``, without a parse."""
        if isinstance(node, Span):
            return self.files.get(path, b"")[node.start : node.end].decode(errors="replace")
        return node_text(node)

    def node(self, path: str, node: Any) -> Any:
        """The syntax node ``node`` stands for in the file ``path``: itself, or the node
        at its ``Span`` (``Stop`` when the file no longer has one there)."""
        if not isinstance(node, Span):
            return node
        tree = self._trees.get(path)
        if tree is None:
            tree = self._trees[path] = syntax_tree(self.files.get(path, b""))
        found = node_at(tree.root_node, node)
        if found is None:
            raise Stop("no such node")
        return found


def unit_variants(variants: Any) -> list[str]:
    """The names of an enum's variants (its ``enum_variant_list`` node) where every one is
    unit-like, so that ``as`` makes a number of each; none otherwise, or past
    ``MAX_VARIANTS`` (a generated table, not a code)."""
    names: list[str] = []
    for variant in variants.named_children:
        if variant.type != "enum_variant":
            continue
        if variant.child_by_field_name("body") is not None or len(names) >= MAX_VARIANTS:
            return []
        names.append(node_text(variant.child_by_field_name("name")))
    return names


def wrap(value: int, kind: str) -> int:
    value &= MASKS[kind]
    if kind in SIGNED and value >> (MASKS[kind].bit_length() - 1):
        value -= MASKS[kind] + 1
    return value


def slice_of(container: Any, span: range | slice) -> Any:
    start = span.start or 0
    stop = span.stop
    if isinstance(container, Text):
        data = container.value.encode("utf-8")
        end = len(data) if stop is None else stop
        if not 0 <= start <= end <= len(data):
            raise IndexError("slice")
        return Text(data[start:end].decode("utf-8"))
    if isinstance(container, list):
        end = len(container) if stop is None else stop
        if not 0 <= start <= end <= len(container):
            raise IndexError("slice")
        return container[start:end]
    raise Stop("slice")


def bounded(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        out.append(item)
        if len(out) > MAX_VALUE:
            raise Stop("large sequence")
    return out


def drained(items: list[Any]) -> list[Any]:
    drained = list(items)
    items.clear()
    return drained


def top_level(text: str, separator: str, opening: str, closing: str) -> list[int]:
    """Where ``separator`` stands in ``text`` outside every pair of brackets (``opening``
    and ``closing``): the commas of a type list (``HashMap<u8, char>, String``), the ``;``
    of an array type (``[[u8; 4]; 2]``), the comma after a macro's first argument."""
    found, depth = [], 0
    for at, char in enumerate(text):
        if char in opening:
            depth += 1
        elif char in closing:
            depth -= 1
        elif char == separator and depth == 0:
            found.append(at)
    return found


def char_indices(value: str) -> Iterator[tuple[int, Char]]:
    offset = 0
    for c in value:
        yield offset, Char(c)
        offset += len(c.encode("utf-8"))


def limited(value: Any) -> Any:
    if len(value) > MAX_VALUE:
        raise Stop("large value")
    return value


def text_value(value: Any) -> str:
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Char):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise Stop("not text")


def byte_list(value: Any) -> list[int]:
    if isinstance(value, list) and all(isinstance(b, int) and 0 <= b <= 0xFF for b in value):
        return value
    raise Stop("not bytes")


def number_value(value: Any) -> int:
    if isinstance(value, int):
        return value
    raise Stop("not a number")


def loop_label(node: Any) -> str:
    label = next((c for c in node.named_children if c.type == "label"), None)
    return "" if label is None else node_text(label).lstrip("'")


def integer_of(text: str) -> int:
    value = integer(text)
    if value is None:
        raise Stop("integer")
    return value
