"""Which rules can match a text: every pattern at once, with Hyperscan.

Running each rule's regular expression over every file costs one pass per rule (about
40 MB/s each with ``re``); Hyperscan (Vectorscan) matches all patterns in one pass at
hundreds of MB/s. It only answers "which rules match somewhere"; ``re`` then finds the
exact places, for the few rules that do, on the few texts where they do. Rules are
compiled with ASCII semantics in both engines (``re.ASCII`` in ``rules``), so the
prefilter never drops a rule that ``re`` would match. Patterns are compiled in
Hyperscan's prefiltering mode, which replaces what it cannot match exactly (lookarounds)
by something looser; a pattern it cannot compile even so is always a candidate, and a
pattern of code points (which Hyperscan, reading bytes, cannot take) is a candidate for
every text with a character beyond ASCII. A rule for some kinds of file only is always a
candidate, and ``re`` reads just those files.
"""

from __future__ import annotations

import re
from typing import Any, Final

from cratewatch.scan.rules import Rule

__all__ = ["Prefilter"]


_CODE_POINT: Final = re.compile(r"\\[uUN]|[^\x00-\x7f]")


class Prefilter:
    def __init__(self, rules: tuple[Rule, ...]) -> None:
        import hyperscan

        # Hyperscan reads UTF-8 bytes: a pattern of code points (``\uFE00``) is left to ``re``
        # (tried on every text) rather than failing the whole compile. So is a rule for
        # some kinds of file only (`files`: scripts, C sources): those are few, and its
        # pattern (a constructor's whole body) would slow the one pass over every file.
        with_pattern = [
            rule
            for rule in rules
            if rule.pattern is not None
            and not _CODE_POINT.search(rule.pattern.pattern)
            and not rule.files
        ]
        self.database: Any = hyperscan.Database()
        try:
            if with_pattern:
                _compile(self.database, with_pattern)
            compiled = with_pattern
        except hyperscan.error:  # find the patterns Hyperscan cannot take, one by one
            compiled = [rule for rule in with_pattern if _compiles(rule)]
            self.database = hyperscan.Database()
            if compiled:
                _compile(self.database, compiled)
        self.ids = [rule.id for rule in compiled]
        every = {rule.id for rule in rules if rule.pattern is not None}
        # A pattern written in code points is written for text beyond ASCII (invisible
        # characters, look-alike letters): it is a candidate only where some is.
        self.beyond_ascii = frozenset(
            rule.id
            for rule in rules
            if rule.pattern is not None and _CODE_POINT.search(rule.pattern.pattern)
        )
        self.always = frozenset(every - set(self.ids) - self.beyond_ascii)

    def candidates(self, text: str | bytes) -> set[str]:
        """The ids of the rules whose pattern may match ``text`` (bytes: UTF-8)."""
        found = set(self.always)
        if not text:
            return found
        if self.beyond_ascii and not text.isascii():
            found |= self.beyond_ascii
        if not self.ids:
            return found

        def on_match(index: int, start: int, end: int, flags: int, context: Any) -> None:
            found.add(self.ids[index])

        data = text if isinstance(text, bytes) else text.encode("utf-8", errors="replace")
        self.database.scan(data, match_event_handler=on_match)
        return found


def _compile(database: Any, rules: list[Rule]) -> None:
    import hyperscan

    # Prefiltering mode takes constructs Hyperscan cannot match exactly (lookarounds)
    # and matches a superset of what the pattern matches: what a prefilter needs.
    flags = (
        hyperscan.HS_FLAG_MULTILINE | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER
    )
    database.compile(
        expressions=[_pattern(rule) for rule in rules],
        ids=list(range(len(rules))),
        elements=len(rules),
        flags=[flags] * len(rules),
    )


def _compiles(rule: Rule) -> bool:
    import hyperscan

    try:
        _compile(hyperscan.Database(), [rule])
    except hyperscan.error:
        return False
    return True


def _pattern(rule: Rule) -> bytes:
    assert rule.pattern is not None
    return rule.pattern.pattern.encode()
