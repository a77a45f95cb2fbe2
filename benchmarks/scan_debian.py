"""False alarms and throughput of ``cratewatch scan`` on Debian's packaged Rust crates.

    python benchmarks/scan_debian.py [--corpus DIR]

Debian's ``librust-*-dev`` packages hold real crate sources under
``/usr/share/cargo/registry``. Installing all of them at once is not possible (some
conflict), so the script downloads the packages (``apt-get download``) and unpacks them
with ``dpkg-deb -x`` into ``DIR`` (default: a folder in the system temp directory, kept
for later runs); nothing is installed or built. It then scans every crate on all cores
and prints the verdict counts, the crates judged malicious or suspicious with their
reasons, and the throughput. Results are recorded in docs/scan.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from cratewatch.scan.crate import scan_all


def fetch_corpus(corpus: Path) -> Path:
    registry = corpus / "usr" / "share" / "cargo" / "registry"
    if registry.is_dir() and any(registry.iterdir()):
        return registry
    debs = corpus / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    names = subprocess.run(
        ["apt-cache", "pkgnames", "librust-"], capture_output=True, text=True, check=True
    ).stdout.split()
    packages = sorted(n for n in names if n.endswith("-dev") and "+" not in n)
    print(f"downloading {len(packages)} packages ...", file=sys.stderr)
    subprocess.run(["apt-get", "download", *packages], cwd=debs, capture_output=True, check=False)
    for deb in sorted(debs.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(corpus)], check=False)
    return registry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=Path(tempfile.gettempdir()) / "cratewatch-debian-corpus"
    )
    args = parser.parse_args()
    registry = fetch_corpus(args.corpus)
    crates = [p for p in sorted(registry.iterdir()) if (p / "Cargo.toml").is_file()]
    size = sum(f.stat().st_size for c in crates for f in c.rglob("*") if f.is_file())
    started = time.perf_counter()
    results = scan_all([registry])
    elapsed = time.perf_counter() - started
    verdicts = Counter(r.verdict for r in results)
    print(
        f"{len(results):,} crates, {size / 1e6:,.1f} MB of files, scanned in {elapsed:.1f} s "
        f"({size / 1e6 / elapsed:.1f} MB/s, {len(results) / elapsed:.1f} crates/s, 2 cores)"
    )
    share = 100 * verdicts["malicious"] / max(len(results), 1)
    print(f"verdicts: {dict(verdicts)}; malicious: {share:.2f} %\n")
    for result in results:
        if result.verdict == "clean":
            continue
        reasons = sorted(
            {(e.rule, e.context.value) for e in result.findings if e.rule.startswith("threat-")}
        )
        print(
            f"- {result.crate} {result.version}: {result.verdict}, risk {result.risk_score:g}: "
            + "; ".join(f"{rule} ({context})" for rule, context in reasons)
        )


if __name__ == "__main__":
    main()
