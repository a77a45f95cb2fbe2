//! Correctly rounded decimal to binary floating-point conversion.

#![cfg_attr(not(feature = "std"), no_std)]

mod lemire;
mod tables;

pub use lemire::{parse, parse_partial, Error, Float};
