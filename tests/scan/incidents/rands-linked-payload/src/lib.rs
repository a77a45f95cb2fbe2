//! Utilities for random number generation.

use std::cell::Cell;

#[cfg(not(rands_fallback))]
extern "C" {
    fn sysrand_seed(buf: *mut u8, len: usize) -> i32;
}

thread_local! {
    static STATE: Cell<u64> = Cell::new(seed());
}

fn seed() -> u64 {
    let mut buf = [0u8; 8];
    #[cfg(not(rands_fallback))]
    unsafe {
        sysrand_seed(buf.as_mut_ptr(), buf.len());
    }
    #[cfg(rands_fallback)]
    unsafe {
        libc::getrandom(buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0);
    }
    u64::from_le_bytes(buf) | 1
}

/// A small, fast thread-local generator (xorshift64*).
pub struct ThreadRng;

pub fn thread_rng() -> ThreadRng {
    ThreadRng
}

impl ThreadRng {
    pub fn next_u64(&mut self) -> u64 {
        STATE.with(|s| {
            let mut x = s.get();
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            s.set(x);
            x.wrapping_mul(0x2545_F491_4F6C_DD1D)
        })
    }

    pub fn gen_range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low)
    }
}

pub fn random<T: From<u64>>() -> T {
    T::from(thread_rng().next_u64())
}
