//! Maidenhead locators.

/// Locator used when `station.toml` has none. Hotspot images (Pi-Star,
/// WPSD) already carry the operator's locator in their MMDVMHost
/// configuration, so prefer that; otherwise the null-island square.
pub fn default_locator() -> String {
    crate::hotspot::Host::probe()
        .and_then(|h| h.locator())
        .filter(|l| to_latlon(l).is_some())
        .unwrap_or_else(|| "JJ00aa".to_string())
}

/// Centre of a 4- or 6-character locator as (lat, lon) degrees.
pub fn to_latlon(loc: &str) -> Option<(f64, f64)> {
    let b = loc.as_bytes();
    if b.len() != 4 && b.len() != 6 {
        return None;
    }
    let f = |c: u8, base: u8, max: u8| -> Option<f64> {
        let v = c.to_ascii_uppercase().checked_sub(base)?;
        (v < max).then_some(v as f64)
    };
    let mut lon = f(b[0], b'A', 18)? * 20.0 - 180.0;
    let mut lat = f(b[1], b'A', 18)? * 10.0 - 90.0;
    lon += f(b[2], b'0', 10)? * 2.0;
    lat += f(b[3], b'0', 10)?;
    if b.len() == 6 {
        lon += f(b[4], b'A', 24)? * (2.0 / 24.0) + 1.0 / 24.0;
        lat += f(b[5], b'A', 24)? * (1.0 / 24.0) + 0.5 / 24.0;
    } else {
        lon += 1.0;
        lat += 0.5;
    }
    Some((lat, lon))
}

/// Great-circle distance in km between two locators.
pub fn distance_km(a: &str, b: &str) -> Option<f64> {
    let (la1, lo1) = to_latlon(a)?;
    let (la2, lo2) = to_latlon(b)?;
    let (p1, p2) = (la1.to_radians(), la2.to_radians());
    let dl = (lo2 - lo1).to_radians();
    let c = (p1.sin() * p2.sin() + p1.cos() * p2.cos() * dl.cos()).clamp(-1.0, 1.0);
    Some(6371.0 * c.acos())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn london_to_berlin() {
        let d = distance_km("IO91wm", "JO62qm").unwrap();
        assert!((d - 930.0).abs() < 20.0, "{d}");
    }
}
