"""Command-line options that several commands share, defined once."""

from __future__ import annotations

import argparse

__all__ = ["add_db_options"]


_DB_HELP = "advisory source: RustSec directory, OSV directory or zip, or git URL (repeatable)"


def add_db_options(parser: argparse.ArgumentParser, db_help: str = _DB_HELP) -> None:
    """``--db`` (repeatable), ``--offline`` and ``-v``."""
    parser.add_argument("--db", action="append", default=[], metavar="PATH|URL", help=db_help)
    parser.add_argument("--offline", action="store_true", help="never touch the network")
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")
