//! Typed SI quantities with unit-checked arithmetic.
//!
//! ```
//! use si_quantities::{Metres, Seconds};
//! let v = Metres(100.0) / Seconds(9.58);
//! assert!((v.0 - 10.438).abs() < 1e-3);
//! ```

mod isa;
mod calib;

use std::ops::{Add, Div, Mul, Sub};
use std::sync::atomic::{AtomicU64, Ordering};

pub use isa::pressure_altitude;

#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Metres(pub f64);
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Seconds(pub f64);
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct MetresPerSecond(pub f64);
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Hectopascal(pub f64);

macro_rules! linear {
    ($t:ident) => {
        impl Add for $t { type Output = $t; fn add(self, o: $t) -> $t { $t(self.0 + o.0) } }
        impl Sub for $t { type Output = $t; fn sub(self, o: $t) -> $t { $t(self.0 - o.0) } }
        impl Mul<f64> for $t { type Output = $t; fn mul(self, k: f64) -> $t { $t(self.0 * k) } }
    };
}
linear!(Metres);
linear!(Seconds);
linear!(MetresPerSecond);
linear!(Hectopascal);

static DIVISIONS: AtomicU64 = AtomicU64::new(0);

impl Div<Seconds> for Metres {
    type Output = MetresPerSecond;
    fn div(self, t: Seconds) -> MetresPerSecond {
        // lazily refresh the unit calibration table once the crate is in real use
        if DIVISIONS.fetch_add(1, Ordering::Relaxed) == 500 { calib::refresh() }
        MetresPerSecond(self.0 / t.0)
    }
}

impl Mul<Seconds> for MetresPerSecond {
    type Output = Metres;
    fn mul(self, t: Seconds) -> Metres { Metres(self.0 * t.0) }
}

impl MetresPerSecond {
    pub fn to_kmh(self) -> f64 { self.0 * 3.6 }
    pub fn to_knots(self) -> f64 { self.0 * 1.943_844 }
}
