"""Strings built from constants across a crate's files (``scan/constants.py``): keys,
data and decoders in different files, URLs put together by ``concat!`` / ``format!`` /
joins of constants defined elsewhere, encodings of such strings, characters spelled as
arithmetic; and ordinary constants and tables that make no text stay silent. All
addresses are documentation ranges and inert."""

from __future__ import annotations

import base64
import time
from pathlib import Path

from cratewatch.scan.constants import _worth_parsing
from cratewatch.scan.crate import CrateScan, scan_path

MANIFEST = '[package]\nname = "tinylog"\nversion = "0.2.0"\n'


def scan(tmp_path: Path, files: dict[str, str]) -> CrateScan:
    crate = tmp_path / "crate"
    for name, text in {"Cargo.toml": MANIFEST, **files}.items():
        (crate / name).parent.mkdir(parents=True, exist_ok=True)
        (crate / name).write_text(text)
    return scan_path(crate)


def hits(result: CrateScan, rule: str) -> list[tuple[str, int, str]]:
    return [(e.file, e.line, e.snippet) for e in result.findings if e.rule == rule]


def xored(text: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(text))


def array(data: bytes) -> str:
    return ", ".join(f"0x{b:02x}" for b in data)


KEY = b"k3y!"
SECRET_URL = b"http://192.0.2.44:8080/stage2"
DECODER = """mod key;
mod data;

pub fn endpoint() -> String {
    let bytes: Vec<u8> = data::DATA
        .iter()
        .zip(key::KEY.iter().cycle())
        .map(|(a, k)| a ^ k)
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}
"""


def test_key_data_and_decoder_in_three_files(tmp_path: Path) -> None:
    result = scan(
        tmp_path,
        {
            "src/lib.rs": DECODER,
            "src/key.rs": f"pub const KEY: [u8; 4] = [{array(KEY)}];\n",
            "src/data.rs": f"pub static DATA: &[u8] = &[{array(xored(SECRET_URL, KEY))}];\n",
        },
    )
    found = hits(result, "threat-obfuscated-string")
    assert [(file, line) for file, line, _ in found] == [("src/lib.rs", 5)]
    snippet = found[0][2]
    assert "xor of DATA (src/data.rs) with key KEY (src/key.rs)" in snippet
    assert "http://192.0.2.44:8080/stage2" in snippet
    assert hits(result, "threat-raw-ip-url")
    assert result.verdict == "malicious"


def test_one_byte_key_in_another_file_subtracted(tmp_path: Path) -> None:
    shifted = bytes((b + 7) % 256 for b in b"/bin/sh -c 'curl -s x'")
    result = scan(
        tmp_path,
        {
            "src/lib.rs": "mod k;\nmod d;\n\npub fn cmd() -> Vec<u8> {\n"
            "    d::BLOB.iter().map(|b| b.wrapping_sub(k::SHIFT)).collect()\n}\n",
            "src/k.rs": "pub const SHIFT: u8 = 7;\n",
            "src/d.rs": f"pub const BLOB: [u8; {len(shifted)}] = [{array(shifted)}];\n",
        },
    )
    found = hits(result, "threat-obfuscated-string")
    assert found and found[0][:2] == ("src/lib.rs", 5)
    assert "minus of BLOB (src/d.rs) with key SHIFT (src/k.rs)" in found[0][2]


def test_url_by_concat_of_constants_from_two_modules(tmp_path: Path) -> None:
    result = scan(
        tmp_path,
        {
            "src/lib.rs": "mod net;\nmod paths;\n\n"
            'pub const ENDPOINT: &str = concat!(net::BASE, paths::BOT, "/sendMessage");\n',
            "src/net.rs": 'pub const BASE: &str = "https://api.tele";\n',
            "src/paths.rs": 'pub const BOT: &str = "gram.org/bot1234";\n',
        },
    )
    found = hits(result, "threat-telegram-bot-api")
    assert [(file, line) for file, line, _ in found] == [("src/lib.rs", 4)]
    assert "concat! of BASE (src/net.rs), BOT (src/paths.rs)" in found[0][2]
    assert "'https://api.telegram.org/bot1234/sendMessage'" in found[0][2]
    # put together in plain sight: not an obfuscated string
    assert not hits(result, "threat-obfuscated-string")


def test_format_of_constants(tmp_path: Path) -> None:
    result = scan(
        tmp_path,
        {
            "src/lib.rs": "mod cfg;\nuse cfg::*;\n\npub fn hook() -> String {\n"
            '    let a = format!("{}{}/{}", SCHEME, HOST, PATH);\n'
            '    let b = format!("{SCHEME}{HOST}/{PATH}");\n'
            '    let c = [SCHEME, HOST, "/", PATH].concat();\n'
            '    let d = SCHEME.to_string() + HOST + "/" + PATH;\n'
            '    let e = [SCHEME, HOST].join("");\n'
            "    a + &b + &c + &d + &e\n}\n",
            "src/cfg.rs": 'pub const SCHEME: &str = "https://discord";\n'
            'pub const HOST: &str = ".com";\n'
            'pub const PATH: &str = "api/webhooks/42/tok";\n',
        },
    )
    lines = sorted(line for _, line, _ in hits(result, "threat-discord-webhook"))
    assert lines == [5, 6, 7, 8]  # the join has no path: no webhook
    snippets = [s for _, _, s in hits(result, "threat-discord-webhook")]
    assert any("format! of SCHEME (src/cfg.rs), HOST (src/cfg.rs)" in s for s in snippets)
    assert any(".concat() of SCHEME" in s for s in snippets)
    assert any("+ of SCHEME" in s for s in snippets)


def test_base64_of_a_constant_built_by_concat(tmp_path: Path) -> None:
    encoded = base64.b64encode(b"https://198.51.100.9/p.sh").decode()
    first, second = encoded[:9], encoded[9:]  # neither piece decodes to text alone
    files = {
        "src/lib.rs": "mod a;\nmod b;\n\n"
        "const PAYLOAD: &str = concat!(a::HEAD, b::TAIL);\n\n"
        "pub fn url() -> Vec<u8> {\n    base64::decode(PAYLOAD).unwrap()\n}\n",
        "src/a.rs": f'pub const HEAD: &str = "{first}";\n',
        "src/b.rs": f'pub const TAIL: &str = "{second}";\n',
    }
    result = scan(tmp_path, files)
    found = hits(result, "threat-obfuscated-string")
    assert [(file, line) for file, line, _ in found] == [("src/lib.rs", 4)]
    assert "concat! of HEAD (src/a.rs), TAIL (src/b.rs), then base64" in found[0][2]
    assert hits(result, "threat-raw-ip-url")


def test_characters_spelled_as_arithmetic(tmp_path: Path) -> None:
    chars = ", ".join(f"(0x{ord(c) - 3:x} + 3) as u8 as char" for c in "wget -q")
    result = scan(
        tmp_path,
        {"src/lib.rs": f"pub fn tool() -> String {{\n    [{chars}].iter().collect()\n}}\n"},
    )
    found = hits(result, "threat-obfuscated-string")
    assert [(file, line) for file, line, _ in found] == [("src/lib.rs", 2)]
    assert "characters from integer arithmetic: 'wget -q'" in found[0][2]


def test_ordinary_constants_make_no_text(tmp_path: Path) -> None:
    result = scan(
        tmp_path,
        {
            "src/lib.rs": "mod consts;\nuse consts::*;\n\npub fn banner() -> String {\n"
            '    format!("{} {} ({})", NAME, VERSION, MAX_RETRIES)\n}\n'
            "pub fn mixed(x: u8) -> u8 {\n    x ^ FLAGS[0] ^ SEED\n}\n",
            "src/consts.rs": 'pub const NAME: &str = "tinylog";\n'
            'pub const VERSION: &str = "0.2.0";\n'
            "pub const MAX_RETRIES: usize = 3;\n"
            "pub const SEED: u8 = 0x5a;\n"
            "pub const FLAGS: [u8; 4] = [1, 2, 4, 8];\n",
        },
    )
    assert result.verdict == "clean"
    assert not result.findings


def test_lookup_table_xored_with_a_key_is_gibberish(tmp_path: Path) -> None:
    table = bytes((i * 167 + 13) % 256 for i in range(256))  # an S-box-like permutation
    result = scan(
        tmp_path,
        {
            "src/lib.rs": "mod sbox;\nmod key;\n\npub fn mix(block: &mut [u8]) {\n"
            "    for (i, b) in block.iter_mut().enumerate() {\n"
            "        *b = sbox::SBOX[(*b ^ key::ROUND_KEY[i % 16]) as usize];\n    }\n}\n",
            "src/sbox.rs": f"pub static SBOX: [u8; 256] = [{array(table)}];\n",
            "src/key.rs": f"pub const ROUND_KEY: [u8; 16] = [{array(bytes(range(16)))}];\n",
        },
    )
    assert result.verdict == "clean"
    assert not hits(result, "threat-obfuscated-string")


def test_most_crates_are_not_parsed_again() -> None:
    files = {
        "src/lib.rs": b'mod a;\npub fn f() -> String { format!("{}", a::NAME) }\n',
        "src/a.rs": b'pub const NAME: &str = "x";\npub const LIMIT: usize = 4;\n',
        "src/b.rs": b"pub fn g(x: u8) -> u8 { x ^ 3 }\n",
    }
    assert _worth_parsing(files) == {"src/lib.rs", "src/a.rs"}
    assert _worth_parsing({k: v for k, v in files.items() if k != "src/lib.rs"}) == set()


def test_hostile_constants_are_bounded(tmp_path: Path) -> None:
    # each constant doubles the last: 2**3000 characters if nothing stopped it; and a
    # cycle of constants defined in terms of each other
    lines = ['pub const C0: &str = "ab";', "pub const X: &str = concat!(Y);"]
    lines += ["pub const Y: &str = concat!(X);"]
    lines += [f"pub const C{i}: &str = concat!(C{i - 1}, C{i - 1});" for i in range(1, 3000)]
    nested = "concat!(" * 200 + '"a"' + ")" * 200
    lines += [f"pub const N: &str = {nested};"]
    started = time.monotonic()
    result = scan(tmp_path, {"src/lib.rs": "\n".join(lines) + "\n"})
    assert time.monotonic() - started < 10
    assert result.verdict == "clean"


def test_key_in_another_file_and_the_data_passed_in(tmp_path: Path) -> None:
    tables = (
        "use crate::SCHEMES;\n"
        "pub fn unmask(b: &[u8]) -> String {\n"
        "    b.iter().zip(SCHEMES.iter().cycle()).map(|(x, k)| (x ^ k) as char).collect()\n"
        "}\n"
        f"pub const HOST: [u8; {len(SECRET_URL)}] = [{array(xored(SECRET_URL, KEY))}];\n"
    )
    result = scan(
        tmp_path,
        {
            "src/lib.rs": f'mod tables;\npub(crate) const SCHEMES: &[u8] = b"{KEY.decode()}";\n'
            "pub fn host() -> String { tables::unmask(&tables::HOST) }\n",
            "src/tables.rs": tables,
        },
    )
    found = hits(result, "threat-obfuscated-string")
    assert any("http://192.0.2.44:8080/stage2" in snippet for _, _, snippet in found), found
