"""The command line's ``argparse`` parser: every command's arguments and help.

Imported only when ``cli.main`` cannot read the arguments itself (see
``cli.audit.quick_audit_arguments``): for anything but a plain ``audit`` command
line, for ``--help`` and for every mistake.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cratewatch import __version__
from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.audit import FORMATS, cmd_audit
from cratewatch.cli.db import cmd_db_info, cmd_db_update
from cratewatch.cli.exits import EXIT_USAGE
from cratewatch.cli.options import (
    add_color_option,
    add_db_as_of_option,
    add_db_options,
    add_level_options,
    add_manifest_path_option,
)
from cratewatch.cli.terminal import terminal_columns

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn

__all__ = ["COMMANDS", "build_parser"]


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, as wide as argparse makes it (the terminal's width less
    2), measured without shutil: argparse makes a formatter for every argument defined."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = terminal_columns(80) - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Usage errors: one line and exit 2 (argparse would print the whole usage)."""
        self.exit(EXIT_USAGE, f"error: {self.prog}: {message}\n")


def build_parser(prog: str = "cratewatch", command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``command``, only that command's arguments are
    defined (the others are left out), which is all ``parse_args`` needs when the
    arguments start with that command's name.

    Start-up matters: defining every command's arguments would cost more than a whole
    audit of a small lockfile.
    """
    parser = _Parser(prog=prog, description="Supply-chain security for Rust crates.")
    parser.add_argument("--version", action="version", version=f"cratewatch {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    added = set()
    for name, add in COMMANDS.items():
        if (command is None or command == name) and add not in added:
            add(commands)
            added.add(add)
    return parser


def _add_audit_parser(commands: Any) -> None:
    audit = commands.add_parser(
        "audit", help="audit a Cargo.lock", description="Audit a Cargo.lock for known problems."
    )
    audit.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=None,
        help="a Cargo.lock, or a directory or Cargo.toml of a workspace (default: .)",
    )
    add_manifest_path_option(audit, "the lockfile audited")
    add_db_options(audit)
    add_db_as_of_option(audit)
    audit.add_argument(
        "--index",
        metavar="PATH|URL",
        help="registry index for yanked checks and fixes: an index directory or archive, "
        "a sparse+https:// URL, or 'crates.io'",
    )
    audit.add_argument(
        "--typosquat",
        metavar="PATH",
        help="also screen dependency names for typosquatting against the popular crates of "
        "this index (directory or archive) or ecosystem store",
    )
    audit.add_argument("--no-yanked", action="store_true", help="do not report yanked versions")
    audit.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="TRIPLE",
        help="only advisories that apply to this target (repeatable; default: all platforms)",
    )
    audit.add_argument("--fetch", action="store_true", help="fetch the advisory database first")
    audit.add_argument(
        "--reachability",
        action="store_true",
        help="also say whether each finding's vulnerable functions are reachable from the "
        "project's code (as `cratewatch reach`)",
    )
    audit.add_argument("--format", choices=FORMATS, default="human", help="output format")
    audit.add_argument("-o", "--output", type=Path, help="write the report to this file")
    audit.add_argument(
        "--config",
        type=Path,
        help="configuration file (default: cratewatch.toml found upward from PATH)",
    )
    audit.add_argument("--no-config", action="store_true", help="ignore any cratewatch.toml")
    from cratewatch.cli.baseline import add_baseline_options

    add_baseline_options(audit)
    audit.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="ID",
        help="ignore an advisory id or alias, or a finding code (repeatable)",
    )
    add_level_options(audit)
    add_color_option(audit)
    audit.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="only what fails or warns: the human report without its header, ignored and "
        "skipped packages and result line; no summary on stderr, no progress line",
    )
    audit.set_defaults(handler=cmd_audit)


def _add_db_parser(commands: Any) -> None:
    db = commands.add_parser("db", help="manage the advisory database")
    db_commands = db.add_subparsers(dest="db_command", metavar="COMMAND", parser_class=_Parser)
    db_commands.required = True
    update = db_commands.add_parser("update", help="clone or update the database, then compile it")
    update.add_argument(
        "--db",
        action="append",
        default=[],
        metavar="URL",
        help="git repository to fetch (default: the RustSec advisory-db)",
    )
    update.add_argument("-v", "--verbose", action="store_true")
    update.set_defaults(handler=cmd_db_update)
    info = db_commands.add_parser("info", help="source, age and contents of the database")
    add_db_options(info)
    add_db_as_of_option(info)
    info.add_argument("--format", choices=("human", "json"), default="human")
    add_color_option(info)
    info.set_defaults(handler=cmd_db_info)


def _add_ecosystem_parser(commands: Any) -> None:
    from cratewatch.cli.ecosystem import add_ecosystem_parser

    add_ecosystem_parser(commands, _Parser)


def _add_typosquat_parser(commands: Any) -> None:
    from cratewatch.cli.typosquat import add_typosquat_parser

    add_typosquat_parser(commands)


def _add_scan_parser(commands: Any) -> None:
    from cratewatch.cli.scan import add_scan_parser

    add_scan_parser(commands)


def _add_rescan_parser(commands: Any) -> None:
    from cratewatch.cli.bulk import add_rescan_parser

    add_rescan_parser(commands)


def _add_diff_parser(commands: Any) -> None:
    from cratewatch.cli.diff import add_diff_parser

    add_diff_parser(commands)


def _add_reach_parser(commands: Any) -> None:
    from cratewatch.cli.reach import add_reach_parser

    add_reach_parser(commands)


def _add_check_parser(commands: Any) -> None:
    from cratewatch.cli.check import add_check_parser

    add_check_parser(commands)


def _add_sbom_parser(commands: Any) -> None:
    from cratewatch.cli.sbom import add_sbom_parser

    add_sbom_parser(commands)


def _add_service_parsers(commands: Any) -> None:
    from cratewatch.cli.service import add_service_parsers

    add_service_parsers(commands, _Parser)


#: Every command, in the order ``--help`` lists them, and what defines its arguments.
COMMANDS: dict[str, Callable[[Any], None]] = {
    "audit": _add_audit_parser,
    "db": _add_db_parser,
    "ecosystem": _add_ecosystem_parser,
    "typosquat": _add_typosquat_parser,
    "scan": _add_scan_parser,
    "rescan": _add_rescan_parser,
    "diff": _add_diff_parser,
    "reach": _add_reach_parser,
    "check": _add_check_parser,
    "sbom": _add_sbom_parser,
    # the service's commands share one definition: each name defines all of them
    "serve": _add_service_parsers,
    "watch": _add_service_parsers,
    "submit": _add_service_parsers,
    "triage": _add_service_parsers,
    "token": _add_service_parsers,
}
