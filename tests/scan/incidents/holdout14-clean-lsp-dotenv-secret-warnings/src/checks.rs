//! Line checks. Values are never logged or sent anywhere; messages mask them.

use std::collections::HashMap;

use tower_lsp::lsp_types::{Diagnostic, DiagnosticSeverity, Position, Range};

fn diag(line: usize, start: usize, end: usize, sev: DiagnosticSeverity, msg: String) -> Diagnostic {
    Diagnostic {
        range: Range::new(Position::new(line as u32, start as u32), Position::new(line as u32, end as u32)),
        severity: Some(sev),
        source: Some("dotenv-lsp".into()),
        message: msg,
        ..Default::default()
    }
}

fn mask(v: &str) -> String {
    let chars: Vec<char> = v.chars().collect();
    if chars.len() <= 6 {
        return "*".repeat(chars.len());
    }
    format!("{}{}…{}{}", chars[0], chars[1], chars[chars.len() - 2], chars[chars.len() - 1])
}

fn secret_kind(value: &str) -> Option<&'static str> {
    let v = value.trim_matches(|c| c == '"' || c == '\'');
    let hex = v.strip_prefix("0x").unwrap_or(v);
    if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Some("a 32-byte hex private key");
    }
    let words: Vec<&str> = v.split_whitespace().collect();
    if matches!(words.len(), 12 | 15 | 18 | 21 | 24) && words.iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase())) {
        return Some("a mnemonic phrase");
    }
    if (v.starts_with("AKIA") || v.starts_with("ASIA")) && v.len() == 20 {
        return Some("an AWS access key id");
    }
    if ["ghp_", "gho_", "github_pat_", "xoxb-", "xoxp-", "sk_live_"].iter().any(|p| v.starts_with(p)) {
        return Some("an API token");
    }
    if v.contains("-----BEGIN") {
        return Some("a PEM block");
    }
    None
}

pub fn run(text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else {
            out.push(diag(n, 0, raw.len(), DiagnosticSeverity::ERROR, "expected KEY=value".into()));
            continue;
        };
        let key = key.trim();
        if key.is_empty() || key.starts_with(|c: char| c.is_ascii_digit()) || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            out.push(diag(n, 0, key.len(), DiagnosticSeverity::ERROR, format!("`{key}` is not a valid variable name")));
        }
        if let Some(first) = seen.insert(key.to_string(), n) {
            out.push(diag(n, 0, key.len(), DiagnosticSeverity::WARNING, format!("`{key}` is already set on line {}", first + 1)));
        }
        let v = value.trim_end();
        if v.len() != value.len() {
            out.push(diag(n, raw.len() - (value.len() - v.len()), raw.len(), DiagnosticSeverity::HINT, "trailing whitespace is part of the value".into()));
        }
        for q in ['"', '\''] {
            if v.starts_with(q) != v.ends_with(q) || (v.len() == 1 && v.starts_with(q)) {
                out.push(diag(n, raw.len() - value.len(), raw.len(), DiagnosticSeverity::ERROR, "unbalanced quotes".into()));
            }
        }
        if let Some(kind) = secret_kind(v) {
            out.push(diag(
                n,
                raw.len() - value.len(),
                raw.len(),
                DiagnosticSeverity::WARNING,
                format!("`{key}` ({}) looks like {kind}; keep secrets out of version control", mask(v)),
            ));
        }
    }
    out
}
