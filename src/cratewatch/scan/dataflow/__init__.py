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
- ``clipboard``: the clipboard's contents;
- ``project-secrets``: a project's ``.env`` file, counted where it goes to an address the
  crate writes out or hides, or to its own service (not to a server the user names);
- ``process-environment``: other programs' environment variables, a process's folder
  joined with ``environ``, counted where they go to an address the crate writes out or
  hides (a process monitor shows them to its user);
- ``device-secret``: a key a device keeps in its store (NVS, a flash key-value map) under
  a secret's name, counted where it goes out over the device's radio.

Sinks: data handed to an HTTP request (body, JSON, form, headers), written or sent on a
socket (TCP, UDP, TLS, WebSocket) or a device's radio link (ESP-NOW), put into a Bluetooth
LE advertisement (a broadcast to whoever is near), a host name looked up (its domain's
name server is told it), or given to a network tool run as a
process.

A value built by one of the crate's own functions that transforms characters or bytes,
from a constant, is ``hidden``: a name decoded at run time; where the interpreter
(``scan/interpret/``) can run the call, the name itself is read, labelled for what it
says and reported. Where the flow's source path,
data or destination is hidden, the flow conceals itself too; a hidden name written to,
run or connected to is a flow of its own, and so are downloaded bytes that are run.

The package: ``labels`` (what a value carries), ``facts`` (a function's summary),
``summary`` (syntax tree to facts), ``kept`` (a file's facts kept between scans, without
its tree), ``solve`` (labels over the facts), ``hints`` (which units are worth following,
each file's answers kept between scans); ``unit_flows`` here ties them together.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from contextlib import suppress
from functools import partial
from typing import Any, Final, NamedTuple

from cratewatch.scan.dataflow.facts import DataFlow, Function, Revealed, opaque
from cratewatch.scan.dataflow.hints import UnitText
from cratewatch.scan.dataflow.kept import FileFacts, decoded, encoded, parsed
from cratewatch.scan.dataflow.labels import (
    CONTACT,
    DOWNLOAD_RUN,
    EMIT,
    GATHERED,
    HOST_FACTS,
    MAX_BOUNDARIES,
    QUERY,
    REMOTE_RUN,
    RUN,
    SEND,
    TRUST,
    WRITE,
)
from cratewatch.scan.dataflow.solve import Solver
from cratewatch.scan.dataflow.summary import (
    BROADCAST,
    KEY_TYPES,
    MAX_NODES,
    Walker,
    decoding_call,
)
from cratewatch.scan.interpret import Definitions, Interpreter
from cratewatch.scan.memo import FileMemo

__all__ = [
    "BROADCAST",
    "CONTACT",
    "DOWNLOAD_RUN",
    "EMIT",
    "GATHERED",
    "HOST_FACTS",
    "KEY_TYPES",
    "MAX_BOUNDARIES",
    "MAX_FILE_BYTES",
    "MAX_FUNCTIONS",
    "QUERY",
    "REMOTE_RUN",
    "RUN",
    "SEND",
    "TRUST",
    "WRITE",
    "DataFlow",
    "Revealed",
    "UnitFlows",
    "opaque",
    "unit_flows",
]

_CALLS: Final = frozenset({"constant-call", "numbered-call", "literal-call"})
# hints of what a file defines, not does: those of a library a unit only calls into
_DEFINED: Final = frozenset({"decoder", "bare-text"})
#: Functions of one unit followed. A larger program is followed only in the files that
#: may start a flow (a source, an unreadable constant, a call given a constant).
MAX_FUNCTIONS: Final = 1000
#: Syntax nodes summarised in a unit beyond which its facts are not kept between scans (the
#: largest unit of the 50 largest Debian crates summarises a few thousand)
MAX_KEPT_NODES: Final = 40_000
#: Files larger than this are generated tables and bindings, not followed: a payload is small
MAX_FILE_BYTES: Final = 256 * 1024


def _rebuilds_names(text: UnitText, hints: set[str]) -> bool:
    """Whether a unit may rebuild a name from a constant: one no one could read, one a
    function transforms, or a table a function that takes nothing decodes (the searches
    cost: asked only of units with no other start of a flow, where the hints allow)."""
    return (
        # (given to it, or bound to a variable given to what transforms characters)
        (bool(hints & {"constant-call", "numbered-call", "decoder"}) and text.hidden_names())
        or (bool(hints & _CALLS) and "decoder" in hints and text.decoded_names())
        or ("bare-text" in hints and text.bare_decoders())
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
    library: frozenset[str] = frozenset(),
    store: FileMemo | None = None,
) -> UnitFlows:
    """Every flow from a source to a sink in one compilation unit's Rust files (each
    already cleared for parsing), of a crate named ``crate``, and the hidden names its
    calls rebuild (whatever the unit's sinks: a hidden name is evidence of its own).
    ``sending``: the unit can reach the network; otherwise no flow to it is looked for.
    ``resources``: the crate's files, which ``include_str!`` may read. ``hiding``:
    whether names rebuilt from constants are looked for (not in test code, whose
    fixtures call functions with constants everywhere: there only flows from a source, a
    download or a request are followed). ``macro``: the unit is a procedural macro's,
    whose tokens parsed from text are code it emits. ``library``: files only called into
    (the library a unit of examples calls), whose code starts no flow of its own. ``store``:
    where the files' facts are kept between scans (``kept.py``)."""
    files = {path: data for path, data in files.items() if len(data) <= MAX_FILE_BYTES}
    text = UnitText(files, store)
    hints = set().union(
        *(shown if path not in library else shown & _DEFINED for path, shown in text.shown.items())
    )
    source = sending and {"source", "send"} <= hints
    fetches = sending and {"download", "run"} <= hints
    serves = {"request", "run"} <= hints  # a request's data may reach a program run
    # ... or text a `let` makes of a constant inline
    inline = hiding and "inline-decode" in hints and bool(text.inline_decoders())
    if not (source or fetches or serves or (hiding and _rebuilds_names(text, hints))):
        if not inline:
            return UnitFlows([], [])  # nothing here that a flow starts from and ends in
        files = {path: files[path] for path in text.inline_decoders()}
    modules = text.modules()
    unit = _Unit(files, text, resources, macro, modules, store)
    follow = partial(
        _Unit.flows,
        crate=crate,
        starts=source or fetches or serves or inline,
        inline=inline,
        fixtures=not hiding,
    )
    try:
        found = follow(unit)
    except _Overrun:
        # a kept body no longer fits the unit's node budget: everything from the trees
        found = follow(_Unit(files, text, resources, macro, modules, None))
    unit.keep()
    return found


class _Overrun(Exception):
    """A kept summary of a body takes more nodes than the unit has left."""


class _Unit:
    """One unit's files' facts, read from the store where it keeps them, else parsed."""

    def __init__(
        self,
        files: Mapping[str, bytes],
        text: UnitText,
        resources: Mapping[str, bytes] | None,
        macro: bool,
        modules: frozenset[str],
        store: FileMemo | None,
    ) -> None:
        self.files = files
        self.text = text  # of all the unit's files, even those an inline decoder leaves out
        self.macro = macro
        self.modules = modules
        self.store = store
        # (what a body's summary depends on beyond its file)
        named = "\0".join(sorted(modules)).encode()  # (a digest: a unit may have thousands)
        self.tag = f"data flow facts {int(macro)} {hashlib.sha256(named).hexdigest()[:32]}"
        self.constants: dict[str, str] = {}
        self.definitions = Definitions(resources if resources is not None else files)
        starting = {"source", "constant-call", "numbered-call"}
        # the files that may start a flow: all that is followed of a large program
        self.seeds = {path for path in files if text.shown[path] & starting}
        self.facts: dict[str, FileFacts] = {}
        self.followed = self._read()

    def _read(self) -> bool:
        """Read the files' facts; False, with only some read, once the unit is a large
        program of which not even the files that may start a flow are followed (they are
        read first, the others densest in functions first, to learn that soonest)."""

        def density(path: str) -> float:
            return self.files[path].count(b"fn ") / max(len(self.files[path]), 1)

        order = sorted(self.seeds) + sorted(
            self.files.keys() - self.seeds, key=lambda path: (-density(path), path)
        )
        functions = seeded = 0
        for path in order:
            facts = self.facts[path] = self._facts(path)
            functions += len(facts.headers)
            seeded += len(facts.headers) if path in self.seeds else 0
            if seeded > MAX_FUNCTIONS or (not self.seeds and functions > MAX_FUNCTIONS):
                return False
        self.facts = dict(sorted(self.facts.items()))
        for facts in self.facts.values():
            self.constants.update(facts.constants)
            self.definitions.add(facts.definitions)
        return True

    def _facts(self, path: str) -> FileFacts:
        if self.store is not None and (value := self.store.kept(path, self.files[path], self.tag)):
            with suppress(ValueError):
                return decoded(path, value)
        return parsed(path, self.files[path])

    def flows(self, crate: str, starts: bool, inline: bool, fixtures: bool) -> UnitFlows:
        """``unit_flows`` of the unit's facts (``starts``: a flow may start without a
        name rebuilt from a constant; ``fixtures``: test code, whose key files are its
        fixtures)."""
        if not self.followed:
            return UnitFlows([], [])
        headers = [header for facts in self.facts.values() for header in facts.headers]
        if len(headers) > MAX_FUNCTIONS:
            # a large program: only the files that may start a flow, each on its own terms
            headers = [header for header in headers if header[0].file in self.seeds]
        aliases = self.text.aliases()
        if not starts and not decoding_call(headers, self.constants, self.definitions, aliases):
            # no source, and no call that could rebuild a name from a constant
            return UnitFlows([], [])
        functions = self._summarised(headers)
        solver = Solver(
            functions,
            crate,
            self.constants,
            Interpreter(self.definitions),
            self.text.env_macros(),
            fixtures,
            aliases,
        )
        if inline:
            solver.evaluate_bindings(headers, Interpreter(self.definitions))
        if not any(f.sinks for f in functions):
            # nothing leaves, is written or run: only the names the crate hides are read (a
            # script injected into the pages a middleware serves is hidden as well)
            solver.reveal()
            found = UnitFlows([], solver.revealed)
        else:
            found = UnitFlows(solver.flows(), solver.revealed)
        if inline:
            solver.reveal_bindings()
        return found

    def _summarised(self, headers: list[tuple[Function, Any]]) -> list[Function]:
        """The functions with their bodies summarised, within the unit's node budget;
        raises ``_Overrun`` where a kept summary no longer fits it."""
        where = {
            id(function): (facts, index)
            for facts in self.facts.values()
            for index, (function, _) in enumerate(facts.headers)
        }
        budget = [MAX_NODES]  # syntax nodes left to summarise in the unit
        for function, body in headers:
            facts, index = where[id(function)]
            nodes = facts.walked[index]
            if nodes is not None:
                if nodes > budget[0]:
                    raise _Overrun
                budget[0] -= nodes
                continue
            left = budget[0]
            node = self.definitions.node(function.file, body)
            Walker(function, budget, self.macro, self.modules).expression(node, function.returns)
            if budget[0] >= 0:  # summarised whole: kept so
                facts.walked[index] = left - budget[0]
                facts.changed = True
        return [function for function, _ in headers]

    def keep(self) -> None:
        """Keep the facts that are new or newly summarised, unless the unit summarised
        more nodes than real crates' units do (a hostile one would take longer to keep
        than to summarise again)."""
        summarised = sum(n for facts in self.facts.values() for n in facts.walked if n)
        if self.store is None or summarised > MAX_KEPT_NODES:
            return
        for path, facts in self.facts.items():
            if facts.changed:
                self.store.keep(path, self.files[path], self.tag, encoded(facts))
