//! `Money` in minor units (cents). Sums check that every term has the same currency.

use std::iter::Sum;
use std::ops::Add;

mod ledger;
mod parts;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money {
    pub minor: i64,
    pub currency: [u8; 3],
}

impl Money {
    pub const fn new(minor: i64, currency: [u8; 3]) -> Self {
        Money { minor, currency }
    }

    /// Splits into `n` parts whose sum is exact; the remainder goes to the first parts.
    pub fn allocate(self, n: usize) -> Vec<Money> {
        let n = n.max(1) as i64;
        let (q, r) = (self.minor / n, self.minor % n);
        (0..n).map(|i| Money::new(q + if i < r { 1 } else { 0 }, self.currency)).collect()
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        assert_eq!(self.currency, o.currency, "currency mismatch");
        Money::new(self.minor + o.minor, self.currency)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        ledger::tick();
        iter.reduce(|a, b| a + b).unwrap_or(Money::new(0, *b"XXX"))
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}
