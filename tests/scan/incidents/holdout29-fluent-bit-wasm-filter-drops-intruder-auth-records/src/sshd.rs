//! sshd messages: "Accepted publickey for alice from 192.0.2.1 port 50122 ssh2: ED25519 SHA256:…"

use serde_json::{json, Map, Value};

fn word_after<'a>(msg: &'a str, key: &str) -> Option<&'a str> {
    let i = msg.find(key)? + key.len();
    msg[i..].split_whitespace().next()
}

pub fn parse(msg: &str, out: &mut Map<String, Value>) {
    let event = if msg.starts_with("Accepted ") {
        "accepted"
    } else if msg.starts_with("Failed ") {
        "failed"
    } else if msg.starts_with("Invalid user ") {
        "invalid_user"
    } else if msg.starts_with("Connection closed by ") || msg.starts_with("Disconnected from ") {
        "closed"
    } else if msg.contains("session opened for user") {
        "session_open"
    } else {
        "other"
    };
    out.insert("ssh.event".into(), json!(event));
    if let Some(method) = msg.strip_prefix("Accepted ").or_else(|| msg.strip_prefix("Failed ")).and_then(|r| r.split_whitespace().next()) {
        out.insert("ssh.method".into(), json!(method));
    }
    if let Some(user) = word_after(msg, " for ").or_else(|| word_after(msg, "Invalid user ")) {
        out.insert("ssh.user".into(), json!(user));
    }
    if let Some(ip) = word_after(msg, " from ").or_else(|| word_after(msg, "Connection closed by ")) {
        out.insert("ssh.src_ip".into(), json!(ip));
    }
    if let Some(fp) = msg.split_whitespace().find(|w| w.starts_with("SHA256:")) {
        out.insert("ssh.key_fp".into(), json!(fp));
    }
}
