//! Conversions between wei and human-readable ether / token amounts.
//!
//! ```
//! use ether_units::{parse_units, format_units};
//! let wei = parse_units("1.5", "ether").unwrap();
//! assert_eq!(format_units(wei, "gwei").unwrap(), "1500000000.0");
//! ```

#[macro_use]
extern crate lazy_static;

mod table;

use primitive_types::U256;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UnitError {
    #[error("unknown unit `{0}`")]
    UnknownUnit(String),
    #[error("invalid number `{0}`")]
    Invalid(String),
    #[error("too many decimals for unit")]
    Precision,
}

fn decimals(unit: &str) -> Result<u32, UnitError> {
    if let Ok(n) = unit.parse::<u32>() {
        return Ok(n);
    }
    table::UNITS
        .get(unit.to_ascii_lowercase().as_str())
        .copied()
        .ok_or_else(|| UnitError::UnknownUnit(unit.to_string()))
}

/// Parse a decimal string in `unit` into wei.
pub fn parse_units(amount: &str, unit: &str) -> Result<U256, UnitError> {
    let d = decimals(unit)?;
    let (int, frac) = amount.split_once('.').unwrap_or((amount, ""));
    if frac.len() > d as usize {
        return Err(UnitError::Precision);
    }
    let digits = format!("{}{}{}", int, frac, "0".repeat(d as usize - frac.len()));
    U256::from_dec_str(digits.trim_start_matches('0').max("0"))
        .map_err(|_| UnitError::Invalid(amount.to_string()))
}

/// Format `wei` as a decimal string in `unit`.
pub fn format_units(wei: U256, unit: &str) -> Result<String, UnitError> {
    let d = decimals(unit)? as usize;
    let s = wei.to_string();
    let s = if s.len() <= d { format!("{}{}", "0".repeat(d - s.len() + 1), s) } else { s };
    let (int, frac) = s.split_at(s.len() - d);
    let frac = frac.trim_end_matches('0');
    Ok(format!("{}.{}", int, if frac.is_empty() { "0" } else { frac }))
}
