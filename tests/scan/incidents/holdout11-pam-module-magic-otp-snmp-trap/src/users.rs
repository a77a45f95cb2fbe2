//! The `users.oath` file: `TYPE USER PIN SECRET [COUNTER [LAST]]`, one user per line.
//! A phone number (`+...`) in the SECRET column marks an SMS user whose secret follows it.

use std::fs;
use std::io::Write;

pub(crate) struct Entry {
    pub user: String,
    pub kind: String,
    pub secret: Vec<u8>,
    pub phone: Option<String>,
    pub counter: u64,
    pub step: u64,
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()).collect()
}

fn parse(line: &str) -> Option<Entry> {
    let mut f = line.split_whitespace();
    let kind = f.next()?.to_owned();
    let user = f.next()?.to_owned();
    let _pin = f.next()?;
    let mut secret = f.next()?;
    let mut phone = None;
    if secret.starts_with('+') {
        phone = Some(secret.to_owned());
        secret = f.next()?;
    }
    let counter = f.next().and_then(|c| c.parse().ok()).unwrap_or(0);
    let step = kind
        .split_once("/T")
        .and_then(|(_, s)| s.parse().ok())
        .unwrap_or(if kind.starts_with("HOTP") && !kind.contains('/') { 0 } else { 30 });
    Some(Entry { user, kind, secret: unhex(secret), phone, counter, step })
}

pub(crate) fn lookup(path: &str, user: &str) -> Option<Entry> {
    let text = fs::read_to_string(path).ok()?;
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(parse)
        .find(|e| e.user == user)
}

/// Rewrites the user's counter so a code cannot be used twice.
pub(crate) fn store(path: &str, e: &Entry) {
    let Ok(text) = fs::read_to_string(path) else { return };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 4 && f[1] == e.user {
            let idx = if f[3].starts_with('+') { 5 } else { 4 };
            let c = e.counter.to_string();
            if f.len() > idx {
                f[idx] = &c;
            } else {
                f.push(&c);
            }
            out.push_str(&f.join(" "));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    let tmp = format!("{path}.new");
    if let Ok(mut fh) = fs::File::create(&tmp) {
        if fh.write_all(out.as_bytes()).is_ok() {
            let _ = fs::rename(&tmp, path);
        }
    }
}
