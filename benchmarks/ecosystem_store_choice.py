"""Why the ecosystem store is numpy files: the cost of getting the dependency columns.

    python benchmarks/ecosystem_store_choice.py STORE

Every exposure question reads the dependency rows' columns (source version, crate,
flags, selected-version ranges). This script puts the same columns of an existing
store into a DuckDB database file and an SQLite file, then measures, in a fresh
process each, how long it takes to have them as numpy arrays: what every command
would pay before computing anything. Figures are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from cratewatch.ecosystem.store import Store

COLUMNS = ("dep_from", "dep_crate", "dep_flags", "dep_lo", "dep_hi", "dep_pre_lo", "dep_pre_hi")

_NUMPY = """
import sys, time, numpy as np
from cratewatch.ecosystem.store import Store
t = time.perf_counter()
s = Store(sys.argv[1])
total = sum(int(np.asarray(getattr(s, c)).sum() % 7) for c in sys.argv[2:])
print(time.perf_counter() - t)
"""
_DUCKDB = """
import sys, time, duckdb
t = time.perf_counter()
con = duckdb.connect(sys.argv[1], read_only=True)
cols = con.execute("SELECT * FROM deps").fetchnumpy()
print(time.perf_counter() - t)
"""
_SQLITE = """
import sys, time, sqlite3, numpy as np
t = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
rows = con.execute("SELECT * FROM deps").fetchall()
cols = np.array(rows, dtype=np.int64)
print(time.perf_counter() - t)
"""


def fresh(script: str, *args: str) -> float:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return float(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    args = parser.parse_args()
    store = Store(args.store)
    arrays = {c: np.asarray(getattr(store, c)) for c in COLUMNS}
    rows = len(arrays["dep_from"])
    print(f"{rows:,} dependency rows, {len(COLUMNS)} columns\n")
    with tempfile.TemporaryDirectory(prefix="cratewatch-store-choice-") as tmp:
        csv = Path(tmp) / "deps.csv"
        np.savetxt(csv, np.column_stack([arrays[c] for c in COLUMNS]), fmt="%d", delimiter=",")

        import duckdb

        duck = str(Path(tmp) / "deps.duckdb")
        con = duckdb.connect(duck)
        names = ", ".join(f"column{i:d} AS {c}" for i, c in enumerate(COLUMNS))
        con.execute(f"CREATE TABLE deps AS SELECT {names} FROM read_csv('{csv}', header=false)")
        con.close()

        import sqlite3

        lite = str(Path(tmp) / "deps.sqlite")
        db = sqlite3.connect(lite)
        db.execute(f"CREATE TABLE deps ({', '.join(f'{c} INTEGER' for c in COLUMNS)})")
        marks = ", ".join("?" * len(COLUMNS))
        matrix = np.column_stack([arrays[c] for c in COLUMNS]).tolist()
        db.executemany(f"INSERT INTO deps VALUES ({marks})", matrix)
        db.commit()
        db.close()

        print("| columns as numpy arrays, fresh process | seconds |")
        print("|---|---|")
        for label, script, target in (
            ("numpy store (np.load, memory-mapped, every page read)", _NUMPY, str(args.store)),
            ("DuckDB file (SELECT *, fetchnumpy)", _DUCKDB, duck),
            ("SQLite file (SELECT *, fetchall, np.array)", _SQLITE, lite),
        ):
            extra = COLUMNS if script is _NUMPY else ()
            best = min(fresh(script, target, *extra) for _ in range(3))
            print(f"| {label} | {best:.3f} |")


if __name__ == "__main__":
    main()
