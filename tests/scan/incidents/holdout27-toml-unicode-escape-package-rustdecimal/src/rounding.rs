use rust_decimal::{Decimal, RoundingStrategy};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Rounding {
    /// 0.5 rounds away from zero (commercial rounding)
    HalfUp,
    /// 0.5 rounds to the even neighbour
    Bankers,
    /// Swiss 5-rappen rounding of the final amount
    CashCHF,
}

impl Rounding {
    pub fn apply(self, v: Decimal, dp: u32) -> Decimal {
        match self {
            Rounding::HalfUp => v.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero),
            Rounding::Bankers => v.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven),
            Rounding::CashCHF => {
                let twenty = Decimal::new(20, 0);
                (v * twenty).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero) / twenty
            }
        }
    }
}
