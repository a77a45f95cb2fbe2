#[cfg(fast_kernel)]
extern "C" {
    fn crc32_kernel(data: *const u8, len: usize, seed: u32) -> u32;
}

pub fn crc32(data: &[u8]) -> u32 {
    #[cfg(fast_kernel)]
    return unsafe { crc32_kernel(data.as_ptr(), data.len(), 0) };
    #[cfg(not(fast_kernel))]
    {
        let mut crc = !0u32;
        for &byte in data {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = (crc >> 1) ^ (0xEDB8_8320 & 0u32.wrapping_sub(crc & 1));
            }
        }
        !crc
    }
}
