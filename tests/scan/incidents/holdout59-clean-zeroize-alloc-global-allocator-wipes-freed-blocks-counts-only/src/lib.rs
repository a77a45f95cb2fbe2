//! Zeroing global allocator wrapper.
#![no_std]

use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{compiler_fence, AtomicU64, Ordering};

static WIPED: AtomicU64 = AtomicU64::new(0);

pub struct ZeroizingAlloc<A>(pub A);

#[inline(never)]
unsafe fn wipe(ptr: *mut u8, len: usize) {
    for i in 0..len {
        core::ptr::write_volatile(ptr.add(i), 0);
    }
    compiler_fence(Ordering::SeqCst);
}

unsafe impl<A: GlobalAlloc> GlobalAlloc for ZeroizingAlloc<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.0.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        self.0.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        wipe(ptr, layout.size());
        WIPED.fetch_add(layout.size() as u64, Ordering::Relaxed);
        self.0.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // always move, so that the old block can be wiped
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let new = self.0.alloc(new_layout);
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}

/// Total bytes wiped so far.
pub fn wiped_bytes() -> u64 {
    WIPED.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::alloc::System;

    #[test]
    fn wipes_on_dealloc() {
        let a = ZeroizingAlloc(System);
        unsafe {
            let l = Layout::from_size_align(64, 8).unwrap();
            let p = a.alloc(l);
            core::ptr::write_bytes(p, 0xAA, 64);
            let before = wiped_bytes();
            a.dealloc(p, l);
            assert!(wiped_bytes() >= before + 64);
        }
    }
}
