"""Cargo's semantic versions and version requirements.

These follow the Rust ``semver`` crate (1.x) that Cargo uses, rule for rule:

* ``Version.parse`` accepts exactly ``MAJOR.MINOR.PATCH[-PRE][+BUILD]`` with no
  leading zeros in numbers or numeric pre-release identifiers.
* ``VersionReq.parse`` accepts comma-separated comparators (comma = AND) with the
  operators ``=``, ``>``, ``>=``, ``<``, ``<=``, ``~``, ``^`` and none (caret),
  partial versions (``1``, ``1.2``) and wildcards (``*``, ``x``, ``X``, ``1.*``).
* The pre-release rule: a pre-release version matches a requirement only if some
  comparator has a pre-release on the same ``major.minor.patch``.
* Build metadata never affects matching; ``Version`` ordering uses it only to
  break ties between versions of equal precedence (as the semver crate does),
  so ``sorted()`` is total and consistent with ``==``.

Error messages are the semver crate's own, so a user sees what Cargo would say.
"""

from __future__ import annotations

import enum
import functools
import re

from cratewatch._lean import TYPE_CHECKING, NamedTuple
from cratewatch.errors import VersionError

if TYPE_CHECKING:
    from typing import Any, Final

__all__ = ["Comparator", "Op", "Version", "VersionReq", "latest_rank"]

_MAX_COMPARATORS: Final = 32
_U64_MAX: Final = 2**64 - 1

# An identifier's sort key: numeric identifiers sort before alphanumeric ones.
# Numbers are compared by (digit count, digits), never through int(): an identifier
# may be longer than Python's int/str conversion limit (4300 digits).
_IdentKey = tuple[int, int, str]


class _Pos(enum.Enum):
    MAJOR = "major version number"
    MINOR = "minor version number"
    PATCH = "patch version number"
    PRE = "pre-release identifier"
    BUILD = "build metadata"


_CHAR_ESCAPES: Final = {
    "\0": "\\0",
    "\t": "\\t",
    "\r": "\\r",
    "\n": "\\n",
    "\\": "\\\\",
    "'": "\\'",
}


# Grapheme_Extend characters outside the categories Mn and Me (Unicode 16's
# Other_Grapheme_Extend and the spacing marks it added): Rust escapes them too.
_OTHER_GRAPHEME_EXTEND_RANGES: Final = (
    "09BE 09D7 0B3E 0B57 0BBE 0BD7 0CC0 0CC2 0CC7-0CC8 0CCA-0CCB 0CD5-0CD6 0D3E 0D57 "
    "0DCF 0DDF 1715 1734 1B35 1B3B 1B3D 1B43-1B44 1BAA 1BF2-1BF3 302E-302F A953 A9C0 "
    "FF9E-FF9F 111C0 11235 1133E 1134D 11357 114B0 114BD 115AF 116B6 11930 1193D "
    "16FF0-16FF1 1D165-1D166 1D16D-1D172"
)


@functools.cache
def _other_grapheme_extend() -> frozenset[int]:
    # Built on first use: only an error message about an unusual character needs it.
    return frozenset(
        cp
        for item in _OTHER_GRAPHEME_EXTEND_RANGES.split()
        for first, _, last in [item.partition("-")]
        for cp in range(int(first, 16), int(last or first, 16) + 1)
    )


def _quoted(ch: str) -> str:
    """``ch`` as Rust's ``{:?}`` shows a char, as the semver crate's messages do.

    Control, format, separator (other than space), unassigned and grapheme-extending
    characters become ``\\u{hex}``. Exact for characters that Python's Unicode
    database and Rust's agree on; the newest assignments may differ.
    """
    escaped = _CHAR_ESCAPES.get(ch)
    if escaped is None:
        import unicodedata  # here: only error messages need it, and it costs start-up time

        if (
            ch.isprintable()
            and unicodedata.category(ch) not in ("Mn", "Me")
            and ord(ch) not in _other_grapheme_extend()
        ):
            escaped = ch
        else:
            escaped = f"\\u{{{ord(ch):x}}}"
    return f"'{escaped}'"


def _numeric(text: str, i: int, pos: _Pos) -> tuple[int, int]:
    """Parse a number without leading zeros at ``text[i:]``; return (value, end)."""
    start = i
    n = len(text)
    value = 0
    while i < n and "0" <= text[i] <= "9":
        if value == 0 and i > start:
            raise VersionError(f"invalid leading zero in {pos.value}")
        value = value * 10 + ord(text[i]) - 48
        if value > _U64_MAX:
            raise VersionError(f"value of {pos.value} exceeds u64::MAX")
        i += 1
    if i == start:
        if i < n:
            raise VersionError(f"unexpected character {_quoted(text[i])} while parsing {pos.value}")
        raise VersionError(f"unexpected end of input while parsing {pos.value}")
    return value, i


def _identifier(text: str, i: int, pos: _Pos) -> tuple[str, int]:
    """Parse dot-separated ``[0-9A-Za-z-]+`` segments; return (identifier, end)."""
    start = i
    n = len(text)
    while True:
        seg = i
        nondigit = False
        while i < n and (text[i].isascii() and (text[i].isalnum() or text[i] == "-")):
            if not text[i].isdigit():
                nondigit = True
            i += 1
        if i == seg:
            if i == start and not (i < n and text[i] == "."):
                return "", i
            raise VersionError(f"empty identifier segment in {pos.value}")
        if pos is _Pos.PRE and i - seg > 1 and not nondigit and text[seg] == "0":
            raise VersionError(f"invalid leading zero in {pos.value}")
        if i < n and text[i] == ".":
            i += 1
            continue
        return text[start:i], i


def _is_digits(part: str) -> bool:
    return part.isascii() and part.isdigit()


def _ident_key(part: str) -> _IdentKey:
    # Pre-release numbers have no leading zeros, so longer means larger.
    if _is_digits(part):
        return (0, len(part), part)
    return (1, 0, part)


def _pre_key(pre: str) -> tuple[Any, ...]:
    """Sort key of a pre-release: the empty pre-release sorts after every other."""
    if not pre:
        return (1,)
    return (0, tuple(_ident_key(p) for p in pre.split(".")))


def _build_key(build: str) -> tuple[tuple[int, int, str, int], ...]:
    # As in the semver crate: numeric identifiers sort before alphanumeric ones and
    # compare by value, then the one with fewer leading zeros first:
    # 0 < 00 < 1 < 01 < 001 < 2 < 02 < 002 < 10.
    if not build:
        return ()
    keys = []
    for part in build.split("."):
        if _is_digits(part):
            value = part.lstrip("0")
            keys.append((0, len(value), value, len(part)))
        else:
            keys.append((1, 0, part, 0))
    return tuple(keys)


class Version:
    """A Cargo semantic version such as ``1.2.3-alpha.1+build``; immutable.

    A slotted class with its sort keys computed once: versions are created by the
    hundred thousand when an index is read, and compared constantly.
    """

    __slots__ = ("_order", "_precedence", "build", "major", "minor", "patch", "pre")

    major: int
    minor: int
    patch: int
    pre: str
    build: str
    _precedence: tuple[Any, ...]
    _order: tuple[Any, ...]

    def __init__(self, major: int, minor: int, patch: int, pre: str = "", build: str = "") -> None:
        precedence = (major, minor, patch, _pre_key(pre))
        for name, value in (
            ("major", major),
            ("minor", minor),
            ("patch", patch),
            ("pre", pre),
            ("build", build),
            ("_precedence", precedence),
            ("_order", (precedence, _build_key(build))),
        ):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Version is immutable (cannot set {name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Version is immutable (cannot delete {name})")

    def __reduce__(self) -> tuple[type[Version], tuple[int, int, int, str, str]]:
        return (Version, (self.major, self.minor, self.patch, self.pre, self.build))

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse ``text``; raises ``VersionError`` with the semver crate's message."""
        return _parse_version_cached(text)

    @classmethod
    def _parse_slow(cls, text: str) -> Version:
        major, i = _numeric(text, 0, _Pos.MAJOR)
        i = _dot(text, i, _Pos.MAJOR)
        minor, i = _numeric(text, i, _Pos.MINOR)
        i = _dot(text, i, _Pos.MINOR)
        patch, i = _numeric(text, i, _Pos.PATCH)
        pos = _Pos.PATCH
        pre = build = ""
        if text.startswith("-", i):
            pos = _Pos.PRE
            pre, i = _identifier(text, i + 1, pos)
            if not pre:
                raise VersionError(f"empty identifier segment in {pos.value}")
        if text.startswith("+", i):
            pos = _Pos.BUILD
            build, i = _identifier(text, i + 1, pos)
            if not build:
                raise VersionError(f"empty identifier segment in {pos.value}")
        if i < len(text):
            raise VersionError(f"unexpected character {_quoted(text[i])} after {pos.value}")
        return cls(major, minor, patch, pre, build)

    @property
    def precedence(self) -> tuple[Any, ...]:
        """Sort key by SemVer precedence (build metadata ignored)."""
        return self._precedence

    def without_build(self) -> Version:
        return self if not self.build else Version(self.major, self.minor, self.patch, self.pre)

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            text += "-" + self.pre
        if self.build:
            text += "+" + self.build
        return text

    def __repr__(self) -> str:
        return f"Version({str(self)!r})"

    def __hash__(self) -> int:
        return hash(self._order)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._order == other._order and self.build == other.build

    def __lt__(self, other: Version) -> bool:
        return self._order < other._order

    def __le__(self, other: Version) -> bool:
        return self._order <= other._order

    def __gt__(self, other: Version) -> bool:
        return self._order > other._order

    def __ge__(self, other: Version) -> bool:
        return self._order >= other._order


# The shape of a valid version; numbers of up to 19 digits always fit in a u64.
# Texts it accepts are parsed here directly, everything else (including every
# invalid text, for the exact error message) by the character-level parser. A
# pattern, not compiled here: most versions are plain numbers, told apart without
# it, and compiling it costs start-up time.
_VERSION_SHAPE: Final = (
    r"(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})"
    r"(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
)


def _is_number(part: str) -> bool:
    """What ``(0|[1-9][0-9]{0,18})`` matches."""
    return part.isascii() and part.isdigit() and len(part) <= 19 and (part[0] != "0" or part == "0")


@functools.lru_cache(maxsize=1 << 16)
def _parse_version_cached(text: str) -> Version:
    numbers = text.split(".")
    if len(numbers) == 3 and all(_is_number(n) for n in numbers):
        return Version(int(numbers[0]), int(numbers[1]), int(numbers[2]))
    match = re.fullmatch(_VERSION_SHAPE, text)
    if match is not None:
        pre = match[4] or ""
        if not pre or not any(p[0] == "0" and len(p) > 1 and p.isdigit() for p in pre.split(".")):
            return Version(int(match[1]), int(match[2]), int(match[3]), pre, match[5] or "")
    return Version._parse_slow(text)


def _dot(text: str, i: int, pos: _Pos) -> int:
    if text.startswith(".", i):
        return i + 1
    if i < len(text):
        raise VersionError(f"unexpected character {_quoted(text[i])} after {pos.value}")
    raise VersionError(f"unexpected end of input while parsing {pos.value}")


class Op(enum.Enum):
    EXACT = "="
    GREATER = ">"
    GREATER_EQ = ">="
    LESS = "<"
    LESS_EQ = "<="
    TILDE = "~"
    CARET = "^"
    WILDCARD = "*"


class Comparator(NamedTuple):
    """One comparator of a requirement, e.g. ``>=1.2`` (minor and patch optional)."""

    op: Op
    major: int
    minor: int | None = None
    patch: int | None = None
    pre: str = ""

    def __str__(self) -> str:
        if self.op is Op.WILDCARD:
            if self.minor is None:
                return f"{self.major}.*"
            return f"{self.major}.{self.minor}.*"
        text = f"{self.op.value}{self.major}"
        if self.minor is not None:
            text += f".{self.minor}"
            if self.patch is not None:
                text += f".{self.patch}"
                if self.pre:
                    text += "-" + self.pre
        return text

    def lower_version(self) -> Version:
        """The comparator's version with missing parts as zero (RustSec's reading)."""
        return Version(self.major, self.minor or 0, self.patch or 0, self.pre)

    def matches(self, version: Version) -> bool:
        """Does ``version`` satisfy this comparator alone (pre-release rule included)?"""
        return _matches_op(self, version) and (not version.pre or _pre_is_compatible(self, version))


def _pre_is_compatible(cmp: Comparator, v: Version) -> bool:
    return bool(cmp.pre and cmp.major == v.major and cmp.minor == v.minor and cmp.patch == v.patch)


def _cmp_pre(a: str, b: str) -> int:
    ka, kb = _pre_key(a), _pre_key(b)
    return (ka > kb) - (ka < kb)


def _exact(cmp: Comparator, v: Version) -> bool:
    return (
        v.major == cmp.major
        and (cmp.minor is None or v.minor == cmp.minor)
        and (cmp.patch is None or v.patch == cmp.patch)
        and v.pre == cmp.pre
    )


def _greater(cmp: Comparator, v: Version) -> bool:
    if v.major != cmp.major:
        return v.major > cmp.major
    if cmp.minor is None:
        return False
    if v.minor != cmp.minor:
        return v.minor > cmp.minor
    if cmp.patch is None:
        return False
    if v.patch != cmp.patch:
        return v.patch > cmp.patch
    return _cmp_pre(v.pre, cmp.pre) > 0


def _less(cmp: Comparator, v: Version) -> bool:
    if v.major != cmp.major:
        return v.major < cmp.major
    if cmp.minor is None:
        return False
    if v.minor != cmp.minor:
        return v.minor < cmp.minor
    if cmp.patch is None:
        return False
    if v.patch != cmp.patch:
        return v.patch < cmp.patch
    return _cmp_pre(v.pre, cmp.pre) < 0


def _tilde(cmp: Comparator, v: Version) -> bool:
    if v.major != cmp.major:
        return False
    if cmp.minor is not None and v.minor != cmp.minor:
        return False
    if cmp.patch is not None and v.patch != cmp.patch:
        return v.patch > cmp.patch
    return _cmp_pre(v.pre, cmp.pre) >= 0


def _caret(cmp: Comparator, v: Version) -> bool:
    if v.major != cmp.major:
        return False
    if cmp.minor is None:
        return True
    if cmp.patch is None:
        return v.minor >= cmp.minor if cmp.major > 0 else v.minor == cmp.minor
    if cmp.major > 0:
        if v.minor != cmp.minor:
            return v.minor > cmp.minor
        if v.patch != cmp.patch:
            return v.patch > cmp.patch
    elif cmp.minor > 0:
        if v.minor != cmp.minor:
            return False
        if v.patch != cmp.patch:
            return v.patch > cmp.patch
    elif v.minor != cmp.minor or v.patch != cmp.patch:
        return False
    return _cmp_pre(v.pre, cmp.pre) >= 0


def _matches_op(cmp: Comparator, v: Version) -> bool:
    op = cmp.op
    if op is Op.CARET:
        return _caret(cmp, v)
    if op is Op.EXACT or op is Op.WILDCARD:
        return _exact(cmp, v)
    if op is Op.GREATER:
        return _greater(cmp, v)
    if op is Op.GREATER_EQ:
        return _exact(cmp, v) or _greater(cmp, v)
    if op is Op.LESS:
        return _less(cmp, v)
    if op is Op.LESS_EQ:
        return _exact(cmp, v) or _less(cmp, v)
    return _tilde(cmp, v)


_OPS: Final = (
    (">=", Op.GREATER_EQ),
    ("<=", Op.LESS_EQ),
    ("=", Op.EXACT),
    (">", Op.GREATER),
    ("<", Op.LESS),
    ("~", Op.TILDE),
    ("^", Op.CARET),
)
_WILDCARDS: Final = ("*", "x", "X")


def _parse_comparator(text: str, i: int) -> tuple[Comparator, _Pos, int]:
    op, default_op = Op.CARET, True
    for symbol, candidate in _OPS:
        if text.startswith(symbol, i):
            op, default_op = candidate, False
            i += len(symbol)
            break
    while text.startswith(" ", i):
        i += 1
    pos = _Pos.MAJOR
    major, i = _numeric(text, i, pos)
    minor = patch = None
    wildcard = False
    if text.startswith(".", i):
        pos = _Pos.MINOR
        if i + 1 < len(text) and text[i + 1] in _WILDCARDS:
            wildcard, i = True, i + 2
            if default_op:
                op = Op.WILDCARD
        else:
            minor, i = _numeric(text, i + 1, pos)
    if text.startswith(".", i):
        pos = _Pos.PATCH
        if i + 1 < len(text) and text[i + 1] in _WILDCARDS:
            i += 2
            if default_op:
                op = Op.WILDCARD
        elif wildcard:
            raise VersionError("unexpected character after wildcard in version req")
        else:
            patch, i = _numeric(text, i + 1, pos)
    pre = ""
    if patch is not None and text.startswith("-", i):
        pos = _Pos.PRE
        pre, i = _identifier(text, i + 1, pos)
        if not pre:
            raise VersionError(f"empty identifier segment in {pos.value}")
    if patch is not None and text.startswith("+", i):
        pos = _Pos.BUILD
        build, i = _identifier(text, i + 1, pos)
        if not build:
            raise VersionError(f"empty identifier segment in {pos.value}")
    while text.startswith(" ", i):
        i += 1
    return Comparator(op, major, minor, patch, pre), pos, i


def _starts_with_lone_wildcard(text: str, i: int) -> str | None:
    """The wildcard character at ``text[i]`` if it stands alone before end or a comma."""
    if i < len(text) and text[i] in _WILDCARDS:
        rest = text[i + 1 :].lstrip(" ")
        if not rest or rest.startswith(","):
            return text[i]
    return None


class VersionReq(NamedTuple):
    """A Cargo version requirement: comparators joined by AND (``>=1.2, <1.5``)."""

    comparators: tuple[Comparator, ...] = ()

    @classmethod
    def parse(cls, text: str) -> VersionReq:
        i = 0
        while text.startswith(" ", i):
            i += 1
        if i < len(text) and text[i] in _WILDCARDS:
            rest = text[i + 1 :].lstrip(" ")
            if not rest:
                return STAR
            if rest.startswith(","):
                raise VersionError(
                    f"wildcard req ({text[i]}) must be the only comparator in the version req"
                )
            raise VersionError("unexpected character after wildcard in version req")
        comparators: list[Comparator] = []
        while True:
            try:
                cmp, pos, i = _parse_comparator(text, i)
            except VersionError:
                ch = _starts_with_lone_wildcard(text, i)
                if ch is not None:
                    raise VersionError(
                        f"wildcard req ({ch}) must be the only comparator in the version req"
                    ) from None
                raise
            comparators.append(cmp)
            if i == len(text):
                return cls(tuple(comparators))
            if text[i] != ",":
                raise VersionError(f"expected comma after {pos.value}, found {_quoted(text[i])}")
            i += 1
            while text.startswith(" ", i):
                i += 1
            if len(comparators) == _MAX_COMPARATORS:
                raise VersionError("excessive number of version comparators")

    def matches(self, version: Version) -> bool:
        """Cargo's matching, including the pre-release rule."""
        for cmp in self.comparators:
            if not _matches_op(cmp, version):
                return False
        if not version.pre:
            return True
        return any(_pre_is_compatible(cmp, version) for cmp in self.comparators)

    def __str__(self) -> str:
        if not self.comparators:
            return "*"
        return ", ".join(str(c) for c in self.comparators)


STAR: Final = VersionReq(())


def latest_rank(version: Version, yanked: bool) -> tuple[bool, bool, Version]:
    """The key a crate's latest version is the largest of, as registries show it: its
    highest release that is not yanked, else its highest version that is not yanked,
    else its highest version."""
    return (not yanked, not version.pre, version)
