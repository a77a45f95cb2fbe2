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
  secrets' names (one variable read by its literal name is an API client's own key), or
  a secret of the build's environment compiled into a constant (``option_env!``);
- ``clipboard``: the clipboard's contents.

Sinks: data handed to an HTTP request (body, JSON, form, headers), written or sent on a
socket (TCP, UDP, TLS, WebSocket), or given to a network tool run as a process.

A value built by one of the crate's own functions that transforms characters or bytes,
from a constant, is ``hidden``: a name decoded at run time; where the interpreter
(``scan/interpret/``) can run the call, the name itself is read, labelled for what it
says and reported. Where the flow's source path,
data or destination is hidden, the flow conceals itself too; a hidden name written to,
run or connected to is a flow of its own, and so are downloaded bytes that are run.

The package: ``labels`` (what a value carries), ``facts`` (a function's summary),
``summary`` (syntax tree to facts), ``solve`` (labels over the facts), ``hints`` (which
units are worth parsing again); ``unit_flows`` here ties them together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final, NamedTuple

from cratewatch.scan.dataflow.facts import DataFlow, Revealed, opaque
from cratewatch.scan.dataflow.hints import (
    bare_decoders,
    decoded_names,
    env_macros,
    hidden_names,
    inline_decoders,
    text_hints,
)
from cratewatch.scan.dataflow.labels import (
    CONTACT,
    DOWNLOAD_RUN,
    EMIT,
    GATHERED,
    HOST_FACTS,
    MAX_BOUNDARIES,
    REMOTE_RUN,
    RUN,
    SEND,
    WRITE,
)
from cratewatch.scan.dataflow.solve import Solver, own_words
from cratewatch.scan.dataflow.summary import MAX_NODES, Walker, decoding_call, function_headers
from cratewatch.scan.interpret import Definitions, Interpreter
from cratewatch.scan.words import word_matches

__all__ = [
    "CONTACT",
    "DOWNLOAD_RUN",
    "EMIT",
    "GATHERED",
    "HOST_FACTS",
    "MAX_BOUNDARIES",
    "MAX_FILE_BYTES",
    "MAX_FUNCTIONS",
    "REMOTE_RUN",
    "RUN",
    "SEND",
    "WRITE",
    "DataFlow",
    "Revealed",
    "UnitFlows",
    "opaque",
    "unit_flows",
]

_MODULE: Final = re.compile(rb"mod\s+([a-z_]\w*)\s*[;{]")
_CALLS: Final = frozenset({"constant-call", "numbered-call", "literal-call"})
#: Functions of one unit followed. A larger program is followed only in the files that
#: may start a flow (a source, an unreadable constant, a call given a constant).
MAX_FUNCTIONS: Final = 1000
#: Files larger than this are generated tables and bindings, not followed: a payload is small
MAX_FILE_BYTES: Final = 256 * 1024


def _rebuilds_names(text: bytes, hints: set[str]) -> bool:
    """Whether a unit's text may rebuild a name from a constant: one no one could read,
    one a function transforms, or a table a function that takes nothing decodes (the
    text searches cost: asked only of units with no other start of a flow)."""
    return (
        # (given to it, or bound to a variable given to what transforms characters)
        (bool(hints & {"constant-call", "numbered-call", "decoder"}) and hidden_names(text))
        or (bool(hints & _CALLS) and "decoder" in hints and decoded_names(text))
        or ("bare-text" in hints and bare_decoders(text))
    )


class UnitFlows(NamedTuple):
    flows: list[DataFlow]
    revealed: list[Revealed]  # hidden names, as the calls that rebuild them return them


def unit_flows(
    files: Mapping[str, bytes],
    crate: str,
    sending: bool = True,
    resources: Mapping[str, bytes] | None = None,
    hiding: bool = True,
    macro: bool = False,
) -> UnitFlows:
    """Every flow from a source to a sink in one compilation unit's Rust files (each
    already cleared for parsing), of a crate named ``crate``, and the hidden names its
    calls rebuild (whatever the unit's sinks: a hidden name is evidence of its own).
    ``sending``: the unit can reach the network; otherwise no flow to it is looked for.
    ``resources``: the crate's files, which ``include_str!`` may read. ``hiding``:
    whether names rebuilt from constants are looked for (not in test code, whose
    fixtures call functions with constants everywhere: there only flows from a source, a
    download or a request are followed). ``macro``: the unit is a procedural macro's,
    whose tokens parsed from text are code it emits."""
    files = {path: data for path, data in files.items() if len(data) <= MAX_FILE_BYTES}
    text = b"\0".join(files.values())
    hints = text_hints(text)
    source = sending and {"source", "send"} <= hints
    fetches = sending and {"download", "run"} <= hints
    serves = {"request", "run"} <= hints  # a request's data may reach a program run
    # ... or text a `let` makes of a constant inline
    inline = hiding and "inline-decode" in hints and inline_decoders(text)
    if not (source or fetches or serves or (hiding and _rebuilds_names(text, hints))):
        if not inline:
            return UnitFlows([], [])  # nothing here that a flow starts from and ends in
        files = {path: data for path, data in files.items() if inline_decoders(data)}
    constants: dict[str, str] = {}
    definitions = Definitions(resources if resources is not None else files)
    headers = [
        header
        for path in sorted(files)
        for header in function_headers(path, files[path], constants, definitions)
    ]
    if len(headers) > MAX_FUNCTIONS:
        # a large program: only the files that may start a flow, each on its own terms
        seeds = {
            path
            for path, data in files.items()
            if text_hints(data) & {"source", "constant-call", "numbered-call"}
        }
        headers = [header for header in headers if header[0].file in seeds]
        if len(headers) > MAX_FUNCTIONS:
            return UnitFlows([], [])
    if not (source or fetches or serves or inline) and not decoding_call(headers, constants):
        return UnitFlows([], [])  # no source, and no call that could rebuild a name from a constant
    budget = [MAX_NODES]  # syntax nodes left to summarise in the unit
    modules = frozenset(m.group(1).decode() for m in word_matches(_MODULE, text))
    functions = []
    for function, body in headers:
        Walker(function, budget, macro, modules).expression(body, function.returns)
        functions.append(function)
    solver = Solver(
        functions, own_words(crate), constants, Interpreter(definitions), env_macros(text)
    )
    if not any(f.sinks for f in functions):
        # nothing leaves, is written or run: only the names the crate hides are read (a
        # script injected into the pages a middleware serves is hidden as well)
        solver.reveal()
        found = UnitFlows([], solver.revealed)
    else:
        found = UnitFlows(solver.flows(), solver.revealed)
    if inline:
        solver.reveal_bindings(headers)
    return found
