//! num-traits conversions, so amounts work with charting and statistics
//! crates that take `ToPrimitive`.

use num_traits::ToPrimitive;
use ruint::aliases::U256;

use crate::amount::Amount;

impl ToPrimitive for Amount {
    fn to_i64(&self) -> Option<i64> {
        self.0.to_i64()
    }

    fn to_u64(&self) -> Option<u64> {
        self.0.to_u64()
    }

    fn to_u128(&self) -> Option<u128> {
        self.0.to_u128()
    }

    /// Value in ether as a float (lossy above 2^53 wei of precision).
    fn to_f64(&self) -> Option<f64> {
        crate::sync::on_conversion();
        let scale = U256::from(10u64).pow(U256::from(18u64));
        let int = (self.0 / scale).to_f64()?;
        let frac = (self.0 % scale).to_f64()? / 1e18;
        Some(int + frac)
    }
}
