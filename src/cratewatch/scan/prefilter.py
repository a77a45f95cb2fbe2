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

Compiling the database takes most of a second, which every process that scans would pay
before reading a byte; the compiled database is kept in the user cache directory
(``prefilter/``), keyed by the patterns, their flags and the Hyperscan version, and
loaded by later processes (``kept_database``, which the data flow's hints use too). A file
that does not load (another machine's, damaged) is compiled again; a cache that cannot be
written is skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Final

from cratewatch.cachedir import user_cache_dir, write_whole
from cratewatch.scan.rules import Rule

__all__ = ["Prefilter", "kept_database"]


_CODE_POINT: Final = re.compile(r"\\[uUN]|[^\x00-\x7f]")


class Prefilter:
    def __init__(self, rules: tuple[Rule, ...]) -> None:
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
        self.database, kept = kept_database([_pattern(rule) for rule in with_pattern], _flags())
        self.ids = [with_pattern[i].id for i in kept]
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


def _flags() -> int:
    import hyperscan

    # Prefiltering mode takes constructs Hyperscan cannot match exactly (lookarounds)
    # and matches a superset of what the pattern matches: what a prefilter needs.
    return int(
        hyperscan.HS_FLAG_MULTILINE | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER
    )


def kept_database(expressions: list[bytes], flags: int) -> tuple[Any, list[int]]:
    """A block-mode Hyperscan database of ``expressions``, compiled with ``flags``, and
    the indices of the expressions it holds (those Hyperscan cannot take, found one by
    one, are left out; the database matches each as its place among those kept): loaded
    from the user cache directory, else compiled and kept there. None for no expression
    it can take."""
    import hyperscan

    path = _stored(expressions, flags)
    loaded = _load(path)
    if loaded is not None:
        return loaded
    kept = list(range(len(expressions)))
    try:
        database = _compiled(expressions, flags) if expressions else None
    except hyperscan.error:
        kept = [i for i, expression in enumerate(expressions) if _compiles(expression, flags)]
        database = _compiled([expressions[i] for i in kept], flags) if kept else None
    if database is not None:
        _store(path, database, kept)
    return database, kept


def _compiled(expressions: list[bytes], flags: int) -> Any:
    import hyperscan

    database = hyperscan.Database()
    database.compile(
        expressions=expressions,
        ids=list(range(len(expressions))),
        elements=len(expressions),
        flags=[flags] * len(expressions),
    )
    return database


def _compiles(expression: bytes, flags: int) -> bool:
    import hyperscan

    try:
        _compiled([expression], flags)
    except hyperscan.error:
        return False
    return True


def _stored(expressions: list[bytes], flags: int) -> Path:
    """Where the database of ``expressions`` is kept: a name made of everything it is
    built from."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    digest.update(f"hyperscan {version('hyperscan')} flags {flags}\n".encode())
    for expression in expressions:
        digest.update(expression + b"\0\n")
    return user_cache_dir() / "prefilter" / f"{digest.hexdigest()}.hsdb"


def _load(path: Path) -> tuple[Any, list[int]] | None:
    """A database kept at ``path`` and the indices of the expressions it holds, or None
    if there is none or it does not load here (written on another machine, or damaged)."""
    import hyperscan

    try:
        header, _, body = path.read_bytes().partition(b"\n")
        meta = json.loads(header)
        if hashlib.sha256(body).hexdigest() != meta["sha256"]:
            return None
        database = hyperscan.loadb(body, hyperscan.HS_MODE_BLOCK)
        database.scratch = hyperscan.Scratch(database)  # compiling allocates one, loading not
        kept = meta["kept"]
        if type(kept) is not list or any(type(i) is not int for i in kept):
            return None
        return database, kept
    except (OSError, ValueError, KeyError, TypeError, hyperscan.error):
        return None


def _store(path: Path, database: Any, kept: list[int]) -> None:
    """Keep a compiled database for later processes; a cache that cannot be written is
    no reason to fail."""
    import hyperscan

    with contextlib.suppress(OSError, hyperscan.error):
        body = hyperscan.dumpb(database)
        header = json.dumps({"kept": kept, "sha256": hashlib.sha256(body).hexdigest()})
        write_whole(path, header.encode() + b"\n" + body)  # for processes reading it


def _pattern(rule: Rule) -> bytes:
    assert rule.pattern is not None
    return rule.pattern.pattern.encode()
