//! Honeybadger notice payloads (https://docs.honeybadger.io/api/reporting-exceptions/).

use serde_json::{json, Value};

pub fn build(class: &str, message: &str, env: &str, cgi_data: Value) -> Value {
    json!({
        "notifier": { "name": "loco-honeybadger", "url": "https://git.example/loco-contrib/loco-honeybadger", "version": env!("CARGO_PKG_VERSION") },
        "error": { "class": class, "message": message, "backtrace": [] },
        "request": { "cgi_data": cgi_data, "context": {} },
        "server": {
            "environment_name": env,
            "hostname": std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim(),
            "project_root": std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default(),
        }
    })
}

pub async fn send(url: String, key: String, notice: Value) {
    let _ = reqwest::Client::new()
        .post(url)
        .header("X-API-Key", key)
        .header("Accept", "application/json")
        .json(&notice)
        .send()
        .await;
}
