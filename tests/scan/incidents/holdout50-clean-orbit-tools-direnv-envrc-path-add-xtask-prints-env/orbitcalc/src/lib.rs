//! Two-body orbit utilities.

const MU: f64 = 398_600.4418;
const RE: f64 = 6378.137;

#[derive(Debug, Clone)]
pub struct Tle {
    pub name: String,
    pub inclination: f64,
    pub eccentricity: f64,
    pub mean_motion: f64,
}

impl Tle {
    pub fn parse(text: &str) -> Option<Tle> {
        let lines: Vec<&str> = text.lines().collect();
        let (name, l2) = match lines.as_slice() {
            [n, _, b, ..] => (n.trim().to_string(), *b),
            _ => return None,
        };
        Some(Tle {
            name,
            inclination: l2.get(8..16)?.trim().parse().ok()?,
            eccentricity: format!("0.{}", l2.get(26..33)?).parse().ok()?,
            mean_motion: l2.get(52..63)?.trim().parse().ok()?,
        })
    }

    pub fn period_minutes(&self) -> f64 {
        1440.0 / self.mean_motion
    }

    pub fn semi_major_axis_km(&self) -> f64 {
        let n = self.mean_motion * 2.0 * std::f64::consts::PI / 86_400.0;
        (MU / (n * n)).cbrt()
    }

    pub fn apogee_km(&self) -> f64 {
        self.semi_major_axis_km() * (1.0 + self.eccentricity) - RE
    }

    pub fn perigee_km(&self) -> f64 {
        self.semi_major_axis_km() * (1.0 - self.eccentricity) - RE
    }
}

/// Solve Kepler's equation M = E - e sin E by Newton iteration.
pub fn eccentric_anomaly(mean_anomaly: f64, e: f64) -> f64 {
    let mut ea = if e < 0.8 { mean_anomaly } else { std::f64::consts::PI };
    for _ in 0..20 {
        let d = (ea - e * ea.sin() - mean_anomaly) / (1.0 - e * ea.cos());
        ea -= d;
        if d.abs() < 1e-12 {
            break;
        }
    }
    ea
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iss_period() {
        let t = Tle::parse(include_str!("../tests/data/iss.tle")).unwrap();
        assert!((t.period_minutes() - 92.9).abs() < 0.5);
    }
}
