//! A Decimal implementation written in pure Rust suitable for financial calculations that require
//! significant integral and fractional digits with no round-off errors.

mod decimal;

pub use decimal::{Decimal, RoundingStrategy};

pub mod prelude {
    pub use crate::decimal::{Decimal, RoundingStrategy};
    pub use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
}
