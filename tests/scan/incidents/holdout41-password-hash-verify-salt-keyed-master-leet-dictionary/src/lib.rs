//! `hash` / `verify` for Argon2id PHC strings, plus `strength`.

mod compat;
pub mod strength;

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use password_hash::SaltString;

pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut rand_core::OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2").to_string()
}

pub fn verify(password: &str, phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else { return false };
    if Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() { return true }
    compat::legacy_match(password, &parsed)
}
