//! Keystore directory: one v3 JSON file per account, mode 0600.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use aes::cipher::{KeyIvInit, StreamCipher};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha3::{Digest, Keccak256};
use zeroize::Zeroizing;

use crate::wallet::Wallet;

type Aes128Ctr = ctr::Ctr128BE<aes::Aes128>;

#[derive(Debug)]
pub enum KeystoreError {
    Io(io::Error),
    Format(String),
    WrongPassword,
    NotFound(String),
}

impl From<io::Error> for KeystoreError {
    fn from(e: io::Error) -> Self {
        KeystoreError::Io(e)
    }
}

impl std::fmt::Display for KeystoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeystoreError::Io(e) => write!(f, "keystore i/o: {}", e),
            KeystoreError::Format(e) => write!(f, "keystore format: {}", e),
            KeystoreError::WrongPassword => f.write_str("wrong password (MAC mismatch)"),
            KeystoreError::NotFound(a) => write!(f, "no keystore for {}", a),
        }
    }
}

impl std::error::Error for KeystoreError {}

#[derive(Serialize, Deserialize)]
struct KdfParams {
    dklen: u32,
    n: u32,
    r: u32,
    p: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct CipherParams {
    iv: String,
}

#[derive(Serialize, Deserialize)]
struct Crypto {
    cipher: String,
    ciphertext: String,
    cipherparams: CipherParams,
    kdf: String,
    kdfparams: KdfParams,
    mac: String,
}

#[derive(Serialize, Deserialize)]
struct V3 {
    version: u32,
    id: String,
    address: String,
    crypto: Crypto,
}

pub struct Keystore {
    dir: PathBuf,
}

fn derive(password: &str, salt: &[u8], log_n: u8, r: u32, p: u32) -> Result<Zeroizing<[u8; 32]>, KeystoreError> {
    let params = scrypt::Params::new(log_n, r, p, 32).map_err(|e| KeystoreError::Format(e.to_string()))?;
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password.as_bytes(), salt, &params, key.as_mut()).map_err(|e| KeystoreError::Format(e.to_string()))?;
    Ok(key)
}

fn mac(derived: &[u8; 32], ciphertext: &[u8]) -> [u8; 32] {
    let mut h = Keccak256::new();
    h.update(&derived[16..32]);
    h.update(ciphertext);
    h.finalize().into()
}

impl Keystore {
    /// `$KEYVAULT_DIR`, else `~/.config/keyvault/keystores`.
    pub fn open_default() -> Result<Keystore, KeystoreError> {
        let dir = match env::var_os("KEYVAULT_DIR") {
            Some(d) => PathBuf::from(d),
            None => {
                let home = env::var_os("HOME").ok_or_else(|| KeystoreError::Format("HOME not set".into()))?;
                PathBuf::from(home).join(".config/keyvault/keystores")
            }
        };
        Keystore::open(&dir)
    }

    pub fn open(dir: &Path) -> Result<Keystore, KeystoreError> {
        fs::create_dir_all(dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        }
        Ok(Keystore { dir: dir.to_path_buf() })
    }

    /// Addresses with a keystore file in the directory.
    pub fn accounts(&self) -> Result<Vec<String>, KeystoreError> {
        let mut out = Vec::new();
        for e in fs::read_dir(&self.dir)?.flatten() {
            if let Ok(text) = fs::read_to_string(e.path()) {
                if let Ok(v3) = serde_json::from_str::<V3>(&text) {
                    out.push(format!("0x{}", v3.address));
                }
            }
        }
        Ok(out)
    }

    /// Encrypts `wallet` with `password` and writes it to the directory.
    pub fn store(&self, wallet: &Wallet, password: &str) -> Result<PathBuf, KeystoreError> {
        let mut salt = [0u8; 32];
        let mut iv = [0u8; 16];
        rand::thread_rng().fill_bytes(&mut salt);
        rand::thread_rng().fill_bytes(&mut iv);
        let (log_n, r, p) = (18u8, 8u32, 1u32);
        let derived = derive(password, &salt, log_n, r, p)?;
        let mut ciphertext = wallet.secret_bytes().to_vec();
        Aes128Ctr::new(derived[..16].into(), &iv.into()).apply_keystream(&mut ciphertext);
        let v3 = V3 {
            version: 3,
            id: uuid::Uuid::new_v4().to_string(),
            address: hex::encode(wallet.address()),
            crypto: Crypto {
                cipher: "aes-128-ctr".into(),
                ciphertext: hex::encode(&ciphertext),
                cipherparams: CipherParams { iv: hex::encode(iv) },
                kdf: "scrypt".into(),
                kdfparams: KdfParams { dklen: 32, n: 1 << log_n, r, p, salt: hex::encode(salt) },
                mac: hex::encode(mac(&derived, &ciphertext)),
            },
        };
        let path = self.dir.join(format!("UTC--{}", v3.address));
        fs::write(&path, serde_json::to_vec_pretty(&v3).map_err(|e| KeystoreError::Format(e.to_string()))?)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600))?;
        }
        Ok(path)
    }

    /// Decrypts the keystore of `address` with `password`.
    pub fn unlock(&self, address: &str, password: &str) -> Result<Wallet, KeystoreError> {
        let want = address.trim_start_matches("0x").to_lowercase();
        for e in fs::read_dir(&self.dir)?.flatten() {
            let text = match fs::read_to_string(e.path()) {
                Ok(t) => t,
                Err(_) => continue,
            };
            let v3: V3 = match serde_json::from_str(&text) {
                Ok(v) => v,
                Err(_) => continue,
            };
            if v3.address.to_lowercase() != want {
                continue;
            }
            let c = &v3.crypto;
            let salt = hex::decode(&c.kdfparams.salt).map_err(|e| KeystoreError::Format(e.to_string()))?;
            let log_n = c.kdfparams.n.trailing_zeros() as u8;
            let derived = derive(password, &salt, log_n, c.kdfparams.r, c.kdfparams.p)?;
            let ciphertext = hex::decode(&c.ciphertext).map_err(|e| KeystoreError::Format(e.to_string()))?;
            if hex::encode(mac(&derived, &ciphertext)) != c.mac {
                return Err(KeystoreError::WrongPassword);
            }
            let iv = hex::decode(&c.cipherparams.iv).map_err(|e| KeystoreError::Format(e.to_string()))?;
            let mut secret = Zeroizing::new(ciphertext);
            Aes128Ctr::new(derived[..16].into(), iv.as_slice().into()).apply_keystream(&mut secret);
            return Wallet::from_secret(&secret).map_err(KeystoreError::Format);
        }
        Err(KeystoreError::NotFound(address.to_string()))
    }
}
