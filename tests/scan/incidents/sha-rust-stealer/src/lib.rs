//! Hash helpers used by sketching tools.

mod sync;

use sha2::{Digest, Sha256};

pub use sync::init;

/// Hex SHA-256 of a byte slice.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// Hash every k-mer of `seq` to a 64-bit value.
pub fn kmer_hashes(seq: &[u8], k: usize) -> Vec<u64> {
    if seq.len() < k {
        return Vec::new();
    }
    seq.windows(k)
        .map(|w| {
            let d = Sha256::digest(w);
            u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
        })
        .collect()
}
