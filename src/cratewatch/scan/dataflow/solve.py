"""Labels flowed over the facts of a unit's functions until nothing changes, and the
flows that reach a sink."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import partial
from typing import Any, Final, NamedTuple

from cratewatch.scan.dataflow.facts import (
    CONSTANT_NAME,
    Call,
    DataFlow,
    Expr,
    Function,
    Revealed,
    address_host,
    calls_of,
    constant_only,
    exprs_of,
    opaque,
)
from cratewatch.scan.dataflow.labels import (
    CONTACT,
    CRATE_PATH,
    CREDENTIAL,
    DECODED,
    DEVICE_SECRET,
    DEVICE_STORE,
    DOMAIN_TEMPLATE,
    DOWNLOAD_RUN,
    DOWNLOADED,
    DROPPED,
    ENV_FILE,
    ENVIRONMENT,
    FIXED,
    HIDDEN,
    HIDDEN_FILE,
    HOME_PATH,
    HOME_VARIABLE,
    HOST_FACTS,
    KEY_FILE,
    LOOPBACK,
    OWN_PATH,
    OWN_SERVICE,
    PRIVATE_KEY,
    PROCESS_ENVIRONMENT,
    PROJECT_SECRETS,
    RADIO,
    REMOTE_RUN,
    REQUEST,
    RUN,
    SECRET_NAME,
    SECRETS,
    SEND,
    SOCKET,
    SYSTEM_SECRET,
    SYSTEM_STORE,
    TRUST,
    USER_FILE,
    USER_SETTINGS,
    WRITE,
    base,
    bases,
    grown,
    hop,
    without,
)
from cratewatch.scan.dataflow.summary import (
    DNS_LOOKUP,
    INLINE_TEXT,
    SYMMETRIC_KEY,
    pattern_names,
    string_facts,
)
from cratewatch.scan.dataflow.summary import SECRET_LITERAL as _SECRET_NAME
from cratewatch.scan.interpret import UNSET, Interpreter, Spent, Stop, hidden_texts
from cratewatch.scan.syntax import node_text

_LITERAL_LABELS: Final = frozenset(
    {FIXED, HOME_PATH, SECRET_NAME, SYSTEM_STORE, KEY_FILE, ENV_FILE}
)
# what a named constant's value says, kept for where it is named
_CONSTANT_LABELS: Final = frozenset(
    {HOME_PATH, SYSTEM_STORE, SECRET_NAME, KEY_FILE, ENV_FILE, OWN_SERVICE}
)
_MACRO_CALL: Final = re.compile(r"\b(\w+)!\s*[(\[{]")
_STRING_PIECE: Final = re.compile(r'"([A-Za-z0-9_]*)"')
_RUN_ON_CONSTANTS: Final = " of this crate, run on its constants"
_STRING_ITEM: Final = re.compile(r'"([^"\\\n]{1,200})"')  # a string of an array constant
_MAX_ITEMS: Final = 256  # of an array constant, read for what its strings say
_MAX_BINDINGS_RUN: Final = 4  # runs of one call, a constant for each variable given to it
_MAX_BINDINGS: Final = 400  # `let` values of a unit evaluated inline
# what a `let` value must show to be evaluated: a constant of the unit, made into text
_NAMED_CONSTANT: Final = re.compile(r"\b[A-Z][A-Z0-9_]{2,}\b")
_MAX_INLINE: Final = 2000  # characters of a `let` value evaluated inline
_CONSTANT_WORD: Final = re.compile(r"\b[A-Z][A-Z0-9_]+\b")
_MACRO_REACH: Final = 400  # characters of a macro's arguments looked at for a secret's name
_CONSTANT_ROUNDS: Final = 3  # constants naming constants, followed this deep
_ROUNDS: Final = 8  # passes over one function's bindings until its labels stop changing
MAX_VISITS: Final = 6  # visits of one function: labels that still grow are cut there
_CANDIDATES: Final = 4  # a name defined more often is too ambiguous to follow
_MAX_DEPTH: Final = 8  # calls nested in one expression, followed for labels
_EMAIL: Final = re.compile(r"\b[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,24}\b", re.IGNORECASE)
_BARE_HOST: Final = re.compile(
    r"^([a-z0-9-]+\.)+[a-z]{2,24}$|^\d{1,3}(\.\d{1,3}){3}$", re.IGNORECASE
)
# a URL whose host is a placeholder: `https://{}/..`, `wss://{HOST}:{PORT}`
_HOST_TEMPLATE: Final = re.compile(r"^[a-z][a-z0-9+.-]*://\{\w*(:[^}]*)?\}", re.IGNORECASE)
#: what a value read from a source carries
_READ_LABELS: Final = SECRETS | {HIDDEN, HOST_FACTS, PROJECT_SECRETS, PROCESS_ENVIRONMENT}
_TABLE_DEPTH: Final = 2  # calls followed to the constant table a decoder reads
_WORD: Final = re.compile(r"[a-z0-9]+")
# a key or field of a device's store that holds a secret: a Wi-Fi PSK, a certificate, a
# device, application or session key (`app_key`, `nwk_s_key`), a password, a PIN
_DEVICE_SECRET: Final = re.compile(
    r"(?i)(?<![a-z])(psk|pwd|pass(word|phrase)?|secret|token|cert|crt|pem|cred(ential)?s?"
    r"|session|priv(ate)?|seed|mnemonic|pin|\w*key)(?![a-z])"
)
# a field or key of parsed settings that holds a secret
_SECRET_FIELD: Final = re.compile(
    r"(?i)token|secret|passw|auth|credential|cookie|session|private|mnemonic|seed|api_?key"
)


# words of crate names that say nothing about whose service a host is
_GENERIC_WORDS: Final = frozenset(
    {"http", "https", "client", "server", "async", "sync", "core", "utils", "tools", "data"}
    | {"cloud", "logs", "logger", "agent", "metrics", "telemetry", "report", "upload", "sender"}
)


def _literal(expr: Expr) -> bool:
    """An argument that holds nothing given at run time: a literal, or constants (what a
    literal says of itself, a path or an address, is no run-time value)."""
    return (
        not (expr.calls or expr.reads or expr.variables)
        and expr.labels <= _LITERAL_LABELS
        and all(CONSTANT_NAME.match(name) for name in expr.names)
    )


def own_words(crate: str) -> frozenset[str]:
    words = _WORD.findall(crate.lower())
    return frozenset(w for w in words if len(w) >= 3 and w not in ("rust", "lib", "sys", "cli"))


def compiled_secrets(constants: dict[str, str], env_macros: frozenset[str]) -> set[str]:
    """The constants whose value is a secret of the environment the crate is compiled in:
    ``option_env!`` or ``env!`` of a secret's name (also pieced together with
    ``concat!``, or through a macro of the unit that expands to one: ``env_macros``),
    and the constants that name those."""
    reading = {"option_env", "env"} | env_macros
    found = set()
    for name, value in constants.items():
        for call in _MACRO_CALL.finditer(value):
            if call.group(1) not in reading:
                continue
            pieces = _STRING_PIECE.findall(value, call.end(), call.end() + _MACRO_REACH)
            joined = pieces + [a + b for a, b in itertools.pairwise(pieces)]
            if any(_SECRET_NAME.match(piece) for piece in joined):
                found.add(name)
                break
    for _ in range(_CONSTANT_ROUNDS):  # `INFO = Info { provenance: CAPTURED, .. }`
        more = {
            name
            for name, value in constants.items()
            if name not in found and not found.isdisjoint(_CONSTANT_WORD.findall(value))
        }
        if not more:
            break
        found |= more
    return found


_NOTHING: Final[frozenset[str]] = frozenset()


class _Written(NamedTuple):
    """What an expression's names and literals say (``Solver._written``)."""

    host: bool  # a host named by a constant, where a URL template puts it: fixed
    secret_field: bool  # a secret's field or key, taken out of settings
    own_service: bool  # the addresses it writes are all of the crate's own service
    own_setting: bool  # the secrets it names are all settings named after the crate
    device_secret: bool  # a secret's name among its fields, literals and constants
    own: frozenset[str]  # a path of the crate's own: its name, or a file it writes
    constants: tuple[str, ...]  # the names it uses written as constants' (`TABLE`, `KEY`)


def _reaches(call: Call, callee: Function) -> bool:
    """Whether a call of the callee's name may be of the callee: a method call of a
    method; a function's name alone or a module's path (``thread::spawn``) of a function
    outside impl blocks; a type's path (``Uci::spawn``, ``Self::new``, ``T::default``) of
    a function of that type's or trait's impl (``BufReader::new`` is not ``Client::new``)."""
    if call.method or callee.method:
        return call.method == callee.method
    if not (call.owner and callee.owners):
        return not (call.owner or callee.owners)
    return call.owner in callee.owners or call.owner in ("Self", "<") or len(call.owner) == 1


class Solver:
    """Labels flowed over the facts of a unit's functions until nothing changes."""

    def __init__(
        self,
        functions: list[Function],
        crate: str,
        constants: dict[str, str],
        interpreter: Interpreter | None = None,
        env_macros: frozenset[str] = frozenset(),
        fixtures: bool = False,
        aliases: dict[str, str] | None = None,
    ) -> None:
        self.functions = functions
        # functions imported under another name: a call of the alias is one of the name
        self.aliases = aliases or {}
        # runs a call that rebuilds a hidden name, to read the name (`interpret/`)
        self.interpreter = interpreter
        # what each call run returned, and whether it reached the outside world instead
        # by call and callee
        self.ran: dict[tuple[int, int], tuple[list[str], bool]] = {}
        self.unfinished: set[tuple[int, int]] = set()  # runs that stopped or ran out of steps
        self.decoders: dict[int, bool] = {}  # `_decodes_elsewhere`, by the callee's identity
        # the calls given constants only, by callee (`_decodes_elsewhere`)
        self.constant_calls: dict[int, list[tuple[Function, Call]]] | None = None
        self.revealed: list[Revealed] = []
        # texts the unit's `let` statements compute inline (``evaluate_bindings``)
        self.bound: list[tuple[Function, int, list[str]]] = []
        self.own = own_words(crate)
        self.fixtures = fixtures  # test code: a file named as keys are is a fixture
        # a secret's name that starts with the crate's is its own setting
        # (`ZED_WEBEX_TOKEN` of `zed-webex`), not one gathered from other programs
        self.setting_prefix = "_".join(_WORD.findall(crate.lower())).upper() + "_"
        # the words of the crate's name that can say a host is its own service
        self.service_words = [w for w in self.own if len(w) >= 4 and w not in _GENERIC_WORDS]
        # a file the crate writes itself is its own state (an install id, a cache)
        self.written = frozenset(s for f in functions for s in f.written if s)
        self.by_name: dict[str, list[Function]] = {}
        for function in functions:
            self.by_name.setdefault(function.name, []).append(function)
        self.locals: dict[int, dict[str, set[str]]] = {id(f): {} for f in functions}
        self.params: dict[int, list[set[str]]] = {
            id(f): [set(labels) for labels in f.inputs] for f in functions
        }
        self.results: dict[int, set[str]] = {id(f): set() for f in functions}
        self.resolved: dict[int, list[Function]] = {}  # by the call's identity
        # each function's calls of the crate's own functions, with their callees
        self.calls = {
            id(f): [(call, callees) for call in calls_of(f) if (callees := self._resolve(call))]
            for f in functions
        }
        self.index = {id(f): index for index, f in enumerate(functions)}
        self.constants = constants
        # named constants that are a network address, not of the crate's own service
        self.fixed_constants = frozenset(
            name
            for name, value in constants.items()
            if value.endswith('"') and self._fixed_literal(value[value.find('"') + 1 : -1])
        )
        # named constants that are a bare host (`"collect.example.net"`, an IPv4 address):
        # fixed addresses where a URL template puts them (`format!("https://{}/u", HOST)`)
        self.host_constants = frozenset(
            name
            for name, value in constants.items()
            if value.endswith('"')
            and _BARE_HOST.match(host := value[value.find('"') + 1 : -1])
            and self._fixed_literal(f"https://{host}/")
        )
        # what named constants say: a path of the user's home or of the system's secrets,
        # or secrets' names (`const NAMES: &[&str] = &["JWT_SECRET", ..]`)
        self.constant_labels: dict[str, set[str]] = {}
        for name, value in constants.items():
            facts = Expr()
            if value.startswith('"') and value.endswith('"'):
                string_facts(value[1:-1], facts)
            elif value.lstrip("&").startswith("["):
                for piece in _STRING_ITEM.findall(value)[:_MAX_ITEMS]:
                    string_facts(piece, facts)
            if self._own_setting(facts.strings):
                facts.labels.discard(SECRET_NAME)
            if FIXED in facts.labels and name not in self.fixed_constants:
                facts.labels.add(OWN_SERVICE)
            if found := facts.labels & _CONSTANT_LABELS:
                self.constant_labels[name] = found
        self.fields: dict[str, set[str]] = {}
        # constants that hold a secret of the build's environment, read while compiling
        self.statics: dict[str, set[str]] = {
            name: {ENVIRONMENT} for name in compiled_secrets(constants, env_macros)
        }
        self.tables: dict[tuple[int, int], bool] = {}  # `_reads_table`, by function and depth
        self.written_by: dict[int, _Written] = {}  # `_written`, by the expression's identity
        self.decoded: dict[tuple[int, int], frozenset[str]] = {}  # `_decoded`, by call and callee

    def reveal(self) -> list[Revealed]:
        """The names the unit's calls rebuild, each call run once."""
        for function in self.functions:
            for call, callees in self.calls[id(function)]:
                for callee in callees:
                    self._decoded(function, callee, call)
        return self.revealed

    def flows(self) -> list[DataFlow]:
        self._solve()
        self.reveal()
        out = []
        plain_keys = False  # a key the unit makes of what it is given or reads in plain sight
        for function in self.functions:
            for sink in function.sinks:
                data = bases(self._labels(function, sink.data))
                destination = bases(self._labels(function, sink.destination))
                hidden = HIDDEN in data or HIDDEN in destination
                if sink.action == TRUST:
                    hidden = hidden or self._table_bytes(function, sink.data)
                    plain_keys = plain_keys or not hidden
                secrets = frozenset(data & SECRETS)
                if RADIO not in destination and not hidden:
                    secrets -= {DEVICE_SECRET}  # a device's keys matter on its radio only
                # where it goes: the request's URL or the connection, and for a socket
                # or a network tool also the address among the data (`send_to`, `curl`)
                addressed = (
                    destination | data if sink.socket or sink.destination_in_data else destination
                )
                fixed = bool(addressed & {FIXED, HIDDEN}) or (
                    sink.kind == DNS_LOOKUP and DOMAIN_TEMPLATE in addressed
                )
                if fixed and HOST_FACTS in data:
                    secrets |= {HOST_FACTS}  # the computer's name sent to the crate's own address
                if PROJECT_SECRETS in data and (fixed or OWN_SERVICE in addressed):
                    secrets |= {PROJECT_SECRETS}  # not to a server the user names
                if fixed and PROCESS_ENVIRONMENT in data:
                    secrets |= {PROCESS_ENVIRONMENT}  # not shown to the user
                action = sink.action
                if action == SEND and LOOPBACK in addressed and not addressed & {FIXED, HIDDEN}:
                    continue  # to a service of this machine (a node's RPC port): none leaves it
                # what was downloaded or a peer sent, run: as the program, or given to one
                # that runs code (a program named in plain sight that runs none, `tmux
                # display-message` given a response's error, only takes it as an argument)
                code = not sink.kind.startswith("argument of ")
                if action == RUN and (DROPPED in data or (DOWNLOADED in data and code)):
                    action = DOWNLOAD_RUN
                elif action == RUN and REQUEST in data and code:
                    action = REMOTE_RUN
                # text decoded at run time, written into a file of the user's home that is
                # not the crate's own: a line planted in another program's settings
                written, into = (
                    (bases(self._labels(function, sink.content)), data)
                    if sink.content is not None
                    else (data, destination)
                )
                # (a setting written through a library is another program's by its nature)
                outside = sink.kind.startswith("setting ") or (
                    HOME_PATH in into and CRATE_PATH not in into
                )
                planted = (
                    (
                        action == WRITE
                        or (sink.kind.startswith("socket ") and SOCKET not in destination)
                    )
                    and DECODED in written
                    and outside
                )
                if planted:
                    action, hidden = WRITE, True
                if action != SEND:
                    secrets = frozenset()
                    if not hidden and action not in (DOWNLOAD_RUN, REMOTE_RUN):
                        continue  # writing and running are flows only where a name is hidden
                elif not secrets or (sink.socket and SOCKET not in destination):
                    # a request to a URL the crate hides, a datagram to an address it hides
                    to_hidden = sink.destination_in_data or (sink.socket and SOCKET in destination)
                    # ... or an address it hides put among the data it sends: a recipient
                    # added to a message, a payee swapped in a transaction
                    carried = action == SEND and {HIDDEN, FIXED} <= data
                    if not ((HIDDEN in addressed and to_hidden) or carried):
                        continue
                    action, hidden = CONTACT, True
                elif secrets == {CREDENTIAL} and USER_SETTINGS in destination:
                    continue  # a secret sent where the same settings say: a client's login
                out.append(
                    DataFlow(
                        function.file,
                        sink.line,
                        secrets,
                        sink.kind,
                        hidden,
                        function.name,
                        action,
                        fixed,
                        planted,
                    )
                )
        # A public key hidden as the only one the unit trusts is its vendor's, masked
        # against patching (a licence check); hidden beside the keys it is given, it is a
        # second way in. A secret key hidden is one its author can sign with either way.
        return [
            flow
            for flow in out
            if flow.action != TRUST or plain_keys or SYMMETRIC_KEY.search(flow.sink)
        ]

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
            for expr in exprs_of(function):
                for field in expr.fields:
                    readers.setdefault("." + field, set()).add(index)
                for name in expr.names:
                    if CONSTANT_NAME.match(name):
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
            # (in an order of their own, not the hash seed's: where a visit is cut, the
            # order functions were visited in decides what the cut leaves out)
            for key in sorted(self._visit(function), key=lambda k: (isinstance(k, str), str(k))):
                if isinstance(key, int):
                    targets = {key}
                elif key == "callers":
                    targets = callers.get(id(function), set())
                else:
                    targets = readers.get(key, set())
                for target in targets - queued:
                    pending.append(target)
                    queued.add(target)

    def _visit(self, function: Function) -> set[int | str]:
        """Labels flowed through one function; what must be visited again: functions by
        index, "callers" (of this one), or the readers of a field (".name") or static."""
        woken: set[int | str] = set()
        env = self.locals[id(function)]
        grew = False
        for names, labels in zip(function.params, self.params[id(function)], strict=True):
            for name in names:
                grew |= grown(env.setdefault(name, set()), labels)
        for _ in range(_ROUNDS):
            more = False
            for names, expr in function.bindings:
                labels = self._labels(function, expr)
                for name in names:
                    more |= grown(env.setdefault(name, set()), labels)
            for ends in function.aliases:
                shared = set().union(*(env.get(name, set()) for name in ends))
                for name in ends:
                    more |= grown(env.setdefault(name, set()), shared)
            grew |= more
            if not more:
                break
        for field, expr in function.fields:
            if grown(self.fields.setdefault(field, set()), hop(self._labels(function, expr))):
                woken.add("." + field)
        for name, expr in function.statics:
            if grown(self.statics.setdefault(name, set()), hop(self._labels(function, expr))):
                woken.add(name)
        if grown(self.results[id(function)], self._labels(function, function.returns)):
            woken.add("callers")
        if grew:
            woken.add("callers")  # what it put in a parameter goes back to its callers
        for call, callees in self.calls[id(function)]:
            woken |= self._pass(function, call, callees)
        return woken

    def _pass(self, function: Function, call: Call, callees: list[Function]) -> set[int | str]:
        """Arguments into the callee's parameters; what the callee put in a parameter
        back into the variable passed (``fill(&mut buf)``, ``send_all(tx)``). The
        functions to visit again: callees whose parameters grew, and this one if a
        variable of its own did."""
        woken: set[int | str] = set()
        env = self.locals[id(function)]
        given: dict[int, set[str]] = {}  # each argument's labels, read once for every callee
        for callee in callees:
            callee_env = self.locals[id(callee)]
            slots = self.params[id(callee)]
            # `unpack(&TABLE, &mut out)`: a decoder fills its output from a constant
            decoded = self._decoded(function, callee, call)
            for number, (slot, names, arg, place) in enumerate(
                zip(slots, callee.params, call.args, call.places, strict=False)
            ):
                labels = given.get(number)
                if labels is None:
                    labels = given[number] = hop(self._labels(function, arg))
                if grown(slot, labels):
                    woken.add(self.index[id(callee)])
                if place:
                    back = set().union(*(callee_env.get(name, set()) for name in names))
                    back = hop(without(back, SOCKET, RADIO)) | decoded
                    if grown(env.setdefault(place, set()), back):
                        woken.add(self.index[id(function)])
        return woken

    def _resolve(self, call: Call) -> list[Function]:
        """The crate's functions a call may reach, by name (none if too many)."""
        callees = self.resolved.get(id(call))
        if callees is None:
            candidates = self.by_name.get(call.name) or self.by_name.get(
                self.aliases.get(call.name, ""), []
            )
            callees = [] if len(candidates) > _CANDIDATES else candidates
            callees = [c for c in callees if _reaches(call, c)]
            self.resolved[id(call)] = callees
        return callees

    def _labels(self, function: Function, expr: Expr, depth: int = 0) -> set[str]:
        env = self.locals[id(function)]
        written = self.written_by.get(id(expr))
        if written is None:
            written = self.written_by[id(expr)] = self._written(expr)
        labels = set(expr.labels)
        if written.own_setting:
            labels.discard(SECRET_NAME)
        for name in expr.names:
            labels |= env.get(name, _NOTHING)
        for name in written.constants:
            labels |= self.statics.get(name, _NOTHING)
            labels |= self.constant_labels.get(name, _NOTHING)
            if name in self.fixed_constants:
                labels.add(FIXED)
        if written.host:
            labels.add(FIXED)
        for field in expr.fields:
            labels |= self.fields.get(field, _NOTHING)
        if written.secret_field and USER_SETTINGS in bases(labels):
            labels.add(CREDENTIAL)  # a secret taken out of another program's settings
        if written.device_secret and DEVICE_STORE in bases(labels):
            labels.add(DEVICE_SECRET)  # a key the device keeps (`nvs.get_str(K_PSK, ..)`)
        if written.own_service:
            labels.discard(FIXED)  # the crate's own service: a vendor's client
            labels.add(OWN_SERVICE)
        labels |= written.own
        if depth >= _MAX_DEPTH:
            return labels
        for call in expr.calls:
            callees = self._resolve(call)
            for callee in callees:
                labels |= hop(self.results[id(callee)])
                labels |= self._decoded(function, callee, call)
            if not callees:  # a library's function: its result holds what it was given
                for arg in call.args:
                    labels |= without(self._labels(function, arg, depth + 1), SOCKET, RADIO)
        for variable in expr.variables:
            # variables whose names are hidden in the crate, or secrets gathered by name
            named = bases(self._labels(function, variable, depth + 1))
            if named & {HIDDEN, SECRET_NAME}:
                labels.add(ENVIRONMENT)
            if HOME_VARIABLE in named:  # `env_path("APPDATA")` reading `var_os(name)`
                labels.add(HOME_PATH)
        for text in expr.parsed:
            # settings parsed from a file are not its contents: a tool sends the server
            # and account its configuration names, malware the file
            held = self._labels(function, text, depth + 1)
            labels |= without(held, USER_FILE)
            if USER_FILE in bases(held):
                labels.add(USER_SETTINGS)
        for connection in expr.received:
            if bases(self._labels(function, connection, depth + 1)) & {SOCKET, DOWNLOADED}:
                labels.add(DOWNLOADED)  # bytes read from a connection
        for content in expr.dropped:
            if DOWNLOADED in bases(self._labels(function, content, depth + 1)):
                labels.add(DROPPED)  # a file that holds downloaded bytes
        for path in expr.reads:
            found = self._labels(function, path, depth + 1)
            held = bases(found)
            labels |= {label for label in found if base(label) in _READ_LABELS}
            if HIDDEN in held:
                labels.add(HIDDEN_FILE)  # a file whose name the crate hides
            # a path the function also writes, or one that names the crate, is its own
            # state, unless a name in it is hidden
            own = OWN_PATH in held or not function.written.isdisjoint(path.names)
            if HOME_PATH in held and (not own or HIDDEN in held):
                labels.add(USER_FILE)
            if SYSTEM_STORE in held:
                labels.add(SYSTEM_SECRET)
            if KEY_FILE in held and not self.fixtures:
                labels.add(PRIVATE_KEY)
            if ENV_FILE in held and not self.fixtures:
                labels.add(PROJECT_SECRETS)
        return labels

    def _written(self, expr: Expr) -> _Written:
        """What an expression's names and literals say, whatever the labels."""
        host = not self.host_constants.isdisjoint(expr.names) and any(
            _HOST_TEMPLATE.match(text) for text in expr.strings
        )
        secret = any(_SECRET_FIELD.search(name) for name in (*expr.fields, *expr.strings))
        own: frozenset[str] = frozenset()
        if any(self._names_crate(s) for s in expr.strings):
            own = frozenset({OWN_PATH, CRATE_PATH})
        elif any(s in self.written for s in expr.strings):
            own = frozenset({OWN_PATH})  # a file the crate writes itself: its own state
        service = FIXED in expr.labels and self._own_service(expr.strings)
        named = (*expr.fields, *expr.strings, *expr.names)
        values = (self.constants.get(name, "") for name in expr.names)
        device = any(_DEVICE_SECRET.search(text) for text in (*named, *values))
        setting = SECRET_NAME in expr.labels and self._own_setting(expr.strings)
        constants = tuple(name for name in expr.names if CONSTANT_NAME.match(name))
        return _Written(host, secret, service, setting, device, own, constants)

    def _decoded(self, function: Function, callee: Function, call: Call) -> frozenset[str]:
        """``_decoding``, worked out once per call and callee: all it reads is fixed
        from its first answer on (each call is run once, its facts do not change)."""
        key = (id(call), id(callee))
        found = self.decoded.get(key)
        if found is None:
            found = self.decoded[key] = frozenset(self._decoding(function, callee, call))
        return found

    def _decoding(self, function: Function, callee: Function, call: Call) -> set[str]:
        """What a call of the crate's own function rebuilds from constants: a hidden
        name as ``_rebuilt`` judges it, or as the call, run by the interpreter, returns it
        (text none of the literals it was given or read shows) or decodes on the way, with
        what that name says
        (a path in the user's home, a secret's name, a network address)."""
        labels = self._rebuilt(function, callee, call)
        # a function that takes nothing and decodes may turn its text into something
        # else before returning it (addresses parsed from a decoded list)
        runs = callee.yields_text or (callee.decodes_table and not callee.params)
        if callee.method or not (labels or (runs and all(map(_literal, call.args)))):
            if runs and not callee.method and call.args and self._decodes_elsewhere(callee):
                # `group(i)` in a loop, where `group(1)` decodes: a name out of its table
                return labels | {HIDDEN, DECODED}
            return labels
        texts, effects = self._run(function, callee, call)
        if effects:
            return set()  # it reads the environment, files or programs: no decoder
        if not texts:
            if (
                (id(call), id(callee)) in self.unfinished
                and not callee.params
                and callee.decodes_table
                and self._reads_table(callee, 0)
            ):
                # too long to run (a digit spigot): a table of its own decoded into text
                return labels | {HIDDEN, DECODED}
            return labels
        return labels | self._hidden_text(texts)

    def _hidden_text(self, texts: list[str]) -> set[str]:
        """The labels of texts the crate's code decodes: hidden, decoded, and what they
        say (a path in the user's home, a secret's name, a network address)."""
        labels = {HIDDEN, DECODED}
        for text in texts:
            facts = Expr()
            string_facts(text, facts)
            labels |= facts.labels - {FIXED}
            if self._fixed_literal(text) or _EMAIL.search(text):
                labels.add(FIXED)  # an address it hides: a URL, an IP, a mailbox
        return labels

    def _table_bytes(self, function: Function, expr: Expr) -> bool:
        """Whether ``expr`` holds bytes that a function taking nothing computes from a
        table of the crate's own with a decoder's operations, and never makes text of:
        no text comes out to be read (so no label says so), but a key made of them is
        one nobody can read. Followed through the function's local variables (each
        binding once)."""
        stack, seen = [expr], set()
        while stack:
            current = stack.pop()
            for call in current.calls:
                for callee in self._resolve(call):
                    if callee.params or not callee.decoder or callee.decodes_table:
                        continue
                    if self._reads_table(callee, 0):
                        return True
            for names, bound in function.bindings:
                if id(bound) not in seen and not current.names.isdisjoint(names):
                    seen.add(id(bound))
                    stack.append(bound)
        return False

    def _decodes_elsewhere(self, callee: Function) -> bool:
        """Whether a call of ``callee`` given constants only, somewhere in the unit, returns
        a hidden text: then what it returns given anything is a name out of what it decodes."""
        if self.constant_calls is None:
            self.constant_calls = {}
            for function in self.functions:
                for call, callees in self.calls[id(function)]:
                    if call.args and all(map(_literal, call.args)):
                        for one in callees:
                            self.constant_calls.setdefault(id(one), []).append((function, call))
        known = self.decoders.get(id(callee))
        if known is None:
            self.decoders[id(callee)] = False  # (until found: calls may recurse)
            known = self.decoders[id(callee)] = any(
                texts and not effects
                for function, call in self.constant_calls.get(id(callee), ())
                for texts, effects in (self._run(function, callee, call),)
            )
        return known

    def _run(self, function: Function, callee: Function, call: Call) -> tuple[list[str], bool]:
        """The hidden texts a call returns, run once by the interpreter for each function
        it may reach, and whether it reached the outside world instead."""
        key = (id(call), id(callee))
        if key in self.ran:
            return self.ran[key]
        self.ran[key] = ([], False)
        self.unfinished.add(key)  # until it returns
        if self.interpreter is None:
            return [], False
        try:
            # (the nodes in the caller's file, kept as spans where its facts were kept)
            node = partial(self.interpreter.node, function.file)
            if call.tokens is not None:  # written among a macro's arguments
                tokens = node(call.tokens)
                outcomes = [self.interpreter.call_tokens(callee.name, tokens, callee.file)]
            elif len(call.arguments) == len(call.args):
                arguments = list(map(node, call.arguments))
                # (once for each constant that variables given to it may hold)
                outcomes = [
                    self.interpreter.call(callee.name, arguments, given, callee.file)
                    for given in self._bound(function, call)
                ]
            else:
                return [], False
        except Spent:
            self.interpreter = None  # the unit's steps are spent: no more calls run
            return [], False
        except Stop:
            return [], False
        finished = [outcome for outcome in outcomes if outcome is not None]
        found = list(dict.fromkeys(item for outcome in finished for item in hidden_texts(outcome)))
        self.revealed += [
            Revealed(function.file, call.line, text, f"{how} by {callee.name}(){_RUN_ON_CONSTANTS}")
            for text, how in found
        ]
        texts = [text for text, _ in found]
        self.ran[key] = (texts, any(outcome.effects for outcome in finished))
        if finished and all(outcome.value is not UNSET for outcome in finished):
            self.unfinished.discard(key)
        return self.ran[key]

    def evaluate_bindings(
        self, bodies: list[tuple[Function, Any]], interpreter: Interpreter
    ) -> None:
        """The texts ``let`` statements compute inline from the unit's constants and
        make text of (a decoder written as a chain of methods, a closure, a struct's
        methods), each evaluated once by ``interpreter`` (with steps of its own, apart
        from the calls the labels flow through) before the labels flow: the names a
        ``let`` binds hold what its texts say, hidden. What it cannot evaluate (a local
        value, the outside world) reveals nothing."""
        budget = _MAX_BINDINGS
        for function, body in bodies:
            try:
                body = interpreter.node(function.file, body)
            except Stop:
                continue
            for names, value in _inline_texts(body):
                if budget <= 0:
                    return
                budget -= 1
                try:
                    outcome = interpreter.evaluated(value)
                except Spent:
                    return
                found = [] if outcome is None else hidden_texts(outcome)
                texts = [text for text, _ in found]
                if texts:
                    self.bound.append((function, value.start_point[0] + 1, texts))
                    env = self.locals[id(function)]
                    for name in names:
                        env.setdefault(name, set()).update(self._hidden_text(texts))

    def reveal_bindings(self) -> None:
        """The texts ``evaluate_bindings`` found, among those the calls revealed."""
        seen = {(r.file, r.line, r.text) for r in self.revealed}
        for function, line, texts in self.bound:
            for text in texts:
                if (function.file, line, text) not in seen:
                    seen.add((function.file, line, text))
                    how = f"computed by fn {function.name}{_RUN_ON_CONSTANTS}"
                    self.revealed.append(Revealed(function.file, line, text, how))

    def _rebuilt(self, function: Function, callee: Function, call: Call) -> set[str]:
        """What a call of the crate's own function rebuilds from a constant: a function
        that yields text (a string, bytes, a path, or a byte buffer it fills), given a
        constant no one could read, or a named constant when it transforms characters or
        bytes, gives a hidden name; text from one that transforms characters or bytes is
        also ``decoded`` (where numbers rendered as text are not). A local variable
        that only ever holds constants counts as them."""
        if not callee.yields_text:
            return set()
        transformed = {HIDDEN, DECODED} if callee.decoder else {HIDDEN}
        args = [self._as_constants(function, arg) for arg in call.args]
        # constants the unit defines (an enum's variant in capitals is none)
        defined = [all(name in self.constants for name in arg.names) for arg in args]
        if (
            callee.decoder
            and call.args
            and all(map(_literal, call.args))
            and all(defined)
            and self._reads_table(callee)
        ):
            return transformed  # `table(4, 7)`: what it transforms can only be the crate's own
        for arg, known in zip(args, defined, strict=True):
            if not constant_only(arg):
                continue
            if callee.decoder and arg.names and known:
                return transformed
            values = [self.constants.get(name, "") for name in arg.names]
            values += [f'"{text}"' for text in arg.strings]
            if any(opaque(value) for value in values):
                return transformed
        return set()

    def _as_constants(self, function: Function, arg: Expr) -> Expr:
        """An argument that names local variables, as the constants they hold where
        every binding of them in the function is made of constants only (``for (kind,
        table) in [("a", &TABLE_A), ("b", &TABLE_B)]``, ``let key = KEY;``); otherwise
        the argument itself."""
        if constant_only(arg) or arg.strings or not arg.names or arg.calls or arg.reads:
            return arg
        held = Expr()
        for name in arg.names:
            bound = [expr for names, expr in function.bindings if name in names]
            if not bound or any(name in names for names in function.params):
                return arg
            for expr in bound:
                if not constant_only(expr) or expr.calls or expr.reads:
                    return arg
                held.names |= expr.names
        return held

    def _bound(self, function: Function, call: Call) -> list[dict[int, str]]:
        """The ways to run a call whose arguments are local variables that hold
        constants: each a constant for each such argument, at most ``_MAX_BINDINGS_RUN``
        (one run with no constant given when none is)."""
        choices = []
        for index, arg in enumerate(call.args):
            held = self._as_constants(function, arg)
            if held is not arg and held.names <= self.constants.keys():
                choices.append([(index, name) for name in sorted(held.names)])
        runs = itertools.islice(itertools.product(*choices), _MAX_BINDINGS_RUN)
        return [dict(run) for run in runs]

    def _reads_table(self, function: Function, depth: int = _TABLE_DEPTH) -> bool:
        """Whether a function reads a constant string or array of the unit (a table of
        encoded names it indexes into), itself or through the crate's functions it calls
        (``text(i)`` decoding what ``group(i)`` takes out of a table)."""
        found = self.tables.get((id(function), depth))
        if found is None:
            self.tables[(id(function), depth)] = False  # a recursive call reads no table itself
            names = {name for expr in exprs_of(function) for name in expr.names}
            found = any(
                self.constants.get(name, "").lstrip("&").startswith(("[", '"', 'b"', 'r"'))
                for name in names
                if CONSTANT_NAME.match(name)
            ) or (
                depth > 0
                and any(
                    self._reads_table(callee, depth - 1)
                    for _, callees in self.calls[id(function)]
                    for callee in callees
                )
            )
            self.tables[(id(function), depth)] = found
        return found

    def _fixed_literal(self, literal: str) -> bool:
        """Whether a literal is a network address, not of the crate's own service."""
        host = address_host(literal)
        return host is not None and not self._host_names_crate(host)

    def _own_service(self, literals: list[str]) -> bool:
        """Whether every address among ``literals`` is of a host that names the crate
        (``api.sentry.io`` for ``sentry-core``): a vendor's client talking to its service."""
        hosts = [host for literal in literals if (host := address_host(literal))]
        return bool(hosts) and all(self._host_names_crate(host) for host in hosts)

    def _host_names_crate(self, host: str) -> bool:
        """Whether a host's name starts with a distinctive word of the crate's name."""
        labels = _WORD.findall(host.lower())
        return any(label.startswith(w) for w in self.service_words for label in labels)

    def _own_setting(self, literals: list[str]) -> bool:
        """Whether the secrets' names among ``literals`` are all the crate's own settings."""
        secrets = [text for text in literals if _SECRET_NAME.match(text)]
        return bool(secrets) and all(text.startswith(self.setting_prefix) for text in secrets)

    def _names_crate(self, literal: str) -> bool:
        """Whether a literal names the crate (a word of its name)."""
        return bool(self.own) and not self.own.isdisjoint(_WORD.findall(literal.lower()))


#: a call of a function with no arguments (not a method's): what it yields is made of the
#: unit's constants, if of anything (`classes::spill_granules()`)
_BARE_CALL: Final = re.compile(r"(?:^|::|[(\s,])[a-z_]\w*\(\)")


def _inline_texts(body: Any) -> Iterator[tuple[tuple[str, ...], Any]]:
    """The ``let`` statements of a function body that make text of a constant
    (``INLINE_TEXT``), outside nested functions: the names each binds, and its value."""
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "let_declaration":
            value = node.child_by_field_name("value")
            if value is not None and value.end_byte - value.start_byte <= _MAX_INLINE:
                text = node_text(value)
                inputs = _NAMED_CONSTANT.search(text) or _BARE_CALL.search(text)
                if inputs and INLINE_TEXT.search(text):
                    yield tuple(pattern_names(node.child_by_field_name("pattern"))), value
                continue
        if node.type != "function_item":
            stack.extend(reversed(node.named_children))
