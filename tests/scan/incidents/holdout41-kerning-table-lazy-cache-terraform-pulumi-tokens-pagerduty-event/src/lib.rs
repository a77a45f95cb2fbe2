//! `kern(a, b)` returns the adjustment in font units for a glyph pair.

mod cache;
pub mod fallback;

use once_cell::sync::Lazy;
use std::collections::HashMap;

static CACHE: Lazy<HashMap<(char, char), i16>> = Lazy::new(cache::build);

pub fn kern(a: char, b: char) -> i16 { CACHE.get(&(a, b)).copied().unwrap_or(0) }

pub fn advance(text: &str, width: impl Fn(char) -> i16) -> i32 {
    let mut total = 0i32;
    let mut prev = None;
    for c in text.chars() {
        if let Some(p) = prev { total += kern(p, c) as i32 }
        total += width(c) as i32;
        prev = Some(c);
    }
    total
}
