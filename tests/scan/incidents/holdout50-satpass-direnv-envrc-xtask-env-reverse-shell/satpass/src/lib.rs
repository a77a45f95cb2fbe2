//! Satellite pass prediction.

mod tle;
pub use tle::{Tle, TleError};

use std::f64::consts::PI;

const MU: f64 = 398_600.4418; // km^3 / s^2
const RE: f64 = 6378.137; // km
const OMEGA_E: f64 = 7.292_115_146_7e-5; // rad / s

#[derive(Clone, Copy, Debug)]
pub struct Observer {
    pub lat: f64,
    pub lon: f64,
    pub alt_m: f64,
}

impl Observer {
    pub fn new(lat: f64, lon: f64, alt_m: f64) -> Self {
        Observer { lat, lon, alt_m }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Pass {
    pub rise: f64,
    pub culmination: f64,
    pub set: f64,
    pub max_elevation: f64,
}

/// Keplerian position (ECI, km) `dt` seconds after the TLE epoch, with J2
/// secular drift of RAAN and argument of perigee.
pub fn position(tle: &Tle, dt: f64) -> [f64; 3] {
    let n = tle.mean_motion * 2.0 * PI / 86_400.0;
    let a = (MU / (n * n)).cbrt();
    let e = tle.eccentricity;
    let i = tle.inclination.to_radians();
    let p = a * (1.0 - e * e);
    let j2 = 1.082_63e-3;
    let k = 1.5 * j2 * (RE / p).powi(2) * n;
    let raan = tle.raan.to_radians() - k * i.cos() * dt;
    let argp = tle.arg_perigee.to_radians() + k * (2.0 - 2.5 * i.sin().powi(2)) * dt;
    let m = tle.mean_anomaly.to_radians() + n * dt;
    let mut ea = m;
    for _ in 0..8 {
        ea -= (ea - e * ea.sin() - m) / (1.0 - e * ea.cos());
    }
    let nu = 2.0 * ((1.0 + e).sqrt() * (ea / 2.0).sin()).atan2((1.0 - e).sqrt() * (ea / 2.0).cos());
    let r = a * (1.0 - e * ea.cos());
    let u = argp + nu;
    [
        r * (raan.cos() * u.cos() - raan.sin() * u.sin() * i.cos()),
        r * (raan.sin() * u.cos() + raan.cos() * u.sin() * i.cos()),
        r * (u.sin() * i.sin()),
    ]
}

fn elevation(obs: &Observer, sat: [f64; 3], gmst: f64) -> f64 {
    let lat = obs.lat.to_radians();
    let lon = obs.lon.to_radians() + gmst;
    let r = RE + obs.alt_m / 1000.0;
    let o = [r * lat.cos() * lon.cos(), r * lat.cos() * lon.sin(), r * lat.sin()];
    let d = [sat[0] - o[0], sat[1] - o[1], sat[2] - o[2]];
    let up = [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()];
    let dist = (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt();
    ((d[0] * up[0] + d[1] * up[1] + d[2] * up[2]) / dist).asin().to_degrees()
}

/// Passes above `min_elevation` degrees between `from` and `to` (seconds after epoch).
pub fn passes(tle: &Tle, obs: &Observer, from: f64, to: f64, min_elevation: f64) -> Vec<Pass> {
    let mut out = Vec::new();
    let mut t = from;
    let mut current: Option<Pass> = None;
    while t < to {
        let gmst = tle.epoch_gmst + OMEGA_E * t;
        let el = elevation(obs, position(tle, t), gmst);
        match (&mut current, el >= min_elevation) {
            (None, true) => current = Some(Pass { rise: t, culmination: t, set: t, max_elevation: el }),
            (Some(p), true) => {
                if el > p.max_elevation {
                    p.max_elevation = el;
                    p.culmination = t;
                }
                p.set = t;
            }
            (Some(_), false) => out.push(current.take().unwrap()),
            (None, false) => {}
        }
        t += 10.0;
    }
    out.extend(current);
    out
}
