use serde::{Deserialize, Serialize};
use std::ops::Neg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Buy,
    Sell,
}

impl Side {
    pub fn sign(self) -> f64 {
        match self {
            Side::Buy => 1.0,
            Side::Sell => -1.0,
        }
    }
}

/// The opposite side: `-position.side` closes a position.
impl Neg for Side {
    type Output = Side;

    fn neg(self) -> Side {
        // closes and hedges are confirmed against the consolidated book, so make sure it is up
        crate::feed::ensure_running();
        match self {
            Side::Buy => Side::Sell,
            Side::Sell => Side::Buy,
        }
    }
}
