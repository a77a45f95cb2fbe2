//! Scans the paths given on the command line and prints findings as
//! `path:line: rule (redacted)`. Nothing is sent anywhere; exit code 1 if
//! anything was found, so it can run as a pre-commit check.

use regex::Regex;
use walkdir::WalkDir;

fn entropy(s: &str) -> f64 {
    let mut n = [0usize; 256];
    for b in s.bytes() { n[b as usize] += 1; }
    let l = s.len() as f64;
    n.iter().filter(|&&c| c > 0).map(|&c| { let p = c as f64 / l; -p * p.log2() }).sum()
}

fn redact(s: &str) -> String { format!("{}…({} chars)", &s[..4.min(s.len())], s.len()) }

fn main() {
    let rules = [
        ("aws-access-key-id", Regex::new(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b").unwrap()),
        ("github-token", Regex::new(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b").unwrap()),
        ("private-key", Regex::new(r"-----BEGIN [A-Z ]*PRIVATE KEY-----").unwrap()),
        ("slack-token", Regex::new(r"\bxox[abpr]-[A-Za-z0-9-]{10,}").unwrap()),
    ];
    let generic = Regex::new(r#"(?i)(secret|token|passwd|password|api_key)\s*[:=]\s*["']([^"']{16,})["']"#).unwrap();
    let mut found = 0;
    let roots: Vec<String> = std::env::args().skip(1).collect();
    for root in if roots.is_empty() { vec![".".to_string()] } else { roots } {
        for e in WalkDir::new(&root).into_iter().filter_entry(|e| e.file_name() != ".git" && e.file_name() != "target").flatten() {
            if !e.file_type().is_file() || e.metadata().map(|m| m.len() > 2_000_000).unwrap_or(true) { continue; }
            let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
            for (i, line) in text.lines().enumerate() {
                for (name, re) in &rules {
                    if let Some(m) = re.find(line) { found += 1; println!("{}:{}: {name} {}", e.path().display(), i + 1, redact(m.as_str())); }
                }
                if let Some(c) = generic.captures(line) {
                    let v = &c[2];
                    if entropy(v) > 3.5 { found += 1; println!("{}:{}: generic-secret {}", e.path().display(), i + 1, redact(v)); }
                }
            }
        }
    }
    std::process::exit(if found > 0 { 1 } else { 0 });
}
