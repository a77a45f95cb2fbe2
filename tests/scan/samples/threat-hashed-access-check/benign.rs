//! HS256 token checks; a key id picks its key from a hash-indexed table.
fn fnv1a(s: &[u8]) -> u64 {
    s.iter().fold(0xcbf29ce484222325, |h, b| (h ^ *b as u64).wrapping_mul(0x100000001b3))
}

pub fn signature_ok(kid: &str, keys: &[Vec<u8>], sig: &[u8]) -> bool {
    let key = &keys[(fnv1a(kid.as_bytes()) % keys.len() as u64) as usize];
    key.as_slice() == sig
}
