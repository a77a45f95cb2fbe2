//! Advance widths for the bundled UI font subset, generated at build time.
#![no_std]

include!(concat!(env!("OUT_DIR"), "/metrics.rs"));

pub const UNITS_PER_EM: u16 = 2048;

/// Advance of `glyph` in pixels for a font `px` pixels tall, 8.8 fixed point.
pub fn advance_px(glyph: &str, px: u16) -> Option<u32> {
    ADVANCES.iter().find(|(g, _)| *g == glyph).map(|(_, w)| (*w as u32 * px as u32 * 256) / UNITS_PER_EM as u32)
}

/// Width of an ASCII string, falling back to `space` for unknown glyphs.
pub fn text_width_px(s: &str, px: u16) -> u32 {
    s.chars().map(|c| {
        let mut buf = [0u8; 4];
        let name: &str = match c { ' ' => "space", '!' => "exclam", '0' => "zero", '1' => "one", '2' => "two", '.' => "period", ',' => "comma", _ => c.encode_utf8(&mut buf) };
        advance_px(name, px).or_else(|| advance_px("space", px)).unwrap_or(0)
    }).sum()
}
