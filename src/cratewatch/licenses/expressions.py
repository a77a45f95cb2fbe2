"""A crate's ``license`` field as an SPDX expression.

Crates published before 2018 may write ``MIT/Apache-2.0`` (crates.io's legacy spelling
of ``MIT OR Apache-2.0``); some write ``MIT or Apache-2.0`` or ``Apache-2.0 / MIT``. The
``license-expression`` library parses and validates against the SPDX license list it
ships; an expression it cannot read is kept as written by the caller, never guessed."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

__all__ = ["spdx_expression"]

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
