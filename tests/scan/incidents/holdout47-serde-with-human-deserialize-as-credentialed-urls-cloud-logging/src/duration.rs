//! Durations: `"90s"`, `"1h30m"`, `"250ms"`, `"2d"`, or a plain number of seconds.

use std::time::Duration;

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::Serializer;
use serde_with::{DeserializeAs, SerializeAs};

pub struct HumanDuration;

pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let mut total = Duration::ZERO;
    let mut num = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: u64 = num.parse().ok()?;
        num.clear();
        let unit = if c == 'm' && chars.peek() == Some(&'s') {
            chars.next();
            Duration::from_millis(n)
        } else {
            match c {
                's' => Duration::from_secs(n),
                'm' => Duration::from_secs(n * 60),
                'h' => Duration::from_secs(n * 3600),
                'd' => Duration::from_secs(n * 86_400),
                _ => return None,
            }
        };
        total += unit;
    }
    num.is_empty().then_some(total)
}

impl<'de> DeserializeAs<'de, Duration> for HumanDuration {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let s = String::deserialize(d)?;
        parse_duration(&s).ok_or_else(|| D::Error::custom(format!("invalid duration {:?}", s)))
    }
}

impl SerializeAs<Duration> for HumanDuration {
    fn serialize_as<S: Serializer>(v: &Duration, s: S) -> Result<S::Ok, S::Error> {
        let secs = v.as_secs();
        let out = if v.subsec_millis() != 0 {
            format!("{}ms", v.as_millis())
        } else if secs % 3600 == 0 && secs > 0 {
            format!("{}h", secs / 3600)
        } else if secs % 60 == 0 && secs > 0 {
            format!("{}m", secs / 60)
        } else {
            format!("{}s", secs)
        };
        s.serialize_str(&out)
    }
}
