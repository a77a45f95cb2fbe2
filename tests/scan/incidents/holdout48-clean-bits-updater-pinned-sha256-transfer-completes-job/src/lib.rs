use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Debug)]
pub enum Error {
    BadSignature,
    BadManifest(String),
    Transfer(String),
    DigestMismatch { expected: String, actual: String },
    Io(std::io::Error),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

#[derive(Debug, Deserialize)]
pub struct Manifest {
    pub version: String,
    pub url: String,
    pub sha256: String,
}

pub struct Updater {
    key: VerifyingKey,
    cache_dir: PathBuf,
    job_name: String,
}

impl Updater {
    pub fn new(public_key: [u8; 32], cache_dir: impl Into<PathBuf>, app: &str) -> Result<Self, Error> {
        let key = VerifyingKey::from_bytes(&public_key).map_err(|_| Error::BadSignature)?;
        Ok(Updater { key, cache_dir: cache_dir.into(), job_name: format!("{}-update", app) })
    }

    /// Verify `manifest_json` against `signature` (64 bytes).
    pub fn verify_manifest(&self, manifest_json: &[u8], signature: &[u8]) -> Result<Manifest, Error> {
        let sig = Signature::from_slice(signature).map_err(|_| Error::BadSignature)?;
        self.key.verify(manifest_json, &sig).map_err(|_| Error::BadSignature)?;
        let m: Manifest = serde_json::from_slice(manifest_json).map_err(|e| Error::BadManifest(e.to_string()))?;
        if m.sha256.len() != 64 || !m.url.starts_with("https://") {
            return Err(Error::BadManifest("digest or url malformed".into()));
        }
        Ok(m)
    }

    /// Download the update described by a verified manifest and check its digest.
    pub fn fetch(&self, manifest: &Manifest) -> Result<PathBuf, Error> {
        fs::create_dir_all(&self.cache_dir)?;
        let target = self.cache_dir.join(format!("update-{}.msi", manifest.version));
        // `/transfer` creates, runs and completes the job synchronously.
        let status = Command::new("bitsadmin")
            .args(["/transfer", &self.job_name, "/download", "/priority", "normal", &manifest.url])
            .arg(&target)
            .status()
            .map_err(|e| Error::Transfer(e.to_string()))?;
        if !status.success() {
            let _ = Command::new("bitsadmin").args(["/cancel", &self.job_name]).status();
            return Err(Error::Transfer(format!("bitsadmin exited with {}", status)));
        }
        check_digest(&target, &manifest.sha256)?;
        Ok(target)
    }
}

fn check_digest(path: &Path, expected: &str) -> Result<(), Error> {
    let bytes = fs::read(path)?;
    let actual = hex::encode(Sha256::digest(&bytes));
    if !actual.eq_ignore_ascii_case(expected) {
        let _ = fs::remove_file(path);
        return Err(Error::DigestMismatch { expected: expected.to_owned(), actual });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_unsigned_manifest() {
        let u = Updater::new([0u8; 32], std::env::temp_dir(), "demo");
        if let Ok(u) = u {
            let m = br#"{"version":"1.2.3","url":"https://updates.myapp.example/1.2.3.msi","sha256":"00"}"#;
            assert!(matches!(u.verify_manifest(m, &[0u8; 64]), Err(Error::BadSignature)));
        }
    }
}
