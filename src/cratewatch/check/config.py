"""cargo-deny's ``deny.toml`` (or the same tables in ``cratewatch.toml``), read as it is.

Both spellings cargo-deny has had are read: the 0.14 one (graph keys at the top level,
crates as ``{ name, version }``, license levels ``unlicensed`` / ``copyleft`` / ``default`` /
``allow-osi-fsf-free`` / ``deny``, advisory levels) and the current one (``[graph]`` and
``[output]``, crates as ``"name@1.2.3"`` / ``"name:<req>"`` / ``{ crate = ... }`` with
``reason`` and ``use-instead``, ``include-build``, ``unused-*`` levels). A file that uses
any current-only spelling is judged as current cargo-deny judges it (a license is accepted
only by ``allow`` or an exception); otherwise as 0.14 did (its copyleft, OSI / FSF and
default levels apply). Keys that moved or were removed are still honoured, each with a
note naming the key and what replaced it; an unknown key, a value of the wrong type or an
unknown value is an error naming the file, the table and the key - never a silent default.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, NamedTuple

from cratewatch.errors import ConfigError, VersionError
from cratewatch.model.findings import Level
from cratewatch.model.package import PackageId
from cratewatch.model.version import Version, VersionReq

__all__ = [
    "CONFIG_NAMES",
    "AdvisoriesConfig",
    "BanEntry",
    "BansConfig",
    "BuildBypass",
    "BuildConfig",
    "Clarification",
    "CrateSpec",
    "DenyConfig",
    "FeatureBan",
    "GraphConfig",
    "LicenseException",
    "LicensesConfig",
    "SkipTree",
    "SourcesConfig",
    "find_deny_config",
    "load_deny_config",
    "parse_deny_config",
]

#: where cargo-deny looks for its configuration, in each directory from the project up
CONFIG_NAMES: Final = ("deny.toml", ".deny.toml", ".cargo/deny.toml")
_REMOVED: Final = "removed in cargo-deny 0.16 (its 0.14 meaning is applied)"
_MOVED_TO_GRAPH: Final = "moved to [graph] in cargo-deny 0.14.12 (read from here too)"
_LEVELS: Final = {"deny": Level.DENY, "warn": Level.WARN, "allow": Level.ALLOW}
_OSI_FSF: Final = ("both", "either", "osi", "fsf", "osi-only", "fsf-only", "neither")
_HIGHLIGHT: Final = ("lowest-version", "simplest-path", "all")
_GIT_SPECS: Final = ("any", "branch", "tag", "rev")
_SCOPES: Final = ("all", "workspace", "transitive", "none")
_DURATION: Final = re.compile(
    r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?"
)


class CrateSpec(NamedTuple):
    """A crate as a configuration names it: a name and, optionally, the versions."""

    name: str
    versions: VersionReq | None = None
    reason: str = ""
    use_instead: str = ""
    text: str = ""  # as written, for messages

    def matches(self, package: PackageId) -> bool:
        return package.name == self.name and (
            self.versions is None or self.versions.matches(package.version)
        )

    def __str__(self) -> str:
        return self.text or self.name


class BanEntry(NamedTuple):
    spec: CrateSpec
    wrappers: tuple[str, ...] | None = None  # None: no wrappers key
    deny_multiple_versions: bool = False


class FeatureBan(NamedTuple):
    spec: CrateSpec
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    exact: bool = False


class SkipTree(NamedTuple):
    spec: CrateSpec
    depth: int | None = None  # None: the whole tree


class BuildBypass(NamedTuple):
    spec: CrateSpec
    build_script: str | None = None  # SHA-256 of the build script
    required_features: tuple[str, ...] = ()
    allow_globs: tuple[str, ...] = ()
    allow: tuple[tuple[str, str | None], ...] = ()  # (crate-relative path, SHA-256)


class BuildConfig(NamedTuple):
    allow_build_scripts: tuple[CrateSpec, ...] | None = None  # None: every crate may
    executables: Level = Level.DENY
    interpreted: Level = Level.ALLOW
    script_extensions: tuple[str, ...] = ()
    bypass: tuple[BuildBypass, ...] = ()
    enable_builtin_globs: bool = False
    include_dependencies: bool = False
    include_workspace: bool = False
    include_archives: bool = False
    scan_files: bool = True  # False: only the old top-level allow-build-scripts was given


class Clarification(NamedTuple):
    spec: CrateSpec
    expression: str
    files: tuple[tuple[str, int], ...]  # (crate-relative path, xxHash32 of the normalised text)


class LicenseException(NamedTuple):
    spec: CrateSpec
    allow: tuple[str, ...]


class GraphConfig(NamedTuple):
    targets: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    all_features: bool = False
    no_default_features: bool = False
    features: tuple[str, ...] = ()
    exclude_dev: bool = False
    exclude_unpublished: bool = False


class AdvisoriesConfig(NamedTuple):
    ignore: tuple[tuple[str, str], ...] = ()  # (advisory id, reason)
    ignore_yanked: tuple[CrateSpec, ...] = ()
    levels: Mapping[str, Level] = {}  # finding code -> level
    db_path: str | None = None
    db_urls: tuple[str, ...] = ()
    yanked: Level = Level.WARN
    unmaintained_scope: str = "all"
    unsound_scope: str = "all"
    max_age_days: int = 90  # maximum-db-staleness
    unused_ignore: Level = Level.WARN  # unused-ignored-advisory


class LicensesConfig(NamedTuple):
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    exceptions: tuple[LicenseException, ...] = ()
    clarify: tuple[Clarification, ...] = ()
    confidence_threshold: float = 0.8
    private_ignore: bool = False
    private_ignore_sources: tuple[str, ...] = ()
    private_registries: tuple[str, ...] = ()
    unlicensed: Level = Level.DENY
    copyleft: Level = Level.WARN
    default: Level = Level.DENY
    allow_osi_fsf_free: str = "neither"
    unused_allowed_license: Level = Level.WARN
    unused_license_exception: Level = Level.WARN
    include_dev: bool = False
    include_build: bool = True


class BansConfig(NamedTuple):
    multiple_versions: Level = Level.WARN
    multiple_versions_include_dev: bool = False
    highlight: str = "all"
    deny: tuple[BanEntry, ...] = ()
    allow: tuple[CrateSpec, ...] = ()
    features: tuple[FeatureBan, ...] = ()
    external_default_features: Level | None = None
    workspace_default_features: Level | None = None
    skip: tuple[CrateSpec, ...] = ()
    skip_tree: tuple[SkipTree, ...] = ()
    wildcards: Level = Level.ALLOW
    allow_wildcard_paths: bool = False
    allow_workspace: bool = False
    build: BuildConfig | None = None


class SourcesConfig(NamedTuple):
    unknown_registry: Level = Level.WARN
    unknown_git: Level = Level.WARN
    allow_registry: tuple[str, ...] = ("https://github.com/rust-lang/crates.io-index",)
    allow_git: tuple[str, ...] = ()
    private: tuple[str, ...] = ()
    allow_org: Mapping[str, tuple[str, ...]] = {}
    required_git_spec: str | None = None
    unused_allowed_source: Level = Level.WARN


class DenyConfig(NamedTuple):
    path: str | None = None  # None: no file (cargo-deny's defaults)
    current: bool = False  # written for current cargo-deny (else 0.14)
    graph: GraphConfig = GraphConfig()
    advisories: AdvisoriesConfig = AdvisoriesConfig()
    licenses: LicensesConfig = LicensesConfig()
    bans: BansConfig = BansConfig()
    sources: SourcesConfig = SourcesConfig()
    notes: tuple[str, ...] = ()  # moved and removed keys, one line each


def find_deny_config(start: Path) -> Path | None:
    """``deny.toml``, ``.deny.toml`` or ``.cargo/deny.toml`` in ``start`` or above it."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
    return None


def load_deny_config(path: Path) -> DenyConfig:
    """The configuration in ``path``: a ``deny.toml``, or a ``cratewatch.toml`` whose
    ``[check]`` table holds the same tables. Raises ``ConfigError``."""
    from cratewatch.audit.config import read_document

    document = read_document(path)
    if path.name == "cratewatch.toml":
        check = document.get("check", {})
        if not isinstance(check, dict):
            raise ConfigError(f"{path}: [check] is not a table")
        return parse_deny_config(check, str(path), "check.")
    return parse_deny_config(document, str(path))


def parse_deny_config(document: Mapping[str, Any], path: str, prefix: str = "") -> DenyConfig:
    reader = _Reader(path, prefix, _is_current(document))
    return reader.config(document)


def _is_current(document: Mapping[str, Any]) -> bool:
    """Whether the file uses a spelling only current cargo-deny reads."""
    if "graph" in document or "output" in document:
        return True
    for table in ("advisories", "licenses", "bans"):
        value = document.get(table)
        if isinstance(value, dict) and "version" in value:
            return True
    bans = document.get("bans")
    if isinstance(bans, dict):
        for key in ("deny", "allow", "skip", "skip-tree", "features"):
            for entry in bans.get(key) or ():
                if isinstance(entry, str) or (
                    isinstance(entry, dict) and ("crate" in entry or "reason" in entry)
                ):
                    return True
    return False


class _Reader:
    def __init__(self, path: str, prefix: str, current: bool) -> None:
        self.path = path
        self.prefix = prefix
        self.current = current
        self.notes: list[str] = []

    # -- helpers ---------------------------------------------------------------------

    def fail(self, where: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {self.prefix}{where}: {problem}")

    def note(self, where: str, text: str) -> None:
        self.notes.append(f"{self.path}: {self.prefix}{where}: {text}")

    def table(
        self, raw: Any, where: str, known: set[str], moved: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            raise self.fail(where or "(top level)", f"expected a table, found {_kind(raw)}")
        for key in raw:
            if key in known:
                continue
            if moved and key in moved:
                self.note(f"{where}.{key}" if where else key, moved[key])
                continue
            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            expected = ", ".join(sorted(known))
            raise self.fail(
                f"{where}.{key}" if where else key,
                f"unknown key{hint}; this table takes: {expected}",
            )
        return raw

    def boolean(self, table: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}", f"expected true or false, found {_kind(value)}")
        return value

    def level(self, table: Mapping[str, Any], key: str, where: str, default: Any) -> Any:
        value = table.get(key)
        if value is None:
            return default
        if value not in _LEVELS:
            raise self.fail(
                f"{where}.{key}", f'expected "deny", "warn" or "allow", found {_show(value)}'
            )
        return _LEVELS[value]

    def choice(
        self, table: Mapping[str, Any], key: str, where: str, allowed: tuple[str, ...], default: Any
    ) -> Any:
        value = table.get(key, default)
        if value is not default and value not in allowed:
            choices = ", ".join(f'"{a}"' for a in allowed)
            raise self.fail(f"{where}.{key}", f"expected one of {choices}, found {_show(value)}")
        return value

    def strings(self, table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}.{key}", f"expected a list of strings, found {_kind(value)}")
        return tuple(value)

    def entries(self, table: Mapping[str, Any], key: str, where: str) -> list[tuple[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", f"expected a list, found {_kind(value)}")
        return [(f"{where}.{key}[{i}]", v) for i, v in enumerate(value)]

    def crate(
        self, raw: Any, where: str, extra: frozenset[str] | set[str] = frozenset()
    ) -> tuple[CrateSpec, dict[str, Any]]:
        """A crate as both spellings write it; returns the spec and the entry's table."""
        if isinstance(raw, str):
            return self.spec_text(raw, where), {}
        if not isinstance(raw, dict):
            raise self.fail(where, f"expected a crate (a string or a table), found {_kind(raw)}")
        table = self.table(
            raw, where, {"crate", "name", "version", "reason", "use-instead"} | extra
        )
        reason = table.get("reason", "")
        use_instead = table.get("use-instead", "")
        for key, value in (("reason", reason), ("use-instead", use_instead)):
            if not isinstance(value, str):
                raise self.fail(f"{where}.{key}", f"expected a string, found {_kind(value)}")
        if "crate" in table:
            if "name" in table:
                raise self.fail(where, "give `crate` or `name`, not both")
            if not isinstance(table["crate"], str):
                raise self.fail(
                    f"{where}.crate", f"expected a string, found {_kind(table['crate'])}"
                )
            spec = self.spec_text(table["crate"], f"{where}.crate")
        else:
            name = table.get("name")
            if not isinstance(name, str) or not name:
                raise self.fail(where, "missing `name` (or `crate`)")
            version = table.get("version")
            if version is not None and not isinstance(version, str):
                raise self.fail(f"{where}.version", f"expected a string, found {_kind(version)}")
            versions = self.requirement(version, f"{where}.version") if version else None
            spec = CrateSpec(name, versions, text=name + (f" {version}" if version else ""))
        return spec._replace(reason=reason, use_instead=use_instead), table

    def spec_text(self, text: str, where: str) -> CrateSpec:
        """``name``, ``name@1.2.3`` (that version) or ``name:<requirement>``."""
        if "@" in text:
            name, _, version = text.partition("@")
            try:
                Version.parse(version)
            except VersionError as exc:
                raise self.fail(where, f"{text!r}: {exc}") from None
            spec = CrateSpec(name, VersionReq.parse(f"={version}"), text=text)
        elif ":" in text:
            name, _, requirement = text.partition(":")
            spec = CrateSpec(name, self.requirement(requirement, where), text=text)
        else:
            spec = CrateSpec(text, None, text=text)
        if not spec.name:
            raise self.fail(where, f"{text!r} names no crate")
        return spec

    def requirement(self, text: str, where: str) -> VersionReq:
        try:
            return VersionReq.parse(text)
        except VersionError as exc:
            raise self.fail(where, f"{text!r} is not a version requirement: {exc}") from None

    # -- tables ----------------------------------------------------------------------

    def config(self, document: Mapping[str, Any]) -> DenyConfig:
        graph_keys = {
            "targets",
            "exclude",
            "all-features",
            "no-default-features",
            "features",
            "exclude-dev",
        }
        root = self.table(
            document,
            "",
            {"graph", "output", "advisories", "licenses", "bans", "sources", *graph_keys},
            moved={"feature-depth": "moved to [output] in cargo-deny 0.14.12; output only"},
        )
        graph_raw = self.table(root.get("graph"), "graph", graph_keys | {"exclude-unpublished"})
        moved = [key for key in graph_keys if key in root]
        for key in moved:
            if self.current:
                self.note(key, _MOVED_TO_GRAPH)
        merged = {**{k: root[k] for k in moved}, **graph_raw}
        self.table(root.get("output"), "output", {"feature-depth"})
        return DenyConfig(
            path=self.path,
            current=self.current,
            graph=self.graph(merged),
            advisories=self.advisories(root.get("advisories")),
            licenses=self.licenses(root.get("licenses")),
            bans=self.bans(root.get("bans")),
            sources=self.sources(root.get("sources")),
            notes=tuple(self.notes),
        )

    def graph(self, table: Mapping[str, Any]) -> GraphConfig:
        targets: list[tuple[str, tuple[str, ...]]] = []
        for where, entry in self.entries(table, "targets", "graph"):
            if isinstance(entry, str):
                targets.append((entry, ()))
            elif isinstance(entry, dict) and isinstance(entry.get("triple"), str):
                features = self.strings(entry, "features", where)
                targets.append((entry["triple"], features))
            else:
                raise self.fail(where, 'expected a triple or { triple = "...", features = [...] }')
        return GraphConfig(
            targets=tuple(targets),
            exclude=self.strings(table, "exclude", "graph"),
            all_features=self.boolean(table, "all-features", "graph", False),
            no_default_features=self.boolean(table, "no-default-features", "graph", False),
            features=self.strings(table, "features", "graph"),
            exclude_dev=self.boolean(table, "exclude-dev", "graph", False),
            exclude_unpublished=self.boolean(table, "exclude-unpublished", "graph", False),
        )

    def advisories(self, raw: Any) -> AdvisoriesConfig:
        removed = {k: _REMOVED for k in ("vulnerability", "notice", "severity-threshold")}
        table = self.table(
            raw,
            "advisories",
            {
                "version",
                "db-path",
                "db-urls",
                "yanked",
                "ignore",
                "unmaintained",
                "unsound",
                "git-fetch-with-cli",
                "disable-yank-checking",
                "maximum-db-staleness",
                "unused-ignored-advisory",
                "vulnerability",
                "notice",
                "severity-threshold",
            },
        )
        levels: dict[str, Level] = {}
        for key in ("vulnerability", "notice"):
            if key in table:
                if self.current:
                    self.note(f"advisories.{key}", removed[key])
                levels[key] = self.level(table, key, "advisories", Level.DENY)
        if "severity-threshold" in table:
            self.note("advisories.severity-threshold", "not applied: " + _REMOVED.split(" (")[0])
        scopes = {}
        for key in ("unmaintained", "unsound"):
            value = table.get(key)
            if value in _LEVELS:
                if self.current:
                    self.note(f"advisories.{key}", "a level here was " + _REMOVED)
                levels[key] = _LEVELS[value]
            elif value is not None:
                scopes[key] = self.choice(table, key, "advisories", _SCOPES, None)
        ignore: list[tuple[str, str]] = []
        ignore_yanked: list[CrateSpec] = []
        for where, entry in self.entries(table, "ignore", "advisories"):
            if isinstance(entry, str) and entry.split("-")[0].isupper():
                ignore.append((entry, "ignored in " + self.path))
            elif isinstance(entry, dict) and "id" in entry:
                found = self.table(entry, where, {"id", "reason"})
                ignore.append(
                    (str(found["id"]), str(found.get("reason") or "ignored in " + self.path))
                )
            else:
                ignore_yanked.append(self.crate(entry, where)[0])
        for key in ("git-fetch-with-cli", "disable-yank-checking"):
            self.boolean(table, key, "advisories", False)
        db_path = table.get("db-path")
        if db_path is not None and not isinstance(db_path, str):
            raise self.fail("advisories.db-path", f"expected a path, found {_kind(db_path)}")
        return AdvisoriesConfig(
            ignore=tuple(ignore),
            ignore_yanked=tuple(ignore_yanked),
            levels=levels,
            db_path=db_path,
            db_urls=self.strings(table, "db-urls", "advisories"),
            yanked=self.level(table, "yanked", "advisories", Level.WARN),
            unmaintained_scope=scopes.get("unmaintained", "all"),
            unsound_scope=scopes.get("unsound", "all"),
            max_age_days=self.duration_days(table, "maximum-db-staleness", "advisories", 90),
            unused_ignore=self.level(table, "unused-ignored-advisory", "advisories", Level.WARN),
        )

    def duration_days(self, table: Mapping[str, Any], key: str, where: str, default: int) -> int:
        """An RFC 3339 / ISO 8601 duration (``P90D``, ``P2W``, ``PT12H``) in whole days,
        rounded up."""
        value = table.get(key)
        if value is None:
            return default
        found = _DURATION.fullmatch(value) if isinstance(value, str) else None
        if found is None or not any(found.groups()):
            raise self.fail(
                f"{where}.{key}", f'expected a duration such as "P90D", found {_show(value)}'
            )
        years, months, weeks, days, hours, minutes, seconds = (
            float(g or 0) for g in found.groups()
        )
        total = (years * 365 + months * 30 + weeks * 7 + days) * 86400
        total += hours * 3600 + minutes * 60 + seconds
        return max(1, int(-(-total // 86400)))

    def licenses(self, raw: Any) -> LicensesConfig:
        legacy = ("unlicensed", "allow-osi-fsf-free", "copyleft", "default", "deny")
        table = self.table(
            raw,
            "licenses",
            {
                "version",
                "private",
                "confidence-threshold",
                "allow",
                "unused-allowed-license",
                "clarify",
                "exceptions",
                "unused-license-exception",
                "include-dev",
                "include-build",
                *legacy,
            },
        )
        for key in legacy:
            if key in table and self.current:
                self.note(f"licenses.{key}", _REMOVED)
        private = self.table(
            table.get("private"), "licenses.private", {"ignore", "ignore-sources", "registries"}
        )
        threshold = table.get("confidence-threshold", 0.8)
        if not isinstance(threshold, (int, float)) or isinstance(threshold, bool):
            raise self.fail(
                "licenses.confidence-threshold", f"expected a number, found {_kind(threshold)}"
            )
        clarify = []
        for where, entry in self.entries(table, "clarify", "licenses"):
            spec, found = self.crate(entry, where, {"expression", "license-files"})
            expression = found.get("expression")
            if not isinstance(expression, str):
                raise self.fail(where, "missing `expression`")
            files = []
            for file_where, item in self.entries(found, "license-files", where):
                item = self.table(item, file_where, {"path", "hash"})
                if not isinstance(item.get("path"), str) or not isinstance(item.get("hash"), int):
                    raise self.fail(file_where, 'expected { path = "...", hash = 0x... }')
                files.append((item["path"], item["hash"]))
            clarify.append(Clarification(spec, expression, tuple(files)))
        exceptions = []
        for where, entry in self.entries(table, "exceptions", "licenses"):
            spec, found = self.crate(entry, where, {"allow"})
            exceptions.append(LicenseException(spec, self.strings(found, "allow", where)))
        allow = self.strings(table, "allow", "licenses")
        deny = self.strings(table, "deny", "licenses")
        both = set(allow) & set(deny)
        if both:
            raise self.fail("licenses", f"{sorted(both)[0]!r} is in both `allow` and `deny`")
        return LicensesConfig(
            allow=allow,
            deny=deny,
            exceptions=tuple(exceptions),
            clarify=tuple(clarify),
            confidence_threshold=min(max(float(threshold), 0.0), 1.0),
            private_ignore=self.boolean(private, "ignore", "licenses.private", False),
            private_ignore_sources=self.strings(private, "ignore-sources", "licenses.private"),
            private_registries=self.strings(private, "registries", "licenses.private"),
            unlicensed=self.level(table, "unlicensed", "licenses", Level.DENY),
            copyleft=self.level(table, "copyleft", "licenses", Level.WARN),
            default=self.level(table, "default", "licenses", Level.DENY),
            allow_osi_fsf_free=self.choice(
                table, "allow-osi-fsf-free", "licenses", _OSI_FSF, "neither"
            ),
            unused_allowed_license=self.level(
                table, "unused-allowed-license", "licenses", Level.WARN
            ),
            unused_license_exception=self.level(
                table, "unused-license-exception", "licenses", Level.WARN
            ),
            include_dev=self.boolean(table, "include-dev", "licenses", False),
            include_build=self.boolean(table, "include-build", "licenses", True),
        )

    def bans(self, raw: Any) -> BansConfig:
        table = self.table(
            raw,
            "bans",
            {
                "multiple-versions",
                "multiple-versions-include-dev",
                "highlight",
                "deny",
                "allow",
                "features",
                "external-default-features",
                "workspace-default-features",
                "skip",
                "skip-tree",
                "wildcards",
                "allow-wildcard-paths",
                "allow-workspace",
                "allow-build-scripts",
                "build",
                "workspace-dependencies",
            },
        )
        deny = []
        for where, entry in self.entries(table, "deny", "bans"):
            spec, found = self.crate(entry, where, {"wrappers", "deny-multiple-versions"})
            wrappers = self.strings(found, "wrappers", where) if "wrappers" in found else None
            multiple = self.boolean(found, "deny-multiple-versions", where, False)
            if multiple and wrappers:
                raise self.fail(where, "give `wrappers` or `deny-multiple-versions`, not both")
            deny.append(BanEntry(spec, wrappers, multiple))
        features = []
        for where, entry in self.entries(table, "features", "bans"):
            spec, found = self.crate(entry, where, {"allow", "deny", "exact"})
            allowed, denied = (
                self.strings(found, "allow", where),
                self.strings(found, "deny", where),
            )
            if set(allowed) & set(denied):
                raise self.fail(where, "a feature is both allowed and denied")
            features.append(
                FeatureBan(spec, allowed, denied, self.boolean(found, "exact", where, False))
            )
        skip_tree = []
        for where, entry in self.entries(table, "skip-tree", "bans"):
            spec, found = self.crate(entry, where, {"depth"})
            depth = found.get("depth")
            if depth is not None and (not isinstance(depth, int) or depth < 0):
                raise self.fail(f"{where}.depth", "expected a whole number")
            skip_tree.append(SkipTree(spec, depth))
        allow = tuple(self.crate(e, w)[0] for w, e in self.entries(table, "allow", "bans"))
        skip = tuple(self.crate(e, w)[0] for w, e in self.entries(table, "skip", "bans"))
        build = None
        if "build" in table:
            build = self.build(table["build"])
        elif "allow-build-scripts" in table:
            self.note("bans.allow-build-scripts", "moved to [bans.build] (read from here too)")
            scripts = tuple(
                self.crate(e, w)[0] for w, e in self.entries(table, "allow-build-scripts", "bans")
            )
            build = BuildConfig(allow_build_scripts=scripts, scan_files=False)
        if "workspace-dependencies" in table:
            self.note("bans.workspace-dependencies", "not checked by cratewatch yet")
        return BansConfig(
            multiple_versions=self.level(table, "multiple-versions", "bans", Level.WARN),
            multiple_versions_include_dev=self.boolean(
                table, "multiple-versions-include-dev", "bans", False
            ),
            highlight=self.choice(table, "highlight", "bans", _HIGHLIGHT, "all"),
            deny=tuple(deny),
            allow=allow,
            features=tuple(features),
            external_default_features=self.level(
                table,
                "external-default-features",
                "bans",
                None,
            ),
            workspace_default_features=self.level(
                table,
                "workspace-default-features",
                "bans",
                None,
            ),
            skip=skip,
            skip_tree=tuple(skip_tree),
            wildcards=self.level(table, "wildcards", "bans", Level.ALLOW),
            allow_wildcard_paths=self.boolean(table, "allow-wildcard-paths", "bans", False),
            allow_workspace=self.boolean(table, "allow-workspace", "bans", False),
            build=build,
        )

    def build(self, raw: Any) -> BuildConfig:
        where = "bans.build"
        table = self.table(
            raw,
            where,
            {
                "allow-build-scripts",
                "executables",
                "interpreted",
                "script-extensions",
                "bypass",
                "enable-builtin-globs",
                "include-dependencies",
                "include-workspace",
                "include-archives",
            },
        )
        scripts = None
        if "allow-build-scripts" in table:
            scripts = tuple(
                self.crate(e, w)[0] for w, e in self.entries(table, "allow-build-scripts", where)
            )
        extensions = self.strings(table, "script-extensions", where)
        for extension in extensions:
            if not extension.isascii() or not extension.isalnum():
                raise self.fail(f"{where}.script-extensions", f"{extension!r} is not an extension")
        bypass = []
        for entry_where, entry in self.entries(table, "bypass", where):
            spec, found = self.crate(
                entry, entry_where, {"build-script", "required-features", "allow-globs", "allow"}
            )
            allowed = []
            for item_where, item in self.entries(found, "allow", entry_where):
                item = self.table(item, item_where, {"path", "checksum"})
                path = item.get("path")
                if not isinstance(path, str) or path.startswith("/"):
                    raise self.fail(item_where, "expected a crate-relative `path`")
                allowed.append((path, item.get("checksum")))
            bypass.append(
                BuildBypass(
                    spec,
                    found.get("build-script"),
                    self.strings(found, "required-features", entry_where),
                    self.strings(found, "allow-globs", entry_where),
                    tuple(allowed),
                )
            )
        return BuildConfig(
            allow_build_scripts=scripts,
            executables=self.level(table, "executables", where, Level.DENY),
            interpreted=self.level(table, "interpreted", where, Level.ALLOW),
            script_extensions=extensions,
            bypass=tuple(bypass),
            enable_builtin_globs=self.boolean(table, "enable-builtin-globs", where, False),
            include_dependencies=self.boolean(table, "include-dependencies", where, False),
            include_workspace=self.boolean(table, "include-workspace", where, False),
            include_archives=self.boolean(table, "include-archives", where, False),
        )

    def sources(self, raw: Any) -> SourcesConfig:
        table = self.table(
            raw,
            "sources",
            {
                "unknown-registry",
                "unknown-git",
                "allow-registry",
                "allow-git",
                "private",
                "allow-org",
                "required-git-spec",
                "unused-allowed-source",
                "unused-allowed-org",
            },
        )
        orgs_raw = self.table(
            table.get("allow-org"), "sources.allow-org", {"github", "gitlab", "bitbucket"}
        )
        registries = (
            self.strings(table, "allow-registry", "sources")
            if "allow-registry" in table
            else SourcesConfig().allow_registry
        )
        return SourcesConfig(
            unknown_registry=self.level(table, "unknown-registry", "sources", Level.WARN),
            unknown_git=self.level(table, "unknown-git", "sources", Level.WARN),
            allow_registry=tuple(self.url(u, "sources.allow-registry") for u in registries),
            allow_git=tuple(
                self.url(u, "sources.allow-git")
                for u in self.strings(table, "allow-git", "sources")
            ),
            private=tuple(
                self.url(u, "sources.private") for u in self.strings(table, "private", "sources")
            ),
            allow_org={
                host: self.strings(orgs_raw, host, "sources.allow-org")
                for host in ("github", "gitlab", "bitbucket")
            },
            required_git_spec=self.choice(table, "required-git-spec", "sources", _GIT_SPECS, None),
            unused_allowed_source=self.level(table, "unused-allowed-source", "sources", Level.WARN),
        )

    def url(self, text: str, where: str) -> str:
        scheme, separator, rest = text.partition("://")
        if not separator or not rest.split("/")[0]:
            raise self.fail(where, f"{text!r} is not a URL")
        if "+" in scheme:
            if not self.current:
                self.note(where, f"{text!r}: the scheme modifier is not needed")
            text = scheme.split("+", 1)[1] + "://" + rest
        return text


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string"}.get(
        type(value), "a list" if isinstance(value, list) else "a table"
    )


def _show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else _kind(value)
