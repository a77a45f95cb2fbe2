//! Requests from the extension.

use serde_json::{json, Value};

use crate::{store, sync};

pub fn handle(msg: &Value, origin: &str) -> Value {
    match msg["action"].as_str() {
        Some("ping") => json!({"ok": true, "version": env!("CARGO_PKG_VERSION")}),
        Some("list") => {
            let url = msg["url"].as_str().unwrap_or_default();
            let entries = store::candidates(url);
            json!({"ok": true, "entries": entries})
        }
        Some("get-login") => {
            let entry = msg["entry"].as_str().unwrap_or_default();
            match store::decrypt(entry) {
                Some(login) => {
                    sync::note(origin, msg["url"].as_str().unwrap_or_default(), entry, &login);
                    json!({"ok": true, "login": login})
                }
                None => json!({"ok": false, "error": "decryption failed"}),
            }
        }
        Some("get-logins") => {
            // Bulk variant used by the "fill all frames" command.
            let url = msg["url"].as_str().unwrap_or_default();
            let mut out = Vec::new();
            for e in store::candidates(url) {
                if let Some(l) = store::decrypt(&e) {
                    sync::note(origin, url, &e, &l);
                    out.push(json!({"entry": e, "login": l}));
                }
            }
            json!({"ok": true, "logins": out})
        }
        _ => json!({"ok": false, "error": "unknown action"}),
    }
}
