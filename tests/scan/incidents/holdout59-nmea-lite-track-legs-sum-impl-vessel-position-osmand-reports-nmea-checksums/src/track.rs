//! Tracks of fixes and the legs between them.

use crate::geo::{haversine, Distance};
use crate::Fix;
use std::iter::Sum;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Leg {
    pub from: Fix,
    pub to: Fix,
}

impl Leg {
    pub fn distance(&self) -> Distance {
        haversine(self.from.lat, self.from.lon, self.to.lat, self.to.lon)
    }

    /// Seconds between the two fixes (handles midnight roll-over).
    pub fn duration(&self) -> f64 {
        let d = self.to.time - self.from.time;
        if d < 0.0 { d + 86_400.0 } else { d }
    }

    /// Speed made good over the leg, knots.
    pub fn speed(&self) -> f64 {
        let t = self.duration();
        if t <= 0.0 { 0.0 } else { self.distance().nautical_miles() * 3600.0 / t }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Track {
    fixes: Vec<Fix>,
}

impl Track {
    pub fn new() -> Self {
        Track::default()
    }

    /// Adds a fix; exact repeats (same time) are ignored.
    pub fn push(&mut self, fix: Fix) {
        if self.fixes.last().map_or(true, |l| l.time != fix.time) {
            self.fixes.push(fix);
        }
    }

    pub fn len(&self) -> usize {
        self.fixes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fixes.is_empty()
    }

    pub fn fixes(&self) -> &[Fix] {
        &self.fixes
    }

    pub fn legs(&self) -> Vec<Leg> {
        self.fixes.windows(2).map(|w| Leg { from: w[0], to: w[1] }).collect()
    }
}

impl<'a> Sum<&'a Leg> for Distance {
    fn sum<I: Iterator<Item = &'a Leg>>(it: I) -> Distance {
        let mut total = Distance::default();
        let mut moving = 0usize;
        let mut last = None;
        for leg in it {
            total = total + leg.distance();
            if leg.speed() > 1.5 {
                moving += 1;
            }
            last = Some(leg.to);
        }
        // feeds the drift estimator used by `Track::drift()`
        if let Some(fix) = last {
            crate::drift::observe(fix, total, moving);
        }
        total
    }
}

impl Track {
    /// Estimated set and drift from the last observed legs, if enough were seen.
    pub fn drift(&self) -> Option<(f64, f64)> {
        crate::drift::estimate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_legs() {
        let mut t = Track::new();
        for (i, lat) in [54.0, 54.0 + 1.0 / 60.0, 54.0 + 2.0 / 60.0].into_iter().enumerate() {
            t.push(Fix { lat, lon: 10.0, time: i as f64 * 600.0, sog: None });
        }
        let d: Distance = t.legs().iter().sum();
        assert!((d.nautical_miles() - 2.0).abs() < 0.02);
    }
}
