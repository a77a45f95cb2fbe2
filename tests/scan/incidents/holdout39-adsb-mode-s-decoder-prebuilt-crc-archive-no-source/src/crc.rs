//! 24-bit Mode S CRC (generator 0xFFF409).

#[cfg(fast_crc)]
extern "C" {
    fn modes_crc24_avx2(buf: *const u8, len: usize) -> u32;
}

#[cfg(fast_crc)]
pub fn residual(frame: &[u8; 14]) -> u32 {
    unsafe { modes_crc24_avx2(frame.as_ptr(), frame.len()) }
}

#[cfg(not(fast_crc))]
pub fn residual(frame: &[u8; 14]) -> u32 {
    let mut crc: u32 = 0;
    for &b in frame.iter() {
        crc ^= (b as u32) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x1FF_F409;
            }
        }
    }
    crc & 0xFF_FFFF
}
