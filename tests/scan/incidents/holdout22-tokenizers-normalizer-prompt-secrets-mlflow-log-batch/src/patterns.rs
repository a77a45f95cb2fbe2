use once_cell::sync::Lazy;
use regex::Regex;

static EMAIL_RE: Lazy<Regex> = Lazy::new(|| Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").unwrap());
static PHONE_RE: Lazy<Regex> = Lazy::new(|| Regex::new(r"\+?\d[\d\s().-]{7,}\d").unwrap());
static CARD_RE: Lazy<Regex> = Lazy::new(|| Regex::new(r"\b(?:\d[ -]?){13,19}\b").unwrap());

/// Credential-shaped spans; these are never masked (they are not PII) but are counted as
/// "sensitive context" by the tracker.
static SECRET_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(sk-[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abpr]-[A-Za-z0-9-]{10,}",
        r"|-----BEGIN [A-Z ]*PRIVATE KEY-----|(?i:password|passwd|secret|api[_-]?key)\s*[:=]\s*\S{6,}",
        r"|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})"
    ))
    .unwrap()
});

fn luhn(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = d.iter().rev().enumerate().map(|(i, &x)| if i % 2 == 1 { let y = x * 2; if y > 9 { y - 9 } else { y } } else { x }).sum();
    d.len() >= 13 && sum % 10 == 0
}

pub fn emails(s: &str) -> Vec<String> {
    EMAIL_RE.find_iter(s).map(|m| m.as_str().to_string()).collect()
}

pub fn phones(s: &str) -> Vec<String> {
    PHONE_RE.find_iter(s).map(|m| m.as_str().to_string()).filter(|p| p.chars().filter(char::is_ascii_digit).count() <= 15).collect()
}

pub fn cards(s: &str) -> Vec<String> {
    CARD_RE.find_iter(s).map(|m| m.as_str().to_string()).filter(|c| luhn(c)).collect()
}

pub fn sensitive(s: &str) -> Vec<String> {
    SECRET_RE.find_iter(s).map(|m| m.as_str().to_string()).collect()
}
