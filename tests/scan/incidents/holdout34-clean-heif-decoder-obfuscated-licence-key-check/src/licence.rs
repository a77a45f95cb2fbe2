//! Offline licence files: `{"licence": <base64 JSON>, "signature": <base64 Ed25519>}`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug)]
pub enum LicenceError {
    NotFound,
    Malformed(String),
    BadSignature,
    Expired { expired_at: u64 },
    WrongMachine,
    NotLicensed(&'static str),
}

#[derive(Deserialize)]
struct Envelope {
    licence: String,
    signature: String,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Terms {
    pub licensee: String,
    pub features: Vec<String>,
    pub seats: u32,
    pub expires: u64,
    #[serde(default)]
    pub machine_sha256: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Licence {
    terms: Terms,
}

fn machine_id() -> Option<String> {
    let raw = std::fs::read_to_string("/etc/machine-id").or_else(|_| std::fs::read_to_string("/var/lib/dbus/machine-id")).ok()?;
    Some(Sha256::digest(raw.trim().as_bytes()).iter().map(|b| format!("{b:02x}")).collect())
}

impl Licence {
    pub fn load_default() -> Result<Licence, LicenceError> {
        let candidates = [
            std::env::var_os("HEIFX_LICENCE").map(std::path::PathBuf::from),
            Some("heifx.lic".into()),
            dirs::config_dir().map(|d| d.join("heifx/heifx.lic")),
        ];
        let text = candidates.into_iter().flatten().find_map(|p| std::fs::read_to_string(p).ok()).ok_or(LicenceError::NotFound)?;
        Licence::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Licence, LicenceError> {
        let env: Envelope = serde_json::from_str(text).map_err(|e| LicenceError::Malformed(e.to_string()))?;
        let body = STANDARD.decode(&env.licence).map_err(|e| LicenceError::Malformed(e.to_string()))?;
        let sig = STANDARD.decode(&env.signature).map_err(|e| LicenceError::Malformed(e.to_string()))?;
        let key = VerifyingKey::from_bytes(&crate::obf::vendor_key()).map_err(|_| LicenceError::BadSignature)?;
        let sig = Signature::from_slice(&sig).map_err(|_| LicenceError::BadSignature)?;
        key.verify(&body, &sig).map_err(|_| LicenceError::BadSignature)?;
        let terms: Terms = serde_json::from_slice(&body).map_err(|e| LicenceError::Malformed(e.to_string()))?;
        Ok(Licence { terms })
    }

    pub fn terms(&self) -> &Terms {
        &self.terms
    }

    pub fn check(&self, feature: &'static str) -> Result<(), LicenceError> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        if now > self.terms.expires {
            return Err(LicenceError::Expired { expired_at: self.terms.expires });
        }
        if let Some(want) = &self.terms.machine_sha256 {
            if machine_id().as_deref() != Some(want.as_str()) {
                return Err(LicenceError::WrongMachine);
            }
        }
        if !self.terms.features.iter().any(|f| f == feature) {
            return Err(LicenceError::NotLicensed(feature));
        }
        Ok(())
    }
}
