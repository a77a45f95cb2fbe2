//! Rules: minimum length, banned words (case-folded, leetspeak-normalised), no account name.

use std::sync::RwLock;

static BANNED: RwLock<Vec<String>> = RwLock::new(Vec::new());

fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0' => 'o',
            '1' | '!' => 'i',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

pub fn load() {
    let text = std::fs::read_to_string(r"C:\ProgramData\pwguard\rules.txt").unwrap_or_default();
    let list: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalise)
        .collect();
    if let Ok(mut b) = BANNED.write() {
        *b = list;
    }
}

pub fn check(account: &str, full_name: &str, password: &str) -> bool {
    if password.chars().count() < 14 {
        return false;
    }
    let p = normalise(password);
    if !account.is_empty() && p.contains(&normalise(account)) {
        return false;
    }
    for part in full_name.split_whitespace().filter(|w| w.len() > 2) {
        if p.contains(&normalise(part)) {
            return false;
        }
    }
    BANNED.read().map(|b| !b.iter().any(|w| p.contains(w.as_str()))).unwrap_or(true)
}
