"""Fill an inbox directory with sample ``.crate`` files for a local try of the service.

    python -m testdata.sample_inbox DIR

Every inert incident sample of ``tests/scan/incidents/`` (malicious and benign, each
packed as crates.io packs a crate) and two releases of a small benign library, so that
``cratewatch serve --inbox DIR`` has a publish stream to screen, with no network: an
inbox's archives need no download.
"""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

import tomli

INCIDENTS = Path(__file__).resolve().parents[1] / "tests" / "scan" / "incidents"
LIBRARY = (
    "//! A small parser.\npub fn parse(text: &str) -> Option<u32> { text.trim().parse().ok() }\n"
)


def pack(dest: Path, name: str, version: str, files: dict[str, bytes]) -> Path:
    """``dest/<name>-<version>.crate``: a tar.gz of ``<name>-<version>/...``."""
    path = dest / f"{name}-{version}.crate"
    with tarfile.open(path, "w:gz") as tar:
        for member, data in sorted(files.items()):
            info = tarfile.TarInfo(f"{name}-{version}/{member}")
            info.size = len(data)
            info.mtime = 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    return path


def fill(inbox: Path) -> list[Path]:
    inbox.mkdir(parents=True, exist_ok=True)
    made = []
    for version in ("1.0.0", "1.0.1"):
        manifest = f'[package]\nname = "parsely"\nversion = "{version}"\nedition = "2021"\n'
        made.append(
            pack(
                inbox,
                "parsely",
                version,
                {"Cargo.toml": manifest.encode(), "src/lib.rs": LIBRARY.encode()},
            )
        )
    for sample in sorted(p for p in INCIDENTS.iterdir() if (p / "Cargo.toml").is_file()):
        package = tomli.loads((sample / "Cargo.toml").read_text(encoding="utf-8"))["package"]
        files = {
            f.relative_to(sample).as_posix(): f.read_bytes()
            for f in sorted(sample.rglob("*"))
            if f.is_file() and not f.is_symlink()
        }
        made.append(pack(inbox, package["name"], package["version"], files))
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m testdata.sample_inbox", description=__doc__.splitlines()[0]
    )
    parser.add_argument("inbox", type=Path, help="the inbox directory to fill")
    args = parser.parse_args(argv)
    made = fill(args.inbox)
    print(f"{args.inbox}: {len(made)} sample crates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
