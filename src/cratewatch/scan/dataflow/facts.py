"""What the summary of a function holds (its facts), what the analysis reports (a data
flow), and the helpers both sides share: constants named in capitals and constants no
one could read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Final, NamedTuple

from cratewatch.scan.dataflow.labels import SEND

CONSTANT_NAME: Final = re.compile(r"^[A-Z][A-Z0-9_]*$")
_STRING_LITERAL: Final = re.compile(r'^(b|c)?r?#*"')
_OPAQUE_ARRAY: Final = re.compile(r"^&?\[\s*(-?[0-9][\w.+-]*\s*,\s*){3,}")
_NESTING: Final = re.compile(r"[\[\]()]")
_PIECE: Final = re.compile(r'"((?:[^"\\]|\\.)*)"')
_STRING_ARRAY: Final = re.compile(r'^&?\[\s*"')  # `["..", ".."]`
# a URL's host, an IP address or a `host:port` written out (no `{}` placeholder in it)
_ADDRESS: Final = re.compile(
    r"^\s*(?:(?:[a-z][a-z0-9+.-]*)://(?:[^@/\s{}]*@)?(?P<host>[^/:\s{}?#]+)"
    r"|(?P<ip>\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?\s*$"
    r"|(?P<named>[a-z0-9-]+(?:\.[a-z0-9-]+)+):\d{2,5}\s*$)",
    re.IGNORECASE,
)
# hosts on this machine or its network: a tool's local service or a device, not a destination
# data is taken to (loopback, unspecified, private, link-local, multicast)
_LOCAL_HOST: Final = re.compile(
    r"^(localhost|.*\.local|.*\.localhost|0\.0\.0\.0|127\.[\d.]+|10\.[\d.]+|192\.168\.[\d.]+"
    r"|172\.(1[6-9]|2\d|3[01])\.[\d.]+|169\.254\.[\d.]+|2(2[4-9]|[3-5]\d)\.[\d.]+|\[.*\])$",
    re.IGNORECASE,
)

_LOOPBACK_HOST: Final = re.compile(r"^(localhost|127\.[\d.]+|\[::1\])$", re.IGNORECASE)


class DataFlow(NamedTuple):
    """What reaches a sink: data from a source (``action`` SEND), or a name decoded at
    run time that a file is written to (WRITE) or a program run with (RUN)."""

    file: str
    line: int  # of the sink
    sources: frozenset[str]  # of SECRETS and HOST_FACTS (SEND only)
    sink: str  # what takes the data: "HTTP request body", "socket write", ...
    hidden: bool  # a name on the way (source path, data, destination) is decoded at run time
    function: str
    action: str = SEND
    fixed: bool = False  # sent to an address written in the crate (or decoded in it)
    planted: bool = False  # WRITE: the text written is decoded, into a file of the user's home


class Expr:
    """What an expression's value may hold, before labels are known: the local names,
    fields and statics it reads, labels it produces itself, calls whose results it holds
    (the crate's own functions, by name), paths it holds the bytes of, and its string
    literals (for the names a path holds)."""

    __slots__ = (
        "calls",
        "dropped",
        "fields",
        "labels",
        "names",
        "parsed",
        "reads",
        "received",
        "strings",
        "variables",
    )

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.fields: set[str] = set()
        self.labels: set[str] = set()
        self.calls: list[Call] = []
        self.reads: list[Expr] = []
        self.strings: list[str] = []
        self.variables: list[Expr] = []  # names of environment variables it holds the value of
        self.parsed: list[Expr] = []  # text it holds the settings parsed from
        self.received: list[Expr] = []  # connections it holds bytes read from
        self.dropped: list[Expr] = []  # what was written to it, as a path

    def add(self, other: Expr) -> None:
        self.names |= other.names
        self.fields |= other.fields
        self.labels |= other.labels
        self.calls += other.calls
        self.reads += other.reads
        self.strings += other.strings
        self.variables += other.variables
        self.parsed += other.parsed
        self.received += other.received
        self.dropped += other.dropped


class Call(NamedTuple):
    name: str  # the function's or method's own name, without its path
    method: bool
    args: tuple[Expr, ...]
    places: tuple[str, ...]  # the argument that is a plain variable, or "", per argument
    arguments: tuple[Any, ...] = ()  # a function call's argument nodes, to run it on them
    line: int = 0  # of a function call
    tokens: Any = None  # a call among a macro's arguments: its arguments' token tree
    # the type or trait a function call's path ends in (`Uci` of `engine::Uci::spawn`,
    # `Self`, `<T as Read>`); "" for a function's name alone or a module's path
    # (`thread::spawn`), which only reach functions outside impl blocks
    owner: str = ""


class Revealed(NamedTuple):
    """A string the crate hides, as one of its own functions rebuilds it at run time
    (``interpret/``): where the call is, the text, and which call."""

    file: str
    line: int
    text: str
    how: str


class Sink(NamedTuple):
    kind: str
    data: Expr  # what is sent; for WRITE and RUN, the path or the program and arguments
    destination: Expr
    line: int
    socket: bool = False  # counts only where the destination is an open connection
    action: str = SEND
    destination_in_data: bool = False  # the address is among the data (`curl URL`, a URL call)
    content: Expr | None = None  # WRITE: what is written, where the call says (`fs::write`)


class Function:
    """One function's facts."""

    __slots__ = (
        "aliases",
        "bindings",
        "bound_constants",
        "calls_on_constants",
        "decoder",
        "decodes_table",
        "effects",
        "fields",
        "file",
        "inputs",
        "line",
        "method",
        "name",
        "owners",
        "params",
        "returns",
        "sinks",
        "statics",
        "written",
        "yields_address",
        "yields_text",
    )

    def __init__(self, file: str, name: str, line: int, method: bool) -> None:
        self.file = file
        self.name = name
        self.line = line
        self.method = method  # takes `self`: called as `x.name(..)`
        # in an impl block: its type's name and its trait's (`Type::name(..)`)
        self.owners: tuple[str, ...] = ()
        self.decoder = False  # transforms characters or bytes: called on a constant, it decodes
        self.yields_text = False  # returns a string, bytes or a path, or fills a byte buffer
        self.yields_address = False  # returns a socket or IP address
        # makes text of a constant table's bytes or characters (`TABLE[i]`, `in TABLE`)
        self.decodes_table = False
        self.calls_on_constants: list[tuple[str, str, bool]] = []  # `_constant_arguments`
        # constants a `for` loop or a `let` binds to local variables (`for t in [&TABLE]`)
        self.bound_constants: list[str] = []
        self.params: list[tuple[str, ...]] = []  # the names each parameter binds
        self.inputs: list[frozenset[str]] = []  # labels each parameter holds by its type
        self.bindings: list[tuple[tuple[str, ...], Expr]] = []  # names now hold the value
        self.fields: list[tuple[str, Expr]] = []  # a struct field written
        self.statics: list[tuple[str, Expr]] = []  # a static changed
        self.aliases: list[tuple[str, ...]] = []  # the ends of one channel
        self.effects: list[Expr] = []  # values computed for their calls only
        self.returns = Expr()
        self.sinks: list[Sink] = []
        self.written: set[str] = set()  # literals and variables of the paths it writes


def labelled(label: str) -> Expr:
    expr = Expr()
    expr.labels.add(label)
    return expr


def merged(exprs: Iterable[Expr]) -> Expr:
    out = Expr()
    for expr in exprs:
        out.add(expr)
    return out


def only_string(args: list[Expr]) -> str | None:
    if len(args) == 1 and len(args[0].strings) == 1 and not args[0].names:
        return args[0].strings[0]
    return None


def constant_only(expr: Expr) -> bool:
    """An argument made of constants only: a literal, or statics named in capitals."""
    return bool(expr.names or expr.strings) and all(CONSTANT_NAME.match(n) for n in expr.names)


def fixed_address(literal: str) -> bool:
    """Whether a string literal is a network address written out (``https://host/..``,
    ``203.0.113.9:69``, ``collector.example:8086``) of a host beyond this machine and
    its network."""
    return address_host(literal) is not None


def loopback_address(literal: str) -> bool:
    """Whether a string literal is a network address of this machine written out
    (``http://127.0.0.1:8332/``, ``localhost:5432``)."""
    match = _ADDRESS.match(literal)
    return match is not None and _LOOPBACK_HOST.match(_host_of(match)) is not None


def address_host(literal: str) -> str | None:
    """The host of a network address written out, beyond this machine and its network."""
    match = _ADDRESS.match(literal)
    if match is None:
        return None
    host = _host_of(match)
    if _LOCAL_HOST.match(host) or (match.group("host") is not None and "." not in host):
        return None
    return host


def _host_of(match: re.Match[str]) -> str:
    """A URL's host, an IP address, or a ``name:port``'s name (``_ADDRESS``'s groups)."""
    return str(match.group("host") or match.group("ip") or match.group("named"))


def opaque(value: str) -> bool:
    """A constant no one could read as text: an array of four or more numbers (or tuples
    of numbers: a book cipher's word and letter), or a string literal (or an array of
    them, read as one) of six or more characters, most of them neither letters nor
    digits (Morse, punctuation) or outside ASCII (Braille, emoji, Hangul), or mostly
    escaped bytes."""
    value = value.strip()
    # numbers, or pairs or rows of them (`[[0xC1CD2898, 0x7F1CFE60], ..]`)
    flat = (
        "[" + _NESTING.sub("", value.lstrip("&[")) if value.lstrip("&").startswith("[") else value
    )
    if _OPAQUE_ARRAY.match(flat):
        return True
    if value.startswith("concat!"):
        value = "".join(_PIECE.findall(value))  # the pieces the compiler joins
    elif _STRING_ARRAY.match(value):
        value = "".join(_PIECE.findall(value))  # an array of strings, read as one
    elif _STRING_LITERAL.match(value):
        value = value[value.find('"') + 1 : value.rfind('"')]
    else:
        return False  # an expression: a list of names, a computation
    if len(value) < 6:
        return False
    readable = sum(c.isascii() and (c.isalnum() or c in " _") for c in value)
    if readable < len(value) / 2 or value.count("\\x") * 4 >= len(value):
        return True  # mostly symbols, or mostly escaped bytes (not text ending in `\x00`)
    # a long string of very few letters: a genetic code, bits, Morse without its spaces
    return len(value) >= 16 and len(set(value)) <= 5


def calls_of(function: Function) -> Iterator[Call]:
    """Every call a function makes, nested calls' arguments included."""
    for expr in exprs_of(function):
        yield from expr.calls


def exprs_of(function: Function) -> Iterator[Expr]:
    """Every summarised expression of a function, nested ones included."""
    stack: list[Expr] = [expr for _, expr in function.bindings]
    stack += [expr for _, expr in function.fields] + [expr for _, expr in function.statics]
    stack += function.effects
    stack.append(function.returns)
    for sink in function.sinks:
        stack += [sink.data, sink.destination]
    seen: set[int] = set()
    while stack:
        expr = stack.pop()
        if id(expr) in seen:
            continue
        seen.add(id(expr))
        yield expr
        for call in expr.calls:
            stack.extend(call.args)
        stack.extend(expr.reads)
        stack.extend(expr.variables)
        stack.extend(expr.parsed)
        stack.extend(expr.received)
        stack.extend(expr.dropped)
