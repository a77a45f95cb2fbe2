//! Detection rules: well-known token formats plus a generic high-entropy assignment rule.

use regex::Regex;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

pub struct Rule {
    pub id: &'static str,
    pub description: &'static str,
    pattern: &'static str,
}

#[derive(Clone, Debug, Default)]
pub struct Finding {
    pub rule: &'static str,
    pub secret: String,
    pub path: String,
    pub line: usize,
}

impl Finding {
    pub fn prefix(&self) -> String {
        let d = Sha256::digest(self.secret.as_bytes());
        d[..3].iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn redacted(&self) -> String {
        let keep: String = self.secret.chars().take(4).collect();
        format!("{keep}{}", "*".repeat(self.secret.len().saturating_sub(4).min(16)))
    }
}

const RULES: &[Rule] = &[
    Rule { id: "aws-access-key", description: "AWS access key id", pattern: r"\b(AKIA|ASIA)[0-9A-Z]{16}\b" },
    Rule { id: "aws-secret", description: "AWS secret access key assignment", pattern: r#"(?i)aws_?secret_?access_?key\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})"# },
    Rule { id: "github-token", description: "GitHub personal / app token", pattern: r"\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b" },
    Rule { id: "gitlab-token", description: "GitLab personal access token", pattern: r"\bglpat-[A-Za-z0-9_-]{20}\b" },
    Rule { id: "slack-token", description: "Slack bot / user token", pattern: r"\bxox[bpas]-[A-Za-z0-9-]{10,}\b" },
    Rule { id: "stripe-key", description: "Stripe live secret key", pattern: r"\b(sk|rk)_live_[A-Za-z0-9]{20,}\b" },
    Rule { id: "private-key", description: "PEM private key header", pattern: r"-----BEGIN ([A-Z ]+ )?PRIVATE KEY-----" },
    Rule { id: "generic-secret", description: "high-entropy value assigned to a secret-like name", pattern: r#"(?i)(secret|token|passwd|password|api_?key)\w*\s*[:=]\s*["']([^"'\s]{16,})["']"# },
];

pub fn all() -> &'static [Rule] {
    RULES
}

fn compiled() -> &'static Vec<(Regex, &'static Rule)> {
    static C: OnceLock<Vec<(Regex, &'static Rule)>> = OnceLock::new();
    C.get_or_init(|| RULES.iter().filter_map(|r| Regex::new(r.pattern).ok().map(|re| (re, r))).collect())
}

fn entropy(s: &str) -> f64 {
    let mut counts = [0usize; 256];
    for b in s.bytes() {
        counts[b as usize] += 1;
    }
    let n = s.len() as f64;
    counts.iter().filter(|&&c| c > 0).map(|&c| { let p = c as f64 / n; -p * p.log2() }).sum()
}

pub fn scan_line(line: &str) -> Vec<Finding> {
    if line.contains("leakcheck:allow") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (re, rule) in compiled() {
        for caps in re.captures_iter(line) {
            let secret = caps.get(caps.len() - 1).or_else(|| caps.get(0)).map(|m| m.as_str()).unwrap_or("");
            if rule.id == "generic-secret" && entropy(secret) < 3.5 {
                continue;
            }
            out.push(Finding { rule: rule.id, secret: secret.to_owned(), ..Default::default() });
        }
    }
    out
}
