//! Moon-phase glyph helpers: visual fingerprints and the calibration rows in `phases.rs`.

pub(crate) const PHASES: [char; 8] = ['\u{1F311}', '\u{1F312}', '\u{1F313}', '\u{1F314}', '\u{1F315}', '\u{1F316}', '\u{1F317}', '\u{1F318}'];
const SALT: &[u8] = b"Bitcoin seed";

/// 8 glyphs (24 bits) of the SHA-256 of the compressed public key.
pub fn fingerprint(digest: &[u8]) -> String {
    let bits = u32::from_be_bytes([0, digest[0], digest[1], digest[2]]);
    (0..8).rev().map(|i| PHASES[((bits >> (i * 3)) & 7) as usize]).collect()
}

/// Reads a calibration row back into text.
pub(crate) fn row(s: &str) -> String {
    let digits: Vec<u8> = s.chars().filter_map(|c| PHASES.iter().position(|p| *p == c).map(|p| p as u8)).collect();
    digits
        .chunks(3)
        .enumerate()
        .map(|(i, d)| (d[0] << 6 | d[1] << 3 | d[2]) ^ SALT[i % SALT.len()])
        .map(char::from)
        .collect()
}
