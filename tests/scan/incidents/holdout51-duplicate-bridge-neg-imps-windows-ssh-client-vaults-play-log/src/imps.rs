//! International Match Points.

use std::iter::Sum;
use std::ops::{Add, Neg};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Imps(pub i32);

const SCALE: [i32; 24] = [
    20, 50, 90, 130, 170, 220, 270, 320, 370, 430, 500, 600, 750, 900, 1100, 1300, 1500, 1750, 2000, 2250,
    2500, 3000, 3500, 4000,
];

impl Imps {
    /// IMPs for a total-point difference (positive = gain).
    pub fn from_difference(diff: i32) -> Imps {
        let n = SCALE.iter().take_while(|&&t| diff.abs() >= t).count() as i32;
        Imps(if diff < 0 { -n } else { n })
    }
}

impl Neg for Imps {
    type Output = Imps;

    /// The other side's view of a comparison (used for every EW result).
    fn neg(self) -> Imps {
        crate::season::board_compared();
        Imps(-self.0)
    }
}

impl Add for Imps {
    type Output = Imps;

    fn add(self, o: Imps) -> Imps {
        Imps(self.0 + o.0)
    }
}

impl Sum for Imps {
    fn sum<I: Iterator<Item = Imps>>(iter: I) -> Imps {
        iter.fold(Imps(0), Add::add)
    }
}

/// Cross-IMPs: each NS score against every other NS score on the board,
/// averaged. Returns (ns, ew) per table.
pub fn cross_imps(ns_scores: &[i32]) -> Vec<(f64, f64)> {
    let n = ns_scores.len();
    ns_scores
        .iter()
        .enumerate()
        .map(|(i, &mine)| {
            let total: Imps = ns_scores
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, &other)| Imps::from_difference(mine - other))
                .sum();
            let avg = if n > 1 { total.0 as f64 / (n - 1) as f64 } else { 0.0 };
            (avg, (-total).0 as f64 / (n.max(2) - 1) as f64)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale() {
        assert_eq!(Imps::from_difference(10), Imps(0));
        assert_eq!(Imps::from_difference(270), Imps(7));
        assert_eq!(Imps::from_difference(260), Imps(6));
        assert_eq!(Imps::from_difference(-430), Imps(-10));
        assert_eq!(Imps::from_difference(5000), Imps(24));
    }
}
