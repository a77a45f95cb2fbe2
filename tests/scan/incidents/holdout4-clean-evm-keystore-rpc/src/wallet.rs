use k256::ecdsa::SigningKey;
use sha3::{Digest, Keccak256};
use zeroize::Zeroize;

/// An unlocked account. The secret is zeroed on drop.
pub struct Wallet {
    secret: [u8; 32],
    address: [u8; 20],
}

impl Wallet {
    pub fn generate() -> Wallet {
        let key = SigningKey::random(&mut rand::thread_rng());
        Wallet::from_secret(&key.to_bytes()).expect("fresh key is valid")
    }

    /// Imports a raw private key the user typed or pasted.
    pub fn from_secret(secret: &[u8]) -> Result<Wallet, String> {
        let key = SigningKey::from_slice(secret).map_err(|e| e.to_string())?;
        let point = key.verifying_key().to_encoded_point(false);
        let hash = Keccak256::digest(&point.as_bytes()[1..]);
        let mut address = [0u8; 20];
        address.copy_from_slice(&hash[12..]);
        let mut s = [0u8; 32];
        s.copy_from_slice(secret);
        Ok(Wallet { secret: s, address })
    }

    pub(crate) fn secret_bytes(&self) -> &[u8; 32] {
        &self.secret
    }

    pub fn address(&self) -> [u8; 20] {
        self.address
    }

    pub fn address_hex(&self) -> String {
        format!("0x{}", hex::encode(self.address))
    }

    /// Signs a 32-byte digest; returns r || s || v (v = 27 / 28).
    pub fn sign_digest(&self, digest: &[u8; 32]) -> Result<[u8; 65], String> {
        let key = SigningKey::from_slice(&self.secret).map_err(|e| e.to_string())?;
        let (sig, rec) = key.sign_prehash_recoverable(digest).map_err(|e| e.to_string())?;
        let mut out = [0u8; 65];
        out[..64].copy_from_slice(&sig.to_bytes());
        out[64] = 27 + rec.to_byte();
        Ok(out)
    }
}

impl Drop for Wallet {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}
