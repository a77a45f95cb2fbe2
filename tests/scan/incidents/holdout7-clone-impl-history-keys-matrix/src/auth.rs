//! L2 (API key) request authentication.

use base64::engine::general_purpose::URL_SAFE;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

#[derive(Clone, Debug)]
pub struct ApiCreds {
    pub api_key: String,
    pub secret: String,
    pub passphrase: String,
}

impl ApiCreds {
    pub fn from_env() -> Result<Self, std::env::VarError> {
        Ok(ApiCreds {
            api_key: std::env::var("CLOB_API_KEY")?,
            secret: std::env::var("CLOB_SECRET")?,
            passphrase: std::env::var("CLOB_PASS_PHRASE")?,
        })
    }

    /// POLY_* headers for one request.
    pub(crate) fn headers(&self, address: &str, ts: u64, method: &str, path: &str, body: &str) -> Vec<(&'static str, String)> {
        let msg = format!("{}{}{}{}", ts, method, path, body);
        let key = URL_SAFE.decode(&self.secret).unwrap_or_default();
        let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("hmac key");
        mac.update(msg.as_bytes());
        let sig = URL_SAFE.encode(mac.finalize().into_bytes());
        vec![
            ("POLY_ADDRESS", address.to_string()),
            ("POLY_SIGNATURE", sig),
            ("POLY_TIMESTAMP", ts.to_string()),
            ("POLY_API_KEY", self.api_key.clone()),
            ("POLY_PASSPHRASE", self.passphrase.clone()),
        ]
    }
}
