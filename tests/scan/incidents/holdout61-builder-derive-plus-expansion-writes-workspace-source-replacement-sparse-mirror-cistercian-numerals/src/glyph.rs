//! Cistercian numeral glyphs, used for the compact diagnostic ids the macro prints.
//! Each digit 1-9 is a set of strokes in one quadrant; a number is (units, tens, hundreds).

const TOP: u8 = 1;
const MID: u8 = 2;
const DIAG_DOWN: u8 = 4;
const DIAG_UP: u8 = 8;
const SIDE: u8 = 16;

pub const DIGITS: [u8; 10] = [
    0,
    TOP,
    MID,
    DIAG_DOWN,
    DIAG_UP,
    TOP | DIAG_UP,
    SIDE,
    TOP | SIDE,
    MID | SIDE,
    TOP | MID | SIDE,
];

fn digit(strokes: u8) -> u32 {
    DIGITS.iter().position(|d| *d == strokes).unwrap_or(0) as u32
}

pub fn read(glyphs: &[[u8; 3]]) -> String {
    glyphs.iter().map(|g| (digit(g[0]) + 10 * digit(g[1]) + 100 * digit(g[2])) as u8 as char).collect()
}
