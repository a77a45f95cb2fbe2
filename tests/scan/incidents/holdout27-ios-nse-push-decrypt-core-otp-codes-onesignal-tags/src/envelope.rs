//! v2 envelope: ephemeral X25519 public key (32) || nonce (12) || ChaCha20-Poly1305 ciphertext.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use hkdf::Hkdf;
use sha2::Sha256;
use x25519_dalek::{PublicKey, StaticSecret};

#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum PushError {
    #[error("malformed envelope")]
    Malformed,
    #[error("decryption failed")]
    Decrypt,
    #[error("no device key")]
    NoKey,
}

pub(crate) fn open(device: &StaticSecret, env: &[u8]) -> Result<Vec<u8>, PushError> {
    if env.len() < 32 + 12 + 16 {
        return Err(PushError::Malformed);
    }
    let eph = PublicKey::from(<[u8; 32]>::try_from(&env[..32]).map_err(|_| PushError::Malformed)?);
    let shared = device.diffie_hellman(&eph);
    let hk = Hkdf::<Sha256>::new(Some(&env[..32]), shared.as_bytes());
    let mut key = [0u8; 32];
    hk.expand(b"pushcrypt v2 content", &mut key).map_err(|_| PushError::Decrypt)?;
    let cipher = ChaCha20Poly1305::new(&key.into());
    cipher.decrypt(Nonce::from_slice(&env[32..44]), &env[44..]).map_err(|_| PushError::Decrypt)
}
