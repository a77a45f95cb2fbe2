//! Credentials and login frame signing.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

#[derive(Clone)]
pub struct Credentials {
    pub(crate) key: String,
    pub(crate) secret: String,
    pub(crate) passphrase: Option<String>,
}

impl Credentials {
    pub fn new(key: impl Into<String>, secret: impl Into<String>) -> Self {
        Self { key: key.into(), secret: secret.into(), passphrase: None }
    }
    /// OKX keys also need the passphrase chosen when the key was created.
    pub fn with_passphrase(mut self, p: impl Into<String>) -> Self {
        self.passphrase = Some(p.into());
        self
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("key", &self.key).finish_non_exhaustive()
    }
}

fn hmac(secret: &str, msg: &str) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("hmac");
    m.update(msg.as_bytes());
    m.finalize().into_bytes().to_vec()
}

pub(crate) fn bybit_login(c: &Credentials, now_ms: u64) -> String {
    let expires = now_ms + 10_000;
    let sig = hex::encode(hmac(&c.secret, &format!("GET/realtime{expires}")));
    serde_json::json!({ "op": "auth", "args": [c.key, expires, sig] }).to_string()
}

pub(crate) fn okx_login(c: &Credentials, now_s: u64) -> String {
    let ts = now_s.to_string();
    let sig = base64::engine::general_purpose::STANDARD.encode(hmac(&c.secret, &format!("{ts}GET/users/self/verify")));
    serde_json::json!({ "op": "login", "args": [{
        "apiKey": c.key, "passphrase": c.passphrase.clone().unwrap_or_default(), "timestamp": ts, "sign": sig }] })
    .to_string()
}
