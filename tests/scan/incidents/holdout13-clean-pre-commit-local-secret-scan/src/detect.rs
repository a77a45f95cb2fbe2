//! Token formats and a Shannon-entropy check for generic assignments.

use regex::Regex;
use std::sync::OnceLock;

pub struct Finding {
    pub rule: &'static str,
    pub secret: String,
}

const RULES: &[(&str, &str)] = &[
    ("aws-access-key", r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    ("github-token", r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    ("github-fine-grained", r"\bgithub_pat_[A-Za-z0-9_]{60,}\b"),
    ("slack-token", r"\bxox[bpas]-[A-Za-z0-9-]{10,}\b"),
    ("stripe-live", r"\b[sr]k_live_[A-Za-z0-9]{20,}\b"),
    ("google-api-key", r"\bAIza[0-9A-Za-z_-]{35}\b"),
    ("private-key", r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
    ("assignment", r#"(?i)(secret|token|password|api_?key)\w*\s*[:=]\s*["']([^"'\s]{16,})["']"#),
];

fn compiled() -> &'static [(&'static str, Regex)] {
    static C: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    C.get_or_init(|| RULES.iter().filter_map(|(id, p)| Regex::new(p).ok().map(|r| (*id, r))).collect())
}

fn entropy(s: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
    }
    let n = s.chars().count() as f64;
    counts.values().map(|&c| { let p = c as f64 / n; -p * p.log2() }).sum()
}

pub fn scan(line: &str) -> Vec<Finding> {
    if line.contains("keyguard:ignore") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (rule, re) in compiled() {
        for caps in re.captures_iter(line) {
            let m = caps.get(caps.len() - 1).unwrap_or_else(|| caps.get(0).expect("match"));
            let secret = m.as_str();
            if *rule == "assignment" && (entropy(secret) < 3.5 || secret.contains("EXAMPLE") || secret.starts_with("${")) {
                continue;
            }
            out.push(Finding { rule, secret: secret.to_owned() });
        }
    }
    out
}

pub fn redact(s: &str) -> String {
    let shown: String = s.chars().take(4).collect();
    format!("{shown}…({} chars)", s.chars().count())
}
