"""VEX documents of ``cratewatch reach``: CycloneDX 1.6 and OpenVEX 0.2.0.

A VEX statement says whether a product is affected by a vulnerability and why. Here the
product is the project, each affected package a component (``pkg:cargo/name@version``),
and the reachability answer decides the statement:

============================  ==========================  ======================================
answer                        CycloneDX state (justif.)   OpenVEX status (justification)
============================  ==========================  ======================================
reachable                     exploitable                 affected
never called, test only,      not_affected                not_affected
lockfile only                 (code_not_reachable)        (vulnerable_code_not_in_execute_path)
feature off                   not_affected                not_affected
                              (requires_configuration)    (vulnerable_code_not_in_execute_path)
other target only             not_affected                not_affected
                              (requires_environment)      (vulnerable_code_not_in_execute_path)
version outside the range     not_affected                not_affected
                              (code_not_present)          (vulnerable_code_not_present)
unknown                       in_triage                   under_investigation
============================  ==========================  ======================================

"Reachable" means the vulnerable function can run from the project's entry points, not
that an attacker can exploit it; it is reported as the state that asks for action, with
the call path as the detail. The CycloneDX document is built with
``cyclonedx-python-lib`` (which also validates it against the 1.6 schema in the tests).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any, Final

from cratewatch.model.reach import ReachReason, ReachState
from cratewatch.reach.run import ReachedFinding
from cratewatch.reporters import TOOL_NAME, advisory_url, tool_version

__all__ = ["cyclonedx_vex", "openvex"]

_OPENVEX_CONTEXT: Final = "https://openvex.dev/ns/v0.2.0"
_NOT_PRESENT: Final = frozenset({ReachReason.VERSION_OUTSIDE_RANGE})


def purl(name: str, version: str) -> str:
    return f"pkg:cargo/{name}@{version}"


def cyclonedx_vex(
    results: Sequence[ReachedFinding], project: str, now: dt.datetime | None = None
) -> str:
    """A CycloneDX 1.6 JSON document: the affected packages as components, each finding
    as a vulnerability with its analysis."""
    from cyclonedx.model import XsUri
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component, ComponentType
    from cyclonedx.model.impact_analysis import ImpactAnalysisJustification as Justification
    from cyclonedx.model.impact_analysis import ImpactAnalysisState as State
    from cyclonedx.model.vulnerability import (
        BomTarget,
        Vulnerability,
        VulnerabilityAnalysis,
        VulnerabilitySource,
    )
    from cyclonedx.output.json import JsonV1Dot6
    from packageurl import PackageURL

    bom = Bom()
    bom.metadata.timestamp = now or dt.datetime.now(dt.UTC)
    product = Component(name=project, type=ComponentType.APPLICATION, bom_ref=project)
    bom.metadata.component = product
    components: dict[str, Component] = {}
    for result in results:
        package = result.finding.package
        advisory = result.finding.advisory
        if package is None or advisory is None:
            continue
        ref = purl(str(package.name), str(package.version))
        if ref not in components:
            components[ref] = Component(
                name=str(package.name),
                version=str(package.version),
                type=ComponentType.LIBRARY,
                purl=PackageURL("cargo", name=str(package.name), version=str(package.version)),
                bom_ref=ref,
            )
            bom.components.add(components[ref])
        answer = result.reachability
        state, justification = {
            ReachState.REACHABLE: (State.EXPLOITABLE, None),
            ReachState.UNKNOWN: (State.IN_TRIAGE, None),
        }.get(answer.state, (State.NOT_AFFECTED, None))
        if answer.state is ReachState.NOT_REACHABLE:
            justification = {
                ReachReason.FEATURE_OFF: Justification.REQUIRES_CONFIGURATION,
                ReachReason.OTHER_TARGET: Justification.REQUIRES_ENVIRONMENT,
                ReachReason.VERSION_OUTSIDE_RANGE: Justification.CODE_NOT_PRESENT,
            }.get(answer.reason or ReachReason.NEVER_CALLED, Justification.CODE_NOT_REACHABLE)
        bom.vulnerabilities.add(
            Vulnerability(
                bom_ref=f"{advisory.id}/{ref}",
                id=advisory.id,
                source=VulnerabilitySource(
                    name="RustSec" if advisory.id.startswith("RUSTSEC-") else "OSV",
                    url=XsUri(advisory_url(advisory)),
                ),
                description=advisory.title,
                analysis=VulnerabilityAnalysis(
                    state=state, justification=justification, detail=_detail(result)
                ),
                affects=[BomTarget(ref=ref)],
            )
        )
    bom.register_dependency(product, components.values())
    document: str = JsonV1Dot6(bom).output_as_string(indent=2)
    return document


def openvex(
    results: Sequence[ReachedFinding], project: str, now: dt.datetime | None = None
) -> dict[str, Any]:
    """An OpenVEX 0.2.0 document: one statement per finding."""
    timestamp = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    statements = []
    for result in results:
        package = result.finding.package
        advisory = result.finding.advisory
        if package is None or advisory is None:
            continue
        answer = result.reachability
        statement: dict[str, Any] = {
            "vulnerability": {"name": advisory.id, "aliases": list(advisory.aliases)},
            "products": [
                {
                    "@id": project,
                    "subcomponents": [{"@id": purl(str(package.name), str(package.version))}],
                }
            ],
        }
        if answer.state is ReachState.REACHABLE:
            statement["status"] = "affected"
            statement["action_statement"] = (
                "the vulnerable function is reachable: " + _detail(result) + "; upgrade "
                f"{package.name} or stop calling it"
            )
        elif answer.state is ReachState.NOT_REACHABLE:
            statement["status"] = "not_affected"
            statement["justification"] = (
                "vulnerable_code_not_present"
                if answer.reason in _NOT_PRESENT
                else "vulnerable_code_not_in_execute_path"
            )
            statement["impact_statement"] = _detail(result)
        else:
            statement["status"] = "under_investigation"
            statement["status_notes"] = _detail(result)
        statements.append(statement)
    identity = hashlib.sha256(
        repr([(s["vulnerability"]["name"], s["status"]) for s in statements]).encode()
    ).hexdigest()[:16]
    return {
        "@context": _OPENVEX_CONTEXT,
        "@id": f"https://openvex.dev/docs/public/cratewatch-{identity}",
        "author": f"{TOOL_NAME} {tool_version()}",
        "timestamp": timestamp,
        "version": 1,
        "tooling": f"{TOOL_NAME} {tool_version()} reach",
        "statements": statements,
    }


def _detail(result: ReachedFinding) -> str:
    answer = result.reachability
    reason = f"{answer.reason.value}: " if answer.reason is not None else ""
    return reason + answer.detail
