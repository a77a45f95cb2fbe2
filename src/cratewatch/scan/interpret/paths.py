"""The crate's own files as its code names them at run time: a path under the manifest
directory (``env!("CARGO_MANIFEST_DIR")``, ``Path::new("assets/logo.svg")``) and what
reading it returns. A payload kept in a data file of the crate (an image's path data, a
test fixture, a font) is as much the crate's constant as one written in its source: its
decoder reads the file, then decodes it. Any other path is the outside world."""

from __future__ import annotations

import posixpath
import tomllib
from collections.abc import Mapping
from typing import Final

#: Where the crate's root stands in a path the interpreter builds: no real path starts so
CRATE_ROOT: Final = "/<crate>"
#: What cargo tells the compiler of the package (`env!("CARGO_PKG_NAME")`): its manifest's
#: `[package]` key for each variable read here
PACKAGE_VARIABLES: Final = {
    "CARGO_PKG_NAME": "name",
    "CARGO_PKG_VERSION": "version",
    "CARGO_PKG_DESCRIPTION": "description",
    "CARGO_PKG_AUTHORS": "authors",
    "CARGO_PKG_REPOSITORY": "repository",
    "CARGO_PKG_HOMEPAGE": "homepage",
    "CARGO_PKG_LICENSE": "license",
}
_MAX_MANIFEST: Final = 64 * 1024


def manifest_dir(file: str, files: Mapping[str, bytes]) -> str:
    """The folder of the manifest nearest above ``file`` (the crate's root when none
    is): what ``CARGO_MANIFEST_DIR`` names while ``file`` is compiled."""
    folder = posixpath.dirname(file)
    while folder:
        if f"{folder}/Cargo.toml" in files:
            return folder
        folder = posixpath.dirname(folder)
    return ""


def manifest_path(file: str, files: Mapping[str, bytes]) -> str:
    """``CARGO_MANIFEST_DIR`` as the interpreter writes it."""
    folder = manifest_dir(file, files)
    return f"{CRATE_ROOT}/{folder}" if folder else CRATE_ROOT


def crate_file(path: str, file: str, files: Mapping[str, bytes]) -> str | None:
    """The crate's file a path names, as a key of ``files``, or None when it names
    anything else. A relative path is taken from the manifest's folder (where cargo runs a
    build script, a test or ``cargo run``) or else from the crate's root."""
    if path.startswith(CRATE_ROOT + "/") or path == CRATE_ROOT:
        relative = posixpath.normpath(path[len(CRATE_ROOT) :].lstrip("/"))
        candidates = [relative]
    elif path and not posixpath.isabs(path) and ":" not in path:
        relative = posixpath.normpath(path)
        candidates = [posixpath.normpath(posixpath.join(manifest_dir(file, files), relative))]
        candidates.append(relative)
    else:
        return None
    return next((c for c in candidates if not c.startswith("..") and c in files), None)


def parent(path: str) -> str | None:
    """``Path::parent``: None for a root or an empty path."""
    stripped = path.rstrip("/")
    return posixpath.dirname(stripped) if stripped else None


def package_value(variable: str, file: str, files: Mapping[str, bytes]) -> str | None:
    """What ``env!(variable)`` gives while ``file`` is compiled, where cargo takes it from
    the package's manifest (``PACKAGE_VARIABLES``; ``CARGO_CRATE_NAME``, the name with
    underscores): None when the manifest does not say it plainly (inherited from a
    workspace, unreadable, too large or too deep)."""
    key = "name" if variable == "CARGO_CRATE_NAME" else PACKAGE_VARIABLES.get(variable)
    folder = manifest_dir(file, files)
    data = files.get(f"{folder}/Cargo.toml" if folder else "Cargo.toml")
    if key is None or data is None or len(data) > _MAX_MANIFEST:
        return None
    try:
        package = tomllib.loads(data.decode()).get("package")
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return None  # (nested past the parser's depth: a hostile manifest, not the package's)
    value = package.get(key) if isinstance(package, dict) else None
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = ":".join(value)  # the authors, as cargo joins them
    if not isinstance(value, str):
        return None
    return value.replace("-", "_") if variable == "CARGO_CRATE_NAME" else value
