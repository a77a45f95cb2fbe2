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
from pathlib import Path
from types import SimpleNamespace

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.options import checked_manifest_path
from cratewatch.cli.terminal import (
    COLOR_CHOICES,
    EXIT_TERMINATED,
    Terminated,
    sigterm_exits,
    write_output,
)
from cratewatch.errors import CratewatchError, UsageError
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import NoReturn

    from cratewatch.audit.config import AuditConfig

    #: What the commands are given: argparse's namespace, or the same attributes read
    #: by ``quick_audit_arguments``.
    Arguments = argparse.Namespace | SimpleNamespace

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
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
}
FORMATS = ("human", "json", "sarif", "markdown")


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


def _audit_path(args: Arguments) -> Path:
    """PATH or ``--manifest-path`` (one of them), default the working directory."""
    if args.manifest_path is None:
        return args.path if args.path is not None else Path()
    if args.path is not None:
        raise UsageError("give PATH or --manifest-path, not both")
    return checked_manifest_path(args.manifest_path)


def cmd_audit(args: Arguments) -> int:
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


def cmd_db_update(args: Arguments) -> int:
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


def cmd_db_info(args: Arguments) -> int:
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


# ``audit``'s options as its parser defines them (``cli.parser``), for reading a plain
# audit command line without argparse: importing it and defining the audit's
# arguments take a tenth of an audit of a small lockfile.
_AUDIT_DEFAULTS: dict[str, object] = {
    "manifest_path": None,
    "db": [],
    "offline": False,
    "verbose": False,
    "db_as_of": None,
    "index": None,
    "typosquat": None,
    "no_yanked": False,
    "target": [],
    "fetch": False,
    "format": "human",
    "output": None,
    "config": None,
    "no_config": False,
    "ignore": [],
    "deny": [],
    "warn": [],
    "allow": [],
    "color": None,
    "quiet": False,
}
#: Options without a value: the attribute they set, and to what.
_AUDIT_FLAGS: dict[str, tuple[str, object]] = {
    "--offline": ("offline", True),
    "-v": ("verbose", True),
    "--verbose": ("verbose", True),
    "--no-yanked": ("no_yanked", True),
    "--fetch": ("fetch", True),
    "--no-config": ("no_config", True),
    "--no-color": ("color", "never"),
    "-q": ("quiet", True),
    "--quiet": ("quiet", True),
}
#: Options with a value: the attribute, what the value must be (a type, or the
#: values allowed), and whether the option repeats (a list of values).
_AUDIT_VALUES: dict[str, tuple[str, Callable[[str], object] | tuple[str, ...], bool]] = {
    "--manifest-path": ("manifest_path", Path, False),
    "--db": ("db", str, True),
    "--index": ("index", str, False),
    "--typosquat": ("typosquat", str, False),
    "--target": ("target", str, True),
    "--format": ("format", FORMATS, False),
    "-o": ("output", Path, False),
    "--output": ("output", Path, False),
    "--config": ("config", Path, False),
    "--ignore": ("ignore", str, True),
    "--deny": ("deny", str, True),
    "--warn": ("warn", str, True),
    "--allow": ("allow", str, True),
    "--color": ("color", COLOR_CHOICES, False),
}


def quick_audit_arguments(arguments: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of ``audit`` as argparse would read them, for the command lines
    whose reading is plain: options by their exact names, each value in the next
    argument (or after ``=``, for long options) and not starting with ``-``, and at
    most one PATH. ``None`` for anything else (an abbreviation, ``-qv``, ``--help``,
    ``--db-as-of``, a mistake), which argparse reads and words the errors of.
    """
    if not arguments or arguments[0] != "audit":
        return None
    values = {
        name: list(default) if isinstance(default, list) else default
        for name, default in _AUDIT_DEFAULTS.items()
    }
    paths = []
    i = 1
    while i < len(arguments):
        token = arguments[i]
        i += 1
        if not token.startswith("-"):
            paths.append(token)
            continue
        name, equals, inline = token.partition("=")
        if not equals and name in _AUDIT_FLAGS:
            attribute, constant = _AUDIT_FLAGS[name]
            values[attribute] = constant
            continue
        spec = _AUDIT_VALUES.get(name)
        if spec is None:
            return None
        if equals:
            if not name.startswith("--") or not inline:
                return None
            value = inline
        else:
            if i == len(arguments) or arguments[i].startswith("-"):
                return None
            value = arguments[i]
            i += 1
        attribute, kind, repeated = spec
        if isinstance(kind, tuple):
            if value not in kind:
                return None
            converted: object = value
        else:
            converted = kind(value)
        if repeated:
            listed = values[attribute]
            assert isinstance(listed, list)
            listed.append(converted)
        else:
            values[attribute] = converted
    if len(paths) > 1:
        return None
    return SimpleNamespace(
        command="audit",
        path=Path(paths[0]) if paths else None,
        **values,
        handler=cmd_audit,
    )


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


def _internal_error(exc: Exception, args: Arguments) -> int:
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
    would otherwise run full collections over all of them, which takes as long as
    reading, matching and reporting a small lockfile. Exit handlers, buffered output
    and objects' own clean-up run as always."""
    gc.freeze()
    sys.exit(code)
