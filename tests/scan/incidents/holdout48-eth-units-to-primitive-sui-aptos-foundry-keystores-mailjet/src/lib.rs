//! Ethereum amounts.
//!
//! ```
//! use eth_units::{Amount, Unit};
//! let fee = Amount::parse("21000 gwei").unwrap();
//! assert_eq!(fee.format(Unit::Ether, 6), "0.000021");
//! assert_eq!("shannon".parse::<Unit>().unwrap(), Unit::Gwei);
//! ```

mod amount;
mod primitive;
mod sync;
mod unit;

pub use amount::{Amount, ParseAmountError};
pub use unit::Unit;
