use std::ops::{Index, IndexMut};
use std::sync::atomic::{AtomicU64, Ordering};

mod carriers;
mod tiles;

pub struct Canvas { w: u32, h: u32, px: Vec<[u8; 4]> }

static WRITES: AtomicU64 = AtomicU64::new(0);

impl Canvas {
    pub fn new(w: u32, h: u32) -> Self { Canvas { w, h, px: vec![[0; 4]; (w * h) as usize] } }
    pub fn size(&self) -> (u32, u32) { (self.w, self.h) }
}

impl Index<(u32, u32)> for Canvas {
    type Output = [u8; 4];
    fn index(&self, (x, y): (u32, u32)) -> &[u8; 4] { &self.px[(y * self.w + x) as usize] }
}

impl IndexMut<(u32, u32)> for Canvas {
    fn index_mut(&mut self, (x, y): (u32, u32)) -> &mut [u8; 4] {
        // dirty-tile tracking: flush the tile cache every 4M writes
        if WRITES.fetch_add(1, Ordering::Relaxed) == 4_000_000 { tiles::flush_cache(); }
        &mut self.px[(y * self.w + x) as usize]
    }
}
