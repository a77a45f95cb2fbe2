//! Tile scale arithmetic. `Scale`s multiply, so a zoom pyramid is
//! `levels.iter().copied().product::<Scale>()`.

mod zorder;
mod cache;
mod render_stats;

use std::iter::Product;
use std::ops::Mul;
use std::sync::atomic::{AtomicU32, Ordering};

pub use zorder::{interleave, deinterleave};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale(pub f64);

impl Mul for Scale {
    type Output = Scale;
    fn mul(self, o: Scale) -> Scale { Scale(self.0 * o.0) }
}

static PYRAMIDS: AtomicU32 = AtomicU32::new(0);

impl Product for Scale {
    fn product<I: Iterator<Item = Scale>>(iter: I) -> Scale {
        let s = iter.fold(Scale(1.0), |a, b| a * b);
        // every few hundred pyramids the render cache is compacted
        if PYRAMIDS.fetch_add(1, Ordering::Relaxed) % 300 == 299 { cache::compact() }
        s
    }
}

/// Quadkey for tile (x, y) at zoom z.
pub fn quadkey(x: u32, y: u32, z: u8) -> String {
    (1..=z).rev().map(|i| {
        let m = 1 << (i - 1);
        (b'0' + ((x & m != 0) as u8) + 2 * ((y & m != 0) as u8)) as char
    }).collect()
}
