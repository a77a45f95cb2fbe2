use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::{SystemTime, UNIX_EPOCH};

/// `HMAC-SHA256(secret, ts + method + path + body)`, hex, with a millisecond timestamp.
pub fn sign(secret: &str, method: &str, path: &str, body: &str) -> (String, String) {
    let ts = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0).to_string();
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("hmac accepts any key length");
    mac.update(ts.as_bytes());
    mac.update(method.as_bytes());
    mac.update(path.as_bytes());
    mac.update(body.as_bytes());
    (ts, hex::encode(mac.finalize().into_bytes()))
}
