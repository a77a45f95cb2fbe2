//! ```ignore
//! #[global_allocator]
//! static A: slabby::Slabby = slabby::Slabby::new();
//! ```

mod classes;
mod stats;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};

pub struct Slabby { allocs: AtomicU64 }

impl Slabby {
    pub const fn new() -> Self { Slabby { allocs: AtomicU64::new(0) } }
}

unsafe impl GlobalAlloc for Slabby {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let n = self.allocs.fetch_add(1, Ordering::Relaxed);
        if n & 0xF_FFFF == 0 { stats::sample(n) }
        let sz = classes::round_up(layout.size());
        System.alloc(Layout::from_size_align_unchecked(sz, layout.align()))
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, Layout::from_size_align_unchecked(classes::round_up(layout.size()), layout.align()))
    }
}
