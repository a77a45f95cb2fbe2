"""Write a crates.io-format database dump for tests and benchmarks.

    python -m testdata.generate_dump OUT [--from-index PATH] [--seed N]
    python -m testdata.generate_dump OUT --crates 200000 --versions 2000000 --dependencies 20000000

With ``--from-index``, crates, versions and dependencies come from a registry index
(directory or archive) and the rest is synthetic; without it, the whole registry is
synthetic at the given scale (today's crates.io by default). See ``dumpgen``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cratewatch.errors import CratewatchError
from testdata import dumpgen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m testdata.generate_dump", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out", type=Path, help="the .tar.gz to write")
    parser.add_argument("--from-index", metavar="PATH", help="take crates from this index")
    parser.add_argument("--crates", type=int, default=200_000)
    parser.add_argument("--versions", type=int, default=2_000_000)
    parser.add_argument("--dependencies", type=int, default=20_000_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        if args.from_index is not None:
            from cratewatch.ecosystem.index_source import local_crate_files, records_of

            stats = dumpgen.dump_from_index_records(
                records_of(local_crate_files(args.from_index)), args.out, seed=args.seed
            )
        else:
            stats = dumpgen.synthetic_dump(
                args.out,
                crates=args.crates,
                versions=args.versions,
                dependencies=args.dependencies,
                seed=args.seed,
            )
    except (CratewatchError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ValueError) else 3
    print(
        f"{args.out}: {stats.crates:,} crates, {stats.versions:,} versions, "
        f"{stats.dependencies:,} dependency rows"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
