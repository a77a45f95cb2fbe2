"""``cratewatch typosquat``: do names imitate popular crates?"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cratewatch.errors import InputError, UsageError

if TYPE_CHECKING:
    from cratewatch.typosquat.screen import Verdict
    from cratewatch.typosquat.sources import Population

__all__ = ["add_typosquat_parser"]


def _population(args: argparse.Namespace) -> Population:
    from cratewatch.cachedir import user_cache_dir
    from cratewatch.cli.ecosystem import STORE_SUBDIR
    from cratewatch.ecosystem.store import Store
    from cratewatch.typosquat.sources import corpus_store, population

    if args.index is not None and args.store is not None:
        raise UsageError("give --index or --store, not both")
    if args.index is not None:
        return population(corpus_store(args.index, user_cache_dir()))
    return population(Store(args.store or user_cache_dir() / STORE_SUBDIR))


def _allowlist(path: Path | None) -> list[str]:
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the allowlist ({exc})") from None
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    return {
        "name": verdict.name,
        "flagged": verdict.flagged,
        "suspects": [s._asdict() for s in verdict.suspects],
    }


def _human(verdicts: list[Verdict]) -> str:
    lines = []
    for v in verdicts:
        if not v.suspects:
            lines.append(f"{v.name}: no look-alike among the popular crates")
            continue
        best = v.suspects[0]
        mark = "SUSPECT" if v.flagged else "weak"
        lines.append(f"{v.name}: {mark}, looks like {best.target} ({best.check}, {best.score:.2f})")
        for other in v.suspects[1:4]:
            lines.append(f"    also {other.target} ({other.check}, {other.score:.2f})")
    return "\n".join(lines) + "\n"


def cmd_typosquat(args: argparse.Namespace) -> int:
    from cratewatch.cli.terminal import ProgressLine, print_text
    from cratewatch.typosquat.screen import Screener

    if args.all == bool(args.names):
        raise UsageError("give crate names, or --all to screen every crate of the index")
    if args.top < 1:
        raise UsageError("--top must be at least 1")
    pop = _population(args)
    corpus = pop.corpus(args.top)
    screener = Screener(corpus, baseline=args.baseline, allowlist=_allowlist(args.allowlist))
    if args.all:
        from cratewatch.typosquat.run import screen_population

        progress = ProgressLine(sys.stderr.isatty())
        try:
            verdicts = screen_population(
                screener, pop, progress=lambda done, total: progress("screening", done, total)
            )
        finally:
            progress.close()
        share = 100 * len(verdicts) / max(len(pop.names), 1)
        print(
            f"cratewatch: {len(verdicts):,} of {len(pop.names):,} crates flagged ({share:.2f} %)",
            file=sys.stderr,
        )
    else:
        verdicts = [screener.screen(name, args.owner) for name in args.names]
    if args.format == "json":
        print_text(json.dumps([verdict_to_dict(v) for v in verdicts], indent=2))
    else:
        print_text(_human(verdicts))
    return 1 if any(v.flagged for v in verdicts) else 0


def add_typosquat_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "typosquat",
        help="do crate names imitate popular crates?",
        description="Screen crate names against the most popular crates of a registry.",
    )
    p.add_argument("names", nargs="*", metavar="NAME", help="names to screen")
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
