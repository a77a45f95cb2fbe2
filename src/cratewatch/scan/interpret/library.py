"""What Rust's standard library provides, as far as the interpreter follows it: methods
of strings, characters, integers and floats, vectors and slices, ``Option`` and
``Result``, iterator adapters, and the constructors of strings, vectors, characters and
IP addresses. Anything else stops the call; a function of the outside world (the
environment, files, processes, the network, the clock) stops it as an effect."""

from __future__ import annotations

import base64
import binascii
import bisect
import functools
import itertools
import math
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, Literal

from cratewatch.scan.bech32 import bech32_decode
from cratewatch.scan.interpret.paths import crate_file, manifest_path, package_value, parent
from cratewatch.scan.interpret.values import (
    DEFAULT,
    END,
    MASKS,
    MAX_VALUE,
    NONE,
    SIGNED,
    UNSET,
    Cell,
    Char,
    Closure,
    Effect,
    Engine,
    Entry,
    FunctionRef,
    Iter,
    Map,
    NoMethod,
    Record,
    Sized,
    Slot,
    Spent,
    Stop,
    Text,
    Variant,
    bounded,
    byte_list,
    char_indices,
    drained,
    limited,
    number_value,
    order_key,
    slice_of,
    text_value,
    top_level,
    wrap,
)

# functions of the outside world: the environment, files, processes, the network, the clock
_EFFECTS: Final = re.compile(
    r"\b(env|fs|File|OpenOptions|Command|process|net|TcpStream|UdpSocket|io|thread|"
    r"SystemTime|Instant|home|dirs|libc|winapi|windows)\b|(^|::)(var|var_os|vars|home_dir)$"
)
FLOAT_SUFFIX: Final = re.compile(r"f(32|64)$")
_ROUNDINGS: Final[dict[str, Callable[[float], float]]] = {
    "floor": math.floor,
    "ceil": math.ceil,
    "trunc": math.trunc,
    "abs": abs,
}
_MAX_WIDTH: Final = 256  # of a formatted value (a u128 in binary is 128 digits)
_COMPARE: Final[dict[str, Callable[[Any, Any], bool]]] = {
    "==": lambda a, b: bool(a == b),
    "!=": lambda a, b: bool(a != b),
    "<": lambda a, b: bool(a < b),
    "<=": lambda a, b: bool(a <= b),
    ">": lambda a, b: bool(a > b),
    ">=": lambda a, b: bool(a >= b),
}
_ASCII_TESTS: Final = frozenset(
    {"is_ascii_hexdigit", "is_ascii_alphanumeric", "is_ascii_punctuation", "is_ascii_whitespace"}
    | {"is_ascii_graphic", "is_ascii_control"}
)
_INTEGER_METHODS: Final = (
    frozenset({"wrapping_add", "wrapping_sub", "wrapping_mul", "pow", "min", "max", "abs"})
    | {"is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase"}
    | _ASCII_TESTS
)
_PASS_THROUGH: Final = frozenset(
    {
        "clone",
        "to_owned",
        "to_string",
        "to_vec",
        "into",
        "as_str",
        "as_ref",
        "as_mut",
        "borrow",
        "into_owned",
        "as_slice",
        "iter_mut_copied",
    }
)
_COPIES: Final = frozenset({"clone", "to_vec", "to_owned", "to_string"})
CONSTRUCTORS: Final = frozenset(
    {"String::new", "String::with_capacity", "Vec::new", "Vec::with_capacity", "String::from"}
)
_ADDRESSES: Final = frozenset({"Ipv4Addr", "IpAddr", "SocketAddr", "SocketAddrV4"})
#: an Ethereum account address of 20 bytes (alloy's and ethers' `Address`, `H160`)
ACCOUNTS: Final = frozenset({"Address", "H160"})
#: the types the interpreter makes an address's text of: a socket's, an IP's, an account's
ADDRESS_TYPES: Final = _ADDRESSES | ACCOUNTS
_PATHS: Final = frozenset({"Path", "PathBuf", "OsStr", "OsString"})
_MANIFEST_DIR: Final = "CARGO_MANIFEST_DIR"
#: statics initialised once (`static T: OnceLock<Vec<String>> = OnceLock::new()`)
CELLS: Final = frozenset({"OnceLock", "OnceCell", "LazyLock", "Lazy", "LazyCell"})
STATIC_OWNERS: Final = (
    frozenset({"String", "str", "char", "Vec", "iter", "std"}) | _ADDRESSES | CELLS | _PATHS
)


class StandardLibrary:
    """The standard library's functions and methods, for ``Interpreter`` (which runs
    closures and the crate's own functions: ``apply``, ``invoke``)."""

    functions: dict[str, tuple[str, Any]]
    steps: int
    call_steps: int
    max_steps: int
    max_call_steps: int
    made: list[str]  # texts decoded from bytes during the current call
    literals: set[str]  # text the current call was given or read in plain sight
    files: Mapping[str, bytes]  # the crate's files
    file: str  # of the function or constant being evaluated
    packages: dict[tuple[str, str], str | None]  # `env!` of the manifest's keys, by file

    def apply(self, function: Any, values: list[Any]) -> Any:
        raise NotImplementedError

    def slots(self, items: list[Any]) -> Iter:
        raise NotImplementedError

    def invoke(self, entry: tuple[str, Any], values: list[Any]) -> Any:
        raise NotImplementedError

    def tick(self, cost: int = 1) -> None:
        """Count ``cost`` steps: one per node evaluated or element drawn, and one per
        element of every value copied or sliced, so that time and memory stay bounded."""
        self.steps += cost
        self.call_steps += cost
        if self.steps > self.max_steps:
            raise Spent
        if self.call_steps > self.max_call_steps:
            raise Stop("call steps spent")

    def copy(self, value: Any) -> Any:
        """A value's copy (``clone()``, ``[x; n]``, a constant read again), paid for."""
        if isinstance(value, list):
            self.tick(len(value))
            return [self.copy(v) for v in value]
        if isinstance(value, Record):
            self.tick(len(value.fields))
            return Record(value.name, {k: self.copy(v) for k, v in value.fields.items()})
        if isinstance(value, Text):
            self.tick(len(value.value) // 64)
            return Text(value.value)
        if isinstance(value, Map):
            self.tick(len(value))
            return Map(((k, self.copy(v)) for k, v in value.items()), value.ordered)
        return value

    def sliced(self, container: Any, span: range | slice) -> Any:
        part = slice_of(container, span)
        self.tick(len(part) if isinstance(part, list) else 1)
        return part

    def builtin(self, path: str, values: list[Any], turbofish: str = "") -> Any:
        name = path.rsplit("::", 1)[-1]
        owner = path.rsplit("::", 2)[-2] if "::" in path else ""
        if name in ("Some", "Ok", "Err") and len(values) == 1:
            return Variant(name, values[0])
        if name == "is_combining_mark" and len(values) == 1 and isinstance(values[0], Char):
            return unicodedata.category(str(values[0])).startswith("M")  # unicode-normalization
        if owner in _PATHS and name in ("new", "from") and len(values) == 1:
            return Text(text_value(values[0]))
        if owner == "PathBuf" and name == "new" and not values:
            return Text("")
        if owner == "fs" and name in ("read", "read_to_string") and len(values) == 1:
            return Variant("Ok", self.read_file(text_value(values[0]), name == "read"))
        if owner == "env" and name in ("var", "var_os") and values == [Text(_MANIFEST_DIR)]:
            return Variant("Ok" if name == "var" else "Some", Text(self.manifest_dir()))
        if owner in ("HashMap", "BTreeMap") and name in ("new", "with_capacity", "from", "default"):
            pairs = values[0] if name == "from" and values else []
            return Map(self.iterate(pairs), ordered=owner == "BTreeMap")
        if owner in ("Box", "Rc", "Arc") and name == "new" and len(values) == 1:
            return values[0]  # a value on the heap is the value
        if owner in CELLS and name == "new" and len(values) <= 1:
            return Cell(values[0] if values else None)
        if owner in CELLS and name == "force" and len(values) == 1 and isinstance(values[0], Cell):
            return self.force(values[0])
        if path.endswith("mem::swap") and len(values) == 2:
            return self.swapped(values[0], values[1])
        if name in ("new", "with_capacity", "default"):
            if owner in ("String",):
                return Text("")
            if owner in ("Vec", "VecDeque"):
                return []
            raise Stop(f"{path}")
        if owner == "String" and name == "from" and len(values) == 1:
            return Text(text_value(values[0]))
        if owner == "String" and name in ("from_utf16", "from_utf16_lossy") and values:
            units = values[0]
            if not (isinstance(units, list) and all(isinstance(u, int) for u in units)):
                raise Stop("from_utf16 of a value")
            data = b"".join((u & 0xFFFF).to_bytes(2, "little") for u in units)
            text = data.decode("utf-16-le", errors="replace")
            self.made.append(text)
            return Text(text) if name.endswith("lossy") else Variant("Ok", Text(text))
        if owner in ("String", "str") and name in ("from_utf8", "from_utf8_lossy"):
            data = bytes(byte_list(values[0]))
            text = data.decode("utf-8", errors="replace" if name.endswith("lossy") else "strict")
            self.made.append(text)
            return Text(text) if name.endswith("lossy") else Variant("Ok", Text(text))
        if owner == "char" and name in ("from_u32", "from", "from_digit"):
            if name == "from_digit":
                digit, radix = values
                if 0 <= digit < radix <= 36:
                    return Variant("Some", Char("0123456789abcdefghijklmnopqrstuvwxyz"[digit]))
                return NONE
            code = values[0]
            code = ord(code) if isinstance(code, Char) else code
            valid = isinstance(code, int) and 0 <= code <= 0x10FFFF and not 0xD800 <= code < 0xE000
            if name == "from":
                if not valid:
                    raise Stop("char::from")
                return Char(chr(code))
            return Variant("Some", Char(chr(code))) if valid else NONE
        if owner in MASKS:
            if name == "from" and len(values) == 1:
                value = values[0]
                return Sized(ord(value) if isinstance(value, Char) else int(value), owner)
            if name == "try_from" and len(values) == 1:
                value = ord(values[0]) if isinstance(values[0], Char) else int(values[0])
                return _converted(value, owner)
            if name == "from_str_radix" and len(values) == 2:
                try:
                    value = int(text_value(values[0]), values[1])
                except ValueError:
                    return Variant("Err", None)
                return _converted(value, owner)
            if name in ("from_be_bytes", "from_le_bytes") and len(values) == 1:
                data = bytes(byte_list(values[0]))
                number = int.from_bytes(data, "big" if name == "from_be_bytes" else "little")
                return Sized(number, owner)
            if name in _INTEGER_METHODS and values:
                return self.method(values[0], name, values[1:], "")
        if owner in _ADDRESSES:
            return _address(owner, name, values)
        if owner in ACCOUNTS and name in ("from_slice", "from", "new") and len(values) == 1:
            return _account(values[0])
        if owner == "bech32" and name == "decode" and len(values) == 1:
            decoded = bech32_decode(text_value(values[0]))
            if decoded is None:
                return Variant("Err", None)
            return Variant("Ok", (Text(decoded[0]), list(decoded[1])))
        if owner == "Duration" and name.startswith("from_") and len(values) == 1:
            return number_value(values[0])  # a duration is its count of the unit named
        if owner in ("base64", "hex") and name in ("decode", "encode") and len(values) == 1:
            return _codec(Engine("STANDARD" if owner == "base64" else "HEX"), name, values[0])
        if owner in ("iter", "std::iter") or path in (
            "std::iter::repeat",
            "iter::repeat",
            "repeat",
        ):
            if name == "repeat" and len(values) == 1:
                return Iter(itertools.repeat(values[0]), self.tick)
            if name == "once" and len(values) == 1:
                return Iter([values[0]], self.tick)
            if name == "successors" and len(values) == 2:
                return Iter(self.successors(values[0], values[1]), self.tick)
            if name in ("repeat_with", "from_fn") and len(values) == 1:
                return Iter(self.drawn_from(values[0], name == "from_fn"), self.tick)
        if _EFFECTS.search(path):
            raise Effect(path)
        raise Stop(f"function {path}")

    def manifest_dir(self) -> str:
        """``CARGO_MANIFEST_DIR``: a path in plain sight, not a name the crate hides."""
        path = manifest_path(self.file, self.files)
        self.literals.add(path)
        return path

    def package(self, variable: str) -> str | None:
        """``env!`` of what cargo takes from the package's manifest (its name, its
        version): in plain sight, as the manifest shows it."""
        key = (variable, self.file)
        if key not in self.packages:  # (a manifest parsed once, not at every call run)
            self.packages[key] = package_value(variable, self.file, self.files)
        value = self.packages[key]
        if value is not None:
            self.literals.add(value)
        return value

    def read_file(self, path: str, binary: bool) -> Any:
        """What reading one of the crate's own files returns (``fs::read``,
        ``fs::read_to_string``): any other file is the outside world."""
        found = crate_file(path, self.file, self.files)
        if found is None:
            raise Effect(f"file {path}")
        data = self.files[found]
        if len(data) > MAX_VALUE:
            raise Stop("large file")
        self.tick(len(data) // 64)
        if binary:
            return list(data)
        text = data.decode("utf-8", errors="replace")
        self.literals.add(text)  # in plain sight, in the crate's file
        return Text(text)

    def successors(self, first: Any, following: Any) -> Iterator[Any]:
        """``iter::successors(Some(x), f)``: x, f(x), ... while ``f`` gives ``Some``."""
        item = first
        while isinstance(item, Variant) and item.tag == "Some":
            yield item.value
            item = self.apply(following, [item.value])

    def swapped(self, first: Any, second: Any) -> None:
        """``mem::swap(&mut a, &mut b)``: two borrowed values exchanged in place."""
        if isinstance(first, Slot) and isinstance(second, Slot):
            held = first.get()
            first.set(second.get())
            second.set(held)
        elif isinstance(first, list) and isinstance(second, list):
            first[:], second[:] = list(second), list(first)
        elif isinstance(first, Text) and isinstance(second, Text):
            first.value, second.value = second.value, first.value
        else:
            raise Stop("mem::swap of values")

    def drawn_from(self, function: Any, until_none: bool) -> Iterator[Any]:
        """``iter::repeat_with(f)`` (f's values, forever), ``iter::from_fn(f)`` (f's
        ``Some`` values, until ``None``)."""
        while True:
            value = self.apply(function, [])
            if not until_none:
                yield value
            elif isinstance(value, Variant) and value.tag == "Some":
                yield value.value
            else:
                return

    def iterate(self, value: Any) -> Iter:
        if isinstance(value, Iter):
            return value
        if isinstance(value, list):
            return Iter(value, self.tick)
        if isinstance(value, range):
            return Iter(value, self.tick)
        if isinstance(value, slice) and value.stop is None and isinstance(value.start, int):
            return Iter(itertools.count(value.start), self.tick)
        if isinstance(value, Variant):
            return Iter([value.value] if value.tag in ("Some", "Ok") else [], self.tick)
        raise Stop("not iterable")

    def force(self, cell: Cell) -> Any:
        """A lazy static's value, computed on first use."""
        if cell.value is UNSET:
            if cell.init is None:
                raise Stop("a cell read before it was set")
            cell.value = self.apply(cell.init, [])
        return cell.value

    def cell_method(self, cell: Cell, name: str, values: list[Any], turbofish: str) -> Any:
        if name == "get_or_init" and len(values) == 1:
            if cell.value is UNSET:
                cell.value = self.apply(values[0], [])
            return cell.value
        if name == "get" and not values:
            return NONE if cell.value is UNSET else Variant("Some", cell.value)
        if name == "set" and len(values) == 1:
            if cell.value is not UNSET:
                return Variant("Err", values[0])
            cell.value = values[0]
            return Variant("Ok", ())
        return self.method(self.force(cell), name, values, turbofish)  # `LAZY.iter()`

    def method(self, receiver: Any, name: str, values: list[Any], turbofish: str) -> Any:
        if isinstance(receiver, Cell):
            return self.cell_method(receiver, name, values, turbofish)
        if name in ("cmp", "partial_cmp") and len(values) == 1:  # an `Ordering`
            left, right = order_key(receiver), order_key(values[0])
            tag = "Less" if left < right else "Greater" if left > right else "Equal"
            return Variant(tag, None) if name == "cmp" else Variant("Some", Variant(tag, None))
        if (
            name == "to_string"
            and isinstance(receiver, Char | int)
            and not isinstance(receiver, bool)
        ):
            return Text(str(receiver))
        if name == "to_vec" and isinstance(receiver, Text):  # a `str` had as `AsRef<[u8]>`
            return [Sized(b, "u8") for b in receiver.value.encode("utf-8")]
        if name in _PASS_THROUGH:
            return self.copy(receiver) if name in _COPIES else receiver
        if isinstance(receiver, Text):
            return self.text_method(receiver, name, values, turbofish)
        if isinstance(receiver, Char):
            return _char_method(receiver, name, values)
        if isinstance(receiver, Engine) and name in ("decode", "encode") and len(values) == 1:
            return _codec(receiver, name, values[0])
        if isinstance(receiver, bool):
            if name == "then" and len(values) == 1:  # `cond.then(|| value)`
                return Variant("Some", self.apply(values[0], [])) if receiver else NONE
            if name == "then_some" and len(values) == 1:
                return Variant("Some", values[0]) if receiver else NONE
            raise NoMethod(f"bool.{name}")
        if isinstance(receiver, float):
            return _float_method(receiver, name, values)
        if isinstance(receiver, int):
            return self.integer_method(receiver, name, values)
        if isinstance(receiver, Map):
            return self.map_method(receiver, name, values, turbofish)
        if isinstance(receiver, Entry):
            return self.entry_method(receiver, name, values)
        if isinstance(receiver, Variant):
            if receiver.tag in ("Less", "Equal", "Greater"):
                return _ordering_method(receiver, name, values)
            return self.variant_method(receiver, name, values)
        if isinstance(receiver, list):
            return self.list_method(receiver, name, values, turbofish)
        if isinstance(receiver, Iter | range | slice):  # `(2..).take_while(..)` too
            return self.iter_method(self.iterate(receiver), name, values, turbofish)
        raise NoMethod(f"method {name}")

    def text_method(self, text: Text, name: str, values: list[Any], turbofish: str) -> Any:
        value = text.value
        if name == "push":
            text.value += text_value(values[0])
            limited(text.value)
            return None
        if name == "push_str":
            text.value += text_value(values[0])
            limited(text.value)
            return None
        if name == "insert" and len(values) == 2:
            text.value = value[: values[0]] + text_value(values[1]) + value[values[0] :]
            return None
        if name in ("remove", "pop", "truncate", "clear", "drain"):
            return self.text_cut(text, name, values)
        if name == "retain" and len(values) == 1:
            text.value = "".join(c for c in value if self.apply(values[0], [Char(c)]))
            return None
        if name == "extend" and len(values) == 1:  # characters or strings, an `Option` too
            text.value += "".join(text_value(item) for item in self.iterate(values[0]))
            limited(text.value)
            return None
        if name == "len":
            return len(value.encode("utf-8"))
        if name == "is_empty":
            return not value
        if name == "chars":
            return Iter((Char(c) for c in value), self.tick)
        if name in _NORMALIZATIONS and not values:  # unicode-normalization's `nfd()` ...
            normal = unicodedata.normalize(_NORMALIZATIONS[name], value)
            return Iter((Char(c) for c in normal), self.tick)
        if name in ("bytes", "as_bytes", "into_bytes"):
            data = list(value.encode("utf-8"))
            return Iter(data, self.tick) if name == "bytes" else data
        if name == "char_indices":
            return Iter(char_indices(value), self.tick)
        if name in ("to_uppercase", "to_ascii_uppercase"):
            return Text(value.upper())
        if name in ("to_lowercase", "to_ascii_lowercase"):
            return Text(value.lower())
        if name in ("trim", "trim_start", "trim_end"):
            strip = {"trim": str.strip, "trim_start": str.lstrip, "trim_end": str.rstrip}[name]
            return Text(strip(value))
        if name in ("starts_with", "ends_with", "contains") and len(values) == 1:
            if isinstance(values[0], list | Closure | FunctionRef):  # any of the characters, a test
                held = {"starts_with": value[:1], "ends_with": value[-1:], "contains": value}
                return any(self.char_matches(values[0], c) for c in held[name])
            needle = text_value(values[0])
            return {
                "starts_with": value.startswith,
                "ends_with": value.endswith,
                "contains": value.__contains__,
            }[name](needle)
        if name == "replace" and len(values) == 2:
            if isinstance(values[0], list):  # `replace(['I', 'L'], "1")`: any of the characters
                table = {ord(text_value(c)): text_value(values[1]) for c in values[0]}
                return Text(limited(value.translate(table)))
            return Text(limited(value.replace(text_value(values[0]), text_value(values[1]))))
        if name == "repeat" and len(values) == 1:
            if len(value) * values[0] > MAX_VALUE:
                raise Stop("large string")
            return Text(value * values[0])
        if name in ("trim_matches", "trim_start_matches", "trim_end_matches") and len(values) == 1:
            pattern = values[0]
            if isinstance(pattern, list | Closure | FunctionRef):  # `trim_matches(['[', ']'])`
                start, end = 0, len(value)
                while (
                    name != "trim_end_matches"
                    and start < end
                    and self.char_matches(pattern, value[start])
                ):
                    start += 1
                while (
                    name != "trim_start_matches"
                    and end > start
                    and self.char_matches(pattern, value[end - 1])
                ):
                    end -= 1
                return Text(value[start:end])
            affix = text_value(pattern)
            if not affix:
                return Text(value)
            while name != "trim_end_matches" and value.startswith(affix):
                value = value[len(affix) :]
            while name != "trim_start_matches" and value.endswith(affix):
                value = value[: -len(affix)]
            return Text(value)
        if name in ("split_once", "rsplit_once") and len(values) == 1:
            separator = text_value(values[0])
            if separator not in value:
                return NONE
            split = value.split if name == "split_once" else value.rsplit
            first, second = split(separator, 1)
            return Variant("Some", (Text(first), Text(second)))
        if name == "rsplit" and len(values) == 1:
            return Iter((Text(p) for p in reversed(value.split(text_value(values[0])))), self.tick)
        if name in ("split", "split_terminator") and len(values) == 1:
            if not isinstance(values[0], Text | Char):  # a closure or characters: where they say
                return Iter((Text(p) for p in self.split_where(value, values[0])), self.tick)
            return Iter((Text(p) for p in value.split(text_value(values[0]))), self.tick)
        if name == "split_inclusive" and len(values) == 1:
            return Iter((Text(p) for p in self.split_inclusive(value, values[0])), self.tick)
        if name == "split_at" and len(values) == 1:
            encoded = value.encode("utf-8")
            at = int(values[0])
            if not 0 <= at <= len(encoded):
                raise IndexError("split_at")
            return (Text(encoded[:at].decode("utf-8")), Text(encoded[at:].decode("utf-8")))
        if name == "split_whitespace":
            return Iter((Text(p) for p in value.split()), self.tick)
        if name == "lines":
            return Iter((Text(p) for p in value.splitlines()), self.tick)
        if name in ("find", "rfind") and len(values) == 1:
            if isinstance(values[0], Closure):  # the first character the closure accepts
                positions = [i for i, c in enumerate(value) if self.apply(values[0], [Char(c)])]
                at = (positions[0] if name == "find" else positions[-1]) if positions else -1
            else:
                at = (value.find if name == "find" else value.rfind)(text_value(values[0]))
            return NONE if at < 0 else Variant("Some", len(value[:at].encode("utf-8")))
        if name == "parse":
            try:
                number = int(value.strip())
            except ValueError:
                # an address or a URL parsed: its text stands for it
                return Variant("Ok", Text(value)) if ("." in value or ":" in value) else NONE
            # of the width the call names (`parse::<u32>()`): its bytes have one
            kind = turbofish.strip("<> ")
            return _converted(number, kind) if kind in MASKS else Variant("Ok", number)
        if name == "get" and len(values) == 1 and isinstance(values[0], range | slice):
            try:
                return Variant("Some", self.sliced(text, values[0]))
            except (Stop, IndexError):
                return NONE
        if name in ("strip_prefix", "strip_suffix") and len(values) == 1:
            affix = text_value(values[0])
            if name == "strip_prefix":
                return (
                    Variant("Some", Text(value[len(affix) :])) if value.startswith(affix) else NONE
                )
            return (
                Variant("Some", Text(value[: len(value) - len(affix)]))
                if value.endswith(affix)
                else NONE
            )
        if name in ("iter", "into_iter"):
            raise Stop("iter on a string")
        return self.path_method(text, name, values)

    def map_method(self, items: Map, name: str, values: list[Any], turbofish: str) -> Any:
        if name in ("get", "get_mut") and len(values) == 1:
            return Variant("Some", items[values[0]]) if values[0] in items else NONE
        if name == "contains_key" and len(values) == 1:
            return values[0] in items
        if name == "insert" and len(values) == 2:
            old = items.get(values[0], END)
            items[values[0]] = values[1]
            limited(items)
            return NONE if old is END else Variant("Some", old)
        if name == "remove" and len(values) == 1:
            return Variant("Some", items.pop(values[0])) if values[0] in items else NONE
        if name in ("len", "is_empty") and not values:
            return len(items) if name == "len" else not items
        if name == "entry" and len(values) == 1:
            return Entry(items, values[0])
        keys = items.keys_in_order()
        if name == "keys":
            return Iter(keys, self.tick)
        if name in ("values", "values_mut"):
            return Iter([items[k] for k in keys], self.tick)
        if name in ("iter", "into_iter", "iter_mut"):
            return Iter([(k, items[k]) for k in keys], self.tick)
        raise NoMethod(f"map.{name}")

    def entry_method(self, entry: Entry, name: str, values: list[Any]) -> Any:
        """``or_insert(v)``, ``or_insert_with(f)``, ``or_default()`` (taken to be a
        collection, as ``.or_default().push(x)`` fills: a number's default is not known
        from the call): the value, a plain one as a place ``*`` writes."""
        items, key = entry.map, entry.key
        if key not in items:
            if name == "or_insert" and len(values) == 1:
                items[key] = values[0]
            elif name == "or_insert_with" and len(values) == 1:
                items[key] = self.apply(values[0], [])
            elif name == "or_default" and not values:
                items[key] = []
            else:
                raise NoMethod(f"entry.{name}")
            limited(items)
        elif name not in ("or_insert", "or_insert_with", "or_default"):
            raise NoMethod(f"entry.{name}")
        value = items[key]
        return value if isinstance(value, list | Text | Map) else Slot(items, key)

    def text_cut(self, text: Text, name: str, values: list[Any]) -> Any:
        """``remove(i)``, ``pop()``, ``truncate(n)``, ``clear()``, ``drain(range)`` of a
        ``String``, by byte offsets as Rust counts them."""
        data = text.value.encode("utf-8")
        if name == "pop":
            if not text.value:
                return NONE
            last, text.value = text.value[-1], text.value[:-1]
            return Variant("Some", Char(last))
        if name == "clear":
            text.value = ""
            return None
        if name == "truncate" and len(values) == 1:
            text.value = data[: values[0]].decode("utf-8")
            return None
        if name == "remove" and len(values) == 1:
            removed = data[values[0] :].decode("utf-8")[:1]
            if not removed:
                raise Stop("remove past the end")  # a panic in Rust
            text.value = (data[: values[0]] + data[values[0] + len(removed.encode()) :]).decode()
            return Char(removed)
        if name == "drain" and len(values) == 1 and isinstance(values[0], range | slice):
            span = values[0]
            start, stop = span.start or 0, len(data) if span.stop is None else span.stop
            taken = data[start:stop].decode("utf-8")
            text.value = (data[:start] + data[stop:]).decode("utf-8")
            return Iter([Char(c) for c in taken], self.tick)
        raise NoMethod(f"str.{name}")

    def char_matches(self, pattern: Any, c: str) -> bool:
        """Whether a character matches a pattern of characters: a closure that accepts
        it, or an array or slice of characters that holds it (`[':', ';']`)."""
        if isinstance(pattern, list):
            return any(text_value(item) == c for item in pattern)
        return bool(self.apply(pattern, [Char(c)]))

    def split_where(self, value: str, predicate: Any) -> list[str]:
        """``text.split(|c| ...)``, ``text.split([':', ';'])``: the pieces between the
        characters the predicate accepts or the array holds."""
        pieces: list[str] = []
        current: list[str] = []
        for c in value:
            if self.char_matches(predicate, c):
                pieces.append("".join(current))
                current = []
            else:
                current.append(c)
        pieces.append("".join(current))
        return pieces

    def split_inclusive(self, value: str, separator: Any) -> list[str]:
        """``text.split_inclusive(sep)``: the pieces each ending with its separator (a
        text, a character or a closure on characters), none empty at the end."""
        ends: list[int] = []
        if isinstance(separator, Text | Char):
            found = text_value(separator)
            at = value.find(found) if found else -1
            while at >= 0:
                ends.append(at + len(found))
                at = value.find(found, at + len(found))
        else:
            ends = [i + 1 for i, c in enumerate(value) if self.apply(separator, [Char(c)])]
        starts = [0, *ends]
        if ends and ends[-1] == len(value):
            starts.pop()
        return [value[start:end] for start, end in zip(starts, [*ends, len(value)], strict=False)]

    def path_method(self, path: Text, name: str, values: list[Any]) -> Any:
        """A path's methods (a path is the text it holds)."""
        value = path.value
        if name == "join" and len(values) == 1:
            return Text(limited(posixpath.join(value, text_value(values[0]))))
        if name == "push" and len(values) == 1:
            path.value = limited(posixpath.join(value, text_value(values[0])))
            return None
        if name == "parent" and not values:
            above = parent(value)
            return NONE if above is None else Variant("Some", Text(above))
        if name in ("to_path_buf", "as_path", "display", "as_os_str", "into_os_string"):
            return Text(value)
        if name == "to_string_lossy":
            return Text(value)
        if name == "to_str":
            return Variant("Some", Text(value))
        if name in ("file_name", "extension", "file_stem") and not values:
            base = posixpath.basename(value.rstrip("/"))
            stem, _, extension = base.rpartition(".")
            part = {"file_name": base, "extension": extension if stem else ""}
            found = part.get(name, stem or base)
            return Variant("Some", Text(found)) if found else NONE
        if name in ("exists", "is_file") and not values:
            if crate_file(value, self.file, self.files) is not None:
                return True
            raise Effect(f"path {value}")
        raise NoMethod(f"str.{name}")

    def integer_method(self, value: int, name: str, values: list[Any]) -> Any:
        if isinstance(value, Sized):
            found = _sized_method(value, name, values)
            if found is not None:
                return found
        if name in ("wrapping_add", "wrapping_sub", "wrapping_mul", "overflowing_add"):
            operator = {"wrapping_add": "+", "wrapping_sub": "-", "wrapping_mul": "*"}.get(
                name, "+"
            )
            result = operate(operator, value, values[0])
            # the width is not known here: the narrowest of a byte, 32 and 64 bits that
            # holds both operands (bytes are by far the most common, then hashes)
            largest = max(abs(value), abs(values[0]))
            bits = 8 if largest <= 0xFF else 32 if largest <= 0xFFFF_FFFF else 64
            return result & ((1 << bits) - 1) if largest < 1 << 64 else result
        if name in ("checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem"):
            operator = {"add": "+", "sub": "-", "mul": "*", "div": "/", "rem": "%"}[name[8:]]
            result = operate(operator, value, values[0])
            return Variant("Some", result) if result >= 0 else NONE
        if name == "saturating_sub":
            return max(value - values[0], 0)
        if name == "saturating_add":
            return value + values[0]
        if name == "pow" and 0 <= values[0] <= 128 and abs(value).bit_length() * values[0] <= 130:
            return value ** values[0]
        if name in ("min", "max") and len(values) == 1:
            return min(value, values[0]) if name == "min" else max(value, values[0])
        if name == "abs":
            return abs(value)
        if name == "count_ones":
            return bin(value & ((1 << 128) - 1)).count("1")
        if name == "is_ascii_digit":
            return 0x30 <= value <= 0x39
        if name in ("is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase"):
            return _char_method(Char(chr(value & 0xFF)), name, values)
        if name in ("to_ascii_uppercase", "to_ascii_lowercase"):
            return ord(_char_method(Char(chr(value & 0xFF)), name, values))
        if name == "rem_euclid" and values[0]:
            return value % abs(values[0])
        if name == "div_euclid" and values[0]:
            return (value - value % abs(values[0])) // values[0]
        if name in _ASCII_TESTS:
            ascii_char = 0 <= value < 0x80
            return ascii_char and _char_method(Char(chr(value)), name, values)
        raise NoMethod(f"int.{name}")

    def variant_method(self, variant: Variant, name: str, values: list[Any]) -> Any:
        present = variant.tag in ("Some", "Ok")
        if name in ("unwrap", "expect"):
            if not present:
                raise Stop("unwrap of None")
            return variant.value
        if name == "unwrap_or":
            return variant.value if present else values[0]
        if name == "unwrap_or_default":
            return variant.value if present else DEFAULT
        if name == "unwrap_or_else":
            return (
                variant.value
                if present
                else self.apply(values[0], [] if variant.tag == "None" else [variant.value])
            )
        if name in ("is_some", "is_ok"):
            return present
        if name in ("is_none", "is_err"):
            return not present
        if name == "map":
            return (
                Variant(variant.tag, self.apply(values[0], [variant.value])) if present else variant
            )
        if name == "and_then":
            return self.apply(values[0], [variant.value]) if present else variant
        if name == "is_some_and" and len(values) == 1:
            return present and bool(self.apply(values[0], [variant.value]))
        if name == "is_none_or" and len(values) == 1:
            return not present or bool(self.apply(values[0], [variant.value]))
        if name == "map_err" and len(values) == 1:
            return (
                variant
                if variant.tag != "Err"
                else Variant("Err", self.apply(values[0], [variant.value]))
            )
        if name == "filter":
            if present and self.apply(values[0], [variant.value]):
                return variant
            return NONE
        if name == "ok":
            return Variant("Some", variant.value) if present else NONE
        if name in ("ok_or", "ok_or_else"):
            return Variant("Ok", variant.value) if present else Variant("Err", None)
        if name == "or" and len(values) == 1:
            return variant if present else values[0]
        if name == "or_else" and len(values) == 1:
            return (
                variant
                if present
                else self.apply(values[0], [] if variant.tag == "None" else [variant.value])
            )
        if name == "and" and len(values) == 1:
            return values[0] if present else variant
        if name == "xor" and len(values) == 1 and isinstance(values[0], Variant):
            other = values[0].tag == "Some"
            return (variant if present else values[0]) if present != other else NONE
        if name == "flatten" and not values:
            return variant.value if present else variant
        if name in ("as_deref", "as_ref", "copied", "cloned", "as_mut"):
            return variant
        if name in ("map_or", "map_or_else"):
            return (
                self.apply(values[1], [variant.value])
                if present
                else (values[0] if name == "map_or" else self.apply(values[0], []))
            )
        raise NoMethod(f"option.{name}")

    def list_method(self, items: list[Any], name: str, values: list[Any], turbofish: str) -> Any:
        if name == "len":
            return len(items)
        if name == "is_empty":
            return not items
        if name == "push":
            items.append(values[0])
            limited(items)
            return None
        if name == "pop":
            return Variant("Some", items.pop()) if items else NONE
        if name in ("extend", "extend_from_slice", "append"):
            if isinstance(values[0], list):
                self.tick(len(values[0]))
            items.extend(
                list(self.iterate(values[0])) if isinstance(values[0], Iter) else values[0]
            )
            limited(items)
            return None
        if name == "insert" and len(values) == 2:
            items.insert(values[0], values[1])
            return None
        if name == "remove" and len(values) == 1:
            return items.pop(values[0])
        if name == "truncate":
            del items[values[0] :]
            return None
        if name in ("sort", "sort_unstable") and not values:
            items.sort()
            return None
        if name in ("sort_by", "sort_unstable_by") and len(values) == 1:
            order = functools.cmp_to_key(lambda a, b: _ordering(self.apply(values[0], [a, b])))
            self.tick(len(items))
            items.sort(key=order)
            return None
        if name == "binary_search" and len(values) == 1:
            at = bisect.bisect_left(items, values[0])
            found = at < len(items) and items[at] == values[0]
            return Variant("Ok" if found else "Err", at)
        if name == "dedup" and not values:
            items[:] = [item for i, item in enumerate(items) if i == 0 or items[i - 1] != item]
            return None
        if name == "retain" and len(values) == 1:
            items[:] = [item for item in items if self.apply(values[0], [item])]
            return None
        if name == "resize" and len(values) == 2 and 0 <= values[0] <= MAX_VALUE:
            del items[values[0] :]
            items.extend(self.copy(values[1]) for _ in range(values[0] - len(items)))
            return None
        if name == "fill" and len(values) == 1:
            items[:] = [values[0]] * len(items)
            return None
        if name in ("sort_by_key", "sort_unstable_by_key") and len(values) == 1:
            keys = [self.apply(values[0], [item]) for item in items]
            items[:] = [
                item for _, item in sorted(zip(keys, items, strict=True), key=lambda p: p[0])
            ]
            return None
        if name in ("split_first", "split_last") and not values:
            if not items:
                return NONE
            if name == "split_first":
                return Variant("Some", (items[0], items[1:]))
            return Variant("Some", (items[-1], items[:-1]))
        if name == "reverse":
            items.reverse()
            return None
        if name == "swap":
            a, b = values
            items[a], items[b] = items[b], items[a]
            return None
        if name in ("rotate_left", "rotate_right") and items:
            shift = values[0] % len(items)
            if name == "rotate_right":
                shift = -shift % len(items)
            items[:] = items[shift:] + items[:shift]
            return None
        if name == "get" and len(values) == 1:
            if isinstance(values[0], range | slice):
                return Variant("Some", self.sliced(items, values[0]))
            index = values[0]
            return Variant("Some", items[index]) if 0 <= index < len(items) else NONE
        if name in ("first_mut", "last_mut") and not values:
            return (
                Variant("Some", Slot(items, 0 if name == "first_mut" else len(items) - 1))
                if items
                else NONE
            )
        if name == "first":
            return Variant("Some", items[0]) if items else NONE
        if name == "last":
            return Variant("Some", items[-1]) if items else NONE
        if name == "contains":
            return values[0] in items
        if name in ("starts_with", "ends_with") and isinstance(values[0], list):
            part = values[0]
            if name == "starts_with":
                return items[: len(part)] == part
            return not part or items[-len(part) :] == part
        if name == "iter_mut":
            return self.slots(items)
        if name == "drain" and values and isinstance(values[0], range | slice):
            span = values[0]  # `v.drain(..lead)`: that span only
            start, stop = span.start or 0, len(items) if span.stop is None else span.stop
            if not 0 <= start <= stop <= len(items):
                raise Stop("drain past the end")  # a panic in Rust
            taken = items[start:stop]
            del items[start:stop]
            return Iter(taken, self.tick)
        if name in ("iter", "into_iter", "drain"):
            return Iter(list(items) if name != "drain" else drained(items), self.tick)
        if name in ("rchunks", "rchunks_exact") and values[0] > 0:  # from the end
            size, end = values[0], len(items)
            stops = range(end, 0 if name == "rchunks" else size - 1, -size)
            return Iter((self.sliced(items, range(max(s - size, 0), s)) for s in stops), self.tick)
        if name in ("chunks", "chunks_exact", "windows") and values[0] > 0:
            size = values[0]
            starts = (
                range(0, len(items), size)
                if name == "chunks"
                else range(0, len(items) - size + 1, size)  # the remainder left out
                if name == "chunks_exact"
                else range(len(items) - size + 1)
            )
            return Iter(
                (self.sliced(items, range(i, min(i + size, len(items)))) for i in starts), self.tick
            )
        if name == "split_at":
            return (items[: values[0]], items[values[0] :])
        if name == "split" and len(values) == 1:  # `bytes.split(|b| *b == 0)`: the pieces between
            pieces: list[list[Any]] = [[]]
            for item in items:
                if self.apply(values[0], [item]) is True:
                    pieces.append([])
                else:
                    pieces[-1].append(item)
            return Iter(pieces, self.tick)
        if name == "concat":
            if all(isinstance(i, Text) for i in items):
                return Text(limited("".join(i.value for i in items)))
            return [x for i in items for x in i]
        if name == "join" and len(values) == 1:
            return Text(limited(text_value(values[0]).join(text_value(i) for i in items)))
        if name == "as_slice" or name == "as_mut_slice":
            return items
        raise NoMethod(f"list.{name}")

    def iter_method(self, items: Iter, name: str, values: list[Any], turbofish: str) -> Any:
        tick = self.tick
        apply = self.apply
        if name == "next":
            item = next(items, END)
            return NONE if item is END else Variant("Some", item)
        if name == "map":
            return Iter((apply(values[0], [i]) for i in items), tick)
        if name == "filter":
            return Iter((i for i in items if apply(values[0], [i])), tick)
        if name == "filter_map":
            return Iter(
                (r.value for i in items if (r := apply(values[0], [i])).tag in ("Some", "Ok")),
                tick,
            )
        if name == "flat_map":
            return Iter((x for i in items for x in self.iterate(apply(values[0], [i]))), tick)
        if name == "flatten":
            return Iter((x for i in items for x in self.iterate(i)), tick)
        if name == "enumerate":
            return Iter(enumerate(items), tick)
        if name == "zip":
            return Iter(zip(items, self.iterate(values[0]), strict=False), tick)
        if name == "chain":
            return Iter(itertools.chain(items, self.iterate(values[0])), tick)
        if name == "rev":
            return Iter(reversed(bounded(items)), tick)
        if name == "skip":
            return Iter(itertools.islice(items, values[0], None), tick)
        if name == "take":
            return Iter(itertools.islice(items, values[0]), tick)
        if name == "step_by" and values[0] > 0:
            return Iter(itertools.islice(items, 0, None, values[0]), tick)
        if name == "cycle":
            return Iter(itertools.cycle(bounded(items)), tick)
        if name in ("copied", "cloned", "by_ref", "peekable", "into_iter", "iter"):
            return items
        if name == "peek":
            return NONE if (item := items.peek()) is END else Variant("Some", item)
        if name == "next_if" and len(values) == 1:
            item = items.peek()
            if item is END or not apply(values[0], [item]):
                return NONE
            return Variant("Some", next(items))
        if name == "scan" and len(values) == 2:
            state = Slot([values[0]], 0)  # what the closure gets as `&mut state`
            return Iter(_scanned(items, state, lambda i: apply(values[1], [state, i])), tick)
        if name == "partition" and len(values) == 1:
            kept: list[Any] = []
            left: list[Any] = []
            for item in items:
                (kept if apply(values[0], [item]) else left).append(item)
            return (_collected(kept, turbofish), _collected(left, turbofish))
        if name == "unzip" and not values:
            pairs = bounded(items)
            return ([a for a, _ in pairs], [b for _, b in pairs])
        if name in ("max_by_key", "min_by_key") and len(values) == 1:
            keyed = [(apply(values[0], [item]), item) for item in items]
            if not keyed:
                return NONE
            pick = max if name == "max_by_key" else min
            # (Rust's max_by_key keeps the last of equal keys, min_by_key the first)
            ordered = keyed[::-1] if name == "max_by_key" else keyed
            return Variant("Some", pick(ordered, key=lambda pair: pair[0])[1])
        if name == "take_while":
            return Iter(itertools.takewhile(lambda i: apply(values[0], [i]), items), tick)
        if name == "skip_while":
            return Iter(itertools.dropwhile(lambda i: apply(values[0], [i]), items), tick)
        if name == "map_while":  # what the closure gives until its first `None`
            mapped = (apply(values[0], [i]) for i in items)
            some = itertools.takewhile(lambda v: isinstance(v, Variant) and v.tag == "Some", mapped)
            return Iter((v.value for v in some), tick)
        if name == "fold":
            accumulator = values[0]
            for item in items:
                accumulator = apply(values[1], [accumulator, item])
            return accumulator
        if name == "try_fold" and len(values) == 2:
            accumulator = values[0]
            for item in items:
                step = apply(values[1], [accumulator, item])
                if not isinstance(step, Variant) or step.tag not in ("Some", "Ok"):
                    return step  # the first `None` or `Err` ends it
                accumulator = step.value
            return Variant("Some", accumulator)  # (`Ok` and `Some` alike for the caller)
        if name == "for_each":
            for item in items:
                apply(values[0], [item])
            return None
        if name == "count":
            return sum(1 for _ in items)
        if name == "sum":
            if "Option" in turbofish or "Result" in turbofish:  # `.sum::<Option<u8>>()`
                total = 0
                for item in items:
                    if not isinstance(item, Variant) or item.tag not in ("Some", "Ok"):
                        return item  # the first `None` or `Err` is the sum
                    total += number_value(item.value)
                return Variant("Some", total)
            return sum(number_value(i) for i in items)
        if name == "product":
            product = 1
            for item in items:
                product = operate("*", product, number_value(item))
            return product
        if name == "contains" and len(values) == 1:  # `(1..9).contains(&n)`, a slice's
            return any(i == values[0] for i in items)
        if name in ("any", "all"):
            test = (bool(apply(values[0], [i])) for i in items)
            return any(test) if name == "any" else all(test)
        if name == "find":
            for item in items:
                if apply(values[0], [item]):
                    return Variant("Some", item)
            return NONE
        if name == "position":
            for index, item in enumerate(items):
                if apply(values[0], [item]):
                    return Variant("Some", index)
            return NONE
        if name == "find_map":
            for item in items:
                result = apply(values[0], [item])
                if result.tag == "Some":
                    return result
            return NONE
        if name == "nth":
            return next(
                (Variant("Some", i) for i in itertools.islice(items, values[0], None)), NONE
            )
        if name == "last":
            found = bounded(items)
            return Variant("Some", found[-1]) if found else NONE
        if name in ("max", "min"):
            found = bounded(items)
            return Variant("Some", (max if name == "max" else min)(found)) if found else NONE
        if name == "collect":
            return _collected(bounded(items), turbofish)
        raise NoMethod(f"iter.{name}")


def _ordering_method(ordering: Variant, name: str, values: list[Any]) -> Any:
    """``Ordering``'s methods: ``reverse``, ``then``, ``is_lt`` and the like."""
    if name == "reverse":
        return Variant({"Less": "Greater", "Greater": "Less"}.get(ordering.tag, "Equal"), None)
    if name == "then" and len(values) == 1:
        return values[0] if ordering.tag == "Equal" else ordering
    tests = {
        "is_lt": ("Less",),
        "is_gt": ("Greater",),
        "is_eq": ("Equal",),
        "is_ne": ("Less", "Greater"),
    }
    if name in tests:
        return ordering.tag in tests[name]
    if name in ("is_le", "is_ge"):
        return ordering.tag != ("Greater" if name == "is_le" else "Less")
    raise NoMethod(f"Ordering.{name}")


def _ordering(value: Any) -> int:
    """A comparator's ``Ordering`` as -1, 0 or 1."""
    tag = value.tag if isinstance(value, Variant) else ""
    if tag not in ("Less", "Equal", "Greater"):
        raise Stop("a comparator that gives no Ordering")
    return {"Less": -1, "Equal": 0, "Greater": 1}[tag]


def _scanned(items: Iter, state: Slot, step: Callable[[Any], Any]) -> Iterator[Any]:
    """``scan``: each step's ``Some`` value, until one gives ``None``."""
    for item in items:
        result = step(item)
        if not isinstance(result, Variant) or result.tag != "Some":
            return
        yield result.value


def _address(owner: str, name: str, values: list[Any]) -> Text:
    """An IPv4 address or socket address built from numbers (``Ipv4Addr::new(a, b, c,
    d)``, ``SocketAddr::from(([a, b, c, d], port))``), as the text it stands for."""
    if name == "V4" and len(values) == 1 and isinstance(values[0], Text):
        return values[0]
    if owner in ("Ipv4Addr", "IpAddr") and name in ("new", "from"):
        octets = values[0] if len(values) == 1 else values
        if isinstance(octets, int) and not isinstance(octets, bool) and 0 <= octets < 1 << 32:
            octets = list(octets.to_bytes(4, "big"))
        if (
            isinstance(octets, list | tuple)
            and len(octets) == 4
            and all(isinstance(o, int) and 0 <= o <= 0xFF for o in octets)
        ):
            return Text(".".join(map(str, octets)))
    if owner in ("SocketAddr", "SocketAddrV4") and name in ("new", "from"):
        pair = values[0] if len(values) == 1 else tuple(values)
        if isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[1], int):
            host = pair[0] if isinstance(pair[0], Text) else _address("Ipv4Addr", "from", [pair[0]])
            return Text(f"{host.value}:{pair[1]}")
    raise Stop(f"{owner}::{name}")


def _account(value: Any) -> Text:
    """An Ethereum address made of its 20 bytes (``Address::from_slice(&bytes)``), as
    the text it is written as: ``0x`` and 40 hexadecimal digits."""
    if isinstance(value, list) and len(value) == 20:
        return Text("0x" + bytes(byte_list(value)).hex())
    raise Stop("an account address of a value")


def default_of(written: str) -> Any:
    """``Default::default()`` of a type written out (``Option<PathBuf>``, ``u32``)."""
    kind = written.replace(" ", "").removeprefix("std::").removeprefix("collections::")
    outer = kind.split("<", 1)[0].rsplit("::", 1)[-1]
    if outer == "Option":
        return NONE
    if outer in ("HashMap", "BTreeMap"):
        return Map(ordered=outer == "BTreeMap")
    if outer in ("Vec", "VecDeque", "HashSet", "BTreeSet"):
        return []
    if outer in ("String", "PathBuf", "OsString") or kind in ("&str", "&'staticstr"):
        return Text("")
    if kind == "bool":
        return False
    if kind in ("f32", "f64"):
        return 0.0
    if kind == "char":
        return Char("\0")
    if kind in MASKS:
        return 0
    raise Stop("default")


def _collected(items: list[Any], turbofish: str) -> Any:
    """``collect()``: a ``String`` from characters or strings unless the type says
    otherwise, else a vector (the declared type, when there is one, decides later)."""
    if turbofish.replace(" ", "").startswith(("<Result<", "<Option<")):
        # the first `Err` or `None`, else all the values inside collected
        failed = next(
            (i for i in items if not (isinstance(i, Variant) and i.tag in ("Ok", "Some"))), None
        )
        if failed is not None:
            return failed
        tag = "Ok" if "Result" in turbofish else "Some"
        return Variant(tag, _collected([i.value for i in items], turbofish.replace(" ", "")[8:]))
    if "HashMap" in turbofish or "BTreeMap" in turbofish:
        return Map(items, ordered="BTreeMap" in turbofish)
    if "Vec" in turbofish:
        return items
    texts = all(isinstance(i, Char | Text) for i in items)
    if texts and ("String" in turbofish or (items and all(isinstance(i, Char) for i in items))):
        return Text(limited("".join(text_value(i) for i in items)))
    return items


def as_declared(value: Any, written: str) -> Any:
    """A value converted as its declared type says: ``Vec<char>`` keeps characters apart
    where ``collect`` made a string, a character ``into()`` an integer is its code."""
    kind = written.strip()
    inner = _element_type(kind.replace(" ", "").replace("'static", ""))
    if inner in MASKS and isinstance(value, list):
        return [Sized(v, inner) if type(v) in (int, Sized) else v for v in value]
    if inner is not None and isinstance(value, list) and inner.startswith(("[", "&[", "Vec<")):
        return [as_declared(v, inner) for v in value]  # `[[u32; 2]; 6]`: its rows typed
    if isinstance(value, Char) and kind in MASKS:
        return Sized(ord(value), kind)
    if type(value) in (int, Sized) and kind in MASKS:
        return Sized(value, kind)
    if kind.startswith("(") and isinstance(value, tuple):  # `let (a, b): (Vec<u8>, String)`
        parts = _type_list(kind[1:-1])
        if len(parts) == len(value):
            return tuple(as_declared(v, part) for v, part in zip(value, parts, strict=True))
    if written.replace(" ", "").startswith(("HashMap<", "BTreeMap<")) and isinstance(value, list):
        return Map(value, ordered=written.strip().startswith("BTreeMap"))
    if written.strip() == "String" and isinstance(value, list):
        return Text(limited("".join(text_value(i) for i in value)))  # strings collected into one
    if written.replace(" ", "") == "Vec<char>" and isinstance(value, Text):
        return [Char(c) for c in value.value]
    if value is DEFAULT:
        return default_of(written)
    return value


_TYPE_OPENING, _TYPE_CLOSING = "[<(", "]>)"  # the brackets of a type


def _type_list(types: str) -> list[str]:
    """The types of a comma-separated list, split at its top-level commas."""
    cuts = top_level(types, ",", _TYPE_OPENING, _TYPE_CLOSING)
    parts = [types[a + 1 : b].strip() for a, b in zip([-1, *cuts], cuts, strict=False)]
    tail = types[cuts[-1] + 1 if cuts else 0 :].strip()
    return [*parts, tail] if tail else parts


def _element_type(kind: str) -> str | None:
    """The element type of an array, slice or vector type written without spaces
    (``[u32;2]`` -> ``u32``, ``&[[u8;4]]`` -> ``[u8;4]``, ``Vec<u64>``), or None."""
    kind = kind.lstrip("&")
    if kind.startswith("Vec<") and kind.endswith(">"):
        return kind[4:-1]
    if not (kind.startswith("[") and kind.endswith("]")):
        return None
    inner = kind[1:-1]
    lengths = top_level(inner, ";", _TYPE_OPENING, _TYPE_CLOSING)
    return inner[: lengths[0]] if lengths else inner


def _codec(engine: Engine, name: str, value: Any) -> Any:
    """``base64``'s engines and ``hex``: decoding gives ``Ok(bytes)`` (``Err`` on bad input),
    encoding text."""
    data = value.value.encode("utf-8") if isinstance(value, Text) else bytes(byte_list(value))
    url = engine.name.startswith("URL_SAFE")
    if name == "encode":
        if engine.name == "HEX":
            return Text(limited(data.hex()))
        text = (base64.urlsafe_b64encode if url else base64.b64encode)(data).decode("ascii")
        return Text(limited(text.rstrip("=") if engine.name.endswith("NO_PAD") else text))
    try:
        if engine.name == "HEX":
            return Variant("Ok", list(bytes.fromhex(data.decode("ascii"))))
        padded = data + b"=" * (-len(data) % 4)
        decoded = base64.b64decode(padded, altchars=b"-_" if url else None, validate=True)
        return Variant("Ok", list(decoded))
    except (ValueError, binascii.Error):
        return Variant("Err", None)


def _converted(value: int, kind: str) -> Variant:
    """A fallible conversion to the integer type ``kind``: an error out of its range."""
    return Variant("Ok", Sized(value, kind)) if wrap(value, kind) == value else Variant("Err", None)


def _sized_method(value: Sized, name: str, values: list[Any]) -> Any:
    """A method that needs the integer's width: wrapping arithmetic, bytes, rotations,
    bit counts; None for the others."""
    bits, unsigned = value.bits, int(value) & MASKS[value.kind]
    if name in ("wrapping_add", "wrapping_sub", "wrapping_mul") and len(values) == 1:
        operator = {"wrapping_add": "+", "wrapping_sub": "-", "wrapping_mul": "*"}[name]
        return Sized(operate(operator, int(value), int(values[0])), value.kind)
    if name in ("to_le_bytes", "to_be_bytes", "to_ne_bytes") and not values:
        data = unsigned.to_bytes(bits // 8, "big")
        return [Sized(b, "u8") for b in (data if name == "to_be_bytes" else data[::-1])]
    if name in ("rotate_left", "rotate_right") and len(values) == 1:
        shift = int(values[0]) % bits
        if name == "rotate_right":
            shift = (bits - shift) % bits
        rotated = ((unsigned << shift) | (unsigned >> (bits - shift))) & MASKS[value.kind]
        return Sized(rotated, value.kind)
    if name == "reverse_bits" and not values:
        return Sized(int(format(unsigned, f"0{bits}b")[::-1], 2), value.kind)
    if name == "swap_bytes" and not values:
        return Sized(int.from_bytes(unsigned.to_bytes(bits // 8, "big"), "little"), value.kind)
    if name in ("leading_zeros", "trailing_zeros", "count_zeros") and not values:
        binary = format(unsigned, f"0{bits}b")
        if name == "count_zeros":
            return binary.count("0")
        stripped = binary.lstrip("0") if name == "leading_zeros" else binary.rstrip("0")
        return bits - len(stripped) if unsigned else bits
    return None


def _float_method(value: float, name: str, values: list[Any]) -> Any:
    if name in _ROUNDINGS and not values:
        return float(_ROUNDINGS[name](value))
    if name == "round" and not values:  # half away from zero
        return float(math.copysign(math.floor(abs(value) + 0.5), value))
    if name in ("min", "max") and len(values) == 1 and isinstance(values[0], int | float):
        return float(min(value, values[0]) if name == "min" else max(value, values[0]))
    if name in _FLOAT_MATH and not values:
        return float(_FLOAT_MATH[name](value))  # a domain error is a panic: the call stops
    if name in _FLOAT_MATH_2 and len(values) == 1 and isinstance(values[0], int | float):
        return float(_FLOAT_MATH_2[name](value, values[0]))
    if name == "mul_add" and len(values) == 2 and all(isinstance(v, int | float) for v in values):
        return float(value * values[0] + values[1])
    raise NoMethod(f"f64.{name}")


# float methods of one operand and of two (`x.sqrt()`, `x.powf(y)`): numeric decoders use
# them (a Cantor pairing's inverse, a logarithm's digits)
_FLOAT_MATH: Final[dict[str, Callable[[float], float]]] = {
    "sqrt": math.sqrt,
    "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x),
    "abs": abs,
    "exp": math.exp,
    "exp2": lambda x: 2.0**x,
    "ln": math.log,
    "log2": math.log2,
    "log10": math.log10,
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "asin": math.asin,
    "acos": math.acos,
    "atan": math.atan,
    "fract": lambda x: x - math.trunc(x),
    "signum": lambda x: math.copysign(1.0, x),
    "recip": lambda x: 1.0 / x,
    "to_degrees": math.degrees,
    "to_radians": math.radians,
}
# unicode-normalization's methods of text, and the forms they give
_NORMALIZATIONS: Final[dict[str, Literal["NFC", "NFD", "NFKC", "NFKD"]]] = {
    "nfd": "NFD",
    "nfc": "NFC",
    "nfkd": "NFKD",
    "nfkc": "NFKC",
}
_FLOAT_MATH_2: Final[dict[str, Callable[[float, float], float]]] = {
    "powf": math.pow,
    "powi": math.pow,
    "log": math.log,
    "atan2": math.atan2,
    "hypot": math.hypot,
    "rem_euclid": lambda x, y: x - y * math.floor(x / y),
    "div_euclid": lambda x, y: float(math.floor(x / y)),
    "copysign": math.copysign,
}


def _char_method(char: Char, name: str, values: list[Any]) -> Any:
    c = str(char)
    if name == "to_ascii_uppercase":
        return Char(c.upper()) if c.isascii() else char
    if name == "to_ascii_lowercase":
        return Char(c.lower()) if c.isascii() else char
    # Unicode's case mappings (a transliteration table keyed by lower-case Cyrillic): an
    # iterator of chars in Rust, here their text, which `next` and `collect` read
    if name == "to_uppercase":
        return Char(c.upper())
    if name == "to_lowercase":
        return Char(c.lower())
    if name == "next" and c:
        return Variant("Some", Char(c[0]))
    if name == "collect":
        return Text(c)
    if name in ("is_ascii_alphabetic", "is_alphabetic"):
        return c.isalpha() and (c.isascii() or name == "is_alphabetic")
    if name in ("is_ascii_digit", "is_numeric"):
        return c.isdigit()
    if name in ("is_ascii_alphanumeric", "is_alphanumeric"):
        return c.isalnum()
    if name in ("is_ascii_uppercase", "is_uppercase"):
        return c.isupper() and (c.isascii() or name == "is_uppercase")
    if name in ("is_ascii_lowercase", "is_lowercase"):
        return c.islower() and (c.isascii() or name == "is_lowercase")
    if name in ("is_whitespace", "is_ascii_whitespace"):
        return c.isspace()
    if name == "is_ascii_punctuation":
        return c.isascii() and not c.isalnum() and c.isprintable() and c != " "
    if name == "is_ascii":
        return c.isascii()
    if name == "is_ascii_hexdigit":
        return c in "0123456789abcdefABCDEF"
    if name == "is_ascii_graphic":
        return "!" <= c <= "~"
    if name == "is_ascii_control":
        return c.isascii() and not c.isprintable()
    if name == "to_digit" and values:
        try:
            return Variant("Some", int(c, values[0]))
        except ValueError:
            return NONE
    if name == "len_utf8":
        return len(c.encode("utf-8"))
    raise NoMethod(f"char.{name}")


def operate(operator: str, left: Any, right: Any) -> Any:
    if (isinstance(left, Char) and isinstance(right, Char)) or isinstance(left, Text):
        if isinstance(right, Text | Char) and operator in _COMPARE:
            return _COMPARE[operator](text_value(left), text_value(right))
        if isinstance(left, Text) and operator == "+":
            return Text(limited(left.value + text_value(right)))
        raise Stop("operator on text")
    if operator in ("==", "!="):
        equal = left == right
        return equal if operator == "==" else not equal
    if isinstance(left, Char) or isinstance(right, Char):
        raise Stop("arithmetic on char")
    if isinstance(left, float) or isinstance(right, float):
        return _float_operate(operator, left, right)
    if not isinstance(left, int) or not isinstance(right, int):
        raise Stop("operator")
    if operator in _COMPARE:
        return _COMPARE[operator](left, right)
    if operator in ("<<", ">>") and not 0 <= right < 128:
        raise Stop("shift")
    result = _ARITHMETIC[operator](left, right)
    # the result has its operands' type and wraps at its width, as in a release build
    # (a shift's is its left operand's): `(v << 4) ^ (v >> 5)` on a u32 stays a u32
    if isinstance(left, Sized):
        return Sized(result, left.kind)
    if isinstance(right, Sized) and operator not in ("<<", ">>"):
        return Sized(result, right.kind)
    if abs(result) >= 1 << 130:
        raise Stop("overflow")
    return result


def _float_operate(operator: str, left: Any, right: Any) -> Any:
    if not isinstance(left, int | float) or not isinstance(right, int | float):
        raise Stop("operator")
    if operator in _COMPARE:
        return _COMPARE[operator](left, right)
    if operator not in ("+", "-", "*", "/") or (operator == "/" and right == 0):
        raise Stop("float operator")
    result = {"+": left + right, "-": left - right, "*": left * right}.get(operator)
    value = left / right if result is None else result
    if not math.isfinite(value):
        raise Stop("float overflow")
    return value


def float_to_int(value: float, kind: str) -> int:
    if math.isnan(value):
        return 0
    half = 1 << (MASKS[kind].bit_length() - 1)
    low, high = (-half, half - 1) if kind in SIGNED else (0, MASKS[kind])
    return max(low, min(high, int(value))) if math.isfinite(value) else (high if value > 0 else low)


def _divide(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return quotient if (a >= 0) == (b >= 0) else -quotient


def _remainder(a: int, b: int) -> int:
    return a - b * _divide(a, b)


_ARITHMETIC: Final[dict[str, Callable[[int, int], int]]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _divide,
    "%": _remainder,
    "^": lambda a, b: a ^ b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b,
}


#: a format spec: fill and alignment, sign, `#`, zero padding, width (a number or an
#: argument `name$`), the kind of number or `?` for `Debug` (`{:>8}`, `{:02x}`, `{:#b}`,
#: `{:>width$}`, `{line:?}`)
_SPEC: Final = re.compile(
    r"(?:(?P<fill>.)?(?P<align>[<^>]))?(?P<sign>\+)?(?P<alt>#)?(?P<zero>0)?"
    r"(?P<width>\d+|[A-Za-z_]\w*\$)?(?P<kind>[xXob?]?)"
)
_DEBUG_ESCAPES: Final = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}


def _debug(value: Text | Char) -> str:
    """A string or character as ``{:?}`` writes it: quoted, with escapes."""
    quote = "'" if isinstance(value, Char) else '"'
    escaped = (
        _DEBUG_ESCAPES.get(c)
        or ("\\" + c if c == quote else f"\\u{{{ord(c):x}}}" if ord(c) < 0x20 else c)
        for c in text_value(value)
    )
    return quote + "".join(escaped) + quote


def formatted(value: Any, spec: str, argument: Callable[[str], Any] | None = None) -> str:
    """A value as ``format!`` writes it with ``spec``; ``argument`` gives a width named
    ``name$``."""
    parts = _SPEC.fullmatch(spec)
    if parts is None:
        raise Stop("format spec")
    kind, width = parts["kind"], parts["width"] or "0"
    if width.endswith("$"):
        width = str(number_value(argument(width[:-1]))) if argument is not None else "?"
    if not width.isdigit() or int(width) > _MAX_WIDTH:
        raise Stop("format width")
    if kind == "?" and isinstance(value, Text | Char):
        text, numeric = _debug(value), False
    elif kind == "?" and isinstance(value, bool):
        text, numeric = str(value).lower(), False
    elif isinstance(value, Text | Char) and not (kind or parts["sign"] or parts["alt"]):
        text, numeric = text_value(value), False
    elif isinstance(value, int) and not isinstance(value, bool):
        digits = format(abs(value), kind if kind in ("x", "X", "o", "b") else "d")
        prefix = ("-" if value < 0 else "+" if parts["sign"] else "") + (
            {"x": "0x", "X": "0x", "o": "0o", "b": "0b"}.get(kind, "") if parts["alt"] else ""
        )
        if parts["zero"]:  # zeros after the sign and the base's prefix
            digits = digits.rjust(int(width) - len(prefix), "0")
        text, numeric = prefix + digits, True
    else:
        raise Stop("format of a value")
    fill, size = parts["fill"] or " ", int(width)
    align = parts["align"] or (">" if numeric else "<")
    if align == "<":
        return text.ljust(size, fill)
    if align == ">":
        return text.rjust(size, fill)
    left = (size - len(text)) // 2 if size > len(text) else 0  # Rust's centre leans left
    return (fill * left + text).ljust(size, fill)
