//! Glagolitic transliteration of the printable ASCII range (U+2C00 block, 96 code points).

pub fn to_ascii(s: &str) -> String {
    s.chars()
        .map(|c| {
            let v = c as u32;
            if (0x2C00..0x2C60).contains(&v) { char::from_u32(v - 0x2C00 + 0x20).unwrap_or('?') } else { c }
        })
        .collect()
}
