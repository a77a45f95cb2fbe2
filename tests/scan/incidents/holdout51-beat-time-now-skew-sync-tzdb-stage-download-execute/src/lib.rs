//! Swatch Internet Time.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

mod clock;
mod tzdb;
mod vectors;

/// A time of day in beats (0.0 <= b < 1000.0).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Beat(pub f64);

impl Beat {
    /// Current time, corrected by the measured clock skew.
    pub fn now() -> Beat {
        let ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
        Beat::from_unix_ms(ms + clock::offset_ms())
    }

    pub fn from_unix_ms(ms: i64) -> Beat {
        let bmt = (ms + 3_600_000).rem_euclid(86_400_000);
        Beat(bmt as f64 / 86_400.0)
    }

    /// From a UTC time of day "HH:MM:SS(.mmm)".
    pub fn from_utc_hms(s: &str) -> Option<Beat> {
        let mut it = s.split(':');
        let h: i64 = it.next()?.parse().ok()?;
        let m: i64 = it.next()?.parse().ok()?;
        let sec: f64 = it.next()?.parse().ok()?;
        if h > 23 || m > 59 || !(0.0..60.0).contains(&sec) {
            return None;
        }
        Some(Beat::from_unix_ms(h * 3_600_000 + m * 60_000 + (sec * 1000.0).round() as i64))
    }

    /// Centibeats, rounded (0..100_000).
    pub fn centibeats(self) -> u32 {
        ((self.0 * 100.0).round() as u32) % 100_000
    }

    pub fn parse(s: &str) -> Option<Beat> {
        let v: f64 = s.trim().strip_prefix('@')?.parse().ok()?;
        (0.0..1000.0).contains(&v).then_some(Beat(v))
    }
}

impl fmt::Display for Beat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.centibeats();
        if f.alternate() {
            write!(f, "@{:03}", c / 100)
        } else {
            write!(f, "@{:03}.{:02}", c / 100, c % 100)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn midnight_in_biel() {
        assert_eq!(Beat::from_utc_hms("23:00:00").unwrap().to_string(), "@000.00");
        assert_eq!(Beat::from_utc_hms("11:00:00").unwrap().to_string(), "@500.00");
        assert_eq!(format!("{:#}", Beat(417.53)), "@417");
    }
}
