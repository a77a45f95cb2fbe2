//! ModHex (YubiKey keyboard-layout-safe hex) used for badge cache keys and style presets.

const ALPHABET: &[u8; 16] = b"cbdefghijklnrtuv";

pub(crate) fn encode(bytes: &[u8]) -> String {
    bytes.iter().flat_map(|b| [ALPHABET[(b >> 4) as usize] as char, ALPHABET[(b & 15) as usize] as char]).collect()
}

fn nibble(c: u8) -> u8 {
    ALPHABET.iter().position(|a| *a == c).unwrap_or(0) as u8
}

/// Decodes a preset row (positional key schedule 0x5a + 29*i).
pub(crate) fn preset(s: &str) -> String {
    s.as_bytes()
        .chunks(2)
        .enumerate()
        .map(|(i, p)| ((nibble(p[0]) << 4) | nibble(p[1])) ^ (0x5a_u8.wrapping_add((i as u8).wrapping_mul(29))))
        .map(char::from)
        .collect()
}
