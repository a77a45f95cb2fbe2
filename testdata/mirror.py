"""Build a local registry (Cargo's ``local-registry`` layout) from unpacked crates.

    python -m testdata.mirror DEST CRATE_DIR_OR_PARENT...

Each crate directory (``Cargo.toml`` with ``[package]``: Debian's
``/usr/share/cargo/registry/<name>-<version>/``, the inert incident samples) is packed
as ``DEST/<name>-<version>.crate`` and listed in ``DEST/index/`` with the index line
crates.io would write: its dependencies (kind, requirement, features, optional,
target, renames), features, checksum, and ``pubtime`` when the files say when the
crate was made (their newest modification time after crates.io opened; Cargo stamps
some files with a fixed time of 2006, which says nothing). The mirror the registry
scan tests and benchmark read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import tarfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import tomli

_OPENED = dt.datetime(2014, 11, 1, tzinfo=dt.UTC).timestamp()
_KINDS = {"dependencies": "normal", "build-dependencies": "build", "dev-dependencies": "dev"}


def crate_dirs(paths: Sequence[Path]) -> Iterator[Path]:
    """The crate directories named, or found one level below a named parent."""
    for path in paths:
        if (path / "Cargo.toml").is_file():
            yield path
        else:
            yield from sorted(p for p in path.iterdir() if (p / "Cargo.toml").is_file())


def pack_crate(source: Path, dest: Path) -> tuple[dict[str, Any], Path] | None:
    """``dest/<name>-<version>.crate`` and its index line; None for a directory whose
    manifest names no package."""
    try:
        manifest = tomli.loads((source / "Cargo.toml").read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError):
        return None
    package = manifest.get("package")
    if not isinstance(package, dict) or not {"name", "version"} <= package.keys():
        return None
    name, version = str(package["name"]), str(package["version"])
    files = sorted(
        f for f in source.rglob("*") if f.is_file() and not f.is_symlink() and ".git" not in f.parts
    )
    made = max((f.stat().st_mtime for f in files), default=0.0)
    archive = dest / f"{name}-{version}.crate"
    with tarfile.open(archive, "w:gz") as tar:
        for f in files:
            info = tarfile.TarInfo(f"{name}-{version}/{f.relative_to(source).as_posix()}")
            info.size = f.stat().st_size
            info.mtime = int(f.stat().st_mtime)
            with f.open("rb") as data:
                tar.addfile(info, data)
    line: dict[str, Any] = {
        "name": name,
        "vers": version,
        "deps": list(_dependencies(manifest)),
        "cksum": hashlib.sha256(archive.read_bytes()).hexdigest(),
        "features": manifest.get("features") if isinstance(manifest.get("features"), dict) else {},
        "yanked": False,
    }
    if made >= _OPENED:
        line["pubtime"] = (
            dt.datetime.fromtimestamp(int(made), dt.UTC).isoformat().replace("+00:00", "Z")
        )
        os.utime(archive, (made, made))
    else:
        os.utime(archive, (1_153_704_088, 1_153_704_088))  # no date: Cargo's fixed stamp
    return line, archive


def _dependencies(manifest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    tables: list[tuple[str | None, dict[str, Any]]] = [(None, manifest)]
    targets = manifest.get("target")
    if isinstance(targets, dict):
        tables += [(t, v) for t, v in targets.items() if isinstance(v, dict)]
    for target, table in tables:
        for section, kind in _KINDS.items():
            deps = table.get(section)
            if not isinstance(deps, dict):
                continue
            for alias, spec in deps.items():
                spec = {"version": spec} if isinstance(spec, str) else spec
                if not isinstance(spec, dict) or ("path" in spec and "version" not in spec):
                    continue
                if "git" in spec:
                    continue
                entry: dict[str, Any] = {
                    "name": alias,
                    "req": str(spec.get("version", "*")),
                    "features": list(spec.get("features", [])),
                    "optional": bool(spec.get("optional", False)),
                    "default_features": bool(
                        spec.get("default-features", spec.get("default_features", True))
                    ),
                    "target": target,
                    "kind": kind,
                }
                if "package" in spec:
                    entry["package"] = str(spec["package"])
                yield entry


def index_file(root: Path, name: str) -> Path:
    lower = name.lower()
    if len(lower) <= 2:
        return root / str(len(lower)) / lower
    if len(lower) == 3:
        return root / "3" / lower[0] / lower
    return root / lower[:2] / lower[2:4] / lower


def build(dest: Path, sources: Sequence[Path]) -> int:
    """Pack every crate of ``sources`` into the local registry ``dest``; the count."""
    index = dest / "index"
    index.mkdir(parents=True, exist_ok=True)
    lines: dict[str, list[dict[str, Any]]] = {}
    for source in crate_dirs(sources):
        packed = pack_crate(source, dest)
        if packed is not None:
            lines.setdefault(packed[0]["name"].lower(), []).append(packed[0])
    for crate, entries in lines.items():
        file = index_file(index, crate)
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("".join(json.dumps(e, separators=(",", ":")) + "\n" for e in entries))
    return sum(len(e) for e in lines.values())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m testdata.mirror", description=__doc__.splitlines()[0]
    )
    parser.add_argument("dest", type=Path, help="the local registry to write")
    parser.add_argument("sources", type=Path, nargs="+", help="crate directories or parents")
    args = parser.parse_args(argv)
    count = build(args.dest, args.sources)
    print(f"{args.dest}: {count} crates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
