"""Speed of ``cratewatch sbom`` on large projects, in each format.

    python benchmarks/sbom_speed.py [--corpus DIR] [--crates N] [--runs N]

The project is made of Debian's packaged crates (as ``reach_debian.py`` makes its
projects): a root crate that depends on the ``N`` most depended-on packaged crates (1,000
by default), resolved among the packaged crates as Cargo would into a ``Cargo.lock`` of
about a thousand packages, with the packaged sources as ``--sources`` (so every license
and dependency kind is read from a manifest). Each format is written ``--runs`` times
(3 by default) by the whole command, and the median wall time and the peak memory are
printed. Results are recorded in docs/benchmarks.md ("SBOM").
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import add_corpus_option
from reach_debian import _dependencies, _index, _manifest, project_of

FORMATS = ("cyclonedx-json", "cyclonedx-xml", "spdx-json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_option(parser)
    parser.add_argument("--crates", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from scan_debian import fetch_corpus

    registry = fetch_corpus(args.corpus)
    crates = _index(registry)
    used: Counter[str] = Counter()
    for versions in crates.values():
        for dependency, _ in _dependencies(_manifest(versions[-1][1])):
            used[dependency] += 1
    chosen = [name for name, _ in used.most_common() if name in crates][: args.crates]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        (root / "src").mkdir(parents=True)
        (root / "src" / "lib.rs").write_text("")
        lines = ['[package]\nname = "sbom-bench"\nversion = "0.1.0"\nedition = "2021"\n']
        lines.append("[dependencies]")
        lines += [f'{name} = "{crates[name][-1][0]}"' for name in chosen]
        (root / "Cargo.toml").write_text("\n".join(lines) + "\n")
        project = project_of(root, crates, Path(tmp))
        packages = (project / "Cargo.lock").read_text().count("[[package]]")
        print(f"project: {len(chosen)} direct dependencies, {packages} packages in Cargo.lock")
        for form in FORMATS:
            out = Path(tmp) / f"sbom.{form}"
            command = [
                sys.executable, "-m", "cratewatch", "sbom", str(project), "--format", form,
                "--sources", str(registry), "-o", str(out), "-q",
            ]  # fmt: skip
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                subprocess.run(command, check=True, env={**os.environ})
                times.append(time.perf_counter() - start)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"{form:>15}: median {statistics.median(times):.2f} s "
                f"(min {min(times):.2f}, max {max(times):.2f}) over {args.runs} runs, "
                f"{out.stat().st_size / 1e6:.1f} MB, peak memory of a run so far {peak:.0f} MB"
            )


if __name__ == "__main__":
    main()
