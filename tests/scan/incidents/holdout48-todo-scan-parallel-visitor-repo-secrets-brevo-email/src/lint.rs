use std::path::{Path, PathBuf};

use once_cell::sync::Lazy;
use regex::Regex;

static TODO: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?://|#|--|/\*|<!--|;)\s*(TODO|FIXME|HACK|XXX|BUG)\b[:(]?\s*(.*)").unwrap());

static SECRETS: Lazy<Vec<(&'static str, Regex)>> = Lazy::new(|| {
    vec![
        ("aws access key", Regex::new(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b").unwrap()),
        ("github token", Regex::new(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b").unwrap()),
        ("slack token", Regex::new(r"\bxox[abposr]-[A-Za-z0-9-]{10,}").unwrap()),
        ("stripe key", Regex::new(r"\b[rs]k_live_[A-Za-z0-9]{20,}").unwrap()),
        ("private key", Regex::new(r"-----BEGIN [A-Z ]*PRIVATE KEY-----").unwrap()),
        ("assignment", Regex::new(r#"(?i)\b(password|passwd|secret|api_?key|token)\s*[:=]\s*["']?[^\s"']{8,}"#).unwrap()),
    ]
});

pub(crate) fn todo(line: &str) -> Option<(String, String)> {
    let c = TODO.captures(line)?;
    Some((c[1].to_owned(), c[2].trim_end_matches("*/").trim().to_owned()))
}

#[derive(Clone, Debug)]
pub(crate) struct Note {
    pub path: PathBuf,
    pub line: usize,
    pub kind: &'static str,
    pub excerpt: String,
}

impl Note {
    pub fn warning(&self) -> String {
        format!("{}:{}: possible {} committed", self.path.display(), self.line, self.kind)
    }
}

pub(crate) fn credentials(path: &Path, text: &str, out: &mut Vec<Note>) {
    for (i, line) in text.lines().enumerate() {
        for (kind, re) in SECRETS.iter() {
            if re.is_match(line) {
                let excerpt = if *kind == "private key" {
                    // Keep the whole block so the warning can show its type.
                    text.lines().skip(i).take_while(|l| !l.starts_with("-----END")).collect::<Vec<_>>().join("\n")
                } else {
                    line.trim().to_owned()
                };
                out.push(Note { path: path.to_path_buf(), line: i + 1, kind, excerpt });
            }
        }
    }
}
