"""Run DataDog's GuardDog on local crate directories, to compare its verdicts with ours.

    python benchmarks/_guarddog.py [--venv DIR] [--workers N] [--sample N] PATH...

Each PATH is a crate directory (or a ``.crate`` archive), or a directory of crates such
as Debian's ``/usr/share/cargo/registry`` (every subdirectory with a ``Cargo.toml``).
Prints a JSON summary: GuardDog's version, per-crate results, how many crates any rule
matched, per-rule counts and timings.

GuardDog lives in its own venv (default: ``<tmp>/guarddog-venv``), created on first use,
because its pinned dependencies must not leak into cratewatch's environment.
What GuardDog 3.2 does with a local crate, read from its source:

* ``guarddog crates scan DIR --output-format json`` runs only its YARA source rules
  (no semgrep any more, and the ``crates`` ecosystem has no metadata rules), sandboxed
  with Landlock through nono-py, which also blocks the network during the scan.
* Every invocation imports the typosquatting detectors of all ecosystems, and those
  try to refresh their "top packages" lists from the internet when the bundled copy
  is over 30 days old (3.2.0 ships lists stamped June 2026), writing the new list into
  site-packages.  We point ``GUARDDOG_TOP_PACKAGES_CACHE_LOCATION`` at a copy of the
  bundled lists stamped as fresh, so a run never touches the network.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

GUARDDOG_REQUIREMENT = "guarddog>=3.2"
DEFAULT_VENV = Path(tempfile.gettempdir()) / "guarddog-venv"
# The folder (inside the venv) holding our fresh-stamped copy of the top-packages lists.
_CACHE_DIR_NAME = "cratewatch-guarddog-cache"
# Restamp the copy when it is older than this, well inside GuardDog's 30-day expiry.
_CACHE_MAX_AGE = 24 * 3600.0


def _venv_bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def ensure_guarddog(venv: Path) -> Path:
    """GuardDog's executable in ``venv``, creating the venv and installing it as needed.

    ``pip install`` of a requirement already met is a quick no-op that needs no index,
    so this is cheap to call before every benchmark run.
    """
    python = _venv_bin(venv, "python")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", GUARDDOG_REQUIREMENT],
        check=True,
    )
    exe = _venv_bin(venv, "guarddog")
    if not exe.exists():
        raise FileNotFoundError(f"pip installed {GUARDDOG_REQUIREMENT} but {exe} is missing")
    _offline_cache(exe)
    return exe


def _offline_cache(exe: Path) -> Path:
    """A top-packages cache folder that GuardDog will not try to refresh from the network.

    Copies the lists bundled with GuardDog next to the venv, with ``downloaded_timestamp``
    set to now; files are replaced atomically so parallel scans never read half a file.
    """
    venv = exe.parent.parent
    cache = venv / _CACHE_DIR_NAME
    stamp = cache / ".stamp"
    if stamp.exists() and time.time() - stamp.stat().st_mtime < _CACHE_MAX_AGE:
        return cache
    bundled = sorted(
        venv.glob("lib/python3*/site-packages/guarddog/analyzer/metadata/resources")
    ) + sorted(venv.glob("Lib/site-packages/guarddog/analyzer/metadata/resources"))
    if not bundled:
        raise FileNotFoundError(f"no guarddog resources folder under {venv}")
    cache.mkdir(exist_ok=True)
    now = int(time.time())
    for source in bundled[-1].iterdir():
        if not source.is_file():
            continue
        content = source.read_bytes()
        if source.suffix == ".json":
            data = json.loads(content)
            if isinstance(data, dict) and isinstance(data.get("packages"), list):
                data["downloaded_timestamp"] = now
                content = json.dumps(data).encode()
        _write_atomically(cache / source.name, content)
    _write_atomically(stamp, str(now).encode())
    return cache


def _write_atomically(path: Path, content: bytes) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_bytes(content)
    partial.replace(path)


def guarddog_version(exe: Path) -> str:
    """GuardDog's version as it prints it (e.g. ``3.2.0``), to record with the results."""
    done = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=_env(exe), check=True
    )
    return done.stdout.strip()


def _env(exe: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["GUARDDOG_TOP_PACKAGES_CACHE_LOCATION"] = str(_offline_cache(exe))
    env["PYTHONWARNINGS"] = "ignore"  # keep stderr for real errors
    return env


class GuardDogResult(NamedTuple):
    """GuardDog's verdict on one crate.

    ``flagged`` is true when any rule matched, capability rules included (e.g. any
    ``Command::new(``), which is how a naive user reads its output; ``risk_label`` is
    GuardDog's own correlated verdict (a capability and a threat indicator together),
    the fairer one to compare with cratewatch's "malicious/suspicious".
    """

    path: Path
    flagged: bool
    rules: tuple[str, ...]
    seconds: float
    error: str | None
    risk_score: float | None = None
    risk_label: str | None = None

    @property
    def threats(self) -> tuple[str, ...]:
        """The matched rules that are threat indicators rather than mere capabilities."""
        return tuple(rule for rule in self.rules if rule.startswith("threat-"))


def _parse_report(stdout: str) -> dict[str, Any]:
    """GuardDog's JSON report: one object on stdout (logs go to stderr)."""
    text = stdout.strip()
    try:
        report = json.loads(text)
    except json.JSONDecodeError:
        # Tolerate stray lines around the object (e.g. a library printing to stdout).
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end < start:
            raise
        report = json.loads(text[start : end + 1])
    if not isinstance(report, dict):
        raise ValueError(f"expected a JSON object, got {type(report).__name__}")
    return report


def _matched_rules(report: dict[str, Any]) -> tuple[str, ...]:
    """Rules with at least one finding: ``results`` maps each rule run to its findings.

    A source rule maps to a list of findings, or to ``{}`` when nothing matched; a
    metadata rule (none for crates in 3.2) maps to a message, or ``null``.
    """
    results = report.get("results") or {}
    if not isinstance(results, dict):
        return ()
    return tuple(sorted(rule for rule, findings in results.items() if findings))


def run_guarddog(
    exe: Path, crate_dir: Path, timeout: float = 300, *, sandbox: bool = True
) -> GuardDogResult:
    """Scan one local crate directory (or ``.crate`` archive) with GuardDog, offline.

    ``sandbox=False`` passes ``--no-sandbox``, needed where the kernel lacks Landlock
    (GuardDog then refuses to scan rather than scanning unprotected).  A target that
    is not an existing path is never passed on: GuardDog would take it for a crate
    name and download that crate from crates.io.
    """
    if not crate_dir.exists():
        return GuardDogResult(crate_dir, False, (), 0.0, "no such file or directory")
    command = [
        str(exe),
        "crates",
        "scan",
        str(crate_dir.resolve()),
        "--output-format",
        "json",
        "--sandbox" if sandbox else "--no-sandbox",
    ]
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, env=_env(exe), timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        elapsed = time.perf_counter() - started
        return GuardDogResult(crate_dir, False, (), elapsed, f"timed out after {timeout:g} s")
    except OSError as exc:
        return GuardDogResult(crate_dir, False, (), time.perf_counter() - started, str(exc))
    elapsed = time.perf_counter() - started
    try:
        report = _parse_report(done.stdout)
    except ValueError:  # includes json.JSONDecodeError
        detail = _last_line(done.stderr) or _last_line(done.stdout) or "no output"
        return GuardDogResult(crate_dir, False, (), elapsed, f"exit {done.returncode}: {detail}")
    rules = _matched_rules(report)
    error = None
    if done.returncode != 0:
        error = f"exit {done.returncode}: {_last_line(done.stderr) or 'no message'}"
    elif report.get("errors"):
        # Per-rule failures (e.g. a YARA rule that did not compile): the other rules ran.
        error = "rule errors: " + json.dumps(report["errors"], sort_keys=True)
    risk = report.get("risk_score")
    score = label = None
    if isinstance(risk, dict):
        if isinstance(risk.get("score"), int | float):
            score = float(risk["score"])
        if isinstance(risk.get("label"), str):
            label = risk["label"]
    return GuardDogResult(crate_dir, bool(rules), rules, elapsed, error, score, label)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run_guarddog_all(
    exe: Path,
    crate_dirs: Iterable[Path],
    workers: int = 2,
    *,
    timeout: float = 300,
    sandbox: bool = True,
) -> list[GuardDogResult]:
    """Scan many crates, ``workers`` GuardDog processes at a time, in the input order.

    Threads suffice: each one only waits on its subprocess.
    """
    crates = list(crate_dirs)
    _offline_cache(exe)  # once, before the threads race to restamp it
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(
            pool.map(lambda crate: run_guarddog(exe, crate, timeout, sandbox=sandbox), crates)
        )


def expand_crates(paths: Sequence[Path]) -> list[Path]:
    """Crate directories and archives in ``paths``; a folder of crates stands for each one."""
    crates: list[Path] = []
    for path in paths:
        if path.is_dir() and not (path / "Cargo.toml").is_file():
            crates.extend(p for p in sorted(path.iterdir()) if (p / "Cargo.toml").is_file())
        else:
            crates.append(path)
    return crates


def evenly_spaced(items: Sequence[Path], count: int) -> list[Path]:
    """``count`` items spread over the whole (sorted) list, so a sample is not all "a*"."""
    if count <= 0 or count >= len(items):
        return list(items)
    return [items[i * len(items) // count] for i in range(count)]


def summarize(results: Sequence[GuardDogResult], wall: float, workers: int) -> dict[str, Any]:
    """Counts and timings of a run, for a person to read or a benchmark to record."""
    seconds = sorted(r.seconds for r in results)
    return {
        "crates": len(results),
        "workers": workers,
        "wall_seconds": round(wall, 2),
        "seconds_per_crate": {
            "mean": round(sum(seconds) / len(seconds), 3) if seconds else None,
            "median": round(seconds[len(seconds) // 2], 3) if seconds else None,
            "max": round(seconds[-1], 3) if seconds else None,
        },
        "flagged": sum(r.flagged for r in results),
        "with_threat_rule": sum(bool(r.threats) for r in results),
        "risk_labels": dict(Counter(r.risk_label or "none" for r in results).most_common()),
        "errors": sum(r.error is not None for r in results),
        "rules": dict(Counter(rule for r in results for rule in r.rules).most_common()),
        "results": [
            {
                "path": str(r.path),
                "flagged": r.flagged,
                "rules": list(r.rules),
                "risk_score": r.risk_score,
                "risk_label": r.risk_label,
                "seconds": round(r.seconds, 3),
                "error": r.error,
            }
            for r in results
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="crates, archives or crate folders")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="GuardDog's own venv")
    parser.add_argument("--workers", type=int, default=2, help="GuardDog processes at a time")
    parser.add_argument("--sample", type=int, default=0, help="scan N evenly spaced crates")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per crate")
    parser.add_argument("--no-sandbox", action="store_true", help="for kernels without Landlock")
    args = parser.parse_args()
    exe = ensure_guarddog(args.venv)
    crates = evenly_spaced(expand_crates(args.paths), args.sample)
    started = time.perf_counter()
    results = run_guarddog_all(
        exe, crates, args.workers, timeout=args.timeout, sandbox=not args.no_sandbox
    )
    summary = {"guarddog": guarddog_version(exe)}
    summary |= summarize(results, time.perf_counter() - started, args.workers)
    json.dump(summary, sys.stdout, indent=2)
    print()
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
