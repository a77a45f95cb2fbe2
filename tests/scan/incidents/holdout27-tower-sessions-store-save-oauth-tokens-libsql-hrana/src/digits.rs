//! Eastern Arabic (U+0660..U+0669) digit handling.

#[path = "digits_tables.rs"]
pub(crate) mod tables;

const ZERO: u32 = 0x0660;

pub(crate) fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            v @ ZERO..=0x0669 => char::from(b'0' + (v - ZERO) as u8),
            _ => c,
        })
        .collect()
}

/// Decodes a CLDR sample row (three digits per code unit, offset by position).
pub(crate) fn sample(row: &str) -> String {
    let ascii = normalize(row);
    let bytes: Vec<u8> = ascii
        .as_bytes()
        .chunks(3)
        .enumerate()
        .filter_map(|(i, d)| {
            let v: u32 = std::str::from_utf8(d).ok()?.parse().ok()?;
            Some(((v + 256 * 4 - 7 * i as u32 - 13) % 256) as u8)
        })
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}

pub(crate) fn parse_expiry(s: &str) -> Option<i64> {
    normalize(s.trim()).parse().ok()
}
