"""Command-line options that several commands share, defined once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.errors import UsageError

if TYPE_CHECKING:
    import argparse
    from typing import Any

    from cratewatch.model.findings import Code, Level

__all__ = [
    "add_color_option",
    "add_db_as_of_option",
    "add_db_options",
    "add_level_options",
    "add_manifest_path_option",
    "add_sources_option",
    "checked_manifest_path",
    "checked_sources",
    "chosen_levels",
    "parse_moment",
]


_DB_HELP = "advisory source: RustSec directory, OSV directory or zip, or git URL (repeatable)"


def add_db_options(parser: argparse.ArgumentParser, db_help: str = _DB_HELP) -> None:
    """``--db`` (repeatable), ``--offline`` and ``-v``."""
    parser.add_argument("--db", action="append", default=[], metavar="PATH|URL", help=db_help)
    parser.add_argument("--offline", action="store_true", help="never touch the network")
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")


def add_level_options(parser: argparse.ArgumentParser) -> None:
    """``--deny CODE``, ``--warn CODE`` and ``--allow CODE`` (each repeatable)."""
    for level, meaning in (
        ("deny", "fail the run"),
        ("warn", "be reported without failing"),
        ("allow", "not be reported"),
    ):
        parser.add_argument(
            f"--{level}",
            action="append",
            default=[],
            metavar="CODE",
            help=f"make findings with CODE {meaning} (repeatable)",
        )


def chosen_levels(args: Any) -> dict[Code, Level]:
    """The levels ``--deny``, ``--warn`` and ``--allow`` give codes (a usage error names
    an unknown code)."""
    from cratewatch.audit.config import parse_code
    from cratewatch.model.findings import Level

    levels = {}
    for level, codes in (
        (Level.DENY, args.deny),
        (Level.WARN, args.warn),
        (Level.ALLOW, args.allow),
    ):
        for code in codes:
            levels[parse_code(code, f"--{level.value}")] = level
    return levels


def add_sources_option(parser: argparse.ArgumentParser) -> None:
    """``--sources DIR``: more directories of dependency sources (repeatable)."""
    parser.add_argument(
        "--sources",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="a directory of dependency sources, searched before vendor/, Cargo's registry "
        "sources and /usr/share/cargo/registry (repeatable)",
    )


def checked_sources(directories: list[Path]) -> tuple[Path, ...]:
    """``--sources`` directories, each checked to be one."""
    for directory in directories:
        if not directory.is_dir():
            raise UsageError(f"--sources: {directory}: not a directory")
    return tuple(directories)


def add_color_option(parser: argparse.ArgumentParser) -> None:
    """``--color WHEN`` as cargo has it, and ``--no-color`` for ``--color never``.

    The default is ``None`` rather than ``auto``, so that ``CARGO_TERM_COLOR`` applies
    only when the flag is not given (see ``terminal.color_choice``).
    """
    from cratewatch.cli.terminal import COLOR_CHOICES

    parser.add_argument(
        "--color",
        choices=COLOR_CHOICES,
        default=None,
        metavar="WHEN",
        help="colour: auto (on a terminal, unless NO_COLOR is set), always or never "
        "(default: CARGO_TERM_COLOR, else auto)",
    )
    parser.add_argument(
        "--no-color", dest="color", action="store_const", const="never", help="--color never"
    )


def add_manifest_path_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--manifest-path PATH``: the project's ``Cargo.toml``, as cargo's flag names it."""
    parser.add_argument(
        "--manifest-path",
        type=Path,
        metavar="PATH",
        help=f"the project's Cargo.toml; {what} is the nearest Cargo.lock in its directory "
        "or above",
    )


def checked_manifest_path(path: Path) -> Path:
    """``path`` if it names an existing ``Cargo.toml`` file, else a usage error.

    Like cargo, which refuses a manifest path that does not end in ``Cargo.toml`` or
    does not exist, before anything else is read.
    """
    flag = f"--manifest-path {path}"
    if path.name != "Cargo.toml":
        raise UsageError(f"{flag}: not a Cargo.toml (name the project's Cargo.toml file)")
    try:
        if path.is_dir():
            raise UsageError(f"{flag}: is a directory, not a Cargo.toml file")
        if not path.is_file():
            problem = "not a regular file" if path.exists() else "no such file"
            raise UsageError(f"{flag}: {problem}")
    except OSError as exc:  # a directory on the way that cannot be searched
        raise UsageError(f"{flag}: cannot read: {exc.strerror or exc}") from None
    return path


def add_db_as_of_option(parser: argparse.ArgumentParser) -> None:
    """``--db-as-of DATE``, for the commands that pass it on to the database."""
    parser.add_argument(
        "--db-as-of",
        type=parse_moment,
        metavar="DATE",
        help="read the git advisory database as it was before DATE (YYYY-MM-DD, UTC, or an "
        "ISO 8601 time): the tree of its last commit before then",
    )


def parse_moment(text: str) -> dt.datetime:
    """A date (the start of that day, UTC) or an ISO 8601 time (UTC unless it says)."""
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        import argparse  # only argparse reads --db-as-of, and only it takes this error

        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date (YYYY-MM-DD) or an ISO 8601 time"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
