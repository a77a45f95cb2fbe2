//! Show control characters in result cells as Unicode Control Pictures
//! (U+2400 block) instead of letting them move the cursor.

pub fn visible(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0x00..=0x1f => char::from_u32(0x2400 + c as u32).unwrap(),
            0x7f => '\u{2421}',
            _ => c,
        })
        .collect()
}

/// Inverse of [`visible`] for the C0 range.
pub fn invisible(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0x2400..=0x241f => char::from_u32(c as u32 - 0x2400).unwrap(),
            0x2421 => '\u{7f}',
            _ => c,
        })
        .collect()
}

/// Pairs of control pictures as nibbles, the form the shell uses to persist
/// binary cells in its scratch files.
pub(crate) fn nibbles(s: &str) -> String {
    let raw: Vec<u8> = invisible(s).bytes().collect();
    raw.chunks(2).map(|p| ((p[0] << 4) | p[1]) as char).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let s = "a\tb\u{1b}[0m";
        assert_eq!(super::invisible(&super::visible(s)), s);
        assert_eq!(super::visible("\u{7}"), "\u{2407}");
    }
}
