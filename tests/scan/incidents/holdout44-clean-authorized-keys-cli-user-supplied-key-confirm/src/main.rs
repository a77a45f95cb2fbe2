//! `akeys add ./laptop.pub` shows the key's fingerprint and comment and asks before appending.
use base64::Engine;
use sha2::{Digest, Sha256};
use std::io::{BufRead, Write};

fn fingerprint(line: &str) -> Option<String> {
    let b = base64::engine::general_purpose::STANDARD.decode(line.split_whitespace().nth(1)?).ok()?;
    Some(format!("SHA256:{}", base64::engine::general_purpose::STANDARD_NO_PAD.encode(Sha256::digest(b))))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let ak = dirs::home_dir().expect("no home").join(".ssh/authorized_keys");
    let cur = std::fs::read_to_string(&ak).unwrap_or_default();
    match args.get(1).map(String::as_str) {
        Some("list") => for l in cur.lines() { println!("{} {}", fingerprint(l).unwrap_or_default(), l.split_whitespace().nth(2).unwrap_or("")); },
        Some("add") => {
            let key = std::fs::read_to_string(args.get(2).expect("usage: akeys add FILE")).expect("read key");
            let key = key.trim();
            let fp = fingerprint(key).expect("not an OpenSSH public key");
            if cur.contains(key) { println!("already present: {fp}"); return }
            print!("Add {fp} ({}) to {}? [y/N] ", key.split_whitespace().nth(2).unwrap_or(""), ak.display());
            std::io::stdout().flush().unwrap();
            let mut a = String::new(); std::io::stdin().lock().read_line(&mut a).unwrap();
            if a.trim() == "y" { std::fs::write(&ak, format!("{cur}{key}\n")).expect("write"); println!("added"); }
        }
        _ => eprintln!("usage: akeys list | add FILE"),
    }
}
