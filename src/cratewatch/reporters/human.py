"""The human-readable report: plain text, or text with ANSI styles.

Layout, top to bottom: a header (lockfile, packages, database and its age), a
prominent warning when the audit found the database stale (a ``database-stale``
diagnostic, by the configured ``max-db-age-days``), the findings grouped by code
(most severe group first) and sorted by crate within a group, the ignored
findings in brief, diagnostics as warnings, the skipped packages, and a
one-line result. Findings at level ``allow`` are only counted.

Quiet (``-q``) keeps only what fails or warns: the findings and the diagnostics.
The header, the stale-database box (its ``database-stale`` diagnostic stays),
the ignored findings, the skipped packages and the result line go; a quiet
report with nothing to say is empty.

Only the standard library is used, so that the default output does not pay for
a terminal-rendering library at start-up. The layout is the one rich produced
when the report was built on it, reproduced character for character: text is
word-wrapped to the width (a word longer than a line is folded), the finding
details are two-column grids whose values wrap under the value column, and the
stale-database warning is a box with a rounded border.

Styled text is kept as a list of ``(text, sgr)`` segments, ``sgr`` being the
parameters of an ANSI SGR sequence (``"1;31"`` for bold red) or ``""``.
Advisory text is printed literally, without markup, and without control
characters (ESC among them), so that it cannot drive the terminal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise

from cratewatch._lean import NamedTuple
from cratewatch.model import Code, Finding, Level, Report, Severity, Skipped
from cratewatch.reporters import (
    NO_FIX,
    TOOL_NAME,
    advisory_url,
    database_age_days,
    finding_fix_text,
    format_path,
    is_shown,
    level_counts,
    plural,
    resolve_now,
    sentence,
    shown_diagnostics,
    sorted_findings,
    sorted_skipped,
    stale_database_messages,
    tool_version,
)

__all__ = ["DEFAULT_WIDTH", "render_human"]

DEFAULT_WIDTH = 100
_MAX_NAMES = 10

_GROUP_TITLES: dict[Code, str] = {
    Code.VULNERABILITY: "Vulnerabilities",
    Code.MALICIOUS: "Malicious crates",
    Code.UNSOUND: "Unsound APIs",
    Code.UNMAINTAINED: "Unmaintained crates",
    Code.NOTICE: "Notices",
    Code.YANKED: "Yanked versions",
    Code.YANKED_UNCHECKED: "Yanked state unknown",
    Code.ADVISORY_INVALID: "Invalid advisories",
    Code.DATABASE_STALE: "Stale database",
    Code.IGNORE_UNUSED: "Unused ignore entries",
    Code.IGNORE_EXPIRED: "Expired ignore entries",
}

# SGR parameters of the styles used.
_PLAIN = ""
_BOLD = "1"
_DIM = "2"
_RED = "31"
_GREEN = "32"
_YELLOW = "33"
_CYAN = "36"
_BOLD_RED = "1;31"
_BOLD_GREEN = "1;32"
_BOLD_YELLOW = "1;33"

_SEVERITY_STYLES: dict[Severity, str] = {
    Severity.CRITICAL: _BOLD_RED,
    Severity.HIGH: _RED,
    Severity.MEDIUM: _YELLOW,
    Severity.LOW: _CYAN,
    Severity.INFO: _DIM,
}

_LEVEL_STYLES: dict[Level, str] = {
    Level.DENY: _BOLD_RED,
    Level.WARN: _BOLD_YELLOW,
    Level.ALLOW: _DIM,
}

_LEVEL_RANK: dict[Level, int] = {Level.DENY: 2, Level.WARN: 1, Level.ALLOW: 0}
_CODE_ORDER: dict[Code, int] = {code: i for i, code in enumerate(Code)}

#: A run of styled text: the text and the SGR parameters of its style.
_Segment = tuple[str, str]
#: Styled text: a sequence of segments, possibly spanning several lines.
_Text = list[_Segment]


def render_human(
    report: Report,
    *,
    color: bool = False,
    now: dt.datetime | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """The report as text for a person; ANSI styles only when ``color``.

    ``width`` defaults to 100 columns, or to the terminal's width when
    ``color`` is set. With ``quiet``, only the findings and diagnostics (see
    above); the empty string when there are none.
    """
    if width is None:
        width = DEFAULT_WIDTH
        if color:
            import shutil  # only here: the CLI passes the width, and shutil costs start-up time

            width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    if quiet:
        lines = _quiet_lines(report, width)
        if not lines:
            return ""
    else:
        lines = _report_lines(report, resolve_now(report, now), width)
    if color:
        return "".join(_ansi_line(line) for line in lines)
    text = "".join("".join(part for part, _ in line) + "\n" for line in lines)
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def _ansi_line(line: _Text) -> str:
    """A line with its styles as SGR sequences, trailing whitespace stripped.

    Like the plain text, whose lines are split with ``str.splitlines``, the line
    is split at any line boundary other than a newline that it contains.
    """
    rows: list[list[list[str]]] = [[]]
    for part, style in line:
        for i, piece in enumerate(re.split(_LINE_BOUNDARY, part)):
            if i:
                rows.append([])
            row = rows[-1]
            if row and row[-1][1] == style:
                row[-1][0] += piece
            elif piece:
                row.append([piece, style])
    out = []
    for row in rows:
        while row:
            stripped = row[-1][0].rstrip()
            if stripped:
                row[-1][0] = stripped
                break
            row.pop()
        out.append("".join(f"\x1b[{style}m{part}\x1b[0m" if style else part for part, style in row))
    return "".join(row + "\n" for row in out)


# --- the report, block by block ----------------------------------------------------------------


def _report_lines(report: Report, now: dt.datetime, width: int) -> list[_Text]:
    out: list[_Text] = []
    blank: _Text = []

    stale = stale_database_messages(report)
    out += _wrap(_header(report, database_age_days(report, now), stale=bool(stale)), width)
    if stale:
        out.append(blank)
        out += _stale_warning(stale, width)

    out += _finding_groups(report, width)

    ignored = sorted_findings(f for f in report.findings if f.ignored_reason is not None)
    if ignored:
        out.append(blank)
        out += _wrap([(f"Ignored ({len(ignored)})", _BOLD)], width)
        out += _ignored(ignored, width)

    diagnostics = shown_diagnostics(report)
    if diagnostics:
        out.append(blank)
        for diagnostic in diagnostics:
            out += _wrap(_diagnostic(diagnostic), width)

    if report.skipped:
        out.append(blank)
        out += _wrap(_skipped(report.skipped), width)

    out.append(blank)
    out += _wrap(_result(report), width)
    return out


def _quiet_lines(report: Report, width: int) -> list[_Text]:
    """What fails or warns, and nothing else: the finding groups, then the diagnostics."""
    out = _finding_groups(report, width)
    diagnostics = shown_diagnostics(report)
    if diagnostics:
        out.append([])
        for diagnostic in diagnostics:
            out += _wrap(_diagnostic(diagnostic), width)
    return out[1:]  # no blank line before the first block


def _finding_groups(report: Report, width: int) -> list[_Text]:
    """The shown findings by code, most severe group first, each after a blank line."""
    out: list[_Text] = []
    visible = [f for f in report.findings if is_shown(f)]
    for code, group in _groups(visible):
        out.append([])
        level = max((f.level for f in group), key=_LEVEL_RANK.__getitem__)
        heading = [(_GROUP_TITLES.get(code, code.value), _LEVEL_STYLES[level])]
        out += _wrap([*heading, (f" ({len(group)})", _PLAIN)], width)
        for i, finding in enumerate(group):
            if i:
                out.append([])
            out += _finding(finding, width)
    return out


def _done(report: Report) -> str:
    return "checked" if report.kind == "check" else "audited"


def _header(report: Report, age: float | None, *, stale: bool) -> _Text:
    text: _Text = [
        (f"{TOOL_NAME} {tool_version()}", _BOLD),
        (f" {report.kind} of ", _PLAIN),
        (report.lockfile, _BOLD),
        (
            f": {plural(report.package_count, 'package')}, {report.audited_count} "
            f"{_done(report)}, {len(report.skipped)} skipped\n",
            _PLAIN,
        ),
    ]
    db = report.database
    if report.kind == "check" and not db.sources and not db.advisory_count:
        return [*text[:-1], (text[-1][0].rstrip("\n"), _PLAIN)]  # (advisories not checked)
    text.append(("Advisory database: ", _PLAIN))
    text.append((plural(db.advisory_count, "advisory", "advisories"), _PLAIN))
    if db.invalid_count:
        text.append((f" ({plural(db.invalid_count, 'unreadable file')} left out)", _PLAIN))
    if db.updated is not None and age is not None:
        text.append((f", updated {db.updated.date().isoformat()} (", _PLAIN))
        text.append((_age_words(age), _BOLD_RED if stale else _PLAIN))
        text.append((")", _PLAIN))
    else:
        text.append((", last update unknown", _PLAIN))
    if db.sources or db.commit:
        text.append(("\nSources: " + (", ".join(db.sources) or "unknown"), _PLAIN))
        if db.commit:
            text.append((f" (commit {db.commit[:12]})", _PLAIN))
    if report.targets:
        text.append(("\nTargets: " + ", ".join(report.targets), _PLAIN))
    return text


def _age_words(age: float) -> str:
    days = int(age)
    if days < 1:
        return "less than a day ago"
    return f"{plural(days, 'day')} ago"


def _stale_warning(messages: Sequence[str], width: int) -> list[_Text]:
    """The ``database-stale`` diagnostics' messages, and what a stale database means."""
    message = (
        " ".join(sentence(m) for m in messages)
        + " Advisories published since the last update are missing from this audit."
    )
    return _panel([(message, _BOLD)], "WARNING", width, _BOLD_RED)


def _groups(findings: Sequence[Finding]) -> list[tuple[Code, list[Finding]]]:
    by_code: dict[Code, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)

    def rank(item: tuple[Code, list[Finding]]) -> tuple[int, int, int, int]:
        code, group = item
        return (
            -max(f.severity for f in group),
            -max(_LEVEL_RANK[f.level] for f in group),
            -code.default_severity,
            _CODE_ORDER[code],
        )

    return sorted(((c, sorted_findings(g)) for c, g in by_code.items()), key=rank)


def _finding(finding: Finding, width: int) -> list[_Text]:
    advisory = finding.advisory
    title: list[_Text]
    if advisory is not None:
        title = [[(advisory.id, _PLAIN)], [(advisory.title, _PLAIN)]]
    else:
        title = [[(finding.code.value, _PLAIN)], [(finding.message, _PLAIN)]]

    fields: list[list[_Text]] = []

    def field(label: str, *value: _Segment) -> None:
        fields.append([[(label, _PLAIN)], list(value)])

    if finding.package is not None:
        field("crate", (str(finding.package), _BOLD))
    field(
        "severity",
        (finding.severity.label, _SEVERITY_STYLES[finding.severity]),
        (", ", _PLAIN),
        (finding.level.value, _LEVEL_STYLES[finding.level]),
    )
    if advisory is not None and advisory.cvss is not None:
        cvss = advisory.cvss
        field("cvss", (f"{cvss.base_score:.1f} {cvss.rating} ({cvss.vector})", _PLAIN))

    for i, path in enumerate(finding.paths):
        field("path" if i == 0 else "", (format_path(path), _PLAIN))

    fix = finding_fix_text(finding)
    if fix is not None:
        field("fix", (fix, _YELLOW if fix == NO_FIX else _GREEN))

    if advisory is not None:
        for i, function in enumerate(advisory.affected_functions):
            versions = f" ({'; '.join(function.versions)})" if function.versions else ""
            field("functions" if i == 0 else "", (function.path + versions, _PLAIN))
        if advisory.aliases:
            field("aliases", (", ".join(advisory.aliases), _PLAIN))
        field("info", (advisory_url(advisory), _PLAIN))
    elif finding.location:
        field("location", (finding.location, _PLAIN))

    title_columns = (_KEY_COLUMN._replace(style=_BOLD), _VALUE_COLUMN)
    field_columns = (_KEY_COLUMN._replace(style=_DIM), _VALUE_COLUMN)
    return [
        *_indent(_grid([title], title_columns, width - 2), 2, width),
        *_indent(_grid(fields, field_columns, width - 4), 4, width),
    ]


def _ignored(findings: Sequence[Finding], width: int) -> list[_Text]:
    rows = [
        [
            [(finding.advisory_id or finding.code.value, _PLAIN)],
            [(str(finding.package) if finding.package is not None else "", _PLAIN)],
            [(finding.ignored_reason or "", _PLAIN)],
        ]
        for finding in findings
    ]
    columns = (_KEY_COLUMN, _KEY_COLUMN, _VALUE_COLUMN)
    return _indent(_grid(rows, columns, width - 2), 2, width)


def _diagnostic(finding: Finding) -> _Text:
    kind = "error" if finding.level is Level.DENY else "warning"
    text: _Text = [
        (f"{kind}[{finding.code.value}]", _LEVEL_STYLES[finding.level]),
        (": ", _PLAIN),
        (finding.message, _PLAIN),
    ]
    if finding.location:
        text.append((f" ({finding.location})", _DIM))
    return text


def _skipped(skipped: Sequence[Skipped]) -> _Text:
    by_reason: dict[str, list[str]] = {}
    for entry in sorted_skipped(skipped):
        by_reason.setdefault(entry.reason, []).append(str(entry.package))
    text: _Text = [
        (f"Skipped {plural(len(skipped), 'package')}", _BOLD),
        (" (not audited):", _PLAIN),
    ]
    for reason, names in sorted(by_reason.items()):
        shown = ", ".join(names[:_MAX_NAMES])
        if len(names) > _MAX_NAMES:
            shown += f" and {len(names) - _MAX_NAMES} more"
        text.append((f"\n  {shown} ({reason})", _PLAIN))
    return text


def _result(report: Report) -> _Text:
    found = level_counts(report.findings)
    run = level_counts(report.diagnostics)
    deny, warn, allowed = found.deny, found.warn, found.allow
    ignored = found.ignored + run.ignored
    diagnostics = run.deny + run.warn

    parts: list[str] = []
    if deny or warn:
        parts.append(f"{plural(deny + warn, 'finding')} ({deny} deny, {warn} warn)")
    if allowed:
        parts.append(f"{allowed} allowed")
    if ignored:
        parts.append(f"{ignored} ignored")
    if diagnostics:
        parts.append(plural(diagnostics, "diagnostic"))
    if not (deny or warn):
        parts.insert(0, "no findings")
    summary = (
        ", ".join(parts)
        + f"; {report.audited_count} of {plural(report.package_count, 'package')} {_done(report)}"
    )

    if report.failed:
        verdict = ("FAILED", _BOLD_RED)
    elif deny or warn or diagnostics:
        verdict = ("passed with warnings", _BOLD_YELLOW)
    else:
        verdict = ("passed", _BOLD_GREEN)
    return [verdict, (": " + summary, _PLAIN)]


# --- measuring text in terminal cells ------------------------------------------------------------

# Every C0 / C1 control character but tab and the line breaks (handled as lines), DEL
# included: text from an advisory or a lockfile must never reach the terminal as an
# escape sequence.
_STRIPPED_CONTROLS = dict.fromkeys(
    c for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c not in (9, 10, 0x1C, 0x1D, 0x1E, 0x85)
)
_ZWJ = "\u200d"
#: What ``str.splitlines`` breaks at, besides the newline and the characters dropped.
_LINE_BOUNDARY = "[\x1c\x1d\x1e\x85\u2028\u2029]"
_ZERO_WIDTH_CATEGORIES = frozenset(("Mn", "Me", "Mc", "Zl", "Zp"))
#: Hangul fillers, emoji skin-tone modifiers.
_ZERO_WIDTH = frozenset((0x3164, 0xFFA0, 0x1F3FB, 0x1F3FC, 0x1F3FD, 0x1F3FE, 0x1F3FF))
#: Format characters that are visible (prepended concatenation marks).
_PREPENDED_FORMATS = frozenset(
    (
        0xAD,
        0x600,
        0x601,
        0x602,
        0x603,
        0x604,
        0x605,
        0x6DD,
        0x70F,
        0x890,
        0x891,
        0x8E2,
        0x110BD,
        0x110CD,
    )
)
_VS16 = "\ufe0f"


def _clean(text: str) -> str:
    """Without control characters: no escape sequence from data reaches the terminal."""
    return text.translate(_STRIPPED_CONTROLS)


def _simple(text: str) -> bool:
    """Whether every character of ``text`` is one cell wide (printable ASCII)."""
    return text.isascii() and text.isprintable()


def _char_width(char: str) -> int:
    """The cells a character takes: 0 (controls, marks), 1, or 2 (wide)."""
    code = ord(char)
    if 32 <= code < 0x7F:
        return 1
    if code < 32 or 0x7F <= code < 0xA0:
        return 0
    import unicodedata

    category = unicodedata.category(char)
    if category == "Cn":
        return 1
    if category in _ZERO_WIDTH_CATEGORIES or code in _ZERO_WIDTH:
        return 0
    if category == "Cf":
        return 1 if code in _PREPENDED_FORMATS else 0
    if 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF:  # Hangul vowels and finals
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _graphemes(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, cells)`` of each user-perceived character of ``text``."""
    spans: list[tuple[int, int, int]] = []
    index = 0
    count = len(text)
    while index < count:
        char = text[index]
        if char in (_ZWJ, _VS16) and spans:
            index += 2 if char == _ZWJ and index < count - 1 else 1
            start, _, cells = spans[-1]
            spans[-1] = (start, index, cells)
            continue
        cells = _char_width(char)
        if not cells and spans:
            start, _, previous = spans[-1]
            spans[-1] = (start, index + 1, previous)
        else:
            spans.append((index, index + 1, cells))
        index += 1
    return spans


def _cell_len(text: str) -> int:
    if _simple(text):
        return len(text)
    return sum(cells for _, _, cells in _graphemes(text))


def _chop(text: str, width: int) -> list[str]:
    """``text`` cut into pieces of at most ``width`` cells."""
    if _simple(text):
        return [text[i : i + width] for i in range(0, len(text), width)]
    pieces: list[str] = []
    size = 0
    offset = 0
    for start, _, cells in _graphemes(text):
        if size + cells > width:
            pieces.append(text[offset:start])
            offset = start
            size = 0
        size += cells
    if size:
        pieces.append(text[offset:])
    return pieces


def _crop(text: str, cells: int) -> tuple[int, str]:
    """How many characters of ``text`` fit in ``cells``, and the padding to add.

    For text wider than ``cells``: a wide character cut in two becomes a space.
    """
    if _simple(text):
        return len(text[:cells]), ""
    if cells <= 0:
        return 0, ""
    size = 0
    for start, _, width in _graphemes(text):
        if size + width > cells:
            return start, " " * (cells - size)
        size += width
    return len(text), ""


# --- wrapping ------------------------------------------------------------------------------------

# Patterns, compiled when first used (by ``re``'s cache): a report that wraps nothing
# needs neither.
_WORD = r"\s*\S+\s*"
_TRAILING_SPACE = r"\s+$"


class _Column(NamedTuple):
    style: str
    no_wrap: bool
    overflow: str  # "fold" or "ellipsis"


_KEY_COLUMN = _Column(_PLAIN, no_wrap=True, overflow="ellipsis")
_VALUE_COLUMN = _Column(_PLAIN, no_wrap=False, overflow="fold")


def _break_offsets(text: str, width: int) -> list[int]:
    """Where to break a line of ``text`` to fit ``width`` cells: between words, or
    inside a word that is wider than a line."""
    breaks: list[int] = []
    offset = 0
    for match in re.finditer(_WORD, text):
        start = match.start()
        word = match.group()
        word_length = _cell_len(word.rstrip())
        if width - offset >= word_length:
            offset += _cell_len(word)
        elif word_length > width:
            pieces = _chop(word, width)
            for i, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if i == len(pieces) - 1:
                    offset = _cell_len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = _cell_len(word)
    return breaks


def _split_lines(text: _Text) -> list[_Text]:
    lines: list[_Text] = [[]]
    for part, style in text:
        first, *more = _clean(part).split("\n")
        lines[-1].append((first, style))
        lines.extend([(line, style)] for line in more)
    return lines


def _expand_tabs(line: _Text) -> _Text:
    if not any("\t" in part for part, _ in line):
        return line
    expanded: _Text = []
    position = 0
    for part, style in line:
        pieces = part.split("\t")
        out = []
        for i, piece in enumerate(pieces):
            out.append(piece)
            position += _cell_len(piece)
            if i < len(pieces) - 1:
                spaces = 8 - position % 8
                out.append(" " * spaces)
                position += spaces
        expanded.append(("".join(out), style))
    return expanded


def _slice(line: _Text, start: int, end: int) -> _Text:
    """The characters ``start:end`` of a line, with their styles."""
    sliced: _Text = []
    offset = 0
    for part, style in line:
        following = offset + len(part)
        if following > start and offset < end:
            sliced.append((part[max(start - offset, 0) : end - offset], style))
        offset = following
        if offset >= end:
            break
    return sliced


def _wrap(
    text: _Text, width: int, *, no_wrap: bool = False, overflow: str = "fold", base: str = ""
) -> list[_Text]:
    """``text`` as lines of at most ``width`` cells (trailing spaces aside).

    Lines are broken between words; a word wider than the line is folded
    (``overflow="fold"``). With ``no_wrap``, a line too wide is cut, ending with
    an ellipsis if ``overflow="ellipsis"``. ``base`` styles unstyled segments.
    Nothing fits in less than one cell: no lines then.
    """
    if width < 1:
        return []
    lines: list[_Text] = []
    for line in _split_lines(text):
        line = _expand_tabs(line)
        if base:
            line = [(part, style or base) for part, style in line]
        plain = "".join(part for part, _ in line)
        if no_wrap:
            ranges = [(0, len(plain))]
        else:
            bounds = [0, *_break_offsets(plain, width), len(plain)]
            ranges = []
            for start, end in pairwise(bounds):
                excess = end - start - width
                if excess > 0:
                    space = re.search(_TRAILING_SPACE, plain[start:end])
                    if space is not None:
                        end -= min(len(space.group()), excess)
                ranges.append((start, end))
        for start, end in ranges:
            piece = plain[start:end]
            kept, padding = len(piece), ""
            if _cell_len(piece) > width:
                if overflow == "ellipsis":
                    kept, padding = _crop(piece, width - 1)
                    padding += "…"
                else:
                    kept, padding = _crop(piece, width)
            wrapped = _slice(line, start, start + kept)
            if padding:
                wrapped.append((padding, base))
            lines.append(wrapped)
    return lines


def _fit(line: _Text, width: int) -> _Text:
    """``line`` cut or padded with spaces to exactly ``width`` cells."""
    plain = "".join(part for part, _ in line)
    size = _cell_len(plain)
    if size == width:
        return line
    if size < width:
        return [*line, (" " * (width - size), _PLAIN)]
    kept, padding = _crop(plain, width)
    return [*_slice(line, 0, kept), (padding, _PLAIN)]


def _indent(lines: list[_Text], indent: int, width: int) -> list[_Text]:
    """``lines`` (at most ``width - indent`` cells) indented, cut to ``width``."""
    margin = (" " * indent, _PLAIN)
    return [_fit([margin, *_fit(line, max(width - indent, 0))], width) for line in lines]


# --- grids: columns of wrapped text --------------------------------------------------------------

_GUTTER = 2


def _normalize(minimum: int, maximum: int) -> tuple[int, int]:
    minimum = min(max(0, minimum), maximum)
    return max(0, minimum), max(0, minimum, maximum)


def _measure_text(text: _Text, width: int) -> tuple[int, int]:
    """The narrowest and widest a cell can be: its longest word, its longest line."""
    plain = _clean("".join(part for part, _ in text))
    lines = plain.splitlines()
    widest = max(map(_cell_len, lines)) if lines else 0
    words = plain.split()
    narrowest = max(map(_cell_len, words)) if words else widest
    low, high = _normalize(narrowest, widest)
    low, high = min(low, width), min(high, width)
    return (0, 0) if high < 1 else _normalize(low, high)


def _measure_column(rows: list[list[_Text]], index: int, gutter: int, width: int) -> int:
    """The widest a column wants to be within ``width``, gutter included."""
    if width < 1:
        return 0
    lows: list[int] = []
    highs: list[int] = []
    for row in rows:
        if width - gutter < 1:
            low, high = width, width
        else:
            low, high = _measure_text(row[index], width)
            low, high = min(low + gutter, width), min(high + gutter, width)
        low, high = _normalize(low, high)
        low, high = min(low, width), min(high, width)
        low, high = (0, 0) if high < 1 else _normalize(low, high)
        lows.append(low)
        highs.append(high)
    return min(max(highs) if highs else width, width)


def _ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result: list[int] = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(maximum, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _collapse_widths(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """Narrow the widest wrapping columns first until the columns fit ``max_width``."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, wraps in zip(widths, wrapable, strict=True) if wraps)
            second = max(
                w if wraps and w != widest else 0 for w, wraps in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [int(w == widest and wraps) for w, wraps in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _column_widths(rows: list[list[_Text]], columns: Sequence[_Column], width: int) -> list[int]:
    gutters = [_GUTTER] * (len(columns) - 1) + [0]
    widths = [_measure_column(rows, i, gutters[i], width) or 1 for i in range(len(columns))]
    if sum(widths) > width:
        widths = _collapse_widths(widths, [not c.no_wrap for c in columns], width)
        if sum(widths) > width:
            widths = _ratio_reduce(sum(widths) - width, [1] * len(widths), widths, widths)
        widths = [_measure_column(rows, i, gutters[i], w) for i, w in enumerate(widths)]
    return widths


def _grid(rows: list[list[_Text]], columns: Sequence[_Column], width: int) -> list[_Text]:
    """Rows of cells in columns, two spaces apart, within ``width`` cells.

    Columns are as wide as their widest cell; when that is too wide, wrapping
    columns are narrowed (the widest first) and their cells wrap.
    """
    if width < 1:
        return []
    widths = _column_widths(rows, columns, width)
    gutters = [_GUTTER] * (len(columns) - 1) + [0]
    lines: list[_Text] = []
    for row in rows:
        cells: list[list[_Text]] = []
        for cell, column, cell_width, gutter in zip(row, columns, widths, gutters, strict=True):
            inner = cell_width - gutter
            wrapped = _wrap(
                cell, inner, no_wrap=column.no_wrap, overflow=column.overflow, base=column.style
            )
            cells.append([_fit(_fit(line, max(inner, 0)), cell_width) for line in wrapped])
        height = max(1, *(len(cell) for cell in cells))
        for i in range(height):
            joined: _Text = []
            for rendered, cell_width in zip(cells, widths, strict=True):
                joined += rendered[i] if i < len(rendered) else [(" " * cell_width, _PLAIN)]
            lines.append(joined)
    return lines


def _panel(text: _Text, title: str, width: int, border: str) -> list[_Text]:
    """``text`` in a box with rounded corners, the title on the top border."""
    inner = width - 2
    top: _Text
    if width <= 4:
        top = [("╭" + "─" * inner + "╮", border)]
    else:
        label = f" {title} "
        kept, padding = (
            _crop(label, width - 4) if _cell_len(label) > width - 4 else (len(label), "")
        )
        label = label[:kept] + padding
        top = [("╭─" + label + "─" * (width - 4 - _cell_len(label)) + "─╮", border)]
    lines = [top]
    for line in _wrap(text, inner - 2):
        body = _fit([(" ", _PLAIN), *_fit(line, max(inner - 2, 0)), (" ", _PLAIN)], inner)
        lines.append([("│", border), *body, ("│", border)])
    lines.append([("╰" + "─" * inner + "╯", border)])
    return lines
