//! Const case conversion.

#![no_std]

include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));

pub const fn is_upper(b: u8) -> bool {
    b.is_ascii_uppercase()
}

/// Length of the snake_case form of an ASCII identifier.
pub const fn snake_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'-' || c == b' ' {
            n += 1;
        } else {
            if is_upper(c) && i > 0 && (!is_upper(b[i - 1]) || (i + 1 < b.len() && !is_upper(b[i + 1]) && b[i + 1] != b'_')) && b[i - 1] != b'_' && b[i - 1] != b'-' {
                n += 1;
            }
            n += 1;
        }
        i += 1;
    }
    n
}

/// Writes the snake_case form into `out` (which must be `snake_len(s)` long).
pub const fn snake_into<const N: usize>(s: &str) -> [u8; N] {
    let b = s.as_bytes();
    let mut out = [0u8; N];
    let mut i = 0;
    let mut o = 0;
    while i < b.len() && o < N {
        let c = b[i];
        if c == b'-' || c == b' ' {
            out[o] = b'_';
            o += 1;
        } else {
            if is_upper(c) && i > 0 && (!is_upper(b[i - 1]) || (i + 1 < b.len() && !is_upper(b[i + 1]) && b[i + 1] != b'_')) && b[i - 1] != b'_' && b[i - 1] != b'-' && o < N {
                out[o] = b'_';
                o += 1;
            }
            if o < N {
                out[o] = c.to_ascii_lowercase();
                o += 1;
            }
        }
        i += 1;
    }
    out
}

#[macro_export]
macro_rules! snake {
    ($s:expr) => {{
        const N: usize = $crate::snake_len($s);
        const B: [u8; N] = $crate::snake_into::<N>($s);
        match core::str::from_utf8(&B) {
            Ok(s) => s,
            Err(_) => panic!("non-UTF-8 identifier"),
        }
    }};
}

/// Simple case folding of one character (falls back to ASCII lowercase).
pub fn fold(c: char) -> char {
    match SIMPLE_FOLD.binary_search_by_key(&c, |&(a, _)| a) {
        Ok(i) => SIMPLE_FOLD[i].1,
        Err(_) => c.to_ascii_lowercase(),
    }
}
