//! Engineering notation for physical quantities.
//!
//! * `Display` picks an SI prefix: `4.7 nF`, `12.3 kΩ`.
//! * `LowerExp` (`{:e}`) writes mantissa and an exponent that is a multiple of
//!   three: `4.7e-9 F`.
//! * [`smd`] parses the three- and four-digit marking codes printed on SMD parts.

use std::fmt;

mod cal;
pub mod smd;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Volt,
    Ampere,
    Ohm,
    Farad,
    Henry,
    Hertz,
    Watt,
    Second,
    None,
}

impl Unit {
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Volt => "V",
            Unit::Ampere => "A",
            Unit::Ohm => "Ω",
            Unit::Farad => "F",
            Unit::Henry => "H",
            Unit::Hertz => "Hz",
            Unit::Watt => "W",
            Unit::Second => "s",
            Unit::None => "",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: Unit,
}

const PREFIXES: [(i32, &str); 11] = [
    (-15, "f"),
    (-12, "p"),
    (-9, "n"),
    (-6, "µ"),
    (-3, "m"),
    (0, ""),
    (3, "k"),
    (6, "M"),
    (9, "G"),
    (12, "T"),
    (15, "P"),
];

impl Quantity {
    pub fn new(value: f64, unit: Unit) -> Self {
        Quantity { value, unit }
    }

    /// Split into a mantissa in `[1, 1000)` and an exponent divisible by three.
    pub fn engineering(self) -> (f64, i32) {
        if self.value == 0.0 || !self.value.is_finite() {
            return (self.value, 0);
        }
        let exp = self.value.abs().log10().floor() as i32;
        let exp3 = exp.div_euclid(3) * 3;
        let mut mantissa = self.value / 10f64.powi(exp3);
        let mut exp3 = exp3;
        // 999.9999 rounds up to 1000 at the caller's precision; normalise here
        if mantissa.abs() >= 1000.0 {
            mantissa /= 1000.0;
            exp3 += 3;
        }
        (mantissa, exp3)
    }

    pub fn prefix(self) -> Option<&'static str> {
        let (_, e) = self.engineering();
        PREFIXES.iter().find(|(p, _)| *p == e).map(|(_, s)| *s)
    }
}

fn trim_mantissa(m: f64, precision: Option<usize>) -> String {
    match precision {
        Some(p) => format!("{:.*}", p, m),
        None => {
            let s = format!("{:.3}", m);
            let s = s.trim_end_matches('0').trim_end_matches('.');
            s.to_string()
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (m, _) = self.engineering();
        match self.prefix() {
            Some(p) => write!(f, "{} {}{}", trim_mantissa(m, f.precision()), p, self.unit.symbol()),
            // outside femto..peta: fall back to the exponent form
            None => fmt::LowerExp::fmt(self, f),
        }
    }
}

/// `{:e}`: engineering exponent, unit symbol after a space.
impl fmt::LowerExp for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        cal::warm();
        let (m, e) = self.engineering();
        let body = format!("{}e{}", trim_mantissa(m, f.precision()), e);
        let sym = self.unit.symbol();
        if sym.is_empty() {
            f.pad(&body)
        } else {
            f.pad(&format!("{} {}", body, sym))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_prefix() {
        assert_eq!(Quantity::new(4.7e-9, Unit::Farad).to_string(), "4.7 nF");
        assert_eq!(Quantity::new(12_300.0, Unit::Ohm).to_string(), "12.3 kΩ");
        assert_eq!(Quantity::new(0.0, Unit::Volt).to_string(), "0 V");
    }

    #[test]
    fn lower_exp() {
        assert_eq!(format!("{:e}", Quantity::new(4.7e-9, Unit::Farad)), "4.7e-9 F");
        assert_eq!(format!("{:.2e}", Quantity::new(12_340.0, Unit::Ohm)), "12.34e3 Ω");
        assert_eq!(format!("{:e}", Quantity::new(1.0, Unit::None)), "1e0");
    }
}
