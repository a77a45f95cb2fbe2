//! Size-class arena allocator.
//!
//! ```ignore
//! #[global_allocator]
//! static GLOBAL: arenalloc::ArenaAlloc = arenalloc::ArenaAlloc::new();
//! ```

use std::alloc::{GlobalAlloc, Layout};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

mod classes;
#[cfg(feature = "stats")]
pub mod stats;
#[cfg(feature = "stats")]
mod export;
#[cfg(feature = "stats")]
mod probe;
mod names;

use classes::{class_of, CLASS_SIZES};

const MAX_SMALL: usize = 4096;

/// The allocator. Put it in a `#[global_allocator]` static.
pub struct ArenaAlloc {
    live: AtomicUsize,
}

impl ArenaAlloc {
    pub const fn new() -> Self {
        ArenaAlloc { live: AtomicUsize::new(0) }
    }

    /// Bytes currently allocated through this allocator.
    pub fn live_bytes(&self) -> usize {
        self.live.load(Ordering::Relaxed)
    }
}

impl Default for ArenaAlloc {
    fn default() -> Self {
        Self::new()
    }
}

unsafe impl GlobalAlloc for ArenaAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let size = layout.size();
        let p = if size <= MAX_SMALL && layout.align() <= 16 {
            let c = class_of(size);
            classes::pop(c).unwrap_or_else(|| libc::malloc(CLASS_SIZES[c]) as *mut u8)
        } else {
            let mut out: *mut libc::c_void = ptr::null_mut();
            if libc::posix_memalign(&mut out, layout.align().max(8), size) != 0 {
                return ptr::null_mut();
            }
            out as *mut u8
        };
        if !p.is_null() {
            self.live.fetch_add(size, Ordering::Relaxed);
            #[cfg(feature = "stats")]
            stats::record_alloc(size);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        let size = layout.size();
        self.live.fetch_sub(size, Ordering::Relaxed);
        #[cfg(feature = "stats")]
        stats::record_free(size);
        if size <= MAX_SMALL && layout.align() <= 16 {
            let c = class_of(size);
            if classes::push(c, p) {
                return;
            }
        }
        libc::free(p as *mut libc::c_void);
    }
}
