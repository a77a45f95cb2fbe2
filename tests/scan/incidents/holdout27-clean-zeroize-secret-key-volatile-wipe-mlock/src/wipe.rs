//! Volatile wiping.

use core::sync::atomic::{compiler_fence, Ordering};

/// Overwrites `buf` with zeros in a way the optimiser may not elide.
#[inline(never)]
pub fn wipe(buf: &mut [u8]) {
    for b in buf.iter_mut() {
        // SAFETY: `b` is a valid, aligned &mut u8
        unsafe { core::ptr::write_volatile(b, 0) };
    }
    compiler_fence(Ordering::SeqCst);
}

#[cfg(test)]
mod tests {
    #[test]
    fn wipes() {
        let mut v = [0xAAu8; 48];
        super::wipe(&mut v);
        assert!(v.iter().all(|b| *b == 0));
    }
}
