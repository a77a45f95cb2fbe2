//! Document MAC: SHA-512 over all plaintext leaves, encrypted with the data key and the
//! `lastmodified` timestamp as AAD.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::Value;
use sha2::{Digest, Sha512};

use crate::Error;

pub(crate) fn verify(key: &[u8], enc: &str, lastmodified: &Value, leaves: &[String]) -> Result<(), Error> {
    let mut h = Sha512::new();
    for l in leaves {
        h.update(l.as_bytes());
    }
    let expected: String = h.finalize().iter().map(|b| format!("{:02X}", b)).collect();

    let inner = enc.strip_prefix("ENC[AES256_GCM,").and_then(|s| s.strip_suffix(']')).ok_or(Error::Mac)?;
    let mut parts = std::collections::HashMap::new();
    for p in inner.split(',') {
        if let Some((k, v)) = p.split_once(':') {
            parts.insert(k, v);
        }
    }
    let get = |k: &str| parts.get(k).and_then(|v| B64.decode(v).ok()).ok_or(Error::Mac);
    let (mut ct, iv, tag) = (get("data")?, get("iv")?, get("tag")?);
    ct.extend_from_slice(&tag);
    let aad = lastmodified.as_str().unwrap_or_default();
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| Error::Mac)?;
    let pt = cipher.decrypt(Nonce::from_slice(&iv), Payload { msg: &ct, aad: aad.as_bytes() }).map_err(|_| Error::Mac)?;
    if pt == expected.as_bytes() {
        Ok(())
    } else {
        Err(Error::Mac)
    }
}
