"""The ``cratewatch`` command line (also ``cargo cratewatch``).

Only this layer prints, reads flags and turns errors into exit codes:

    0  nothing at the failing level
    1  findings at the failing level (deny)
    2  usage or configuration error
    3  unreadable or invalid input (including "nothing to audit")

Heavy modules are imported inside the commands so that start-up stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from cratewatch import __version__
from cratewatch.errors import CratewatchError, UsageError

if TYPE_CHECKING:
    from cratewatch.audit.config import AuditConfig

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
FORMATS = ("human", "json", "sarif", "markdown")

F = TypeVar("F", bound=Callable[..., Any])


def _fail(exc: CratewatchError) -> NoReturn:
    click.echo(f"error: {exc}", err=True)
    sys.exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_INPUT)


def _guard(func: F) -> F:
    """Turn project errors into one-line messages and exit codes, never tracebacks."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CratewatchError as exc:
            _fail(exc)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: still one line, with the detail under -v
            if kwargs.get("verbose"):
                raise
            click.echo(f"error: internal error: {type(exc).__name__}: {exc}", err=True)
            sys.exit(EXIT_INPUT)

    return wrapper  # type: ignore[return-value]


def _load_config(config: Path | None, no_config: bool) -> AuditConfig:
    from cratewatch.audit.config import AuditConfig, find_config, load_config

    if no_config:
        return AuditConfig()
    if config is not None:
        return load_config(config)
    found = find_config(Path.cwd())
    return load_config(found) if found is not None else AuditConfig()


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{output}: cannot write output: {exc.strerror or exc}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cratewatch")
def cli() -> None:
    """Supply-chain security for Rust crates."""


_common_db = [
    click.option(
        "--db",
        "db",
        multiple=True,
        metavar="PATH|URL",
        help="Advisory source: RustSec directory, OSV directory or zip, or git URL (repeatable).",
    ),
    click.option("--offline", is_flag=True, help="Never touch the network."),
    click.option("-v", "--verbose", is_flag=True, help="More detail on stderr."),
    click.option("-q", "--quiet", is_flag=True, help="No summary on stderr."),
]


def _with(options: Sequence[Callable[[F], F]]) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


@cli.command()
@click.argument("path", type=click.Path(path_type=Path), default=Path("."), required=False)
@_with(_common_db)
@click.option("--index", metavar="PATH|URL", help="Registry index for yanked checks and fixes: "
              "an index directory or archive, a sparse+https:// URL, or 'crates.io'.")
@click.option("--no-yanked", is_flag=True, help="Do not report yanked versions.")
@click.option("--target", "targets", multiple=True, metavar="TRIPLE",
              help="Only advisories that apply to this target (repeatable; default all platforms).")
@click.option("--fetch", is_flag=True, help="Fetch the advisory database before auditing.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="human", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write the report here.")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file (default: cratewatch.toml found upward).")
@click.option("--no-config", is_flag=True, help="Ignore any cratewatch.toml.")
@click.option("--ignore", "ignores", multiple=True, metavar="ID",
              help="Ignore an advisory id or alias, or a finding code (repeatable).")
@click.option("--deny", "deny", multiple=True, metavar="CODE", help="Make findings with CODE fail the run.")
@click.option("--warn", "warn", multiple=True, metavar="CODE", help="Report CODE without failing.")
@click.option("--allow", "allow", multiple=True, metavar="CODE", help="Do not report CODE.")
@click.option("--color/--no-color", default=None, help="Colour in human output (default: on a terminal).")
@_guard
def audit(
    path: Path,
    db: tuple[str, ...],
    offline: bool,
    verbose: bool,
    quiet: bool,
    index: str | None,
    no_yanked: bool,
    targets: tuple[str, ...],
    fetch: bool,
    fmt: str,
    output: Path | None,
    config: Path | None,
    no_config: bool,
    ignores: tuple[str, ...],
    deny: tuple[str, ...],
    warn: tuple[str, ...],
    allow: tuple[str, ...],
    color: bool | None,
) -> None:
    """Audit a Cargo.lock (PATH: a lockfile, or a directory in a workspace)."""
    from cratewatch.audit.config import parse_code
    from cratewatch.audit.policy import Ignore
    from cratewatch.audit.run import AuditOptions, run_audit
    from cratewatch.model.findings import Level
    from cratewatch.reporters import OutputFormat, render

    cfg = _load_config(config, no_config)
    levels = dict(cfg.levels)
    for level, codes in ((Level.DENY, deny), (Level.WARN, warn), (Level.ALLOW, allow)):
        for code in codes:
            levels[parse_code(code, f"--{level.value}")] = level
    options = AuditOptions.from_config(
        cfg,
        db=db or cfg.db,
        index=index or cfg.index,
        yanked=cfg.yanked and not no_yanked,
        targets=targets or cfg.targets,
        offline=offline,
        fetch=fetch,
        levels=levels,
        ignores=(*cfg.ignores, *(Ignore(i, "ignored on the command line") for i in ignores)),
    )
    report = run_audit(path, options)
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    _write(render(report, OutputFormat(fmt), color=use_color), output)
    if not quiet and fmt != "human":
        visible = report.visible_findings()
        click.echo(
            f"cratewatch: {report.audited_count} packages audited, {len(visible)} findings"
            + (" (failing)" if report.failed else ""),
            err=True,
        )
    sys.exit(EXIT_FINDINGS if report.failed else EXIT_OK)


@cli.group()
def db() -> None:
    """Manage the advisory database."""


@db.command("update")
@click.option("--db", "db_specs", multiple=True, metavar="URL",
              help="Git repository to fetch (default: the RustSec advisory-db).")
@click.option("-v", "--verbose", is_flag=True)
@_guard
def db_update(db_specs: tuple[str, ...], verbose: bool) -> None:
    """Clone or update the advisory database, then compile it."""
    from cratewatch.advisories.database import load_sources
    from cratewatch.advisories.sources import GitSource, default_source, open_source
    from cratewatch.cachedir import user_cache_dir

    cache_dir = user_cache_dir()
    sources = [open_source(s, cache_dir) for s in db_specs] or [default_source(cache_dir)]
    for source in sources:
        if not isinstance(source, GitSource):
            raise UsageError(f"{source.describe()}: only git repositories can be updated")
        commit = source.update()
        database = load_sources([source], cache_dir)
        click.echo(
            f"{source.url}: at {commit[:12]}, {database.info.advisory_count} advisories"
            + (f", {database.info.invalid_count} invalid" if database.info.invalid_count else "")
        )


@db.command("info")
@_with(_common_db)
@click.option("--format", "fmt", type=click.Choice(("human", "json")), default="human")
@_guard
def db_info(db: tuple[str, ...], offline: bool, verbose: bool, quiet: bool, fmt: str) -> None:
    """Show where the advisory database comes from, how old it is and what it holds."""
    import datetime as dt
    import json

    from cratewatch.advisories.database import open_database
    from cratewatch.cachedir import user_cache_dir

    database = open_database(list(db), user_cache_dir(), offline=offline)
    info = database.info
    counts: dict[str, int] = {}
    withdrawn = 0
    for advisory in database:
        counts[advisory.kind.value] = counts.get(advisory.kind.value, 0) + 1
        withdrawn += advisory.is_withdrawn
    now = dt.datetime.now(dt.UTC)
    age = info.age_days(now)
    data = {
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
    if fmt == "json":
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"source:     {', '.join(info.sources)}")
    click.echo(f"commit:     {info.commit or 'unknown'}")
    updated = info.updated.date().isoformat() if info.updated else "unknown"
    click.echo(f"updated:    {updated}" + (f" ({int(age)} days ago)" if age is not None else ""))
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    click.echo(f"advisories: {info.advisory_count} ({kinds}; {withdrawn} withdrawn)")
    if info.invalid_count:
        click.echo(f"invalid:    {info.invalid_count} advisory files could not be read:")
        for problem in database.problems:
            click.echo(f"  {problem}")


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="cratewatch")


def cargo_main() -> None:
    """Entry point for ``cargo cratewatch``: cargo passes the subcommand name first."""
    args = sys.argv[1:]
    if args and args[0] == "cratewatch":
        args = args[1:]
    cli.main(args=args, prog_name="cargo cratewatch")
