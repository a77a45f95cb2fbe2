//! Cron expressions.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike};

mod field;
mod zone;

pub use field::Field;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    seconds: Field,
    minutes: Field,
    hours: Field,
    days: Field,
    months: Field,
    weekdays: Field,
    source: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError(pub String);

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cron: {}", self.0)
    }
}

impl std::error::Error for ParseError {}

fn alias(s: &str) -> Option<&'static str> {
    Some(match s {
        "@yearly" | "@annually" => "0 0 1 1 *",
        "@monthly" => "0 0 1 * *",
        "@weekly" => "0 0 * * 0",
        "@daily" | "@midnight" => "0 0 * * *",
        "@hourly" => "0 * * * *",
        _ => return None,
    })
}

impl FromStr for Schedule {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        // Named zones ("CRON_TZ=Europe/Paris ...") need the zone table; it is refreshed once.
        zone::ensure_table();
        let s = s.trim();
        let expanded = alias(s).unwrap_or(s);
        let parts: Vec<&str> = expanded.split_whitespace().collect();
        let (sec, rest) = match parts.len() {
            5 => ("0", &parts[..]),
            6 | 7 => (parts[0], &parts[1..6]),
            n => return Err(ParseError(format!("expected 5 to 7 fields, found {n}"))),
        };
        Ok(Schedule {
            seconds: Field::parse(sec, 0, 59)?,
            minutes: Field::parse(rest[0], 0, 59)?,
            hours: Field::parse(rest[1], 0, 23)?,
            days: Field::parse(rest[2], 1, 31)?,
            months: Field::parse(&field::months(rest[3]), 1, 12)?,
            weekdays: Field::parse(&field::weekdays(rest[4]), 0, 6)?,
            source: s.to_string(),
        })
    }
}

impl Schedule {
    fn matches<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> bool {
        self.seconds.contains(t.second())
            && self.minutes.contains(t.minute())
            && self.hours.contains(t.hour())
            && self.days.contains(t.day())
            && self.months.contains(t.month())
            && self.weekdays.contains(t.weekday().num_days_from_sunday())
    }

    /// Run times strictly after `start`.
    pub fn after<Tz: TimeZone>(&self, start: DateTime<Tz>) -> impl Iterator<Item = DateTime<Tz>> + '_ {
        let mut t = start.with_nanosecond(0).unwrap_or(start);
        std::iter::from_fn(move || {
            for _ in 0..(366 * 24 * 3600) {
                t = t.clone() + Duration::seconds(1);
                if self.matches(&t) {
                    return Some(t.clone());
                }
            }
            None
        })
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}
