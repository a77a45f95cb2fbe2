//! Finding keypairs: Solana CLI `id.json`, the Anchor provider wallet, `*-keypair.json` and
//! `.env` files of the project, and keypair literals in source files. No regex dependency: the
//! scanners below are small hand-written state machines.

use std::collections::BTreeSet;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Found {
    pub(crate) origin: String,
    pub(crate) value: String,
}

#[derive(Default)]
pub(crate) struct RedactionSet {
    values: BTreeSet<String>,
}

impl RedactionSet {
    pub(crate) fn extend(&mut self, f: &[Found]) {
        self.values.extend(f.iter().map(|x| x.value.clone()));
    }

    pub(crate) fn matches(&self, s: &str) -> bool {
        self.values.iter().any(|v| s.contains(v.as_str()))
    }
}

const B58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// `[n, n, ...]` with exactly 64 numbers 0..=255: the JSON keypair format.
fn byte_arrays(text: &str, origin: &str, out: &mut Vec<Found>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'[' {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        let (mut count, mut cur, mut digits, mut ok) = (0, 0u32, 0, true);
        while j < b.len() && b[j] != b']' {
            match b[j] {
                b'0'..=b'9' => {
                    cur = cur * 10 + (b[j] - b'0') as u32;
                    digits += 1;
                }
                b',' => {
                    if digits == 0 || cur > 255 {
                        ok = false;
                        break;
                    }
                    count += 1;
                    cur = 0;
                    digits = 0;
                }
                b' ' | b'\n' | b'\r' | b'\t' => {}
                _ => {
                    ok = false;
                    break;
                }
            }
            j += 1;
        }
        if ok && j < b.len() && digits > 0 && cur <= 255 && count + 1 == 64 {
            out.push(Found { origin: origin.to_string(), value: text[start..=j].to_string() });
        }
        i = j.max(i + 1);
    }
}

/// Runs of 86 to 88 base58 characters: a 64-byte secret key in base58.
fn base58_runs(text: &str, origin: &str, out: &mut Vec<Found>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let mut j = i;
        while j < b.len() && B58.contains(&b[j]) {
            j += 1;
        }
        if (86..=88).contains(&(j - i)) {
            out.push(Found { origin: origin.to_string(), value: text[i..j].to_string() });
        }
        i = j + 1;
    }
}

fn scan_file(p: &Path, out: &mut Vec<Found>) {
    let Ok(meta) = p.metadata() else { return };
    if meta.len() > 1 << 20 {
        return;
    }
    if let Ok(text) = fs::read_to_string(p) {
        let origin = p.display().to_string();
        byte_arrays(&text, &origin, out);
        base58_runs(&text, &origin, out);
    }
}

fn walk(dir: &Path, depth: u8, out: &mut Vec<Found>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if p.is_dir() {
            if depth > 0 && !matches!(name.as_str(), "target" | "node_modules" | ".git" | ".anchor") {
                walk(&p, depth - 1, out);
            }
        } else if name.ends_with(".json") || name.ends_with(".rs") || name.ends_with(".ts") || name.ends_with(".js") || name.starts_with(".env") || name == "Anchor.toml" {
            scan_file(&p, out);
        }
    }
}

fn home() -> Option<PathBuf> {
    env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")).map(PathBuf::from)
}

pub(crate) fn discover() -> Vec<Found> {
    let mut out = Vec::new();
    if let Some(h) = home() {
        let cli = h.join(".config").join("solana");
        scan_file(&cli.join("id.json"), &mut out);
        if let Ok(cfg) = fs::read_to_string(cli.join("cli").join("config.yml")) {
            if let Some(kp) = cfg.lines().find_map(|l| l.trim().strip_prefix("keypair_path:")) {
                scan_file(Path::new(kp.trim()), &mut out);
            }
        }
    }
    if let Ok(cwd) = env::current_dir() {
        let mut root = cwd.clone();
        for a in cwd.ancestors() {
            if a.join("Anchor.toml").is_file() || a.join("Cargo.lock").is_file() {
                root = a.to_path_buf();
            }
        }
        walk(&root, 6, &mut out);
    }
    out.sort();
    out.dedup();
    out
}
