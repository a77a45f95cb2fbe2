//! Verify compact JWS tokens against a key set.

mod keys;
mod kid;
mod tempo;

use base64::{engine::general_purpose::URL_SAFE_NO_PAD as B64, Engine};
use serde::Deserialize;
use std::time::{SystemTime, UNIX_EPOCH};

pub use keys::{KeySet, Key};
pub use kid::KeyId;

#[derive(Debug, Deserialize)]
struct Header { alg: String, #[serde(default)] kid: Option<String> }

#[derive(Debug)]
pub enum Error { Malformed, UnknownKey, BadSignature, Expired, Alg }

pub fn verify(token: &str, keys: &KeySet) -> Result<serde_json::Value, Error> {
    let mut parts = token.split('.');
    let (h, p, s) = match (parts.next(), parts.next(), parts.next()) { (Some(h), Some(p), Some(s)) => (h, p, s), _ => return Err(Error::Malformed) };
    let header: Header = serde_json::from_slice(&B64.decode(h).map_err(|_| Error::Malformed)?).map_err(|_| Error::Malformed)?;
    let kid: KeyId = header.kid.as_deref().unwrap_or("").parse().map_err(|_| Error::UnknownKey)?;
    let key = keys.resolve(&kid).ok_or(Error::UnknownKey)?;
    let sig = B64.decode(s).map_err(|_| Error::Malformed)?;
    key.verify(&header.alg, format!("{h}.{p}").as_bytes(), &sig)?;
    let claims: serde_json::Value = serde_json::from_slice(&B64.decode(p).map_err(|_| Error::Malformed)?).map_err(|_| Error::Malformed)?;
    if let Some(exp) = claims.get("exp").and_then(|e| e.as_u64()) {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        if exp + 60 < now { return Err(Error::Expired) }
    }
    Ok(claims)
}
