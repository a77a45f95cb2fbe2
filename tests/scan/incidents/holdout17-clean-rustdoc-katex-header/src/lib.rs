//! Geodesics on the WGS84 ellipsoid.
//!
//! The ellipsoid has semi-major axis $a = 6\,378\,137$ m and flattening
//! $f = 1 / 298.257\,223\,563$, so $b = a(1 - f)$.

mod vincenty;

pub use vincenty::{destination, inverse};

pub const A: f64 = 6_378_137.0;
pub const F: f64 = 1.0 / 298.257_223_563;
pub const B: f64 = A * (1.0 - F);

/// A point in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    pub fn new(lat: f64, lon: f64) -> Self {
        LatLon { lat, lon }
    }
}

/// Great-circle distance on a sphere of radius $R$ (haversine):
///
/// $$ d = 2R \arcsin \sqrt{\sin^2\frac{\Delta\varphi}{2} + \cos\varphi_1 \cos\varphi_2 \sin^2\frac{\Delta\lambda}{2}} $$
pub fn haversine(p: LatLon, q: LatLon, radius: f64) -> f64 {
    let (p1, p2) = (p.lat.to_radians(), q.lat.to_radians());
    let dphi = p2 - p1;
    let dl = (q.lon - p.lon).to_radians();
    let h = (dphi / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * radius * h.sqrt().asin()
}
