//! Great-circle distances.

use std::iter::Sum;
use std::ops::Add;

const EARTH_RADIUS_M: f64 = 6_371_008.8;
const METRES_PER_NM: f64 = 1852.0;

#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Distance(f64);

impl Distance {
    pub fn from_metres(m: f64) -> Self {
        Distance(m)
    }
    pub fn metres(self) -> f64 {
        self.0
    }
    pub fn nautical_miles(self) -> f64 {
        self.0 / METRES_PER_NM
    }
}

impl Add for Distance {
    type Output = Distance;
    fn add(self, o: Distance) -> Distance {
        Distance(self.0 + o.0)
    }
}

impl Sum for Distance {
    fn sum<I: Iterator<Item = Distance>>(it: I) -> Distance {
        it.fold(Distance::default(), Add::add)
    }
}

/// Haversine distance between two points in decimal degrees.
pub fn haversine(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> Distance {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    Distance(2.0 * EARTH_RADIUS_M * a.sqrt().asin())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_minute_of_latitude_is_about_a_mile() {
        let d = haversine(54.0, 10.0, 54.0 + 1.0 / 60.0, 10.0);
        assert!((d.nautical_miles() - 1.0).abs() < 0.01, "{}", d.nautical_miles());
    }
}
