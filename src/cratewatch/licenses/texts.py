"""Which SPDX license a license file holds, with a confidence score.

Matched by askalono (through its Python binding, ``pyaskalono``), the matcher cargo-deny
itself uses for ``license-file`` crates: the same texts of the SPDX license list and the
same score, so a ``confidence-threshold`` means what it means there. A file is read to at
most ``MAX_TEXT_BYTES``; results are kept per text (the same LICENSE-MIT recurs across
hundreds of crates), as each match costs a tenth of a second or more.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

__all__ = ["MAX_TEXT_BYTES", "TextMatch", "identify_license"]

MAX_TEXT_BYTES: Final = 256 * 1024  # a license text is a few kilobytes; more is not one


class TextMatch(NamedTuple):
    license: str  # an SPDX identifier
    score: float  # 0 to 1


def identify_license(data: bytes) -> TextMatch | None:
    """The license ``data`` holds, or None when nothing matches at all (or the file is
    no text, or larger than ``MAX_TEXT_BYTES``)."""
    if len(data) > MAX_TEXT_BYTES or b"\0" in data:
        return None
    return _identify(data.decode("utf-8", errors="replace"))


@cache
def _identify(text: str) -> TextMatch | None:
    import askalono

    found = askalono.identify(text)
    if found is None or not found.name:
        return None
    return TextMatch(str(found.name), float(found.score))
