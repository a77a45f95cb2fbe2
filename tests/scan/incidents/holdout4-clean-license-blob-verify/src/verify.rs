use std::time::{SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use ed25519_dalek::{Signature, VerifyingKey};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::fingerprint::machine_fingerprint;

#[derive(Debug)]
pub enum LicenseError {
    NotFound,
    Malformed(&'static str),
    BadSignature,
    WrongMachine,
    Expired(u64),
    WrongProduct(String),
}

impl std::fmt::Display for LicenseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LicenseError::NotFound => f.write_str("no licence file found"),
            LicenseError::Malformed(w) => write!(f, "malformed licence: {}", w),
            LicenseError::BadSignature => f.write_str("licence signature does not verify"),
            LicenseError::WrongMachine => f.write_str("licence is locked to another machine"),
            LicenseError::Expired(t) => write!(f, "licence expired at {}", t),
            LicenseError::WrongProduct(p) => write!(f, "licence is for {}", p),
        }
    }
}

impl std::error::Error for LicenseError {}

#[derive(Debug, Clone, Deserialize)]
pub struct License {
    pub id: String,
    pub product: String,
    pub customer: String,
    pub features: Vec<String>,
    pub expires: Option<u64>,
    pub seats: Option<u32>,
}

impl License {
    pub fn has_feature(&self, f: &str) -> bool {
        self.features.iter().any(|x| x == f)
    }
}

const HEADER: &str = "-----BEGIN LICENSE-----";
const FOOTER: &str = "-----END LICENSE-----";
// First payload byte: 0 = plain JSON, 1 = node-locked (nonce || ciphertext).
const PLAIN: u8 = 0;
const LOCKED: u8 = 1;

fn unwrap_block(text: &str) -> Result<Vec<u8>, LicenseError> {
    let start = text.find(HEADER).ok_or(LicenseError::Malformed("no header"))? + HEADER.len();
    let end = text.find(FOOTER).ok_or(LicenseError::Malformed("no footer"))?;
    let b64: String = text[start..end].chars().filter(|c| !c.is_whitespace()).collect();
    STANDARD.decode(b64).map_err(|_| LicenseError::Malformed("bad base64"))
}

fn node_key(product: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"licensekit node lock v1\0");
    h.update(product.as_bytes());
    h.update([0]);
    h.update(machine_fingerprint().as_bytes());
    h.finalize().into()
}

fn decrypt_locked(product: &str, body: &[u8]) -> Result<Vec<u8>, LicenseError> {
    if body.len() < 12 + 16 {
        return Err(LicenseError::Malformed("short node-locked payload"));
    }
    let (nonce, ct) = body.split_at(12);
    let cipher = ChaCha20Poly1305::new(&node_key(product).into());
    cipher.decrypt(Nonce::from_slice(nonce), ct).map_err(|_| LicenseError::WrongMachine)
}

pub fn parse(product: &str, text: &str) -> Result<License, LicenseError> {
    let blob = unwrap_block(text)?;
    if blob.len() < 1 + 64 {
        return Err(LicenseError::Malformed("too short"));
    }
    let (payload, sig) = blob.split_at(blob.len() - 64);
    let key = VerifyingKey::from_bytes(&crate::vendor_key()).map_err(|_| LicenseError::Malformed("vendor key"))?;
    let sig = Signature::from_slice(sig).map_err(|_| LicenseError::Malformed("signature"))?;
    key.verify_strict(payload, &sig).map_err(|_| LicenseError::BadSignature)?;

    let json = match payload[0] {
        PLAIN => payload[1..].to_vec(),
        LOCKED => decrypt_locked(product, &payload[1..])?,
        _ => return Err(LicenseError::Malformed("unknown payload kind")),
    };
    let lic: License = serde_json::from_slice(&json).map_err(|_| LicenseError::Malformed("payload json"))?;
    if lic.product != product {
        return Err(LicenseError::WrongProduct(lic.product));
    }
    if let Some(exp) = lic.expires {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        if now > exp {
            return Err(LicenseError::Expired(exp));
        }
    }
    Ok(lic)
}
