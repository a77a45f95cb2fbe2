"""``cratewatch.toml``: the audit configuration, found upward from the audited project.

The file belongs to the project it sits in, as the project's Cargo.lock does:
it is looked for in the directory of the audited PATH (PATH itself when it is a
directory) and then in each parent directory, never from the working directory,
so that ``cratewatch audit proj`` uses ``proj/cratewatch.toml`` wherever it runs
and one project's ignores never silence another project's findings.

[audit]
db = ["path/to/advisory-db"]        # same as --db (repeatable)
index = "path/to/index.tar.gz"      # same as --index
typosquat = "path/to/index.tar.gz"  # same as --typosquat: an index or an ecosystem store
targets = ["x86_64-unknown-linux-gnu"]
yanked = true                       # false = --no-yanked
max-db-age-days = 90

[audit.levels]                      # deny / warn / allow per finding code
unmaintained = "deny"

[[audit.ignore]]
id = "RUSTSEC-2021-0003"            # advisory id or alias, or a finding code
reason = "insert_many is never called"
until = 2027-01-31                  # optional; the ignore lapses after this date
crate = "smallvec"                  # optional; only for this crate
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

import tomli

from cratewatch._lean import TYPE_CHECKING, NamedTuple
from cratewatch.audit.policy import NO_LEVELS, Ignore
from cratewatch.errors import ConfigError, UsageError
from cratewatch.model.findings import Code, Level
from cratewatch.untrusted.files import read_regular_file

if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "CONFIG_NAME",
    "MAX_CONFIG_BYTES",
    "AuditConfig",
    "brief",
    "find_config",
    "ignore_id_problem",
    "load_config",
    "parse_ignore",
    "parse_level",
    "read_document",
]

CONFIG_NAME = "cratewatch.toml"
#: A configuration is a few hundred lines at most; far beyond is not one.
MAX_CONFIG_BYTES = 1024 * 1024
_AUDIT_KEYS = {
    "db",
    "index",
    "typosquat",
    "targets",
    "yanked",
    "max-db-age-days",
    "levels",
    "ignore",
}
_IGNORE_KEYS = {"id", "reason", "until", "crate"}


class AuditConfig(NamedTuple):
    path: str | None = None
    db: tuple[str, ...] = ()
    index_spec: str | None = None  # --index / index: what registry index to use
    targets: tuple[str, ...] = ()
    yanked: bool = True
    max_db_age_days: int = 90
    levels: Mapping[Code, Level] = NO_LEVELS
    ignores: tuple[Ignore, ...] = ()
    typosquat: str | None = None  # --typosquat / typosquat: corpus for the name check


def find_config(start: Path) -> Path | None:
    """The ``cratewatch.toml`` for the project at ``start`` (an audit PATH: a
    directory, a lockfile or a manifest), in its directory or the nearest parent."""
    from cratewatch.lockfile.locate import project_directory

    try:
        directory = project_directory(start).resolve()
        for parent in (directory, *directory.parents):
            candidate = parent / CONFIG_NAME
            # Whatever is there is the configuration: one that cannot be read is an
            # error, never passed over for another further up.
            if candidate.exists() or candidate.is_symlink():
                return candidate
    except OSError as exc:
        raise ConfigError(
            f"{start}: cannot search for {CONFIG_NAME}: {exc.strerror or exc}"
        ) from None
    return None


def parse_code(text: str, where: str) -> Code:
    try:
        return Code(text)
    except ValueError:
        known = ", ".join(c.value for c in Code)
        raise ConfigError(f"{where}: unknown finding code '{text}' (known: {known})") from None


def parse_level(text: object, where: str) -> Level:
    try:
        return Level(text)
    except ValueError:
        raise ConfigError(
            f"{where}: level must be deny, warn or allow, not {brief(text)}"
        ) from None


def ignore_id_problem(ident: str) -> str | None:
    """What is wrong with an ignore's id, if anything: it names an advisory id, an
    alias or a finding code, and none of these is empty or has spaces."""
    if not ident.strip():
        return "an advisory id, alias or finding code is required, not an empty string"
    if any(ch.isspace() for ch in ident):
        return f"{brief(ident)} has spaces, which no advisory id, alias or finding code has"
    return None


def read_document(path: Path) -> dict[str, Any]:
    """The TOML document of a configuration file; ``ConfigError`` naming the file when it
    cannot be read. Each command reads its own table of it."""
    data = read_regular_file(path, max_bytes=MAX_CONFIG_BYTES, error=ConfigError)
    try:
        return tomli.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration is not UTF-8 text") from None
    except tomli.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomli's own nesting limit, or Python's stack
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None


def load_config(path: Path) -> AuditConfig:
    doc = read_document(path)
    audit = doc.get("audit", {})
    if not isinstance(audit, dict):
        raise ConfigError(f"{path}: [audit] must be a table")
    unknown = set(audit) - _AUDIT_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [audit]: {', '.join(sorted(unknown))}")
    index = _optional_string(audit, "index", path)
    typosquat = _optional_string(audit, "typosquat", path)
    return AuditConfig(
        path=str(path),
        db=tuple(_relative_to(path, spec) for spec in _strings(audit, "db", path)),
        index_spec=_relative_to(path, index) if index is not None else None,
        targets=_targets(audit, path),
        yanked=_bool(audit, "yanked", True, path),
        max_db_age_days=_int(audit, "max-db-age-days", 90, path),
        levels=_levels(audit.get("levels", {}), path),
        ignores=tuple(_ignore(i, raw, path) for i, raw in enumerate(_list(audit, "ignore", path))),
        typosquat=_relative_to(path, typosquat) if typosquat is not None else None,
    )


def _relative_to(config: Path, spec: str) -> str:
    """A relative path in the file means relative to the file's directory, as in Cargo."""
    if "://" in spec or spec.startswith("git@") or spec == "crates.io" or Path(spec).is_absolute():
        return spec
    return str(config.parent / spec)


def _targets(table: Mapping[str, Any], path: Path) -> tuple[str, ...]:
    from cratewatch.model.target import Target

    targets = _strings(table, "targets", path)
    for triple in targets:
        try:
            Target.parse(triple)
        except UsageError as exc:
            raise ConfigError(f"{path}: audit.targets: {exc}") from None
    return targets


def _strings(table: Mapping[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{path}: audit.{key} must be a non-empty string or a list of them")
    return tuple(value)


def _optional_string(table: Mapping[str, Any], key: str, path: Path) -> str | None:
    value = table.get(key)
    if value is not None and not (isinstance(value, str) and value.strip()):
        raise ConfigError(f"{path}: audit.{key} must be a non-empty string")
    return value


def _bool(table: Mapping[str, Any], key: str, default: bool, path: Path) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{path}: audit.{key} must be true or false")
    return value


def _int(table: Mapping[str, Any], key: str, default: int, path: Path) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"{path}: audit.{key} must be a non-negative integer")
    return value


def _list(table: Mapping[str, Any], key: str, path: Path) -> list[Any]:
    value = table.get(key, [])
    if not isinstance(value, list):
        raise ConfigError(f"{path}: audit.{key} must be an array of tables ([[audit.{key}]])")
    return value


def _levels(raw: Any, path: Path) -> dict[Code, Level]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [audit.levels] must be a table")
    where = f"{path}: [audit.levels]"
    return {parse_code(k, where): parse_level(v, f"{where} {k}") for k, v in raw.items()}


def _ignore(index: int, raw: Any, path: Path) -> Ignore:
    where = f"{path}: audit.ignore #{index + 1}"
    return parse_ignore(
        raw, where, path, ("id", "an advisory id or finding code"), ignore_id_problem
    )


def parse_ignore(
    raw: Any,
    where: str,
    path: Path,
    key: tuple[str, str],
    id_problem: Callable[[str], str | None],
) -> Ignore:
    """One ignore entry of a configuration file: ``key`` is the entry's key naming what
    is ignored and what that is in words (an advisory or finding code for the audit, a
    rule for the scan); then a reason, an optional ``until`` date and crate."""
    id_key, meaning = key
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} must be a table")
    unknown = set(raw) - (_IGNORE_KEYS - {"id"}) - {id_key}
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    ident, reason = raw.get(id_key), raw.get("reason")
    if not isinstance(ident, str) or not ident.strip():
        raise ConfigError(f"{where}: '{id_key}' ({meaning}) is required")
    problem = id_problem(ident)
    if problem is not None:
        raise ConfigError(f"{where}: '{id_key}': {problem}")
    if not isinstance(reason, str) or not reason.strip():
        raise ConfigError(f"{where} ({ident}): a non-empty 'reason' is required")
    until = raw.get("until")
    if isinstance(until, str):
        try:
            until = dt.date.fromisoformat(until)
        except ValueError:
            raise ConfigError(f"{where} ({ident}): 'until' must be a date YYYY-MM-DD") from None
    if until is not None and (not isinstance(until, dt.date) or isinstance(until, dt.datetime)):
        raise ConfigError(f"{where} ({ident}): 'until' must be a date YYYY-MM-DD")
    crate = raw.get("crate")
    if crate is not None and not (isinstance(crate, str) and crate.strip()):
        raise ConfigError(f"{where} ({ident}): 'crate' must be a crate name")
    return Ignore(ident, reason.strip(), until, crate, origin=str(path))


def brief(value: object, limit: int = 80) -> str:
    """A value for an error line: bounded, whatever the file holds."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
