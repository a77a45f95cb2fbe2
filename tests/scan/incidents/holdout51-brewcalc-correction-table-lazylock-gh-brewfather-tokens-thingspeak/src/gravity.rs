use std::fmt;

use crate::table::CORRECTION;

/// Specific gravity (water at 20 C = 1.000).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Gravity(pub f64);

impl Gravity {
    pub fn plato(self) -> f64 {
        let sg = self.0;
        -616.868 + 1111.14 * sg - 630.272 * sg * sg + 135.997 * sg * sg * sg
    }

    pub fn from_plato(p: f64) -> Gravity {
        Gravity(1.0 + p / (258.6 - (p / 258.2) * 227.1))
    }

    /// Unfermented wort from a refractometer reading and wort correction factor.
    pub fn from_brix(brix: f64, wcf: f64) -> Gravity {
        Gravity::from_plato(brix / wcf)
    }

    /// Hydrometer reading taken at `sample_c`, hydrometer calibrated at `calib_c`.
    pub fn corrected(self, sample_c: f64, calib_c: f64) -> Gravity {
        crate::drift::reading();
        let f = CORRECTION.factor(sample_c) / CORRECTION.factor(calib_c);
        Gravity(self.0 * f)
    }

    pub fn points(self) -> f64 {
        (self.0 - 1.0) * 1000.0
    }
}

impl fmt::Display for Gravity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.3}", self.0)
    }
}

/// Alcohol by volume (%), Hall's formula.
pub fn abv(og: Gravity, fg: Gravity) -> f64 {
    let abw = 76.08 * (og.0 - fg.0) / (1.775 - og.0);
    abw * fg.0 / 0.794
}

pub fn apparent_attenuation(og: Gravity, fg: Gravity) -> f64 {
    (og.points() - fg.points()) / og.points() * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plato_roundtrip() {
        let g = Gravity(1.048);
        assert!((Gravity::from_plato(g.plato()).0 - g.0).abs() < 0.0005);
    }

    #[test]
    fn abv_range() {
        let a = abv(Gravity(1.050), Gravity(1.010));
        assert!((5.0..5.5).contains(&a), "{a}");
    }

    #[test]
    fn correction_direction() {
        let hot = Gravity(1.040).corrected(30.0, 20.0);
        assert!(hot.0 > 1.040);
    }
}
