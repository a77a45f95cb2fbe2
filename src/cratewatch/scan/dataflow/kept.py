"""A file's facts kept between scans, without its syntax tree.

The data flow follows a compilation unit as a whole, so a new version that changes two
files of a large unit used to parse and summarise all of them again. Instead, what one
file gives the analysis (its functions' headers and summarised bodies, its constants'
values, its definitions for the interpreter) is kept by the scan cache under the file's
contents, and only the files that changed are parsed.

Facts hold syntax nodes the interpreter may run (a call's arguments, a function's body
or a constant's value); kept, each stands as its ``Span`` and is found again by parsing
its file only when it is run (``Definitions.node``). A body is kept summarised only
where its walk was whole (its nodes counted, so that a unit's node budget is spent as
it would be on the syntax tree); otherwise as its header, to be walked again.

Kept facts are plain JSON lists. ``decoded`` checks every value's type and raises
``ValueError`` for anything of another shape: a cache entry that is not ours is a miss.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from cratewatch.scan.dataflow.facts import Call, Expr, Function, Sink
from cratewatch.scan.dataflow.summary import function_headers
from cratewatch.scan.interpret import Definitions
from cratewatch.scan.memo import (
    checked_bool,
    checked_int,
    checked_list,
    checked_string,
    checked_strings,
)
from cratewatch.scan.syntax import Span

__all__ = ["FileFacts", "decoded", "encoded", "parsed"]

_TABLES: Final = ("functions", "methods", "constants", "variants", "defaults")  # ``Definitions``
_ABSENT: Final[tuple[list[Any], ...]] = ([],) * 10  # an expression's fields left out (``_expr``)


class FileFacts:
    """What the data flow knows of one file: each function with its body (a node, or
    its ``Span`` when kept), the nodes its summarised body took (None while the body is
    not summarised), the values of the file's constants and its definitions."""

    def __init__(
        self,
        headers: list[tuple[Function, Any]],
        walked: list[int | None],
        constants: dict[str, str],
        definitions: Definitions,
        fresh: bool,
    ) -> None:
        self.headers = headers
        self.walked = walked
        self.constants = constants
        self.definitions = definitions
        self.changed = fresh  # not as kept: to be kept again


def parsed(path: str, data: bytes) -> FileFacts:
    """A file's facts from its syntax tree, its bodies not summarised yet."""
    constants: dict[str, str] = {}
    definitions = Definitions()
    headers = function_headers(path, data, constants, definitions)
    return FileFacts(headers, [None] * len(headers), constants, definitions, True)


def encoded(facts: FileFacts) -> list[Any]:
    """``facts`` as JSON values (every node as its span)."""
    tables = _Tables()
    functions = [
        _function(function, tables, nodes is not None)
        for (function, _), nodes in zip(facts.headers, facts.walked, strict=True)
    ]
    exprs, calls = tables.encoded()
    definitions = [
        [kind, name, _span(node)]
        for kind in _TABLES
        for name, entries in getattr(facts.definitions, kind).items()
        for _, node in entries
    ]
    return [
        functions,
        [_span(body) for _, body in facts.headers],
        facts.walked,
        list(facts.constants.items()),
        definitions,
        exprs,
        calls,
    ]


def decoded(path: str, value: Any) -> FileFacts:
    """The facts ``encoded`` gave for the file ``path``; ``ValueError`` if ``value``
    is not of their shape."""
    functions, bodies, walked, constants, definitions, expr_table, call_table = _fields(value, 7)
    # (made empty and filled below: an Expr's own empty containers would be thrown away)
    exprs = [Expr.__new__(Expr) for _ in checked_list(expr_table)]

    def expr(number: Any) -> Expr:
        if type(number) is not int or not 0 <= number < len(exprs):
            raise ValueError("not an expression")
        return exprs[number]

    calls = [_call_of(raw, expr) for raw in checked_list(call_table)]

    def call(number: Any) -> Call:
        if type(number) is not int or not 0 <= number < len(calls):
            raise ValueError("not a call")
        return calls[number]

    for target, raw in zip(exprs, expr_table, strict=True):
        _fill(target, raw, expr, call)
    headers = [
        (_function_of(path, raw, expr), _span_of(body))
        for raw, body in zip(checked_list(functions), checked_list(bodies), strict=True)
    ]
    steps = [None if n is None else checked_int(n) for n in checked_list(walked)]
    if len(steps) != len(headers):
        raise ValueError("walked")
    kept = Definitions()
    for kind, name, span in (_fields(d, 3) for d in checked_list(definitions)):
        if kind not in _TABLES:
            raise ValueError("definition")
        getattr(kept, kind).setdefault(checked_string(name), []).append((path, _span_of(span)))
    values = {
        checked_string(name): checked_string(text)
        for name, text in (_fields(c, 2) for c in checked_list(constants))
    }
    return FileFacts(headers, steps, values, kept, False)


class _Tables:
    """The expressions and calls of a file's facts, each kept once and named by its
    index: one object may be held in several places (a call in the expressions that
    merged it), and the analysis tells objects apart (a call is run once)."""

    def __init__(self) -> None:
        self.exprs: list[Expr] = []
        self.calls: list[Call] = []
        index: dict[int, int] = {}

        def ref(table: list[Any]) -> Callable[[Any], int]:
            def named(item: Any) -> int:
                found = index.get(id(item))
                if found is None:
                    found = index[id(item)] = len(table)
                    table.append(item)
                return found

            return named

        self.expr: Callable[[Expr], int] = ref(self.exprs)
        self.call: Callable[[Call], int] = ref(self.calls)

    def encoded(self) -> tuple[list[Any], list[Any]]:
        exprs: list[Any] = []
        calls: list[Any] = []
        # (the tables grow while they are read: what their items hold)
        while len(exprs) < len(self.exprs) or len(calls) < len(self.calls):
            exprs += [_expr(e, self) for e in self.exprs[len(exprs) :]]
            calls += [_call(c, self) for c in self.calls[len(calls) :]]
        return exprs, calls


# -- encoding


def _span(node: Any) -> list[Any]:
    if isinstance(node, Span):
        return [node.start, node.end, node.kind]
    return [node.start_byte, node.end_byte, node.type]


def _function(function: Function, tables: _Tables, walked: bool) -> list[Any]:
    ref = tables.expr
    flags = [function.method, function.decoder, function.yields_text]
    flags += [function.yields_address, function.decodes_table]
    header = [
        function.name,
        function.line,
        sum(1 << bit for bit, flag in enumerate(flags) if flag),  # (decoded in this order)
        [list(c) for c in function.calls_on_constants],
        function.bound_constants,
        [list(names) for names in function.params],
        [sorted(labels) for labels in function.inputs],
        list(function.owners),
    ]
    if not walked:
        return [header, None]
    body = [
        [[list(names), ref(e)] for names, e in function.bindings],
        [[name, ref(e)] for name, e in function.fields],
        [[name, ref(e)] for name, e in function.statics],
        [list(names) for names in function.aliases],
        [ref(e) for e in function.effects],
        ref(function.returns),
        [_sink(sink, ref) for sink in function.sinks],
        sorted(function.written),
    ]
    return [header, body]


def _sink(sink: Sink, ref: Callable[[Expr], int]) -> list[Any]:
    content = None if sink.content is None else ref(sink.content)
    return [
        sink.kind,
        ref(sink.data),
        ref(sink.destination),
        sink.line,
        sink.socket,
        sink.action,
        sink.destination_in_data,
        content,
    ]


def _expr(expr: Expr, tables: _Tables) -> list[Any]:
    """An expression's fields, without the empty ones at the end (most are empty)."""
    ref, call = tables.expr, tables.call
    fields = [
        sorted(expr.names) if expr.names else [],
        sorted(expr.fields) if expr.fields else [],
        sorted(expr.labels) if expr.labels else [],
        [call(c) for c in expr.calls] if expr.calls else [],
        [ref(e) for e in expr.reads] if expr.reads else [],
        expr.strings,
        [ref(e) for e in expr.variables] if expr.variables else [],
        [ref(e) for e in expr.parsed] if expr.parsed else [],
        [ref(e) for e in expr.received] if expr.received else [],
        [ref(e) for e in expr.dropped] if expr.dropped else [],
    ]
    while fields and not fields[-1]:
        fields.pop()
    return fields


def _call(call: Call, tables: _Tables) -> list[Any]:
    return [
        call.name,
        call.method,
        [tables.expr(e) for e in call.args],
        list(call.places),
        [_span(node) for node in call.arguments],
        call.line,
        None if call.tokens is None else _span(call.tokens),
        call.owner,
    ]


# -- decoding, every value checked


def _function_of(path: str, raw: Any, expr: Callable[[Any], Expr]) -> Function:
    header, body = _fields(raw, 2)
    name, line, flags, calls, bound, params, inputs, owners = _fields(header, 8)
    if type(flags) is not int or not 0 <= flags < 32:
        raise ValueError("not flags")
    function = Function(path, checked_string(name), checked_int(line), bool(flags & 1))
    function.decoder = bool(flags & 2)
    function.yields_text = bool(flags & 4)
    function.yields_address = bool(flags & 8)
    function.decodes_table = bool(flags & 16)
    function.calls_on_constants = [
        (checked_string(callee), checked_string(constant), checked_bool(named))
        for callee, constant, named in (_fields(c, 3) for c in checked_list(calls))
    ]
    function.bound_constants = checked_strings(bound)
    function.params = [tuple(checked_strings(names)) for names in checked_list(params)]
    function.inputs = [frozenset(checked_strings(labels)) for labels in checked_list(inputs)]
    function.owners = tuple(checked_strings(owners))
    if body is None:
        return function
    bindings, fields, statics, aliases, effects, returns, sinks, written = _fields(body, 8)
    function.bindings = [
        (tuple(checked_strings(names)), expr(e))
        for names, e in (_fields(b, 2) for b in checked_list(bindings))
    ]
    function.fields = [
        (checked_string(n), expr(e)) for n, e in (_fields(f, 2) for f in checked_list(fields))
    ]
    function.statics = [
        (checked_string(n), expr(e)) for n, e in (_fields(f, 2) for f in checked_list(statics))
    ]
    function.aliases = [tuple(checked_strings(names)) for names in checked_list(aliases)]
    function.effects = _exprs(effects, expr)
    function.returns = expr(returns)
    function.sinks = [_sink_of(raw_sink, expr) for raw_sink in checked_list(sinks)]
    function.written = set(checked_strings(written))
    return function


def _sink_of(raw: Any, expr: Callable[[Any], Expr]) -> Sink:
    kind, data, destination, line, socket, action, in_data, content = _fields(raw, 8)
    return Sink(
        checked_string(kind),
        expr(data),
        expr(destination),
        checked_int(line),
        checked_bool(socket),
        checked_string(action),
        checked_bool(in_data),
        None if content is None else expr(content),
    )


def _fill(target: Expr, raw: Any, expr: Callable[[Any], Expr], call: Callable[[Any], Call]) -> None:
    if type(raw) is not list or len(raw) > 10:
        raise ValueError("not an expression")
    # (the empty fields left out at the end; most fields are empty: read without a call)
    whole: list[Any] = [*raw, *_ABSENT[len(raw) :]]
    names, fields, labels, calls, reads, strings, variables, parsed, received, dropped = whole
    target.names = set(checked_strings(names)) if names != [] else set()
    target.fields = set(checked_strings(fields)) if fields != [] else set()
    target.labels = set(checked_strings(labels)) if labels != [] else set()
    target.calls = [call(number) for number in checked_list(calls)] if calls != [] else []
    target.reads = _exprs(reads, expr) if reads != [] else []
    target.strings = checked_strings(strings) if strings != [] else []
    target.variables = _exprs(variables, expr) if variables != [] else []
    target.parsed = _exprs(parsed, expr) if parsed != [] else []
    target.received = _exprs(received, expr) if received != [] else []
    target.dropped = _exprs(dropped, expr) if dropped != [] else []


def _call_of(raw: Any, expr: Callable[[Any], Expr]) -> Call:
    name, method, args, places, arguments, line, tokens, owner = _fields(raw, 8)
    return Call(
        checked_string(name),
        checked_bool(method),
        tuple(_exprs(args, expr)),
        tuple(checked_strings(places)),
        tuple(_span_of(node) for node in checked_list(arguments)),
        checked_int(line),
        None if tokens is None else _span_of(tokens),
        checked_string(owner),
    )


def _span_of(raw: Any) -> Span:
    if type(raw) is list and len(raw) == 3:
        start, end, kind = raw
        if type(start) is int and type(end) is int and type(kind) is str:
            return Span(start, end, kind)
    raise ValueError("not a span")


def _fields(raw: Any, count: int) -> list[Any]:
    if type(raw) is not list or len(raw) != count:
        raise ValueError(f"not {count} fields")
    return raw


def _exprs(raw: Any, expr: Callable[[Any], Expr]) -> list[Expr]:
    return [expr(e) for e in checked_list(raw)]
