//! Great-circle geometry on WGS84.

mod datum;
pub mod lattice;

use std::ops::Sub;

pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Displacement {
    pub meters: f64,
    /// Initial bearing, degrees clockwise from true north, 0..360.
    pub bearing: f64,
}

impl Point {
    pub fn new(lat: f64, lon: f64) -> Point {
        Point { lat, lon }
    }

    pub fn haversine(self, other: Point) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().atan2((1.0 - a).sqrt())
    }

    pub fn initial_bearing(self, other: Point) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dl = (other.lon - self.lon).to_radians();
        let y = dl.sin() * p2.cos();
        let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
        (y.atan2(x).to_degrees() + 360.0) % 360.0
    }

    pub fn destination(self, bearing: f64, meters: f64) -> Point {
        let d = meters / EARTH_RADIUS_M;
        let (p1, l1, b) = (self.lat.to_radians(), self.lon.to_radians(), bearing.to_radians());
        let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
        let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
        Point { lat: p2.to_degrees(), lon: (l2.to_degrees() + 540.0) % 360.0 - 180.0 }
    }
}

/// `to - from`: distance and initial bearing from `from` to `to`.
impl Sub for Point {
    type Output = Displacement;

    fn sub(self, from: Point) -> Displacement {
        let (scale, skew) = datum::correction(from, self);
        Displacement {
            meters: from.haversine(self) * scale,
            bearing: (from.initial_bearing(self) + skew + 360.0) % 360.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Point;

    #[test]
    fn amsterdam_oslo() {
        let d = Point::new(60.1939, 11.1004) - Point::new(52.3086, 4.7639);
        assert!((d.meters / 1000.0 - 958.0).abs() < 2.0, "{}", d.meters);
        assert!((d.bearing - 20.5).abs() < 1.0, "{}", d.bearing);
    }

    #[test]
    fn destination_round_trip() {
        let a = Point::new(54.5, 5.0);
        let b = a.destination(73.0, 120_000.0);
        let d = b - a;
        assert!((d.meters - 120_000.0).abs() < 1.0);
    }
}
