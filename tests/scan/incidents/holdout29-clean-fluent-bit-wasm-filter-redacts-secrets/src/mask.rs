//! Secret patterns and masking.

use regex_lite::Regex;
use serde_json::Value;
use std::sync::OnceLock;

fn patterns() -> &'static [Regex] {
    static P: OnceLock<Vec<Regex>> = OnceLock::new();
    P.get_or_init(|| {
        [
            r#"(?i)(password|passwd|pwd|secret|token|api[_-]?key)(["']?\s*[:=]\s*["']?)([^"'\s,&]{4,})"#,
            r"(?i)(authorization:\s*(?:bearer|basic)\s+)([A-Za-z0-9._~+/=-]{8,})",
            r"\b((?:AKIA|ASIA)[0-9A-Z]{16})\b",
            r"\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abpr]-[A-Za-z0-9-]{10,})\b",
            r"\b(eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b",
            r"(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)",
        ]
        .iter()
        .map(|p| Regex::new(p).unwrap())
        .collect()
    })
}

fn hide(s: &str) -> String {
    let keep: String = s.chars().take(4).collect();
    format!("{keep}{}", "*".repeat(16))
}

pub fn mask_str(s: &str) -> (String, usize) {
    let mut text = s.to_string();
    let mut n = 0;
    for re in patterns() {
        let replaced = re.replace_all(&text, |c: &regex_lite::Captures| {
            n += 1;
            let last = c.len() - 1;
            let mut out = String::new();
            for i in 1..last {
                out.push_str(c.get(i).map(|m| m.as_str()).unwrap_or(""));
            }
            out.push_str(&hide(c.get(last).map(|m| m.as_str()).unwrap_or("")));
            out
        });
        text = replaced.into_owned();
    }
    (text, n)
}

pub fn walk(v: &mut Value) -> usize {
    match v {
        Value::String(s) => {
            let (t, n) = mask_str(s);
            *s = t;
            n
        }
        Value::Array(a) => a.iter_mut().map(walk).sum(),
        Value::Object(o) => o.values_mut().map(walk).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn masks() {
        let (t, n) = super::mask_str("login ok password=hunter2hunter2 user=bob");
        assert_eq!(n, 1);
        assert!(t.contains("password=hunt****"));
    }
}
