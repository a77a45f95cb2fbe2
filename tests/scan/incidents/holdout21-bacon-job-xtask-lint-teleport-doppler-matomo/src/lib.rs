//! Cron expression parsing and next-fire-time calculation.

use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike};
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    minutes: u64,
    hours: u32,
    days: u32,
    months: u16,
    weekdays: u8,
}

#[derive(Debug, PartialEq)]
pub struct ParseError(pub String);

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid cron expression: {}", self.0)
    }
}

impl std::error::Error for ParseError {}

const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

fn value(s: &str, names: &[&str], offset: u32) -> Result<u32, ParseError> {
    if let Some(i) = names.iter().position(|n| n.eq_ignore_ascii_case(s)) {
        return Ok(i as u32 + offset);
    }
    s.parse().map_err(|_| ParseError(format!("bad value {s:?}")))
}

fn field(spec: &str, min: u32, max: u32, names: &[&str], offset: u32) -> Result<u64, ParseError> {
    let mut bits = 0u64;
    for part in spec.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (r, s.parse::<u32>().map_err(|_| ParseError(format!("bad step {s:?}")))?),
            None => (part, 1),
        };
        let (lo, hi) = if range == "*" {
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (value(a, names, offset)?, value(b, names, offset)?)
        } else {
            let v = value(range, names, offset)?;
            (v, if step > 1 { max } else { v })
        };
        if lo < min || hi > max || lo > hi || step == 0 {
            return Err(ParseError(format!("out of range: {part:?}")));
        }
        for v in (lo..=hi).step_by(step as usize) {
            bits |= 1 << v;
        }
    }
    Ok(bits)
}

impl FromStr for Schedule {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        let expanded = match s.trim() {
            "@hourly" => "0 * * * *",
            "@daily" | "@midnight" => "0 0 * * *",
            "@weekly" => "0 0 * * 0",
            "@monthly" => "0 0 1 * *",
            "@yearly" | "@annually" => "0 0 1 1 *",
            other => other,
        };
        let f: Vec<&str> = expanded.split_whitespace().collect();
        if f.len() != 5 {
            return Err(ParseError(format!("expected 5 fields, got {}", f.len())));
        }
        Ok(Schedule {
            minutes: field(f[0], 0, 59, &[], 0)?,
            hours: field(f[1], 0, 23, &[], 0)? as u32,
            days: field(f[2], 1, 31, &[], 0)? as u32,
            months: field(f[3], 1, 12, &MONTHS, 1)? as u16,
            weekdays: field(f[4], 0, 6, &DAYS, 0)? as u8,
        })
    }
}

impl Schedule {
    fn matches<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> bool {
        self.minutes & (1 << t.minute()) != 0
            && self.hours & (1 << t.hour()) != 0
            && self.days & (1 << t.day()) != 0
            && self.months & (1 << t.month()) != 0
            && self.weekdays & (1 << t.weekday().num_days_from_sunday()) != 0
    }

    pub fn upcoming<Tz: TimeZone>(&self, from: DateTime<Tz>) -> impl Iterator<Item = DateTime<Tz>> + '_ {
        let mut t = from.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(from);
        std::iter::from_fn(move || {
            for _ in 0..527_040 {
                t = t.clone() + Duration::minutes(1);
                if self.matches(&t) {
                    return Some(t.clone());
                }
            }
            None
        })
    }
}
