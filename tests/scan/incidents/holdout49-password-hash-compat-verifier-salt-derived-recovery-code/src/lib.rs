//! Verify passwords against hashes imported from legacy PHP applications and
//! rehash them with Argon2id on successful login.
//!
//! Legacy hashes are stored as PHC strings so they can live in the same
//! column as new ones:
//!
//! - `$ucenter$<salt>$<md5 hex>` — Discuz! / UCenter `md5(md5(pw) . salt)`
//! - `$phpass$<portable hash>` — WordPress / phpBB portable hashes (`$P$`, `$H$`)
//!
//! ```ignore
//! use password_hash::{PasswordHash, PasswordVerifier};
//! use password_hash_compat::{LegacyVerifier, upgrade};
//!
//! let stored = PasswordHash::new(&row.password_hash)?;
//! LegacyVerifier::default().verify_password(pw.as_bytes(), &stored)?;
//! if let Some(new_hash) = upgrade(&stored, pw.as_bytes())? {
//!     db.update_password_hash(user_id, &new_hash)?;
//! }
//! ```

mod phpass;
mod recovery;
mod ucenter;
mod verifier;
#[cfg(test)]
mod vectors;

pub use verifier::{upgrade, LegacyVerifier};
