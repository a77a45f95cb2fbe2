"""What a compilation unit's text must show before its data flow is followed: both
ends of a flow, found in one pass; and what each file shows of the names a unit hides
(``UnitText``: each file's answers, kept between scans)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any, Final, TypeVar

from cratewatch.scan.dataflow.facts import opaque
from cratewatch.scan.dataflow.summary import (
    CONTACTS,
    DECODER_BODY,
    ENV_FILE_NAME,
    HTTP_CRATES,
    HTTP_DATA,
    INLINE_TEXT,
    KEY_FILE_NAME,
    REQUEST_TYPE,
    SETTING_WRITES,
    SHELLS,
    SOCKET_WRITE,
    TABLE_READ,
    TEXT_MAKING,
    WRITES,
)
from cratewatch.scan.imports import imported_aliases
from cratewatch.scan.interpret import ADDRESS_TYPES
from cratewatch.scan.memo import FileMemo, checked_bool, checked_list, checked_strings, remembered
from cratewatch.scan.prefilter import kept_database
from cratewatch.scan.words import word_matches

# What a unit must show before it is parsed again. A flow to the network starts at a
# source: the home folder, the environment listed or named at run time, the clipboard.
_SOURCE_HINT: Final = re.compile(
    rb"home_dir|BaseDirs|UserDirs|\b(config|data|cache|data_local|config_local|document|download"
    rb"|desktop|preference|runtime|state)_dir\s*\(\s*\)"
    rb"|\"(HOME|USERPROFILE|APPDATA|LOCALAPPDATA|HOMEPATH)\""
    rb"|\"/etc/(g?shadow|NetworkManager/system-connections|wireguard|wpa_supplicant)"
    rb"|\"/var/lib/iwd|\"/etc/ssh/ssh_host_|\"/var/(jenkins_home|lib/jenkins)"
    rb"|\"([^\"\n]*[/\\\\])?" + KEY_FILE_NAME.encode() + rb"\""  # a private key's file
    rb"|\"([^\"\n]*[/\\\\])?" + ENV_FILE_NAME.encode() + rb"\""  # a project's secrets file
    rb"|XDG_\w+_HOME|\"(~[/\\\\]|/home/|/Users/|/root/|%APPDATA%|%USERPROFILE%)"
    rb"|\bvars(_os)?\s*\(|/environ\b|\"environ\"|get_contents|get_text|\bvar(_os)?\s*\(\s*[^\s\")]"
    rb"|\.(secret|get_secret|secret_value)\s*\(\s*[^\s\")]"  # a platform's secrets by a name
    rb"|\b(local_storage|session_storage|cookie)\s*\(\s*\)"
    rb"|\boption_env!"  # the build's environment, read while compiling
    rb"|\bgethostname\b|\bhostname::get\b|\bwhoami::|\bget_current_username\b|\bhost_name\s*\("
    rb"|\"/etc/(hostname|machine-id)\"|\"(COMPUTERNAME|HOSTNAME|USER|USERNAME|LOGNAME)\""
    rb"|\.get_(str|blob|raw)\s*\(|\bfetch_item\b"  # a device's key store
)
# What its sinks are written with (the summary's own lists of them): sending, writing
# files, running programs; and what fetches bytes to run.
_HTTP_CRATES: Final = "|".join(HTTP_CRATES).encode()
_SEND_HINT: Final = re.compile(
    rb"\.(%s)\s*\(|\bwrite(ln)?!|\b(%s)::|::connect\w*\s*\(|\.send_beacon|"
    # a radio broadcast's data (`ADVERTISING`'s names)
    rb"\b(advertise|start_advertising|set_adv|set_advertis|set_scan_r|manufacturer_data"
    rb"|set_manufacturer_data|service_data|set_service_data)\w*\s*\(|config_(adv|scan_rsp)_data|"
    # a name looked up (`DNS_LOOKUP`)
    rb"\.to_socket_addrs\s*\(|(::|=\s*)(lookup_host|getaddrinfo)\s*\(|\.(lookup_ip|ipv[46]_lookup|txt_lookup)\s*\(|"
    rb"\b(Client|Connection|Producer|Publisher|SmtpTransport)::"
    rb"(new|\w*open\w*|\w*connect\w*|builder|from_\w+|relay)\b"
    % (
        "|".join(sorted(HTTP_DATA | SOCKET_WRITE | CONTACTS | {"arg", "args"})).encode(),
        _HTTP_CRATES,
    )
)
_WRITE_HINT: Final = re.compile(
    rb"\b(%s)\s*\(|\.open\s*\(" % "|".join(WRITES + tuple(sorted(SETTING_WRITES))).encode()
)
_RUN_HINT: Final = re.compile(
    rb"Command::new|Library::new|dlopen|LoadLibrary|CreateProcess|ShellExecute|WinExec|"
    rb"_eval_string|PyRun_|luaL_(do|load)|JS_Eval|Tcl_Eval|\.(eval|execute_script)\s*\(|"
    rb"Module::(declare|evaluate)\b|"
    rb"\bsystem\s*\(|\bexec[vl]p?e?\s*\(|"
    # a shell's argument list with a command line, for whatever runs it (`run_command`)
    rb"\[\s*\"((/usr)?/bin/)?(%s)(\.exe)?\"\s*,\s*\"(-|/)" % SHELLS.encode()
)
_DOWNLOAD_HINT: Final = re.compile(
    rb"\b(%s)::|TcpStream::connect|\.(send|call)\s*\(\s*\)" % _HTTP_CRATES
)
# A hidden name is rebuilt by a function that yields text, given a constant no one could
# read (numbers, symbols, bytes, non-ASCII text):
# a constant's name and the start of its value
_CONSTANT_VALUE: Final = re.compile(
    rb"(?:const|static)\s+([A-Z][A-Z0-9_]*)\s*:[^=\n]{0,80}=\s*([^;]{0,400})"
)
_OPAQUE_LITERAL: Final = re.compile(rb"\(\s*b?\"[^\"]*([^\x00-\x7f]|\\x)")
# what follows a constant given whole, or one element of it (`TABLE[0]`), as an argument
_ELEMENT: Final = rb"\s*(?:\[\s*\d{1,6}\s*\]\s*)?[,)]"
# numbers a call may be given before a constant (`unmask(201, TABLE)`: an offset, a length)
_LEADING_NUMBERS: Final = rb"(?:\d[\w]*\s*,\s*){0,3}"
# a call given one constant in capitals (by path or not), or an unreadable literal
_CONSTANT_CALL: Final = re.compile(
    rb"\b(\w+)\s*\(\s*%s&?(?:\w+::)*([A-Z][A-Z0-9_]*(?=%s)|b?\"[^\"]*(?:[^\x00-\x7f]|\\x))"
    % (_LEADING_NUMBERS, _ELEMENT)
)
# ... found from its argument, for a search of the whole text (the callee is the word
# before the parenthesis)
_CONSTANT_ARGUMENT: Final = re.compile(
    rb"\(\s*%s&?(?:\w+::)*([A-Z][A-Z0-9_]*(?=%s)|b?\"[^\"]*(?:[^\x00-\x7f]|\\x))"
    % (_LEADING_NUMBERS, _ELEMENT)
)
_CALLEE: Final = re.compile(rb"(?<!\w)(\w+)\s*$")
_DEFINED_FUNCTION: Final = re.compile(rb"fn\s+(\w+)")
# a call of a function by its bare name given only numbers (`step(3)`, `table(4, 7)`)
_NUMBERED_CALL: Final = re.compile(rb"[^\w.:](\w+)\s*\(\s*\d+\s*(?:,\s*\d+\s*)*\)")
# ... or given a string literal first (`fold("uggcf://..")`)
_LITERAL_CALL: Final = re.compile(rb"[^\w.:](\w+)\s*\(\s*b?\"")
# what a call's arguments start with when it is given a constant: a name in capitals (by
# path or not), a string literal, numbers only, or an array of numbers written out
# (`text(&[170, 126, 229])`)
_GIVEN_CONSTANT: Final = (
    rb"(?:&?(?:\w+::)*[A-Z][A-Z0-9_]*%s|b?\"|\d+\s*(?:,\s*\d+\s*)*\)"
    rb"|&?\[\s*(?:0x[0-9a-fA-F_]+|\d[\d_]*)\w*\s*,)" % _ELEMENT
)
# The searches over a unit's whole text below begin with a literal, not with ``\b``:
# Python's regular expressions skip ahead to a leading literal but try a leading ``\b`` at
# every byte, five times slower on a large unit (``scan/words.py``).
#
# a function's name and signature; one that returns text or bytes, or fills a byte buffer
# (up to the body or the `;` of a declaration: a `;` inside brackets is an array's length,
# as in `fn reveal(blocks: &[[u32; 2]]) -> String`)
_SIGNATURE: Final = re.compile(rb"fn\s+(\w+)((?:[^{;\[]|\[[^\]{]*\]){0,300})")
# a function that takes nothing and yields text or an address: a decoder of its own data
_BARE_SIGNATURE: Final = re.compile(
    rb"fn\s+\w+\s*\(\s*\)\s*->[^{;]{0,80}\b(String|Vec\s*<\s*u8|PathBuf|OsString|CString|"
    + "|".join(sorted(ADDRESS_TYPES)).encode()
    + rb")\b"
)
_TEXT_SIGNATURE: Final = re.compile(
    rb"->[^{;]*\b(String|Vec\s*<\s*u8|PathBuf|OsString|CString|str)\b|"
    rb"&\s*mut\s*(\[\s*u8|Vec\s*<\s*u8|String)"
)


_DECODER_HINT: Final = re.compile(DECODER_BODY.pattern.encode())
_TABLE_NAME: Final = re.compile(TABLE_READ.pattern.encode())
# (and here without its one ``\b`` at the start of an alternative, for the same reason:
# a hint may say yes wrongly, never no)
_TEXT_MAKING: Final = re.compile(TEXT_MAKING.pattern.replace("\\b", "").encode())
# any function that takes nothing and returns something: one that decodes a table
_BARE_FUNCTION: Final = re.compile(rb"fn\s+\w+\s*\(\s*\)\s*->")
_MACRO_RULES: Final = re.compile(rb"\bmacro_rules!\s*(\w+)")
_READS_ENV: Final = re.compile(rb"\b(option_)?env!\s*\(")
_NEXT_FUNCTION: Final = re.compile(rb"fn\s+\w")
T = TypeVar("T")
_MODULE: Final = re.compile(rb"mod\s+([a-z_]\w*)\s*[;{]")
_KEPT_FROM: Final = 8 * 1024  # bytes of a file whose answers are kept between scans
_MAX_BODY: Final = 16 * 1024  # of a function's text, looked at for what it does to characters
# what binds a local variable to a constant: a `for` loop over an array written out (the
# constants named in its first bytes, before a `;` or `{`), a `let` of a constant or a
# borrow of it
_FOR_ARRAY: Final = re.compile(rb"for\s[^{;]{0,200}?\sin\s*&?\[")
_ARRAY_END: Final = re.compile(rb"[;{]")
_ARRAY_REACH: Final = 300
_CAPITAL: Final = re.compile(rb"(?<!\w)[A-Z][A-Z0-9_]*(?!\w)")
_LET_CONSTANT: Final = re.compile(
    rb"let\s[^;=]{0,80}=\s*&?(?:\w+::)*([A-Z][A-Z0-9_]*)\s*(?:\[\s*\.\.\s*\]\s*)?;"
)
_CALLED: Final = re.compile(rb"(\w+)\s*\(")  # a name called, in a function's body
_GIVEN: Final = re.compile(rb"\(\s*%s" % _GIVEN_CONSTANT)  # a call's constant arguments

# a `let` that makes text of a constant of the unit inline (`let url =
# String::from_utf8(Rc4::new(KEY).apply(&URL))`): run by the interpreter
_MAKES_TEXT: Final = b"(%s)" % INLINE_TEXT.pattern.encode()
# ... or of what a function of the crate that takes nothing yields (`String::from_utf8(
# classes::spill_granules().collect())`: bytes an iterator computes from a table)
_INLINE_DECODE: Final = re.compile(
    rb"let\s[^;\0]{0,300}"
    rb"(\b[A-Z][A-Z0-9_]{2,}\b[^;\0]{0,300}%s|%s[^;\0]{0,300}\b[A-Z][A-Z0-9_]{2,}\b"
    rb"|%s[^;\0]{0,300}(::|[(\s,])[a-z_]\w*\(\))" % (_MAKES_TEXT, _MAKES_TEXT, _MAKES_TEXT)
)

_HINTS: Final = {
    "source": _SOURCE_HINT,
    "send": _SEND_HINT,
    "write": _WRITE_HINT,
    "constant-call": _CONSTANT_CALL,
    "numbered-call": _NUMBERED_CALL,
    "literal-call": _LITERAL_CALL,
    "download": _DOWNLOAD_HINT,
    "run": _RUN_HINT,
    "decoder": _DECODER_HINT,  # what transforms characters
    "bare-text": _BARE_FUNCTION,
    # (the prefilter sees only text made in a `let`; `inline_decoders` confirms the constant)
    "inline-decode": re.compile(rb"\blet\s[^;\0]{0,80}%s" % _MAKES_TEXT),
    # a parameter typed as what a network peer sent (the summary's own list of types)
    "request": re.compile(
        rb":\s*&?(?:'\w+\s+)?(?:mut\s+)?(?:[\w:]*::)?" + REQUEST_TYPE.pattern.encode()
    ),
}
_HINT_NAMES: Final = tuple(_HINTS)
_HINT_SET: Final = frozenset(_HINTS)


def text_hints(text: bytes) -> set[str]:
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

    database, kept = kept_database(
        [_HINTS[name].pattern for name in _HINT_NAMES],
        hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER,
    )
    if len(kept) != len(_HINT_NAMES):  # the patterns are ours: one left out is a bug
        raise RuntimeError("a data flow hint does not compile with Hyperscan")
    return database


def decoder_hints(data: bytes) -> list[Any]:
    """What a file shows for ``decoded_names`` (as JSON, to be kept): its functions that
    yield text and transform characters or bytes, its other functions that yield text
    with the names their bodies call, and the functions it calls with a constant named
    in capitals, a string literal or numbers only."""
    decoders: set[str] = set()
    others: dict[str, set[str]] = {}
    for name, body in _text_functions(data):
        if _DECODER_HINT.search(body):
            decoders.add(name.decode())
        else:
            calls = others.setdefault(name.decode(), set())
            calls.update(n.decode() for n in _CALLED.findall(body))
    given = {callee.decode() for callee in _given_callees(data)}
    return [sorted(decoders), {n: sorted(c) for n, c in others.items()}, sorted(given)]


def _text_functions(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """The functions of a file that yield text (or fill a buffer), with their bodies."""
    for match in word_matches(_SIGNATURE, data):
        if _TEXT_SIGNATURE.search(match.group(2)):
            yield match.group(1), _body(data, match.end())


def checked_decoder_hints(value: Any) -> list[Any]:
    return _checked(value, (list, dict, list))


def decoded_names(files: Iterable[list[Any]], aliases: Mapping[str, str]) -> bool:
    """Whether a unit (``decoder_hints`` of its files) calls one of its functions that
    yields text and transforms characters or bytes, with a constant named in capitals,
    a string literal or numbers only (what ``Solver._decoded`` counts or runs), by its
    name or by another it is imported under (``aliases``)."""
    decoders: set[str] = set()
    others: list[tuple[str, list[str]]] = []
    given: set[str] = set()
    for found, calling, called in files:
        decoders.update(found)
        others += calling.items()
        given.update(called)
    if not decoders:
        return False
    given |= {aliases[name] for name in given if name in aliases}
    # and those that hand a table's entry to a decoder (`m(i)` calling `unmirror(s)`)
    handing = {name for name, calls in others if not decoders.isdisjoint(calls)}
    return not given.isdisjoint(decoders | handing)


def decoders_called(callers: Iterable[bytes], library: Mapping[str, bytes]) -> frozenset[str]:
    """The files of ``library`` that define a function ``callers`` call given constants
    (``swatch(palette::THEME)``): what an example's payload may decode its names with."""
    names = {name for data in callers for name in _given_callees(data)}
    if not names:
        return frozenset()
    return frozenset(
        path
        for path, data in library.items()
        if any(match.group(1) in names for match in word_matches(_DEFINED_FUNCTION, data))
    )


def _given_callees(data: bytes) -> Iterator[bytes]:
    """The functions a file calls (not as methods) with a constant named in capitals, a
    string literal or numbers only: the name right before the parenthesis."""
    for match in _GIVEN.finditer(data):
        callee = _callee(data, match.start())
        if callee is not None and data[callee.start() - 1 : callee.start()] != b".":
            yield callee.group(1)


def _callee(data: bytes, parenthesis: int) -> re.Match[bytes] | None:
    """The name right before a call's opening parenthesis (at most 80 bytes back)."""
    return _CALLEE.search(data, max(0, parenthesis - 80), parenthesis)


def _checked(value: Any, shape: tuple[type, ...]) -> list[Any]:
    """``value`` if it is a list of values of ``shape``'s types (lists of strings,
    mappings of strings to them, booleans), else ``ValueError``."""
    if type(value) is not list or len(value) != len(shape):
        raise ValueError("not hints")
    for item, kind in zip(value, shape, strict=True):
        if kind is bool:
            checked_bool(item)
        elif kind is dict:
            if type(item) is not dict:
                raise ValueError("not hints")
            for names in item.values():
                checked_strings(names)
        else:
            checked_strings(item)
    return value


def _body(text: bytes, start: int) -> bytes:
    """A function's body, roughly: from ``start`` up to the next function, at most
    ``_MAX_BODY`` bytes."""
    following = _NEXT_FUNCTION.search(text, start, start + _MAX_BODY)
    return text[start : following.start() if following else start + _MAX_BODY]


def inline_decoders(text: bytes) -> bool:
    """Whether a unit's text has a ``let`` that makes text of a constant inline (the
    hint is a prefilter's, which may say so wrongly)."""
    return any(word_matches(_INLINE_DECODE, text))


def bare_decoders(text: bytes) -> bool:
    """Whether a unit's text has a function that takes nothing and yields text or an
    address, and transforms characters or bytes, or computes an address from a constant
    table (``PEER.iter()``, ``OCTETS[i]``), or decodes a table whatever it returns (a
    list of addresses parsed from decoded text): what ``Solver._decoded`` runs."""
    if not (_BARE_SIGNATURE.search(text) or _TEXT_MAKING.search(text)):
        return False  # nothing that takes nothing makes text
    decoders: set[bytes] | None = None  # the file's decoders (found when first asked)
    for match in word_matches(_BARE_FUNCTION, text):
        signature = _BARE_SIGNATURE.match(text, match.start())
        body = _body(text, match.end())
        if not (signature or _TEXT_MAKING.search(body)):
            continue  # neither yields text nor makes any
        if _DECODER_HINT.search(body) and (signature or _TABLE_NAME.search(body)):
            return True
        if signature and _TABLE_NAME.search(body):
            if decoders is None:
                decoders = {n for n, b in _text_functions(text) if _DECODER_HINT.search(b)}
            if not decoders.isdisjoint(_CALLED.findall(body)):
                return True  # `TABLE.iter().map(|s| decipher(s))`: the table through a decoder
        # (a socket, IP or account address computed from a table: a hidden one)
        address = signature and signature.group(1).decode() in ADDRESS_TYPES
        if address and _TABLE_NAME.search(body):
            return True  # an address computed from a table of the crate's
    return False


def env_macros(text: bytes) -> frozenset[str]:
    """The names of a file's ``macro_rules!`` macros whose expansion reads the build's
    environment (``option_env!``, ``env!``)."""
    found = set()
    for match in _MACRO_RULES.finditer(text):
        following = _MACRO_RULES.search(text, match.end())
        body = text[match.end() : following.start() if following else len(text)]
        if _READS_ENV.search(body[:_MAX_BODY]):
            found.add(match.group(1).decode())
    return frozenset(found)


def name_hints(data: bytes) -> list[Any]:
    """What a file shows for ``hidden_names`` (as JSON, to be kept): its constants no one
    could read, whether a call is given a literal no one could read, its functions that
    yield text, the functions given each constant in capitals, those given such a
    literal, and the constants bound to local variables (a ``for`` loop over an array
    written out, a ``let`` of a constant or a borrow of it)."""
    unreadable = {
        name.decode()
        for name, value in _CONSTANT_VALUE.findall(data)
        if opaque(value.decode("utf-8", errors="replace"))
    }
    texts = {
        match.group(1).decode()
        for match in word_matches(_SIGNATURE, data)
        if _TEXT_SIGNATURE.search(match.group(2))
    }
    given: dict[str, set[str]] = {}
    literal_callees: set[str] = set()
    for argument in _CONSTANT_ARGUMENT.finditer(data):
        callee = _callee(data, argument.start())
        if callee is None:
            continue
        constant = argument.group(1)
        if constant.startswith((b'"', b'b"')):  # (the pattern keeps only unreadable ones)
            literal_callees.add(callee.group(1).decode())
        else:
            given.setdefault(constant.decode(), set()).add(callee.group(1).decode())
    return [
        sorted(unreadable),
        bool(_OPAQUE_LITERAL.search(data)),
        sorted(texts),
        {constant: sorted(callees) for constant, callees in given.items()},
        sorted(literal_callees),
        sorted(_bound(data)),
    ]


def checked_name_hints(value: Any) -> list[Any]:
    return _checked(value, (list, bool, list, dict, list, list))


def hidden_names(files: Iterable[list[Any]], aliases: Mapping[str, str]) -> bool:
    """Whether a unit (``name_hints`` of its files) may rebuild a name from a constant
    (``Solver._decoded``): a function that yields text called with a constant no one
    could read (by its name, or by another it is imported under: ``aliases``)."""
    unreadable: set[str] = set()
    literal = False
    texts: set[str] = set()
    given: dict[str, set[str]] = {}
    callees: set[str] = set()
    bound: set[str] = set()
    for file_unreadable, file_literal, file_texts, file_given, file_callees, file_bound in files:
        unreadable.update(file_unreadable)
        literal |= file_literal
        texts.update(file_texts)
        for constant, names in file_given.items():
            given.setdefault(constant, set()).update(names)
        callees.update(file_callees)
        bound.update(file_bound)
    if not unreadable and not literal:
        return False
    texts |= {alias for alias, name in aliases.items() if name in texts}
    if not unreadable.isdisjoint(bound):
        # a local variable bound to such constants (`for (kind, table) in [("a", &TABLE)]`)
        # may be what a function that yields text is given
        return bool(texts)
    for constant in unreadable:
        callees |= given.get(constant, set())
    return not callees.isdisjoint(texts)


def _bound(data: bytes) -> set[str]:
    """The constants in capitals a file binds to local variables: named in a ``for``
    loop's array written out (within its first bytes), or what a ``let`` binds (``let
    t = &TABLE[..];``)."""
    found = {match.group(1).decode() for match in word_matches(_LET_CONSTANT, data)}
    for match in word_matches(_FOR_ARRAY, data):
        start = match.end()
        stop = _ARRAY_END.search(data, start, start + _ARRAY_REACH)
        end = stop.start() if stop else start + _ARRAY_REACH
        for name in _CAPITAL.finditer(data, start, end + 64):  # (a name begun in time)
            if name.start() >= end:
                break
            found.add(name.group().decode())
    return found


class UnitText:
    """A compilation unit's files as the hints read them. What a hint finds lies within
    one file, so each file's answer is computed once and kept by ``store`` (the scan
    cache) where the file is large enough that reading it again costs more than a
    lookup: a new version of a crate has only its changed files read again."""

    def __init__(self, files: Mapping[str, bytes], store: FileMemo | None) -> None:
        self.files = files
        self.store = store
        self.shown = {
            path: self._kept(path, "hints", text_hints, sorted, _hint_set) for path in files
        }
        self.hints: set[str] = set().union(*self.shown.values())
        self._inline: list[str] | None = None
        self._aliases: dict[str, str] | None = None

    def inline_decoders(self) -> list[str]:
        """The files with a ``let`` that makes text of a constant inline."""
        if self._inline is None:
            self._inline = list(self._passing("inline-decode", inline_decoders))
        return self._inline

    def bare_decoders(self) -> bool:
        return any(self._passing("bare-text", bare_decoders))

    def hidden_names(self) -> bool:
        hints = self._each("name hints", name_hints, checked_name_hints)
        return hidden_names(hints, self.aliases())

    def decoded_names(self) -> bool:
        hints = self._each("decoder hints", decoder_hints, checked_decoder_hints)
        return decoded_names(hints, self.aliases())

    def env_macros(self) -> frozenset[str]:
        return frozenset().union(
            *(self._kept(path, "macros", env_macros, sorted, _name_set) for path in self.files)
        )

    def aliases(self) -> dict[str, str]:
        """The unit's functions imported under another name, by that name (an alias
        given two meanings in the unit is left out; read once: the hints and the solver
        both ask)."""
        if self._aliases is not None:
            return self._aliases
        pairs = {
            pair
            for path in self.files
            for pair in self._kept(path, "aliases", imported_aliases, _pairs, _checked_pairs)
        }
        named: dict[str, set[str]] = {}
        for alias, name in pairs:
            named.setdefault(alias, set()).add(name)
        self._aliases = {alias: names.pop() for alias, names in named.items() if len(names) == 1}
        return self._aliases

    def modules(self) -> frozenset[str]:
        """The modules the unit declares (``mod name;`` or ``mod name {``)."""
        return frozenset(
            match.group(1).decode()
            for data in self.files.values()
            for match in word_matches(_MODULE, data)
        )

    def _passing(self, hint: str, test: Callable[[bytes], bool]) -> Iterator[str]:
        """The files that show ``hint`` and pass ``test`` (a search the hint prefilters)."""
        for path in self.files:
            if hint in self.shown[path] and self._kept(
                path, test.__name__, test, bool, checked_bool
            ):
                yield path

    def _each(
        self, kind: str, compute: Callable[[bytes], T], check: Callable[[Any], T]
    ) -> Iterator[T]:
        for path in self.files:
            yield self._kept(path, kind, compute, _same, check)

    def _kept(
        self,
        path: str,
        kind: str,
        compute: Callable[[bytes], T],
        encode: Callable[[T], Any],
        decode: Callable[[Any], T],
    ) -> T:
        data = self.files[path]
        return remembered(
            self.store, path, data, f"data flow {kind}", compute, encode, decode, _KEPT_FROM
        )


def _same(value: T) -> T:
    return value


def _hint_set(value: Any) -> set[str]:
    hints = set(checked_strings(value))
    if not hints <= _HINT_SET:
        raise ValueError("not hints")
    return hints


def _pairs(value: list[tuple[str, str]]) -> list[list[str]]:
    return [list(pair) for pair in value]


def _checked_pairs(value: Any) -> list[tuple[str, str]]:
    pairs = [tuple(checked_strings(pair)) for pair in checked_list(value)]
    if any(len(pair) != 2 for pair in pairs):
        raise ValueError("not pairs")
    return [(alias, name) for alias, name in pairs]


def _name_set(value: Any) -> frozenset[str]:
    return frozenset(checked_strings(value))
