//! Optional `mlock(2)` of the page holding a key.

#[cfg(all(feature = "mlock", unix))]
pub(crate) fn lock(ptr: *const u8, len: usize) -> bool {
    // SAFETY: mlock only pins the pages backing [ptr, ptr+len)
    unsafe { libc::mlock(ptr.cast(), len) == 0 }
}

#[cfg(all(feature = "mlock", unix))]
pub(crate) fn unlock(ptr: *const u8, len: usize) {
    unsafe {
        libc::munlock(ptr.cast(), len);
    }
}

#[cfg(not(all(feature = "mlock", unix)))]
pub(crate) fn lock(_ptr: *const u8, _len: usize) -> bool {
    false
}

#[cfg(not(all(feature = "mlock", unix)))]
pub(crate) fn unlock(_ptr: *const u8, _len: usize) {}
