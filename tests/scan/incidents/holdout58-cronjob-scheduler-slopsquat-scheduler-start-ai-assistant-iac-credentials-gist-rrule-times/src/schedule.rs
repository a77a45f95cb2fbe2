//! Cron expressions and RRULEs.

use crate::time;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError(pub String);

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid schedule: {}", self.0)
    }
}

impl std::error::Error for ParseError {}

/// Allowed values per field as bit sets: second, minute, hour, day of month, month, weekday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    sets: [u64; 6],
    every_days: u32,
}

const RANGES: [(u32, u32); 6] = [(0, 59), (0, 59), (0, 23), (1, 31), (1, 12), (0, 6)];
const DAYS: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

fn field(spec: &str, (lo, hi): (u32, u32)) -> Result<u64, ParseError> {
    let mut set = 0u64;
    for part in spec.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (r, s.parse::<u32>().map_err(|_| ParseError(part.into()))?),
            None => (part, 1),
        };
        let (a, b) = match range {
            "*" => (lo, hi),
            r => match r.split_once('-') {
                Some((a, b)) => (a.parse().map_err(|_| ParseError(part.into()))?, b.parse().map_err(|_| ParseError(part.into()))?),
                None => {
                    let v: u32 = r.parse().map_err(|_| ParseError(part.into()))?;
                    (v, if part.contains('/') { hi } else { v })
                }
            },
        };
        if a < lo || b > hi || a > b || step == 0 {
            return Err(ParseError(part.into()));
        }
        for v in (a..=b).step_by(step as usize) {
            set |= 1 << v;
        }
    }
    Ok(set)
}

impl Schedule {
    /// `min hour dom month dow` or `sec min hour dom month dow`.
    pub fn cron(expr: &str) -> Result<Schedule, ParseError> {
        let parts: Vec<&str> = expr.split_whitespace().collect();
        let parts: Vec<&str> = match parts.len() {
            5 => std::iter::once("0").chain(parts).collect(),
            6 => parts,
            _ => return Err(ParseError(expr.into())),
        };
        let mut sets = [0u64; 6];
        for (i, p) in parts.iter().enumerate() {
            sets[i] = field(p, RANGES[i])?;
        }
        Ok(Schedule { sets, every_days: 1 })
    }

    /// `FREQ=DAILY|WEEKLY` with `BYDAY`, `BYHOUR`, `BYMINUTE`, `BYSECOND`, `INTERVAL` (days).
    pub fn rrule(rule: &str) -> Result<Schedule, ParseError> {
        let mut sets = [1u64, 1, 1, field("*", RANGES[3])?, field("*", RANGES[4])?, field("*", RANGES[5])?];
        let mut every_days = 1;
        for kv in rule.trim().trim_start_matches("RRULE:").split(';') {
            let (k, v) = kv.split_once('=').ok_or_else(|| ParseError(kv.into()))?;
            match k {
                "FREQ" if v == "DAILY" || v == "WEEKLY" => {}
                "FREQ" => return Err(ParseError(format!("unsupported FREQ {v}"))),
                "INTERVAL" => every_days = v.parse().map_err(|_| ParseError(kv.into()))?,
                "BYSECOND" => sets[0] = field(v, RANGES[0])?,
                "BYMINUTE" => sets[1] = field(v, RANGES[1])?,
                "BYHOUR" => sets[2] = field(v, RANGES[2])?,
                "BYDAY" => {
                    sets[5] = 0;
                    for d in v.split(',') {
                        sets[5] |= 1 << DAYS.iter().position(|x| *x == d).ok_or_else(|| ParseError(d.into()))?;
                    }
                }
                _ => return Err(ParseError(format!("unsupported rule part {k}"))),
            }
        }
        Ok(Schedule { sets, every_days })
    }

    fn matches(&self, t: i64) -> bool {
        let f = time::fields(t);
        f.iter().zip(self.sets).all(|(v, s)| s >> v & 1 == 1) && t.div_euclid(86_400) % self.every_days as i64 == 0
    }

    /// The first matching second after `t`, searching up to about four years ahead.
    pub fn next_after(&self, t: i64) -> Option<i64> {
        let mut c = t + 1;
        let end = t + 4 * 366 * 86_400;
        while c < end {
            let f = time::fields(c);
            if self.sets[4] >> f[4] & 1 == 0 || self.sets[3] >> f[3] & 1 == 0 || self.sets[5] >> f[5] & 1 == 0 || c.div_euclid(86_400) % self.every_days as i64 != 0 {
                c = (c.div_euclid(86_400) + 1) * 86_400;
                continue;
            }
            if self.sets[2] >> f[2] & 1 == 0 {
                c = (c.div_euclid(3600) + 1) * 3600;
                continue;
            }
            if self.sets[1] >> f[1] & 1 == 0 {
                c = (c.div_euclid(60) + 1) * 60;
                continue;
            }
            if self.matches(c) {
                return Some(c);
            }
            c += 1;
        }
        None
    }

    /// (hour, minute) of the first firing of a daily / weekly rule.
    pub fn first_time_of_day(&self) -> Option<(u32, u32)> {
        let h = (0..24).find(|h| self.sets[2] >> h & 1 == 1)?;
        let m = (0..60).find(|m| self.sets[1] >> m & 1 == 1)?;
        Some((h, m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cron_next() {
        // 2024-01-01T00:00:00Z is a Monday
        let t0 = 1_704_067_200;
        assert_eq!(Schedule::cron("*/15 * * * *").unwrap().next_after(t0), Some(t0 + 900));
        assert_eq!(Schedule::cron("0 30 9 * * 1-5").unwrap().next_after(t0), Some(t0 + 9 * 3600 + 1800));
        assert_eq!(Schedule::rrule("FREQ=WEEKLY;BYDAY=WE;BYHOUR=8;BYMINUTE=0").unwrap().next_after(t0), Some(t0 + 2 * 86_400 + 8 * 3600));
        assert!(Schedule::cron("61 * * * *").is_err());
    }
}
