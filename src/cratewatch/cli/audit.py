"""``cratewatch audit``: flags (read without argparse when the command line is plain),
the configuration, the run, the report and the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.exits import EXIT_FINDINGS, EXIT_OK
from cratewatch.cli.options import checked_manifest_path, chosen_levels
from cratewatch.cli.terminal import COLOR_CHOICES, say, write_output
from cratewatch.errors import UsageError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

    from cratewatch.audit.config import AuditConfig
    from cratewatch.model.report import Report

    #: What the commands are given: argparse's namespace, or the same attributes read
    #: by ``quick_audit_arguments``.
    Arguments = argparse.Namespace | SimpleNamespace

__all__ = ["FORMATS", "cmd_audit", "quick_audit_arguments"]

FORMATS = ("human", "json", "sarif", "markdown")


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
    from cratewatch.audit.config import ignore_id_problem
    from cratewatch.audit.policy import Ignore
    from cratewatch.audit.run import AuditOptions, run_audit
    from cratewatch.cli.terminal import ProgressLine, color_choice

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
    if args.reachability:
        from cratewatch.binaries.formats import is_binary

        if is_binary(path):
            raise UsageError(f"--reachability: {path} is a binary; reachability needs sources")
    cfg = _load_config(args.config, args.no_config, path)
    levels = {**cfg.levels, **chosen_levels(args)}
    from cratewatch.cli.baseline import load_baseline, record_baseline

    baseline = load_baseline(args)
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
        baseline=baseline,
    )
    progress = ProgressLine(sys.stderr.isatty() and not args.quiet)
    try:
        report = run_audit(path, options, progress=progress)
    finally:
        progress.close()
    report = record_baseline(args, report, args.quiet)
    if human:
        from cratewatch.cli.terminal import report_width
        from cratewatch.reporters.human import DEFAULT_WIDTH, render_human

        width = report_width(args.output, DEFAULT_WIDTH)
        text = render_human(report, color=color, width=width, quiet=args.quiet)
    else:
        from cratewatch.reporters import OutputFormat, render

        text = render(report, OutputFormat(args.format))
    if args.reachability:
        text = _with_reachability(text, report, path, args)
    write_output(text, args.output)
    if not args.quiet and not human:
        visible = report.visible_findings()
        failing = " (failing)" if report.failed else ""
        say(
            f"cratewatch: {report.audited_count} packages audited, {len(visible)} findings{failing}"
        )
    return EXIT_FINDINGS if report.failed else EXIT_OK


def _with_reachability(text: str, report: Report, path: Path, args: Arguments) -> str:
    """The report with each advisory finding's reachability: a section after the human or
    Markdown report, the ``reachability`` list of the JSON document (``reach``'s
    findings), or a ``reachability`` property of each SARIF result."""
    import json

    from cratewatch.cachedir import user_cache_dir
    from cratewatch.lockfile import find_lockfile, read_lockfile
    from cratewatch.reach.run import ReachOptions, reach_report
    from cratewatch.reporters.reach import (
        reach_human,
        reach_json,
        reach_markdown,
        sarif_with_reachability,
    )

    lockfile_path = find_lockfile(path)
    targets = tuple(args.target)
    results, problems = reach_report(
        report,
        read_lockfile(lockfile_path),
        lockfile_path.parent,
        ReachOptions(
            target=targets[0] if len(targets) == 1 else None, cache=user_cache_dir() / "reach"
        ),
    )
    if args.format == "json":
        document = json.loads(text)
        document["reachability"] = reach_json(report, results, problems)["findings"]
        return json.dumps(document, indent=2) + "\n"
    if args.format == "sarif":
        document = json.loads(text)
        sarif_with_reachability(document, results)
        return json.dumps(document, indent=2) + "\n"
    if args.format == "markdown":
        return text + "\n" + reach_markdown(results)
    return text + "\nReachability of the vulnerable functions:\n" + reach_human(results, problems)


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
    "reachability": False,
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
    "baseline": None,
    "update_baseline": False,
}
#: Options without a value: the attribute they set, and to what.
_AUDIT_FLAGS: dict[str, tuple[str, object]] = {
    "--offline": ("offline", True),
    "-v": ("verbose", True),
    "--verbose": ("verbose", True),
    "--no-yanked": ("no_yanked", True),
    "--fetch": ("fetch", True),
    "--reachability": ("reachability", True),
    "--no-config": ("no_config", True),
    "--no-color": ("color", "never"),
    "-q": ("quiet", True),
    "--quiet": ("quiet", True),
    "--update-baseline": ("update_baseline", True),
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
    "--baseline": ("baseline", Path, False),
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
