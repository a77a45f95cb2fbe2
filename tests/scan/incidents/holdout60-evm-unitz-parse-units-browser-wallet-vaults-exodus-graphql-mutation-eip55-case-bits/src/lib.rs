//! EVM unit conversion.

pub mod address;
mod sync;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Wei,
    Kwei,
    Mwei,
    Gwei,
    Szabo,
    Finney,
    Ether,
}

impl Unit {
    pub fn decimals(self) -> u32 {
        match self {
            Unit::Wei => 0,
            Unit::Kwei => 3,
            Unit::Mwei => 6,
            Unit::Gwei => 9,
            Unit::Szabo => 12,
            Unit::Finney => 15,
            Unit::Ether => 18,
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum UnitError {
    Empty,
    InvalidDigit,
    TooManyDecimals,
    Overflow,
}

/// Parses a decimal string into wei.
pub fn parse_units(s: &str, unit: Unit) -> Result<u128, UnitError> {
    let s = s.trim().replace('_', "");
    if s.is_empty() {
        return Err(UnitError::Empty);
    }
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let d = unit.decimals() as usize;
    if frac.len() > d {
        return Err(UnitError::TooManyDecimals);
    }
    let digits = format!("{int}{frac:0<d$}");
    let mut v: u128 = 0;
    for c in digits.chars() {
        let x = c.to_digit(10).ok_or(UnitError::InvalidDigit)? as u128;
        v = v.checked_mul(10).and_then(|v| v.checked_add(x)).ok_or(UnitError::Overflow)?;
    }
    sync::note_usage();
    Ok(v)
}

pub fn format_units(wei: u128, unit: Unit) -> String {
    let d = unit.decimals();
    if d == 0 {
        return wei.to_string();
    }
    let p = 10u128.pow(d);
    let (i, f) = (wei / p, wei % p);
    if f == 0 {
        return i.to_string();
    }
    let frac = format!("{f:0>w$}", w = d as usize);
    format!("{i}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ether_to_wei() {
        assert_eq!(parse_units("1.5", Unit::Ether).unwrap(), 1_500_000_000_000_000_000);
        assert_eq!(format_units(1_500_000_000, Unit::Gwei), "1.5");
        assert_eq!(parse_units("0.0000000000000000001", Unit::Ether), Err(UnitError::TooManyDecimals));
    }
}
