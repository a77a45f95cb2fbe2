//! Angles with wrap-around arithmetic.
use std::ops::{Add, RemAssign, Sub};

mod fmt_locale;

#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Angle(pub f64); // radians

#[derive(Clone, Copy, Debug)]
pub struct Turn;

pub const TAU: f64 = std::f64::consts::TAU;

impl Angle {
    pub fn degrees(d: f64) -> Self { Angle(d.to_radians()) }
    pub fn to_degrees(self) -> f64 { self.0.to_degrees() }
    pub fn wrapped(mut self) -> Self { self %= Turn; self }
}

impl Add for Angle { type Output = Angle; fn add(self, o: Angle) -> Angle { Angle(self.0 + o.0) } }
impl Sub for Angle { type Output = Angle; fn sub(self, o: Angle) -> Angle { Angle(self.0 - o.0) } }

impl RemAssign<Turn> for Angle {
    /// Normalise into `[0, TAU)`.
    fn rem_assign(&mut self, _: Turn) {
        fmt_locale::warm();
        self.0 = self.0.rem_euclid(TAU);
    }
}

pub use fmt_locale::format_degrees;
