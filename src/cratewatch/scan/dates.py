"""Date gates: code that behaves differently from a fixed date on.

A time bomb compares the wall clock with a date. Written out (``now > 1_800_000_000``),
the date is a rule's pattern (``capability-fixed-date``); a time bomb that hides
computes it instead (``20_000 + 673 + 365`` days, ``((0x51 << 8) | 0xEA) * 86_400``),
keeps it in a constant or a function of another file, and reads the clock in a helper
(``fn today() -> u64``). Here the comparison is found on the syntax tree: one side
reads the clock (directly, through a local bound to it, or through the crate's own
functions that return it), the other is computed by the interpreter
(``scan/interpret/``) from constants, and its value is a date from 2017 to 2039 in
seconds, milliseconds or days since 1970, or such a year.

A gate and a random draw in one condition (``settling() && rng.next() % 100 < 80``) act
on a share of calls only, from that date on: sabotage that passes for a flaky network
or a bad disk, as in the NuGet packages of 2023-2025 that stopped industrial
controllers with a probability after dates years ahead.

Evidence: ``capability-fixed-date`` and ``capability-environment-gate`` at each such
comparison, ``capability-random-share`` at each such condition, and, in a unit with a
date gate, ``capability-value-operation`` at each arithmetic or conversion it defines
(a ``From``, an operator: a value made wrong from the date on). They are steps of the
flow rules (``threat-time-bomb``, ``threat-gated-sabotage``), joined along calls like
the steps the rules find (``flows.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import UTC, datetime
from functools import cache, lru_cache, partial
from itertools import islice
from typing import Any, Final

from cratewatch.scan.analyze import Context, Evidence, Lines
from cratewatch.scan.dataflow.summary import function_bodies
from cratewatch.scan.interpret import Definitions, Interpreter, Spent
from cratewatch.scan.interpret.values import Text
from cratewatch.scan.syntax import node_text, parser

__all__ = ["CLOCK", "Search", "date_evidence", "found_in", "search_pattern"]

#: what reads the wall clock (not a monotonic one: ``Instant`` holds no date)
CLOCK: Final = re.compile(
    r"\b(SystemTime::now|Utc::now|Local::now|Utc::today|Local::today"
    r"|OffsetDateTime::now_(utc|local)|Timestamp::now|Zoned::now|Date::now)\b"
)
_COMPARISONS: Final = frozenset({">", ">=", "<", "<=", "=="})
_DAY: Final = 86_400
_FIRST: Final = 1_483_228_800  # 2017-01-01: a date before is no bomb of a crate's
_LAST: Final = 2_208_988_800  # 2040-01-01
_TIME_TYPE: Final = re.compile(
    r"\b([ui](32|64|128)|f64|SystemTime|Duration|DateTime|NaiveDate(Time)?|OffsetDateTime"
    r"|Timestamp|Date|Zoned)\b"
)
_HELPER_LINES: Final = 15  # a helper that returns the time is short: `fn today() -> u64`
_IN_DAYS: Final = re.compile(r"86_?400|\bdays?\b|_days?\b|num_days")
# (JavaScript's `Date::now()` of `js_sys` counts milliseconds)
_IN_MILLISECONDS: Final = re.compile(r"millis|_ms\b|\bDate::now\b")
_IN_MONTHS: Final = re.compile(r"\*\s*12\b")  # a year counted in months (`y * 12 + m - 1`)
_WORD: Final = re.compile(r"[A-Za-z_]\w*")
# a date a date library makes of parts (`NaiveDate::from_ymd_opt(2027, 2, 1)`,
# `Utc.with_ymd_and_hms(2027, 2, 1, 0, 0, 0)`) or of text (`NaiveDate::parse_from_str(&d,
# "%Y%m%d")`), compared with the clock where the comparison itself holds only a local
_FROM_PARTS: Final = r"from_ymd(_opt)?|with_ymd_and_hms"
_FROM_TEXT: Final = r"parse_from_str|parse_from_rfc3339|parse_from_rfc2822"
_DATE_FROM_PARTS: Final = re.compile(rf"\b({_FROM_PARTS})\Z")
_DATE_FROM_TEXT: Final = re.compile(rf"\b({_FROM_TEXT})\Z")
_MAKES_DATE: Final = re.compile(rf"\b({_FROM_PARTS}|{_FROM_TEXT})\b")
_DATE_TEXT: Final = re.compile(r"\s*(20[1-3]\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])\b")
# the clock's day written as the number YYYYMMDD (`y * 10_000 + m * 100 + d`, or `%Y%m%d`
# formatted and parsed): a date compared with it is a number of eight digits
_AS_DIGITS: Final = re.compile(r"\*\s*10_?000\b|%Y%m%d")
_RANDOM: Final = re.compile(
    r"\bgen_(bool|ratio|range)\b|\brandom\s*(::\s*<[^>]*>\s*)?\(|\bthread_rng\b|\bfastrand::"
)
#: files of a unit parsed for the functions a gate reads the clock or a date through
MAX_FILES: Final = 64
#: ``matches!`` macros of one function read for a comparison in a guard
MAX_MACROS: Final = 64
#: ``let`` declarations run before a comparison, for the locals its date is computed from
MAX_LETS: Final = 16
#: an arithmetic or conversion on values: `From` / `TryFrom`'s `from`, an operator trait's
#: method (`mul(self, ..)`, `neg(self)`, `mul_assign(&mut self, ..)`), `Sum` / `Product`'s
#: `sum<I>` (not a collection's `add(&mut self, ..)`). Read only in a unit where a date gate
#: was found: most crates define many, and compare no date with the clock.
_VALUE_OPERATION: Final = re.compile(
    rb"\bfn\s+(?:(?:from|try_from)\s*\("
    rb"|(?:add|sub|mul|div|rem|neg|bitand|bitor|bitxor|shl|shr)\s*\(\s*(?:mut\s+)?self\b"
    rb"|(?:add|sub|mul|div|rem)_assign\s*\(\s*&\s*mut\s+self\s*,"
    rb"|(?:sum|product)\s*<\s*I\b)"
)
#: operations reported per unit (each a step the flows join along calls)
MAX_OPERATIONS: Final = 2_000
#: interpreter steps per unit: a date is a few operations on constants, or a setting decoded
#: from a table or a file the crate carries (a log of a few hundred lines parsed line by line)
_STEPS: Final = 200_000
#: ... per date computed: one that decodes forever leaves the others theirs
_CALL_STEPS: Final = 50_000
_ROUNDS: Final = 3  # of helpers calling helpers (`today` → `settling` → its callers)


#: The files among ``paths`` that a pattern is found in: how ``date_evidence`` picks the
#: files it parses next (the scan cache records what it answered, and asks again).
Search = Callable[[re.Pattern[bytes], list[str]], list[str]]


# the shapes of the patterns searched with (``_call_pattern``, ``_definition_pattern``):
# names of the crate's code, one of which is called or defined
_SEARCHED: Final = re.compile(
    r"\\b\((const\|static\|fn\)\\s\+\()?\w+(\|\w+)*\)"
    r"(?(1)\\b|\\s\*\\\()"
)


def search_pattern(text: str) -> re.Pattern[bytes] | None:
    """A pattern ``date_evidence`` searched with, from its text as kept (by the scan
    cache, whose file may be shared: a text of any other shape, which could take any
    time to search with, is None)."""
    return re.compile(text.encode()) if _SEARCHED.fullmatch(text) else None


def found_in(files: Mapping[str, bytes]) -> Search:
    def search(pattern: re.Pattern[bytes], paths: list[str]) -> list[str]:
        return [path for path in paths if pattern.search(files[path])]

    return search


def date_evidence(
    files: Mapping[str, bytes],
    unit: Mapping[str, Context],
    readers: Collection[str],
    resources: Mapping[str, bytes],
    search: Search | None = None,
) -> list[Evidence]:
    """The date gates of one compilation unit (``unit``: its Rust files' contexts),
    whose files ``readers`` read the clock (``capability-clock-read``). Of the unit's
    other files, only those ``search`` finds a pattern in are read (``files[path]``)."""
    readers = sorted(path for path in readers if path in unit)
    if not readers:
        return []
    search = search or found_in(files)
    definitions = Definitions(resources)
    constants: dict[str, str] = {}
    parsed: dict[str, list[tuple[Any, Any]]] = {}  # path: (function item, body)

    def parse(path: str) -> None:
        parsed[path] = function_bodies(path, files[path], constants, definitions)

    for path in readers[:MAX_FILES]:
        parse(path)
    for _ in range(_ROUNDS):
        clock = _clock_functions(parsed)
        compared = _clock_comparisons(parsed, clock)
        gates = _gate_functions(parsed, compared)
        wanted = _unparsed(search, unit, parsed, _call_pattern(frozenset(clock) | gates))
        if not wanted or len(parsed) >= MAX_FILES:
            break
        for path in wanted[: MAX_FILES - len(parsed)]:
            parse(path)
    # the files that define the names the dates are computed from, in the comparison or
    # in the local it compares with (`let cutover = snapshot(0).parse()..; now < cutover`)
    bodies = {body.id: body for headers in parsed.values() for _, body in headers}
    names = set()
    for body_id, found in compared.items():
        bindings = cache(partial(_bindings, bodies[body_id]))
        lets = _ordered_lets(bodies[body_id])
        named = {let.id: _identifiers(let) for let in lets[0]}  # (read once for all)
        for node, _, _, other in found:
            read = set().union(*map(_identifiers, {other, _bound_value(other, bindings)}))
            # ... or in the lets the comparison runs after (`let date = text(2);`)
            before = [named[let.id] for let in _lets_before(*lets, node)]
            names |= _names_from(read, before)
    # ... or a date library makes the date elsewhere in the comparing function
    for body_id in compared:
        if _MAKES_DATE.search(node_text(bodies[body_id])):
            names |= _identifiers(bodies[body_id])
    for _ in range(_ROUNDS):
        # ... and in turn the names those functions use (`text(2)` → `fingerprint(..)`)
        names |= set().union(
            *(
                _identifiers(body)
                for headers in parsed.values()
                for function, body in headers
                if _name(function) in names
            )
        )
        defining = _unparsed(search, unit, parsed, _definition_pattern(names))
        if not defining or len(parsed) >= MAX_FILES:
            break
        for path in defining[: MAX_FILES - len(parsed)]:
            parse(path)
    interpreter = Interpreter(definitions, _STEPS, _CALL_STEPS)
    evidence: list[Evidence] = []
    try:
        for path in sorted(parsed):
            for _, body in parsed[path]:
                found = compared.get(body.id, [])
                evidence += _gates_in(path, unit[path], body, found, gates, interpreter)
    except Spent:
        pass  # the crate's steps are spent: what was found stands
    if any(e.rule == "capability-fixed-date" for e in evidence):
        evidence += _value_operations(files, unit)
    return evidence


def _value_operations(files: Mapping[str, bytes], unit: Mapping[str, Context]) -> list[Evidence]:
    """``capability-value-operation`` at each arithmetic or conversion the unit's code
    outside tests defines (``_VALUE_OPERATION``), at most ``MAX_OPERATIONS``."""
    found: list[Evidence] = []
    for path, context in sorted(unit.items()):
        if context is Context.TEST:
            continue
        data = files[path]
        lines = Lines(data)  # (snippets in time bounded by their length, not the line's)
        line, counted = 1, 0
        for match in _VALUE_OPERATION.finditer(data):
            if len(found) >= MAX_OPERATIONS:
                return found
            line += data.count(b"\n", counted, match.start())
            counted = match.start()
            found.append(Evidence("capability-value-operation", path, line, lines(line), context))
    return found


def _clock_functions(parsed: Mapping[str, list[tuple[Any, Any]]]) -> dict[str, str]:
    """The unit's short functions returning a number or a time that read the clock,
    directly or through another of them: each name with its body's text (which says
    in what unit it counts: days, milliseconds)."""
    found: dict[str, str] = {}
    for _ in range(_ROUNDS):
        calling = _call_pattern(frozenset(found))
        before = len(found)
        for function, body in _returning(parsed):
            kind = function.child_by_field_name("return_type")
            lines = body.end_point[0] - body.start_point[0]
            if kind is None or lines > _HELPER_LINES or not _TIME_TYPE.search(node_text(kind)):
                continue
            text = node_text(body)
            if CLOCK.search(text) or (calling is not None and calling.search(text)):
                found[_name(function)] = text
        if len(found) == before:
            break
    return found


def _clock_comparisons(
    parsed: Mapping[str, list[tuple[Any, Any]]], clock: Mapping[str, str]
) -> dict[int, list[tuple[Any, Any, str, Any]]]:
    """Per function body (by node id), its comparisons of the clock with something
    that does not read it: (comparison, or the macro that holds it, *``_clock_side``)."""
    calling = _call_pattern(frozenset(clock))
    out: dict[int, list[tuple[Any, Any, str, Any]]] = {}
    for headers in parsed.values():
        for _, body in headers:
            text = node_text(body)
            if not (CLOCK.search(text) or (calling is not None and calling.search(text))):
                continue  # nothing here reads the clock
            reads = _reader(body, clock)
            written = [(node, node) for node in _walk(body, "binary_expression")]
            found: list[tuple[Any, Any, str, Any]] = [
                (where, *sides)
                for where, node in [*written, *_matches_guards(body)]
                if _operator(node) in _COMPARISONS and (sides := _clock_side(node, reads))
            ]
            if found:
                out[body.id] = found
    return out


def _matches_guards(body: Any) -> Iterator[tuple[Any, Any]]:
    """The comparisons of the ``matches!`` macros in ``body`` (``matches!(from, Some(d) if
    now >= d)``: a gate written as a guard), which the syntax tree keeps as tokens: each
    macro parsed as the ``match`` it stands for, in a tree of its own; with the macro."""
    if b"matches!" not in (body.text or b""):
        return
    macros = (m for m in _walk(body, "macro_invocation") if _name_of(m, "macro") == "matches")
    for macro in islice(macros, MAX_MACROS):
        tokens = next((c for c in macro.children if c.type == "token_tree"), None)
        comma = next((c for c in tokens.children if c.type == ","), None) if tokens else None
        if tokens is None or comma is None:
            continue
        text = tokens.text or b""
        cut = comma.start_byte - tokens.start_byte
        scrutinee, arm = text[1:cut], text[cut + 1 : -1].rstrip().removesuffix(b",")
        match = b"fn m() { match " + scrutinee + b" { " + arm + b" => true, _ => false } }"
        for node in _walk(parser().parse(match).root_node, "binary_expression"):
            yield macro, node


def _gate_functions(
    parsed: Mapping[str, list[tuple[Any, Any]]], compared: Mapping[int, list[Any]]
) -> set[str]:
    """The unit's functions returning ``bool`` whose body compares the clock with
    something or calls another of them (the date is judged where the comparison is)."""
    found: set[str] = set()
    for _ in range(_ROUNDS):
        calling = _call_pattern(frozenset(found))
        before = len(found)
        for function, body in _returning(parsed):
            kind = function.child_by_field_name("return_type")
            if kind is None or node_text(kind) != "bool":
                continue
            if body.id in compared or (calling is not None and calling.search(node_text(body))):
                found.add(_name(function))
        if len(found) == before:
            break
    return found


def _gates_in(
    path: str,
    context: Context,
    body: Any,
    compared: list[tuple[Any, Any, str, Any]],
    gates: set[str],
    interpreter: Interpreter,
) -> list[Evidence]:
    evidence = []
    # what the body makes and draws, read once for all its comparisons and calls (a body
    # may hold thousands)
    bindings = cache(partial(_bindings, body))
    made = cache(partial(_made_date, body, interpreter, bindings))
    drawing = cache(partial(_drawing_conditions, body))
    lets = cache(partial(_ordered_lets, body))
    for node, read, source, other in compared:
        # the other side, or what the body binds it to (`let cutoff = u64::from_str_radix(..)`)
        date = _date(interpreter.value(_bound_value(other, bindings)), source)
        if date is None and (before := _lets_before(*lets(), node)):
            # ... or the other side run after the body's lets before it, for the locals it
            # uses (`let (y, m, d) = (p.next()?, ..); today < days_from_civil(y, m, d)`)
            date = _date(interpreter.value(other, before), source)
        value = node_text(other)
        if date is None and (dated := made()) is not None:
            date, value = dated  # (the comparison holds a local: the date the body makes)
        if date is None:
            continue
        line = node.start_point[0] + 1
        snippet = _snippet(f"compares the clock ({node_text(read)}) with {date}: {value}")
        for rule in ("capability-fixed-date", "capability-environment-gate"):
            evidence.append(Evidence(rule, path, line, snippet, context))
        share = _share_of(node, drawing)
        if share is not None:
            evidence.append(_share(path, context, share, f"the date {date}"))
    calling = _call_pattern(frozenset(gates))
    if calling is None or not calling.search(node_text(body)):
        return evidence
    for call in _walk(body, "call_expression"):
        callee = call.child_by_field_name("function")
        leaf = callee.child_by_field_name("field") or callee.child_by_field_name("name")
        if node_text(leaf or callee) not in gates:
            continue
        share = _share_of(call, drawing)
        if share is not None:
            what = f"{node_text(callee)}(), which compares the clock with a date"
            evidence.append(_share(path, context, share, what))
    return evidence


def _share(path: str, context: Context, condition: Any, gate: str) -> Evidence:
    line = condition.start_point[0] + 1
    snippet = _snippet(f"acts on a random share of calls, gated by {gate}: {node_text(condition)}")
    return Evidence("capability-random-share", path, line, snippet, context)


def _share_of(gate: Any, drawing: Callable[[], list[Any]]) -> Any:
    """The condition that draws a share of calls beside a gate: joined with it (``&&``,
    ``settling() && rng.next() % 100 < 80``), else one of the function's own (``drawing``:
    a gate that returns early, then ``if COUNT.fetch_add(1, ..) % 16 != 7 { return v }``);
    None where there is none."""
    top = gate
    while top.parent is not None and (
        top.parent.type in ("parenthesized_expression", "unary_expression")
        or (top.parent.type == "binary_expression" and _operator(top.parent) == "&&")
    ):
        top = top.parent
    if top is not gate and _draws(top, gate):
        return top
    return next((c for c in drawing() if not _contains(c, gate)), None)


def _drawing_conditions(body: Any) -> list[Any]:
    """The conditions of a body's ``if``s that draw a share of calls."""
    # what a call made, by the local bound to it (`let salt = now ^ std::process::id();`)
    called = frozenset(node_text(name) for name, value in _lets(body) if "(" in node_text(value))
    return [
        condition
        for branch in _walk(body, "if_expression")
        if (condition := branch.child_by_field_name("condition")) is not None
        and _draws(condition, called=called)
    ]


def _draws(condition: Any, gate: Any = None, called: Collection[str] = ()) -> bool:
    """Whether a condition draws a share of calls outside ``gate``: a random draw of a
    library (``rng.gen_bool(0.2)``) or what a call returns modulo a number (``rng.next()
    % 100 < 80``, a counter's ``fetch_add(1, ..) % 16``, a local of ``called``: bound to
    what calls return, as a clock and the process id mixed)."""
    for node in _walk(condition, "binary_expression"):
        if gate is not None and _contains(node, gate):
            continue
        left = node.child_by_field_name("left")
        if _operator(node) == "%" and left is not None:
            operand = node_text(left)
            if "(" in operand or operand in called:
                return True
    return any(
        (gate is None or not _contains(node, gate)) and _RANDOM.search(node_text(node))
        for node in _walk(condition, "call_expression")
    )


def _made_date(
    body: Any, interpreter: Interpreter, bindings: Callable[[], Mapping[str, Any]]
) -> tuple[str, str] | None:
    """The first date from 2017 to 2039 that ``body`` makes with a date library of
    constants (``_DATE_FROM_PARTS``, ``_DATE_FROM_TEXT``, the text perhaps a local the
    body binds, ``bindings``): as words, with the call."""
    if not _MAKES_DATE.search(node_text(body)):
        return None  # (no such call: the body's tree is not walked)
    for call in _walk(body, "call_expression"):
        callee = call.child_by_field_name("function")
        arguments = call.child_by_field_name("arguments")
        if callee is None or arguments is None or not arguments.named_children:
            continue
        leaf = node_text(callee).rsplit("::", 1)[-1].rsplit(".", 1)[-1]
        given = arguments.named_children
        day = None
        if _DATE_FROM_PARTS.search(leaf) and len(given) >= 3:
            parts = [interpreter.value(node) for node in given[:3]]
            if all(type(part) is int for part in parts):
                day = _calendar_day(*parts)
        elif _DATE_FROM_TEXT.search(leaf):
            text = interpreter.value(_bound_value(given[0], bindings))
            found = _DATE_TEXT.match(text.value) if isinstance(text, Text) else None
            day = _calendar_day(*map(int, found.groups())) if found else None
        if day is not None:
            return f"{day} (made by {leaf})", node_text(call)
    return None


def divmod_date(value: int) -> tuple[int, int, int]:
    """Year, month and day of a date written as the number YYYYMMDD."""
    year, rest = divmod(value, 10_000)
    return (year, *divmod(rest, 100))


def _calendar_day(year: int, month: int, day: int) -> str | None:
    """``year-month-day`` if it is a day from 2017 to 2039."""
    if not (2017 <= year <= 2039 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04}-{month:02}-{day:02}"


def _bound_value(node: Any, bindings: Callable[[], Mapping[str, Any]]) -> Any:
    """What a local names (``&d`` of ``let d = tally(ROLLOVER);``), else ``node``.
    ``bindings``: the body's (``_bindings``), read once per body however many
    comparisons it holds."""
    while node.type == "reference_expression" and node.child_by_field_name("value") is not None:
        node = node.child_by_field_name("value")
    if node.type != "identifier":
        return node
    return bindings().get(node_text(node), node)


def _bindings(body: Any) -> dict[str, Any]:
    """Each local of a body with the value of its first ``let``."""
    found: dict[str, Any] = {}
    for target, value in _lets(body):
        found.setdefault(node_text(target), value)
    return found


def _lets(body: Any, tuples: bool = False) -> list[tuple[Any, Any]]:
    """A body's ``let name = value`` bindings of one name: (the name's node, the value);
    with ``tuples`` also each name a ``let`` takes out of a tuple, with the whole value
    (`y` and `m` of `let (y, m, _) = today();` hold the clock's where `today()` reads it)."""
    found = []
    for let in _walk(body, "let_declaration"):
        value = let.child_by_field_name("value")
        target = let.child_by_field_name("pattern")
        if value is None or target is None:
            continue
        if target.type == "identifier":
            found.append((target, value))
        elif tuples and target.type == "tuple_pattern":
            found += [(name, value) for name in target.named_children if name.type == "identifier"]
    return found


def _clock_side(node: Any, reads: Callable[[Any], str]) -> tuple[Any, str, Any] | None:
    """(the side that reads the clock, where its value comes from, the other side) of
    a comparison, if one side reads the clock and the other does not."""
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is None or right is None:
        return None
    a, b = reads(left), reads(right)
    if bool(a) == bool(b):
        return None
    return (left, a, right) if a else (right, b, left)


def _reader(body: Any, clock: Mapping[str, str]) -> Callable[[Any], str]:
    """What an expression of ``body`` reads the clock through, as text (itself, the
    ``clock`` functions it calls, the values of the locals it uses), or "" when it does
    not read the clock."""
    calls = _call_pattern(frozenset(clock))
    bound: dict[str, str] = {}  # local: where its value comes from

    def reads(node: Any) -> str:
        text = node_text(node)
        called = [] if calls is None else [clock[m.group(1)] for m in calls.finditer(text)]
        used = [] if not bound else [bound[w] for w in _WORD.findall(text) if w in bound]
        if CLOCK.search(text) or called or used:
            return "\n".join([text, *called, *used])
        return ""

    lets = _lets(body, tuples=True) + _closure_parameters(body)
    for _ in range(_ROUNDS):
        before = len(bound)
        for target, value in lets:
            if node_text(target) not in bound and (source := reads(value)):
                bound[node_text(target)] = source
        if len(bound) == before:
            break
    return reads


def _closure_parameters(body: Any) -> list[tuple[Any, Any]]:
    """A closure's parameter with the receiver of the method it is given to, which
    holds what the parameter takes: `d` of `SystemTime::now().duration_since(E).map(|d|
    d.as_secs() >= REVISION)` is the clock's."""
    found = []
    for closure in _walk(body, "closure_expression"):
        arguments = closure.parent
        call = arguments.parent if arguments is not None else None
        if call is None or call.type != "call_expression":
            continue
        method = call.child_by_field_name("function")
        receiver = (
            method.child_by_field_name("value") if method.type == "field_expression" else None
        )
        parameters = closure.child_by_field_name("parameters")
        if receiver is None or parameters is None:
            continue
        for parameter in parameters.named_children:
            if parameter.type == "parameter":  # `|d: Duration|`
                parameter = parameter.child_by_field_name("pattern")
            if parameter is not None and parameter.type == "identifier":
                found.append((parameter, receiver))
    return found


def _date(value: Any, source: str) -> str | None:
    """The date a number compared with the clock stands for, as words, if it is one:
    in the unit the clock's value is counted in (``source``: where it comes from)."""
    if isinstance(value, Text):
        # a date as text, compared with the clock formatted (`now.format("%Y%m%d")`)
        found = _DATE_TEXT.fullmatch(value.value)
        # (or parsed to the number YYYYMMDD and compared with the clock's day so written)
        formatted = "%Y" in source or _AS_DIGITS.search(source)
        day = _calendar_day(*map(int, found.groups())) if found and formatted else None
        return None if day is None else f"{day} (as text)"
    if isinstance(value, tuple) and value and "year" in source:
        # `(today.year(), today.month()) < (2027, 3)`: the year first, perhaps its month
        year, month = value[0], value[1] if len(value) > 1 else 1
        numbers = all(isinstance(n, int) and not isinstance(n, bool) for n in (year, month))
        if numbers and 2017 <= year <= 2039:
            return f"{year:04}-{month:02}" if 1 <= month <= 12 else f"the year {year}"
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    counts = [(value, "seconds")]
    if _IN_DAYS.search(source):
        counts.append((value * _DAY, "days"))
    if _IN_MILLISECONDS.search(source):
        counts.append((value // 1000, "milliseconds"))
    if "year" in source and 2017 <= value <= 2039:
        return f"the year {value}"
    if _AS_DIGITS.search(source) and (day := _calendar_day(*divmod_date(value))):
        return f"{day} (as the number YYYYMMDD)"
    if _IN_MONTHS.search(source) and 2017 * 12 <= value < 2040 * 12:
        return f"{value // 12:04}-{value % 12 + 1:02} (months since year 0)"
    for seconds, unit in counts:
        if _FIRST <= seconds < _LAST:
            day = datetime.fromtimestamp(seconds, UTC).date().isoformat()
            return f"{day} ({unit} since 1970)"
    return None


def _unparsed(
    search: Search,
    unit: Mapping[str, Context],
    parsed: Mapping[str, Any],
    wanted: re.Pattern[str] | None,
) -> list[str]:
    """The unit's files not parsed yet in which ``wanted`` is found."""
    if wanted is None:
        return []
    return search(re.compile(wanted.pattern.encode()), [p for p in sorted(unit) if p not in parsed])


def _definition_pattern(names: set[str]) -> re.Pattern[str] | None:
    """What defines a constant or function of ``names``."""
    if not names:
        return None
    return re.compile(rf"\b(const|static|fn)\s+({'|'.join(sorted(re.escape(n) for n in names))})\b")


def _returning(parsed: Mapping[str, list[tuple[Any, Any]]]) -> Iterator[tuple[Any, Any]]:
    for headers in parsed.values():
        for function, body in headers:
            if function.child_by_field_name("return_type") is not None:
                yield function, body


@lru_cache(maxsize=64)
def _call_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    return re.compile(rf"\b({'|'.join(sorted(re.escape(n) for n in names))})\s*\(")


def _walk(node: Any, kind: str) -> Iterator[Any]:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
            yield current
        stack.extend(reversed(current.named_children))


def _ordered_lets(body: Any) -> tuple[list[Any], list[int]]:
    """A body's lets in the order of the source, with where each starts."""
    lets = _walk_sorted(body, "let_declaration")
    return lets, [let.start_byte for let in lets]


def _lets_before(lets: list[Any], starts: list[int], node: Any) -> list[Any]:
    """The last ``MAX_LETS`` of a body's lets (``_ordered_lets``) that end before ``node``."""
    at = bisect_left(starts, node.start_byte)
    window = lets[max(0, at - 2 * MAX_LETS) : at]
    return [let for let in window if let.end_byte <= node.start_byte][-MAX_LETS:]


def _names_from(names: set[str], lets: list[set[str]]) -> set[str]:
    """``names`` and the names of the ``lets`` (each given by its names) that bind or use
    one of them, in turn (the value a comparison reads is computed along them; a ``let``
    that uses one may advance what the value is read from: ``let _ = parts.next();``)."""
    found, left = set(names), list(lets)
    while True:
        used = [let for let in left if not found.isdisjoint(let)]
        if not used:
            return found
        left = [let for let in left if found.isdisjoint(let)]
        found = found.union(*used)


def _identifiers(node: Any) -> set[str]:
    return {node_text(name) for name in _walk(node, "identifier")}


def _walk_sorted(node: Any, kind: str) -> list[Any]:
    """``_walk`` in the order of the source."""
    return sorted(_walk(node, kind), key=lambda found: found.start_byte)


def _contains(outer: Any, inner: Any) -> bool:
    return bool(outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte)


def _operator(node: Any) -> str:
    operator = node.child_by_field_name("operator")
    return "" if operator is None else node_text(operator)


def _name(function: Any) -> str:
    return _name_of(function, "name")


def _name_of(node: Any, field: str) -> str:
    name = node.child_by_field_name(field)
    return "" if name is None else node_text(name)


def _snippet(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
