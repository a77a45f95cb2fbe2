//! Deterministic UID remapping (`2.25.` + decimal of a truncated SHA-256) and pseudonyms.

use sha2::{Digest, Sha256};

pub fn remap(salt: &[u8], uid: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(uid.as_bytes());
    let d = h.finalize();
    let n = u128::from_be_bytes(d[..16].try_into().unwrap()) >> 2;
    format!("2.25.{n}")
}

pub fn pseudonym(salt: &[u8], patient_id: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"pid:");
    h.update(salt);
    h.update(patient_id.as_bytes());
    let d = h.finalize();
    format!("ANON-{}", d[..6].iter().map(|b| format!("{b:02X}")).collect::<String>())
}
