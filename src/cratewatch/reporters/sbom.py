"""SBOM documents of ``cratewatch sbom``: CycloneDX 1.6 (JSON, XML) and SPDX 2.3 (JSON).

Each is built by its standard's own library (``cyclonedx-python-lib``, ``spdx-tools``),
whose models and serialisers know the formats' rules; the tests validate what they
write against the published schemas. What a package is used for is said in each
format's own terms:

=========================  ===============================  ===================================
the package is             CycloneDX                        SPDX relationship to its user
=========================  ===============================  ===================================
shipped (runtime)          scope ``required``               ``DEPENDS_ON``
only run while building    scope ``excluded``               ``BUILD_DEPENDENCY_OF``
only for tests, examples   scope ``excluded``               ``DEV_DEPENDENCY_OF``
unknown (no manifest)      no scope                         ``DEPENDS_ON`` (from the lockfile)
=========================  ===============================  ===================================

and as the property ``cratewatch:dependency-kind`` (``runtime``, ``build``, ``dev``) in
CycloneDX. Documents are reproducible: the serial number and namespace are derived from
the contents, and the time is the inventory's (``SOURCE_DATE_EPOCH`` when set).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import uuid
from typing import Any, Final

from cratewatch.model.package import PackageId
from cratewatch.model.sbom import Component, Inventory
from cratewatch.reporters import TOOL_NAME, tool_version

__all__ = ["cyclonedx_sbom", "spdx_sbom"]

KIND_PROPERTY: Final = "cratewatch:dependency-kind"
_SPDX_ID_UNSAFE: Final = re.compile(r"[^A-Za-z0-9.-]+")


def _digest(inventory: Inventory) -> str:
    """What identifies the document's contents: every package and edge."""
    digest = hashlib.sha256(inventory.name.encode())
    for component in inventory.components:
        digest.update(f"\0{component.purl}\0{component.sha256}".encode())
        for dep, kinds in component.dependencies:
            digest.update(f"\0{dep}:{','.join(sorted(kinds))}".encode())
    return digest.hexdigest()


def _refs(inventory: Inventory) -> dict[PackageId, str]:
    """A unique reference per package: its purl (a path package can share one with the
    registry release of the same name and version; it gets a suffix)."""
    refs: dict[PackageId, str] = {}
    taken: set[str] = set()
    for component in inventory.components:
        ref = component.purl
        n = 1
        while ref in taken:
            n += 1
            ref = f"{component.purl}#{n}"
        taken.add(ref)
        refs[component.package] = ref
    return refs


def cyclonedx_sbom(inventory: Inventory, xml: bool = False) -> str:
    """A CycloneDX 1.6 document, JSON or XML."""
    from cyclonedx.model import HashAlgorithm, HashType, Property
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component as CdxComponent
    from cyclonedx.model.component import ComponentScope, ComponentType
    from cyclonedx.model.dependency import Dependency
    from cyclonedx.model.license import DisjunctiveLicense, LicenseExpression
    from cyclonedx.output.json import JsonV1Dot6
    from cyclonedx.output.xml import XmlV1Dot6
    from packageurl import PackageURL

    refs = _refs(inventory)
    built: dict[PackageId, CdxComponent] = {}
    for component in inventory.components:
        licenses: list[Any] = []
        if component.license:
            licenses.append(LicenseExpression(component.license))
        elif component.license_text:
            licenses.append(DisjunctiveLicense(name=component.license_text))
        scope = None
        if component.kind is not None and not component.member:  # (members are the product)
            scope = (
                ComponentScope.REQUIRED if component.kind == "runtime" else ComponentScope.EXCLUDED
            )
        built[component.package] = CdxComponent(
            name=str(component.package.name),
            version=str(component.package.version),
            type=ComponentType.APPLICATION if component.member else ComponentType.LIBRARY,
            bom_ref=refs[component.package],
            purl=PackageURL.from_string(component.purl),
            hashes=[HashType(alg=HashAlgorithm.SHA_256, content=component.sha256)]
            if component.sha256
            else None,
            licenses=licenses,
            scope=scope,
            properties=[Property(name=KIND_PROPERTY, value=component.kind)]
            if scope is not None and component.kind
            else None,
        )
    bom = Bom(serial_number=uuid.UUID(_digest(inventory)[:32], version=5))
    bom.metadata.timestamp = inventory.generated
    bom.metadata.tools.components.add(
        CdxComponent(name=TOOL_NAME, version=tool_version(), type=ComponentType.APPLICATION)
    )
    members = [c for c in inventory.components if c.member]
    if len(members) == 1:
        root = built.pop(members[0].package)
    else:
        root = CdxComponent(
            name=inventory.name,
            type=ComponentType.APPLICATION,
            bom_ref=f"workspace:{inventory.name}",
        )
    bom.metadata.component = root
    for part in built.values():
        bom.components.add(part)
    everything = {**built, members[0].package: root} if len(members) == 1 else dict(built)
    # (the dependency list built at once: Bom.register_dependency looks each one up in
    # the whole list, a quadratic cost on a thousand packages)
    graph = [
        Dependency(
            ref=everything[component.package].bom_ref,
            dependencies=[
                Dependency(ref=everything[dep].bom_ref)
                for dep, _ in component.dependencies
                if dep in everything
            ],
        )
        for component in inventory.components
    ]
    if len(members) != 1:
        graph.append(
            Dependency(
                ref=root.bom_ref,
                dependencies=[Dependency(ref=built[m.package].bom_ref) for m in members],
            )
        )
    bom.dependencies.update(graph)
    writer = XmlV1Dot6(bom) if xml else JsonV1Dot6(bom)
    return str(writer.output_as_string(indent=2)) + "\n"


def spdx_sbom(inventory: Inventory) -> str:
    """An SPDX 2.3 JSON document."""
    from spdx_tools.common.spdx_licensing import spdx_licensing
    from spdx_tools.spdx.model.actor import Actor, ActorType
    from spdx_tools.spdx.model.checksum import Checksum, ChecksumAlgorithm
    from spdx_tools.spdx.model.document import CreationInfo, Document
    from spdx_tools.spdx.model.package import (
        ExternalPackageRef,
        ExternalPackageRefCategory,
        Package,
        PackagePurpose,
    )
    from spdx_tools.spdx.model.relationship import Relationship, RelationshipType
    from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion
    from spdx_tools.spdx.writer.json.json_writer import write_document_to_stream

    ids = {
        component.package: f"SPDXRef-{i}-"
        + _SPDX_ID_UNSAFE.sub("-", f"{component.package.name}-{component.package.version}")
        for i, component in enumerate(inventory.components, 1)
    }
    packages = []
    for component in inventory.components:
        packages.append(
            Package(
                spdx_id=ids[component.package],
                name=str(component.package.name),
                version=str(component.package.version),
                download_location=_download_location(component),
                files_analyzed=False,
                checksums=[Checksum(ChecksumAlgorithm.SHA256, component.sha256)]
                if component.sha256
                else [],
                license_concluded=SpdxNoAssertion(),
                license_declared=spdx_licensing.parse(component.license)
                if component.license
                else SpdxNoAssertion(),
                license_comment=f"declared as: {component.license_text}"
                if component.license_text
                else None,
                copyright_text=SpdxNoAssertion(),
                external_references=[
                    ExternalPackageRef(
                        ExternalPackageRefCategory.PACKAGE_MANAGER, "purl", component.purl
                    )
                ],
                primary_package_purpose=PackagePurpose.APPLICATION
                if component.member
                else PackagePurpose.LIBRARY,
            )
        )
    relationships = [
        Relationship("SPDXRef-DOCUMENT", RelationshipType.DESCRIBES, ids[c.package])
        for c in inventory.components
        if c.member
    ]
    for component in inventory.components:
        user = ids[component.package]
        for dep, kinds in component.dependencies:
            used = ids.get(dep)
            if used is None:
                continue
            if not kinds or "normal" in kinds:
                relationships.append(Relationship(user, RelationshipType.DEPENDS_ON, used))
            if "build" in kinds:
                relationships.append(Relationship(used, RelationshipType.BUILD_DEPENDENCY_OF, user))
            if "dev" in kinds:
                relationships.append(Relationship(used, RelationshipType.DEV_DEPENDENCY_OF, user))
    digest = _digest(inventory)
    document = Document(
        creation_info=CreationInfo(
            spdx_version="SPDX-2.3",
            spdx_id="SPDXRef-DOCUMENT",
            name=f"{inventory.name} dependencies",
            document_namespace=f"https://spdx.org/spdxdocs/{TOOL_NAME}-{inventory.name}-"
            + str(uuid.UUID(digest[:32], version=5)),
            creators=[Actor(ActorType.TOOL, f"{TOOL_NAME}-{tool_version()}")],
            created=inventory.generated.replace(microsecond=0),
            data_license="CC0-1.0",
        ),
        packages=packages,
        relationships=relationships,
    )
    stream = io.StringIO()
    write_document_to_stream(document, stream, validate=False)
    written = json.loads(stream.getvalue())
    for package in written.get("packages", ()):
        for reference in package.get("externalRefs", ()):
            # SPDX 2.3's JSON schema spells the category with a hyphen; spdx-tools writes the
            # tag-value spelling, which the schema refuses
            category = reference.get("referenceCategory", "")
            reference["referenceCategory"] = category.replace("_", "-")
    return json.dumps(written, indent=2) + "\n"


def _download_location(component: Component) -> str | Any:
    """Where the package can be downloaded: crates.io's download URL for its releases;
    NOASSERTION for others (a private registry's URL is in its configuration, not here)."""
    from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion

    source = component.package.source
    if source is not None and source.is_crates_io:
        name, version = component.package.name, component.package.version
        return f"https://crates.io/api/v1/crates/{name}/{version}/download"
    return SpdxNoAssertion()
