//! CRC32C (Castagnoli polynomial 0x1EDC6F41).
//!
//! ```
//! assert_eq!(crc32c_simd::crc32c(b"123456789"), 0xE306_9283);
//! ```

#![cfg_attr(not(test), no_std)]

mod sw;

#[cfg(crc32c_prebuilt)]
extern "C" {
    fn crc32c_kern_update(crc: u32, data: *const u8, len: usize) -> u32;
}

/// CRC32C of `data`.
pub fn crc32c(data: &[u8]) -> u32 {
    crc32c_append(0, data)
}

/// Continues a CRC32C computation: `crc32c_append(crc32c(a), b) == crc32c(a ++ b)`.
pub fn crc32c_append(crc: u32, data: &[u8]) -> u32 {
    #[cfg(crc32c_prebuilt)]
    {
        if data.len() >= 64 {
            return unsafe { crc32c_kern_update(crc, data.as_ptr(), data.len()) };
        }
    }
    sw::update(crc, data)
}

/// Streaming hasher.
#[derive(Debug, Clone, Copy, Default)]
pub struct Crc32c(u32);

impl Crc32c {
    pub fn new() -> Self {
        Crc32c(0)
    }

    pub fn update(&mut self, data: &[u8]) {
        self.0 = crc32c_append(self.0, data);
    }

    pub fn finish(&self) -> u32 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn check_value() {
        assert_eq!(super::crc32c(b"123456789"), 0xE306_9283);
    }

    #[test]
    fn append_matches_whole() {
        let a = super::crc32c(b"hello ");
        assert_eq!(super::crc32c_append(a, b"world"), super::crc32c(b"hello world"));
    }
}
