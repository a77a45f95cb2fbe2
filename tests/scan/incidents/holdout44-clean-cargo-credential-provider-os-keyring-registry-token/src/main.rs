//! Implements the cargo credential-provider JSON protocol (`cargo:token-from-stdout` style)
//! for `[registry] global-credential-providers = ["cargo-credential-keychain-lite"]`.
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    writeln!(out, r#"{{"v":[1]}}"#).unwrap();
    for line in stdin.lock().lines().map_while(Result::ok) {
        let req: serde_json::Value = match serde_json::from_str(&line) { Ok(v) => v, Err(_) => break };
        let index = req["registry"]["index-url"].as_str().unwrap_or_default().to_string();
        let entry = keyring::Entry::new("cargo-registry", &index).unwrap();
        let resp = match req["kind"].as_str() {
            Some("get") => match entry.get_password() {
                Ok(t) => serde_json::json!({"Ok": {"kind": "get", "token": t, "cache": "session", "operation_independent": true}}),
                Err(_) => serde_json::json!({"Err": {"kind": "not-found"}}),
            },
            Some("login") => {
                let t = req["token"].as_str().unwrap_or_default();
                let _ = entry.set_password(t);
                serde_json::json!({"Ok": {"kind": "login"}})
            }
            Some("logout") => { let _ = entry.delete_password(); serde_json::json!({"Ok": {"kind": "logout"}}) }
            _ => serde_json::json!({"Err": {"kind": "operation-not-supported"}}),
        };
        writeln!(out, "{resp}").unwrap();
    }
}
