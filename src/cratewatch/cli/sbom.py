"""``cratewatch sbom``: a project's dependencies as a CycloneDX or SPDX document."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.cli.terminal import say, write_output
from cratewatch.errors import UsageError

if TYPE_CHECKING:
    import argparse
    from typing import Any

__all__ = ["add_sbom_parser", "cmd_sbom"]

FORMATS = ("cyclonedx-json", "cyclonedx-xml", "spdx-json")


def add_sbom_parser(commands: Any) -> None:
    from cratewatch.cli.options import add_sources_option

    sbom = commands.add_parser(
        "sbom",
        help="a software bill of materials of a project: CycloneDX 1.6 or SPDX 2.3",
        description="Write a project's dependency graph as an SBOM: every package of its "
        "Cargo.lock with its package URL, SHA-256, declared license, whether it ships, only "
        "runs at build time or only serves tests, and what it depends on. Licenses and kinds "
        "come from the manifests of the workspace and of dependencies whose sources are on "
        "this machine (vendor/, Cargo's registry, /usr/share/cargo/registry, --sources).",
    )
    sbom.add_argument(
        "path", nargs="?", type=Path, default=Path(), help="project directory or Cargo.lock"
    )
    sbom.add_argument(
        "--format",
        choices=FORMATS,
        default="cyclonedx-json",
        help="CycloneDX 1.6 JSON (default) or XML, or SPDX 2.3 JSON",
    )
    sbom.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    add_sources_option(sbom)
    sbom.add_argument("-q", "--quiet", action="store_true", help="no notes on standard error")
    sbom.set_defaults(handler=cmd_sbom)


def cmd_sbom(args: argparse.Namespace) -> int:
    from cratewatch.cli.options import checked_sources
    from cratewatch.lockfile import find_lockfile, read_lockfile
    from cratewatch.reporters.sbom import cyclonedx_sbom, spdx_sbom
    from cratewatch.sbom.inventory import inventory

    sources = checked_sources(args.sources)  # (flags are checked before anything is read)
    lockfile_path = find_lockfile(args.path)
    lockfile = read_lockfile(lockfile_path)
    found = inventory(lockfile, lockfile_path.parent, sources, now=_creation_time())
    if args.format == "spdx-json":
        text = spdx_sbom(found)
    else:
        text = cyclonedx_sbom(found, xml=args.format == "cyclonedx-xml")
    write_output(text, args.output)
    if not args.quiet:
        for problem in found.problems:
            say(f"note: {problem}")
    return 0


def _creation_time() -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` (reproducible builds' convention) when set, else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise UsageError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a number of seconds") from None
