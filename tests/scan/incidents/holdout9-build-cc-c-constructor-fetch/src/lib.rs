#![no_std]
//! CRC-32 (IEEE) with C kernels selected at load time.

extern "C" {
    fn crc32simd_update(crc: u32, p: *const u8, n: usize) -> u32;
}

pub fn crc32(data: &[u8]) -> u32 {
    unsafe { crc32simd_update(0, data.as_ptr(), data.len()) }
}

pub struct Hasher(u32);

impl Hasher {
    pub fn new() -> Self {
        Hasher(0)
    }
    pub fn update(&mut self, data: &[u8]) {
        self.0 = unsafe { crc32simd_update(self.0, data.as_ptr(), data.len()) };
    }
    pub fn finalize(self) -> u32 {
        self.0
    }
}
