"""Run a crate's own decoding functions on its own constants, in a bounded interpreter.

``decode.py`` undoes the encodings it knows and ``constants.py`` evaluates expressions;
malware that writes its own decoder (spreadsheet column labels, GSM 7-bit packing, a
book cipher, an LCG keystream, Roman numerals) defeats both: no list of encodings is
ever complete. What such code cannot avoid is calling its decoder with the hidden data:
``row(5)``, ``unmask(&TABLE, KEY)``. Those calls, every argument a constant, are run
here, on the syntax tree, by a small interpreter of a pure subset of Rust, and what they
return is read by the rules like any decoded string.

Nothing of the crate is executed, compiled or loaded: this module walks the syntax
tree. It knows integers, booleans, characters, strings, byte and other arrays, tuples,
``Option`` and ``Result``, ranges, closures, the crate's free functions and the usual
methods and iterator adapters on these; at anything else (a struct, a trait method, I/O,
``unsafe``, a macro it does not know) it stops and the call yields nothing. Integers are
exact; a cast (``as u8``) or a ``wrapping_*`` method wraps them, as Rust would in a
release build. Everything is bounded: steps per call and per crate, the size of every
value, the depth of calls.
"""

from __future__ import annotations

import itertools
import math
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, NamedTuple

from cratewatch.scan.literals import integer, unescape

__all__ = [
    "MAX_CALL_STEPS",
    "MAX_STEPS",
    "Definitions",
    "Interpreter",
    "Outcome",
    "Spent",
    "hidden_texts",
]

MAX_STEPS: Final = 300_000  # syntax nodes evaluated per crate
MAX_CALL_STEPS: Final = 30_000  # per call tried
MAX_DEPTH: Final = 32  # calls nested
MAX_VALUE: Final = 64 * 1024  # elements of a string or array
_WORDS: Final = re.compile(r"[a-z0-9]+")
_FLOAT_SUFFIX: Final = re.compile(r"f(32|64)$")
_ROUNDINGS: Final[dict[str, Callable[[float], float]]] = {
    "floor": math.floor,
    "ceil": math.ceil,
    "trunc": math.trunc,
    "abs": abs,
}
# functions of the outside world: the environment, files, processes, the network, the clock
_EFFECTS: Final = re.compile(
    r"\b(env|fs|File|OpenOptions|Command|process|net|TcpStream|UdpSocket|io|thread|"
    r"SystemTime|Instant|home|dirs|libc|winapi|windows)\b|(^|::)(var|var_os|vars|home_dir)$"
)
_MAX_WIDTH: Final = 64  # of a formatted number
_MIN_HIDDEN: Final = 4  # characters of a result not in plain sight, fewer say nothing
_MASKS: Final = {
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
_SIGNED: Final = frozenset({"i8", "i16", "i32", "i64", "isize", "i128"})


class _Stop(Exception):
    """This call cannot be followed: something the interpreter does not model."""


class _Effect(_Stop):
    """The call reaches the outside world (the environment, files, processes, the
    network, the clock): it computes nothing from its constants alone."""


class Spent(Exception):
    """The crate's steps are spent: no more calls are tried."""


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


class _Break(Exception):
    def __init__(self, label: str, value: Any) -> None:
        self.label = label
        self.value = value


class _Continue(Exception):
    def __init__(self, label: str) -> None:
        self.label = label


class Char(str):
    """A Rust ``char`` (a string of one character)."""


class Text:
    """A Rust ``String`` or ``&str``: mutable in place, as ``push`` needs."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


class Variant(NamedTuple):
    """``Some(x)``, ``None``, ``Ok(x)``, ``Err(x)``."""

    tag: str
    value: Any


_NONE: Final = Variant("None", None)


class Closure(NamedTuple):
    parameters: list[Any]  # pattern nodes
    body: Any
    scope: _Scope


class FunctionRef(NamedTuple):
    name: str


class Iter:
    """A lazy iterator; every element drawn costs a step."""

    __slots__ = ("items", "tick")

    def __init__(self, items: Iterable[Any], tick: Callable[[], None]) -> None:
        self.items = iter(items)
        self.tick = tick

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        self.tick()
        return next(self.items)


class _Scope:
    __slots__ = ("names", "parent")

    def __init__(self, parent: _Scope | None = None) -> None:
        self.names: dict[str, Any] = {}
        self.parent = parent

    def get(self, name: str) -> Any:
        scope: _Scope | None = self
        while scope is not None:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        raise KeyError(name)

    def has(self, name: str) -> bool:
        scope: _Scope | None = self
        while scope is not None:
            if name in scope.names:
                return True
            scope = scope.parent
        return False

    def set(self, name: str, value: Any) -> None:
        scope: _Scope | None = self
        while scope is not None:
            if name in scope.names:
                scope.names[name] = value
                return
            scope = scope.parent
        raise _Stop(f"assignment to unknown {name}")


class Outcome(NamedTuple):
    """What a call returned, with the literal text it was given or read (what a result
    that merely repeats it shows in plain sight); or that it reached the outside world
    (``effects``), so that what it returns is no decoding of its constants."""

    value: Any
    literals: frozenset[str]
    effects: bool = False


class Definitions:
    """The syntax of a compilation unit's functions that do not take ``self`` (their
    ``function_item`` nodes) and of its constants' values, by name, each with the file
    it is in; and the crate's files, for ``include_str!`` and ``include_bytes!``."""

    def __init__(self, files: Mapping[str, bytes] | None = None) -> None:
        self.functions: dict[str, list[tuple[str, Any]]] = {}
        self.constants: dict[str, list[tuple[str, Any]]] = {}
        self.files: Mapping[str, bytes] = files or {}


class Interpreter:
    """Calls of a unit's functions on constants; a name defined more than once is not
    followed (which one a call means is not known)."""

    def __init__(self, definitions: Definitions) -> None:
        self.functions = {
            n: nodes[0] for n, nodes in definitions.functions.items() if len(nodes) == 1
        }
        self.constants = {
            n: nodes[0] for n, nodes in definitions.constants.items() if len(nodes) == 1
        }
        self.files = definitions.files
        self.file = ""  # of the function or constant being evaluated
        # each constant's value, with the literals it shows (None while it is evaluated)
        self.constant_values: dict[str, tuple[Any, frozenset[str]] | None] = {}
        self.steps = 0
        self.call_steps = 0
        self.depth = 0
        self.literals: set[str] = set()

    # -- entry points

    def argument(self, node: Any) -> Any:
        """The value of an argument expression that uses no local name, or raises
        ``_Stop``."""
        return self.eval(node, _Scope())

    def call(self, name: str, arguments: list[Any]) -> Outcome | None:
        """Run the function ``name`` on the argument nodes: the outcome, or None when
        it cannot be followed. Raises ``Spent`` when the crate's steps are spent."""
        if name not in self.functions:
            return None
        self.call_steps = 0
        self.literals = set()
        self.depth = 0
        try:
            values = [self.argument(node) for node in arguments]
            for value in values:  # a number given is in plain sight in any base
                if isinstance(value, int) and not isinstance(value, bool):
                    self.literals |= {str(value), f"{value:x}", f"{value:X}", f"{value:o}"}
            value = self.invoke(self.functions[name], values)
        except _Effect:
            return Outcome(None, frozenset(self.literals), effects=True)
        except (_Stop, _Return, _Break, _Continue, RecursionError):
            return None
        except (ArithmeticError, ValueError, IndexError, KeyError, TypeError, AttributeError):
            return None  # a panic in Rust, or a value of a kind the code did not expect
        return Outcome(value, frozenset(self.literals))

    def call_tokens(self, name: str, tree: Any) -> Outcome | None:
        """``call`` for a call written among a macro's arguments, which the syntax tree
        keeps as tokens: ``tree`` is its arguments' token tree."""
        parsed = _parse_tokens(tree, "(", ")")
        arguments: list[Any] | None
        if parsed is None:
            arguments = None
        elif parsed.type == "unit_expression":
            arguments = []
        elif parsed.type == "tuple_expression":
            arguments = [c for c in parsed.named_children if c.type not in _SKIPPED]
        else:
            arguments = [parsed]
        return None if arguments is None else self.call(name, arguments)

    # -- functions and closures

    def invoke(self, entry: tuple[str, Any], values: list[Any]) -> Any:
        caller, (self.file, function) = self.file, entry
        try:
            return self.run(function, values)
        finally:
            self.file = caller

    def run(self, function: Any, values: list[Any]) -> Any:
        parameters = function.child_by_field_name("parameters")
        body = function.child_by_field_name("body")
        if parameters is None or body is None:
            raise _Stop("no body")
        patterns = [
            p.child_by_field_name("pattern")
            for p in parameters.named_children
            if p.type != "attribute_item" and p.type != "line_comment"
        ]
        if len(patterns) != len(values) or any(p is None for p in patterns):
            raise _Stop("a method or a different arity")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Stop("too deep")
        scope = _Scope()
        for pattern, value in zip(patterns, values, strict=True):
            if not self.bind(pattern, value, scope):
                raise _Stop("argument pattern")
        result_type = function.child_by_field_name("return_type")
        try:
            value = self.eval(body, scope)
        except _Return as returned:
            value = returned.value
        self.depth -= 1
        return value if result_type is None else _as_declared(value, _text(result_type))

    def apply(self, function: Any, values: list[Any]) -> Any:
        if isinstance(function, Closure):
            if len(function.parameters) != len(values):
                raise _Stop("closure arity")
            scope = _Scope(function.scope)
            for pattern, value in zip(function.parameters, values, strict=True):
                if not self.bind(pattern, value, scope):
                    raise _Stop("closure pattern")
            try:
                return self.eval(function.body, scope)
            except _Return as returned:
                return returned.value
        if isinstance(function, FunctionRef):
            if function.name in self.functions:
                return self.invoke(self.functions[function.name], values)
            return self.builtin(function.name, values)
        raise _Stop("not callable")

    # -- patterns

    def bind(self, pattern: Any, value: Any, scope: _Scope) -> bool:
        """Match ``value`` against ``pattern``, binding names in ``scope``."""
        kind = pattern.type
        if kind == "identifier":
            name = _text(pattern)
            if name == "None":
                return isinstance(value, Variant) and value.tag == "None"
            scope.names[name] = value
            return True
        if kind in ("mut_pattern", "ref_pattern", "reference_pattern", "match_pattern"):
            inner = [c for c in pattern.named_children if c.type != "mutable_specifier"]
            if not inner:
                return True  # `_`
            if kind == "match_pattern" and len(inner) > 1:
                raise _Stop("guard handled by the caller")
            return self.bind(inner[0], value, scope)
        if kind == "_" or _text(pattern) == "_":
            return True
        if kind == "tuple_pattern":
            items = pattern.named_children
            if not isinstance(value, (tuple, list)) or len(items) != len(value):
                return False
            return all(self.bind(p, v, scope) for p, v in zip(items, value, strict=True))
        if kind == "slice_pattern":
            items = pattern.named_children
            if not isinstance(value, list) or len(items) != len(value):
                return False
            return all(self.bind(p, v, scope) for p, v in zip(items, value, strict=True))
        if kind == "tuple_struct_pattern":
            head = pattern.child_by_field_name("type")
            tag = _text(head).rsplit("::", 1)[-1] if head is not None else ""
            items = [c for c in pattern.named_children if c != head]
            if tag not in ("Some", "Ok", "Err") or not isinstance(value, Variant):
                raise _Stop(f"pattern {tag}")
            if value.tag != tag or len(items) != 1:
                return False
            return self.bind(items[0], value.value, scope)
        if kind == "or_pattern":
            return any(self.bind(p, value, scope) for p in pattern.named_children)
        if kind == "range_pattern":
            bounds = [self.literal_pattern(c) for c in pattern.named_children]
            if len(bounds) != 2:
                raise _Stop("open range pattern")
            low, high = bounds
            key = ord(value) if isinstance(value, Char) else value
            low = ord(low) if isinstance(low, Char) else low
            high = ord(high) if isinstance(high, Char) else high
            inclusive = "..=" in _text(pattern) or "..." in _text(pattern)
            return bool(low <= key <= high if inclusive else low <= key < high)
        if kind in (
            "integer_literal",
            "char_literal",
            "string_literal",
            "boolean_literal",
            "negative_literal",
        ):
            expected = self.literal_pattern(pattern)
            if isinstance(value, Text) and isinstance(expected, Text):
                return value.value == expected.value
            return bool(value == expected)
        if kind == "scoped_identifier":
            name = _text(pattern).rsplit("::", 1)[-1]
            if name == "None":
                return isinstance(value, Variant) and value.tag == "None"
            constant = self.constant(name)
            return bool(constant == value)
        raise _Stop(f"pattern {kind}")

    def literal_pattern(self, node: Any) -> Any:
        if node.type == "negative_literal":
            return -_integer(_text(node).lstrip("-").strip())
        return self.eval(node, _Scope())

    # -- expressions

    def tick(self, cost: int = 1) -> None:
        """Count ``cost`` steps: one per node evaluated or element drawn, and one per
        element of every value copied or sliced, so that time and memory stay bounded."""
        self.steps += cost
        self.call_steps += cost
        if self.steps > MAX_STEPS:
            raise Spent
        if self.call_steps > MAX_CALL_STEPS:
            raise _Stop("call steps spent")

    def copy(self, value: Any) -> Any:
        """A value's copy (``clone()``, ``[x; n]``, a constant read again), paid for."""
        if isinstance(value, list):
            self.tick(len(value))
            return [self.copy(v) for v in value]
        if isinstance(value, Text):
            self.tick(len(value.value) // 64)
            return Text(value.value)
        return value

    def sliced(self, container: Any, span: range | slice) -> Any:
        part = _slice(container, span)
        self.tick(len(part) if isinstance(part, list) else 1)
        return part

    def eval(self, node: Any, scope: _Scope) -> Any:
        self.tick()
        handler = _HANDLERS.get(node.type)
        if handler is None:
            raise _Stop(node.type)
        return handler(self, node, scope)

    def block(self, node: Any, scope: _Scope) -> Any:
        inner = _Scope(scope)
        value: Any = None
        children = [c for c in node.named_children if c.type not in _SKIPPED]
        for index, child in enumerate(children):
            last = index == len(children) - 1
            if child.type == "let_declaration":
                self.let(child, inner)
                value = None
            elif child.type == "expression_statement":
                expression = child.named_child(0)
                value = None if expression is None else self.eval(expression, inner)
                if not (last and not _text(child).rstrip().endswith(";")):
                    value = None
            elif child.type in _ITEMS:
                continue  # nested items: constants are looked up crate-wide
            else:
                value = self.eval(child, inner)
                if not last:
                    value = None
        return value

    def let(self, node: Any, scope: _Scope) -> None:
        pattern = node.child_by_field_name("pattern")
        value_node = node.child_by_field_name("value")
        if pattern is None:
            raise _Stop("let")
        if value_node is None:
            value: Any = _UNSET
        else:
            annotation = node.child_by_field_name("type")
            value = self.eval(value_node, scope)
            if annotation is not None:
                value = _as_declared(value, _text(annotation))
        alternative = node.child_by_field_name("alternative")
        if not self.bind(pattern, value, scope):
            if alternative is None:
                raise _Stop("refutable let")
            self.eval(alternative, scope)
            raise _Stop("let-else fell through")

    def identifier(self, node: Any, scope: _Scope) -> Any:
        name = _text(node)
        if scope.has(name):
            value = scope.get(name)
            if value is _UNSET:
                raise _Stop("unset")
            return value
        if name == "None":
            return _NONE
        if name in self.functions:
            return FunctionRef(name)
        return self.constant(name)

    def constant(self, name: str) -> Any:
        if name not in self.constant_values:
            entry = self.constants.get(name)
            if entry is None:
                raise _Stop(f"unknown name {name}")
            self.constant_values[name] = None  # defined in terms of itself: stop
            outer, self.literals = self.literals, set()
            caller, (self.file, node) = self.file, entry
            try:
                value = self.eval(node, _Scope())
            finally:
                inner, self.literals = self.literals, outer | self.literals
                self.file = caller
            self.constant_values[name] = (value, frozenset(inner))
        known = self.constant_values[name]
        if known is None:
            raise _Stop(f"{name} defined in terms of itself")
        value, literals = known
        self.literals |= literals  # what the constant shows in plain sight, every time
        return self.copy(value)

    def scoped(self, node: Any, scope: _Scope) -> Any:
        path = _text(node).replace(" ", "")
        name = path.rsplit("::", 1)[-1]
        if path.endswith("::MAX") or path.endswith("::MIN"):
            kind = path.rsplit("::", 2)[-2]
            if kind in _MASKS:
                signed = kind in _SIGNED
                bits = _MASKS[kind].bit_length()
                if name == "MAX":
                    return (1 << (bits - 1)) - 1 if signed else _MASKS[kind]
                return -(1 << (bits - 1)) if signed else 0
        if name == "None":
            return _NONE
        if path in _CONSTRUCTORS or name in ("new", "default"):
            return FunctionRef(path)
        if name in self.functions:
            return FunctionRef(name)
        return self.constant(name)

    def literal(self, node: Any, scope: _Scope) -> Any:
        kind = node.type
        raw = _text(node)
        if kind == "integer_literal":
            value = _integer(raw)
            self.literals.add(str(value))  # a number written out is in plain sight
            return value
        if kind == "boolean_literal":
            return raw == "true"
        if kind == "char_literal":
            body = unescape(raw[raw.find("'") + 1 : raw.rfind("'")])
            if len(body) != 1:
                raise _Stop("char")
            return ord(body) if raw.startswith("b") else Char(body)
        if kind == "float_literal":
            try:
                return float(_FLOAT_SUFFIX.sub("", raw.replace("_", "")))
            except ValueError:
                raise _Stop("float") from None
        first, last = raw.find('"'), raw.rfind('"')
        prefix = raw[:first]
        content = raw[first + 1 : last]
        if "r" not in prefix:
            content = unescape(content)
        if len(content) > MAX_VALUE:
            raise _Stop("large literal")
        self.literals.add(content)
        if prefix.startswith("b"):
            return list(content.encode("latin-1", errors="replace"))
        return Text(content)

    def parenthesized(self, node: Any, scope: _Scope) -> Any:
        inner = node.named_child(0)
        return None if inner is None else self.eval(inner, scope)

    def reference(self, node: Any, scope: _Scope) -> Any:
        inner = node.child_by_field_name("value") or node.named_children[-1]
        return self.eval(inner, scope)

    def unary(self, node: Any, scope: _Scope) -> Any:
        operator = _text(node.child(0))
        value = self.eval(node.named_child(0), scope)
        if operator == "*":
            return value
        if operator == "-" and isinstance(value, int | float) and not isinstance(value, bool):
            return -value
        if operator == "!":
            if isinstance(value, bool):
                return not value
            if isinstance(value, int):
                return ~value
        raise _Stop("unary")

    def binary(self, node: Any, scope: _Scope) -> Any:
        operator = _text(node.child_by_field_name("operator"))
        left = self.eval(node.child_by_field_name("left"), scope)
        if operator == "&&":
            return bool(left) and bool(self.eval(node.child_by_field_name("right"), scope))
        if operator == "||":
            return bool(left) or bool(self.eval(node.child_by_field_name("right"), scope))
        right = self.eval(node.child_by_field_name("right"), scope)
        return _operate(operator, left, right)

    def assign(self, node: Any, scope: _Scope) -> Any:
        target = node.child_by_field_name("left")
        value = self.eval(node.child_by_field_name("right"), scope)
        if node.type == "compound_assignment_expr":
            operator = _text(node.child_by_field_name("operator")).rstrip("=")
            current = self.eval(target, scope)
            if isinstance(current, Text) and operator == "+":
                current.value += _str(value)
                return None
            value = _operate(operator, current, value)
        self.store(target, value, scope)
        return None

    def store(self, target: Any, value: Any, scope: _Scope) -> None:
        if target.type == "identifier":
            scope.set(_text(target), value)
            return
        if target.type == "index_expression":
            container = self.eval(target.named_child(0), scope)
            index = self.eval(target.named_child(1), scope)
            if isinstance(container, list) and isinstance(index, int):
                container[index] = value
                return
        if target.type in ("unary_expression", "parenthesized_expression"):
            self.store(target.named_child(0), value, scope)
            return
        if target.type == "tuple_expression" and isinstance(value, tuple):
            for item, part in zip(target.named_children, value, strict=True):
                self.store(item, part, scope)
            return
        raise _Stop("assignment target")

    def index(self, node: Any, scope: _Scope) -> Any:
        container = self.eval(node.named_child(0), scope)
        index = self.eval(node.named_child(1), scope)
        if isinstance(index, range | slice):
            return self.sliced(container, index)
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            raise _Stop("index")
        if isinstance(container, list):
            return container[index]
        raise _Stop("index of a string")

    def range_(self, node: Any, scope: _Scope) -> Any:
        children = node.named_children
        text = _text(node)
        operator = "..=" if "..=" in text else ".."
        parts = text.split(operator, 1)
        start = end = None
        index = 0
        if parts[0].strip():
            start = self.eval(children[index], scope)
            index += 1
        if parts[1].strip():
            end = self.eval(children[index], scope)
        for bound in (start, end):
            if bound is not None and not isinstance(bound, int):
                raise _Stop("range of non-integers")
        if end is not None and operator == "..=":
            end += 1
        if start is not None and end is not None:
            return range(start, end)
        return slice(start, end)

    def cast(self, node: Any, scope: _Scope) -> Any:
        value = self.eval(node.child_by_field_name("value"), scope)
        target = _text(node.child_by_field_name("type"))
        if isinstance(value, Char):
            value = ord(value)
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, float) and target in _MASKS:
            value = _float_to_int(value, target)  # truncated, saturating, as Rust does
        if target in ("f32", "f64") and isinstance(value, int | float):
            return float(value)
        if not isinstance(value, int):
            raise _Stop("cast")
        if target == "char":
            if not 0 <= value <= 0xFF:
                raise _Stop("only u8 casts to char")
            return Char(chr(value))
        if target in _MASKS:
            return _wrap(value, target)
        raise _Stop(f"cast to {target}")

    def tuple_(self, node: Any, scope: _Scope) -> Any:
        return tuple(self.eval(c, scope) for c in node.named_children if c.type != "attribute")

    def array(self, node: Any, scope: _Scope) -> Any:
        children = [c for c in node.named_children if c.type not in _SKIPPED]
        if any(c.type == ";" for c in node.children):
            if len(children) != 2:
                raise _Stop("array")
            item = self.eval(children[0], scope)
            count = self.eval(children[1], scope)
            if not isinstance(count, int) or not 0 <= count <= MAX_VALUE:
                raise _Stop("array length")
            return [self.copy(item) for _ in range(count)]
        if len(children) > MAX_VALUE:
            raise _Stop("large array")
        items = [self.eval(c, scope) for c in children]
        if len(items) == 4 and all(c.type == "integer_literal" for c in children):
            self.literals.add(".".join(map(str, items)))  # an IPv4 address written out
        return items

    def closure(self, node: Any, scope: _Scope) -> Any:
        parameters = node.child_by_field_name("parameters")
        body = node.child_by_field_name("body")
        patterns = []
        for parameter in parameters.named_children if parameters is not None else []:
            pattern = (
                parameter.child_by_field_name("pattern")
                if parameter.type == "parameter"
                else parameter
            )
            patterns.append(pattern if pattern is not None else parameter)
        return Closure(patterns, body, scope)

    def if_(self, node: Any, scope: _Scope) -> Any:
        condition = node.child_by_field_name("condition")
        inner = _Scope(scope)
        if condition.type == "let_condition":
            value = self.eval(condition.child_by_field_name("value"), scope)
            taken = self.bind(condition.child_by_field_name("pattern"), value, inner)
        else:
            taken = bool(self.eval(condition, scope))
        if taken:
            return self.eval(node.child_by_field_name("consequence"), inner)
        alternative = node.child_by_field_name("alternative")
        if alternative is None:
            return None
        branch = alternative.named_child(0)
        return None if branch is None else self.eval(branch, scope)

    def while_(self, node: Any, scope: _Scope) -> Any:
        label = _label(node)
        condition = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        while True:
            inner = _Scope(scope)
            if condition.type == "let_condition":
                value = self.eval(condition.child_by_field_name("value"), scope)
                if not self.bind(condition.child_by_field_name("pattern"), value, inner):
                    return None
            elif not self.eval(condition, scope):
                return None
            if self.turn(body, inner, label) is not None:
                return None

    def loop(self, node: Any, scope: _Scope) -> Any:
        label = _label(node)
        body = node.child_by_field_name("body")
        while (stop := self.turn(body, scope, label)) is None:
            pass
        return stop.value

    def for_(self, node: Any, scope: _Scope) -> Any:
        label = _label(node)
        pattern = node.child_by_field_name("pattern")
        items = self.iterate(self.eval(node.child_by_field_name("value"), scope))
        body = node.child_by_field_name("body")
        for item in items:
            inner = _Scope(scope)
            if not self.bind(pattern, item, inner):
                raise _Stop("for pattern")
            if self.turn(body, inner, label) is not None:
                return None
        return None

    def turn(self, body: Any, scope: _Scope, label: str) -> _Break | None:
        """One run of a loop's body: the `break` that ends this loop, or None to go on (a
        `continue` of this loop included; those of an outer loop go on out)."""
        try:
            self.eval(body, scope)
        except _Break as stop:
            if stop.label in ("", label):
                return stop
            raise
        except _Continue as skip:
            if skip.label not in ("", label):
                raise
        return None

    def match(self, node: Any, scope: _Scope) -> Any:
        value = self.eval(node.child_by_field_name("value"), scope)
        body = node.child_by_field_name("body")
        for arm in body.named_children:
            if arm.type != "match_arm":
                continue
            pattern = arm.child_by_field_name("pattern")
            inner = _Scope(scope)
            parts = [c for c in pattern.named_children if c.type != "line_comment"]
            guard = pattern.child_by_field_name("condition")
            matched = True if not parts or parts[0] == guard else self.bind(parts[0], value, inner)
            if matched and guard is not None:
                matched = bool(self.eval(guard, inner))
            if matched:
                return self.eval(arm.child_by_field_name("value"), inner)
        raise _Stop("no arm matched")

    def jump(self, node: Any, scope: _Scope) -> Any:
        label = _label(node)
        values = [c for c in node.named_children if c.type != "label"]
        value = self.eval(values[0], scope) if values else None
        if node.type == "return_expression":
            raise _Return(value)
        if node.type == "continue_expression":
            raise _Continue(label)
        raise _Break(label, value)

    def try_(self, node: Any, scope: _Scope) -> Any:
        value = self.eval(node.named_child(0), scope)
        if isinstance(value, Variant):
            if value.tag in ("Some", "Ok"):
                return value.value
            raise _Return(value)
        raise _Stop("? on a value")

    def field(self, node: Any, scope: _Scope) -> Any:
        value = self.eval(node.child_by_field_name("value"), scope)
        name = _text(node.child_by_field_name("field"))
        if isinstance(value, tuple) and name.isdigit() and int(name) < len(value):
            return value[int(name)]
        raise _Stop("field")

    def macro(self, node: Any, scope: _Scope) -> Any:
        name = _text(node.child_by_field_name("macro")).rsplit("::", 1)[-1].strip()
        tree = next((c for c in node.children if c.type == "token_tree"), None)
        if name in ("debug_assert", "debug_assert_eq", "debug_assert_ne", "assert", "assert_eq"):
            return None
        if tree is None:
            raise _Stop("macro")
        if name == "vec":
            return self.vec_macro(tree, scope)
        if name in ("format", "concat"):
            return Text(self.format_macro(name, tree, scope))
        if name in ("include_str", "include_bytes"):
            return self.included(name, tree)
        raise _Stop(f"macro {name}")

    def included(self, name: str, tree: Any) -> Any:
        """A file of the crate that ``include_str!`` or ``include_bytes!`` names,
        relative to the file the macro is in."""
        argument = _parse_tokens(tree, "(", ")")
        if argument is None or argument.type != "string_literal":
            raise _Stop("include of a computed path")
        relative = unescape(_text(argument)[1:-1])
        path = posixpath.normpath(posixpath.join(posixpath.dirname(self.file), relative))
        data = self.files.get(path)
        if data is None or len(data) > MAX_VALUE:
            raise _Stop("included file not at hand")
        self.tick(len(data) // 64)
        if name == "include_bytes":
            return list(data)
        text = data.decode("utf-8", errors="replace")
        self.literals.add(text)  # in plain sight, in the crate's file
        return Text(text)

    def vec_macro(self, tree: Any, scope: _Scope) -> Any:
        expression = _parse_tokens(tree, "[", "]")
        if expression is None:
            raise _Stop("vec!")
        return self.eval(expression, scope)

    def format_macro(self, name: str, tree: Any, scope: _Scope) -> str:
        expression = _parse_tokens(tree, "(", ")")
        if expression is None or expression.type != "tuple_expression":
            single = expression if expression is not None else None
            items = [single] if single is not None else []
        else:
            items = list(expression.named_children)
        values = [self.eval(item, scope) for item in items]
        if name == "concat":
            return "".join(_str(v) for v in values)
        if not values or not isinstance(values[0], Text):
            raise _Stop("format!")
        template, arguments = values[0].value, values[1:]
        out: list[str] = []
        position = 0
        index = 0
        self.literals.update(_FORMAT.sub("\0", template).split("\0"))  # in plain sight
        for match in _FORMAT.finditer(template):
            out.append(template[position : match.start()])
            position = match.end()
            token = match.group()
            if token in ("{{", "}}"):
                out.append(token[0])
                continue
            argument, spec = (match.group(1) or "").strip(), match.group(2) or ""
            if argument.isdigit():
                value = arguments[int(argument)]
            elif argument:
                value = scope.get(argument) if scope.has(argument) else self.constant(argument)
            else:
                value = arguments[index]
                index += 1
            out.append(_formatted(value, spec))
        out.append(template[position:])
        text = "".join(out)
        if len(text) > MAX_VALUE:
            raise _Stop("large string")
        return text

    def call_expression(self, node: Any, scope: _Scope) -> Any:
        function = node.child_by_field_name("function")
        arguments = [
            c
            for c in node.child_by_field_name("arguments").named_children
            if c.type not in _SKIPPED
        ]
        turbofish = ""
        if function.type == "generic_function":
            turbofish = _text(function.child_by_field_name("type_arguments"))
            function = function.child_by_field_name("function")
        if function.type == "field_expression":
            receiver = self.eval(function.child_by_field_name("value"), scope)
            method = _text(function.child_by_field_name("field"))
            values = [self.eval(a, scope) for a in arguments]
            return self.method(receiver, method, values, turbofish)
        values = [self.eval(a, scope) for a in arguments]
        if function.type == "identifier" and scope.has(_text(function)):
            return self.apply(scope.get(_text(function)), values)
        path = _text(function).replace(" ", "")
        name = path.rsplit("::", 1)[-1]
        if (
            path in _CONSTRUCTORS
            or name in ("Some", "Ok", "Err")
            or (
                "::" in path
                and (
                    path.rsplit("::", 2)[-2] in _MASKS or path.rsplit("::", 2)[-2] in _STATIC_OWNERS
                )
            )
        ):
            return self.builtin(path, values, turbofish)
        if name in self.functions:
            return self.invoke(self.functions[name], values)
        return self.builtin(path, values, turbofish)

    # -- what the standard library provides

    def builtin(self, path: str, values: list[Any], turbofish: str = "") -> Any:
        name = path.rsplit("::", 1)[-1]
        owner = path.rsplit("::", 2)[-2] if "::" in path else ""
        if name in ("Some", "Ok", "Err") and len(values) == 1:
            return Variant(name, values[0])
        if name in ("new", "with_capacity", "default"):
            if owner in ("String",):
                return Text("")
            if owner in ("Vec", "VecDeque"):
                return []
            raise _Stop(f"{path}")
        if owner == "String" and name == "from" and len(values) == 1:
            return Text(_str(values[0]))
        if owner in ("String", "str") and name in ("from_utf8", "from_utf8_lossy"):
            data = bytes(_bytes(values[0]))
            text = data.decode("utf-8", errors="replace" if name.endswith("lossy") else "strict")
            return Text(text) if name.endswith("lossy") else Variant("Ok", Text(text))
        if owner == "char" and name in ("from_u32", "from", "from_digit"):
            if name == "from_digit":
                digit, radix = values
                if 0 <= digit < radix <= 36:
                    return Variant("Some", Char("0123456789abcdefghijklmnopqrstuvwxyz"[digit]))
                return _NONE
            code = values[0]
            code = ord(code) if isinstance(code, Char) else code
            valid = isinstance(code, int) and 0 <= code <= 0x10FFFF and not 0xD800 <= code < 0xE000
            if name == "from":
                if not valid:
                    raise _Stop("char::from")
                return Char(chr(code))
            return Variant("Some", Char(chr(code))) if valid else _NONE
        if owner in _MASKS:
            if name == "from" and len(values) == 1:
                value = values[0]
                return ord(value) if isinstance(value, Char) else int(value)
            if name == "try_from" and len(values) == 1:
                value = ord(values[0]) if isinstance(values[0], Char) else int(values[0])
                if _wrap(value, owner) == value:
                    return Variant("Ok", value)
                return Variant("Err", None)
            if name == "from_str_radix" and len(values) == 2:
                try:
                    return Variant("Ok", int(_str(values[0]), values[1]))
                except ValueError:
                    return Variant("Err", None)
            if name in ("from_be_bytes", "from_le_bytes") and len(values) == 1:
                data = bytes(_bytes(values[0]))
                return int.from_bytes(data, "big" if name == "from_be_bytes" else "little")
            if name in _INTEGER_METHODS and values:
                return self.method(values[0], name, values[1:], "")
        if owner in _ADDRESSES:
            return _address(owner, name, values)
        if owner in ("iter", "std::iter") or path in (
            "std::iter::repeat",
            "iter::repeat",
            "repeat",
        ):
            if name == "repeat" and len(values) == 1:
                return Iter(itertools.repeat(values[0]), self.tick)
            if name == "once" and len(values) == 1:
                return Iter([values[0]], self.tick)
        if _EFFECTS.search(path):
            raise _Effect(path)
        raise _Stop(f"function {path}")

    def iterate(self, value: Any) -> Iter:
        if isinstance(value, Iter):
            return value
        if isinstance(value, list):
            return Iter(value, self.tick)
        if isinstance(value, range):
            return Iter(value, self.tick)
        if isinstance(value, slice) and value.stop is None and isinstance(value.start, int):
            return Iter(itertools.count(value.start), self.tick)
        if isinstance(value, Variant):
            return Iter([value.value] if value.tag in ("Some", "Ok") else [], self.tick)
        raise _Stop("not iterable")

    def method(self, receiver: Any, name: str, values: list[Any], turbofish: str) -> Any:
        if (
            name == "to_string"
            and isinstance(receiver, Char | int)
            and not isinstance(receiver, bool)
        ):
            return Text(str(receiver))
        if name in _PASS_THROUGH:
            return self.copy(receiver) if name in _COPIES else receiver
        if isinstance(receiver, Text):
            return self.text_method(receiver, name, values, turbofish)
        if isinstance(receiver, Char):
            return _char_method(receiver, name, values)
        if isinstance(receiver, bool):
            raise _Stop(f"bool.{name}")
        if isinstance(receiver, float):
            return _float_method(receiver, name, values)
        if isinstance(receiver, int):
            return self.integer_method(receiver, name, values)
        if isinstance(receiver, Variant):
            return self.variant_method(receiver, name, values)
        if isinstance(receiver, list):
            return self.list_method(receiver, name, values, turbofish)
        if isinstance(receiver, Iter | range):
            return self.iter_method(self.iterate(receiver), name, values, turbofish)
        raise _Stop(f"method {name}")

    def text_method(self, text: Text, name: str, values: list[Any], turbofish: str) -> Any:
        value = text.value
        if name == "push":
            text.value += _str(values[0])
            _limit(text.value)
            return None
        if name == "push_str":
            text.value += _str(values[0])
            _limit(text.value)
            return None
        if name == "insert" and len(values) == 2:
            text.value = value[: values[0]] + _str(values[1]) + value[values[0] :]
            return None
        if name == "len":
            return len(value.encode("utf-8"))
        if name == "is_empty":
            return not value
        if name == "chars":
            return Iter((Char(c) for c in value), self.tick)
        if name in ("bytes", "as_bytes", "into_bytes"):
            data = list(value.encode("utf-8"))
            return Iter(data, self.tick) if name == "bytes" else data
        if name == "char_indices":
            return Iter(_char_indices(value), self.tick)
        if name in ("to_uppercase", "to_ascii_uppercase"):
            return Text(value.upper())
        if name in ("to_lowercase", "to_ascii_lowercase"):
            return Text(value.lower())
        if name in ("trim", "trim_start", "trim_end"):
            strip = {"trim": str.strip, "trim_start": str.lstrip, "trim_end": str.rstrip}[name]
            return Text(strip(value))
        if name in ("starts_with", "ends_with", "contains") and len(values) == 1:
            needle = _str(values[0])
            return {
                "starts_with": value.startswith,
                "ends_with": value.endswith,
                "contains": value.__contains__,
            }[name](needle)
        if name == "replace" and len(values) == 2:
            return Text(_limit(value.replace(_str(values[0]), _str(values[1]))))
        if name == "repeat" and len(values) == 1:
            if len(value) * values[0] > MAX_VALUE:
                raise _Stop("large string")
            return Text(value * values[0])
        if name in ("trim_matches", "trim_start_matches", "trim_end_matches") and len(values) == 1:
            pattern = values[0]
            if isinstance(pattern, list):  # an array of characters
                chars = "".join(_str(c) for c in pattern)
                trims = {"trim_matches": str.strip, "trim_start_matches": str.lstrip}
                return Text(trims.get(name, str.rstrip)(value, chars))
            affix = _str(pattern)
            if not affix:
                return Text(value)
            while name != "trim_end_matches" and value.startswith(affix):
                value = value[len(affix) :]
            while name != "trim_start_matches" and value.endswith(affix):
                value = value[: -len(affix)]
            return Text(value)
        if name in ("split_once", "rsplit_once") and len(values) == 1:
            separator = _str(values[0])
            if separator not in value:
                return _NONE
            split = value.split if name == "split_once" else value.rsplit
            first, second = split(separator, 1)
            return Variant("Some", (Text(first), Text(second)))
        if name == "rsplit" and len(values) == 1:
            return Iter((Text(p) for p in reversed(value.split(_str(values[0])))), self.tick)
        if name in ("split", "split_terminator") and len(values) == 1:
            return Iter((Text(p) for p in value.split(_str(values[0]))), self.tick)
        if name == "split_whitespace":
            return Iter((Text(p) for p in value.split()), self.tick)
        if name == "lines":
            return Iter((Text(p) for p in value.splitlines()), self.tick)
        if name == "find" and len(values) == 1 and not isinstance(values[0], Closure):
            at = value.find(_str(values[0]))
            return _NONE if at < 0 else Variant("Some", len(value[:at].encode("utf-8")))
        if name == "parse":
            try:
                return Variant("Ok", int(value.strip()))
            except ValueError:
                # an address or a URL parsed: its text stands for it
                return Variant("Ok", Text(value)) if ("." in value or ":" in value) else _NONE
        if name == "get" and len(values) == 1 and isinstance(values[0], range | slice):
            try:
                return Variant("Some", self.sliced(text, values[0]))
            except (_Stop, IndexError):
                return _NONE
        if name in ("strip_prefix", "strip_suffix") and len(values) == 1:
            affix = _str(values[0])
            if name == "strip_prefix":
                return (
                    Variant("Some", Text(value[len(affix) :])) if value.startswith(affix) else _NONE
                )
            return (
                Variant("Some", Text(value[: len(value) - len(affix)]))
                if value.endswith(affix)
                else _NONE
            )
        if name in ("iter", "into_iter"):
            raise _Stop("iter on a string")
        raise _Stop(f"str.{name}")

    def integer_method(self, value: int, name: str, values: list[Any]) -> Any:
        if name in ("wrapping_add", "wrapping_sub", "wrapping_mul", "overflowing_add"):
            operator = {"wrapping_add": "+", "wrapping_sub": "-", "wrapping_mul": "*"}.get(
                name, "+"
            )
            result = _operate(operator, value, values[0])
            # the width is not known here; bytes are by far the most common
            return result & 0xFF if 0 <= value <= 0xFF and 0 <= values[0] <= 0xFF else result
        if name in ("checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem"):
            operator = {"add": "+", "sub": "-", "mul": "*", "div": "/", "rem": "%"}[name[8:]]
            result = _operate(operator, value, values[0])
            return Variant("Some", result) if result >= 0 else _NONE
        if name == "saturating_sub":
            return max(value - values[0], 0)
        if name == "saturating_add":
            return value + values[0]
        if name == "pow" and 0 <= values[0] <= 128 and abs(value).bit_length() * values[0] <= 130:
            return value ** values[0]
        if name in ("min", "max") and len(values) == 1:
            return min(value, values[0]) if name == "min" else max(value, values[0])
        if name == "abs":
            return abs(value)
        if name == "count_ones":
            return bin(value & ((1 << 128) - 1)).count("1")
        if name == "is_ascii_digit":
            return 0x30 <= value <= 0x39
        if name in ("is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase"):
            return _char_method(Char(chr(value & 0xFF)), name, values)
        if name in ("to_ascii_uppercase", "to_ascii_lowercase"):
            return ord(_char_method(Char(chr(value & 0xFF)), name, values))
        if name == "rem_euclid" and values[0]:
            return value % abs(values[0])
        raise _Stop(f"int.{name}")

    def variant_method(self, variant: Variant, name: str, values: list[Any]) -> Any:
        present = variant.tag in ("Some", "Ok")
        if name in ("unwrap", "expect"):
            if not present:
                raise _Stop("unwrap of None")
            return variant.value
        if name == "unwrap_or":
            return variant.value if present else values[0]
        if name == "unwrap_or_default":
            return variant.value if present else _DEFAULT
        if name == "unwrap_or_else":
            return (
                variant.value
                if present
                else self.apply(values[0], [] if variant.tag == "None" else [variant.value])
            )
        if name in ("is_some", "is_ok"):
            return present
        if name in ("is_none", "is_err"):
            return not present
        if name == "map":
            return (
                Variant(variant.tag, self.apply(values[0], [variant.value])) if present else variant
            )
        if name == "and_then":
            return self.apply(values[0], [variant.value]) if present else variant
        if name == "filter":
            if present and self.apply(values[0], [variant.value]):
                return variant
            return _NONE
        if name == "ok":
            return Variant("Some", variant.value) if present else _NONE
        if name in ("ok_or", "ok_or_else"):
            return Variant("Ok", variant.value) if present else Variant("Err", None)
        if name in ("as_deref", "as_ref", "copied", "cloned", "as_mut"):
            return variant
        if name in ("map_or", "map_or_else"):
            return (
                self.apply(values[1], [variant.value])
                if present
                else (values[0] if name == "map_or" else self.apply(values[0], []))
            )
        raise _Stop(f"option.{name}")

    def list_method(self, items: list[Any], name: str, values: list[Any], turbofish: str) -> Any:
        if name == "len":
            return len(items)
        if name == "is_empty":
            return not items
        if name == "push":
            items.append(values[0])
            _limit(items)
            return None
        if name == "pop":
            return Variant("Some", items.pop()) if items else _NONE
        if name in ("extend", "extend_from_slice", "append"):
            if isinstance(values[0], list):
                self.tick(len(values[0]))
            items.extend(
                list(self.iterate(values[0])) if isinstance(values[0], Iter) else values[0]
            )
            _limit(items)
            return None
        if name == "insert" and len(values) == 2:
            items.insert(values[0], values[1])
            return None
        if name == "remove" and len(values) == 1:
            return items.pop(values[0])
        if name == "truncate":
            del items[values[0] :]
            return None
        if name == "reverse":
            items.reverse()
            return None
        if name == "swap":
            a, b = values
            items[a], items[b] = items[b], items[a]
            return None
        if name in ("rotate_left", "rotate_right") and items:
            shift = values[0] % len(items)
            if name == "rotate_right":
                shift = -shift % len(items)
            items[:] = items[shift:] + items[:shift]
            return None
        if name == "get" and len(values) == 1:
            if isinstance(values[0], range | slice):
                return Variant("Some", self.sliced(items, values[0]))
            index = values[0]
            return Variant("Some", items[index]) if 0 <= index < len(items) else _NONE
        if name == "first":
            return Variant("Some", items[0]) if items else _NONE
        if name == "last":
            return Variant("Some", items[-1]) if items else _NONE
        if name == "contains":
            return values[0] in items
        if name in ("iter", "into_iter", "iter_mut", "drain"):
            return Iter(list(items) if name != "drain" else _drain(items), self.tick)
        if name in ("chunks", "chunks_exact", "windows") and values[0] > 0:
            size = values[0]
            starts = (
                range(0, len(items), size) if name != "windows" else range(len(items) - size + 1)
            )
            return Iter(
                (self.sliced(items, range(i, min(i + size, len(items)))) for i in starts), self.tick
            )
        if name == "split_at":
            return (items[: values[0]], items[values[0] :])
        if name == "concat":
            if all(isinstance(i, Text) for i in items):
                return Text(_limit("".join(i.value for i in items)))
            return [x for i in items for x in i]
        if name == "join" and len(values) == 1:
            return Text(_limit(_str(values[0]).join(_str(i) for i in items)))
        if name == "as_slice" or name == "as_mut_slice":
            return items
        raise _Stop(f"list.{name}")

    def iter_method(self, items: Iter, name: str, values: list[Any], turbofish: str) -> Any:
        tick = self.tick
        apply = self.apply
        if name == "next":
            item = next(items, _END)
            return _NONE if item is _END else Variant("Some", item)
        if name == "map":
            return Iter((apply(values[0], [i]) for i in items), tick)
        if name == "filter":
            return Iter((i for i in items if apply(values[0], [i])), tick)
        if name == "filter_map":
            return Iter(
                (r.value for i in items if (r := apply(values[0], [i])).tag in ("Some", "Ok")),
                tick,
            )
        if name == "flat_map":
            return Iter((x for i in items for x in self.iterate(apply(values[0], [i]))), tick)
        if name == "flatten":
            return Iter((x for i in items for x in self.iterate(i)), tick)
        if name == "enumerate":
            return Iter(enumerate(items), tick)
        if name == "zip":
            return Iter(zip(items, self.iterate(values[0]), strict=False), tick)
        if name == "chain":
            return Iter(itertools.chain(items, self.iterate(values[0])), tick)
        if name == "rev":
            return Iter(reversed(_bounded(items)), tick)
        if name == "skip":
            return Iter(itertools.islice(items, values[0], None), tick)
        if name == "take":
            return Iter(itertools.islice(items, values[0]), tick)
        if name == "step_by" and values[0] > 0:
            return Iter(itertools.islice(items, 0, None, values[0]), tick)
        if name == "cycle":
            return Iter(itertools.cycle(_bounded(items)), tick)
        if name in ("copied", "cloned", "by_ref", "peekable", "into_iter", "iter"):
            return items
        if name == "take_while":
            return Iter(itertools.takewhile(lambda i: apply(values[0], [i]), items), tick)
        if name == "skip_while":
            return Iter(itertools.dropwhile(lambda i: apply(values[0], [i]), items), tick)
        if name == "fold":
            accumulator = values[0]
            for item in items:
                accumulator = apply(values[1], [accumulator, item])
            return accumulator
        if name == "for_each":
            for item in items:
                apply(values[0], [item])
            return None
        if name == "count":
            return sum(1 for _ in items)
        if name == "sum":
            return sum(_number(i) for i in items)
        if name in ("any", "all"):
            test = (bool(apply(values[0], [i])) for i in items)
            return any(test) if name == "any" else all(test)
        if name == "find":
            for item in items:
                if apply(values[0], [item]):
                    return Variant("Some", item)
            return _NONE
        if name == "position":
            for index, item in enumerate(items):
                if apply(values[0], [item]):
                    return Variant("Some", index)
            return _NONE
        if name == "find_map":
            for item in items:
                result = apply(values[0], [item])
                if result.tag == "Some":
                    return result
            return _NONE
        if name == "nth":
            return next(
                (Variant("Some", i) for i in itertools.islice(items, values[0], None)), _NONE
            )
        if name == "last":
            found = _bounded(items)
            return Variant("Some", found[-1]) if found else _NONE
        if name in ("max", "min"):
            found = _bounded(items)
            return Variant("Some", (max if name == "max" else min)(found)) if found else _NONE
        if name == "collect":
            return _collected(_bounded(items), turbofish)
        raise _Stop(f"iter.{name}")


def hidden_texts(outcome: Outcome) -> list[str]:
    """The texts a call returned (one, or each of a tuple's) that read as text and were
    not in plain sight: at least ``_MIN_HIDDEN`` letters or digits of their words are in
    none of the literals the call was given or read (a function that only formats its
    arguments, or takes a piece of a literal, hides nothing)."""
    values = outcome.value if isinstance(outcome.value, tuple) else (outcome.value,)
    literals = [literal.lower() for literal in outcome.literals if len(literal) >= 2]
    return [text for value in values if (text := _hidden(value, literals)) is not None]


def _hidden(value: Any, literals: list[str]) -> str | None:
    if isinstance(value, Variant) and value.tag in ("Some", "Ok"):
        value = value.value
    if isinstance(value, Text):
        text = value.value
    elif isinstance(value, list) and value and all(isinstance(b, int) for b in value):
        if not all(0x20 <= b < 0x7F or b in (9, 10, 13) for b in value):
            return None
        text = bytes(value).decode("ascii")
    else:
        return None
    text = text.strip("\0 \n")
    if len(text) < _MIN_HIDDEN or not text.isprintable():
        return None
    # the words and numbers of the text that no literal holds (in any letter case)
    words = _WORDS.findall(text.lower())
    unseen = sum(len(w) for w in words if not any(w in literal for literal in literals))
    return text if unseen >= _MIN_HIDDEN else None


def _address(owner: str, name: str, values: list[Any]) -> Text:
    """An IPv4 address or socket address built from numbers (``Ipv4Addr::new(a, b, c,
    d)``, ``SocketAddr::from(([a, b, c, d], port))``), as the text it stands for."""
    if name == "V4" and len(values) == 1 and isinstance(values[0], Text):
        return values[0]
    if owner in ("Ipv4Addr", "IpAddr") and name in ("new", "from"):
        octets = values[0] if len(values) == 1 else values
        if isinstance(octets, int) and not isinstance(octets, bool) and 0 <= octets < 1 << 32:
            octets = list(octets.to_bytes(4, "big"))
        if (
            isinstance(octets, list | tuple)
            and len(octets) == 4
            and all(isinstance(o, int) and 0 <= o <= 0xFF for o in octets)
        ):
            return Text(".".join(map(str, octets)))
    if owner in ("SocketAddr", "SocketAddrV4") and name in ("new", "from"):
        pair = values[0] if len(values) == 1 else tuple(values)
        if isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[1], int):
            host = pair[0] if isinstance(pair[0], Text) else _address("Ipv4Addr", "from", [pair[0]])
            return Text(f"{host.value}:{pair[1]}")
    raise _Stop(f"{owner}::{name}")


def _default_of(written: str) -> Any:
    if "String" in written or "str" in written:
        return Text("")
    if "Vec" in written:
        return []
    if written.strip() in _MASKS:
        return 0
    raise _Stop("default")


def _collected(items: list[Any], turbofish: str) -> Any:
    """``collect()``: a ``String`` from characters or strings unless the type says
    otherwise, else a vector (the declared type, when there is one, decides later)."""
    if "Vec" in turbofish:
        return items
    texts = all(isinstance(i, Char | Text) for i in items)
    if texts and ("String" in turbofish or (items and all(isinstance(i, Char) for i in items))):
        return Text(_limit("".join(_str(i) for i in items)))
    if "Result" in turbofish or "Option" in turbofish:
        raise _Stop("collect into Result")
    return items


def _as_declared(value: Any, written: str) -> Any:
    """A value converted as its declared type says: ``Vec<char>`` keeps characters apart
    where ``collect`` made a string, a character ``into()`` an integer is its code."""
    if isinstance(value, Char) and written.strip() in _MASKS:
        return ord(value)
    if written.strip() == "String" and isinstance(value, list):
        return Text(_limit("".join(_str(i) for i in value)))  # strings collected into one
    if written.replace(" ", "") == "Vec<char>" and isinstance(value, Text):
        return [Char(c) for c in value.value]
    if value is _DEFAULT:
        return _default_of(written)
    return value


def _float_method(value: float, name: str, values: list[Any]) -> Any:
    if name in _ROUNDINGS and not values:
        return float(_ROUNDINGS[name](value))
    if name == "round" and not values:  # half away from zero
        return float(math.copysign(math.floor(abs(value) + 0.5), value))
    if name in ("min", "max") and len(values) == 1 and isinstance(values[0], int | float):
        return float(min(value, values[0]) if name == "min" else max(value, values[0]))
    raise _Stop(f"f64.{name}")


def _char_method(char: Char, name: str, values: list[Any]) -> Any:
    c = str(char)
    if name in ("to_ascii_uppercase", "to_uppercase"):
        return Char(c.upper()) if c.isascii() else char
    if name in ("to_ascii_lowercase", "to_lowercase"):
        return Char(c.lower()) if c.isascii() else char
    if name in ("is_ascii_alphabetic", "is_alphabetic"):
        return c.isalpha() and (c.isascii() or name == "is_alphabetic")
    if name in ("is_ascii_digit", "is_numeric"):
        return c.isdigit()
    if name in ("is_ascii_alphanumeric", "is_alphanumeric"):
        return c.isalnum()
    if name in ("is_ascii_uppercase", "is_uppercase"):
        return c.isupper()
    if name in ("is_ascii_lowercase", "is_lowercase"):
        return c.islower()
    if name in ("is_whitespace", "is_ascii_whitespace"):
        return c.isspace()
    if name == "is_ascii_punctuation":
        return c.isascii() and not c.isalnum() and c.isprintable() and c != " "
    if name == "is_ascii":
        return c.isascii()
    if name == "to_digit" and values:
        try:
            return Variant("Some", int(c, values[0]))
        except ValueError:
            return _NONE
    if name == "len_utf8":
        return len(c.encode("utf-8"))
    raise _Stop(f"char.{name}")


def _operate(operator: str, left: Any, right: Any) -> Any:
    if (isinstance(left, Char) and isinstance(right, Char)) or isinstance(left, Text):
        if isinstance(right, Text | Char) and operator in _COMPARE:
            return _COMPARE[operator](_str(left), _str(right))
        if isinstance(left, Text) and operator == "+":
            return Text(_limit(left.value + _str(right)))
        raise _Stop("operator on text")
    if operator in ("==", "!="):
        equal = left == right
        return equal if operator == "==" else not equal
    if isinstance(left, Char) or isinstance(right, Char):
        raise _Stop("arithmetic on char")
    if isinstance(left, float) or isinstance(right, float):
        return _float_operate(operator, left, right)
    if not isinstance(left, int) or not isinstance(right, int):
        raise _Stop("operator")
    if operator in _COMPARE:
        return _COMPARE[operator](left, right)
    if operator in ("<<", ">>") and not 0 <= right < 128:
        raise _Stop("shift")
    result = _ARITHMETIC[operator](left, right)
    if abs(result) >= 1 << 130:
        raise _Stop("overflow")
    return result


def _float_operate(operator: str, left: Any, right: Any) -> Any:
    if not isinstance(left, int | float) or not isinstance(right, int | float):
        raise _Stop("operator")
    if operator in _COMPARE:
        return _COMPARE[operator](left, right)
    if operator not in ("+", "-", "*", "/") or (operator == "/" and right == 0):
        raise _Stop("float operator")
    result = {"+": left + right, "-": left - right, "*": left * right}.get(operator)
    value = left / right if result is None else result
    if not math.isfinite(value):
        raise _Stop("float overflow")
    return value


def _float_to_int(value: float, kind: str) -> int:
    if math.isnan(value):
        return 0
    half = 1 << (_MASKS[kind].bit_length() - 1)
    low, high = (-half, half - 1) if kind in _SIGNED else (0, _MASKS[kind])
    return max(low, min(high, int(value))) if math.isfinite(value) else (high if value > 0 else low)


def _divide(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return quotient if (a >= 0) == (b >= 0) else -quotient


def _remainder(a: int, b: int) -> int:
    return a - b * _divide(a, b)


_ARITHMETIC: Final[dict[str, Callable[[int, int], int]]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _divide,
    "%": _remainder,
    "^": lambda a, b: a ^ b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b,
}
_COMPARE: Final[dict[str, Callable[[Any, Any], bool]]] = {
    "==": lambda a, b: bool(a == b),
    "!=": lambda a, b: bool(a != b),
    "<": lambda a, b: bool(a < b),
    "<=": lambda a, b: bool(a <= b),
    ">": lambda a, b: bool(a > b),
    ">=": lambda a, b: bool(a >= b),
}
_INTEGER_METHODS: Final = frozenset(
    {"wrapping_add", "wrapping_sub", "wrapping_mul", "pow", "min", "max", "abs"}
)


def _wrap(value: int, kind: str) -> int:
    value &= _MASKS[kind]
    if kind in _SIGNED and value >> (_MASKS[kind].bit_length() - 1):
        value -= _MASKS[kind] + 1
    return value


def _slice(container: Any, span: range | slice) -> Any:
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
    raise _Stop("slice")


def _bounded(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        out.append(item)
        if len(out) > MAX_VALUE:
            raise _Stop("large sequence")
    return out


def _drain(items: list[Any]) -> list[Any]:
    drained = list(items)
    items.clear()
    return drained


def _char_indices(value: str) -> Iterator[tuple[int, Char]]:
    offset = 0
    for c in value:
        yield offset, Char(c)
        offset += len(c.encode("utf-8"))


def _limit(value: Any) -> Any:
    if len(value) > MAX_VALUE:
        raise _Stop("large value")
    return value


def _str(value: Any) -> str:
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Char):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _Stop("not text")


def _bytes(value: Any) -> list[int]:
    if isinstance(value, list) and all(isinstance(b, int) and 0 <= b <= 0xFF for b in value):
        return value
    raise _Stop("not bytes")


def _number(value: Any) -> int:
    if isinstance(value, int):
        return value
    raise _Stop("not a number")


def _formatted(value: Any, spec: str) -> str:
    if isinstance(value, Text | Char):
        text = _str(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        kind = spec[-1:] if spec[-1:] in ("x", "X", "o", "b") else "d"
        width = spec.rstrip("xXob").lstrip("#")
        pad = width.startswith("0")
        digits = format(value, kind)
        size = int(width) if width.isdigit() else 0
        if size > _MAX_WIDTH:
            raise _Stop("format width")
        text = digits.rjust(size, "0" if pad else " ")
        return text
    else:
        raise _Stop("format of a value")
    if spec:
        raise _Stop("format spec")
    return text


def _label(node: Any) -> str:
    label = next((c for c in node.named_children if c.type == "label"), None)
    return "" if label is None else _text(label).lstrip("'")


def _text(node: Any) -> str:
    return "" if node is None else (node.text or b"").decode("utf-8", errors="replace")


def _integer(text: str) -> int:
    value = integer(text)
    if value is None:
        raise _Stop("integer")
    return value


def _parse_tokens(tree: Any, opening: str, closing: str) -> Any:
    """A macro's token tree parsed as an expression (``vec![..]`` as an array,
    ``format!(..)`` as a tuple), or None."""
    from cratewatch.scan.syntax import parser

    body = (tree.text or b"")[1:-1]
    if len(body) > MAX_VALUE:
        return None
    source = b"const _: () = " + opening.encode() + body + closing.encode() + b";"
    root = parser().parse(source).root_node
    if root.has_error:
        return None
    item = root.named_child(0)
    value = item.child_by_field_name("value") if item is not None else None
    if value is not None and value.type == "parenthesized_expression":
        return value.named_child(0)
    return value


_FORMAT: Final = re.compile(r"\{\{|\}\}|\{([^{}:]*)(?::([^{}]*))?\}")
_PASS_THROUGH: Final = frozenset(
    {
        "clone",
        "to_owned",
        "to_string",
        "to_vec",
        "into",
        "as_str",
        "as_ref",
        "as_mut",
        "borrow",
        "into_owned",
        "as_slice",
        "iter_mut_copied",
    }
)
_COPIES: Final = frozenset({"clone", "to_vec", "to_owned", "to_string"})
_CONSTRUCTORS: Final = frozenset(
    {"String::new", "String::with_capacity", "Vec::new", "Vec::with_capacity", "String::from"}
)
_ADDRESSES: Final = frozenset({"Ipv4Addr", "IpAddr", "SocketAddr", "SocketAddrV4"})
_STATIC_OWNERS: Final = frozenset({"String", "str", "char", "Vec", "iter", "std"}) | _ADDRESSES
_SKIPPED: Final = frozenset({"line_comment", "block_comment", "attribute_item", "empty_statement"})
_ITEMS: Final = frozenset({"const_item", "static_item", "function_item", "use_declaration"})
_UNSET: Final = object()
_DEFAULT: Final = object()  # `unwrap_or_default()` of a type not known yet
_END: Final = object()

_HANDLERS: Final[dict[str, Callable[[Interpreter, Any, _Scope], Any]]] = {
    "block": Interpreter.block,
    "identifier": Interpreter.identifier,
    "scoped_identifier": Interpreter.scoped,
    "integer_literal": Interpreter.literal,
    "boolean_literal": Interpreter.literal,
    "char_literal": Interpreter.literal,
    "string_literal": Interpreter.literal,
    "raw_string_literal": Interpreter.literal,
    "float_literal": Interpreter.literal,
    "parenthesized_expression": Interpreter.parenthesized,
    "reference_expression": Interpreter.reference,
    "unary_expression": Interpreter.unary,
    "binary_expression": Interpreter.binary,
    "assignment_expression": Interpreter.assign,
    "compound_assignment_expr": Interpreter.assign,
    "index_expression": Interpreter.index,
    "range_expression": Interpreter.range_,
    "type_cast_expression": Interpreter.cast,
    "tuple_expression": Interpreter.tuple_,
    "array_expression": Interpreter.array,
    "closure_expression": Interpreter.closure,
    "if_expression": Interpreter.if_,
    "while_expression": Interpreter.while_,
    "loop_expression": Interpreter.loop,
    "for_expression": Interpreter.for_,
    "match_expression": Interpreter.match,
    "return_expression": Interpreter.jump,
    "break_expression": Interpreter.jump,
    "continue_expression": Interpreter.jump,
    "try_expression": Interpreter.try_,
    "field_expression": Interpreter.field,
    "macro_invocation": Interpreter.macro,
    "call_expression": Interpreter.call_expression,
    "unit_expression": lambda self, node, scope: None,
    "expression_statement": lambda self, node, scope: self.eval(node.named_child(0), scope),
    "let_declaration": lambda self, node, scope: self.let(node, scope),
}
