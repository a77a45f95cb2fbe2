"""The ``cratewatch`` command line (also ``cargo cratewatch``).

Only this layer prints, reads flags and turns errors into exit codes:

    0  nothing at the failing level
    1  findings at the failing level (deny)
    2  usage or configuration error
    3  unreadable or invalid input (including "nothing to audit")

It is built on the standard library's ``argparse`` and imports the heavy
modules inside the commands: every command pays for start-up, and a CLI
framework alone would cost more than the whole audit of a typical lockfile.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cratewatch import __version__
from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.options import (
    add_color_option,
    add_db_as_of_option,
    add_db_options,
    add_manifest_path_option,
    checked_manifest_path,
)
from cratewatch.cli.terminal import (
    EXIT_TERMINATED,
    Terminated,
    sigterm_exits,
    terminal_columns,
    write_output,
)
from cratewatch.errors import CratewatchError, UsageError
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    from typing import Any, NoReturn

    from cratewatch.audit.config import AuditConfig

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
#: The optional dependencies, by the extra of pyproject.toml that installs them.
_EXTRA_OF = {
    "tree_sitter": "scan",
    "tree_sitter_rust": "scan",
    "hyperscan": "scan",
    "numpy": "ecosystem",
    "scipy": "ecosystem",
    "duckdb": "ecosystem",
}
FORMATS = ("human", "json", "sarif", "markdown")


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


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _load_config(config: Path | None, no_config: bool, project: Path) -> AuditConfig:
    """``--config``, else the ``cratewatch.toml`` of the audited ``project`` (found from
    its directory upward, like its Cargo.lock), else the defaults."""
    from cratewatch.audit.config import AuditConfig, find_config, load_config

    if no_config:
        return AuditConfig()
    if config is not None:
        return load_config(config)
    found = find_config(project)
    return load_config(found) if found is not None else AuditConfig()


def _audit_path(args: argparse.Namespace) -> Path:
    """PATH or ``--manifest-path`` (one of them), default the working directory."""
    if args.manifest_path is None:
        return args.path if args.path is not None else Path()
    if args.path is not None:
        raise UsageError("give PATH or --manifest-path, not both")
    return checked_manifest_path(args.manifest_path)


def cmd_audit(args: argparse.Namespace) -> int:
    from cratewatch.audit.config import ignore_id_problem, parse_code
    from cratewatch.audit.policy import Ignore
    from cratewatch.audit.run import AuditOptions, run_audit
    from cratewatch.cli.terminal import ProgressLine, color_choice
    from cratewatch.model.findings import Level

    # Flags are checked before anything is read, so a typo costs no database load.
    path = _audit_path(args)
    human = args.format == "human"
    color = human and color_choice(args.color, sys.stdout, args.output)
    for ident in args.ignore:
        problem = ignore_id_problem(ident)
        if problem is not None:
            raise UsageError(f"--ignore: {problem}")
    if args.target:
        from cratewatch.model.target import Target

        for triple in args.target:
            try:
                Target.parse(triple)
            except UsageError as exc:
                raise UsageError(f"--target: {exc}") from None
    cfg = _load_config(args.config, args.no_config, path)
    levels = dict(cfg.levels)
    for level, codes in (
        (Level.DENY, args.deny),
        (Level.WARN, args.warn),
        (Level.ALLOW, args.allow),
    ):
        for code in codes:
            levels[parse_code(code, f"--{level.value}")] = level
    options = AuditOptions(  # flags override the configuration file
        db=tuple(args.db) or cfg.db,
        index_spec=args.index or cfg.index_spec,
        yanked=cfg.yanked and not args.no_yanked,
        targets=tuple(args.target) or cfg.targets,
        offline=args.offline,
        fetch=args.fetch,
        db_as_of=args.db_as_of,
        levels=levels,
        ignores=(*cfg.ignores, *(Ignore(i, "ignored on the command line") for i in args.ignore)),
        max_db_age_days=cfg.max_db_age_days,
        typosquat=args.typosquat or cfg.typosquat,
    )
    progress = ProgressLine(sys.stderr.isatty() and not args.quiet)
    try:
        report = run_audit(path, options, progress=progress)
    finally:
        progress.close()
    if human:
        from cratewatch.cli.terminal import report_width
        from cratewatch.reporters.human import DEFAULT_WIDTH, render_human

        width = report_width(args.output, DEFAULT_WIDTH)
        text = render_human(report, color=color, width=width, quiet=args.quiet)
    else:
        from cratewatch.reporters import OutputFormat, render

        text = render(report, OutputFormat(args.format))
    write_output(text, args.output)
    if not args.quiet and not human:
        visible = report.visible_findings()
        failing = " (failing)" if report.failed else ""
        _say(
            f"cratewatch: {report.audited_count} packages audited, {len(visible)} findings{failing}"
        )
    return EXIT_FINDINGS if report.failed else EXIT_OK


def cmd_db_update(args: argparse.Namespace) -> int:
    from cratewatch.advisories.database import load_sources
    from cratewatch.advisories.sources import GitSource, default_source, open_source
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.cli.terminal import ProgressLine

    cache_dir = user_cache_dir()
    sources = [open_source(s, cache_dir) for s in args.db] or [default_source(cache_dir)]
    for source in sources:
        if not isinstance(source, GitSource):
            raise UsageError(f"{source.describe()}: only git repositories can be updated")
        progress = ProgressLine(sys.stderr.isatty())
        try:
            progress(f"fetching {source.url}", None, None)
            commit = source.update()
            info = load_sources([source], cache_dir, progress).info
        finally:
            progress.close()
        invalid = f", {info.invalid_count} invalid" if info.invalid_count else ""
        print(f"{source.url}: at {commit[:12]}, {info.advisory_count} advisories{invalid}")
    return EXIT_OK


def cmd_db_info(args: argparse.Namespace) -> int:
    import datetime as dt
    import json

    from cratewatch.advisories.database import open_database
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.cli.terminal import ProgressLine

    progress = ProgressLine(sys.stderr.isatty())
    try:
        database = open_database(
            list(args.db),
            user_cache_dir(),
            offline=args.offline,
            as_of=args.db_as_of,
            progress=progress,
        )
    finally:
        progress.close()
    info = database.info
    counts: dict[str, int] = {}
    withdrawn = 0
    for advisory in database:
        counts[advisory.kind.value] = counts.get(advisory.kind.value, 0) + 1
        withdrawn += advisory.is_withdrawn
    age = info.age_days(dt.datetime.now(dt.UTC))
    if args.format == "json":
        from cratewatch.reporters.envelope import envelope

        data = {
            **envelope("db-info"),
            "sources": list(info.sources),
            "commit": info.commit,
            "updated": info.updated.isoformat() if info.updated else None,
            "age_days": round(age, 1) if age is not None else None,
            "advisories": info.advisory_count,
            "by_kind": dict(sorted(counts.items())),
            "withdrawn": withdrawn,
            "invalid": info.invalid_count,
            "problems": database.problems,
        }
        print(json.dumps(data, indent=2))
        return EXIT_OK
    updated = info.updated.date().isoformat() if info.updated else "unknown"
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    # Sources, commits and problems come from the database: escaped like error lines.
    print(f"source:     {printable_line(', '.join(info.sources))}")
    print(f"commit:     {printable_line(info.commit or 'unknown')}")
    print(f"updated:    {updated}" + (f" ({int(age)} days ago)" if age is not None else ""))
    print(f"advisories: {info.advisory_count} ({kinds}; {withdrawn} withdrawn)")
    if info.invalid_count:
        print(f"invalid:    {info.invalid_count} advisory files could not be read:")
        for problem in database.problems:
            print(f"  {printable_line(problem)}")
    return EXIT_OK


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
    for name, add in _COMMANDS.items():
        if command is None or command == name:
            add(commands)
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
    audit.add_argument("--format", choices=FORMATS, default="human", help="output format")
    audit.add_argument("-o", "--output", type=Path, help="write the report to this file")
    audit.add_argument(
        "--config",
        type=Path,
        help="configuration file (default: cratewatch.toml found upward from PATH)",
    )
    audit.add_argument("--no-config", action="store_true", help="ignore any cratewatch.toml")
    audit.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="ID",
        help="ignore an advisory id or alias, or a finding code (repeatable)",
    )
    for level, meaning in (
        ("deny", "fail the run"),
        ("warn", "be reported without failing"),
        ("allow", "not be reported"),
    ):
        audit.add_argument(
            f"--{level}",
            action="append",
            default=[],
            metavar="CODE",
            help=f"make findings with CODE {meaning} (repeatable)",
        )
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


def _add_diff_parser(commands: Any) -> None:
    from cratewatch.cli.diff import add_diff_parser

    add_diff_parser(commands)


#: Every command, in the order ``--help`` lists them, and what defines its arguments.
_COMMANDS: dict[str, Callable[[Any], None]] = {
    "audit": _add_audit_parser,
    "db": _add_db_parser,
    "ecosystem": _add_ecosystem_parser,
    "typosquat": _add_typosquat_parser,
    "scan": _add_scan_parser,
    "diff": _add_diff_parser,
}


def main(argv: Sequence[str] | None = None, prog: str = "cratewatch") -> int:
    """Run the command line; returns the exit code. Errors are one line on stderr.

    SIGTERM ends a run as Ctrl-C does, temporary files removed on the way out, with
    ``error: terminated`` and exit code 143.
    """
    arguments = sys.argv[1:] if argv is None else list(argv)
    # Only the first argument can name the command: the top level has no option that
    # takes a value. Anything else (-h, a typo) gets the whole parser.
    command = arguments[0] if arguments and arguments[0] in _COMMANDS else None
    args = build_parser(prog, command).parse_args(arguments)
    with sigterm_exits():
        return _run(args, prog)


def _run(args: argparse.Namespace, prog: str) -> int:
    try:
        code: int = args.handler(args)
        return code
    except CratewatchError as exc:
        _say(f"error: {printable_line(str(exc))}")
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_INPUT
    except ModuleNotFoundError as exc:
        extra = _EXTRA_OF.get((exc.name or "").partition(".")[0])
        if extra is None:
            return _internal_error(exc, args)
        _say(
            f"error: {prog} {args.command} needs the '{extra}' extra ({exc.name} is not "
            f"installed): pip install 'cratewatch[{extra}]'"
        )
        return EXIT_USAGE
    except Terminated:
        _say("error: terminated")
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        _say("error: interrupted")
        return 130
    except Exception as exc:
        return _internal_error(exc, args)


def _internal_error(exc: Exception, args: argparse.Namespace) -> int:
    """A bug: still one line, with the traceback under -v."""
    if getattr(args, "verbose", False):
        raise exc
    detail = printable_line(f"{type(exc).__name__}: {exc}")
    _say(f"error: internal error: {detail} (run with -v for details)")
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


def _collect_from_now_on() -> None:
    """The garbage collector, on for the command (``python -m cratewatch`` starts with it
    off). What exists by now (modules, classes, constants) lives as long as the
    process: frozen, it is never traversed again."""
    gc.freeze()
    gc.enable()


def _exit(code: int) -> NoReturn:
    """``sys.exit(code)``, with every object frozen first: at shutdown the interpreter
    would otherwise run full collections over all of them, which takes longer than a
    whole audit of a small lockfile. Exit handlers, buffered output and objects' own
    clean-up run as always."""
    gc.freeze()
    sys.exit(code)
