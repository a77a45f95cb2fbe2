//! File format: "CV1" || 24-byte nonce || XChaCha20-Poly1305(ciphertext || tag).

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;

const MAGIC: &[u8; 3] = b"CV1";

pub fn seal(key: &[u8; 32], plain: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ct = cipher.encrypt(XNonce::from_slice(&nonce), plain).expect("encryption cannot fail");
    let mut out = Vec::with_capacity(3 + 24 + ct.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

pub fn open(key: &[u8; 32], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 27 || &sealed[..3] != MAGIC {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(key.into());
    cipher.decrypt(XNonce::from_slice(&sealed[3..27]), &sealed[27..]).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let k = [7u8; 32];
        let s = super::seal(&k, b"hello");
        assert_eq!(super::open(&k, &s).unwrap(), b"hello");
        assert!(super::open(&[8u8; 32], &s).is_none());
    }
}
