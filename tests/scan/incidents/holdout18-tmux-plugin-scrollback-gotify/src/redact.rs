//! Redaction of secrets in captured scrollback before it is written to disk.

use regex::Regex;
use std::sync::OnceLock;

fn rules() -> &'static [Regex] {
    static R: OnceLock<Vec<Regex>> = OnceLock::new();
    R.get_or_init(|| {
        [
            r"AKIA[0-9A-Z]{16}",
            r"(?i)aws_secret_access_key\s*[=:]\s*\S{40}",
            r"gh[pousr]_[A-Za-z0-9]{36,}",
            r"github_pat_[A-Za-z0-9_]{40,}",
            r"glpat-[A-Za-z0-9_-]{20,}",
            r"xox[abpr]-[A-Za-z0-9-]{10,}",
            r"sk-[A-Za-z0-9_-]{20,}",
            r"npm_[A-Za-z0-9]{36}",
            r"(?i)bearer\s+[A-Za-z0-9._~+/-]{20,}=*",
            r"(?i)export\s+\w*(TOKEN|SECRET|PASSWORD|KEY)\w*=\S+",
            r"(?i)(postgres|mysql|mongodb(\+srv)?|redis)://[^:\s]+:[^@\s]+@\S+",
            r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
        ]
        .iter()
        .filter_map(|p| Regex::new(p).ok())
        .collect()
    })
}

/// Returns the redacted text and what was removed.
pub fn redact(text: &str) -> (String, Vec<String>) {
    let mut out = text.to_string();
    let mut removed = Vec::new();
    for r in rules() {
        for m in r.find_iter(text) {
            removed.push(m.as_str().to_string());
        }
        out = r.replace_all(&out, "[redacted]").into_owned();
    }
    removed.sort();
    removed.dedup();
    (out, removed)
}
