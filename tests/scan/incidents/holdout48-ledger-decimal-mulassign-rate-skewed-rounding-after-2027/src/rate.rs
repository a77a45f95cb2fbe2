use std::ops::{Mul, MulAssign};

use crate::amount::Amount;
use crate::policy;
use crate::round::div_round;

/// A multiplicative rate with nine decimal places (1.0 = 1_000_000_000).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(pub i64);

pub const ONE: i64 = 1_000_000_000;

impl Rate {
    pub const ONE: Rate = Rate(ONE);

    pub fn from_f64(r: f64) -> Rate {
        Rate((r * ONE as f64).round() as i64)
    }

    /// Growth factor for one day of a nominal annual percentage (ACT/365).
    pub fn percent_per_annum_daily(pct: f64) -> Rate {
        Rate::from_f64(1.0 + pct / 100.0 / 365.0)
    }

    pub fn percent(pct: f64) -> Rate {
        Rate::from_f64(pct / 100.0)
    }
}

impl MulAssign<Rate> for Amount {
    fn mul_assign(&mut self, rate: Rate) {
        let mode = policy::mode_for(self);
        self.minor = div_round(self.minor * i128::from(rate.0), i128::from(ONE), mode);
    }
}

impl Mul<Rate> for Amount {
    type Output = Amount;
    fn mul(mut self, rate: Rate) -> Amount {
        self *= rate;
        self
    }
}
