//! `cargo xtask env` prints shell exports for `.envrc`;
//! `cargo xtask fixtures` checks TLE checksums. Nothing else.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn checksum(line: &str) -> u8 {
    line.bytes()
        .take(68)
        .map(|b| match b {
            b'0'..=b'9' => b - b'0',
            b'-' => 1,
            _ => 0,
        })
        .fold(0u32, |a, v| a + v as u32) as u8
        % 10
}

fn fixtures() -> bool {
    let dir = root().join("orbitcalc/tests/data");
    let mut ok = true;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            if (line.starts_with("1 ") || line.starts_with("2 "))
                && (line.len() != 69 || checksum(line) != line.as_bytes()[68].wrapping_sub(b'0'))
            {
                eprintln!("{}:{}: bad checksum", entry.path().display(), n + 1);
                ok = false;
            }
        }
    }
    ok
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("env") => {
            let target = root().join("target");
            println!("export ORBITCALC_TARGET='{}';", target.display());
            println!("export RUST_BACKTRACE=1;");
        }
        Some("fixtures") => std::process::exit(if fixtures() { 0 } else { 1 }),
        _ => {
            eprintln!("usage: cargo xtask <env|fixtures>");
            std::process::exit(2);
        }
    }
}
