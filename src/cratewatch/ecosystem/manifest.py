"""A crate version's manifest as the registry recorded it, for what needs a ``Cargo.toml``
but has no sources at hand (``check --store``): name, version, license, every dependency
with its kind, requirement, rename, target, optional flag and features, and the features
table. Written as TOML, so that the same manifest reader reads it as it reads the files.
Build scripts and license files are not recorded by the registry, so they are absent."""

from __future__ import annotations

import json
from typing import Any, Final

from cratewatch.ecosystem.features import parse_feature_table
from cratewatch.ecosystem.store import (
    DEP_BUILD,
    DEP_DEFAULT_FEATURES,
    DEP_DEV,
    DEP_EXTRA,
    DEP_OPTIONAL,
    Store,
)

__all__ = ["recorded_manifest"]

_TABLES: Final = {0: "dependencies", DEP_BUILD: "build-dependencies", DEP_DEV: "dev-dependencies"}


def recorded_manifest(store: Store, name: str, version: str) -> bytes | None:
    """The ``Cargo.toml`` the registry's record of ``name`` ``version`` amounts to, or None
    when the store does not have that version."""
    v = store.find_version(name, version)
    if v is None:
        return None
    lines = ["[package]", f"name = {_quoted(name)}", f"version = {_quoted(version)}"]
    license_text = store.version_license(v)
    if license_text:
        lines.append(f"license = {_quoted(license_text)}")
    tables: dict[str, list[str]] = {}
    names, reqs = store.texts("crate_names"), store.texts("dep_reqs")
    renames, feature_lists = store.texts("dep_names"), store.texts("dep_features")
    targets = store.texts("dep_targets")
    for row in store.rows_declared_by(v):
        flags = int(store.dep_flags[row])
        if flags & DEP_EXTRA:
            continue  # a continuation of the row before it
        package = names[int(store.dep_crate[row])]
        key = renames[int(store.dep_name[row])] or package
        target = targets[int(store.dep_target[row])]
        kind = _TABLES.get(flags & (DEP_BUILD | DEP_DEV), "dependencies")
        table = f"target.{_quoted(target)}.{kind}" if target else kind
        entry = {
            "version": reqs[int(store.dep_req[row])],
            "optional": bool(flags & DEP_OPTIONAL),
            "default-features": bool(flags & DEP_DEFAULT_FEATURES),
            "features": _features(feature_lists[int(store.dep_features[row])]),
        }
        if key != package:
            entry["package"] = package
        tables.setdefault(table, []).append(f"{_quoted(key)} = {_inline(entry)}")
    for table, entries in tables.items():
        lines += ["", f"[{table}]", *entries]
    features = parse_feature_table(store.texts("version_features")[v])
    if features:
        lines += ["", "[features]"]
        lines += [f"{_quoted(k)} = {json.dumps(values)}" for k, values in features.items()]
    return ("\n".join(lines) + "\n").encode()


def _quoted(text: str) -> str:
    return json.dumps(text)  # a JSON string is a TOML basic string


def _inline(entry: dict[str, Any]) -> str:
    return "{ " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in entry.items()) + " }"


def _features(text: str) -> list[str]:
    """A row's features (stored as a JSON list, from an index or a dump alike)."""
    try:
        found: Any = json.loads(text)
    except (ValueError, RecursionError):
        return []
    return [f for f in found if isinstance(f, str)] if isinstance(found, list) else []
