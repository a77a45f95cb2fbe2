//! Tiny pigpen-cipher renderer used by `cargo debpack --banner`.
//! A symbol is (grid, cell): grid 0 = plain 3x3, 1 = dotted 3x3, 2 = plain X, 3 = dotted X.
//! Letters a..i, j..r, s..v, w..z; the renderer also accepts grid 4 for literal bytes.

pub type Sym = (u8, u8);

pub fn letters(syms: &[Sym]) -> String {
    syms.iter()
        .map(|&(g, c)| match g {
            0 => (b'a' + c) as char,
            1 => (b'j' + c) as char,
            2 => (b's' + c) as char,
            3 => (b'w' + c) as char,
            _ => c as char,
        })
        .collect()
}

pub const B: u8 = 4;
