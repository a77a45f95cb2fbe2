"""The interpreter: a call of the crate's own function on constants, run on the syntax
tree (patterns, statements, expressions, loops, macros), and what it returns judged as
hidden or in plain sight."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import suppress
from typing import Any, Final
from urllib.parse import unquote_plus

from cratewatch.scan.interpret.library import (
    CONSTRUCTORS,
    FLOAT_SUFFIX,
    STATIC_OWNERS,
    StandardLibrary,
    as_declared,
    default_of,
    float_to_int,
    formatted,
    operate,
)
from cratewatch.scan.interpret.values import (
    ENGINES,
    MASKS,
    MAX_CALL_STEPS,
    MAX_DEPTH,
    MAX_STEPS,
    MAX_VALUE,
    NONE,
    SIGNED,
    UNSET,
    Break,
    Cell,
    Char,
    Closure,
    Continue,
    Definitions,
    Effect,
    Engine,
    FunctionRef,
    Iter,
    Map,
    NameSlot,
    NoMethod,
    Outcome,
    Record,
    Return,
    Scope,
    Sized,
    Slot,
    Stop,
    Text,
    Variant,
    integer_of,
    loop_label,
    text_value,
    top_level,
)
from cratewatch.scan.literals import format_pieces, unescape
from cratewatch.scan.syntax import Span, impl_type, node_text

_SKIPPED: Final = frozenset({"line_comment", "block_comment", "attribute_item", "empty_statement"})
# a struct's fields as its declaration lists them: named (`title: String`) or by position
_FIELD_DECLARATIONS: Final = frozenset({"field_declaration", "ordered_field_declaration"})
# what ends a run that cannot be followed further (`Spent` ends them all)
_CANNOT_FOLLOW: Final = (
    Stop,
    Return,
    Break,
    Continue,
    RuntimeError,  # recursion too deep
    ArithmeticError,  # a panic in Rust, or a value of a kind the code did not expect
    ValueError,
    IndexError,
    KeyError,
    TypeError,
    AttributeError,
)
_ITEMS: Final = frozenset({"const_item", "static_item", "function_item", "use_declaration"})
_WORDS: Final = re.compile(r"[a-z0-9]+")
_LINE_BREAKS: Final = re.compile(r"[\t\r\n]")
_PERCENT_ESCAPE: Final = re.compile(r"%[0-9A-Fa-f]{2}")
_VARIANT: Final = re.compile(r"^[A-Z][a-z0-9]\w*$")  # `Xor`, `Halt`: not `KEY`, not `new`
_MIN_HIDDEN: Final = 4  # characters of a result not in plain sight, fewer say nothing
_INTEGER_SUFFIX: Final = re.compile(r"[ui](8|16|32|64|128|size)$")
# what changes an `Option` where it is kept (`head.take()`)
_OPTION_PLACES: Final = frozenset(
    {"take", "replace", "insert", "get_or_insert_with", "get_or_insert"}
)
# what writes a part of a list in place (`out[4..8].copy_from_slice(..)`)
_SLICE_WRITES: Final = frozenset({"copy_from_slice", "clone_from_slice", "fill"})
# types whose methods a path may name as a function value (`String::as_str`, `char::is_alphabetic`)
_METHOD_OWNERS: Final = frozenset(
    {"String", "str", "char", "Vec", "Option", "Result", "f64", "f32"}
)
# ... whose functions that take no receiver are the library's (`.map(char::from)`)
_ASSOCIATED: Final = frozenset(
    {"from", "from_u32", "from_digit", "from_utf8", "from_utf8_lossy", "from_utf16"}
    | {"from_utf16_lossy", "new", "with_capacity"}
)


class Interpreter(StandardLibrary):
    """Calls of a unit's functions on constants; a name defined more than once is not
    followed (which one a call means is not known)."""

    def __init__(
        self,
        definitions: Definitions,
        max_steps: int = MAX_STEPS,
        max_call_steps: int = MAX_CALL_STEPS,
    ) -> None:
        self.max_steps = max_steps  # per unit: past them, ``Spent``
        self.max_call_steps = max_call_steps  # per call or value: past them, nothing
        self.functions = {
            n: nodes[0] for n, nodes in definitions.functions.items() if len(nodes) == 1
        }
        # every definition of a name, for a call whose callee is known by its file
        self.overloads = definitions.functions
        self.methods = {n: nodes[0] for n, nodes in definitions.methods.items() if len(nodes) == 1}
        self.constants = {
            n: nodes[0] for n, nodes in definitions.constants.items() if len(nodes) == 1
        }
        self.files = definitions.files
        self.variants = definitions.variants
        self.defaults = {
            n: nodes[0] for n, nodes in definitions.defaults.items() if len(nodes) == 1
        }
        self.numbered: dict[tuple[str, Any], dict[str, int]] = {}  # each enum's, by its list
        self.packages: dict[tuple[str, str], str | None] = {}  # `env!` of the manifest's keys
        self.node = definitions.node  # a definition's node, kept as a `Span` or not
        self.file = ""  # of the function or constant being evaluated
        self.owner = ""  # the type whose `impl` holds the function being run (`Self`)
        # each constant's value, with the literals it shows (None while it is evaluated,
        # False when it cannot be)
        self.constant_values: dict[str, tuple[Any, frozenset[str]] | bool | None] = {}
        self.calls_run: dict[tuple[Any, ...], Outcome | None] = {}
        self.steps = 0
        self.call_steps = 0
        self.depth = 0
        self.literals: set[str] = set()
        self.made: list[str] = []

    def argument(self, node: Any) -> Any:
        """The value of an argument expression that uses no local name, or raises
        ``Stop``."""
        return self.eval(node, Scope())

    def call(
        self,
        name: str,
        arguments: list[Any],
        given: Mapping[int, str] | None = None,
        file: str = "",
    ) -> Outcome | None:
        """Run the function ``name`` on the argument nodes: the outcome, or None when
        it cannot be followed. ``given``: arguments that are instead the named constants
        (a variable that holds one); ``file``: the callee's file, where several functions
        have its name. Raises ``Spent`` when the crate's steps are spent."""
        entry = self.functions.get(name)
        if entry is None:
            entry = next((e for e in self.overloads.get(name, []) if e[0] == file), None)
        if entry is None:
            return None
        given = given or {}
        # the same constants given to the same function at another place: the same outcome
        # (a unit that calls `unmask(KEY)` twenty times runs it once)
        key = (entry[0], name, tuple(node_text(a) for a in arguments), tuple(sorted(given.items())))
        if key in self.calls_run:
            return self.calls_run[key]

        def run() -> Any:
            values = [
                self.constant(given[index]) if index in given else self.argument(node)
                for index, node in enumerate(arguments)
            ]
            for value in values:  # a number given is in plain sight in any base
                if isinstance(value, int) and not isinstance(value, bool):
                    self.literals |= {str(value), f"{value:x}", f"{value:X}", f"{value:o}"}
            return self.invoke(entry, values)

        outcome = self.outcome(run)
        self.calls_run[key] = outcome
        return outcome

    def evaluated(self, node: Any) -> Outcome | None:
        """``call`` for an expression of constants written inline (``let url =
        String::from_utf8(Rc4::new(KEY).apply(&URL))``): what it comes to."""
        return self.outcome(lambda: self.argument(node))

    def outcome(self, compute: Callable[[], Any]) -> Outcome | None:
        """What ``compute`` returns, decodes on the way and reads in plain sight; None
        when it stops having decoded nothing."""
        self.call_steps = 0
        self.literals = set()
        self.made = []
        self.depth = 0
        try:
            value = compute()
        except Effect:
            return Outcome(None, frozenset(self.literals), True, tuple(self.made))
        except _CANNOT_FOLLOW:
            if not self.made:
                return None
            # what it decoded before it stopped is still read
            return Outcome(UNSET, frozenset(self.literals), made=tuple(self.made))
        return Outcome(value, frozenset(self.literals), made=tuple(self.made))

    def value(self, node: Any, lets: Sequence[Any] = ()) -> Any:
        """The value of an expression of constants, literals and calls of the unit's
        functions (``window_start() + 90 * 86_400``), or None when it cannot be computed
        or reaches the outside world. ``lets``: the ``let`` declarations run first, in
        order, for the locals the expression uses (``let (y, m, d) = (p.next()?, ..);``
        before ``days_from_civil(y, m, d)``); one that cannot be followed binds nothing.
        Raises ``Spent`` when the crate's steps are spent."""
        self.call_steps = 0
        self.depth = 0
        scope = Scope()
        for let in lets:
            with suppress(*_CANNOT_FOLLOW):
                self.let(let, scope)
        try:
            return self.eval(node, scope)
        except _CANNOT_FOLLOW:
            return None

    def call_tokens(self, name: str, tree: Any, file: str = "") -> Outcome | None:
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
        return None if arguments is None else self.call(name, arguments, None, file)

    def invoke(self, entry: tuple[str, Any], values: list[Any], receiver: Any = None) -> Any:
        """Run a function of the crate (a method of one of its structs when ``receiver``,
        its ``self``, is given)."""
        caller, (self.file, function), owner = self.file, entry, self.owner
        try:
            function = self.node(self.file, function)
            self.owner = impl_type(function)
            return self.run(function, values, receiver)
        finally:
            self.file, self.owner = caller, owner

    def run(self, function: Any, values: list[Any], receiver: Any = None) -> Any:
        parameters = function.child_by_field_name("parameters")
        body = function.child_by_field_name("body")
        if parameters is None or body is None:
            raise Stop("no body")
        declared = [
            p for p in parameters.named_children if p.type not in ("attribute_item", "line_comment")
        ]
        scope = Scope()
        if declared and declared[0].type == "self_parameter":
            if receiver is None:
                raise Stop("a method without its value")
            scope.names["self"] = receiver
            declared = declared[1:]
        patterns = [p.child_by_field_name("pattern") for p in declared]
        values = [
            as_declared(value, node_text(p.child_by_field_name("type")))
            for p, value in zip(declared, values, strict=False)
        ] + values[len(declared) :]
        if len(patterns) != len(values) or any(p is None for p in patterns):
            raise Stop("a method or a different arity")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise Stop("too deep")
        for parameter, pattern, value in zip(declared, patterns, values, strict=True):
            if _mutable(parameter) or pattern.type == "mut_pattern":
                value = self.copy(value)  # `mut data: [u8; 4]` is a copy of what was given
            if not self.bind(pattern, value, scope):
                raise Stop("argument pattern")
        result_type = function.child_by_field_name("return_type")
        try:
            value = self.eval(body, scope)
        except Return as returned:
            value = returned.value
        self.depth -= 1
        return value if result_type is None else as_declared(value, node_text(result_type))

    def apply(self, function: Any, values: list[Any]) -> Any:
        if isinstance(function, Closure):
            if len(function.parameters) != len(values):
                raise Stop("closure arity")
            scope = Scope(function.scope)
            for pattern, value in zip(function.parameters, values, strict=True):
                if not self.bind(pattern, value, scope):
                    raise Stop("closure pattern")
            try:
                return self.eval(function.body, scope)
            except Return as returned:
                return returned.value
        if isinstance(function, FunctionRef):
            if function.name in self.functions:
                return self.invoke(self.functions[function.name], values)
            bound = self.methods.get("::".join(function.name.split("::")[-2:]))
            if bound is not None and values:  # the first value is its `self`
                return self.invoke(bound, values[1:], values[0])
            owner, _, method = function.name.rpartition("::")
            if owner.rsplit("::", 1)[-1] in _METHOD_OWNERS and values and method not in _ASSOCIATED:
                # a method named as a function: `.map(String::as_str)`, `str::trim`
                return self.method(values[0], method, values[1:], "")
            return self.builtin(function.name, values)
        raise Stop("not callable")

    def bind(self, pattern: Any, value: Any, scope: Scope) -> bool:
        """Match ``value`` against ``pattern``, binding names in ``scope``."""
        kind = pattern.type
        if kind == "identifier":
            name = node_text(pattern)
            if name == "None":
                return isinstance(value, Variant) and value.tag == "None"
            if self.unit_variant(name):
                return isinstance(value, Variant) and value.tag == name  # `KeyA =>`
            scope.names[name] = value
            return True
        if kind in ("mut_pattern", "ref_pattern", "reference_pattern", "match_pattern"):
            inner = [c for c in pattern.named_children if c.type != "mutable_specifier"]
            if not inner:
                return True  # `_`
            if kind == "match_pattern" and len(inner) > 1:
                raise Stop("guard handled by the caller")
            return self.bind(inner[0], value, scope)
        if kind == "_" or node_text(pattern) == "_":
            return True
        if kind == "slice_pattern" and any(map(_is_rest, _subpatterns(pattern))):
            return self.bind_rest(_subpatterns(pattern), value, scope)
        if kind in ("tuple_pattern", "slice_pattern"):
            items = _subpatterns(pattern)
            shape = (tuple, list) if kind == "tuple_pattern" else (list,)
            if not isinstance(value, shape) or len(items) != len(value):
                return False
            return all(self.bind(p, v, scope) for p, v in zip(items, value, strict=True))
        if kind == "tuple_struct_pattern":
            head = pattern.child_by_field_name("type")
            tag = node_text(head).rsplit("::", 1)[-1] if head is not None else ""
            items = [c for c in _subpatterns(pattern) if c != head]
            if isinstance(value, Record) and value.name == tag and len(items) == len(value.fields):
                fields = [value.fields[str(i)] for i in range(len(items))]
                return all(self.bind(p, v, scope) for p, v in zip(items, fields, strict=True))
            if not isinstance(value, Variant):
                raise Stop(f"pattern {tag}")
            if value.tag != tag:
                return False
            if len(items) == 1:
                return self.bind(items[0], value.value, scope)
            held = value.value
            if not isinstance(held, tuple) or len(held) != len(items):
                return False
            return all(self.bind(p, v, scope) for p, v in zip(items, held, strict=True))
        if kind == "struct_pattern":
            return self.bind_fields(pattern, value, scope)
        if kind == "or_pattern":
            return any(self.bind(p, value, scope) for p in pattern.named_children)
        if kind == "range_pattern":
            bounds = [self.literal_pattern(c) for c in pattern.named_children]
            if len(bounds) != 2:
                raise Stop("open range pattern")
            low, high = bounds
            key = ord(value) if isinstance(value, Char) else value
            low = ord(low) if isinstance(low, Char) else low
            high = ord(high) if isinstance(high, Char) else high
            inclusive = "..=" in node_text(pattern) or "..." in node_text(pattern)
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
            name = node_text(pattern).rsplit("::", 1)[-1]
            if name == "None":
                return isinstance(value, Variant) and value.tag == "None"
            if isinstance(value, Variant) and name not in self.constants:
                return value.tag == name  # `Step::Halt`
            constant = self.constant(name)
            return bool(constant == value)
        raise Stop(f"pattern {kind}")

    def bind_rest(self, items: list[Any], value: Any, scope: Scope) -> bool:
        """A slice pattern with ``..`` (or ``rest @ ..``) among its items: the items
        before and after it match the list's ends, ``rest`` the middle."""
        if not isinstance(value, list):
            return False
        at = next(i for i, item in enumerate(items) if _is_rest(item))
        before, after = items[:at], items[at + 1 :]
        if len(before) + len(after) > len(value):
            return False
        middle = value[len(before) : len(value) - len(after)]
        ends = list(zip(before, value, strict=False)) + list(
            zip(after, value[len(value) - len(after) :], strict=True)
        )
        if not all(self.bind(p, v, scope) for p, v in ends):
            return False
        rest = items[at]
        if rest.type == "captured_pattern":  # `tail @ ..`
            scope.names[node_text(rest.named_child(0))] = middle
        return True

    def bind_fields(self, pattern: Any, value: Any, scope: Scope) -> bool:
        """``Op::Push { value }``, ``Point { x, y: 0, .. }``: a struct's or a struct
        variant's fields."""
        head = pattern.child_by_field_name("type")
        tag = node_text(head).rsplit("::", 1)[-1] if head is not None else ""
        if not isinstance(value, Record):
            return False
        if value.name != tag:
            return False
        for field in pattern.named_children:
            if field.type == "field_pattern":
                name_node = field.child_by_field_name("name") or field.named_child(0)
                inner = field.child_by_field_name("pattern")
                name = node_text(name_node)
                if name not in value.fields:
                    raise Stop(f"field {name}")
                if inner is None:  # shorthand: `{ value }`
                    scope.names[name] = value.fields[name]
                elif not self.bind(inner, value.fields[name], scope):
                    return False
        return True

    def literal_pattern(self, node: Any) -> Any:
        if node.type == "negative_literal":
            return -integer_of(node_text(node).lstrip("-").strip())
        return self.eval(node, Scope())

    def eval(self, node: Any, scope: Scope) -> Any:
        self.tick()
        handler = _HANDLERS.get(node.type)
        if handler is None:
            raise Stop(node.type)
        return handler(self, node, scope)

    def block(self, node: Any, scope: Scope) -> Any:
        inner = Scope(scope)
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
                if not (last and not node_text(child).rstrip().endswith(";")):
                    value = None
            elif child.type in _ITEMS:
                continue  # nested items: constants are looked up crate-wide
            else:
                value = self.eval(child, inner)
                if not last:
                    value = None
        return value

    def let(self, node: Any, scope: Scope) -> None:
        pattern = node.child_by_field_name("pattern")
        value_node = node.child_by_field_name("value")
        if pattern is None:
            raise Stop("let")
        if value_node is None:
            value: Any = UNSET
        else:
            annotation = node.child_by_field_name("type")
            value = self.eval(value_node, scope)
            if annotation is not None:
                value = as_declared(value, node_text(annotation))
        if _mutable(node) or pattern.type == "mut_pattern":
            value = self.copy(value)  # a constant's value is never changed in place
        alternative = node.child_by_field_name("alternative")
        if not self.bind(pattern, value, scope):
            if alternative is None:
                raise Stop("refutable let")
            self.eval(alternative, scope)
            raise Stop("let-else fell through")

    def identifier(self, node: Any, scope: Scope) -> Any:
        name = node_text(node)
        if scope.has(name):
            value = scope.get(name)
            if value is UNSET:
                raise Stop("unset")
            return value.get() if isinstance(value, Slot) else value
        if name == "None":
            return NONE
        if name in self.functions:
            return FunctionRef(name)
        if name in ENGINES and name not in self.constants:
            return Engine(name)  # `use base64::engine::general_purpose::STANDARD`
        if self.unit_variant(name):
            return Variant(name, None)  # `KeyA` after `use Key::*`
        return self.constant(name)

    def unit_variant(self, name: str) -> bool:
        """Whether a bare name is a unit-like variant of the crate's enums (no constant
        of the unit is named so)."""
        return name in self.variants and name not in self.constants

    def discriminant(self, name: str) -> int:
        """The number a unit-like variant of the crate's enums is cast to (``Stop`` where
        enums of the unit that name it disagree)."""
        lists = [self.numbers(path, node) for path, node in self.variants[name]]
        found = {numbers[name] for numbers in lists if name in numbers}
        if len(found) != 1 or not all(name in numbers for numbers in lists):
            raise Stop(f"variant {name}")
        return found.pop()

    def numbers(self, path: str, variants: Any) -> dict[str, int]:
        """Every variant of an enum's list with its number: its own, or one more than the
        variant before it (worked out once per enum)."""
        key = (path, variants if isinstance(variants, Span) else variants.id)
        if key not in self.numbered:
            numbers: dict[str, int] = {}
            caller, self.file = self.file, path
            try:
                number: Any = -1
                for variant in self.node(path, variants).named_children:
                    if variant.type != "enum_variant":
                        continue
                    value = variant.child_by_field_name("value")
                    number = number + 1 if value is None else self.eval(value, Scope())
                    if not isinstance(number, int):
                        raise Stop("discriminant")
                    numbers[node_text(variant.child_by_field_name("name"))] = int(number)
            finally:
                self.file = caller
            self.numbered[key] = numbers
        return self.numbered[key]

    def constant(self, name: str) -> Any:
        if name not in self.constant_values:
            entry = self.constants.get(name)
            if entry is None:
                raise Stop(f"unknown name {name}")
            self.constant_values[name] = None  # defined in terms of itself: stop
            outer, self.literals = self.literals, set()
            caller, (self.file, node) = self.file, entry
            try:
                node = self.node(self.file, node)
                value = self.eval(node, Scope())
                declared = node.parent.child_by_field_name("type") if node.parent else None
                if declared is not None:  # `const L: [u64; 2]`: its integers are u64
                    value = as_declared(value, node_text(declared))
            except Stop:
                self.constant_values[name] = False  # not computable: every use stops
                raise
            finally:
                inner, self.literals = self.literals, outer | self.literals
                self.file = caller
            self.constant_values[name] = (value, frozenset(inner))
        known = self.constant_values[name]
        if known is None:
            raise Stop(f"{name} is defined in terms of itself")
        if not isinstance(known, tuple):
            raise Stop(f"{name} cannot be computed")
        value, literals = known
        self.literals |= literals  # what the constant shows in plain sight, every time
        return value  # shared: a binding that may change it copies it (`let mut`)

    def scoped(self, node: Any, scope: Scope) -> Any:
        path = node_text(node).replace(" ", "")
        name = path.rsplit("::", 1)[-1]
        if path.endswith("::MAX") or path.endswith("::MIN"):
            kind = path.rsplit("::", 2)[-2]
            if kind in MASKS:
                signed = kind in SIGNED
                bits = MASKS[kind].bit_length()
                if name == "MAX":
                    return (1 << (bits - 1)) - 1 if signed else MASKS[kind]
                return -(1 << (bits - 1)) if signed else 0
        if name == "None":
            return NONE
        if path in CONSTRUCTORS or name in ("new", "default"):
            return FunctionRef(path)
        if "::" in path and path.rsplit("::", 2)[-2] in MASKS.keys() | _METHOD_OWNERS:
            # `u32::wrapping_add` handed to `fold`, `String::as_str`, `str::parse` (not the
            # crate's own `parse`)
            return FunctionRef(path)
        if name in self.functions:
            return FunctionRef(name)
        if "::" in path and (path.rsplit("::", 2)[-2] + "::" + name in self.methods):
            return FunctionRef(path)  # `.filter_map(Stamp::glyph)`: a method as a function
        if name in ENGINES and name not in self.constants:
            return Engine(name)
        variant = _VARIANT.match(name) or name in self.variants
        if variant and "::" in path and name not in self.constants:
            return Variant(name, None)  # `Step::Halt`: a variant of the crate's enum
        return self.constant(name)

    def literal(self, node: Any, scope: Scope) -> Any:
        kind = node.type
        raw = node_text(node)
        if kind == "integer_literal" and FLOAT_SUFFIX.search(raw) and not raw.startswith("0x"):
            return float(integer_of(FLOAT_SUFFIX.sub("", raw)))  # `2f64`
        if kind == "integer_literal":
            value = integer_of(raw)
            self.literals.add(str(value))  # a number written out is in plain sight
            suffix = _INTEGER_SUFFIX.search(raw)
            return Sized(value, suffix.group()) if suffix else value
        if kind == "boolean_literal":
            return raw == "true"
        if kind == "char_literal":
            body = unescape(raw[raw.find("'") + 1 : raw.rfind("'")])
            if len(body) != 1:
                raise Stop("char")
            return Sized(ord(body), "u8") if raw.startswith("b") else Char(body)
        if kind == "float_literal":
            try:
                return float(FLOAT_SUFFIX.sub("", raw.replace("_", "")))
            except ValueError:
                raise Stop("float") from None
        first, last = raw.find('"'), raw.rfind('"')
        prefix = raw[:first]
        content = raw[first + 1 : last]
        if "r" not in prefix:
            content = unescape(content)
        if len(content) > MAX_VALUE:
            raise Stop("large literal")
        self.literals.add(content)
        if prefix.startswith("b"):
            return [Sized(b, "u8") for b in content.encode("latin-1", errors="replace")]
        return Text(content)

    def parenthesized(self, node: Any, scope: Scope) -> Any:
        inner = node.named_child(0)
        return None if inner is None else self.eval(inner, scope)

    def reference(self, node: Any, scope: Scope) -> Any:
        inner = node.child_by_field_name("value") or node.named_children[-1]
        value = self.eval(inner, scope)
        if (
            inner.type == "identifier"
            and any(c.type == "mutable_specifier" for c in node.children)
            and not isinstance(value, list | Text | Record | Cell | Iter)  # shared already
        ):
            held = scope.get(node_text(inner))
            return held if isinstance(held, Slot) else NameSlot(scope, node_text(inner))
        return value

    def unary(self, node: Any, scope: Scope) -> Any:
        operator = node_text(node.child(0))
        value = self.eval(node.named_child(0), scope)
        if operator == "*":
            if isinstance(value, Slot):  # a place a call returned (`*map.entry(k).or_insert(0)`)
                return value.get()
            return self.force(value) if isinstance(value, Cell) else value
        if operator == "-" and isinstance(value, int | float) and not isinstance(value, bool):
            return -value
        if operator == "!":
            if isinstance(value, bool):
                return not value
            if isinstance(value, int):
                return ~value
        raise Stop("unary")

    def binary(self, node: Any, scope: Scope) -> Any:
        operator = node_text(node.child_by_field_name("operator"))
        left = self.eval(node.child_by_field_name("left"), scope)
        if operator == "&&":
            return bool(left) and bool(self.eval(node.child_by_field_name("right"), scope))
        if operator == "||":
            return bool(left) or bool(self.eval(node.child_by_field_name("right"), scope))
        right = self.eval(node.child_by_field_name("right"), scope)
        return operate(operator, left, right)

    def assign(self, node: Any, scope: Scope) -> Any:
        target = node.child_by_field_name("left")
        value = self.eval(node.child_by_field_name("right"), scope)
        operator = node_text(node.child_by_field_name("operator")).rstrip("=")
        if (
            target.type == "unary_expression"
            and node_text(target.child(0)) == "*"
            and target.named_child(0).type != "identifier"
        ):
            # `*counts.entry(c).or_insert(0) += 1`: a place a call returns, written once
            place = self.eval(target.named_child(0), scope)
            if isinstance(place, Slot):
                compound = node.type == "compound_assignment_expr"
                place.set(operate(operator, place.get(), value) if compound else value)
                return None
        if node.type == "compound_assignment_expr":
            current = self.eval(target, scope)
            if isinstance(current, Text) and operator == "+":
                current.value += text_value(value)
                return None
            value = operate(operator, current, value)
        self.store(target, value, scope)
        return None

    def store(self, target: Any, value: Any, scope: Scope) -> None:
        if target.type == "identifier":
            name = node_text(target)
            current = scope.get(name) if scope.has(name) else None
            if isinstance(current, Slot):  # `*b = v` where `b` borrows an element
                current.set(value)
                return
            if isinstance(current, Sized) and type(value) in (int, Sized):
                value = Sized(value, current.kind)  # a variable keeps its type: it wraps
            scope.set(name, value)
            return
        if target.type == "field_expression":
            owner = self.eval(target.child_by_field_name("value"), scope)
            field = node_text(target.child_by_field_name("field"))
            if isinstance(owner, Record):
                owner.fields[field] = value
                return
        if target.type == "index_expression":
            container = self.eval(target.named_child(0), scope)
            index = self.eval(target.named_child(1), scope)
            if isinstance(container, list) and isinstance(index, int):
                container[index] = value
                return
        if target.type == "unary_expression" and target.named_child(0).type == "identifier":
            # `*v = [v0, v1]` through a `&mut` parameter: the caller's array or string
            # changes in place (a cipher's block function writes its output so)
            current = self.eval(target.named_child(0), scope)
            if isinstance(current, list) and isinstance(value, list):
                current[:] = value
                return
            if isinstance(current, Text) and isinstance(value, Text):
                current.value = value.value
                return
        if target.type in ("unary_expression", "parenthesized_expression"):
            self.store(target.named_child(0), value, scope)
            return
        if target.type == "tuple_expression" and isinstance(value, tuple):
            for item, part in zip(target.named_children, value, strict=True):
                self.store(item, part, scope)
            return
        raise Stop("assignment target")

    def moved_out(self, take: bool, arguments: list[Any], scope: Scope) -> Any:
        """``mem::take(&mut v)`` and ``mem::replace(&mut v, new)``: the old value, and
        ``v`` left empty or set to ``new``."""
        target = arguments[0]
        if target.type != "reference_expression" or len(arguments) != (1 if take else 2):
            raise Stop("mem::take of a value")
        place = target.named_children[-1]
        old = self.eval(place, scope)
        if take:
            new: Any = [] if isinstance(old, list) else Text("") if isinstance(old, Text) else 0
            if not isinstance(old, list | Text | int) or isinstance(old, bool):
                raise Stop("mem::take of a value without a default")
        else:
            new = self.eval(arguments[1], scope)
        self.store(place, new, scope)
        return old

    def index(self, node: Any, scope: Scope) -> Any:
        container = self.eval(node.named_child(0), scope)
        if isinstance(container, Cell):
            container = self.force(container)  # `TABLE[i]` of a lazy static
        index = self.eval(node.named_child(1), scope)
        if isinstance(container, Map):  # `table[&key]`
            return container[index]
        if isinstance(index, range | slice):
            return self.sliced(container, index)
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            raise Stop("index")
        if isinstance(container, list):
            return container[index]
        if isinstance(container, Text):  # a `str` read as bytes (`AsRef<[u8]>`)
            return Sized(container.value.encode("utf-8")[index], "u8")
        raise Stop("index of a value")

    def range_(self, node: Any, scope: Scope) -> Any:
        children = node.named_children
        text = node_text(node)
        operator = "..=" if "..=" in text else ".."
        parts = text.split(operator, 1)
        start = end = None
        index = 0
        if parts[0].strip():
            start = self.eval(children[index], scope)
            index += 1
        if parts[1].strip():
            end = self.eval(children[index], scope)
        if isinstance(start, Char) and isinstance(end, Char):  # `'a'..='z'`: its characters
            last = ord(end) + (1 if operator == "..=" else 0)
            if not 0 <= last - ord(start) <= MAX_VALUE:
                raise Stop("large range")
            return [Char(chr(code)) for code in range(ord(start), last)]
        for bound in (start, end):
            if bound is not None and not isinstance(bound, int):
                raise Stop("range of non-integers")
        if end is not None and operator == "..=":
            end += 1
        if start is not None and end is not None:
            return range(start, end)
        return slice(start, end)

    def cast(self, node: Any, scope: Scope) -> Any:
        value = self.eval(node.child_by_field_name("value"), scope)
        target = node_text(node.child_by_field_name("type"))
        if isinstance(value, Variant) and value.value is None and value.tag in self.variants:
            value = self.discriminant(value.tag)  # `Key::A as u8`
        if isinstance(value, Char):
            value = ord(value)
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, float) and target in MASKS:
            value = float_to_int(value, target)  # truncated, saturating, as Rust does
        if target in ("f32", "f64") and isinstance(value, int | float):
            return float(value)
        if not isinstance(value, int):
            raise Stop("cast")
        if target == "char":
            if not 0 <= value <= 0xFF:
                raise Stop("only u8 casts to char")
            return Char(chr(value))
        if target in MASKS:
            return Sized(value, target)
        raise Stop(f"cast to {target}")

    def tuple_(self, node: Any, scope: Scope) -> Any:
        return tuple(self.eval(c, scope) for c in node.named_children if c.type != "attribute")

    def array(self, node: Any, scope: Scope) -> Any:
        children = [c for c in node.named_children if c.type not in _SKIPPED]
        if any(c.type == ";" for c in node.children):
            if len(children) != 2:
                raise Stop("array")
            item = self.eval(children[0], scope)
            count = self.eval(children[1], scope)
            if not isinstance(count, int) or not 0 <= count <= MAX_VALUE:
                raise Stop("array length")
            return [self.copy(item) for _ in range(count)]
        if len(children) > MAX_VALUE:
            raise Stop("large array")
        items = [self.eval(c, scope) for c in children]
        if len(items) == 4 and all(c.type == "integer_literal" for c in children):
            self.literals.add(".".join(map(str, items)))  # an IPv4 address written out
        return items

    def closure(self, node: Any, scope: Scope) -> Any:
        parameters = node.child_by_field_name("parameters")
        body = node.child_by_field_name("body")
        patterns = []
        # (`_` is an unnamed node: `|acc, _|` takes two values)
        listed = [] if parameters is None else parameters.children
        for parameter in (p for p in listed if p.is_named or p.type == "_"):
            pattern = (
                parameter.child_by_field_name("pattern")
                if parameter.type == "parameter"
                else parameter
            )
            patterns.append(pattern if pattern is not None else parameter)
        return Closure(patterns, body, scope)

    def if_(self, node: Any, scope: Scope) -> Any:
        condition = node.child_by_field_name("condition")
        inner = Scope(scope)
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

    def while_(self, node: Any, scope: Scope) -> Any:
        label = loop_label(node)
        condition = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        while True:
            inner = Scope(scope)
            if condition.type == "let_condition":
                value = self.eval(condition.child_by_field_name("value"), scope)
                if not self.bind(condition.child_by_field_name("pattern"), value, inner):
                    return None
            elif not self.eval(condition, scope):
                return None
            if self.turn(body, inner, label) is not None:
                return None

    def loop(self, node: Any, scope: Scope) -> Any:
        label = loop_label(node)
        body = node.child_by_field_name("body")
        while (stop := self.turn(body, scope, label)) is None:
            pass
        return stop.value

    def for_(self, node: Any, scope: Scope) -> Any:
        label = loop_label(node)
        pattern = node.child_by_field_name("pattern")
        source = node.child_by_field_name("value")
        value = self.eval(source, scope)
        if source.type == "reference_expression" and _mutable(source) and isinstance(value, list):
            value = self.slots(value)  # `for b in &mut out`
        items = self.iterate(value)
        body = node.child_by_field_name("body")
        for item in items:
            inner = Scope(scope)
            if not self.bind(pattern, item, inner):
                raise Stop("for pattern")
            if self.turn(body, inner, label) is not None:
                return None
        return None

    def slots(self, items: list[Any]) -> Iter:
        """The elements of a list borrowed mutably, one by one."""
        return Iter((Slot(items, i) for i in range(len(items))), self.tick)

    def turn(self, body: Any, scope: Scope, label: str) -> Break | None:
        """One run of a loop's body: the `break` that ends this loop, or None to go on (a
        `continue` of this loop included; those of an outer loop go on out)."""
        try:
            self.eval(body, scope)
        except Break as stop:
            if stop.label in ("", label):
                return stop
            raise
        except Continue as skip:
            if skip.label not in ("", label):
                raise
        return None

    def match(self, node: Any, scope: Scope) -> Any:
        value = self.eval(node.child_by_field_name("value"), scope)
        body = node.child_by_field_name("body")
        for arm in body.named_children:
            if arm.type != "match_arm":
                continue
            pattern = arm.child_by_field_name("pattern")
            inner = Scope(scope)
            parts = [c for c in pattern.named_children if c.type != "line_comment"]
            guard = pattern.child_by_field_name("condition")
            matched = True if not parts or parts[0] == guard else self.bind(parts[0], value, inner)
            if matched and guard is not None:
                matched = bool(self.eval(guard, inner))
            if matched:
                return self.eval(arm.child_by_field_name("value"), inner)
        raise Stop("no arm matched")

    def jump(self, node: Any, scope: Scope) -> Any:
        label = loop_label(node)
        values = [c for c in node.named_children if c.type != "label"]
        value = self.eval(values[0], scope) if values else None
        if node.type == "return_expression":
            raise Return(value)
        if node.type == "continue_expression":
            raise Continue(label)
        raise Break(label, value)

    def try_(self, node: Any, scope: Scope) -> Any:
        value = self.eval(node.named_child(0), scope)
        if isinstance(value, Variant):
            if value.tag in ("Some", "Ok"):
                return value.value
            raise Return(value)
        raise Stop("? on a value")

    def field(self, node: Any, scope: Scope) -> Any:
        value = self.eval(node.child_by_field_name("value"), scope)
        name = node_text(node.child_by_field_name("field"))
        if isinstance(value, tuple) and name.isdigit() and int(name) < len(value):
            return value[int(name)]
        if isinstance(value, Record) and name in value.fields:
            return value.fields[name]
        if isinstance(value, Variant) and name.isdigit():  # a tuple struct without methods
            held = value.value if isinstance(value.value, tuple) else (value.value,)
            if int(name) < len(held):
                return held[int(name)]
        raise Stop("field")

    def record(self, node: Any, scope: Scope) -> Any:
        """A struct written out: ``Codes { lengths, table: vec![0; 16], ..base }``."""
        name = node_text(node.child_by_field_name("name")).rsplit("::", 1)[-1]
        name = self.owner if name == "Self" else name
        body = node.child_by_field_name("body")
        fields: dict[str, Any] = {}
        for item in body.named_children if body is not None else []:
            if item.type == "shorthand_field_initializer":
                fields[node_text(item)] = self.eval(item.named_child(0), scope)
            elif item.type == "field_initializer":
                key = node_text(item.child_by_field_name("field"))
                fields[key] = self.eval(item.child_by_field_name("value"), scope)
            elif item.type == "base_field_initializer":
                written = node_text(item.named_child(0)).replace(" ", "")
                base = (
                    self.derived_default(name)
                    if written == "Default::default()" and name in self.defaults
                    else self.eval(item.named_child(0), scope)
                )
                if not isinstance(base, Record):
                    raise Stop("struct base")
                fields = {**self.copy(base).fields, **fields}
            elif item.type not in _SKIPPED:
                raise Stop(f"struct field {item.type}")
        return Record(name, fields)

    def derived_default(self, name: str, depth: int = 0) -> Record:
        """``Type::default()`` of a struct that derives ``Default``: each field the
        default of its type (a number 0, text empty, a list, map or option empty, a
        struct of the crate's that derives it in turn)."""
        if depth > MAX_DEPTH:
            raise Stop("default nested")
        path, node = self.defaults[name]
        node = self.node(path, node)
        body = node.child_by_field_name("body")
        fields: dict[str, Any] = {}
        declared = body.named_children if body is not None else []
        for index, field in enumerate(f for f in declared if f.type in _FIELD_DECLARATIONS):
            kind = field.child_by_field_name("type")
            key = field.child_by_field_name("name")
            written = node_text(kind).replace(" ", "") if kind is not None else ""
            inner = written.rsplit("::", 1)[-1]
            if inner in self.defaults:
                value: Any = self.derived_default(inner, depth + 1)
            else:
                value = default_of(written)
            fields[node_text(key) if key is not None else str(index)] = value
        return Record(name, fields)

    def macro(self, node: Any, scope: Scope) -> Any:
        name = node_text(node.child_by_field_name("macro")).rsplit("::", 1)[-1].strip()
        tree = next((c for c in node.children if c.type == "token_tree"), None)
        if name in ("debug_assert", "debug_assert_eq", "debug_assert_ne", "assert", "assert_eq"):
            return None
        if tree is None:
            raise Stop("macro")
        if name == "vec":
            return self.vec_macro(tree, scope)
        if name in ("format", "concat"):
            return Text(self.format_macro(name, tree, scope))
        if name == "matches":
            return self.matches_macro(tree, scope)
        if name in ("include_str", "include_bytes"):
            return self.included(name, tree)
        if name == "cfg" and node_text(tree).strip("()[]{} ") in ("debug_assertions", "test"):
            return False  # the release build dependents compile, not its tests
        if name == "env" and self.manifest_dir_named(tree):
            return Text(self.manifest_dir())  # where the crate's files are
        if name == "env" and (package := self.package(self.env_variable(tree))) is not None:
            return Text(package)  # the package's name or version
        if name in ("env", "option_env"):
            raise Effect(name)  # the environment of the build: not the crate's constants
        raise Stop(f"macro {name}")

    def matches_macro(self, tree: Any, scope: Scope) -> bool:
        """``matches!(value, pattern)`` (a guard too), as the ``match`` it stands for."""
        body = (tree.text or b"")[1:-1]
        at = _top_level_comma(body)
        if at < 0:
            raise Stop("matches! without a pattern")
        value, pattern = body[:at], body[at + 1 :].rstrip(b", \n")
        source = b"match (%s) { %s => true, _ => false }" % (value, pattern)
        expression = _parse_tokens_text(source)
        if expression is None or expression.type != "match_expression":
            raise Stop("matches!")
        return bool(self.eval(expression, scope))

    def manifest_dir_named(self, tree: Any) -> bool:
        return self.env_variable(tree) == "CARGO_MANIFEST_DIR"

    def env_variable(self, tree: Any) -> str:
        """The variable ``env!`` names, written as a literal (else "")."""
        argument = _parse_tokens(tree, "(", ")")
        if argument is None or argument.type != "string_literal":
            return ""
        return node_text(argument)[1:-1]

    def included(self, name: str, tree: Any) -> Any:
        """A file of the crate that ``include_str!`` or ``include_bytes!`` names,
        relative to the file the macro is in."""
        argument = _parse_tokens(tree, "(", ")")
        if argument is None or argument.type != "string_literal":
            raise Stop("include of a computed path")
        relative = unescape(node_text(argument)[1:-1])
        path = posixpath.normpath(posixpath.join(posixpath.dirname(self.file), relative))
        data = self.files.get(path)
        if data is None or len(data) > MAX_VALUE:
            raise Stop("included file not at hand")
        self.tick(len(data) // 64)
        if name == "include_bytes":
            return list(data)
        text = data.decode("utf-8", errors="replace")
        self.literals.add(text)  # in plain sight, in the crate's file
        return Text(text)

    def vec_macro(self, tree: Any, scope: Scope) -> Any:
        expression = _parse_tokens(tree, "[", "]")
        if expression is None:
            raise Stop("vec!")
        return self.eval(expression, scope)

    def format_macro(self, name: str, tree: Any, scope: Scope) -> str:
        expression = _parse_tokens(tree, "(", ")")
        if expression is None or expression.type != "tuple_expression":
            single = expression if expression is not None else None
            items = [single] if single is not None else []
        else:
            items = list(expression.named_children)
        # (`width = 8` among the arguments: a named argument, not an assignment)
        named = {
            node_text(item.child_by_field_name("left")): item.child_by_field_name("right")
            for item in items
            if item.type == "assignment_expression"
        }
        items = [item for item in items if item.type != "assignment_expression"]
        values = [self.eval(item, scope) for item in items]
        if name == "concat":
            return "".join(text_value(v) for v in values)
        if not values or not isinstance(values[0], Text):
            raise Stop("format!")
        pieces = format_pieces(values[0].value)
        if pieces is None:
            raise Stop("format! template")
        arguments = values[1:]
        out: list[str] = []
        index = 0
        for piece in pieces:
            if isinstance(piece, str):
                self.literals.add(piece)  # in plain sight
                out.append(piece)
                continue
            if piece.argument:
                value = self.format_argument(piece.argument, arguments, named, scope)
            else:
                value = arguments[index]
                index += 1
            out.append(
                formatted(
                    value,
                    piece.spec,
                    lambda name: self.format_argument(name, arguments, named, scope),
                )
            )
        text = "".join(out)
        if len(text) > MAX_VALUE:
            raise Stop("large string")
        return text

    def option_place(
        self, target: Any, option: Variant, method: str, values: list[Any], scope: Scope
    ) -> Any:
        """``head.take()``, ``slot.get_or_insert_with(f)``, ``x.replace(v)``,
        ``x.insert(v)``: an ``Option`` changed where it is kept."""
        present = option.tag == "Some"
        if method == "take":
            self.store(target, NONE, scope)
            return option
        if method == "replace" and len(values) == 1:
            self.store(target, Variant("Some", values[0]), scope)
            return option
        if method == "insert" and len(values) == 1:
            self.store(target, Variant("Some", values[0]), scope)
            return values[0]
        if method in ("get_or_insert_with", "get_or_insert") and len(values) == 1:
            if present:
                return option.value
            value = values[0] if method == "get_or_insert" else self.apply(values[0], [])
            self.store(target, Variant("Some", value), scope)
            return value
        return self.method(option, method, values, "")

    def format_argument(
        self, name: str, arguments: list[Any], named: dict[str, Any], scope: Scope
    ) -> Any:
        """A ``format!`` argument by position or name (a named argument of the call, a
        local variable or a constant)."""
        if name.isdigit():
            return arguments[int(name)]
        if name in named:
            return self.eval(named[name], scope)
        return scope.get(name) if scope.has(name) else self.constant(name)

    def call_expression(self, node: Any, scope: Scope) -> Any:
        function = node.child_by_field_name("function")
        arguments = [
            c
            for c in node.child_by_field_name("arguments").named_children
            if c.type not in _SKIPPED
        ]
        turbofish = ""
        if function.type == "generic_function":
            turbofish = node_text(function.child_by_field_name("type_arguments"))
            function = function.child_by_field_name("function")
        if function.type == "field_expression":
            target = function.child_by_field_name("value")
            method = node_text(function.child_by_field_name("field"))
            if method in _SLICE_WRITES and target.type == "index_expression" and arguments:
                return self.slice_written(target, method, self.eval(arguments[0], scope), scope)
            receiver = self.eval(target, scope)
            values = [self.eval(a, scope) for a in arguments]
            if isinstance(receiver, Variant) and method in _OPTION_PLACES:
                return self.option_place(target, receiver, method, values, scope)
            if isinstance(receiver, Record):
                entry = self.methods.get(f"{receiver.name}::{method}", self.methods.get(method))
                if entry is not None:
                    return self.invoke(entry, values, receiver)
                if f"{receiver.name}::next" in self.methods:  # `Keystream::new(k).take(8)`
                    return self.iter_method(self.iterate(receiver), method, values, turbofish)
            try:
                return self.method(receiver, method, values, turbofish)
            except NoMethod:
                # a trait of the crate implemented for a library type (`impl Beaufort for str`)
                entry = self.methods.get(method)
                if entry is None:
                    raise
                return self.invoke(entry, values, receiver)
        if function.type in ("index_expression", "parenthesized_expression", "call_expression"):
            # `table[pick(i)](b)`, `(self.step)(x)`, `make()(x)`: a function value called
            callee = self.eval(function, scope)
            return self.apply(callee, [self.eval(a, scope) for a in arguments])
        path = node_text(function).replace(" ", "")
        if path.endswith(("mem::take", "mem::replace")) and arguments:
            return self.moved_out(path.endswith("take"), arguments, scope)
        values = [self.eval(a, scope) for a in arguments]
        if function.type == "identifier" and scope.has(node_text(function)):
            return self.apply(scope.get(node_text(function)), values)
        name = path.rsplit("::", 1)[-1]
        if (
            path in CONSTRUCTORS
            or name in ("Some", "Ok", "Err")
            or (
                "::" in path
                and (path.rsplit("::", 2)[-2] in MASKS or path.rsplit("::", 2)[-2] in STATIC_OWNERS)
            )
        ):
            return self.builtin(path, values, turbofish)
        owner = path.rsplit("::", 2)[-2] if "::" in path else ""
        owner = self.owner if owner == "Self" else owner
        if name == "default" and not values and owner in self.defaults:
            return self.derived_default(owner)
        entry = self.functions.get(f"{owner}::{name}", self.functions.get(name))
        if entry is not None:
            return self.invoke(entry, values)
        by_path = self.methods.get(f"{owner}::{name}", self.methods.get(name))
        if by_path is not None and values:  # `Mirror::mirror(text)`: a method called by path
            return self.invoke(by_path, values[1:], values[0])
        if owner and _VARIANT.match(name) and owner not in STATIC_OWNERS:
            # `Step::Xor(0x21)`: a variant of the crate's enum, holding its values
            return Variant(name, values[0] if len(values) == 1 else tuple(values))
        if not owner and _VARIANT.match(name := self.owner if name == "Self" else name):
            if any(key.startswith(f"{name}::") for key in self.methods):
                # `Lfsr(seed)`: a tuple struct with methods, its fields `.0`, `.1`
                return Record(name, {str(i): value for i, value in enumerate(values)})
            # `Lit(b'h')`: a variant brought in by `use Token::*` (or a plain tuple struct)
            return Variant(name, values[0] if len(values) == 1 else tuple(values))
        return self.builtin(path, values, turbofish)

    def slice_written(self, target: Any, method: str, value: Any, scope: Scope) -> None:
        """``out[4..8].copy_from_slice(&w.to_le_bytes())``, ``buf[..n].fill(0)``: the part
        of the list written in place."""
        container = self.eval(target.named_child(0), scope)
        span = self.eval(target.named_child(1), scope)
        if not isinstance(container, list) or not isinstance(span, range | slice):
            raise Stop("a slice written of a value")
        start, stop, _ = (
            span if isinstance(span, slice) else slice(span.start, span.stop)
        ).indices(len(container))
        items = [value] * (stop - start) if method == "fill" else list(value)
        if (not isinstance(value, list) and method != "fill") or len(items) != stop - start:
            raise Stop("slice lengths differ")  # a panic in Rust
        self.tick(len(items))
        container[start:stop] = items

    def iterate(self, value: Any) -> Iter:
        """The library's iterables, and a value of the crate's own ``Iterator`` (a struct
        with a ``next`` method): drawn by running ``next`` until it returns ``None``."""
        if isinstance(value, Record) and (entry := self.methods.get(f"{value.name}::next")):
            return Iter(self.drawn(entry, value), self.tick)
        return super().iterate(value)

    def drawn(self, entry: tuple[str, Any], record: Record) -> Iterator[Any]:
        while isinstance(item := self.invoke(entry, [], record), Variant) and item.tag == "Some":
            yield item.value


def hidden_texts(outcome: Outcome) -> list[tuple[str, str]]:
    """The texts a call returned (one, or each of a tuple's or of a list of texts: a
    table of paths and hosts decoded at once) or decoded on the way (``Outcome.made``),
    each with which it was, that read as text and were not in plain sight: at least
    ``_MIN_HIDDEN`` letters or digits of their words are in none of the literals the call
    was given or read (a function that only formats its arguments, or takes a piece of a
    literal, hides nothing)."""
    value = outcome.value
    several = isinstance(value, list) and value and all(isinstance(v, Text) for v in value)
    values = value if isinstance(value, tuple) or several else (value,)
    literals = [literal.lower() for literal in outcome.literals if len(literal) >= 2]
    returned = [text for value in values if (text := _hidden(value, literals))]
    made = [text for value in map(Text, outcome.made) if (text := _hidden(value, literals))]
    shown = " ".join(returned).lower()
    return [(text, "returned") for text in returned] + [
        (text, "decoded")
        for text in dict.fromkeys(made)
        if not all(word in shown for word in _WORDS.findall(text.lower()))  # more than returned
    ]


def _printable(data: list[int]) -> bool:
    """Whether bytes read as text: printable ASCII, tabs and line breaks."""
    return all(0x20 <= b < 0x7F or b in (9, 10, 13) for b in data)


def _hidden(value: Any, literals: list[str]) -> str | None:
    if isinstance(value, Variant) and value.tag in ("Some", "Ok"):
        value = value.value
    if isinstance(value, Text):
        text = value.value
    elif isinstance(value, list) and value and all(isinstance(b, int) for b in value):
        if not _printable(value):
            # ... or text after binary bytes, behind their last NUL: a trailer appended to
            # an image or a table (`bitmap \0 rcpt \n subject`), or before NULs that pad
            # it to a table's length
            if not all(0 <= b < 0x100 for b in value):
                return None
            data = bytes(value).rstrip(b"\0")
            value = list(data[data.rfind(b"\0") + 1 :])
            if not value or not _printable(value):
                return None
        text = bytes(value).decode("ascii")
    else:
        return None
    text = text.strip("\0 \n")
    # (a script or a snippet of code is several lines)
    if len(text) < _MIN_HIDDEN or not _LINE_BREAKS.sub("", text).isprintable():
        return None
    # the words and numbers of the text that no literal holds (in any letter case); what
    # percent-encoding adds is not hidden (`is%3Apr` is a query's `is:pr`, put in a URL)
    plain = unquote_plus(text) if _PERCENT_ESCAPE.search(text) else text
    words = _WORDS.findall(plain.lower())
    unseen = sum(len(w) for w in words if not any(w in literal for literal in literals))
    return text if unseen >= _MIN_HIDDEN else None


def _mutable(node: Any) -> bool:
    """Whether a `let` or a parameter binds its name `mut`."""
    return any(child.type == "mutable_specifier" for child in node.children)


def _top_level_comma(tokens: bytes) -> int:
    """Where the first comma outside brackets is in a macro's tokens, or -1."""
    commas = top_level(tokens.decode("latin-1"), ",", "([{", ")]}")  # (one byte a character)
    return commas[0] if commas else -1


def _is_rest(pattern: Any) -> bool:
    """``..`` or ``name @ ..`` in a slice pattern."""
    return pattern.type == "remaining_field_pattern" or (
        pattern.type == "captured_pattern"
        and any(c.type == "remaining_field_pattern" for c in pattern.named_children)
    )


def _subpatterns(pattern: Any) -> list[Any]:
    """The patterns inside a tuple, slice or tuple-struct pattern, `_` included (which
    the syntax tree does not name)."""
    return [c for c in pattern.children if c.type not in ("(", ")", "[", "]", ",", "::")]


def _parse_tokens(tree: Any, opening: str, closing: str) -> Any:
    """A macro's token tree parsed as an expression (``vec![..]`` as an array,
    ``format!(..)`` as a tuple), or None."""
    body = (tree.text or b"")[1:-1]
    return _parse_tokens_text(opening.encode() + body + closing.encode())


def _parse_tokens_text(expression: bytes) -> Any:
    """Rust text parsed as one expression, or None."""
    from cratewatch.scan.syntax import parser

    if len(expression) > MAX_VALUE:
        return None
    source = b"const _: () = " + expression + b";"
    root = parser().parse(source).root_node
    if root.has_error:
        return None
    item = root.named_child(0)
    value = item.child_by_field_name("value") if item is not None else None
    if value is not None and value.type == "parenthesized_expression":
        return value.named_child(0)
    return value


_HANDLERS: Final[dict[str, Callable[[Interpreter, Any, Scope], Any]]] = {
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
    "struct_expression": Interpreter.record,
    "self": lambda self, node, scope: self.identifier(node, scope),
    "macro_invocation": Interpreter.macro,
    "call_expression": Interpreter.call_expression,
    "unit_expression": lambda self, node, scope: None,
    "expression_statement": lambda self, node, scope: self.eval(node.named_child(0), scope),
    "let_declaration": lambda self, node, scope: self.let(node, scope),
}
