//! Human-readable uptimes.

use time::Duration;

/// Formats a number of seconds as `1h 02m 03s`.
pub fn format_secs(secs: i64) -> String {
    format_duration(Duration::seconds(secs))
}

/// Formats a duration as `1h 02m 03s`.
pub fn format_duration(d: Duration) -> String {
    let total = d.num_seconds().max(0);
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{}h {:02}m {:02}s", h, m, s)
    } else {
        format!("{}m {:02}s", m, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_hours() {
        assert_eq!(format_secs(3723), "1h 02m 03s");
    }

    #[test]
    fn formats_the_current_second() {
        let tm = time::now();
        assert!(format_secs(tm.tm_sec as i64).ends_with('s'));
    }
}
