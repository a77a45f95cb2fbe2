"""``cratewatch sbom``: what each package is (purl, checksum, license, kind, edges), the three
documents validated against their published schemas (CycloneDX 1.6 JSON and XML by the
CycloneDX library's validators, SPDX 2.3 by its JSON schema and by spdx-tools' own
validation), golden documents, a real lockfile, and errors."""

from __future__ import annotations

import datetime as dt
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from cyclonedx.validation.xml import XmlValidator
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.licenses.expressions import spdx_expression
from cratewatch.lockfile import read_lockfile
from cratewatch.model.package import GitReference, PackageId, Source, SourceKind
from cratewatch.model.sbom import Inventory
from cratewatch.model.version import Version
from cratewatch.reporters.sbom import cyclonedx_sbom, spdx_sbom
from cratewatch.sbom.inventory import inventory, package_url
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.conftest import SHARED_DATA, require
from tests.sbom.workspace import CHECKSUM, write_workspace

GOLDEN = Path(__file__).parent / "golden"
WHEN = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
BAT_2026 = SHARED_DATA / "cargo-locks" / "sharkdp__bat__2026-08-01__d3448444863f.Cargo.lock"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return write_workspace(tmp_path / "ws")


def _inventory(root: Path) -> Inventory:
    return inventory(read_lockfile(root / "Cargo.lock"), root, now=WHEN)


def _by_name(found: Inventory) -> dict[str, Any]:
    return {str(c.package.name): c for c in found.components}


def test_each_package_has_its_kind_license_checksum_and_edges(workspace: Path) -> None:
    found = _by_name(_inventory(workspace))
    kinds = {name: c.kind for name, c in found.items()}
    assert kinds == {
        "app": "runtime",
        "tool": "runtime",
        "serde-lite": "runtime",
        "itoa-lite": "runtime",
        "cc-lite": "build",
        "jobserver-lite": "build",  # reached only through a build dependency
        "proptest-lite": "dev",
    }
    assert found["app"].member and found["tool"].member and not found["cc-lite"].member
    assert found["app"].license == "Apache-2.0"  # inherited from [workspace.package]
    assert found["serde-lite"].license == "MIT OR Apache-2.0"  # the legacy MIT/Apache-2.0
    assert found["proptest-lite"].license is None
    assert found["proptest-lite"].license_text == "Proprietary\\x1b[2J"  # never a raw escape
    assert found["jobserver-lite"].license is None  # sources not at hand: unknown, not guessed
    assert found["cc-lite"].sha256 == CHECKSUM["cc-lite"] and found["app"].sha256 is None
    edges = {str(dep.name): kinds for dep, kinds in found["app"].dependencies}
    assert edges == {
        "cc-lite": {"build"},
        "proptest-lite": {"dev"},
        "serde-lite": {"normal"},
        "tool": {"normal"},
    }
    assert found["serde-lite"].purl == "pkg:cargo/serde-lite@1.0.2"


def test_what_could_not_be_read_is_said(workspace: Path) -> None:
    problems = _inventory(workspace).problems
    assert any("jobserver-lite 0.1.3" in p and "not found" in p for p in problems)
    assert all("\x1b" not in p for p in problems)


def test_the_cyclonedx_documents_are_valid_and_say_the_kinds(workspace: Path) -> None:
    found = _inventory(workspace)
    text = cyclonedx_sbom(found)
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(text) is None
    assert XmlValidator(SchemaVersion.V1_6).validate_str(cyclonedx_sbom(found, xml=True)) is None
    document = json.loads(text)
    components = {c["name"]: c for c in document["components"]}
    assert components["cc-lite"]["scope"] == "excluded"
    assert components["serde-lite"]["scope"] == "required"
    assert components["serde-lite"]["licenses"] == [{"expression": "MIT OR Apache-2.0"}]
    assert components["proptest-lite"]["licenses"] == [{"license": {"name": "Proprietary\\x1b[2J"}}]
    assert document["metadata"]["component"]["name"] == "ws"  # two members: the workspace
    graph = {d["ref"]: set(d.get("dependsOn", ())) for d in document["dependencies"]}
    assert graph["workspace:ws"] == {"pkg:cargo/app@0.3.0", "pkg:cargo/tool@0.1.0"}
    assert "pkg:cargo/itoa-lite@1.0.0" in graph["pkg:cargo/serde-lite@1.0.2"]


def test_the_spdx_document_is_valid_and_says_the_kinds(workspace: Path) -> None:
    text = spdx_sbom(_inventory(workspace))
    schema = json.loads(
        resources.files("lib4sbom").joinpath("schemas/spdx/2.3-schema.json").read_text()
    )
    document = json.loads(text)
    jsonschema.validate(document, schema)
    _assert_spdx_tools_accept(text)
    names = {p["SPDXID"]: p["name"] for p in document["packages"]}
    relations = {
        (names.get(r["spdxElementId"], r["spdxElementId"]), r["relationshipType"],
         names[r["relatedSpdxElement"]])
        for r in document["relationships"]
    }  # fmt: skip
    assert ("cc-lite", "BUILD_DEPENDENCY_OF", "app") in relations
    assert ("proptest-lite", "DEV_DEPENDENCY_OF", "app") in relations
    assert ("app", "DEPENDS_ON", "serde-lite") in relations
    assert ("SPDXRef-DOCUMENT", "DESCRIBES", "app") in relations
    declared = {p["name"]: p["licenseDeclared"] for p in document["packages"]}
    assert declared["serde-lite"] == "MIT OR Apache-2.0"
    assert declared["jobserver-lite"] == "NOASSERTION"


def _assert_spdx_tools_accept(text: str) -> None:
    import tempfile

    from spdx_tools.spdx.parser.json.json_parser import parse_from_file
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sbom.spdx.json"
        path.write_text(text)
        messages = validate_full_spdx_document(parse_from_file(str(path)))
    assert not messages, [m.validation_message for m in messages]


@pytest.mark.parametrize(
    ("form", "golden"),
    [("cyclonedx-json", "workspace.cdx.json"), ("spdx-json", "workspace.spdx.json")],
)
def test_whole_documents_match_the_golden_files(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, form: str, golden: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(WHEN.timestamp())))
    result = run("sbom", workspace, "--format", form, "-q")
    assert result.exit_code == 0, result.output
    expected = GOLDEN / golden
    if os.environ.get("CRATEWATCH_UPDATE_GOLDEN"):
        expected.write_text(result.stdout)
    assert result.stdout == expected.read_text()


def test_a_real_lockfile_without_its_project(tmp_path: Path) -> None:
    lockfile = tmp_path / "Cargo.lock"
    lockfile.write_bytes(require(BAT_2026).read_bytes())
    result = run("sbom", lockfile, "--format", "cyclonedx-json")
    assert result.exit_code == 0
    assert "no Cargo.toml beside the lockfile" in result.stderr
    document = json.loads(result.stdout)
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(result.stdout) is None
    packages = read_lockfile(lockfile).packages
    everything = [document["metadata"]["component"], *document["components"]]
    assert len(everything) == len(packages)
    hashes = {c["purl"]: c["hashes"][0]["content"] for c in everything if c.get("hashes")}
    for package in packages:
        if package.checksum:
            assert hashes[package_url(package.id)] == package.checksum


def test_errors_are_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("sbom", tmp_path / "missing"), 3, "missing")
    result = run("sbom", tmp_path, "--sources", tmp_path / "nowhere")
    assert_one_line_error(result, 2, "--sources", "not a directory")
    (tmp_path / "Cargo.lock").write_text("version = 3\n[[package]]\nname = 1\n")
    assert_one_line_error(run("sbom", tmp_path), 3, "Cargo.lock")


def test_package_urls_of_every_source() -> None:
    version = Version.parse("1.2.3")
    git = Source(SourceKind.GIT, "https://github.com/o/r", GitReference.BRANCH, "main", "0123abc")
    registry = Source(SourceKind.SPARSE, "https://registry.example/index/")
    assert package_url(PackageId("a_b", version, git)) == (  # type: ignore[arg-type]
        "pkg:cargo/a_b@1.2.3?vcs_url=git%2Bhttps://github.com/o/r%400123abc"
    )
    assert package_url(PackageId("x", version, registry)) == (  # type: ignore[arg-type]
        "pkg:cargo/x@1.2.3?repository_url=https://registry.example/index/"
    )
    assert package_url(PackageId("x", version, None)) == "pkg:cargo/x@1.2.3"  # type: ignore[arg-type]


@given(st.text(max_size=60))
def test_a_license_field_is_an_expression_or_none_and_normalising_is_stable(text: str) -> None:
    expression = spdx_expression(text)
    if expression is not None:
        assert spdx_expression(expression) == expression
