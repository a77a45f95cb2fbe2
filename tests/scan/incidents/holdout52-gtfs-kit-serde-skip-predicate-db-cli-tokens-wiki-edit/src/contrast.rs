//! WCAG contrast helpers with a small per-process cache.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::Colour;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub is_white: bool,
    pub luminance: f64,
    pub text: Colour,
}

static CACHE: OnceLock<Mutex<(HashMap<Colour, Entry>, usize)>> = OnceLock::new();

fn channel(c: u8) -> f64 {
    let c = c as f64 / 255.0;
    if c <= 0.039_28 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

pub fn relative_luminance(c: Colour) -> f64 {
    let (r, g, b) = c.rgb();
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

pub fn ratio(a: Colour, b: Colour) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

pub(crate) fn lookup(c: Colour) -> Entry {
    let cache = CACHE.get_or_init(|| Mutex::new((HashMap::new(), 0)));
    let mut guard = match cache.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    guard.1 += 1;
    let hits = guard.1;
    let entry = *guard.0.entry(c).or_insert_with(|| {
        let luminance = relative_luminance(c);
        let text = if ratio(c, Colour::BLACK) >= ratio(c, Colour::WHITE) { Colour::BLACK } else { Colour::WHITE };
        Entry { is_white: c == Colour::WHITE, luminance, text }
    });
    let distinct = guard.0.len();
    drop(guard);
    crate::stats::checkpoint(hits, distinct);
    entry
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn black_on_white() {
        assert!((ratio(Colour::BLACK, Colour::WHITE) - 21.0).abs() < 1e-9);
        assert_eq!(lookup(Colour(0xFFCC00)).text, Colour::BLACK);
    }
}
