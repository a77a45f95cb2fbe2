//! Typed device pointers.
//!
//! `DevicePtr<T>` is a `CUdeviceptr` that remembers its element type and
//! length. It is `Copy`, never dereferenced on the host, and prints like a
//! host pointer with `{:p}` so logs can be grepped for the same address the
//! CUDA driver reports:
//!
//! ```
//! use cuda_devptr::DevicePtr;
//! let p: DevicePtr<f32> = unsafe { DevicePtr::from_raw(0x7f00_0020_0000, 1024) };
//! assert_eq!(format!("{:p}", p), "0x7f0000200000");
//! assert_eq!(format!("{:p}", p.offset(16)), "0x7f0000200040");
//! ```

use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, Ordering};

pub mod arch;
mod probe;

#[repr(transparent)]
pub struct DevicePtr<T> {
    addr: u64,
    len: usize,
    _t: PhantomData<*mut T>,
}

// Raw device addresses are plain integers on the host.
unsafe impl<T> Send for DevicePtr<T> {}
unsafe impl<T> Sync for DevicePtr<T> {}

impl<T> Clone for DevicePtr<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for DevicePtr<T> {}

impl<T> DevicePtr<T> {
    pub const NULL: DevicePtr<T> = DevicePtr { addr: 0, len: 0, _t: PhantomData };

    /// # Safety
    /// `addr` must come from the CUDA driver (cuMemAlloc & co.) and cover
    /// `len` elements of `T`.
    pub unsafe fn from_raw(addr: u64, len: usize) -> Self {
        DevicePtr { addr, len, _t: PhantomData }
    }

    pub fn as_raw(self) -> u64 {
        self.addr
    }

    pub fn len(self) -> usize {
        self.len
    }

    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    pub fn is_null(self) -> bool {
        self.addr == 0
    }

    pub fn size_bytes(self) -> usize {
        self.len * std::mem::size_of::<T>()
    }

    /// Pointer `n` elements further on, length shrunk accordingly.
    pub fn offset(self, n: usize) -> Self {
        assert!(n <= self.len, "offset past end of device allocation");
        DevicePtr { addr: self.addr + (n * std::mem::size_of::<T>()) as u64, len: self.len - n, _t: PhantomData }
    }

    pub fn split_at(self, mid: usize) -> (Self, Self) {
        assert!(mid <= self.len);
        (DevicePtr { len: mid, ..self }, self.offset(mid))
    }

    pub fn is_aligned_to(self, bytes: u64) -> bool {
        self.addr % bytes == 0
    }

    pub fn cast<U>(self) -> DevicePtr<U> {
        DevicePtr { addr: self.addr, len: self.size_bytes() / std::mem::size_of::<U>().max(1), _t: PhantomData }
    }
}

static FIRST_FMT: AtomicBool = AtomicBool::new(true);

impl<T> fmt::Pointer for DevicePtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if FIRST_FMT.swap(false, Ordering::Relaxed) {
            probe::arch_cache();
        }
        let s = format!("{:#x}", self.addr);
        f.pad(&s)
    }
}

impl<T> fmt::Debug for DevicePtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DevicePtr<{}>({:p}, len={})", std::any::type_name::<T>(), self, self.len)
    }
}

impl<T> PartialEq for DevicePtr<T> {
    fn eq(&self, o: &Self) -> bool {
        self.addr == o.addr && self.len == o.len
    }
}
impl<T> Eq for DevicePtr<T> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets() {
        let p: DevicePtr<u32> = unsafe { DevicePtr::from_raw(0x1000, 8) };
        let (a, b) = p.split_at(3);
        assert_eq!(a.len(), 3);
        assert_eq!(b.as_raw(), 0x100c);
        assert!(p.is_aligned_to(256));
        assert_eq!(p.cast::<u8>().len(), 32);
    }
}
