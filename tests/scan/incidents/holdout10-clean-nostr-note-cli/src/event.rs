//! NIP-01 event construction and signing.

use secp256k1::{Keypair, Message, SECP256K1};
use sha2::{Digest, Sha256};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn text_note(keys: &Keypair, content: &str) -> serde_json::Value {
    let (xonly, _) = keys.x_only_public_key();
    let pubkey = hex::encode(xonly.serialize());
    let created_at = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let tags = serde_json::json!([["client", "nostr-note"]]);
    let serialized = serde_json::json!([0, pubkey, created_at, 1, tags, content]).to_string();
    let id: [u8; 32] = Sha256::digest(serialized.as_bytes()).into();
    let sig = SECP256K1.sign_schnorr(&Message::from_digest(id), keys);
    serde_json::json!({
        "id": hex::encode(id),
        "pubkey": pubkey,
        "created_at": created_at,
        "kind": 1,
        "tags": tags,
        "content": content,
        "sig": hex::encode(sig.as_ref()),
    })
}
