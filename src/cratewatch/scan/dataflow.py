"""Data flow through a compilation unit: what a value holds, followed from where it is
read to where it leaves.

Rules that recognise techniques by name (a credential file's path, a webhook's host)
miss malware that names nothing anyone listed: a password file whose name is rebuilt at
run time, sent over a protocol no rule knows. What such code cannot hide is its
behaviour: bytes read from a file in the user's home, or the whole environment, end in
a network write. Here that behaviour is followed, whatever the names.

Each function is summarised once from its syntax tree into facts: bindings (``let``,
assignments, ``for`` and ``if let`` patterns, closure parameters), mutations
(``v.push(x)``, ``buf`` filled by ``f.read_to_string(&mut buf)``, ``write!(out, ..)``),
struct fields and statics written, values returned, calls to the crate's own functions
with their arguments, and sinks. Labels then flow over the facts until nothing changes:
through local variables, into the parameters of the crate's own functions (resolved by
name, as the call graph does), out of their return values, through struct fields and
statics by name (``self.buf`` anywhere is one place), and across channel pairs. The
analysis is flow-insensitive and merges every caller of a function: it may join what
only some paths join, never miss a path it can read.

Sources:

- ``user-file``: bytes read from a path under the user's home (``HOME``, ``home_dir()``,
  ``dirs::*``, ``~/``), unless the path names the crate itself (a tool's own settings);
- ``environment``: the whole environment (``env::vars()``, ``/proc/*/environ``), or
  variables whose names are chosen at run time from hidden names or from a list of
  secrets' names (one variable read by its literal name is an API client's own key);
- ``clipboard``: the clipboard's contents.

Sinks: data handed to an HTTP request (body, JSON, form, headers), written or sent on a
socket (TCP, UDP, TLS, WebSocket), or given to a network tool run as a process.

A value built by one of the crate's own functions that transforms characters or bytes,
from a constant, is ``hidden``: a name decoded at run time. Where the flow's source path,
data or destination is hidden, the flow conceals itself too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from operator import attrgetter
from typing import Any, Final, NamedTuple

from cratewatch.scan.syntax import parser

__all__ = ["DataFlow", "unit_flows"]

#: Labels a value carries. Sources of data that must not leave:
USER_FILE: Final = "user-file"
ENVIRONMENT: Final = "environment"
CLIPBOARD: Final = "clipboard"
HIDDEN_FILE: Final = "hidden-file"  # bytes of a file whose name is hidden (below)
SECRETS: Final = frozenset({USER_FILE, ENVIRONMENT, CLIPBOARD, HIDDEN_FILE})
#: What a sink does with what reaches it:
SEND: Final = "send"  # sends data out: a flow when the data holds a source's
WRITE: Final = "write"  # writes a file: a flow when its path is hidden
RUN: Final = "run"  # runs a program or loads a library: a flow when its name is hidden
CONTACT: Final = "contact"  # reaches an address or URL: a flow when it is hidden
DOWNLOAD_RUN: Final = "download-run"  # a RUN sink given downloaded bytes or a path holding them
#: ... and what a value is, which decides what a call on it does:
HOME_PATH: Final = "home-path"  # a path under the user's home
OWN_PATH: Final = "own-path"  # a path that names the crate (its settings, its cache)
SOCKET: Final = "socket"  # an open connection
HIDDEN: Final = "hidden"  # a string decoded at run time by the crate's own code
DOWNLOADED: Final = "downloaded"  # bytes received from the network
DROPPED: Final = "dropped"  # a path the crate wrote downloaded bytes to
SECRET_NAME: Final = "secret-name"  # a literal that names a secret (`AWS_SECRET_ACCESS_KEY`)

#: Functions of one unit followed. A larger program is followed only in the files that
#: may start a flow (a source, an unreadable constant, a call given a constant).
MAX_FUNCTIONS: Final = 1000
#: Files larger than this are generated tables and bindings, not followed: a payload is small
MAX_FILE_BYTES: Final = 256 * 1024
MAX_NODES: Final = 150_000  # syntax nodes summarised per unit; the rest is not followed
MAX_NESTING: Final = 120  # expressions nested deeper are not followed (Python's stack)
MAX_BOUNDARIES: Final = 3  # function boundaries a source's data is followed across
_ROUNDS: Final = 8  # passes over one function's bindings until its labels stop changing
MAX_VISITS: Final = 6  # visits of one function: labels that still grow are cut there
_CANDIDATES: Final = 4  # a name defined more often is too ambiguous to follow
_MAX_DEPTH: Final = 8  # calls nested in one expression, followed for labels
_ATTRIBUTE_OR_COMMENT: Final = ("attribute_item", "line_comment", "block_comment")
_TEST_ATTRIBUTE: Final = re.compile(r"#\[\s*(test|cfg\s*\(\s*test\s*\))\s*\]")
_ITEMS: Final = frozenset({"function_item", "impl_item", "mod_item", "trait_item"})
_WRAPPERS: Final = frozenset(
    {"index_expression", "reference_expression", "unary_expression", "try_expression"}
    | {"parenthesized_expression", "await_expression", "type_cast_expression"}
)

_HOME_VARIABLES: Final = frozenset(
    {"HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "HOMEPATH"}
    | {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}
)
_HOME_LITERAL: Final = re.compile(r"^(~[/\\]|/home/|/Users/|/root/|%(APPDATA|USERPROFILE)%)")
_SECRET_LITERAL: Final = re.compile(
    r"^[A-Z0-9_]*(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|"
    r"MNEMONIC|SEED_PHRASE|SESSION)[A-Z0-9_]*$"
)
_ENVIRON_LITERAL: Final = re.compile(r"^/proc/[\w*]+/environ$")
# functions of the `dirs`, `dirs-next`, `home` and `directories` crates and std's own
_HOME_FUNCTION: Final = re.compile(
    r"(^|::)(home_dir|(config|data|cache|data_local|config_local|document|download|desktop|"
    r"preference|runtime|state|executable|audio|picture|video|public|template|font)_dir)$"
)
_HOME_CONSTRUCTOR: Final = re.compile(r"(^|::)(BaseDirs|UserDirs)::new$")
_SOCKET_CONSTRUCTOR: Final = re.compile(
    r"(TcpStream|UdpSocket|TlsStream|TlsConnector|UnixStream)::\w+$|^libc::socket$|"
    r"(^|::)(connect_async|connect_async_tls\w*|client_async\w*)$|tungstenite::connect$"
)
_READ_FUNCTION: Final = re.compile(
    r"(^|fs::|fs_err::|File::)(read_to_string|read_to_end)$|(fs|fs_err|File)::(read|open)$"
    r"|^libc::(open|open64|fopen)$"
)
_LIBC_IO: Final = frozenset(
    {"libc::read", "libc::write", "libc::send", "libc::sendto", "libc::connect"}
)
# methods that reach the address or URL they are given
# (`connect` on anything; the others on what is written as an HTTP client)
_OPENED_FILE: Final = re.compile(r"^[\w:]*(?:File::create|\.open)\s*\(\s*&?(\w+)\s*\)")
_DOWNLOADS: Final = frozenset({"send", "call", "bytes", "text", "into_string", "into_reader"})
_CONTACTS: Final = frozenset({"get", "post", "put", "patch", "request", "connect"})
_HTTP_CLIENT: Final = re.compile(r"(?i)client|agent|http|reqwest|ureq|session")
_READ_INTO: Final = frozenset({"read_to_string", "read_to_end", "read", "read_exact", "read_line"})
# what parses a file's text into settings (serde's formats, `str::parse`, INI and TOML)
_PARSERS: Final = frozenset(
    {"from_str", "from_slice", "from_reader", "from_value", "parse", "load_from_str"}
    | {"from_yaml_str", "load_from_reader", "parse_str", "deserialize"}
)
_WRITE_FUNCTION: Final = re.compile(
    r"(fs|fs_err|File)::(write|create|create_dir_all|copy|rename|hard_link)$|(^|::)symlink$"
)
_OPENS_FOR_WRITING: Final = re.compile(r"\.(write|append|create|create_new)\(\s*true\s*\)")
# what runs a program or loads a library by the name it is given
_RUN_FUNCTION: Final = re.compile(
    r"(^|::)(Command::new|Library::new|dlopen|LoadLibrary[AW]?|LoadLibraryEx[AW]|CreateProcess[AW]?"
    r"|ShellExecute(Ex)?[AW]?|WinExec|system|execvp?e?|execlp?)$"
)
_MUTATORS: Final = frozenset(
    {"push", "push_str", "extend", "extend_from_slice", "insert", "append", "push_back"}
    | {"push_front", "entry", "set", "replace", "write_str", "write_all", "write", "send"}
    | {"try_send", "store", "get_or_insert_with", "or_insert", "put"}
)
# HTTP request builders: every argument is data that leaves (`.header(name, value)`)
_HTTP_DATA: Final = frozenset(
    {"body", "json", "form", "header", "headers", "send_string", "send_bytes", "send_json"}
    | {"send_form", "multipart", "bearer_auth", "basic_auth", "set_body"}
)
_SOCKET_WRITE: Final = frozenset(
    {"write", "write_all", "send", "send_to", "write_fmt", "write_vectored", "feed"}
    | {"start_send", "publish", "send_message", "write_message"}
)
_WRITE_MACROS: Final = frozenset({"write", "writeln"})
# free functions that send a request to the URL they are given, data in it
_REQUEST_FUNCTION: Final = re.compile(
    r"^(ureq|reqwest|reqwest::blocking|minreq|attohttpc|isahc|surf)::(get|post|put|patch|"
    r"delete|head|request)$"
)
_NETWORK_TOOLS: Final = re.compile(r"\b(curl|wget|nc|ncat|socat|Invoke-WebRequest|iwr)\b")
# what a decoder does to characters or bytes
_DECODER_BODY: Final = re.compile(
    r"\^|wrapping_(add|sub)|rotate_(left|right)|from_u32|char::from|as char|from_utf8|"
    r"\.rev\(\)|from_str_radix|0x2800|% ?26\b|to_bits\(\)|to_[bl]e_bytes|<<\s*\d"
)
_CONSTANT: Final = re.compile(r"^[A-Z][A-Z0-9_]*$")
_FORMAT_NAME: Final = re.compile(r"\{([A-Za-z_]\w*)(?::[^{}]*)?\}")
# What a unit must show before it is parsed again. A flow to the network starts at a
# source: the home folder, the environment listed or named at run time, the clipboard.
_SOURCE_HINT: Final = re.compile(
    rb"home_dir|BaseDirs|UserDirs|\b(config|data|cache|data_local|config_local|document|download"
    rb"|desktop|preference|runtime|state)_dir\s*\(\s*\)"
    rb"|\"(HOME|USERPROFILE|APPDATA|LOCALAPPDATA|HOMEPATH)\""
    rb"|XDG_\w+_HOME|\"(~[/\\\\]|/home/|/Users/|/root/|%APPDATA%|%USERPROFILE%)"
    rb"|\bvars(_os)?\s*\(|/environ\b|get_contents|get_text|\bvar(_os)?\s*\(\s*[^\s\")]"
)
# What its sinks are written with: sending, writing files, running programs.
_SEND_HINT: Final = re.compile(
    rb"\.(body|json|form|headers?|send_string|send_bytes|send_json|send_form|multipart|bearer_auth"
    rb"|basic_auth|set_body|write|write_all|send|send_to|write_fmt|write_vectored|feed|start_send"
    rb"|publish|send_message|write_message|arg|args|connect|post|get|put|request)\s*\(|"
    rb"\bwrite(ln)?!|\b(ureq|reqwest|minreq|attohttpc|isahc|surf)::|::connect\w*\s*\("
)
_WRITE_OR_RUN_HINT: Final = re.compile(
    rb"\b(write|create|create_dir_all|copy|rename|hard_link|symlink)\s*\(|\.open\s*\(|"
    rb"Command::new|Library::new|dlopen|LoadLibrary|CreateProcess|ShellExecute|WinExec|"
    rb"\bsystem\s*\(|\bexec[vl]p?e?\s*\("
)
_DOWNLOAD_HINT: Final = re.compile(
    rb"\b(ureq|reqwest|minreq|attohttpc|isahc|surf)::|TcpStream::connect|\.(send|call)\s*\(\s*\)"
)
_RUN_HINT: Final = re.compile(
    rb"Command::new|Library::new|dlopen|LoadLibrary|CreateProcess|ShellExecute|WinExec|"
    rb"\bsystem\s*\(|\bexec[vl]p?e?\s*\("
)
# A hidden name is decoded from a constant no one could read (numbers, symbols, bytes,
# non-ASCII text), or by code that transforms characters or bytes (``_DECODER_BODY``,
# less its commonest words).
# a constant's name and the start of its value
_CONSTANT_VALUE: Final = re.compile(
    rb"(?:const|static)\s+([A-Z][A-Z0-9_]*)\s*:[^=\n]{0,80}=\s*([^;]{0,400})"
)
_OPAQUE_LITERAL: Final = re.compile(rb"\(\s*b?\"[^\"]*([^\x00-\x7f]|\\x)")
# a call given one constant in capitals, or an unreadable literal
_CONSTANT_CALL: Final = re.compile(
    rb"\b(\w+)\s*\(\s*&?([A-Z][A-Z0-9_]*(?=\s*[,)])|b?\"[^\"]*(?:[^\x00-\x7f]|\\x))"
)
# a function's name and signature; one that returns text or bytes, or fills a byte buffer
_SIGNATURE: Final = re.compile(rb"\bfn\s+(\w+)([^{;]{0,300})")
_TEXT_SIGNATURE: Final = re.compile(
    rb"->[^{;]*\b(String|Vec\s*<\s*u8|PathBuf|OsString|CString|str)\b|"
    rb"&\s*mut\s*(\[\s*u8|Vec\s*<\s*u8|String)"
)
_STRING_LITERAL: Final = re.compile(r'^(b|c)?r?#*"')
_TEXT_TYPE: Final = re.compile(r"\b(String|str|PathBuf|Path|OsString|OsStr|CString|Cow)\b|\bu8\b")
_FILLED_BUFFER: Final = re.compile(r"&\s*mut\s*(\[\s*u8\s*\]|Vec\s*<\s*u8\s*>|String\b)")
_OPAQUE_ARRAY: Final = re.compile(r"^&?\[\s*(-?[0-9][\w.+-]*\s*,\s*){3,}")
_PIECE: Final = re.compile(r'"((?:[^"\\]|\\.)*)"')
_CONSTANT_TEXT: Final = 4096  # of a constant's value, kept to judge whether it reads as text
_START: Final = attrgetter("start_byte")
_WORD: Final = re.compile(r"[a-z0-9]+")


class DataFlow(NamedTuple):
    """What reaches a sink: data from a source (``action`` SEND), or a name decoded at
    run time that a file is written to (WRITE) or a program run with (RUN)."""

    file: str
    line: int  # of the sink
    sources: frozenset[str]  # of SECRETS (SEND only)
    sink: str  # what takes the data: "HTTP request body", "socket write", ...
    hidden: bool  # a name on the way (source path, data, destination) is decoded at run time
    function: str
    action: str = "send"


class _Expr:
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
        self.calls: list[_Call] = []
        self.reads: list[_Expr] = []
        self.strings: list[str] = []
        self.variables: list[_Expr] = []  # names of environment variables it holds the value of
        self.parsed: list[_Expr] = []  # text it holds the settings parsed from
        self.received: list[_Expr] = []  # connections it holds bytes read from
        self.dropped: list[_Expr] = []  # what was written to it, as a path

    def add(self, other: _Expr) -> None:
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


class _Call(NamedTuple):
    name: str  # the function's or method's own name, without its path
    method: bool
    args: tuple[_Expr, ...]
    places: tuple[str, ...]  # the argument that is a plain variable, or "", per argument


class _Sink(NamedTuple):
    kind: str
    data: _Expr  # what is sent; for WRITE and RUN, the path or the program and arguments
    destination: _Expr
    line: int
    socket: bool = False  # counts only where the destination is an open connection
    action: str = SEND


class _Function:
    """One function's facts."""

    __slots__ = (
        "aliases",
        "bindings",
        "calls_on_constants",
        "decoder",
        "effects",
        "fields",
        "file",
        "line",
        "method",
        "name",
        "params",
        "returns",
        "sinks",
        "statics",
        "written",
        "yields_text",
    )

    def __init__(self, file: str, name: str, line: int, method: bool) -> None:
        self.file = file
        self.name = name
        self.line = line
        self.method = method  # takes `self`: called as `x.name(..)`
        self.decoder = False  # transforms characters or bytes: called on a constant, it decodes
        self.yields_text = False  # returns a string, bytes or a path, or fills a byte buffer
        self.calls_on_constants: list[tuple[str, str, bool]] = []  # `_constant_arguments`
        self.params: list[tuple[str, ...]] = []  # the names each parameter binds
        self.bindings: list[tuple[tuple[str, ...], _Expr]] = []  # names now hold the value
        self.fields: list[tuple[str, _Expr]] = []  # a struct field written
        self.statics: list[tuple[str, _Expr]] = []  # a static changed
        self.aliases: list[tuple[str, ...]] = []  # the ends of one channel
        self.effects: list[_Expr] = []  # values computed for their calls only
        self.returns = _Expr()
        self.sinks: list[_Sink] = []
        self.written: set[str] = set()  # literals and variables of the paths it writes


_HINTS: Final = {
    "source": _SOURCE_HINT,
    "send": _SEND_HINT,
    "write-or-run": _WRITE_OR_RUN_HINT,
    "constant-call": _CONSTANT_CALL,
    "download": _DOWNLOAD_HINT,
    "run": _RUN_HINT,
}
_HINT_NAMES: Final = tuple(_HINTS)


def unit_flows(files: Mapping[str, bytes], crate: str, sending: bool = True) -> list[DataFlow]:
    """Every flow from a source to a sink in one compilation unit's Rust files (each
    already cleared for parsing), of a crate named ``crate``. ``sending``: the unit can
    reach the network; otherwise only hidden names written to or run are looked for."""
    files = {path: data for path, data in files.items() if len(data) <= MAX_FILE_BYTES}
    text = b"\0".join(files.values())
    hints = _hints(text)
    source = sending and {"source", "send"} <= hints
    sinks = "write-or-run" in hints or (sending and "send" in hints)
    fetches = sending and {"download", "run"} <= hints
    if not (source or fetches or (sinks and "constant-call" in hints and _hidden_names(text))):
        return []  # nothing here that a flow starts from and ends in
    constants: dict[str, str] = {}
    headers = [
        header for path in sorted(files) for header in _headers(path, files[path], constants)
    ]
    if len(headers) > MAX_FUNCTIONS:
        # a large program: only the files that may start a flow, each on its own terms
        seeds = {path for path, data in files.items() if _hints(data) & {"source", "constant-call"}}
        headers = [header for header in headers if header[0].file in seeds]
        if len(headers) > MAX_FUNCTIONS:
            return []
    if not source and not fetches and not _decoding_call(headers, constants):
        return []  # no source, and no call that could rebuild a name from a constant
    budget = [MAX_NODES]  # syntax nodes left to summarise in the unit
    functions = []
    for function, body in headers:
        _Walker(function, budget).expression(body, function.returns)
        functions.append(function)
    if not any(f.sinks for f in functions):
        return []
    return _Solver(functions, _own_words(crate), constants).flows()


def _hints(text: bytes) -> set[str]:
    """Which of ``_HINTS`` a text shows, all found in one pass (Hyperscan: Python's
    ``re`` would take one pass per pattern, at a tenth of the speed)."""
    found: set[str] = set()

    def on_match(index: int, start: int, end: int, flags: int, context: Any) -> None:
        found.add(_HINT_NAMES[index])

    if text:
        _hint_database().scan(text, match_event_handler=on_match)
    return found


@cache
def _hint_database() -> Any:
    import hyperscan

    database = hyperscan.Database()
    flags = hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER
    database.compile(
        expressions=[_HINTS[name].pattern for name in _HINT_NAMES],
        ids=list(range(len(_HINT_NAMES))),
        elements=len(_HINT_NAMES),
        flags=[flags] * len(_HINT_NAMES),
    )
    return database


def _hidden_names(text: bytes) -> bool:
    """Whether a unit's text may rebuild a name from a constant (``_Solver._decodes``): a
    function that yields text called with a constant no one could read."""
    opaque = {
        name
        for name, value in _CONSTANT_VALUE.findall(text)
        if _opaque(value.decode("utf-8", errors="replace"))
    }
    if not opaque and not _OPAQUE_LITERAL.search(text):
        return False
    literal = (b'"', b'b"')  # the call's pattern keeps only unreadable literals
    callees = {
        callee
        for callee, constant in _CONSTANT_CALL.findall(text)
        if constant in opaque or constant.startswith(literal)
    }
    return bool(callees) and any(
        name in callees and _TEXT_SIGNATURE.search(signature)
        for name, signature in _SIGNATURE.findall(text)
    )


def _own_words(crate: str) -> frozenset[str]:
    words = _WORD.findall(crate.lower())
    return frozenset(w for w in words if len(w) >= 3 and w not in ("rust", "lib", "sys", "cli"))


# --- summarising a file -------------------------------------------------------------


def _headers(path: str, data: bytes, constants: dict[str, str]) -> list[tuple[_Function, Any]]:
    """A file's functions outside tests, each with its body's syntax node to summarise,
    and what is known without reading the body: its parameters, whether it takes
    ``self``, yields text, or transforms characters or bytes. The file's constants'
    values (the start of each) go into ``constants`` by name."""
    from tree_sitter import QueryCursor

    tree = parser().parse(data)
    captures = QueryCursor(_items_query()).captures(tree.root_node)
    for constant, value in zip(
        sorted(captures.get("constant", []), key=_START),
        sorted(captures.get("value", []), key=_START),
        strict=False,
    ):
        constants[_text(constant)] = _text(value)[:_CONSTANT_TEXT]
    out = []
    arguments = sorted(captures.get("argument", []), key=_START)
    for node in sorted(captures.get("function", []), key=_START):
        body = node.child_by_field_name("body")
        name = node.child_by_field_name("name")
        if body is None or name is None or _is_test(node):
            continue
        params = node.child_by_field_name("parameters")
        children = params.named_children if params is not None else []
        method = any(param.type == "self_parameter" for param in children)
        function = _Function(path, _text(name), node.start_point[0] + 1, method)
        for param in children:
            if param.type == "parameter":
                pattern = param.child_by_field_name("pattern")
                function.params.append(tuple(_pattern_names(pattern)))
        function.decoder = bool(_DECODER_BODY.search(_text(body)))
        result = node.child_by_field_name("return_type")
        function.yields_text = bool(
            (result is not None and _TEXT_TYPE.search(_text(result)))
            or (params is not None and _FILLED_BUFFER.search(_text(params)))
        )
        function.calls_on_constants = _constant_arguments(arguments, node)
        out.append((function, body))
    return out


def _constant_arguments(arguments: list[Any], function: Any) -> list[tuple[str, str, bool]]:
    """Calls inside ``function`` given a constant (a name in capitals, or a string
    literal): the callee's name, the constant as written, whether it is a name.
    ``arguments``: the file's constant arguments, in order."""
    out = []
    first = bisect_left(arguments, function.start_byte, key=_START)
    for node in arguments[first:]:
        if node.start_byte >= function.end_byte:
            break
        call = node.parent
        while call is not None and call.type != "arguments":
            call = call.parent  # `&NAME`
        call = call.parent if call is not None else None
        callee = call.child_by_field_name("function") if call is not None else None
        if callee is None:
            continue
        leaf = callee.child_by_field_name("field") or callee.child_by_field_name("name") or callee
        out.append((_text(leaf), _text(node), node.type == "identifier"))
    return out


def _decoding_call(headers: list[tuple[_Function, Any]], constants: dict[str, str]) -> bool:
    """Whether some call could rebuild a name from a constant (``_Solver._decodes``)."""
    decoders: dict[str, bool] = {}
    for function, _ in headers:
        if function.yields_text:
            decoders[function.name] = decoders.get(function.name, False) or function.decoder
    for function, _ in headers:
        for callee, constant, named in function.calls_on_constants:
            if callee not in decoders:
                continue
            if (named and decoders[callee]) or _opaque(constants.get(constant, constant)):
                return True
    return False


@cache
def _items_query() -> Any:
    from tree_sitter import Query

    return Query(
        parser().language,
        """
        (function_item) @function
        (arguments [
          ((identifier) @argument (#match? @argument "^[A-Z][A-Z0-9_]*$"))
          (reference_expression
            value: ((identifier) @argument (#match? @argument "^[A-Z][A-Z0-9_]*$")))
          (string_literal) @argument
          (raw_string_literal) @argument
        ])
        (const_item name: (identifier) @constant value: (_) @value)
        (static_item name: (identifier) @constant value: (_) @value)
        """,
    )


def _is_test(node: Any) -> bool:
    """A function under ``#[test]`` or ``#[cfg(test)]``, on itself or an item around it."""
    current = node
    while current is not None:
        sibling = current.prev_named_sibling
        while sibling is not None and sibling.type in _ATTRIBUTE_OR_COMMENT:
            if sibling.type == "attribute_item" and _TEST_ATTRIBUTE.match(_text(sibling)):
                return True
            sibling = sibling.prev_named_sibling
        current = current.parent
    return False


def _text(node: Any) -> str:
    return str(node.text.decode("utf-8", errors="replace"))


def _pattern_names(node: Any) -> Iterator[str]:
    """The names a pattern binds (``mut x``, ``(a, b)``, ``Some(v)``, ``S { f, g: h }``)."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.type == "identifier" or current.type == "shorthand_field_identifier":
            yield _text(current)
        elif current.type in ("tuple_struct_pattern", "struct_pattern"):
            # `Some(v)`, `S { f }`: the type names no binding
            kind = current.child_by_field_name("type")
            stack.extend(c for c in current.named_children if kind is None or c.id != kind.id)
        elif current.type not in ("scoped_identifier", "type_identifier", "field_identifier"):
            stack.extend(current.named_children)


def _root_place(node: Any) -> Any:
    """The variable, field or static a method call or index changes: ``log`` in
    ``log.lock().unwrap().push(x)``, the field ``buf`` in ``self.buf.push(x)``."""
    while True:
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            if callee is None or callee.type != "field_expression":
                return None
            node = callee.child_by_field_name("value")
        elif node.type == "index_expression" and node.named_children:
            node = node.named_children[0]  # `out[i]`: the array
        elif node.type in _WRAPPERS and node.named_children:
            node = node.child_by_field_name("value") or node.named_children[-1]  # `&mut x`
        else:
            return node
        if node is None:
            return None


class _Walker:
    """Summarises one function body into its facts."""

    def __init__(self, function: _Function, budget: list[int]) -> None:
        self.function = function
        self.budget = budget  # nodes left for the file
        self.depth = 0

    def effect(self, node: Any) -> None:
        """A value computed for what it does: its calls still pass arguments."""
        expr = _Expr()
        self.expression(node, expr)
        self.function.effects.append(expr)

    def expression(self, node: Any, into: _Expr) -> None:
        """Add what ``node``'s value may hold to ``into``, and record the facts in it."""
        self.budget[0] -= 1
        if self.budget[0] < 0 or self.depth >= MAX_NESTING:
            return  # a hostile file: what lies deeper is not followed
        self.depth += 1
        try:
            self._expression(node, into)
        finally:
            self.depth -= 1

    def _expression(self, node: Any, into: _Expr) -> None:
        kind = node.type
        if kind == "identifier":
            into.names.add(_text(node))
        elif kind == "self":
            into.names.add("self")
        elif kind in ("string_literal", "raw_string_literal"):
            _string(node, into)
        elif kind == "field_expression":
            field = node.child_by_field_name("field")
            if field is not None:
                into.fields.add(_text(field))
            value = node.child_by_field_name("value")
            if value is not None:
                self.expression(value, into)
        elif kind == "call_expression":
            self._call(node, into)
        elif kind == "macro_invocation":
            self._macro(node, into)
        elif kind in ("let_declaration", "let_condition", "for_expression"):
            self._bind(node.child_by_field_name("pattern"), node.child_by_field_name("value"))
            for field in ("alternative", "body"):
                child = node.child_by_field_name(field)
                if child is not None:
                    self.effect(child)
        elif kind in ("assignment_expression", "compound_assignment_expr"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None:
                expr = _Expr()
                self.expression(right, expr)
                self._store(left, expr)
        elif kind == "match_expression":
            self._match(node, into)
        elif kind == "return_expression":
            for child in node.named_children:
                self.expression(child, self.function.returns)
        elif kind == "struct_expression":
            self._struct(node, into)
        elif kind == "block":
            children = [c for c in node.named_children if c.type not in _ATTRIBUTE_OR_COMMENT]
            for index, child in enumerate(children):
                if index == len(children) - 1 and child.type != "expression_statement":
                    self.expression(child, into)  # the block's value
                else:
                    self.effect(child)
        elif kind not in _ITEMS:  # items inside a body are summarised on their own
            for child in node.named_children:
                self.expression(child, into)

    def _bind(self, pattern: Any, value: Any) -> None:
        if value is None:
            return
        expr = _Expr()
        self.expression(value, expr)
        names = tuple(_pattern_names(pattern))
        if not names:
            self.function.effects.append(expr)
            return
        self.function.bindings.append((names, expr))
        if len(names) == 2 and any("channel" in call.name for call in expr.calls):
            self.function.aliases.append(names)  # `let (tx, rx) = mpsc::channel();`
        opened = _OPENED_FILE.search(_text(value)) if len(names) == 1 else None
        if opened:  # `let f = File::create(&path)`: what is written to f, the path holds
            self.function.aliases.append((names[0], opened.group(1)))

    def _store(self, target: Any, expr: _Expr) -> None:
        """``target`` (a variable, field, static, or a call on one) now also holds ``expr``."""
        place = _root_place(target)
        if place is None:
            self.function.effects.append(expr)
        elif place.type == "field_expression":
            field = place.child_by_field_name("field")
            if field is not None:
                self.function.fields.append((_text(field), expr))
        elif place.type == "identifier":
            name = _text(place)
            if _CONSTANT.match(name):
                self.function.statics.append((name, expr))
            else:
                self.function.bindings.append(((name,), expr))
        elif place.type == "scoped_identifier":
            self.function.statics.append((_text(place).rsplit("::", 1)[-1], expr))
        else:
            self.function.effects.append(expr)

    def _match(self, node: Any, into: _Expr) -> None:
        value = node.child_by_field_name("value")
        body = node.child_by_field_name("body")
        scrutinee = _Expr()
        if value is not None:
            self.expression(value, scrutinee)
        self.function.effects.append(scrutinee)
        for arm in body.named_children if body is not None else ():
            if arm.type != "match_arm":
                continue
            names = tuple(_pattern_names(arm.child_by_field_name("pattern")))
            if names:
                self.function.bindings.append((names, scrutinee))
            result = arm.child_by_field_name("value")
            if result is not None:
                self.expression(result, into)

    def _struct(self, node: Any, into: _Expr) -> None:
        body = node.child_by_field_name("body")
        for child in body.named_children if body is not None else ():
            expr = _Expr()
            if child.type == "field_initializer":
                field = child.child_by_field_name("field")
                value = child.child_by_field_name("value")
                if field is None or value is None:
                    continue
                self.expression(value, expr)
                self.function.fields.append((_text(field), expr))
            elif child.type == "shorthand_field_initializer" and child.named_children:
                name = _text(child.named_children[0])
                expr.names.add(name)
                self.function.fields.append((name, expr))
            else:
                self.expression(child, expr)
            into.add(expr)

    def _arguments(self, node: Any, receiver: _Expr | None = None) -> tuple[list[_Expr], list[str]]:
        """Each argument's value, and the variable it names ("" for any other argument).
        A closure passed to a method takes what the receiver holds (``.map(|l| ..)``)."""
        arguments = node.child_by_field_name("arguments")
        values, places = [], []
        for child in arguments.named_children if arguments is not None else ():
            if child.type in _ATTRIBUTE_OR_COMMENT:
                continue
            if receiver is not None and child.type == "closure_expression":
                names = tuple(_pattern_names(child.child_by_field_name("parameters")))
                if names:
                    self.function.bindings.append((names, receiver))
            expr = _Expr()
            self.expression(child, expr)
            values.append(expr)
            place = _root_place(child)
            places.append(_text(place) if place is not None and place.type == "identifier" else "")
        return values, places

    def _call(self, node: Any, into: _Expr) -> None:
        callee = node.child_by_field_name("function")
        if callee is not None and callee.type == "generic_function":
            callee = callee.child_by_field_name("function")
        if callee is None:
            return
        if callee.type == "field_expression":
            self._method_call(node, callee, into)
            return
        args, places = self._arguments(node)
        line = node.start_point[0] + 1
        name = _text(callee).replace(" ", "")
        leaf = name.rsplit("::", 1)[-1]
        env = "env::" in name or name == leaf
        result = _Expr()
        for arg in args:
            result.strings += arg.strings
        if leaf in ("var", "var_os") and env:
            literal = _only_string(args)
            if literal in _HOME_VARIABLES:
                result.labels.add(HOME_PATH)
            elif literal == "CARGO_MANIFEST_DIR":
                result.labels.add(OWN_PATH)
            elif literal is None and args:
                result.variables.append(args[0])  # a name chosen at run time
        elif leaf in ("vars", "vars_os") and env:
            result.reads.append(_labelled(ENVIRONMENT))
        elif _HOME_FUNCTION.search(name) or _HOME_CONSTRUCTOR.search(name):
            result.labels.add(HOME_PATH)
        elif _READ_FUNCTION.search(name) and args:
            result.reads.append(args[0])
        elif leaf == "copy" and "io::" in name and len(args) == 2:
            held = _Expr()  # `io::copy(&mut response, &mut file)`
            held.add(args[0])
            held.received.append(args[0])
            self._store(node.child_by_field_name("arguments").named_children[1], held)
        elif name in _LIBC_IO and len(args) >= 2:
            self._system_call(node, name, args, line)
            result.calls.append(_Call(leaf, False, tuple(args), tuple(places)))
        elif _WRITE_FUNCTION.search(name) and args:
            self.function.written.update(args[0].strings, args[0].names)
            target = args[-1] if leaf in ("copy", "rename", "hard_link", "symlink") else args[0]
            self.function.sinks.append(_Sink("file " + leaf, target, _Expr(), line, action=WRITE))
            if len(args) == 2:  # `fs::write(path, bytes)`, `fs::copy(from, to)`: what it holds
                self._drop(node, 1 if leaf in ("copy", "rename", "hard_link") else 0, args[0])
        elif leaf in _PARSERS and "::" in name:
            result.parsed += args
        else:
            if _SOCKET_CONSTRUCTOR.search(name):
                result.labels.add(SOCKET)
                sink = _Sink(name.split("::")[-2] + " connect", _merged(args), _Expr(), line)
                self.function.sinks.append(sink._replace(action=CONTACT))
            elif _REQUEST_FUNCTION.match(name):
                self.function.sinks.append(_Sink("request URL", _merged(args), _Expr(), line))
                result.labels.add(DOWNLOADED)
            elif _RUN_FUNCTION.search(name) and args:
                what = "::".join(name.split("::")[-2:])
                sink = _Sink(what, _merged(args), _Expr(), line, action=RUN)
                self.function.sinks.append(sink)
            result.calls.append(_Call(leaf, False, tuple(args), tuple(places)))
        into.add(result)

    def _drop(self, node: Any, index: int, content: _Expr) -> None:
        """The path argument ``index`` of a write now holds what was written to it."""
        arguments = node.child_by_field_name("arguments")
        children = [c for c in arguments.named_children if c.type not in _ATTRIBUTE_OR_COMMENT]
        if index < len(children):
            held = _Expr()
            held.dropped.append(content)
            self._store(children[index], held)

    def _system_call(self, node: Any, name: str, args: list[_Expr], line: int) -> None:
        """``libc::open``, ``read``, ``write``, ``send``, ``connect``: the C library's
        calls on file descriptors."""
        leaf = name.rsplit("::", 1)[-1]
        if leaf == "read":  # `read(fd, buf.as_mut_ptr(), n)`: the buffer holds the file
            arguments = node.child_by_field_name("arguments")
            held = _Expr()
            held.add(args[0])
            held.received.append(args[0])
            self._store(arguments.named_children[1], held)
        elif leaf == "connect":
            self.function.sinks.append(_Sink(name, args[1], _Expr(), line, action=CONTACT))
        else:  # write, send, sendto
            self.function.sinks.append(_Sink(name, args[1], args[0], line, socket=True))

    def _method_call(self, node: Any, callee: Any, into: _Expr) -> None:
        method = _text(callee.child_by_field_name("field"))
        receiver_node = callee.child_by_field_name("value")
        receiver = _Expr()
        if receiver_node is not None:
            self.expression(receiver_node, receiver)
        args, places = self._arguments(node, receiver)
        data = _merged(args)
        line = node.start_point[0] + 1
        if method in _HTTP_DATA and args:
            self.function.sinks.append(_Sink("HTTP request " + method, data, receiver, line))
        elif method in _SOCKET_WRITE and args:
            self.function.sinks.append(_Sink("socket " + method, data, receiver, line, True))
        elif method in ("arg", "args") and _NETWORK_TOOLS.search(" ".join(receiver.strings)):
            self.function.sinks.append(_Sink("network tool", data, receiver, line))
        elif method in ("arg", "args") and args:
            self.function.sinks.append(_Sink("program argument", data, _Expr(), line, action=RUN))
        elif (
            method in _CONTACTS
            and args
            and receiver_node is not None
            and (method == "connect" or _HTTP_CLIENT.search(_text(receiver_node)))
        ):
            self.function.sinks.append(_Sink(method, data, _Expr(), line, action=CONTACT))
        result = _Expr()
        if method in _PARSERS:
            result.parsed.append(receiver)
        else:
            result.add(receiver)
        if method in ("get_contents", "get_text") and not args:
            result.reads.append(_labelled(CLIPBOARD))
        elif method == "open" and args:
            result.reads.append(args[0])  # `OpenOptions::new().read(true).open(path)`
            if receiver_node is not None and _OPENS_FOR_WRITING.search(_text(receiver_node)):
                sink = _Sink("file open", args[0], _Expr(), line, action=WRITE)
                self.function.sinks.append(sink)
        if method in _DOWNLOADS and not args and _HTTP_CLIENT.search(_text(receiver_node or node)):
            result.labels.add(DOWNLOADED)  # `client.get(url).send()`, `agent.get(url).call()`
        if method in _READ_INTO and args and receiver_node is not None:
            arguments = node.child_by_field_name("arguments")
            held = _Expr()
            held.add(receiver)
            held.received.append(receiver)
            self._store(arguments.named_children[0], held)  # `f.read_to_string(&mut s)`
        elif method in _MUTATORS and receiver_node is not None and args:
            self._store(receiver_node, data)
        result.add(data)
        result.calls.append(_Call(method, True, tuple(args), tuple(places)))
        into.add(result)

    def _macro(self, node: Any, into: _Expr) -> None:
        name_node = node.child_by_field_name("macro")
        name = _text(name_node).rsplit("::", 1)[-1] if name_node is not None else ""
        tree = next((c for c in node.named_children if c.type == "token_tree"), None)
        if tree is None:
            return
        expr = _Expr()
        first = None
        for token in _tokens(tree):
            if token.type == "identifier":
                first = _text(token) if first is None else first
                expr.names.add(_text(token))
            elif token.type in ("string_literal", "raw_string_literal"):
                _string(token, expr)
                expr.names.update(_FORMAT_NAME.findall(_text(token)))  # "{name}"
        if name == "env" and "CARGO_MANIFEST_DIR" in expr.strings:
            expr.labels.add(OWN_PATH)
        if name in _WRITE_MACROS and first is not None:
            data = _Expr()
            data.add(expr)
            data.names.discard(first)
            target = _Expr()
            target.names.add(first)
            line = node.start_point[0] + 1
            self.function.sinks.append(_Sink("socket write!", data, target, line, True))
            self.function.bindings.append(((first,), data))
        into.add(expr)


def _string(node: Any, into: _Expr) -> None:
    text = _text(node)
    content = text[text.find('"') + 1 : text.rfind('"')]
    into.strings.append(content)
    if _HOME_LITERAL.match(content):
        into.labels.add(HOME_PATH)
    if _SECRET_LITERAL.match(content):
        into.labels.add(SECRET_NAME)
    if _ENVIRON_LITERAL.match(content):
        into.reads.append(_labelled(ENVIRONMENT))


def _tokens(tree: Any) -> Iterator[Any]:
    stack = [tree]
    while stack:
        current = stack.pop()
        if current.type == "token_tree":
            stack.extend(reversed(current.named_children))
        else:
            yield current


def _labelled(label: str) -> _Expr:
    expr = _Expr()
    expr.labels.add(label)
    return expr


def _merged(exprs: Iterable[_Expr]) -> _Expr:
    out = _Expr()
    for expr in exprs:
        out.add(expr)
    return out


def _only_string(args: list[_Expr]) -> str | None:
    if len(args) == 1 and len(args[0].strings) == 1 and not args[0].names:
        return args[0].strings[0]
    return None


def _constant_only(expr: _Expr) -> bool:
    """An argument made of constants only: a literal, or statics named in capitals."""
    return bool(expr.names or expr.strings) and all(_CONSTANT.match(n) for n in expr.names)


# --- solving ------------------------------------------------------------------------


class _Solver:
    """Labels flowed over the facts of a unit's functions until nothing changes."""

    def __init__(
        self, functions: list[_Function], own: frozenset[str], constants: dict[str, str]
    ) -> None:
        self.functions = functions
        self.own = own
        # a file the crate writes itself is its own state (an install id, a cache)
        self.written = frozenset(s for f in functions for s in f.written if s)
        self.by_name: dict[str, list[_Function]] = {}
        for function in functions:
            self.by_name.setdefault(function.name, []).append(function)
        self.locals: dict[int, dict[str, set[str]]] = {id(f): {} for f in functions}
        self.params: dict[int, list[set[str]]] = {
            id(f): [set() for _ in f.params] for f in functions
        }
        self.results: dict[int, set[str]] = {id(f): set() for f in functions}
        self.resolved: dict[int, list[_Function]] = {}  # by the call's identity
        # each function's calls of the crate's own functions, with their callees
        self.calls = {
            id(f): [(call, callees) for call in _calls(f) if (callees := self._resolve(call))]
            for f in functions
        }
        self.index = {id(f): index for index, f in enumerate(functions)}
        self.constants = constants
        self.fields: dict[str, set[str]] = {}
        self.statics: dict[str, set[str]] = {}

    def flows(self) -> list[DataFlow]:
        self._solve()
        out = []
        for function in self.functions:
            for sink in function.sinks:
                data = _bases(self._labels(function, sink.data))
                destination = _bases(self._labels(function, sink.destination))
                hidden = HIDDEN in data or HIDDEN in destination
                secrets = frozenset(data & SECRETS)
                action = sink.action
                if action == RUN and data & {DOWNLOADED, DROPPED}:
                    action = DOWNLOAD_RUN
                if action != SEND:
                    secrets = frozenset()
                    if not hidden and action != DOWNLOAD_RUN:
                        continue  # writing and running are flows only where a name is hidden
                elif not secrets or (sink.socket and SOCKET not in destination):
                    continue
                out.append(
                    DataFlow(
                        function.file,
                        sink.line,
                        secrets,
                        sink.kind,
                        hidden,
                        function.name,
                        action,
                    )
                )
        return out

    def _grow(self, target: set[str], labels: Iterable[str]) -> bool:
        before = len(target)
        target.update(labels)
        return len(target) != before

    def _solve(self) -> None:
        """Visit functions until no label grows: each function once, then only those
        whose inputs grew (a parameter, a callee's result or filled parameter, a field or
        static it reads), at most ``MAX_VISITS`` times each."""
        callers: dict[int, set[int]] = {}
        readers: dict[str, set[int]] = {}
        for index, function in enumerate(self.functions):
            for _, callees in self.calls[id(function)]:
                for callee in callees:
                    callers.setdefault(id(callee), set()).add(index)
            for expr in _exprs(function):
                for field in expr.fields:
                    readers.setdefault("." + field, set()).add(index)
                for name in expr.names:
                    if _CONSTANT.match(name):
                        readers.setdefault(name, set()).add(index)
        pending = list(range(len(self.functions)))
        queued = set(pending)
        visits = [0] * len(self.functions)
        while pending:
            index = pending.pop()
            queued.discard(index)
            function = self.functions[index]
            visits[index] += 1
            if visits[index] > MAX_VISITS:
                continue
            woken = self._visit(function)
            for key in woken:
                if isinstance(key, int):
                    targets = {key}
                elif key == "callers":
                    targets = callers.get(id(function), set())
                else:
                    targets = readers.get(key, set())
                for target in targets - queued:
                    pending.append(target)
                    queued.add(target)

    def _visit(self, function: _Function) -> set[int | str]:
        """Labels flowed through one function; what must be visited again: functions by
        index, "callers" (of this one), or the readers of a field (".name") or static."""
        woken: set[int | str] = set()
        env = self.locals[id(function)]
        grew = False
        for names, labels in zip(function.params, self.params[id(function)], strict=True):
            for name in names:
                grew |= self._grow(env.setdefault(name, set()), labels)
        for _ in range(_ROUNDS):
            more = False
            for names, expr in function.bindings:
                labels = self._labels(function, expr)
                for name in names:
                    more |= self._grow(env.setdefault(name, set()), labels)
            for ends in function.aliases:
                shared = set().union(*(env.get(name, set()) for name in ends))
                for name in ends:
                    more |= self._grow(env.setdefault(name, set()), shared)
            grew |= more
            if not more:
                break
        for field, expr in function.fields:
            if self._grow(self.fields.setdefault(field, set()), _hop(self._labels(function, expr))):
                woken.add("." + field)
        for name, expr in function.statics:
            if self._grow(self.statics.setdefault(name, set()), _hop(self._labels(function, expr))):
                woken.add(name)
        if self._grow(self.results[id(function)], self._labels(function, function.returns)):
            woken.add("callers")
        if grew:
            woken.add("callers")  # what it put in a parameter goes back to its callers
        for call, callees in self.calls[id(function)]:
            woken |= self._pass(function, call, callees)
        return woken

    def _pass(self, function: _Function, call: _Call, callees: list[_Function]) -> set[int | str]:
        """Arguments into the callee's parameters; what the callee put in a parameter
        back into the variable passed (``fill(&mut buf)``, ``send_all(tx)``). The
        functions to visit again: callees whose parameters grew, and this one if a
        variable of its own did."""
        woken: set[int | str] = set()
        env = self.locals[id(function)]
        for callee in callees:
            callee_env = self.locals[id(callee)]
            slots = self.params[id(callee)]
            # `unpack(&TABLE, &mut out)`: a decoder fills its output from a constant
            decoded = {HIDDEN} if self._decodes(callee, call) else set()
            for slot, names, arg, place in zip(
                slots, callee.params, call.args, call.places, strict=False
            ):
                if self._grow(slot, _hop(self._labels(function, arg))):
                    woken.add(self.index[id(callee)])
                if place:
                    back = set().union(*(callee_env.get(name, set()) for name in names))
                    back = _hop(_without(back, SOCKET)) | decoded
                    if self._grow(env.setdefault(place, set()), back):
                        woken.add(self.index[id(function)])
        return woken

    def _resolve(self, call: _Call) -> list[_Function]:
        """The crate's functions a call may reach, by name (none if too many)."""
        callees = self.resolved.get(id(call))
        if callees is None:
            candidates = self.by_name.get(call.name, [])
            callees = [] if len(candidates) > _CANDIDATES else candidates
            callees = [c for c in callees if c.method == call.method]
            self.resolved[id(call)] = callees
        return callees

    def _labels(self, function: _Function, expr: _Expr, depth: int = 0) -> set[str]:
        env = self.locals[id(function)]
        labels = set(expr.labels)
        for name in expr.names:
            labels |= env.get(name, set())
            if _CONSTANT.match(name):
                labels |= self.statics.get(name, set())
        for field in expr.fields:
            labels |= self.fields.get(field, set())
        if any(self._names_crate(s) for s in expr.strings):
            labels.add(OWN_PATH)
        if depth >= _MAX_DEPTH:
            return labels
        for call in expr.calls:
            callees = self._resolve(call)
            for callee in callees:
                labels |= _hop(self.results[id(callee)])
                if self._decodes(callee, call):
                    labels.add(HIDDEN)
            if not callees:  # a library's function: its result holds what it was given
                for arg in call.args:
                    labels |= _without(self._labels(function, arg, depth + 1), SOCKET)
        for variable in expr.variables:
            # variables whose names are hidden in the crate, or secrets gathered by name
            if _bases(self._labels(function, variable, depth + 1)) & {HIDDEN, SECRET_NAME}:
                labels.add(ENVIRONMENT)
        for text in expr.parsed:
            # settings parsed from a file are not its contents: a tool sends the server
            # and account its configuration names, malware the file
            held = self._labels(function, text, depth + 1)
            labels |= _without(held, USER_FILE)
        for connection in expr.received:
            if _bases(self._labels(function, connection, depth + 1)) & {SOCKET, DOWNLOADED}:
                labels.add(DOWNLOADED)  # bytes read from a connection
        for content in expr.dropped:
            if DOWNLOADED in _bases(self._labels(function, content, depth + 1)):
                labels.add(DROPPED)  # a file that holds downloaded bytes
        for path in expr.reads:
            found = self._labels(function, path, depth + 1)
            held = _bases(found)
            labels |= {label for label in found if _base(label) in SECRETS | {HIDDEN}}
            if HIDDEN in held:
                labels.add(HIDDEN_FILE)  # a file whose name the crate hides
            # a path the function also writes, or one that names the crate, is its own
            # state, unless a name in it is hidden
            own = OWN_PATH in held or not function.written.isdisjoint(path.names)
            if HOME_PATH in held and (not own or HIDDEN in held):
                labels.add(USER_FILE)
        return labels

    def _decodes(self, callee: _Function, call: _Call) -> bool:
        """Whether a call of the crate's own function rebuilds a name from a constant: a
        function that yields text (a string, bytes, a path, or a byte buffer it fills),
        given a constant no one could read, or a named constant when it transforms
        characters or bytes."""
        if not callee.yields_text:
            return False
        for arg in call.args:
            if not _constant_only(arg):
                continue
            if callee.decoder and arg.names:
                return True
            values = [self.constants.get(name, "") for name in arg.names]
            values += [f'"{text}"' for text in arg.strings]
            if any(_opaque(value) for value in values):
                return True
        return False

    def _names_crate(self, literal: str) -> bool:
        """Whether a literal names the crate, or a file the crate writes itself."""
        if literal in self.written:
            return True
        return bool(self.own) and not self.own.isdisjoint(_WORD.findall(literal.lower()))


def _opaque(value: str) -> bool:
    """A constant no one could read as text: an array of four or more numbers, or a
    string literal of six or more characters, most of them neither letters nor digits
    (Morse, punctuation) or outside ASCII (Braille, emoji), or escaped bytes."""
    value = value.strip()
    if _OPAQUE_ARRAY.match(value):
        return True
    if value.startswith("concat!"):
        value = "".join(_PIECE.findall(value))  # the pieces the compiler joins
    elif _STRING_LITERAL.match(value):
        value = value[value.find('"') + 1 : value.rfind('"')]
    else:
        return False  # an expression: a list of names, a computation
    if len(value) < 6:
        return False
    readable = sum(c.isascii() and (c.isalnum() or c in " _") for c in value)
    if readable < len(value) / 2 or "\\x" in value:
        return True
    # a long string of very few letters: a genetic code, bits, Morse without its spaces
    return len(value) >= 16 and len(set(value)) <= 5


def _base(label: str) -> str:
    """A source's label without the boundaries it crossed: ``user-file@2`` is ``user-file``."""
    return label.partition("@")[0]


def _bases(labels: set[str]) -> set[str]:
    return {_base(label) for label in labels}


def _without(labels: set[str], base: str) -> set[str]:
    return {label for label in labels if _base(label) != base}


def _hop(labels: set[str]) -> set[str]:
    """Labels carried across a function boundary (argument, return value, field, static):
    a label counts the boundaries it crossed and is dropped after ``MAX_BOUNDARIES``, so
    that a large program's configuration object, which reaches everything, does not join
    a read in one subsystem with a send in another."""
    out = set()
    for label in labels:
        base, _, crossed = label.partition("@")
        if (count := int(crossed or 0) + 1) <= MAX_BOUNDARIES:
            out.add(f"{base}@{count}")
    return out


def _calls(function: _Function) -> Iterator[_Call]:
    """Every call a function makes, nested calls' arguments included."""
    for expr in _exprs(function):
        yield from expr.calls


def _exprs(function: _Function) -> Iterator[_Expr]:
    """Every summarised expression of a function, nested ones included."""
    stack: list[_Expr] = [expr for _, expr in function.bindings]
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
