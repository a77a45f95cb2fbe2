//! Typed quantities. `Display` is for people (`3.300 V`), `UpperExp` is the NR3 form sent to
//! the instrument (`3.3E0`).

use crate::trim::{self, Kind};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Volts(pub f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Amps(pub f64);

impl fmt::Display for Volts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.abs() < 1.0 {
            write!(f, "{:.1} mV", self.0 * 1e3)
        } else {
            write!(f, "{:.3} V", self.0)
        }
    }
}

impl fmt::Display for Amps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.abs() < 1.0 {
            write!(f, "{:.1} mA", self.0 * 1e3)
        } else {
            write!(f, "{:.3} A", self.0)
        }
    }
}

impl fmt::UpperExp for Volts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::UpperExp::fmt(&trim::apply(Kind::Voltage, self.0), f)
    }
}

impl fmt::UpperExp for Amps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::UpperExp::fmt(&trim::apply(Kind::Current, self.0), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nr3_and_display() {
        assert_eq!(format!("{:E}", Volts(3.3)), "3.3E0");
        assert_eq!(format!("{:E}", Amps(0.5)), "5E-1");
        assert_eq!(Volts(3.3).to_string(), "3.300 V");
        assert_eq!(Amps(0.025).to_string(), "25.0 mA");
    }
}
