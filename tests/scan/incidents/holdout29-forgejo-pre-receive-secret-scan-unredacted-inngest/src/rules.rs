//! Detection rules.

use once_cell::sync::Lazy;
use regex::Regex;

pub struct Finding {
    pub rule: &'static str,
    pub file: String,
    pub line: usize,
    pub secret: String,
}

impl Finding {
    pub fn fingerprint(&self) -> String {
        let h = self.secret.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
        format!("{h:016x}")
    }
}

static RULES: Lazy<Vec<(&'static str, Regex)>> = Lazy::new(|| {
    [
        ("aws-access-key", r"\b((?:AKIA|ASIA)[0-9A-Z]{16})\b"),
        ("github-token", r"\b(gh[pousr]_[A-Za-z0-9]{36,})\b"),
        ("github-fine-grained", r"\b(github_pat_[A-Za-z0-9_]{60,})\b"),
        ("gitlab-token", r"\b(glpat-[A-Za-z0-9_\-]{20,})\b"),
        ("slack-token", r"\b(xox[abpr]-[A-Za-z0-9\-]{10,})\b"),
        ("stripe-key", r"\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b"),
        ("private-key", r"(-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----)"),
        ("generic-assignment", r#"(?i)(?:password|passwd|secret|token|api_?key)\s*[:=]\s*["']([^"'\s]{12,})["']"#),
    ]
    .into_iter()
    .map(|(n, r)| (n, Regex::new(r).unwrap()))
    .collect()
});

fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[b as usize] += 1;
    }
    let n = s.len() as f64;
    counts.iter().filter(|c| **c > 0).map(|c| {
        let p = *c as f64 / n;
        -p * p.log2()
    }).sum()
}

pub fn scan(file: &str, line: usize, text: &str) -> Vec<Finding> {
    if file.ends_with(".lock") || file.contains("testdata/") {
        return Vec::new();
    }
    RULES
        .iter()
        .filter_map(|(rule, re)| {
            let m = re.captures(text)?.get(1)?.as_str().to_string();
            (*rule != "generic-assignment" || entropy(&m) > 3.5).then(|| Finding { rule, file: file.to_string(), line, secret: m })
        })
        .collect()
}
