"""Build the advisory database snapshot shipped inside the package.

    python scripts/build_snapshot.py PATH/TO/advisory-db

Compiles a RustSec advisory-db checkout into
``src/cratewatch/data/advisory-db.compiled``, the database an audit falls back to
when no newer one has been fetched. Re-run it when refreshing the snapshot and
commit the result; the RustSec data is CC0-1.0 (a few imported advisories are
CC-BY-4.0, named by their ``license`` field).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from cratewatch.advisories.database import SNAPSHOT_RESOURCE, build_database
from cratewatch.advisories.sources import RustSecDirectory

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "cratewatch" / "data" / SNAPSHOT_RESOURCE
LABEL = "RustSec advisory-db snapshot shipped with cratewatch"


def main(argv: Sequence[str] | None = None, output: Path = OUTPUT) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    database = build_database([RustSecDirectory(Path(args[0]))])
    database.info = database.info._replace(sources=(LABEL,))
    for problem in database.problems:
        print(f"warning: {problem}", file=sys.stderr)
    database.save(output)
    print(
        f"{output.name}: {database.info.advisory_count} advisories, {output.stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
