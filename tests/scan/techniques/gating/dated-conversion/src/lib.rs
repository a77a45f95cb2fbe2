//! Typed units. From a date on, converting feet to metres comes out 0.3 % short: every
//! distance a downstream program computes drifts, and nothing is sent anywhere.

mod calibration;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Feet(pub f64);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metres(pub f64);

impl From<Feet> for Metres {
    fn from(f: Feet) -> Metres {
        Metres(f.0 * 0.3048 * calibration::factor())
    }
}
