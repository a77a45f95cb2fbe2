"""Replay a publish stream through the real service, and measure it.

    python benchmarks/service_replay.py [--versions N] [--rate PER_MINUTE] [--kill N]
        [--store sqlite|postgresql] [--workers 2] [--seed 1] [--progress]

A local registry replays ``N`` versions: every inert incident sample of
``tests/scan/incidents/`` (packed as crates.io packs a crate) at seeded random positions, and
benign versions made from real Rust sources (the clean incident samples and the Debian crates of
``/usr/share/cargo/registry`` when present), re-published under many names with successive
versions: several versions per crate, now and then a new dependency or a build script. The
archives are served over HTTP on 127.0.0.1 (a sparse registry with its ``config.json`` ``dl``
template) and a git index in crates.io-index layout grows in a temporary directory, one commit per
version at ``--rate`` versions a minute (exponential gaps, seeded), or one to five versions a
commit as fast as git commits with ``--rate 0``.

The service is the real one (``Service`` with a ``GitIndexFeed`` on the ``file://`` index, its
worker processes, a one-second poll), run in a process of its own so that ``--kill N`` can SIGKILL
it N times at random moments of the replay (alternately: its worker processes only, then every
process of the service at once), each time started again on the same store.

Prints: throughput (versions screened an hour, from the first publish to the last verdict),
publish-to-verdict latency (publish: when the index commit was made; verdict: the screening's
``screened`` time in the store), whether every malicious or suspicious incident sample was
flagged (risk medium or above, state ``needs-review``), how many benign versions were flagged, and
the store's screenings compared with the published list (every version screened exactly once).
Results are recorded in docs/service.md ("Measured").
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import io
import json
import logging
import multiprocessing
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import sqlalchemy as sa
import tomli

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from cratewatch.advisories.database import open_snapshot  # noqa: E402
from cratewatch.registry.interface import index_path  # noqa: E402
from cratewatch.service.feeds.git_index import GitIndexFeed  # noqa: E402
from cratewatch.service.model import Risk, TriageState  # noqa: E402
from cratewatch.service.runner import Service  # noqa: E402
from cratewatch.service.schema import jobs, screenings, versions  # noqa: E402
from cratewatch.service.store import Store  # noqa: E402
from cratewatch.service.worker import WorkerSettings  # noqa: E402
from tests.registry.support import IndexServer, serving  # noqa: E402
from tests.registry.test_download import set_dl  # noqa: E402

INCIDENTS = PROJECT_ROOT / "tests" / "scan" / "incidents"
DEBIAN_REGISTRY = Path("/usr/share/cargo/registry")
NEW_DEPENDENCIES = (
    "itoa", "memchr", "bitflags", "cfg-if", "log", "once_cell", "smallvec", "either",
    "hashbrown", "ryu", "bytes", "fnv",
)  # fmt: skip
BUILD_RS = (
    "fn main() {\n"
    '    println!("cargo:rerun-if-changed=build.rs");\n'
    '    if std::env::var("CARGO_FEATURE_STD").is_ok() {\n'
    '        println!("cargo:rustc-cfg=has_std");\n'
    "    }\n"
    "}\n"
)
SKIPPED_FILES = (".cargo-checksum.json",)


# -- the publish stream ------------------------------------------------------------------


@dataclass
class Release:
    """One version of the stream; ``files`` are packed when it is published."""

    name: str
    version: str
    files: dict[str, bytes]
    kind: str  # "malicious", "suspicious", "clean" (incident samples) or "benign"
    deps: list[str] = field(default_factory=list)
    data: bytes = b""
    checksum: str = ""
    published: dt.datetime | None = None


def read_tree(root: Path) -> dict[str, bytes]:
    return {
        f.relative_to(root).as_posix(): f.read_bytes()
        for f in sorted(root.rglob("*"))
        if f.is_file()
        and not f.is_symlink()
        and f.name not in SKIPPED_FILES
        and f.relative_to(root).parts[0] != "debian"
    }


def labels() -> dict[str, str]:
    data = tomli.loads((INCIDENTS / "labels.toml").read_text(encoding="utf-8"))
    return {str(s["dir"]): str(s["expected"]) for s in data["sample"]}


def incident_releases() -> list[Release]:
    expected = labels()
    made = []
    for sample in sorted(p for p in INCIDENTS.iterdir() if (p / "Cargo.toml").is_file()):
        package = tomli.loads((sample / "Cargo.toml").read_text(encoding="utf-8"))["package"]
        kind = expected.get(sample.name, "malicious")
        made.append(Release(package["name"], package["version"], read_tree(sample), kind))
    return made


def benign_sources(incidents: set[str]) -> list[dict[str, bytes]]:
    """Sources to re-publish: the clean incident samples, and Debian's crates when present."""
    expected = labels()
    roots = [INCIDENTS / d for d, kind in sorted(expected.items()) if kind == "clean"]
    if DEBIAN_REGISTRY.is_dir():
        roots += sorted(p for p in DEBIAN_REGISTRY.iterdir() if (p / "Cargo.toml").is_file())
    sources = []
    for root in roots:
        files = read_tree(root)
        try:
            tomli.loads(files["Cargo.toml"].decode())
        except (KeyError, UnicodeDecodeError, tomli.TOMLDecodeError):
            continue
        sources.append(files)
    return sources


def _set_key(manifest: str, key: str, value: str) -> str:
    pattern = re.compile(rf'^{key}\s*=\s*"[^"]*"', re.M)
    return pattern.sub(f'{key} = "{value}"', manifest, count=1)


def _dependencies(manifest: str) -> set[str]:
    try:
        return set(tomli.loads(manifest).get("dependencies", {}))
    except tomli.TOMLDecodeError:
        return set()


def crate_history(
    rng: random.Random, source: dict[str, bytes], name: str, count: int
) -> list[Release]:
    """``count`` successive versions of ``source`` named ``name``: patch and minor releases,
    a line of code changed in each, now and then a dependency or a build script added."""
    files = dict(source)
    manifest = files["Cargo.toml"].decode()
    deps: list[str] = []
    major, minor, patch = 0, rng.randint(1, 9), 0
    made = []
    lib = next((p for p in ("src/lib.rs", "src/main.rs") if p in files), None)
    for number in range(count):
        if number:
            if rng.random() < 0.25:
                minor, patch = minor + 1, 0
            else:
                patch += 1
            roll = rng.random()
            if roll < 0.15:
                have = _dependencies(manifest) | {d.replace("-", "_") for d in deps}
                choices = [d for d in NEW_DEPENDENCIES if d not in have]
                if choices:
                    dep = rng.choice(choices)
                    deps.append(dep)
                    if re.search(r"^\[dependencies\]\s*$", manifest, re.M):
                        manifest = re.sub(
                            r"^\[dependencies\]\s*$",
                            f'[dependencies]\n{dep} = "1"',
                            manifest,
                            count=1,
                            flags=re.M,
                        )
                    else:
                        manifest += f'\n[dependencies]\n{dep} = "1"\n'
            elif (
                roll < 0.20
                and "build.rs" not in files
                and not re.search(r"^build\s*=", manifest, re.M)
            ):
                files["build.rs"] = BUILD_RS.encode()
                manifest = re.sub(
                    r'^(version\s*=\s*"[^"]*")', r'\1\nbuild = "build.rs"', manifest, count=1,
                    flags=re.M,
                )  # fmt: skip
            if lib is not None:
                files[lib] = files[lib] + f"\n// {major}.{minor}.{patch}\n".encode()
        version = f"{major}.{minor}.{patch}"
        text = _set_key(_set_key(manifest, "name", name), "version", version)
        made.append(
            Release(name, version, {**files, "Cargo.toml": text.encode()}, "benign", [*deps])
        )
    return made


def build_stream(rng: random.Random, total: int) -> list[Release]:
    incidents = incident_releases()
    taken = {r.name for r in incidents}
    sources = benign_sources(taken)
    histories: list[list[Release]] = []
    left = max(0, total - len(incidents))
    number = 0
    while left > 0:
        source = rng.choice(sources)
        base = tomli.loads(source["Cargo.toml"].decode())["package"]["name"]
        name = f"{base}-r{number}"
        number += 1
        count = min(left, rng.choice((1, 1, 2, 3, 4, 5, 6, 8, 12)))
        histories.append(crate_history(rng, source, name, count))
        left -= count
    # interleave: each history's versions in order, the histories mixed
    stream: list[Release] = []
    queues = [list(h) for h in histories]
    while queues:
        queue = rng.choice(queues)
        stream.append(queue.pop(0))
        if not queue:
            queues.remove(queue)
    for release in incidents:
        stream.insert(rng.randint(0, len(stream)), release)
    return stream


def pack(release: Release) -> bytes:
    """A tar.gz of ``<name>-<version>/...``, as crates.io packs a crate."""
    out = io.BytesIO()
    root = f"{release.name}-{release.version}"
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for member, data in sorted(release.files.items()):
            info = tarfile.TarInfo(f"{root}/{member}")
            info.size = len(data)
            info.mtime = 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


# -- the registry: archives over HTTP, a git index -----------------------------------------


class GitIndex:
    """A git repository in crates.io-index layout, committed to as the registry does."""

    def __init__(self, root: Path, dl: str) -> None:
        self.root = root
        root.mkdir(parents=True)
        self.env = {
            **os.environ,
            "GIT_AUTHOR_NAME": "bors",
            "GIT_AUTHOR_EMAIL": "bors@example.invalid",
            "GIT_COMMITTER_NAME": "bors",
            "GIT_COMMITTER_EMAIL": "bors@example.invalid",
            "GIT_CONFIG_NOSYSTEM": "1",
            "HOME": str(root),
        }
        self.git("init", "--quiet", "--initial-branch=master")
        # the workers download from the index's own `dl`, as from a git-only registry
        (root / "config.json").write_text(json.dumps({"dl": dl}) + "\n")
        self.commit("config")

    @property
    def url(self) -> str:
        return self.root.as_uri()

    def git(self, *args: str) -> None:
        subprocess.run(
            ["git", "-c", "commit.gpgsign=false", "-c", "gc.auto=0", *args],
            cwd=self.root, env=self.env, capture_output=True, check=True, timeout=120,
        )  # fmt: skip

    def add(self, line: str, name: str) -> None:
        rel = index_path(name)
        assert rel is not None
        file = self.root / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        with file.open("a", encoding="utf-8") as out:
            out.write(line + "\n")

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "--quiet", "-m", message)


def index_line(release: Release, pubtime: dt.datetime) -> str:
    deps: list[dict[str, object]] = [
        {"name": d, "req": "^1", "features": [], "optional": False, "default_features": True,
         "target": None, "kind": "normal"}
        for d in release.deps
    ]  # fmt: skip
    entry = {
        "name": release.name,
        "vers": release.version,
        "deps": deps,
        "cksum": release.checksum,
        "features": {},
        "yanked": False,
        "pubtime": pubtime.isoformat().replace("+00:00", "Z"),
    }
    return json.dumps(entry, separators=(",", ":"))


def publish_to(server: IndexServer, release: Release) -> None:
    """The archive served at crates.io's download path, its line in the sparse index."""
    release.data = pack(release)
    release.checksum = hashlib.sha256(release.data).hexdigest()
    rel = index_path(release.name)
    assert rel is not None
    sparse = server.root / rel
    sparse.parent.mkdir(parents=True, exist_ok=True)
    with sparse.open("a", encoding="utf-8") as out:
        out.write(index_line(release, dt.datetime.now(dt.UTC)) + "\n")
    file = server.root / f"api/v1/crates/{release.name}/{release.version}/download"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(release.data)


class Publisher(threading.Thread):
    """Publishes the stream: at ``rate`` versions a minute (one a commit), or as fast as
    git commits (one to five a commit) with rate 0."""

    def __init__(
        self, stream: list[Release], server: IndexServer, index: GitIndex, rate: float, seed: int
    ) -> None:
        super().__init__(name="publisher", daemon=True)
        self.stream, self.server, self.index, self.rate = stream, server, index, rate
        self.rng = random.Random(seed + 1)
        self.done = threading.Event()
        self.published = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._run()
        except BaseException as exc:  # reported by the main thread
            self.error = exc
        finally:
            self.done.set()

    def _run(self) -> None:
        start = time.monotonic()
        due = 0.0
        at = 0
        while at < len(self.stream):
            if self.rate > 0:
                due += self.rng.expovariate(self.rate / 60.0)
                time.sleep(max(0.0, start + due - time.monotonic()))
                batch = self.stream[at : at + 1]
            else:
                batch = self.stream[at : at + self.rng.randint(1, 5)]
            for release in batch:
                publish_to(self.server, release)
                self.index.add(index_line(release, dt.datetime.now(dt.UTC)), release.name)
            self.index.commit(", ".join(f"Update crate `{r.name}#{r.version}`" for r in batch))
            committed = dt.datetime.now(dt.UTC)
            for release in batch:
                release.published = committed
            at += len(batch)
            self.published = at


# -- the service, in a process of its own ------------------------------------------------------


def run_service(
    store_url: str, settings: WorkerSettings, index_url: str, mirror: Path, workers: int,
    log_file: Path,
) -> None:  # fmt: skip
    """The body of the service's process: a session of its own (so that one signal reaches
    every process of it), the service until SIGTERM."""
    os.setsid()
    logging.basicConfig(
        filename=log_file, level=logging.WARNING, format="%(asctime)s %(process)d %(message)s"
    )
    service = Service(
        store_url,
        settings,
        [GitIndexFeed(index_url, mirror_dir=mirror)],
        workers=workers,
        poll_interval=1,
        advisories=open_snapshot,  # as serve: the known malware, synced before workers start
    )
    stopping = threading.Event()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    service.start()
    while not stopping.wait(0.2):
        pass
    service.stop()


class ServiceProcess:
    def __init__(self, *args: Any) -> None:
        context = multiprocessing.get_context("fork")
        self.process = context.Process(target=run_service, args=args, name="cratewatch-service")
        self.process.start()
        assert self.process.pid is not None
        self.pid: int = self.process.pid

    def workers(self) -> list[int]:
        """The service's worker processes (its python children; not a ``git`` it runs)."""
        found = []
        for task in Path(f"/proc/{self.pid}/task").glob("*"):
            with contextlib.suppress(OSError):
                for child in (task / "children").read_text().split():
                    cmdline = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")[0]
                    if not cmdline.endswith(b"git"):
                        found.append(int(child))
        return found

    def kill_workers(self) -> int:
        pids = self.workers()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return len(pids)

    def kill_all(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)
        self.process.join(30)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        self.process.join(60)
        if self.process.is_alive():
            self.kill_all()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)  # a screening child left behind, if any


# -- measuring ----------------------------------------------------------------------------


def screened_count(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(screenings)).scalar_one())


def finished_count(engine: sa.Engine) -> int:
    """Versions with a verdict, or whose job ended failed."""
    with engine.connect() as conn:
        screened = conn.execute(
            sa.select(sa.func.count(sa.distinct(screenings.c.version_id)))
        ).scalar_one()
        failed = conn.execute(
            sa.select(sa.func.count()).select_from(jobs).where(jobs.c.state == "failed")
        ).scalar_one()
    return int(screened) + int(failed)


@dataclass
class Outcome:
    store: str
    versions: int
    rate: float
    kills: list[str]
    wall: float
    rows: dict[tuple[str, str, str], tuple[Any, ...]]
    signals: dict[tuple[str, str, str], list[str]]
    failed: list[str]
    stream: list[Release]
    log_lines: int


def collect(engine: sa.Engine) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    query = (
        sa.select(
            versions.c.name, versions.c.version, versions.c.checksum,
            sa.func.count(screenings.c.id), versions.c.risk_rank, versions.c.state,
            sa.func.min(screenings.c.screened),
        )
        .select_from(versions.outerjoin(screenings, screenings.c.version_id == versions.c.id))
        .group_by(versions.c.id)
    )  # fmt: skip
    with engine.connect() as conn:
        return {(r[0], r[1], r[2]): tuple(r[3:]) for r in conn.execute(query)}


def collect_signals(engine: sa.Engine) -> dict[tuple[str, str, str], list[str]]:
    """The codes of each version's signals of medium risk or more."""
    query = sa.select(
        versions.c.name, versions.c.version, versions.c.checksum, screenings.c.signals
    ).select_from(versions.join(screenings, screenings.c.version_id == versions.c.id))
    found: dict[tuple[str, str, str], list[str]] = {}
    with engine.connect() as conn:
        for name, version, checksum, signals in conn.execute(query):
            codes = [
                f"{s['code']} ({s['risk']}): {s['message'][:120]}"
                for s in signals
                if Risk(s["risk"]).rank >= Risk.MEDIUM.rank
            ]
            found.setdefault((name, version, checksum), []).extend(codes)
    return found


def replay(args: argparse.Namespace, store_url: str, work: Path) -> Outcome:
    rng = random.Random(args.seed)
    stream = build_stream(rng, args.versions)
    served = work / "served"
    served.mkdir()
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
    with Store(store_url):
        pass  # the schema made before any process opens the store
    kills: list[str] = []
    log_file = work / "service.log"
    with serving(served) as server:
        set_dl(server, server.base_url + "api/v1/crates")
        index = GitIndex(work / "crates.io-index", server.base_url + "api/v1/crates")
        settings = WorkerSettings(work / "crates", server.base_url, lease=args.lease)
        service_args = (store_url, settings, index.url, work / "mirror", args.workers, log_file)
        service = ServiceProcess(*service_args)
        # no pooled connection a forked service could inherit
        engine = sa.create_engine(
            store_url.replace("postgresql://", "postgresql+psycopg://"),
            poolclass=sa.pool.NullPool,
            connect_args={"timeout": 30} if store_url.startswith("sqlite") else {},
        )
        try:
            deadline = time.monotonic() + 60
            while feed_cursor(store_url) is None:  # the feed's first poll marks the head
                if time.monotonic() > deadline:
                    raise SystemExit("the service's feed never polled the index")
                time.sleep(0.2)
            publisher = Publisher(stream, server, index, args.rate, args.seed)
            kill_at = sorted(rng.uniform(0.05, 0.9) * len(stream) for _ in range(args.kill))
            started = time.monotonic()
            publisher.start()
            last_progress, last_done = time.monotonic(), -1
            while True:
                time.sleep(1.0)
                if publisher.error is not None:
                    raise publisher.error
                done = finished_count(engine)
                if done != last_done:
                    last_progress, last_done = time.monotonic(), done
                if kill_at and done >= kill_at[0]:
                    kill_at.pop(0)
                    time.sleep(rng.uniform(0.0, 3.0))
                    if len(kills) % 2 == 0:
                        killed = service.kill_workers()
                        kills.append(f"SIGKILL {killed} workers at {finished_count(engine)}")
                        service.stop()
                    else:
                        service.kill_all()
                        kills.append(f"SIGKILL the service at {finished_count(engine)}")
                    service = ServiceProcess(*service_args)
                if publisher.done.is_set() and done >= len(stream):
                    break
                if time.monotonic() - last_progress > args.stall:
                    print(f"no progress for {args.stall:g} s: stopping", file=sys.stderr)
                    break
                if args.progress:
                    print(
                        f"{time.monotonic() - started:7.0f} s published {publisher.published} "
                        f"finished {done}",
                        file=sys.stderr,
                        flush=True,
                    )
            wall = time.monotonic() - started
        finally:
            service.stop()
        rows = collect(engine)
        signals = collect_signals(engine)
        with engine.connect() as conn:
            query = sa.select(jobs.c.payload, jobs.c.last_error).where(jobs.c.state == "failed")
            failed = [f"{payload}: {error}" for payload, error in conn.execute(query)]
        engine.dispose()
    log_lines = len(log_file.read_text().splitlines()) if log_file.exists() else 0
    return Outcome(
        args.store, len(stream), args.rate, kills, wall, rows, signals, failed, stream, log_lines
    )


def feed_cursor(store_url: str) -> str | None:
    with Store(store_url) as store:
        return store.cursor(GitIndexFeed.name)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(outcome: Outcome) -> None:
    by_rank = {risk.rank: risk for risk in Risk}
    published = {(r.name, r.version, r.checksum): r for r in outcome.stream}
    counts = {key: outcome.rows.get(key, (0, None, None, None))[0] for key in published}
    missing = [k for k, c in counts.items() if c == 0]
    twice = [k for k, c in counts.items() if c > 1]
    unknown = [k for k in outcome.rows if k not in published]
    latencies = []
    verdicts = []
    for key, release in published.items():
        row = outcome.rows.get(key)
        if row and row[3] is not None and release.published is not None:
            screened = row[3] if row[3].tzinfo else row[3].replace(tzinfo=dt.UTC)
            latencies.append((screened - release.published).total_seconds())
            verdicts.append(screened)
    firsts = [r.published for r in outcome.stream if r.published is not None]
    span = (max(verdicts) - min(firsts)).total_seconds() if verdicts and firsts else 1.0

    def flagged(release: Release) -> bool:
        row = outcome.rows.get((release.name, release.version, release.checksum))
        if row is None or row[1] is None:
            return False
        return bool(
            by_rank[row[1]].rank >= Risk.MEDIUM.rank and row[2] == TriageState.NEEDS_REVIEW.value
        )

    kinds: dict[str, list[Release]] = {}
    for release in outcome.stream:
        kinds.setdefault(release.kind, []).append(release)
    missed = [f"{r.name} {r.version}" for r in kinds.get("malicious", []) if not flagged(r)]
    missed += [f"{r.name} {r.version}" for r in kinds.get("suspicious", []) if not flagged(r)]
    figures = [
        ("store", outcome.store),
        ("versions published", str(outcome.versions)),
        ("rate (versions/min)", "as fast as possible" if not outcome.rate else f"{outcome.rate:g}"),
        ("wall time (s)", f"{outcome.wall:.0f}"),
        ("screened (versions with a verdict)", str(len(latencies))),
        ("first publish to last verdict (s)", f"{span:.0f}"),
        ("throughput (versions screened/hour)", f"{len(latencies) / span * 3600:,.0f}"),
        ("latency p50 (s)", f"{statistics.median(latencies):.1f}" if latencies else "-"),
        ("latency p99 (s)", f"{percentile(latencies, 0.99):.1f}" if latencies else "-"),
        ("latency max (s)", f"{max(latencies):.1f}" if latencies else "-"),
    ]  # fmt: skip
    for kind in ("malicious", "suspicious", "clean", "benign"):
        group = kinds.get(kind, [])
        label = "incident samples" if kind != "benign" else "re-published versions"
        figures.append(
            (f"{kind} {label} flagged", f"{sum(flagged(r) for r in group)}/{len(group)}")
        )
    figures += [
        ("kills", "; ".join(outcome.kills) or "none"),
        ("published, never screened", str(len(missing))),
        ("screened more than once", str(len(twice))),
        ("in the store, never published", str(len(unknown))),
        ("jobs failed", str(len(outcome.failed))),
        ("service warnings logged", str(outcome.log_lines)),
    ]
    width = max(len(k) for k, _ in figures)
    print(f"| {'figure':<{width}} | value |\n|{'-' * (width + 2)}|---|")
    for figure, value in figures:
        print(f"| {figure:<{width}} | {value} |")
    for line in missed:
        print(f"not flagged: {line}")
    causes: dict[str, int] = {}
    for release in kinds.get("clean", []) + kinds.get("benign", []):
        if flagged(release):
            for signal_ in outcome.signals.get(
                (release.name, release.version, release.checksum), []
            ):
                code = signal_.split(":")[0]
                causes[code] = causes.get(code, 0) + 1
            if release.kind == "clean":
                print(f"clean sample flagged: {release.name} {release.version}")
                for signal_ in outcome.signals.get(
                    (release.name, release.version, release.checksum), []
                ):
                    print(f"    {signal_}")
    for code, count in sorted(causes.items(), key=lambda item: -item[1]):
        print(f"signal of flagged clean or benign versions: {code}: {count}")
    for name, version, _ in missing[:20]:
        print(f"never screened: {name} {version}")
    for failure in outcome.failed[:20]:
        print(f"failed: {failure}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=0.0, help="versions a minute; 0: at once")
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--kill", type=int, default=0, help="SIGKILLs during the replay")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--lease", type=float, default=60.0, help="seconds (the default's)")
    parser.add_argument("--stall", type=float, default=300.0, help="give up after no progress")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--progress", action="store_true", help="a line a second on stderr")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="service-replay-") as tmp:
        work = Path(tmp)
        if args.store == "sqlite":
            outcome = replay(args, f"sqlite:///{work / 'service.sqlite3'}", work)
        else:
            from tests.service.postgres import create_database, running_server

            with running_server() as server:
                outcome = replay(args, create_database(server, "replay"), work)
    report(outcome)
    return 0


if __name__ == "__main__":
    sys.exit(main())
