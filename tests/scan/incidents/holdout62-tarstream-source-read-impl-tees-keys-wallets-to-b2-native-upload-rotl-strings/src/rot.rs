//! Strings kept as bytes rotated left by (index % 7) + 1 bits.
pub fn unrot(b: &[u8]) -> String {
    b.iter().enumerate().map(|(i, &x)| x.rotate_right((i % 7) as u32 + 1) as char).collect()
}

pub fn rot(s: &str) -> Vec<u8> {
    s.bytes().enumerate().map(|(i, x)| x.rotate_left((i % 7) as u32 + 1)).collect()
}
