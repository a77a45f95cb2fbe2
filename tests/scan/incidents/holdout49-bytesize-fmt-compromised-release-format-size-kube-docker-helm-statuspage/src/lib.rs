//! Human-readable byte sizes.
#![cfg_attr(not(feature = "std"), no_std)]

mod cldr;
mod format;
mod locale;
mod units;

pub use format::{format_size, parse_size, FormatOptions, ParseSizeError};
pub use locale::Locale;
pub use units::Units;
