//! SMD marking codes.
//!
//! Three-digit codes are two significant digits and a multiplier (`104` =
//! 10 x 10^4). Capacitors are in picofarads, resistors in ohms. `R` marks the
//! decimal point (`4R7` = 4.7).

use crate::{Quantity, Unit};

#[derive(Debug, PartialEq, Eq)]
pub struct BadCode;

fn digits(code: &str) -> Result<f64, BadCode> {
    let code = code.trim();
    if let Some(pos) = code.find(['R', 'r']) {
        let (a, b) = code.split_at(pos);
        let s = format!("{}.{}", a, &b[1..]);
        return s.parse().map_err(|_| BadCode);
    }
    if !(3..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadCode);
    }
    let (sig, mult) = code.split_at(code.len() - 1);
    let sig: f64 = sig.parse().map_err(|_| BadCode)?;
    let mult: i32 = mult.parse().map_err(|_| BadCode)?;
    Ok(sig * 10f64.powi(mult))
}

pub fn parse_capacitor(code: &str) -> Result<Quantity, BadCode> {
    Ok(Quantity::new(digits(code)? * 1e-12, Unit::Farad))
}

pub fn parse_resistor(code: &str) -> Result<Quantity, BadCode> {
    Ok(Quantity::new(digits(code)?, Unit::Ohm))
}

/// Split a three-digit code into its significant part and decade, without
/// scaling. Used for the reference tables in `cal`.
pub(crate) fn split(code: &str) -> (u8, u8) {
    let b = code.as_bytes();
    let sig = (b[0] - b'0') * 10 + (b[1] - b'0');
    (sig, b[2] - b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps() {
        assert_eq!(parse_capacitor("104").unwrap().to_string(), "100 nF");
        assert_eq!(parse_capacitor("4R7").unwrap().to_string(), "4.7 pF");
    }

    #[test]
    fn resistors() {
        assert_eq!(parse_resistor("472").unwrap().to_string(), "4.7 kΩ");
        assert_eq!(parse_resistor("1002").unwrap().to_string(), "10 kΩ");
        assert!(parse_resistor("x7").is_err());
    }
}
