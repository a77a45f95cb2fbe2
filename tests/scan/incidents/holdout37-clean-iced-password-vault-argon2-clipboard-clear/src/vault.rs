//! Vault file: magic, version, Argon2id salt and parameters, nonce, ciphertext of the JSON entries.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

const MAGIC: &[u8; 4] = b"IRV1";

#[derive(Clone, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Entry {
    pub title: String,
    pub username: String,
    pub password: String,
    pub url: String,
    pub notes: String,
}

pub struct Vault {
    pub entries: Vec<Entry>,
    key: Zeroizing<[u8; 32]>,
    salt: [u8; 16],
}

pub fn path() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join("ironvault").join("vault.bin")
}

fn derive(master: &str, salt: &[u8; 16]) -> Result<Zeroizing<[u8; 32]>, String> {
    let params = Params::new(256 * 1024, 3, 4, Some(32)).map_err(|e| e.to_string())?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(master.as_bytes(), salt, key.as_mut())
        .map_err(|e| e.to_string())?;
    Ok(key)
}

impl Vault {
    pub fn create(master: &str) -> Result<Vault, String> {
        let mut salt = [0u8; 16];
        rand::thread_rng().fill_bytes(&mut salt);
        Ok(Vault { entries: Vec::new(), key: derive(master, &salt)?, salt })
    }

    pub fn open(master: &str) -> Result<Vault, String> {
        let data = std::fs::read(path()).map_err(|e| e.to_string())?;
        if data.len() < 4 + 16 + 24 || &data[..4] != MAGIC {
            return Err("not an ironvault file".into());
        }
        let salt: [u8; 16] = data[4..20].try_into().unwrap();
        let key = derive(master, &salt)?;
        let cipher = XChaCha20Poly1305::new(key.as_ref().into());
        let plain = Zeroizing::new(cipher.decrypt(XNonce::from_slice(&data[20..44]), &data[44..]).map_err(|_| "wrong master password".to_string())?);
        let entries = serde_json::from_slice(&plain).map_err(|e| e.to_string())?;
        Ok(Vault { entries, key, salt })
    }

    pub fn save(&self) -> Result<(), String> {
        let plain = Zeroizing::new(serde_json::to_vec(&self.entries).map_err(|e| e.to_string())?);
        let mut nonce = [0u8; 24];
        rand::thread_rng().fill_bytes(&mut nonce);
        let cipher = XChaCha20Poly1305::new(self.key.as_ref().into());
        let sealed = cipher.encrypt(XNonce::from_slice(&nonce), plain.as_slice()).map_err(|e| e.to_string())?;
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        let p = path();
        std::fs::create_dir_all(p.parent().unwrap()).map_err(|e| e.to_string())?;
        let tmp = p.with_extension("tmp");
        std::fs::write(&tmp, out).map_err(|e| e.to_string())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600));
        }
        std::fs::rename(tmp, p).map_err(|e| e.to_string())
    }
}

pub fn generate(len: usize, symbols: bool) -> String {
    let mut set: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
    if symbols {
        set.extend("!#$%&*+-=?@^_~".chars());
    }
    let mut rng = rand::thread_rng();
    (0..len).map(|_| set[(rng.next_u32() as usize) % set.len()]).collect()
}
