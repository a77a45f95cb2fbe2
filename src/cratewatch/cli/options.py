"""Command-line options that several commands share, defined once."""

from __future__ import annotations

import argparse
import datetime as dt

__all__ = ["add_db_as_of_option", "add_db_options", "parse_moment"]


_DB_HELP = "advisory source: RustSec directory, OSV directory or zip, or git URL (repeatable)"


def add_db_options(parser: argparse.ArgumentParser, db_help: str = _DB_HELP) -> None:
    """``--db`` (repeatable), ``--offline`` and ``-v``."""
    parser.add_argument("--db", action="append", default=[], metavar="PATH|URL", help=db_help)
    parser.add_argument("--offline", action="store_true", help="never touch the network")
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")


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
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date (YYYY-MM-DD) or an ISO 8601 time"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
