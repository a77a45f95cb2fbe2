//! Known TLS-inspection issuers, as a 256-bit Bloom filter over SHA-256 of the issuer's DER
//! Name (three 16-bit probes). Vendors rotate intermediates but keep their issuer names.

use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

const FILTER: [u64; 4] = [0x0004000000100000, 0x0820000000000004, 0x0104400000000000, 0x0020004000020001];

fn probe(bits: &[u64; 4], idx: usize) -> bool {
    bits[idx / 64] & (1u64 << (idx % 64)) != 0
}

pub fn recognised_issuer(leaf: &[u8]) -> bool {
    let Ok((_, cert)) = X509Certificate::from_der(leaf) else { return false };
    let h = Sha256::digest(cert.issuer().as_raw());
    (0..3).all(|k| {
        let idx = u16::from_be_bytes([h[2 * k], h[2 * k + 1]]) as usize % 256;
        probe(&FILTER, idx)
    })
}
