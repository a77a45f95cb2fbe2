"""``check licenses``: each package's license expression against the policy, as cargo-deny
decides it.

Where a package's license comes from, first that succeeds: a ``clarify`` entry whose
license files still hash as recorded (xxHash32 of the text with line ends made ``\\n``,
cargo-deny's hash); the manifest's ``license`` (crates.io's ``/`` read as ``OR``; read
laxly when strictly it is no SPDX expression); the license files in the crate's root
(``LICENSE*``, ``COPYING*`` and ``license-file``) matched to SPDX licenses by askalono
with at least ``confidence-threshold``, joined with ``AND``. Else it is unlicensed.

Each license of the expression is then judged, in cargo-deny's order: an exception for the
crate, ``deny`` (0.14), ``allow``, and with a 0.14 configuration its copyleft, OSI / FSF and
default levels; the expression holds when its ANDs and ORs of verdicts do.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from cratewatch.check.config import Clarification, LicensesConfig
from cratewatch.errors import ConfigError, InputError
from cratewatch.licenses.expressions import (
    All,
    Expression,
    Requirement,
    evaluate,
    is_copyleft,
    osi_fsf,
    parse_expression,
    parse_licensee,
    requirements,
    satisfies,
)
from cratewatch.model.findings import Code, Finding, Level
from cratewatch.model.package import PackageId
from cratewatch.project.files import MAX_FILE_BYTES, license_files
from cratewatch.project.graph import DependencyGraph
from cratewatch.untrusted.files import read_regular_file

__all__ = ["check_licenses", "license_text_hash"]


class _Verdict(NamedTuple):
    accepted: bool
    reason: str
    warned: bool = False


class _Policy:
    """The configuration's licensees, parsed once, and which of them were used."""

    def __init__(self, config: LicensesConfig, current: bool, path: str) -> None:
        self.config = config
        self.current = current
        self.allow = [_licensee(t, path, "licenses.allow") for t in sorted(config.allow)]
        self.deny = [_licensee(t, path, "licenses.deny") for t in config.deny]
        self.exceptions = [
            (e.spec, [_licensee(t, path, "licenses.exceptions.allow") for t in e.allow])
            for e in config.exceptions
        ]
        self.used_allow: set[int] = set()
        self.used_exceptions: set[int] = set()

    def judge(self, package: PackageId, required: Requirement) -> _Verdict:
        for index, (spec, allowed) in enumerate(self.exceptions):
            if spec.matches(package):
                if any(satisfies(licensee, required) for licensee in allowed):
                    self.used_exceptions.add(index)
                    return _Verdict(True, "allowed by an exception for the crate")
                break
        if not self.current and any(satisfies(d, required) for d in self.deny):
            return _Verdict(False, "explicitly denied")
        for index, licensee in enumerate(self.allow):
            if satisfies(licensee, required):
                self.used_allow.add(index)
                return _Verdict(True, "explicitly allowed")
        if self.current:
            return _Verdict(False, "not explicitly allowed")
        if not required.license.startswith("LicenseRef-"):
            if is_copyleft(required.license):
                level = self.config.copyleft
                if level is Level.DENY:
                    return _Verdict(False, "copyleft (copyleft = deny)")
                return _Verdict(True, "copyleft", warned=level is Level.WARN)
            decided = _osi_fsf_verdict(required.license, self.config.allow_osi_fsf_free)
            if decided is not None:
                return decided
        if self.config.default is Level.DENY:
            return _Verdict(False, "not explicitly allowed")
        return _Verdict(True, "allowed by default", warned=self.config.default is Level.WARN)


def check_licenses(
    graph: DependencyGraph, config: LicensesConfig, current: bool, config_path: str
) -> list[Finding]:
    """Findings of every checked package, then of the policy's unused entries."""
    policy = _Policy(config, current, config_path)
    clarified = [(c, _parse_clarified(c.expression, config_path)) for c in config.clarify]
    findings = []
    for pid in _checked(graph, config):
        manifest = graph.manifests.get(pid)
        if config.private_ignore and _private(graph, pid, config):
            continue
        found = _expression(graph, pid, clarified, config.confidence_threshold)
        paths = graph.member_paths(pid)
        if found is None:
            code = Code.LICENSE_UNLICENSED
            origin = "no `license` in its manifest" if manifest else "its manifest is not at hand"
            findings.append(
                Finding(
                    code,
                    code.default_severity,
                    f"{pid} has no license that could be read ({origin}, and no license file "
                    "matched with enough confidence)",
                    package=pid,
                    paths=paths,
                )
            )
            continue
        expression, origin = found
        needed = requirements(expression)
        verdicts = [policy.judge(pid, r) for r in needed]
        holds = evaluate(expression, dict(enumerate(v.accepted for v in verdicts)))
        detail = "; ".join(
            f"{r}: {'accepted' if v.accepted else 'rejected'} ({v.reason})"
            for r, v in zip(needed, verdicts, strict=True)
        )
        text = _show(expression)
        if not holds:
            code = Code.LICENSE_REJECTED
            message = f"{pid}: license `{text}` ({origin}) is not allowed: {detail}"
        elif any(v.warned for v in verdicts):
            code = Code.LICENSE_WARNED
            message = f"{pid}: license `{text}` ({origin}) is accepted with a warning: {detail}"
        else:
            continue
        findings.append(Finding(code, code.default_severity, message, package=pid, paths=paths))
    for index, text in enumerate(sorted(config.allow)):
        if index not in policy.used_allow:
            code = Code.LICENSE_UNUSED
            findings.append(
                Finding(
                    code,
                    code.default_severity,
                    f"allowed license {text!r} is used by no checked package",
                    location=config_path,
                )
            )
    for index, exception in enumerate(config.exceptions):
        if index not in policy.used_exceptions:
            code = Code.LICENSE_EXCEPTION_UNUSED
            findings.append(
                Finding(
                    code,
                    code.default_severity,
                    f"license exception for {exception.spec} was not needed by any package",
                    location=config_path,
                )
            )
    return findings


def license_text_hash(data: bytes) -> int:
    """cargo-deny's hash of a license file (``clarify``): xxHash32 (seed 0) of its text
    with every line ending made ``\\n``, a last one added, read up to the first line
    that is not UTF-8."""
    import xxhash

    lines = []
    for line in data.split(b"\n") if data else []:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            break
        lines.append(line.rstrip(b"\r\n") + b"\n")
    if data.endswith(b"\n") and lines:
        lines.pop()  # (the split's empty last piece is no line)
    return int(xxhash.xxh32_intdigest(b"".join(lines), seed=0))


def _checked(graph: DependencyGraph, config: LicensesConfig) -> list[PackageId]:
    """The packages the check judges: reachable from the members without development
    dependencies (unless ``include-dev``), and without build-only ones when
    ``include-build = false``."""
    kinds = {"normal", "build"} | ({"dev"} if config.include_dev else set())
    if not config.include_build:
        kinds.discard("build")
    seen = graph.reachable(frozenset(kinds))
    return sorted(seen, key=lambda p: (p.name, p.version))


def _private(graph: DependencyGraph, pid: PackageId, config: LicensesConfig) -> bool:
    manifest = graph.manifests.get(pid)
    publish = manifest.publish if manifest is not None else None
    if publish == ():
        return True
    if publish and all(r in config.private_registries for r in publish):
        return True
    source = pid.source
    return source is not None and any(
        _same_place(source.url, url) for url in config.private_ignore_sources
    )


def _same_place(a: str, b: str) -> bool:
    def place(url: str) -> str:
        return url.split("://", 1)[-1].rstrip("/").removesuffix(".git").lower()

    return place(a) == place(b)


def _expression(
    graph: DependencyGraph,
    pid: PackageId,
    clarified: Sequence[tuple[Clarification, Expression]],
    threshold: float,
) -> tuple[Expression, str] | None:
    manifest = graph.manifests.get(pid)
    where = graph.locations.get(pid)
    files: dict[str, bytes] = {}
    if where is not None and (not (manifest and manifest.license) or clarified):
        files = license_files(where, manifest.license_file if manifest else "")
    for clarification, clarified_expression in clarified:
        recorded = clarification.files
        if clarification.spec.matches(pid) and all(
            license_text_hash(files[path] if path in files else _read(where, path)) == value
            for path, value in recorded
        ):
            return clarified_expression, "clarified in the configuration"
    declared = manifest.license if manifest is not None else ""
    origin = "Cargo.toml `license`"
    if pid in graph.from_registry:
        origin = "the registry's record of its `license` (ecosystem store)"
    if declared:
        for lax in (False, True):
            try:
                return parse_expression(declared, lax), origin
            except ValueError:
                continue
    found: list[Requirement] = []
    names = []
    from cratewatch.licenses.texts import identify_license

    for name in sorted(files):
        match = identify_license(files[name])
        if match is None or match.score < threshold:
            continue
        try:
            found.append(parse_licensee(match.license))
            names.append(name)
        except ValueError:
            continue
    if found:
        joined: Expression = found[0] if len(found) == 1 else All(tuple(found))
        return joined, "license files " + ", ".join(names)
    return None


def _read(where: Path | None, path: str) -> bytes:
    """A license file ``clarify`` names (b"" when it is no regular file within the limit)."""
    if where is None:
        return b""
    try:
        return read_regular_file(where / path, max_bytes=MAX_FILE_BYTES)
    except InputError:
        return b""


def _parse_clarified(text: str, path: str) -> Expression:
    try:
        return parse_expression(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: licenses.clarify: {text!r}: {exc}") from None


def _licensee(text: str, path: str, where: str) -> Requirement:
    try:
        return parse_licensee(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: {where}: {text!r} is not a license: {exc}") from None


def _osi_fsf_verdict(license_id: str, mode: str) -> _Verdict | None:
    osi, fsf = osi_fsf(license_id)
    decisions = {
        "either": (True, "OSI approved or FSF free") if osi or fsf else None,
        "both": (True, "OSI approved and FSF free") if osi and fsf else None,
        "osi": (True, "OSI approved") if osi else None,
        "fsf": (True, "FSF free") if fsf else None,
        "osi-only": (False, "OSI and FSF (osi-only)")
        if osi and fsf
        else (True, "OSI approved")
        if osi
        else None,
        "fsf-only": (False, "FSF and OSI (fsf-only)")
        if osi and fsf
        else (True, "FSF free")
        if fsf
        else None,
    }
    decided = decisions.get(mode)
    return _Verdict(*decided) if decided is not None else None


def _show(expression: Expression) -> str:
    if isinstance(expression, Requirement):
        return str(expression)
    joiner = " AND " if isinstance(expression, All) else " OR "
    return joiner.join(
        str(p) if isinstance(p, Requirement) else f"({_show(p)})" for p in expression.parts
    )
