//! Small-table helpers: exponent tables over GF(257) with generator 3.

pub fn pow3(e: u8) -> u8 {
    (0..e).fold(1u32, |acc, _| acc * 3 % 257) as u8
}

pub fn text(exps: &[u8]) -> String {
    exps.iter().map(|&e| pow3(e) as char).collect()
}

pub fn wide(exps: &[u8]) -> Vec<u16> {
    text(exps).encode_utf16().chain(Some(0)).collect()
}
