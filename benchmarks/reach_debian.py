"""``cratewatch reach`` on real code: projects made of Debian's packaged crates.

Usage:
    python benchmarks/reach_debian.py [--corpus DIR] [--db PATH] [ROOT ...]

Each ROOT (a crate of Debian's ``librust-*-dev`` packages, ``name-version``; by default a
few applications and large libraries) becomes a project: its own sources are the
workspace, and its dependencies are resolved among the packaged crates as Cargo would
(the highest version each requirement accepts; normal and build dependencies,
optional ones too, as Cargo's lockfile holds them), written into a ``Cargo.lock``. The
project is then audited and each advisory finding answered from the sources alone, cold
(nothing kept from an earlier run), with the packaged crates as ``--sources``.

Prints, per project: packages, megabytes of Rust, findings and how many are reachable,
not reachable (by reason) or unknown, the wall and CPU time of the whole command and
its peak memory, then the same command run again warm (with what the first run kept in
the cache); then every finding's answer, for spot checks.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import tomli
from _common import add_corpus_option

from cratewatch.model.version import Version, VersionReq

DEFAULT_ROOTS = [
    "cargo-0.66.0",
    "sequoia-openpgp-1.12.0",
    "reqwest-0.11.13",
    "tokio-1.24.2",
]
DEFAULT_DB = Path(__file__).resolve().parents[2] / "shared" / "data" / "advisory-db"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_option(parser)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("roots", nargs="*", default=DEFAULT_ROOTS)
    args = parser.parse_args()
    from scan_debian import fetch_corpus

    registry = fetch_corpus(args.corpus)
    crates = _index(registry)
    for root in args.roots:
        with tempfile.TemporaryDirectory(prefix="cratewatch-reach-") as work:
            project = _project(registry, crates, root, Path(work))
            if project is not None:
                _measure(project, root, registry, args.db, Path(work))


def _index(registry: Path) -> dict[str, list[tuple[Version, Path]]]:
    crates: dict[str, list[tuple[Version, Path]]] = {}
    for directory in sorted(registry.iterdir()):
        manifest = _manifest(directory)
        package = manifest.get("package") or {}
        try:
            version = Version.parse(str(package.get("version")))
        except ValueError:
            continue
        crates.setdefault(str(package.get("name")), []).append((version, directory))
    for versions in crates.values():
        versions.sort()
    return crates


def _manifest(directory: Path) -> dict[str, Any]:
    try:
        return tomli.loads((directory / "Cargo.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomli.TOMLDecodeError):
        return {}


def _dependencies(manifest: dict[str, Any]) -> list[tuple[str, str]]:
    tables = [manifest.get("dependencies"), manifest.get("build-dependencies")]
    for target in (manifest.get("target") or {}).values():
        if isinstance(target, dict):
            tables += [target.get("dependencies"), target.get("build-dependencies")]
    found = []
    for table in tables:
        for key, spec in (table or {}).items():
            if isinstance(spec, str):
                spec = {"version": spec}
            if isinstance(spec, dict) and "path" not in spec:
                found.append((str(spec.get("package") or key), str(spec.get("version") or "*")))
    return found


def _project(
    registry: Path, crates: dict[str, list[tuple[Version, Path]]], root: str, work: Path
) -> Path | None:
    source = registry / root
    if not source.is_dir():
        print(f"{root}: not in the corpus", file=sys.stderr)
        return None
    return project_of(source, crates, work)


def project_of(source: Path, crates: dict[str, list[tuple[Version, Path]]], work: Path) -> Path:
    """A project made of the crate in ``source`` with its dependencies resolved among
    ``crates`` (the packaged ones), its lockfile written, in ``work / "project"``."""
    project = work / "project"
    shutil.copytree(source, project, symlinks=True)
    (project / ".cargo-checksum.json").unlink(missing_ok=True)
    chosen: dict[tuple[str, str], list[tuple[str, str]]] = {}
    root_manifest = _manifest(source)
    root_package = root_manifest["package"]
    queue = [(str(root_package["name"]), str(root_package["version"]), source)]
    seen: set[tuple[str, str]] = set()
    while queue:
        name, version, directory = queue.pop()
        if (name, version) in seen:
            continue
        seen.add((name, version))
        edges = []
        for dependency, requirement in _dependencies(_manifest(directory)):
            picked = _pick(crates.get(dependency, []), requirement)
            if picked is None:
                continue  # not packaged: left out, as a lockfile for other sources would
            edges.append((dependency, str(picked[0])))
            queue.append((dependency, str(picked[0]), picked[1]))
        chosen[(name, version)] = edges
    versions: dict[str, set[str]] = {}
    for name, version in chosen:
        versions.setdefault(name, set()).add(version)
    lines = ["version = 3", ""]
    for (name, version), edges in sorted(chosen.items()):
        lines += ["[[package]]", f'name = "{name}"', f'version = "{version}"']
        if (name, version) != (root_package["name"], root_package["version"]):
            lines.append('source = "registry+https://github.com/rust-lang/crates.io-index"')
            lines.append(f'checksum = "{"0" * 64}"')
        if edges:
            shown = sorted(
                f"{d} {v}" if len(versions[d]) > 1 else d for d, v in dict.fromkeys(edges)
            )
            lines.append("dependencies = [" + ", ".join(f'"{e}"' for e in shown) + "]")
        lines.append("")
    (project / "Cargo.lock").write_text("\n".join(lines))
    return project


def _pick(available: list[tuple[Version, Path]], requirement: str) -> tuple[Version, Path] | None:
    try:
        accepts = VersionReq.parse(requirement)
    except ValueError:
        return available[-1] if available else None
    matching = [entry for entry in available if accepts.matches(entry[0])]
    return matching[-1] if matching else None


def _measure(project: Path, root: str, registry: Path, db: Path, work: Path) -> None:
    lock = tomli.loads((project / "Cargo.lock").read_text())
    packages = len(lock["package"])
    rust = sum(
        f.stat().st_size
        for package in lock["package"]
        for f in (registry / f"{package['name']}-{package['version']}").rglob("*.rs")
        if f.is_file()
    )
    command = [
        sys.executable, "-m", "cratewatch", "reach", str(project), "--db", str(db),
        "--offline", "--sources", str(registry), "--format", "json",
    ]  # fmt: skip
    environment = {**os.environ, "CRATEWATCH_CACHE_DIR": str(work / "cache")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    # warm: the same command again, with what the first run kept
    started = time.perf_counter()
    again = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    warm = time.perf_counter() - started
    same = "the same answers" if again.stdout == result.stdout else "DIFFERENT answers"
    if not result.stdout.startswith("{"):
        print(f"{project.name}: {result.stderr.strip()}")
        return
    document = json.loads(result.stdout)
    findings = document["findings"]
    states = Counter(f["state"] for f in findings)
    reasons = Counter(f["reason"] for f in findings if f["reason"])
    name = root
    print(
        f"{name}: {packages} packages, {rust / 1e6:.1f} MB of Rust; {len(findings)} findings: "
        f"{states['reachable']} reachable, {states['not-reachable']} not reachable "
        f"({dict(reasons)}), {states['unknown']} unknown; cold {wall:.1f} s, {cpu:.1f} CPU-s, "
        f"peak {after.ru_maxrss / 1024:.0f} MB (the largest child so far); warm {warm:.2f} s, "
        f"{same}"
    )
    for finding in findings:
        package = finding["package"]
        print(
            f"  {finding['advisory']} {package['name']} {package['version']}: {finding['state']}"
            f" ({finding['reason'] or finding['phase']}) {finding['detail'][:150]}"
        )


if __name__ == "__main__":
    main()
