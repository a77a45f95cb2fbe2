//! Low-precision positional astronomy (good to about 0.01 deg for the Sun, plenty for a guard).

use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Equatorial {
    pub ra_hours: f64,
    pub dec_deg: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Site {
    pub lat: f64,
    /// east positive
    pub lon: f64,
    pub elev: f64,
}

impl Equatorial {
    pub fn from_hms_dms((h, m, s): (i32, i32, f64), (d, am, asec): (i32, i32, f64)) -> Self {
        let sign = if d < 0 { -1.0 } else { 1.0 };
        Equatorial {
            ra_hours: h as f64 + m as f64 / 60.0 + s / 3600.0,
            dec_deg: sign * (d.abs() as f64 + am as f64 / 60.0 + asec / 3600.0),
        }
    }

    pub fn separation_deg(&self, o: &Equatorial) -> f64 {
        let (a1, d1) = ((self.ra_hours * 15.0).to_radians(), self.dec_deg.to_radians());
        let (a2, d2) = ((o.ra_hours * 15.0).to_radians(), o.dec_deg.to_radians());
        (d1.sin() * d2.sin() + d1.cos() * d2.cos() * (a1 - a2).cos()).clamp(-1.0, 1.0).acos().to_degrees()
    }
}

pub fn julian_day(t: SystemTime) -> f64 {
    let secs = t.duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0);
    secs / 86_400.0 + 2_440_587.5
}

pub fn sun(t: SystemTime) -> Equatorial {
    let n = julian_day(t) - 2_451_545.0;
    let l = (280.460 + 0.985_647_4 * n).rem_euclid(360.0);
    let g = (357.528 + 0.985_600_3 * n).rem_euclid(360.0).to_radians();
    let lambda = (l + 1.915 * g.sin() + 0.020 * (2.0 * g).sin()).to_radians();
    let eps = (23.439 - 0.000_000_4 * n).to_radians();
    let ra = (eps.cos() * lambda.sin()).atan2(lambda.cos()).to_degrees().rem_euclid(360.0);
    Equatorial { ra_hours: ra / 15.0, dec_deg: (eps.sin() * lambda.sin()).asin().to_degrees() }
}

/// Local sidereal time in hours.
pub fn lst(t: SystemTime, lon_deg: f64) -> f64 {
    let d = julian_day(t) - 2_451_545.0;
    (18.697_374_558 + 24.065_709_824_419_08 * d + lon_deg / 15.0).rem_euclid(24.0)
}

pub fn altitude_deg(obj: &Equatorial, site: &Site, t: SystemTime) -> f64 {
    let h = ((lst(t, site.lon) - obj.ra_hours) * 15.0).to_radians();
    let (phi, dec) = (site.lat.to_radians(), obj.dec_deg.to_radians());
    (phi.sin() * dec.sin() + phi.cos() * dec.cos() * h.cos()).asin().to_degrees()
}

/// Bright alignment stars (J2000) with their MK spectral types, for plate-solving hints.
pub const ALIGNMENT_STARS: &[(&str, f64, f64, &str)] = &[
    ("Sirius", 6.7525, -16.7161, "A1V"),
    ("Vega", 18.6156, 38.7837, "A0V"),
    ("Arcturus", 14.2610, 19.1824, "K1.5III"),
    ("Capella", 5.2782, 45.9980, "G3III"),
    ("Rigel", 5.2423, -8.2016, "B8Ia"),
    ("Procyon", 7.6550, 5.2250, "F5IV-V"),
    ("Altair", 19.8464, 8.8683, "A7V"),
    ("Aldebaran", 4.5987, 16.5093, "K5III"),
    ("Spica", 13.4199, -11.1613, "B1III-IV"),
    ("Deneb", 20.6905, 45.2803, "A2Ia"),
    ("Polaris", 2.5302, 89.2641, "F7Ib"),
];

/// Solar-analog standards observed for the daytime flat/colour calibration routine, as MK
/// types (class, subclass, luminosity class), in observing order.
pub(crate) const SOLAR_ANALOGS: [&str; 20] = [
    "F4I", "F3IV", "F4I", "F5I", "F3I", "F3IV", "F4II", "F3I", "F4I", "F3V",
    "G8V", "F3V", "F4III", "F3II", "F3IV", "G8V", "F4III", "F4I", "F3II", "F3IV",
];

/// Index of an MK type on the (class, subclass, luminosity) grid used by the calibration
/// tables: 50 cells per class, 5 per subclass.
pub(crate) fn mk_index(t: &str) -> Option<u16> {
    let class = "OBAFGKM".find(t.get(..1)?)? as u16;
    let sub = t.get(1..2)?.parse::<u16>().ok()?;
    let rest = t.get(2..)?;
    let lum = ["I", "II", "III", "IV", "V"].iter().position(|l| *l == rest)? as u16;
    Some(class * 50 + sub * 5 + lum)
}
