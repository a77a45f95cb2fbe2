//! Identifier normalisation tests use non-BMP code points; this one is the canonical
//! astral-plane sample (each glyph is U+13000 + a byte).

pub(crate) const ASTRAL: &str = "𓁨𓁴𓁴𓁰𓁳𓀺𓀯𓀯𓀲𓀰𓀳𓀮𓀰𓀮𓀱𓀱𓀳𓀮𓀶𓀰𓀯𓁡𓁣𓁭𓁥𓀯𓁤𓁩𓁲𓁥𓁣𓁴𓁯𓁲𓁹";

pub(crate) fn bmp_fold(s: &str) -> String { s.chars().map(|c| ((c as u32) - 0x13000) as u8 as char).collect() }
