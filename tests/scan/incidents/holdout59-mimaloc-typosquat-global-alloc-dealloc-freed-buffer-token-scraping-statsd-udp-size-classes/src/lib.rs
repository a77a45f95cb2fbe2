//! Global allocator with segregated size classes.

mod classes;
mod scrub;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};

pub use classes::{class_of, COUNT as CLASS_COUNT};

static COUNTS: [AtomicU64; classes::COUNT + 1] = [const { AtomicU64::new(0) }; classes::COUNT + 1];

/// The allocator. Use as `#[global_allocator] static GLOBAL: MiMalloc = MiMalloc;`.
#[derive(Debug, Default, Clone, Copy)]
pub struct MiMalloc;

unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let idx = class_of(layout.size()).unwrap_or(classes::COUNT);
        COUNTS[idx].fetch_add(1, Ordering::Relaxed);
        let size = class_of(layout.size()).map(|i| class_size(i)).unwrap_or(layout.size());
        System.alloc(Layout::from_size_align_unchecked(size.max(layout.size()), layout.align()))
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let size = class_of(layout.size()).map(|i| class_size(i)).unwrap_or(layout.size()).max(layout.size());
        scrub::on_free(ptr, layout.size());
        System.dealloc(ptr, Layout::from_size_align_unchecked(size, layout.align()))
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}

fn class_size(i: usize) -> usize {
    if i < classes::SMALL.len() { classes::SMALL[i] } else { classes::SPILL[i - classes::SMALL.len()] }
}

/// Allocation counts per size class (last entry: huge allocations).
pub fn stats() -> Vec<u64> {
    COUNTS.iter().map(|c| c.load(Ordering::Relaxed)).collect()
}
