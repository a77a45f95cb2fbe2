"""Strings a file builds from pieces without hiding them: paths and IP addresses.

A credential path is rarely one literal in code that means to hide it:
``home.join(".ssh").join("id_rsa")``, ``path.push(".config"); path.push("solana");``,
``format!("{}/{}", home, ".aws/credentials")``, ``[".ssh", "id_ed25519"].join("/")``.
An address is often not text at all: ``Ipv4Addr::new(203, 0, 113, 7)``,
``SocketAddr::from(([203, 0, 113, 7], 4444))``, ``Ipv4Addr::from(0xCB007107)``, a table of
``[u8; 4]`` quads that code turns into addresses. Each is
folded here into the string it makes, so that the rules for string literals read the
path and the address as if they had been written out. Nothing is evaluated: only
literal pieces are put together, and a piece that is not a literal (``home``) is left
out, or read as the folder it names when it is a well-known one (``CARGO_HOME``, the home
directory). None of this is obfuscation: the strings are ``assembled``, not decoded.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from cratewatch.scan.syntax import RustSource

__all__ = ["Assembled", "assembled_strings"]

# one `.join("x")` or `.push("x")` (PathBuf), and what may stand between two of them in a
# chain or in consecutive statements on one path: `\n    `, `;\n    path`
_PIECE: Final = re.compile(rb'\.(?:join|push)\(\s*"([^"\\\n]{1,100})"\s*\)')
_BETWEEN: Final = re.compile(rb"[\s;]*(?:[A-Za-z_][\w.]*\s*)?")
# a well-known base folder written shortly before a chain, and what it stands for
_BASES: Final = (
    (re.compile(rb'"CARGO_HOME"'), ".cargo"),
    (re.compile(rb'home_dir\(\)|"HOME"|"USERPROFILE"'), "~"),
)
_BASE_WINDOW: Final = 160
# `let name = expression;` (one statement), and the binding an expression starts from
_LET: Final = re.compile(
    rb"\blet\s+(?:mut\s+)?([a-z_][a-z0-9_]*)\s*(?::[^=;]{0,80})?=\s*([^;]{1,400});"
)
_START: Final = re.compile(rb"\s*&?\s*([a-z_][a-z0-9_]*)\s*\.")
_MAX_BINDINGS: Final = 2000  # path bindings of one file followed
# a template with a placeholder, and a literal among the arguments
_FORMAT: Final = re.compile(
    rb'format!\(\s*"([^"\\\n{]{0,200}\{[^"\\\n]{0,200})"\s*,(?=[^;"]{0,200}")'
)
_ARRAY_JOIN: Final = re.compile(
    rb'\[\s*((?:"[^"\\\n]{0,100}"\s*,\s*)+"[^"\\\n]{0,100}"\s*,?\s*)\]'
    rb'(?:\.join\(\s*"([^"\\\n]{0,8})"\s*\)|\.iter\(\)\.collect::<PathBuf>)'
)
_LITERAL: Final = re.compile(rb'"([^"\\\n]*)"')
_PLACEHOLDER: Final = re.compile(r"\{([^{}]*)\}")
_BYTE: Final = rb"\s*(\d{1,3})(?:u8)?\s*"
_QUAD: Final = b",".join([_BYTE] * 4)
_PORT: Final = rb"\s*(\d{1,5})(?:u16)?\s*"
_ADDRESSES: Final = (
    # SocketAddr::from(([a, b, c, d], port)), SocketAddrV4::new(Ipv4Addr::new(a, b, c, d), port)
    re.compile(rb"\(\s*\[%s\]\s*,%s\)" % (_QUAD, _PORT)),
    re.compile(rb"Ipv4Addr::new\(%s\)\s*\)?\s*,%s\)" % (_QUAD, _PORT)),
    re.compile(rb"Ipv4Addr::new\(%s\)" % _QUAD),
    re.compile(rb"(?:Ipv4Addr|IpAddr)::from\(\s*\[%s\]\s*\)" % _QUAD),
)
# a constant of `[u8; 4]` quads (`const UPSTREAM: [[u8; 4]; 2] = [[a, b, c, d], ...]`) that a
# statement turns into addresses (`UPSTREAM.iter().map(|o| Ipv4Addr::new(o[0], ...))`):
# each quad is one. (A quad used otherwise is a magic number, a colour, a version.)
_QUAD_TABLE: Final = re.compile(
    rb"\b(?:const|static)\s+([A-Z_][A-Z0-9_]*)\s*:\s*&?(?:'static\s+)?"
    rb"\[\s*(?:\[\s*u8\s*;\s*4\s*\]|u8\s*;\s*4)\s*(?:;\s*\d+\s*)?\]\s*=\s*([^;]{1,4000});"
)
_QUAD_LITERAL: Final = re.compile(rb"\[%s\]" % _QUAD)
# an address as one `u32` constant (`const RELAY: u32 = 0xC000_0219;`), made into one
_PACKED_CONSTANT: Final = re.compile(
    rb"\b(?:const|static)\s+([A-Z_][A-Z0-9_]*)\s*:\s*u32\s*=\s*(0x[0-9a-fA-F_]{1,10}|\d[\d_]{0,11})\s*;"
)
_MAKES_ADDRESSES: Final = re.compile(rb"\b(Ipv4Addr|IpAddr|SocketAddrV4|SocketAddr)::")
_STATEMENT_END: Final = re.compile(rb"[;}]")
_PACKED: Final = re.compile(rb"Ipv4Addr::from\(\s*(0x[0-9a-fA-F_]{1,10}|\d{1,10})(?:u32)?\s*\)")
# a folded string worth reading: a path, a host or an address
_SHAPED: Final = re.compile(r"[/\\.]")


class Assembled(NamedTuple):
    line: int
    text: str
    how: str  # "path", "format", "array join", "address"
    pieces: tuple[str, ...]


class _File:
    """A parsed file's bytes, where its code is (not comments) and its line numbers."""

    def __init__(self, source: RustSource) -> None:
        self.source = source
        self.data = source.data

    def line(self, at: int) -> int:
        return self.data.count(b"\n", 0, at) + 1

    def in_code(self, at: int) -> bool:
        """Whether byte ``at`` (not in a literal) is code, not a comment."""
        return self.source.code_bytes[at : at + 1] == self.data[at : at + 1]


def assembled_strings(source: RustSource) -> list[Assembled]:
    """Paths and addresses that a parsed Rust file builds from literal pieces."""
    data = source.data
    file = _File(source)
    found: list[Assembled] = []
    if b'.join("' in data or b'.push("' in data:
        found += _chains(file)
        if b"let " in data:
            found += _bindings(file)
    if b'format!("' in data:
        found += _formats(file)
    if b"].join(" in data or b"].iter().collect::<PathBuf>" in data:
        for match in _ARRAY_JOIN.finditer(data):
            if not file.in_code(match.start()):
                continue
            pieces = [_text(p) for p in _LITERAL.findall(match.group(1))]
            separator = "/" if match.group(2) is None and b"PathBuf" in match.group() else ""
            if match.group(2) is not None:
                separator = _text(match.group(2))
            if not separator:
                continue  # joined without a separator: decode.py's fragments
            text = separator.join(pieces)
            found.append(Assembled(file.line(match.start()), text, "array join", tuple(pieces)))
    if b"Ipv4Addr" in data or b"SocketAddr" in data:
        found += _addresses(file)
    return found


def _chains(file: _File) -> list[Assembled]:
    """Runs of `.join("a")` / `.push("b")` on one path, folded into `a/b`."""
    data = file.data
    found: list[Assembled] = []
    run: list[re.Match[bytes]] = []
    for match in [*_PIECE.finditer(data), None]:
        if match is not None and run:
            between = data[run[-1].end() : match.start()]
            if len(between) <= 48 and _BETWEEN.fullmatch(between):
                run.append(match)
                continue
        if run:
            pieces = [_text(m.group(1)) for m in run]
            base = _base(data, run[0].start())
            if len(pieces) + bool(base) >= 2 and file.in_code(run[0].start()):
                text = "/".join([base, *pieces] if base else pieces)
                found.append(Assembled(file.line(run[0].start()), text, "path", tuple(pieces)))
        run = [match] if match is not None else []
    return found


def _bindings(file: _File) -> list[Assembled]:
    """Paths kept in `let` bindings and extended later (`let home = home_dir()?.join(".gradle");`
    then `let dir = home.join("init.d");`): each binding's path, in source order, from the
    binding it starts from (or a well-known base) and its `.join` / `.push` pieces. Only
    paths of two parts or more are reported; names shadowed later take the new value."""
    data = file.data
    known: dict[bytes, str] = {}
    found: list[Assembled] = []
    for binding in _LET.finditer(data):
        if not file.in_code(binding.start()):
            continue
        name, expression = binding.group(1), binding.group(2)
        start = _START.match(expression)
        base = known.get(start.group(1), "") if start else ""
        pieces = [_text(piece) for piece in _PIECE.findall(expression)]
        parts = [p for p in (base or _folder_named(expression), *pieces) if p]
        if not parts:
            known.pop(name, None)
            continue
        value = "/".join(parts)
        known[name] = value
        if len(parts) >= 2 and len(known) <= _MAX_BINDINGS:
            line = file.line(binding.start())
            found.append(Assembled(line, value, "path", tuple(pieces)))
    return found


def _base(data: bytes, at: int) -> str:
    window = data[max(0, at - _BASE_WINDOW) : at]
    if b";" in window:
        window = window[window.rfind(b";") :]  # the statement that starts the chain
    return _folder_named(window)


def _folder_named(text: bytes) -> str:
    """The well-known folder ``text`` names (``CARGO_HOME``, the home directory), or ""."""
    return next((folder for pattern, folder in _BASES if pattern.search(text)), "")


def _formats(file: _File) -> list[Assembled]:
    """`format!` templates with their literal arguments put in (others left empty), when
    the result reads like a path, a host or an address."""
    data = file.data
    found: list[Assembled] = []
    for match in _FORMAT.finditer(data):
        template = _text(match.group(1))
        if not file.in_code(match.start()):
            continue
        arguments = _arguments(data, match.end())
        literals = [a[1:-1] if a.startswith('"') and a.endswith('"') else None for a in arguments]
        if not any(literals):
            continue
        position = 0

        def fill(placeholder: re.Match[str], literals: list[str | None] = literals) -> str:
            nonlocal position
            name = placeholder.group(1).split(":", 1)[0]
            index = int(name) if name.isdigit() else position if not name else -1
            if not name:
                position += 1
            value = literals[index] if 0 <= index < len(literals) else None
            return value or ""

        text = _PLACEHOLDER.sub(fill, template)
        if not _SHAPED.search(text):
            continue
        pieces = tuple(x for x in literals if x)
        found.append(Assembled(file.line(match.start()), text, "format", (template, *pieces)))
    return found


def _arguments(data: bytes, at: int) -> list[str]:
    """The top-level arguments of a macro call from ``at`` to its closing parenthesis
    (at most 400 bytes), as written."""
    depth, start, quoted = 0, at, False
    arguments = []
    end = min(len(data), at + 400)
    i = at
    while i < end:
        char = data[i : i + 1]
        if quoted:
            if char == b"\\":
                i += 1
            elif char == b'"':
                quoted = False
        elif char == b'"':
            quoted = True
        elif char in b"([{":
            depth += 1
        elif char in b")]}":
            if depth == 0:
                arguments.append(_text(data[start:i]).strip())
                return arguments
            depth -= 1
        elif char == b"," and depth == 0:
            arguments.append(_text(data[start:i]).strip())
            start = i + 1
        i += 1
    return []


def _addresses(file: _File) -> list[Assembled]:
    """IPv4 addresses (with their port, when given) built from integers in code (not in
    comments), as ``tcp://a.b.c.d[:port]``."""
    text = file.source.code_bytes
    found: list[Assembled] = []
    taken: list[tuple[int, int]] = []
    for pattern in _ADDRESSES:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue
            quad = [int(g) for g in match.groups()[:4]]
            if max(quad) > 255 or _asserted(text, match.start()):
                continue
            port = f":{int(match.group(5))}" if match.lastindex == 5 else ""
            taken.append((match.start(), match.end()))
            address = ".".join(map(str, quad))
            line = file.line(match.start())
            found.append(Assembled(line, f"tcp://{address}{port}", "address", ()))
    if b"u32" in text and _MAKES_ADDRESSES.search(text):
        for constant in _PACKED_CONSTANT.finditer(text):
            if not _made_into_addresses(text, constant.group(1), constant.end()):
                continue
            value = int(constant.group(2).replace(b"_", b""), 0)
            if value <= 0xFFFFFFFF:
                address = _dotted(value)
                line = file.line(constant.start())
                found.append(Assembled(line, f"tcp://{address}", "address", ()))
    if b"u8" in text and _MAKES_ADDRESSES.search(text):
        for table in _QUAD_TABLE.finditer(text):
            if not _made_into_addresses(text, table.group(1), table.end()):
                continue
            for match in _QUAD_LITERAL.finditer(text, table.start(2), table.end(2)):
                quad = [int(g) for g in match.groups()]
                if max(quad) <= 255:
                    address = ".".join(map(str, quad))
                    line = file.line(match.start())
                    found.append(Assembled(line, f"tcp://{address}", "address", ()))
    for match in _PACKED.finditer(text):
        if _asserted(text, match.start()):
            continue
        value = int(match.group(1).replace(b"_", b""), 0)
        if value <= 0xFFFFFFFF:
            address = _dotted(value)
            found.append(Assembled(file.line(match.start()), f"tcp://{address}", "address", ()))
    return found


def _dotted(value: int) -> str:
    """An IPv4 address packed in a ``u32``, dotted."""
    return ".".join(str(value >> shift & 0xFF) for shift in (24, 16, 8, 0))


def _made_into_addresses(code: bytes, name: bytes, after: int) -> bool:
    """Whether a statement that uses the constant ``name`` (after its declaration) makes
    an address with it."""
    for use in re.finditer(rb"\b%s\b" % re.escape(name), code):
        if use.start() < after:
            continue
        statement = _STATEMENT_END.search(code, use.end(), use.end() + 400)
        end = statement.start() if statement else use.end() + 400
        window = code[max(0, use.start() - 400) : use.start()]
        begin = use.start() - len(window) + max(window.rfind(b";"), window.rfind(b"{"), 0)
        if _MAKES_ADDRESSES.search(code, begin, end):
            return True
    return False


def _asserted(code: bytes, at: int) -> bool:
    """Whether the statement holding byte ``at`` is an assertion: an address compared
    with what code returned is an expected value, not a destination."""
    window = code[max(0, at - 200) : at]
    start = max(window.rfind(b";"), window.rfind(b"{"), window.rfind(b"}"))
    return b"assert" in window[start + 1 :]


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")
