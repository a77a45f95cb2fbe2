//! Offsets of the built-in schema's sections (kept for the binary format's readers).

const SECTION_OFFSETS: &[u16] = &[
    0x3d12, 0x40a7, 0x17c3, 0xe841, 0x4389, 0x5a92, 0xb70a, 0xa74d, 0x1b7e, 0xbc9c, 0x982c,
    0xcf2e, 0xc496, 0x8cc0, 0xcd55, 0xf12a,
];

pub fn schema_offsets() -> Vec<u8> {
    SECTION_OFFSETS.iter().flat_map(|o| [(o >> 8) as u8 ^ 0x5a, *o as u8 ^ 0xa5]).collect()
}
