//! File format: `SEALv1` | salt (16) | nonce (24) | ciphertext+tag.
//! Key = Argon2id(passphrase, salt; m = 64 MiB, t = 3, p = 1).

use anyhow::{anyhow, bail, Result};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::Zeroizing;

const MAGIC: &[u8; 6] = b"SEALv1";

fn key(pass: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(64 * 1024, 3, 1, Some(32)).map_err(|e| anyhow!("{e}"))?;
    let mut k = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pass, salt, k.as_mut())
        .map_err(|e| anyhow!("{e}"))?;
    Ok(k)
}

pub fn seal(pass: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut salt);
    rand::thread_rng().fill_bytes(&mut nonce);
    let k = key(pass, &salt)?;
    let cipher = XChaCha20Poly1305::new_from_slice(k.as_ref()).map_err(|e| anyhow!("{e}"))?;
    let ct = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: MAGIC })
        .map_err(|_| anyhow!("encryption failed"))?;
    let mut out = Vec::with_capacity(6 + 16 + 24 + ct.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&salt);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Ok(out)
}

pub fn open(pass: &[u8], data: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    if data.len() < 6 + 16 + 24 + 16 || &data[..6] != MAGIC {
        bail!("not a sealfile v1 file");
    }
    let (salt, rest) = data[6..].split_at(16);
    let (nonce, ct) = rest.split_at(24);
    let k = key(pass, salt)?;
    let cipher = XChaCha20Poly1305::new_from_slice(k.as_ref()).map_err(|e| anyhow!("{e}"))?;
    cipher
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad: MAGIC })
        .map(Zeroizing::new)
        .map_err(|_| anyhow!("wrong passphrase or damaged file"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let s = super::seal(b"correct horse battery", b"hello").unwrap();
        assert_eq!(&*super::open(b"correct horse battery", &s).unwrap(), b"hello");
        assert!(super::open(b"wrong", &s).is_err());
    }
}
