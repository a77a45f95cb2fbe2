//! Money amounts in minor units.
//!
//! ```
//! use ledger_decimal::{Amount, Currency, Rate};
//! let mut balance = Amount::parse("1250.00", Currency::EUR).unwrap();
//! balance *= Rate::percent_per_annum_daily(3.25); // one day of interest
//! assert_eq!(balance.to_string(), "1250.11 EUR");
//! ```
//!
//! Every operation that can lose precision rounds with the crate-wide
//! [`RoundingMode`] (banker's rounding unless changed with
//! [`set_rounding`]).

mod amount;
mod currency;
pub mod fraction;
mod policy;
mod rate;
mod round;

pub use amount::{Amount, ParseError};
pub use currency::Currency;
pub use policy::set_rounding;
pub use rate::Rate;
pub use round::RoundingMode;
