"""Which SPDX license a license file holds, with a confidence score.

Matched by askalono (through its Python binding, ``pyaskalono``), the matcher cargo-deny
itself uses for ``license-file`` crates: the same texts of the SPDX license list and the
same score, so a ``confidence-threshold`` means what it means there. A file is read to at
most ``MAX_TEXT_BYTES``. Each match costs about 0.15 s (the binding loads askalono's store
every time), so results are kept by the text's SHA-256 in the user cache directory (the
same LICENSE-MIT recurs across hundreds of crates, and across runs).
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
    import contextlib
    import hashlib
    import json

    from cratewatch.cachedir import user_cache_dir, write_whole

    digest = hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()
    kept = user_cache_dir() / "license-texts" / f"{digest}.json"
    try:
        known = json.loads(kept.read_bytes())
        if known is None:
            return None
        return TextMatch(str(known[0]), float(known[1]))
    except (OSError, ValueError, TypeError, IndexError, KeyError):
        pass  # not kept yet, or unreadable: matched again
    import askalono

    found = askalono.identify(text)
    match = TextMatch(str(found.name), float(found.score)) if found and found.name else None
    with contextlib.suppress(OSError):  # (a cache that cannot be written costs only time)
        write_whole(kept, json.dumps(list(match) if match else None).encode())
    return match
