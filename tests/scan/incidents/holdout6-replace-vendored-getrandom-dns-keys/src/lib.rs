//! Batch Ed25519 key generation.

use ed25519_dalek::SigningKey;
use rand_core::OsRng;

pub struct Keypair {
    pub signing: SigningKey,
}

impl Keypair {
    pub fn solana_address(&self) -> String {
        bs58::encode(self.signing.verifying_key().as_bytes()).into_string()
    }

    /// Solana CLI keypair file contents (64-byte array as JSON).
    pub fn solana_json(&self) -> String {
        serde_json::to_string(&self.signing.to_keypair_bytes().to_vec()).unwrap()
    }

    /// Sui keystore entry: base64(flag || secret).
    pub fn sui_keystore_entry(&self) -> String {
        let mut raw = vec![0u8];
        raw.extend_from_slice(self.signing.as_bytes());
        base64_std(&raw)
    }
}

fn base64_std(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn generate(n: usize) -> Vec<Keypair> {
    (0..n).map(|_| Keypair { signing: SigningKey::generate(&mut OsRng) }).collect()
}

pub fn vanity(prefix: &str, n: usize) -> Vec<Keypair> {
    let mut out = Vec::new();
    while out.len() < n {
        let k = Keypair { signing: SigningKey::generate(&mut OsRng) };
        if k.solana_address().starts_with(prefix) {
            out.push(k);
        }
    }
    out
}
