"""Small random registries written as real index directories, and brute-force answers."""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from cratewatch.errors import VersionError
from cratewatch.model.version import Version, VersionReq
from cratewatch.registry.interface import index_path

Record = dict[str, Any]

_PRE = ("alpha", "alpha.1", "beta.2", "rc.1", "0")


def index_dep(name: str, req: str, *features: str, **extra: Any) -> Record:
    """A dependency as an index line holds it; ``kind=...`` leaves ``kind`` out."""
    dep: Record = {
        "name": name,
        "req": req,
        "features": list(features),
        "optional": False,
        "default_features": True,
        "target": None,
        "kind": "normal",
        **extra,
    }
    return {k: v for k, v in dep.items() if v is not ...}


def index_record(name: str, vers: str, deps: list[Record], **extra: Any) -> Record:
    """One index line: a version of a crate with its dependencies."""
    record: Record = {
        "name": name,
        "vers": vers,
        "deps": deps,
        "cksum": hashlib.sha256(f"{name} {vers}".encode()).hexdigest(),
        "features": {},
        "yanked": False,
    }
    record.update(extra)
    return record


def random_version(rng: random.Random) -> str:
    major = rng.choice((0, 0, 1, 1, 2))
    text = f"{major}.{rng.randrange(4)}.{rng.randrange(4)}"
    if rng.random() < 0.15:
        text += "-" + rng.choice(_PRE)
    if rng.random() < 0.05:
        text += "+build.1"
    return text


def random_requirement(rng: random.Random, versions: list[str]) -> str:
    base = Version.parse(rng.choice(versions)) if versions else Version(0, 1, 0)
    m, n, p = base.major, base.minor, base.patch
    pre = f"-{base.pre}" if base.pre and rng.random() < 0.5 else ""
    return rng.choice(
        (
            f"^{m}.{n}.{p}{pre}",
            f"{m}.{n}.{p}",
            f"{m}.{n}",
            f"{m}",
            f"~{m}.{n}.{p}{pre}",
            f"~{m}.{n}",
            f"={m}.{n}.{p}{pre}",
            f"={m}.{n}",
            f">={m}.{n}, <{m + 1}",
            f">{m}.{n}.{p}{pre}",
            f"<={m}.{n}",
            f"<{m}.{n}.{p}{pre}",
            "*",
            f"{m}.*",
            f"{m}.{n}.*",
            f">={m}.{n}.{p}{pre}, <={m}.{n + 1}",
            f">={m}.{n}.{p}-alpha, <{m + 1}.0.0-beta",  # pre-releases of two versions
            "not a requirement",
        )
    )


def random_registry(rng: random.Random, crates: int = 12) -> list[Record]:
    """Index records of a random registry: cycles, renames, every kind, yanked versions."""
    names = [f"crate-{i}" if i % 3 else f"crate_{i}" for i in range(crates)]
    versions = {
        name: sorted({random_version(rng) for _ in range(rng.randrange(1, 7))}) for name in names
    }
    records: list[Record] = []
    for name in names:
        for vers in versions[name]:
            deps = []
            for _ in range(rng.randrange(0, 4)):
                target = rng.choice(names)
                dep: Record = {
                    "name": target,
                    "req": random_requirement(rng, versions[target]),
                    "features": [],
                    "optional": rng.random() < 0.25,
                    "default_features": True,
                    "target": "cfg(windows)" if rng.random() < 0.1 else None,
                }
                roll = rng.random()
                if roll < 0.15:
                    dep["kind"] = "dev"
                elif roll < 0.25:
                    dep["kind"] = "build"
                elif roll < 0.6:
                    dep["kind"] = "normal"
                # else: no "kind" at all, as in old index entries
                if rng.random() < 0.1:
                    dep["package"], dep["name"] = target, f"renamed_{target.replace('-', '_')}"
                deps.append(dep)
            records.append(
                {
                    "name": name,
                    "vers": vers,
                    "deps": deps,
                    "cksum": "0" * 64,
                    "features": {},
                    "yanked": rng.random() < 0.1,
                }
            )
    return records


def write_index(records: list[Record], root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "config.json").write_text('{"dl": "http://127.0.0.1/dl"}')
    by_crate: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_crate[record["name"]].append(record)
    for name, lines in by_crate.items():
        rel = index_path(name)
        assert rel is not None
        file = root / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("".join(json.dumps(r) + "\n" for r in lines))
    return root


def _parse_req(text: str) -> VersionReq | None:
    try:
        return VersionReq.parse(text)
    except VersionError:
        return None


def brute_force_exposure(
    records: list[Record],
    crate: str,
    affected: set[str],
    *,
    optional: bool = True,
    include_yanked: bool = True,
) -> dict[tuple[str, str], int]:
    """(crate, version) -> shortest chain length, by repeated passes over every pair."""
    nodes = [(r["name"], r["vers"]) for r in records]
    yanked = {(r["name"], r["vers"]) for r in records if r["yanked"]}
    parsed = {node: Version.parse(node[1]) for node in nodes}
    level: dict[tuple[str, str], int] = {
        node: 0
        for node in nodes
        if node[0] == crate and node[1] in affected and (include_yanked or node not in yanked)
    }
    k = 0
    while True:
        k += 1
        frontier = {n for n, lv in level.items() if lv == k - 1}
        if not frontier:
            return level
        for record in records:
            node = (record["name"], record["vers"])
            if node in level or (not include_yanked and node in yanked):
                continue
            for dep in record["deps"]:
                if dep.get("kind") == "dev" or (dep["optional"] and not optional):
                    continue
                req = _parse_req(dep["req"])
                target = dep.get("package", dep["name"])
                if req is not None and any(
                    t == target and req.matches(parsed[(t, v)]) for t, v in frontier
                ):
                    level[node] = k
                    break
