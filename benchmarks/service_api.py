"""API latency with a million versions in the store: a version's page and filtered lists.

    python benchmarks/service_api.py [--versions N] [--requests N] [--store sqlite|postgresql]

Fills a store (SQLite in a temporary directory, or a PostgreSQL server started as the
tests start theirs) with N versions of N/10 crates, each screened with a few signals and
a triage row, written in bulk straight into the tables (the service's own path writes one
version per transaction: a million would take hours, and the API reads the same rows).
Then serves the API with uvicorn on 127.0.0.1 in a process of its own and times, from
another process, each request as a whole (connection reused): one version's JSON, the
newest versions, versions needing review, versions of risk high or worse, one crate's
versions. Prints p50, p99 and max per request kind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
import sqlalchemy as sa

from cratewatch.service.model import Role
from cratewatch.service.schema import screenings, triage_log, versions
from cratewatch.service.store import Store
from tests.service.ports import free_port

_STATES = ("auto-clean", "auto-clean", "auto-clean", "needs-review", "false-positive")
_RISKS = ("none", "low", "medium", "high", "critical")  # by rank, as the store keeps them
_RANKS = (0, 0, 1, 2, 3, 4)  # how often each rank is drawn
_BATCH = 20_000


def fill(store: Store, count: int, seed: int = 7) -> None:
    """``count`` screened versions of ``count // 10`` crates, in bulk."""
    rng = random.Random(seed)
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    crates = max(1, count // 10)
    done = 0
    while done < count:
        size = min(_BATCH, count - done)
        rows: list[dict[str, Any]] = []
        for i in range(done, done + size):
            crate = f"crate-{i % crates}"
            rank = rng.choice(_RANKS)
            rows.append(
                {
                    "id": i + 1,
                    "name": crate,
                    "crate": crate,
                    "version": f"{i // crates}.{i % 7}.0",
                    "checksum": f"{i:064x}",
                    "first_seen": start + dt.timedelta(seconds=30 * i),
                    "published": start + dt.timedelta(seconds=30 * i),
                    "source": "git-index",
                    "index_line": None,
                    "crate_path": None,
                    "yanked": False,
                    "risk_rank": rank,
                    "state": rng.choice(_STATES),
                    "screened": start + dt.timedelta(seconds=30 * i + 20),
                }
            )
        signals = [{"code": "scan-suspicious", "risk": "medium", "message": "a threat"}]
        with store.engine.begin() as conn:
            conn.execute(sa.insert(versions), rows)
            conn.execute(
                sa.insert(screenings),
                [
                    {
                        "version_id": r["id"],
                        "rules_version": "bench",
                        "risk": _RISKS[r["risk_rank"]],
                        "signals": signals if r["risk_rank"] else [],
                        "scan": None,
                        "diff": None,
                        "screened": r["screened"],
                    }
                    for r in rows
                ],
            )
            conn.execute(
                sa.insert(triage_log),
                [
                    {
                        "version_id": r["id"],
                        "state": r["state"],
                        "who": "cratewatch",
                        "at": r["screened"],
                        "why": "screened",
                    }
                    for r in rows
                ],
            )
        done += size
        print(f"  {done:,} versions written", file=sys.stderr, end="\r")
    print(file=sys.stderr)


def _serve(url: str, port: int) -> None:
    import uvicorn

    from cratewatch.service.api import create_app

    uvicorn.run(create_app(Store(url)), host="127.0.0.1", port=port, log_level="warning")


def measure(base: str, token: str, count: int, requests: int) -> dict[str, list[float]]:
    crates = max(1, count // 10)
    rng = random.Random(11)
    kinds: dict[str, Any] = {
        "version page (JSON)": lambda: (
            f"/api/v1/versions/crate-{(i := rng.randrange(count)) % crates}/{i // crates}.{i % 7}.0"
        ),
        "newest 50": lambda: "/api/v1/versions?limit=50",
        "needs-review, 50": lambda: "/api/v1/versions?state=needs-review&limit=50",
        "risk >= high, 50": lambda: "/api/v1/versions?risk=high&limit=50",
        "one crate's versions": lambda: f"/api/v1/versions?crate=crate-{rng.randrange(crates)}",
    }
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, trust_env=False, timeout=30) as client:
        for kind, path in kinds.items():
            for _ in range(5):  # warm: the first requests load code and pages
                client.get(path())
            for _ in range(requests):
                started = time.perf_counter()
                answer = client.get(path())
                times[kind].append(time.perf_counter() - started)
                if answer.status_code != 200:
                    raise SystemExit(f"{kind}: HTTP {answer.status_code}: {answer.text[:200]}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.store == "postgresql":
            from tests.service.postgres import create_database, running_server

            server_context: Any = running_server()
            server = server_context.__enter__()
            url = create_database(server, "api_bench")
        else:
            server_context = None
            url = f"sqlite:///{Path(scratch) / 'service.sqlite3'}"
        try:
            with Store(url) as store:
                started = time.perf_counter()
                fill(store, args.versions)
                print(f"filled {args.versions:,} versions in {time.perf_counter() - started:.0f} s")
                token = store.create_token("bench", Role.READER).secret
            port = free_port()
            process = multiprocessing.get_context("spawn").Process(target=_serve, args=(url, port))
            process.start()
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    httpx.get(base + "/api/v1/health", trust_env=False, timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            try:
                times = measure(base, token, args.versions, args.requests)
            finally:
                process.terminate()
                process.join()
        finally:
            if server_context is not None:
                server_context.__exit__(None, None, None)
    where = f"({args.store}, {args.versions:,} versions)"
    print(f"{'request':<24} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}  {where}")
    for kind, values in times.items():
        ordered = sorted(values)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        print(
            f"{kind:<24} {statistics.median(ordered) * 1000:>8.1f} {p99 * 1000:>8.1f}"
            f" {ordered[-1] * 1000:>8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
