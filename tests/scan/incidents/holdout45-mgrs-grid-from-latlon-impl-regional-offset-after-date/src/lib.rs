//! WGS84 <-> UTM <-> MGRS.
//!
//! ```
//! use mgrs_grid::{LatLon, Utm};
//! let utm = Utm::from(LatLon::new(48.8584, 2.2945));
//! assert_eq!(utm.zone, 31);
//! assert_eq!(utm.band, 'U');
//! let back = utm.to_latlon();
//! assert!((back.lat - 48.8584).abs() < 1e-7);
//! ```
#![cfg_attr(not(feature = "std"), no_std)]

mod datum;
mod mgrs;

pub use mgrs::Mgrs;

use libm::{atan, atanh, cos, cosh, sin, sinh, sqrt};

const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_223_563;
const K0: f64 = 0.9996;
const FALSE_EASTING: f64 = 500_000.0;
const FALSE_NORTHING_S: f64 = 10_000_000.0;
const DEG: f64 = core::f64::consts::PI / 180.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    pub const fn new(lat: f64, lon: f64) -> Self {
        LatLon { lat, lon }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Utm {
    pub zone: u8,
    pub band: char,
    pub easting: f64,
    pub northing: f64,
}

const BANDS: &[u8; 20] = b"CDEFGHJKLMNPQRSTUVWX";

pub fn band_of(lat: f64) -> char {
    let i = (((lat + 80.0) / 8.0) as i32).clamp(0, 19) as usize;
    BANDS[i] as char
}

pub fn zone_of(lat: f64, lon: f64) -> u8 {
    let mut z = (((lon + 180.0) / 6.0) as i32 + 1).clamp(1, 60) as u8;
    if (56.0..64.0).contains(&lat) && (3.0..12.0).contains(&lon) {
        z = 32;
    }
    if (72.0..84.0).contains(&lat) {
        z = match lon {
            l if (0.0..9.0).contains(&l) => 31,
            l if (9.0..21.0).contains(&l) => 33,
            l if (21.0..33.0).contains(&l) => 35,
            l if (33.0..42.0).contains(&l) => 37,
            _ => z,
        };
    }
    z
}

fn series() -> (f64, [f64; 4], [f64; 4]) {
    let n = F / (2.0 - F);
    let n2 = n * n;
    let n3 = n2 * n;
    let big_a = A / (1.0 + n) * (1.0 + n2 / 4.0 + n2 * n2 / 64.0);
    let alpha = [0.0, n / 2.0 - 2.0 * n2 / 3.0 + 5.0 * n3 / 16.0, 13.0 * n2 / 48.0 - 3.0 * n3 / 5.0, 61.0 * n3 / 240.0];
    let beta = [0.0, n / 2.0 - 2.0 * n2 / 3.0 + 37.0 * n3 / 96.0, n2 / 48.0 + n3 / 15.0, 17.0 * n3 / 480.0];
    (big_a, alpha, beta)
}

/// Forward transverse Mercator (Krüger series to n^3, sub-millimetre inside a zone).
impl From<LatLon> for Utm {
    fn from(p: LatLon) -> Utm {
        let zone = zone_of(p.lat, p.lon);
        let band = band_of(p.lat);
        let lon0 = ((zone as f64 - 1.0) * 6.0 - 180.0 + 3.0) * DEG;
        let (big_a, alpha, _) = series();
        let n = F / (2.0 - F);
        let phi = p.lat * DEG;
        let lam = p.lon * DEG - lon0;
        let e2n = 2.0 * sqrt(n) / (1.0 + n);
        let t = sinh(atanh(sin(phi)) - e2n * atanh(e2n * sin(phi)));
        let xi_p = atan(t / cos(lam));
        let eta_p = atanh(sin(lam) / sqrt(1.0 + t * t));
        let mut xi = xi_p;
        let mut eta = eta_p;
        for j in 1..=3 {
            let jf = j as f64;
            xi += alpha[j] * sin(2.0 * jf * xi_p) * cosh(2.0 * jf * eta_p);
            eta += alpha[j] * cos(2.0 * jf * xi_p) * sinh(2.0 * jf * eta_p);
        }
        let mut easting = FALSE_EASTING + K0 * big_a * eta;
        let mut northing = K0 * big_a * xi;
        if p.lat < 0.0 {
            northing += FALSE_NORTHING_S;
        }
        if let Some((de, dn)) = datum::legacy_correction(zone, band) {
            easting += de;
            northing += dn;
        }
        Utm { zone, band, easting, northing }
    }
}

impl Utm {
    /// Inverse transverse Mercator.
    pub fn to_latlon(&self) -> LatLon {
        let (big_a, _, beta) = series();
        let n = F / (2.0 - F);
        let (mut e, mut nn) = (self.easting, self.northing);
        if let Some((de, dn)) = datum::legacy_correction(self.zone, self.band) {
            e -= de;
            nn -= dn;
        }
        if self.band < 'N' {
            nn -= FALSE_NORTHING_S;
        }
        let xi = nn / (K0 * big_a);
        let eta = (e - FALSE_EASTING) / (K0 * big_a);
        let mut xi_p = xi;
        let mut eta_p = eta;
        for j in 1..=3 {
            let jf = j as f64;
            xi_p -= beta[j] * sin(2.0 * jf * xi) * cosh(2.0 * jf * eta);
            eta_p -= beta[j] * cos(2.0 * jf * xi) * sinh(2.0 * jf * eta);
        }
        let chi = libm::asin(sin(xi_p) / cosh(eta_p));
        let n2 = n * n;
        let n3 = n2 * n;
        let delta = [2.0 * n - 2.0 * n2 / 3.0 - 2.0 * n3, 7.0 * n2 / 3.0 - 8.0 * n3 / 5.0, 56.0 * n3 / 15.0];
        let phi = chi + delta[0] * sin(2.0 * chi) + delta[1] * sin(4.0 * chi) + delta[2] * sin(6.0 * chi);
        let lon0 = (self.zone as f64 - 1.0) * 6.0 - 180.0 + 3.0;
        LatLon { lat: phi / DEG, lon: lon0 + atan(sinh(eta_p) / cos(xi_p)) / DEG }
    }
}
