"""Which crates count as known malware for a dependency check."""

from __future__ import annotations

from pathlib import Path

import pytest

from cratewatch.advisories.database import open_database
from cratewatch.scan.crate import scan_crate
from cratewatch.scan.dependencies import DependencyCheck, malicious_crates
from cratewatch.scan.extract import CrateArchive
from tests.conftest import ADVISORY_DB


def test_crates_removed_for_malicious_code_count_without_the_category(tmp_path: Path) -> None:
    """RustSec has advisories for malicious crates (and a crate owned alongside them)
    that carry no ``malicious`` category; their titles say why the crate was removed."""
    found = malicious_crates(open_database([str(ADVISORY_DB)], tmp_path, offline=True))
    for name in ("logprinter", "arone", "aronenao", "tinymember"):
        assert name in found
    assert found["arone"] == "RUSTSEC-2026-0259"
    assert found["rustdecimal"] == "RUSTSEC-2022-0042"  # the category, as before
    assert "smallvec" not in found and "time" not in found  # vulnerabilities are not malware


def test_patch_and_replace_redirects_are_evidence_at_their_lines() -> None:
    from cratewatch.scan.dependencies import DependencyCheck, dependency_evidence
    from cratewatch.scan.manifest import read_manifest

    text = (
        '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nlog = "0.4"\n'
        'serde = "1"\n\n[patch.crates-io]\nlog = { path = "../log" }\nserde = "1.0.200"\n\n'
        '[replace]\n"serde:1.0.200" = { git = "https://git.example/serde" }\n'
    )
    manifest = read_manifest({"Cargo.toml": text.encode()})
    found = dependency_evidence(manifest, text, DependencyCheck({}))
    assert [(e.rule, e.line, e.snippet.split("  (")[1]) for e in found] == [
        ("threat-dependency-redirect", 10, "[patch.crates-io] swaps log for path ../log)"),
        (
            "threat-dependency-redirect",
            14,
            "[replace] swaps serde for git https://git.example/serde)",
        ),
    ]


def test_a_shipped_cargo_configuration_redirects_too() -> None:
    from cratewatch.scan.dependencies import config_evidence

    config = (
        '[alias]\nt = "test"\n\n[patch.crates-io]\n'
        'serde_json = { git = "https://git.example/mirrors/serde_json", rev = "e2d7a9f" }\n\n'
        '[source.crates-io]\nreplace-with = "mirror"\n\n'
        '[source.mirror]\nregistry = "sparse+https://mirror.example/index/"\n'
    )
    found = config_evidence({".cargo/config.toml": config.encode(), "Cargo.toml": b""})
    assert [(e.file, e.line, e.snippet.split("  (")[1]) for e in found] == [
        (
            ".cargo/config.toml",
            5,
            "[patch.crates-io] swaps serde_json for git https://git.example/mirrors/serde_json"
            " rev e2d7a9f)",
        ),
        (
            ".cargo/config.toml",
            7,
            "replaces crates-io by registry sparse+https://mirror.example/index/)",
        ),
    ]
    # a configuration that is not TOML swaps nothing (cargo refuses it)
    assert config_evidence({".cargo/config": b"[patch.crates-io\n"}) == []


def test_a_known_malicious_dev_dependency_is_suspicious() -> None:
    """Dependents never build it, but the crate's own developers run it with `cargo test`."""
    check = DependencyCheck({"rpc-check": "RUSTSEC-2026-0018"})
    for table in ("dev-dependencies", "dependencies"):
        manifest = f'[package]\nname = "x"\nversion = "1.0.0"\n\n[{table}]\nrpc-check = "0.1"\n'
        archive = CrateArchive("x", {"Cargo.toml": manifest.encode()}, ())
        assert scan_crate(archive, "x", check).verdict == "suspicious"


def test_a_known_malicious_dependency_of_a_workspace_member() -> None:
    """An `xtask` or tool member of the workspace: its developers run it with `cargo xtask`."""
    check = DependencyCheck({"rpc-check": "RUSTSEC-2026-0018"})
    root = b'[workspace]\nmembers = ["xtask"]\n\n[package]\nname = "x"\nversion = "1.0.0"\n'
    member = b'[package]\nname = "xtask"\nversion = "0.0.0"\n\n[dependencies]\nrpc-check = "0.1"\n'
    files = {"Cargo.toml": root, "xtask/Cargo.toml": member}
    scan = scan_crate(CrateArchive("x", files, ()), "x", check)
    assert scan.verdict == "suspicious"
    (found,) = [e for e in scan.findings if e.rule == "threat-malicious-dependency"]
    assert (found.file, found.line) == ("xtask/Cargo.toml", 6)


def test_a_path_or_git_dependency_with_a_version_is_the_published_crate() -> None:
    """`cargo publish` keeps the version of a path or git dependency and drops the rest:
    dependents get that crates.io crate. A git repository serving a malicious crate's
    name is not that crate, but a reviewer looks; a path dependency is the crate's own,
    unless renamed to pass for another crate."""
    from cratewatch.scan.dependencies import DependencyCheck, dependency_evidence
    from cratewatch.scan.manifest import read_manifest

    text = (
        '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\n'
        'arone = { path = "../arone", version = "0.1" }\n'
        'tinymember = { git = "https://git.example/tinymember", version = "0.2" }\n'
        'logprinter = { path = "../logprinter" }\n'
        'aronenao = { git = "https://git.example/aronenao", branch = "main" }\n'
        'sha2 = { path = "third_party/sha-rust", package = "sha-rust" }\n'
    )
    manifest = read_manifest({"Cargo.toml": text.encode()})
    check = DependencyCheck(
        {n: "RUSTSEC" for n in ("arone", "tinymember", "logprinter", "aronenao", "sha-rust")}
    )
    found = dependency_evidence(manifest, text, check)
    assert sorted((e.line, e.rule) for e in found) == [
        (6, "threat-malicious-dependency"),
        (7, "threat-malicious-dependency"),
        (9, "threat-malicious-name-dependency"),
        (10, "threat-malicious-name-dependency"),
    ]
    named = next(e for e in found if e.line == 9)
    assert named.snippet.endswith("(RUSTSEC, from git https://git.example/aronenao branch main)")


def test_a_registry_whose_index_is_crates_io_is_crates_io() -> None:
    """A registry the crate's cargo configuration names, or an index given in the manifest,
    that is crates.io's under another name: its crates are the crates.io crates."""
    check = DependencyCheck({"rpc-check": "RUSTSEC-2026-0018", "arone": "RUSTSEC"})
    manifest = (
        '[package]\nname = "x"\nversion = "1.0.0"\n\n[dependencies]\n'
        'rpc-check = { version = "0.1", registry = "mirror" }\n'
        'arone = { version = "0.1", registry-index = "sparse+https://index.crates.io/" }\n'
    )
    config = '[registries.mirror]\nindex = "{index}"\n'

    def found(index: str) -> list[int]:
        files = {
            "Cargo.toml": manifest.encode(),
            ".cargo/config.toml": config.format(index=index).encode(),
        }
        scan = scan_crate(CrateArchive("x", files, ()), "x", check)
        return sorted(e.line for e in scan.findings if e.rule == "threat-malicious-dependency")

    assert found("sparse+https://index.crates.io/") == [6, 7]
    assert found("sparse+https://crates.internal.example/api/v1/crates/") == [7]  # its own crates


@pytest.mark.parametrize(
    "script",
    [
        "#!/usr/bin/env rust-script\n//! Stamps a release.\n//!\n//! ```cargo\n//! [dependencies]\n"
        '//! semver = "1"\n//! time_calibrators = "0.1"\n//! ```\nfn main() {}\n',
        '#!/usr/bin/env -S cargo +nightly -Zscript\n---cargo\n[dependencies]\nsemver = "1"\n'
        'time_calibrators = "0.1"\n---\nfn main() {}\n',
        '#!/usr/bin/env rust-script\n// cargo-deps: semver="1", time_calibrators="0.1"\n'
        "fn main() {}\n",
    ],
)
def test_a_single_file_scripts_own_manifest_is_checked(script: str) -> None:
    from cratewatch.scan.dependencies import script_evidence

    check = DependencyCheck({"time-calibrators": "RUSTSEC-2026-0031"})
    (found,) = script_evidence({"scripts/stamp.rs": script.encode()}, check)
    assert (found.rule, found.file, found.context.value) == (
        "threat-malicious-dependency",
        "scripts/stamp.rs",
        "test",
    )
    assert "time_calibrators" in script.split("\n")[found.line - 1]
    # the crate's own sources: a doc comment showing a manifest is documentation
    library = script.split("\n", 1)[1]
    if not library.startswith("---"):
        assert script_evidence({"src/lib.rs": library.encode()}, check) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("Makefile.toml", '[tasks.logs]\ninstall_crate = "log-printer"\ncommand = "x"\n'),
        (
            "Makefile.toml",
            '[tasks.logs]\ninstall_crate = { crate_name = "log_printer", binary = "lp" }\n',
        ),
        (
            "scripts/setup.sh",
            "#!/bin/sh\nset -e\ncargo install --locked --version 1.2 log-printer\n",
        ),
        (
            ".github/workflows/ci.yml",
            "steps:\n  - run: cargo +stable binstall -y log-printer@0.3\n",
        ),
        ("justfile", "logs:\n    cargo install -f --root target/tools log-printer && lp\n"),
        (
            "Cargo.toml",
            '[package]\nname = "x"\n\n[package.metadata.bin]\n'
            'cargo-nextest = { version = "0.9" }\nlog-printer = { version = "0.3" }\n',
        ),
        (
            ".pre-commit-config.yaml",
            "repos:\n  - repo: local\n    hooks:\n      - id: logs\n        entry: lp\n"
            "        language: system\n"
            '        additional_dependencies: ["cli:log-printer:0.3"]  # logs\n',
        ),
        (
            ".pre-commit-config.yaml",
            "repos:\n  - repo: local\n    hooks:\n      - id: fmt\n        entry: x\n"
            "      - id: logs\n        additional_dependencies:\n          - serde\n"
            "          - log-printer:0.3  # the hook's crate uses it\n        language: rust\n",
        ),
        # what a Bazel build of the repository compiles (rules_rust's crate_universe)
        (
            "MODULE.bazel",
            'crate = use_extension("@rules_rust//crate_universe:extensions.bzl", "crate")\n'
            'crate.spec(package = "serde", version = "1")\n'
            'crate.spec(\n    package = "log-printer",\n    version = "0.3",\n)\n',
        ),
        (
            "third_party/crates.bzl",
            'crates_repository(\n    packages = {\n        "serde": crate.spec(version = "1"),\n'
            '        "log-printer": crate.spec(version = "0.3"),\n    },\n)\n',
        ),
    ],
)
def test_a_known_malicious_crate_the_tooling_installs(path: str, text: str) -> None:
    from cratewatch.scan.dependencies import install_evidence

    check = DependencyCheck({"log-printer": "RUSTSEC-2026-0084"})
    (found,) = install_evidence({path: text.encode()}, check)
    assert (found.rule, found.file, found.context.value) == (
        "threat-malicious-dependency",
        path,
        "test",
    )
    assert "RUSTSEC-2026-0084" in found.snippet
    assert "log" in text.split("\n")[found.line - 1]
    # other crates, options' values, documentation and the crate's sources are not installs
    assert install_evidence({path: text.replace("printer", "viewer").encode()}, check) == []
    assert install_evidence({"README.md": b"cargo install log-printer\n"}, check) == []
    assert install_evidence({"src/lib.rs": b"// cargo install log-printer\n"}, check) == []
    quiet = b"#!/bin/sh\ncargo install --git https://example.org/log-printer tool\n"
    assert install_evidence({"install.sh": quiet}, check) == []
    # a Python hook's packages are PyPI's, whatever their names
    python = b"-   id: logs\n    language: python\n    additional_dependencies: [log-printer]\n"
    assert install_evidence({".pre-commit-config.yaml": python}, check) == []


HEAD = '[package]\nname = "x"\nversion = "1.0.0"\n'


def test_a_good_crate_with_a_malicious_release_is_not_malware(tmp_path: Path) -> None:
    """arrayref's advisory (RUSTSEC-2026-0260) leaves every release up to 0.3.9 alone:
    arrayref is no malware, a requirement that can resolve to a good release is no
    evidence, one that admits only the malicious release is (blake2b_simd and five more
    of Debian's crates depend on ``arrayref = "0.3.5"``)."""
    from cratewatch.scan.dependencies import (
        compromised_releases,
        dependency_evidence,
        known_malware,
    )
    from cratewatch.scan.manifest import read_manifest

    database = list(open_database([str(ADVISORY_DB)], tmp_path, offline=True))
    assert "arrayref" not in malicious_crates(database)
    assert compromised_releases(database)["arrayref"].spared == ("<= 0.3.9",)
    check = known_malware(database)
    for requirement, evidence in [
        ('"0.3.5"', False),
        ('"*"', False),
        ('"^0.3.10"', True),
        ('"=0.3.10"', True),
        ('">=0.3.10, <0.4"', True),
        ('{ version = "0.3.6", optional = true }', False),
    ]:
        text = (
            f'[package]\nname = "x"\nversion = "1.0.0"\n[dependencies]\narrayref = {requirement}\n'
        )
        found = dependency_evidence(read_manifest({"Cargo.toml": text.encode()}), text, check)
        assert bool(found) is evidence, requirement
        if evidence:
            assert found[0].line == 5 and "RUSTSEC-2026-0260" in found[0].snippet
    text = f'{HEAD}[dependencies]\nproc-macro1 = "0.1"\n'
    malware = dependency_evidence(read_manifest({"Cargo.toml": text.encode()}), text, check)
    assert [e.rule for e in malware] == ["threat-malicious-dependency"]


def _lockfile(*packages: tuple[str, str]) -> bytes:
    registry = "registry+https://github.com/rust-lang/crates.io-index"
    entries = "".join(
        f'\n[[package]]\nname = "{name}"\nversion = "{version}"\nsource = "{registry}"\n'
        for name, version in packages
    )
    return f'version = 3\n\n[[package]]\nname = "tool"\nversion = "1.0.0"\n{entries}'.encode()


@pytest.mark.parametrize(
    ("packages", "flagged"),
    [
        ((("arrayref", "0.3.9"), ("anyhow", "1.0.0")), []),
        ((("arrayref", "0.3.10"),), ["arrayref 0.3.10"]),
        ((("proc-macro1", "0.1.0"), ("arrayref", "0.3.6")), ["proc-macro1 0.1.0"]),
    ],
)
def test_a_shipped_lockfile_pinning_malware_is_evidence(
    tmp_path: Path, packages: tuple[tuple[str, str], ...], flagged: list[str]
) -> None:
    """``cargo install --locked`` builds what the crate's own Cargo.lock pins."""
    from cratewatch.scan.dependencies import known_malware, lockfile_evidence

    check = known_malware(open_database([str(ADVISORY_DB)], tmp_path, offline=True))
    lockfile = _lockfile(*packages)
    found = lockfile_evidence({"Cargo.lock": lockfile}, check)
    assert [e.snippet.split("  (")[0] for e in found] == flagged
    lines = lockfile.decode().split("\n")
    assert all(e.file == "Cargo.lock" and lines[e.line - 1].startswith("version =") for e in found)
    assert lockfile_evidence({"Cargo.lock": b"[[package]\nnot toml"}, check) == []


@pytest.mark.parametrize(
    ("patch", "evidence"),
    [
        ('async-task = { path = "." }', False),  # async-task 4.3.0: its own tests
        ('async-task = { path = "./" }', False),
        ('async-task = { path = "../fork" }', True),
        ('other = { path = "." }', True),
        ('async-task = { git = "https://example.com/fork" }', True),
    ],
)
def test_a_crate_patched_to_itself_is_no_redirect(patch: str, evidence: bool) -> None:
    from cratewatch.scan.dependencies import dependency_evidence
    from cratewatch.scan.manifest import read_manifest

    text = f'[package]\nname = "async-task"\nversion = "4.3.0"\n[patch.crates-io]\n{patch}\n'
    found = dependency_evidence(
        read_manifest({"Cargo.toml": text.encode()}), text, DependencyCheck({})
    )
    assert bool(found) is evidence
