//! Secret warnings. Deliberately conservative: a finding must match a known shape *and* pass a
//! cheap validity check (checksum, length, charset), so that hex digests and UUIDs stay quiet.

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    AwsAccessKey,
    AwsSecretKey,
    PrivateKey,
    GithubToken,
    SlackToken,
    Jwt,
    PasswordInUrl,
}

#[derive(Clone, Debug)]
pub struct Finding {
    pub kind: FindingKind,
    pub range: Range<usize>,
}

fn token_at(text: &str, start: usize, allowed: impl Fn(u8) -> bool) -> usize {
    let b = text.as_bytes();
    let mut end = start;
    while end < b.len() && allowed(b[end]) {
        end += 1;
    }
    end
}

fn b64ish(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=' | b'_' | b'-' | b'.')
}

pub fn scan(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    for (i, _) in text.match_indices("AKIA").chain(text.match_indices("ASIA")) {
        let end = token_at(text, i, |c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if end - i == 20 {
            out.push(Finding { kind: FindingKind::AwsAccessKey, range: i..end });
        }
    }
    for (i, _) in text.match_indices("aws_secret_access_key") {
        if let Some(eq) = text[i..].find(['=', ':']) {
            let s = i + eq + 1 + text[i + eq + 1..].len() - text[i + eq + 1..].trim_start_matches([' ', '"', '\'']).len();
            let end = token_at(text, s, b64ish);
            if end - s == 40 {
                out.push(Finding { kind: FindingKind::AwsSecretKey, range: s..end });
            }
        }
    }
    for (i, _) in text.match_indices("-----BEGIN ") {
        if text[i..].contains("PRIVATE KEY-----") {
            let end = text[i..].find("-----END ").and_then(|e| text[i + e..].find("KEY-----").map(|k| i + e + k + 8)).unwrap_or(b.len());
            out.push(Finding { kind: FindingKind::PrivateKey, range: i..end });
        }
    }
    for prefix in ["ghp_", "gho_", "ghs_", "github_pat_"] {
        for (i, _) in text.match_indices(prefix) {
            let end = token_at(text, i, |c| c.is_ascii_alphanumeric() || c == b'_');
            if end - i >= 36 {
                out.push(Finding { kind: FindingKind::GithubToken, range: i..end });
            }
        }
    }
    for prefix in ["xoxb-", "xoxp-", "xoxa-"] {
        for (i, _) in text.match_indices(prefix) {
            let end = token_at(text, i, |c| c.is_ascii_alphanumeric() || c == b'-');
            if end - i >= 40 {
                out.push(Finding { kind: FindingKind::SlackToken, range: i..end });
            }
        }
    }
    for (i, _) in text.match_indices("eyJ") {
        let end = token_at(text, i, b64ish);
        if text[i..end].matches('.').count() == 2 && end - i > 60 {
            out.push(Finding { kind: FindingKind::Jwt, range: i..end });
        }
    }
    for (i, _) in text.match_indices("://") {
        let start = text[..i].rfind(|c: char| !c.is_ascii_alphanumeric() && c != '+').map_or(0, |p| p + 1);
        let end = token_at(text, i + 3, |c| !c.is_ascii_whitespace() && c != b'"' && c != b'\'');
        let auth = &text[i + 3..end];
        if let Some(at) = auth.find('@') {
            if auth[..at].contains(':') && !auth[..at].ends_with(':') {
                out.push(Finding { kind: FindingKind::PasswordInUrl, range: start..end });
            }
        }
    }
    out
}
