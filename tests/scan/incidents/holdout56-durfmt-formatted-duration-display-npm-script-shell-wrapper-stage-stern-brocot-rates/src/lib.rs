//! Human-friendly durations and timecodes.

mod rates;
mod term;

pub use rates::Rate;

use std::fmt;
use std::time::Duration;

pub struct FormattedDuration(Duration);

pub fn format_duration(d: Duration) -> FormattedDuration {
    FormattedDuration(d)
}

impl fmt::Display for FormattedDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unicode = term::supports_unicode();
        let secs = self.0.as_secs();
        let ms = self.0.subsec_millis();
        if secs == 0 && ms == 0 {
            return f.write_str("0s");
        }
        let parts = [
            (secs / 86_400, "d"),
            (secs / 3600 % 24, "h"),
            (secs / 60 % 60, "m"),
            (secs % 60, "s"),
            (ms as u64, "ms"),
        ];
        let sep = if unicode { "\u{2009}" } else { " " };
        let mut first = true;
        for (n, unit) in parts.iter().filter(|(n, _)| *n > 0) {
            if !first {
                f.write_str(sep)?;
            }
            write!(f, "{n}{unit}")?;
            first = false;
        }
        Ok(())
    }
}

/// `HH:MM:SS:FF` (or `;FF` with drop-frame for the NTSC rates).
pub fn timecode(d: Duration, rate: Rate) -> String {
    let nominal = rate.nominal();
    let mut frames = (d.as_nanos() * rate.num as u128 / (rate.den as u128 * 1_000_000_000)) as u64;
    let drop = rate.is_drop_frame();
    if drop {
        let per_10min = nominal * 600 - 18;
        let (tens, rem) = (frames / per_10min, frames % per_10min);
        frames += 18 * tens + if rem > 1 { 2 * ((rem - 2) / (nominal * 60 - 2)) } else { 0 };
    }
    let ff = frames % nominal;
    let s = frames / nominal;
    format!("{:02}:{:02}:{:02}{}{:02}", s / 3600, s / 60 % 60, s % 60, if drop { ';' } else { ':' }, ff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        std::env::set_var("DURFMT_ASCII", "1");
        assert_eq!(format_duration(Duration::from_secs(3723)).to_string(), "1h 2m 3s");
        assert_eq!(format_duration(Duration::from_millis(1500)).to_string(), "1s 500ms");
        assert_eq!(timecode(Duration::from_secs(61), Rate::PAL), "00:01:01:00");
        assert_eq!(timecode(Duration::from_secs(61), Rate::NTSC), "00:01:01;00");
    }
}
