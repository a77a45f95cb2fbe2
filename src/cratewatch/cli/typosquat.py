"""``cratewatch typosquat``: do names imitate popular crates?"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from cratewatch.errors import UsageError

if TYPE_CHECKING:
    from cratewatch.cli.terminal import ProgressLine
    from cratewatch.typosquat.screen import Verdict
    from cratewatch.typosquat.sources import Population

__all__ = ["add_typosquat_parser"]


class Result(NamedTuple):
    """One screened name: its verdict, or why it is not a crate name at all."""

    name: str
    verdict: Verdict | None
    problem: str | None = None


def _population(args: argparse.Namespace, progress: ProgressLine) -> Population:
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.cli.ecosystem import STORE_SUBDIR
    from cratewatch.ecosystem.store import Store
    from cratewatch.typosquat.sources import corpus_store, population

    if args.index is not None and args.store is not None:
        raise UsageError("give --index or --store, not both")
    if args.index is not None:
        return population(corpus_store(args.index, user_cache_dir(), progress))
    return population(Store(args.store or user_cache_dir() / STORE_SUBDIR))


def _lines(path: Path, what: str) -> list[str]:
    """The entries of a file of names: one a line, ``#`` starts a comment."""
    from cratewatch.errors import InputError
    from cratewatch.untrusted.files import read_regular_file

    data = read_regular_file(path, max_bytes=16 * 1024 * 1024)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: cannot read the {what}: not UTF-8 ({exc.reason})") from None
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [entry for entry in entries if entry]


def _checked_names(names: list[str]) -> list[str]:
    """Names from the command line: one that is not a crate name is a usage error."""
    from cratewatch.typosquat.names import name_problem, shown_name

    for name in names:
        problem = name_problem(name)
        if problem is not None:
            raise UsageError(f"{shown_name(name)} is not a valid crate name: {problem}")
    return names


def result_to_dict(result: Result) -> dict[str, Any]:
    if result.verdict is None:
        return {
            "name": result.name,
            "valid": False,
            "problem": result.problem,
            "flagged": False,
            "suspects": [],
        }
    return {
        "name": result.name,
        "valid": True,
        "flagged": result.verdict.flagged,
        "suspects": [s._asdict() for s in result.verdict.suspects],
    }


def _human(results: list[Result]) -> str:
    from cratewatch.typosquat.names import shown_name
    from cratewatch.untrusted.text import printable_line

    lines = []
    for result in results:
        name, v = printable_line(result.name), result.verdict
        if v is None:
            lines.append(f"{shown_name(result.name)}: not a valid crate name: {result.problem}")
        elif not v.suspects:
            lines.append(f"{name}: no look-alike among the popular crates")
        else:
            best = v.suspects[0]
            mark = "SUSPECT" if v.flagged else "weak"
            lines.append(
                f"{name}: {mark}, looks like {best.target} ({best.check}, {best.score:.2f})"
            )
            for other in v.suspects[1:4]:
                lines.append(f"    also {other.target} ({other.check}, {other.score:.2f})")
    return "\n".join(lines) + "\n"


def cmd_typosquat(args: argparse.Namespace) -> int:
    from cratewatch.cli.terminal import ProgressLine, print_text
    from cratewatch.typosquat.names import name_problem
    from cratewatch.typosquat.screen import Screener

    if args.all == bool(args.names or args.names_file):
        raise UsageError(
            "give crate names (or --names-file), or --all to screen every crate of the index"
        )
    if args.top < 1:
        raise UsageError("--top must be at least 1")
    names = _checked_names(list(args.names))
    listed = _lines(args.names_file, "file of names") if args.names_file else []
    allowlist = _lines(args.allowlist, "allowlist") if args.allowlist else []
    progress = ProgressLine(sys.stderr.isatty())
    try:
        pop = _population(args, progress)
        progress("ranking the popular crates", None, None)
        screener = Screener(
            pop.corpus(args.top),
            baseline=args.baseline,
            allowlist=allowlist,
            standing=pop.standing(),
        )
        if args.all:
            from cratewatch.typosquat.run import screen_population

            verdicts = screen_population(
                screener, pop, progress=lambda done, total: progress("screening", done, total)
            )
    finally:
        progress.close()
    if args.all:
        share = 100 * len(verdicts) / max(len(pop.names), 1)
        print(
            f"cratewatch: {len(verdicts):,} of {len(pop.names):,} crates flagged ({share:.2f} %)",
            file=sys.stderr,
        )
        results = [Result(v.name, v) for v in verdicts]
    else:
        results = [Result(name, screener.screen(name, args.owner)) for name in names]
        for name in listed:  # a file of names goes on past a malformed line
            problem = name_problem(name)
            verdict = None if problem else screener.screen(name, args.owner)
            results.append(Result(name, verdict, problem))
        invalid = sum(r.verdict is None for r in results)
        if invalid:
            print(
                f"cratewatch: {invalid:,} of {len(results):,} names are not valid crate names",
                file=sys.stderr,
            )
    if args.format == "json":
        print_text(json.dumps([result_to_dict(r) for r in results], indent=2))
    else:
        print_text(_human(results))
    return 1 if any(r.verdict is not None and r.verdict.flagged for r in results) else 0


def add_typosquat_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "typosquat",
        help="do crate names imitate popular crates?",
        description="Screen crate names against the most popular crates of a registry.",
    )
    p.add_argument("names", nargs="*", metavar="NAME", help="names to screen")
    p.add_argument(
        "--names-file",
        type=Path,
        metavar="FILE",
        help="names to screen, one per line ('#' comments); a line that is not a crate name "
        "gets its own result instead of stopping the run",
    )
    p.add_argument("--all", action="store_true", help="screen every crate of the index")
    p.add_argument(
        "--index", metavar="PATH", help="registry index directory or archive for the corpus"
    )
    p.add_argument(
        "--store", type=Path, help="ecosystem store for the corpus (default: the ingested one)"
    )
    p.add_argument(
        "--top", type=int, default=3000, help="popular crates to compare with (default 3000)"
    )
    p.add_argument(
        "--owner",
        action="append",
        default=[],
        metavar="LOGIN",
        help="owner of the screened names: look-alikes of their own crates are not squats",
    )
    p.add_argument("--allowlist", type=Path, help="file of names never to flag, one per line")
    p.add_argument(
        "--baseline",
        action="store_true",
        help="crates.io's own check (Typomania as crates.io configures it), for comparison",
    )
    p.add_argument("--format", choices=("human", "json"), default="human")
    p.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")
    p.set_defaults(handler=cmd_typosquat)
