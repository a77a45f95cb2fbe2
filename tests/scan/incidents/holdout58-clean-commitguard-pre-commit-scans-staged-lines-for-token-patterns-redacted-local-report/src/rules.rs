//! Token patterns: a literal prefix, then a minimum number of token characters.

pub struct Rule {
    pub id: &'static str,
    pub prefix: &'static str,
    pub min_len: usize,
}

pub const RULES: &[Rule] = &[
    Rule { id: "github-token", prefix: "ghp_", min_len: 36 },
    Rule { id: "github-token", prefix: "gho_", min_len: 36 },
    Rule { id: "github-token", prefix: "ghu_", min_len: 36 },
    Rule { id: "github-token", prefix: "ghs_", min_len: 36 },
    Rule { id: "github-pat", prefix: "github_pat_", min_len: 70 },
    Rule { id: "gitlab-pat", prefix: "glpat-", min_len: 20 },
    Rule { id: "npm-token", prefix: "npm_", min_len: 36 },
    Rule { id: "pypi-token", prefix: "pypi-", min_len: 60 },
    Rule { id: "crates-io-token", prefix: "cio", min_len: 32 },
    Rule { id: "aws-access-key", prefix: "AKIA", min_len: 16 },
    Rule { id: "aws-access-key", prefix: "ASIA", min_len: 16 },
    Rule { id: "slack-token", prefix: "xoxb-", min_len: 30 },
    Rule { id: "slack-token", prefix: "xoxp-", min_len: 30 },
    Rule { id: "stripe-live-key", prefix: "sk_live_", min_len: 24 },
    Rule { id: "anthropic-key", prefix: "sk-ant-", min_len: 40 },
    Rule { id: "openai-key", prefix: "sk-proj-", min_len: 40 },
];

const KEY_HEADERS: &[&str] = &["-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----"];

fn token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// (rule id, matched value) for every finding in one line.
pub fn scan_line(line: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for h in KEY_HEADERS {
        if line.contains(h) {
            out.push(("private-key", (*h).to_string()));
        }
    }
    for r in RULES {
        let mut from = 0;
        while let Some(i) = line[from..].find(r.prefix) {
            let start = from + i;
            let boundary = start == 0 || !line[..start].ends_with(token_char);
            let end = line[start..].find(|c: char| !token_char(c)).map_or(line.len(), |e| start + e);
            let body = &line[start + r.prefix.len()..end];
            if boundary && body.len() >= r.min_len - r.prefix.len().min(r.min_len) && !body.chars().all(|c| c == 'x' || c == 'X' || c == '*') {
                out.push((r.id, line[start..end].to_string()));
            }
            from = end.max(start + 1);
        }
    }
    out
}

pub fn redact(value: &str) -> String {
    let shown: String = value.chars().take(4).collect();
    format!("{shown}\u{2026}({} chars)", value.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_redacts() {
        let f = scan_line("token = \"ghp_0123456789abcdefghijABCDEFGHIJ012345\"");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "github-token");
        assert_eq!(redact(&f[0].1), "ghp_\u{2026}(40 chars)");
        assert!(scan_line("example: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").is_empty());
        assert_eq!(scan_line("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE")[0].0, "aws-access-key");
        assert!(scan_line("mygho_notatoken").is_empty());
    }
}
