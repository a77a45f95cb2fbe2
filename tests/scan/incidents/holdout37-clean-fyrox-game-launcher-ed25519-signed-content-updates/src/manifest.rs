//! Signed update manifests.

use base64::Engine as _;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::Deserialize;

/// Release signing key (public half); the private half lives in the studio's HSM.
pub const RELEASE_KEY: [u8; 32] = *b"EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAM";
pub const UPDATE_BASE: &str = "https://updates.emberfall-game.example/stable/";

#[derive(Deserialize, Debug)]
pub struct Manifest {
    pub version: u64,
    pub files: Vec<FileEntry>,
}

#[derive(Deserialize, Debug, Clone)]
pub struct FileEntry {
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

pub fn fetch_verified(installed_version: u64) -> anyhow::Result<Option<Manifest>> {
    let body = ureq::get(&format!("{UPDATE_BASE}manifest.json")).call()?.into_string()?;
    let sig_b64 = ureq::get(&format!("{UPDATE_BASE}manifest.json.sig")).call()?.into_string()?;
    let sig_bytes = base64::engine::general_purpose::STANDARD.decode(sig_b64.trim())?;
    let sig = Signature::from_slice(&sig_bytes)?;
    VerifyingKey::from_bytes(&RELEASE_KEY)?.verify(body.as_bytes(), &sig).map_err(|_| anyhow::anyhow!("manifest signature invalid"))?;
    let m: Manifest = serde_json::from_str(&body)?;
    if m.version <= installed_version {
        return Ok(None);
    }
    for f in &m.files {
        anyhow::ensure!(!f.path.contains("..") && !f.path.starts_with('/'), "bad path in manifest: {}", f.path);
    }
    Ok(Some(m))
}
