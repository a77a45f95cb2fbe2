use argon2::Argon2;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::path::Path;
use zeroize::Zeroizing;

pub type Key = Zeroizing<[u8; 32]>;

const SALT_FILE: &str = ".vaultfs/salt";

pub fn init_volume(dir: &Path, pass: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join(".vaultfs"))?;
    let mut salt = [0u8; 16];
    getrandom(&mut salt);
    std::fs::write(dir.join(SALT_FILE), salt)
}

pub fn unlock(dir: &Path, pass: &str) -> Result<Key, String> {
    let salt = std::fs::read(dir.join(SALT_FILE)).map_err(|e| format!("not a vaultfs volume: {e}"))?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::default().hash_password_into(pass.as_bytes(), &salt, &mut *key).map_err(|e| e.to_string())?;
    Ok(key)
}

pub fn open(key: &Key, sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 24 {
        return None;
    }
    let (nonce, ct) = sealed.split_at(24);
    XChaCha20Poly1305::new(key.as_ref().into()).decrypt(XNonce::from_slice(nonce), ct).ok()
}

pub fn seal(key: &Key, plain: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 24];
    getrandom(&mut nonce);
    let mut out = nonce.to_vec();
    out.extend(XChaCha20Poly1305::new(key.as_ref().into()).encrypt(XNonce::from_slice(&nonce), plain).unwrap_or_default());
    out
}

fn getrandom(buf: &mut [u8]) {
    unsafe {
        libc::getrandom(buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0);
    }
}
