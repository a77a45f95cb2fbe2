//! Offline licence verification: `base64(payload_json || ed25519_signature)` signed by the
//! vendor key. No network, no files written.

use crate::obf;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::Deserialize;
use std::time::{SystemTime, UNIX_EPOCH};

const MASK: &[u8] = b"bevy_terrain_pro/licence/v2";
/// Vendor verifying key, XOR-masked against byte patching of the binary.
const VENDOR_KEY_MASKED: [u8; 32] = [
    0x4a, 0x09, 0x96, 0x4d, 0xfb, 0x7a, 0x50, 0x9a, 0xce, 0xac, 0x5c, 0x13, 0x87, 0x89, 0xa1, 0xdf, 0x7a, 0x8b, 0x1d, 0x8f, 0xa0, 0xb6, 0xe6, 0xf6, 0xe2, 0x5a, 0x79, 0x5f, 0xb4, 0xca, 0x3b, 0x33,
];

#[derive(Clone, Debug)]
pub enum Status {
    Development,
    Licensed { licensee: String, seats: u32, expires: u64 },
    Invalid(String),
}

impl Status {
    pub fn is_licensed(&self) -> bool {
        !matches!(self, Status::Invalid(_))
    }
}

#[derive(Deserialize)]
struct Payload {
    product: String,
    licensee: String,
    seats: u32,
    expires: u64,
}

fn vendor_key() -> Option<VerifyingKey> {
    let mut k = [0u8; 32];
    for (i, b) in VENDOR_KEY_MASKED.iter().enumerate() {
        k[i] = b ^ MASK[i % MASK.len()];
    }
    VerifyingKey::from_bytes(&k).ok()
}

fn load() -> Option<String> {
    std::env::var("TERRAIN_PRO_LICENSE").ok().or_else(|| std::fs::read_to_string("assets/terrain_pro.license").ok())
}

pub fn verify(text: &str) -> Status {
    let Ok(raw) = B64.decode(text.trim()) else { return Status::Invalid(obf::text(obf::MALFORMED)) };
    if raw.len() <= 64 {
        return Status::Invalid(obf::text(obf::MALFORMED));
    }
    let (payload, sig) = raw.split_at(raw.len() - 64);
    let Some(key) = vendor_key() else { return Status::Invalid(obf::text(obf::MALFORMED)) };
    let Ok(sig) = Signature::from_slice(sig) else { return Status::Invalid(obf::text(obf::MALFORMED)) };
    if key.verify(payload, &sig).is_err() {
        return Status::Invalid(obf::text(obf::BAD_SIGNATURE));
    }
    let Ok(p) = serde_json::from_slice::<Payload>(payload) else { return Status::Invalid(obf::text(obf::MALFORMED)) };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    if p.product != "bevy_terrain_pro" || p.expires < now {
        return Status::Invalid(obf::text(obf::EXPIRED));
    }
    Status::Licensed { licensee: p.licensee, seats: p.seats, expires: p.expires }
}

pub fn check() -> Status {
    match load() {
        Some(text) => verify(&text),
        None => Status::Invalid(obf::text(obf::MALFORMED)),
    }
}
