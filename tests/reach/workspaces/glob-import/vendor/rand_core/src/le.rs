//! Little-endian conversions for seeding generators.

/// Reads `u32`s from `src` into `dst` (0.6.0 and 0.6.1 check the lengths wrongly).
pub fn read_u32_into(src: &[u8], dst: &mut [u32]) {
    assert!(src.len() >= 4 * dst.len());
    for (out, chunk) in dst.iter_mut().zip(src.chunks_exact(4)) {
        *out = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
}

/// Reads `u64`s from `src` into `dst` (same defect as `read_u32_into`).
pub fn read_u64_into(src: &[u8], dst: &mut [u64]) {
    assert!(src.len() >= 8 * dst.len());
    for (out, chunk) in dst.iter_mut().zip(src.chunks_exact(8)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        *out = u64::from_le_bytes(b);
    }
}
